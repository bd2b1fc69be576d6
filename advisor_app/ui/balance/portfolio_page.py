"""Stage E3, the portfolio: evidence items, their files and links to competences (DOMAIN.md §2.7).

Each evidence item has a type, a title, dates, its files (photos and scans kept inside the
encrypted database, never as plain files), the four IBE criteria, where it may appear, and the
competences it supports. An original only shown to the advisor keeps no copy, so it takes no
files; stored copies need the participant's consent (§2.10.2). Validity dates warn when the
evidence has expired or expires within six months (the "current" criterion, SC17). The "For
validation" tab maps the evidence to each learning outcome of the target qualification (SC09).

Every field edits the draft at once; adding a file stores its bytes through the attachment
service on the db executor first, then lists it in the item.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from pathlib import Path
from typing import ClassVar, Protocol
from uuid import UUID

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advisor_app.domain.editing import add_item, find_item, remove_item, update_item
from advisor_app.domain.entities import BalanceRecord, Evidence, EvidenceCriteria, EvidenceFile
from advisor_app.domain.enums import CriterionRating, EvidenceKind, Stage, Visibility
from advisor_app.domain.evidence import (
    ConsentProblem,
    ValidityWarning,
    consent_problem,
    copy_consents,
    set_link,
    shows_people,
    toggle_link,
    validity_warning,
)
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.gaps import CoverageStatus, Requirement, coverage
from advisor_app.domain.issues import Issue, Severity
from advisor_app.errors import InvalidAttachment, KnownError, NotFound
from advisor_app.services.clock import IdFactory, new_uuid7
from advisor_app.ui import dialogs
from advisor_app.ui.balance import thumbnails
from advisor_app.ui.balance.draft import BalanceDraft
from advisor_app.ui.balance.stage_page import StagePage
from advisor_app.ui.balance.text_fields import BoundedTextEdit, FieldNote, add_noted_row
from advisor_app.ui.balance.two_line_delegate import (
    ListRow,
    TwoLineDelegate,
    sync_list,
)
from advisor_app.ui.enum_text import enum_text
from advisor_app.ui.error_text import known_error_text
from advisor_app.ui.issue_text import issue_text
from advisor_app.ui.tasks import Op, show_failure
from advisor_app.ui.widgets import BoundedLineEdit, ChoiceCombo, strip_mnemonic

__all__ = [
    "AttachmentAccess",
    "OutcomeSource",
    "PortfolioPage",
    "new_evidence",
    "parse_date",
    "toggle_link",
]

# Widest the editor grows (characters).
_EDITOR_CHARS = 110
_WARNING_GLYPH = "⚠"
_FILE_ID_ROLE = Qt.ItemDataRole.UserRole + 10
_CRITERIA = ("relevant", "authentic", "sufficient", "current")
_DATE_FORMS = (
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$"),
    re.compile(r"^(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4})$"),
)


class AttachmentAccess(Protocol):
    """What the page needs of ``services.attachments`` (runs on the db executor)."""

    def add_file(self, path: Path) -> EvidenceFile:
        """Check and store a file; raises ``InvalidAttachment`` with a reason."""
        ...

    def content(self, file_id: UUID) -> bytes:
        """The bytes of a file; raises ``NotFound`` when the profile lacks them."""
        ...


class OutcomeSource(Protocol):
    """Learning outcomes of qualifications (the plan page's ``PlanReference`` fits)."""

    def qualification_requirements(self, ref: str) -> tuple[Requirement, ...]:
        """The learning outcomes of a qualification (empty when unknown)."""
        ...


class _NoOutcomes:
    """Used when no catalogue is installed: no qualification is known."""

    def qualification_requirements(self, ref: str) -> tuple[Requirement, ...]:
        del ref
        return ()


def _default_outcomes() -> OutcomeSource:
    try:
        from advisor_app.ui.balance.gap_analysis import default_reference
    except ImportError:
        return _NoOutcomes()
    return default_reference()


def parse_date(text: str) -> dt.date | None:
    """Read ``RRRR-MM-DD`` or ``DD.MM.RRRR``; raises ValueError when it is not a real date."""
    text = text.strip()
    for form in _DATE_FORMS:
        match = form.match(text)
        if match:
            return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    raise ValueError(text)


def new_evidence(
    record: BalanceRecord, new_id: UUID, kind: EvidenceKind = EvidenceKind.WORK_SAMPLE
) -> BalanceRecord:
    """Append an empty evidence item of ``kind``."""
    item = Evidence(id=new_id, kind=kind, title="")
    return dataclasses.replace(record, evidence=add_item(record.evidence, item))


def _edit_evidence(
    record: BalanceRecord, evidence_id: UUID, change: Callable[[Evidence], Evidence]
) -> BalanceRecord:
    return dataclasses.replace(record, evidence=update_item(record.evidence, evidence_id, change))


class _ListDelegate(TwoLineDelegate):
    """Two lines per item, never wider than the list (long titles are elided)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """As tall as two lines; the list gives every row its full width."""
        return QSize(1, super().sizeHint(option, index).height())


class _FileList(QListWidget):
    """The files of an item, with thumbnails; files dropped on it are attached.

    Signals:
        files_were_dropped(object): Local files were dropped; carries a list of paths.
    """

    files_were_dropped = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setIconSize(QSize(thumbnails.THUMBNAIL_PX, thumbnails.THUMBNAIL_PX))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(thumbnails.THUMBNAIL_PX * 2 + 24)
        self.accepting = True

    def _paths(self, event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        mime = event.mimeData()
        if not self.accepting or not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept local files while adding files is allowed."""
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting while the files hover over the list."""
        if self._paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Announce the dropped files (the page stores them)."""
        paths = self._paths(event)
        if paths:
            event.acceptProposedAction()
            self.files_were_dropped.emit(paths)
        else:
            event.ignore()


class PortfolioPage(StagePage):
    """The portfolio stage: evidence list, item editor, and the "For validation" view.

    Args:
        draft: The open balance.
        flow: Decides the stage's issues.
        parent: Parent widget.
        attachments: Stores and reads file bytes (``services.attachments``); None disables
            files (see :meth:`with_services` for the balance view's page registry).
        executor: The db executor the attachment calls run on.
        outcomes: Learning outcomes of qualifications; the shipped catalogue when None.
        today: Today's date (validity warnings).
        new_id: Creates the IDs of new evidence items.
    """

    STAGE = Stage.PORTFOLIO

    # Set by with_services(): the balance view builds pages as page_type(draft, flow).
    _bound_attachments: ClassVar[AttachmentAccess | None] = None
    _bound_executor: ClassVar[Executor | None] = None
    _bound_outcomes: ClassVar[OutcomeSource | None] = None

    @classmethod
    def with_services(
        cls,
        attachments: AttachmentAccess,
        executor: Executor,
        outcomes: OutcomeSource | None = None,
    ) -> type[PortfolioPage]:
        """A page class bound to the profile's attachment service, for the page registry."""
        return type(
            "PortfolioPage",
            (cls,),
            {
                "_bound_attachments": attachments,
                "_bound_executor": executor,
                "_bound_outcomes": outcomes,
                "__module__": cls.__module__,
            },
        )

    def __init__(
        self,
        draft: BalanceDraft,
        flow: InterviewFlow,
        parent: QWidget | None = None,
        *,
        attachments: AttachmentAccess | None = None,
        executor: Executor | None = None,
        outcomes: OutcomeSource | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        new_id: IdFactory = new_uuid7,
    ) -> None:
        """Build the page and show the draft's record."""
        super().__init__(draft, flow, parent)
        self._attachments = attachments or self._bound_attachments
        self._executor = executor or self._bound_executor
        self._outcomes = outcomes or self._bound_outcomes
        self._today = today
        self._new_id = new_id
        self._loading = False
        self._current_id: UUID | None = None
        self._editor_id: UUID | None = None
        self._rows: list[ListRow] = []
        self._competence_rows: list[tuple[UUID, str]] = []
        self._consent_ids: list[UUID | None] = []
        self._labels: dict[str, QLabel] = {}
        self._notes: dict[str, FieldNote] = {}
        self._thumbs = thumbnails.ThumbnailCache()
        self._pending: set[UUID] = set()  # files whose bytes are being read
        self._missing: set[UUID] = set()  # files whose bytes are not in this profile
        self._present: set[UUID] = set()  # files whose bytes were read (or just stored)
        self._file_error = ""  # why the last file was refused
        self._date_errors: dict[str, str] = {}
        self._build()
        self.retranslateUi()
        self.load(draft.record)

    # --- construction -------------------------------------------------------------------------

    def _row(self, form: QFormLayout, key: str, field: QWidget, *below: QWidget) -> None:
        self._labels[key], self._notes[key] = add_noted_row(form, key, field, *below)

    def _combo(self, name: str, values: Sequence[object]) -> ChoiceCombo:
        combo = ChoiceCombo()
        combo.setObjectName(name)
        combo.set_choices(list(values))
        combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        return combo

    def _build(self) -> None:
        self._title = QLabel()
        self._title.setObjectName("portfolioTitle")
        font = QFont(self._title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self._title.setFont(font)
        self._intro = QLabel()
        self._intro.setObjectName("portfolioIntro")
        self._intro.setWordWrap(True)
        self._page_note = FieldNote(self)
        self._page_note.setObjectName("portfolioNote")

        # Left: the list.
        self.evidence_list = QListWidget()
        self.evidence_list.setObjectName("evidenceList")
        self.evidence_list.setItemDelegate(_ListDelegate(self.evidence_list))
        self.evidence_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.evidence_list.currentRowChanged.connect(self._current_row_changed)
        self._list_label = QLabel()
        self._list_label.setObjectName("evidenceListLabel")
        self._list_label.setBuddy(self.evidence_list)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addEvidenceButton")
        self.add_button.clicked.connect(lambda: self.add_evidence())
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeEvidenceButton")
        self.remove_button.clicked.connect(lambda: self.remove_current())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left = QWidget()
        left.setObjectName("evidenceListPanel")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addWidget(self._list_label)
        left_layout.addWidget(self.evidence_list, 1)
        left_layout.addLayout(buttons)

        # Right: the editor.
        self.kind_combo = self._combo("evidenceKindCombo", list(EvidenceKind))
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.title_edit = BoundedLineEdit()
        self.title_edit.setObjectName("evidenceTitleEdit")
        self.title_edit.textChanged.connect(self._title_changed)
        self.description_edit = BoundedTextEdit(visible_lines=3)
        self.description_edit.setObjectName("evidenceDescriptionEdit")
        self.description_edit.text_was_edited.connect(self._description_changed)
        self.date_edit = QLineEdit()
        self.date_edit.setObjectName("evidenceDateEdit")
        self.date_edit.textEdited.connect(lambda text: self._date_edited("date", text))
        self.valid_until_edit = QLineEdit()
        self.valid_until_edit.setObjectName("validUntilEdit")
        self.valid_until_edit.textEdited.connect(
            lambda text: self._date_edited("valid_until", text)
        )
        for edit in (self.date_edit, self.valid_until_edit):
            edit.setMaximumWidth(edit.fontMetrics().averageCharWidth() * 16)
        self.issuer_edit = BoundedLineEdit()
        self.issuer_edit.setObjectName("issuerEdit")
        self.issuer_edit.textChanged.connect(self._issuer_changed)
        self.sighted_check = QCheckBox()
        self.sighted_check.setObjectName("sightedOnlyCheck")
        self.sighted_check.toggled.connect(self._sighted_toggled)

        self.file_list = _FileList()
        self.file_list.setObjectName("fileList")
        self.file_list.files_were_dropped.connect(self.add_files)
        self.file_list.itemActivated.connect(lambda _item: self.preview_current_file())
        self.file_list.currentRowChanged.connect(lambda _row: self._update_file_buttons())
        self.add_file_button = QPushButton()
        self.add_file_button.setObjectName("addFileButton")
        self.add_file_button.clicked.connect(self._ask_files)
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewFileButton")
        self.preview_button.clicked.connect(lambda: self.preview_current_file())
        self.remove_file_button = QPushButton()
        self.remove_file_button.setObjectName("removeFileButton")
        self.remove_file_button.clicked.connect(lambda: self.remove_current_file())
        file_buttons_widget = QWidget()
        file_buttons = QHBoxLayout(file_buttons_widget)
        file_buttons.setContentsMargins(0, 0, 0, 0)
        file_buttons.addWidget(self.add_file_button)
        file_buttons.addWidget(self.preview_button)
        file_buttons.addWidget(self.remove_file_button)
        file_buttons.addStretch(1)

        self.consent_combo = ChoiceCombo()
        self.consent_combo.setObjectName("consentCombo")
        self.consent_combo.currentIndexChanged.connect(self._consent_changed)
        self.coauthorship_edit = BoundedLineEdit()
        self.coauthorship_edit.setObjectName("coauthorshipEdit")
        self.coauthorship_edit.textChanged.connect(self._coauthorship_changed)
        self.criteria_combos: dict[str, ChoiceCombo] = {}
        for name in _CRITERIA:
            combo = self._combo(f"{name}CriterionCombo", list(CriterionRating))
            combo.currentIndexChanged.connect(lambda _i, n=name: self._criterion_changed(n))
            self.criteria_combos[name] = combo
        self.visibility_combo = self._combo("visibilityCombo", list(Visibility))
        self.visibility_combo.currentIndexChanged.connect(self._visibility_changed)
        self.competence_list = QListWidget()
        self.competence_list.setObjectName("competenceLinks")
        self.competence_list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.competence_list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row_height = self.competence_list.fontMetrics().height() + 8
        self.competence_list.setFixedHeight(row_height * 6 + 8)
        self.competence_list.itemChanged.connect(self._competence_toggled)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._row(form, "kind", self.kind_combo)
        self._row(form, "title", self.title_edit)
        self._row(form, "description", self.description_edit)
        self._row(form, "date", self.date_edit)
        self._row(form, "valid_until", self.valid_until_edit)
        self._row(form, "issuer", self.issuer_edit)
        form.addRow("", self.sighted_check)
        self._row(form, "files", self.file_list, file_buttons_widget)
        self._row(form, "consent", self.consent_combo)
        self._row(form, "coauthorship", self.coauthorship_edit)
        for name in _CRITERIA:
            self._row(form, name, self.criteria_combos[name])
        self._row(form, "visibility", self.visibility_combo)
        self._row(form, "competences", self.competence_list)

        self.editor = QWidget()
        self.editor.setObjectName("evidenceEditor")
        self.editor.setLayout(form)
        self._empty_label = QLabel()
        self._empty_label.setObjectName("noEvidenceLabel")
        self._empty_label.setWordWrap(True)
        content = QWidget()
        content.setObjectName("evidenceEditorContent")
        content.setMaximumWidth(self.fontMetrics().averageCharWidth() * _EDITOR_CHARS)
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(8, 0, 8, 8)
        content_layout.addWidget(self._empty_label)
        content_layout.addWidget(self.editor)
        content_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("evidenceEditorScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("portfolioSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        # "For validation": each learning outcome of the target qualification.
        self.validation_label = QLabel()
        self.validation_label.setObjectName("validationLabel")
        self.validation_label.setWordWrap(True)
        self.validation_table = QTableWidget(0, 3)
        self.validation_table.setObjectName("validationTable")
        self.validation_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.validation_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.validation_table.verticalHeader().hide()
        header = self.validation_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        validation = QWidget()
        validation.setObjectName("validationView")
        validation_layout = QVBoxLayout(validation)
        validation_layout.addWidget(self.validation_label)
        validation_layout.addWidget(self.validation_table, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("portfolioTabs")
        self.tabs.addTab(splitter, "")
        self.tabs.addTab(validation, "")
        self.tabs.currentChanged.connect(lambda _i: self._refresh_validation())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addWidget(self._page_note)
        layout.addWidget(self.tabs, 1)

        self._chain: list[QWidget] = [
            self.tabs,
            self.evidence_list,
            self.add_button,
            self.remove_button,
            self.kind_combo,
            self.title_edit,
            self.description_edit,
            self.date_edit,
            self.valid_until_edit,
            self.issuer_edit,
            self.sighted_check,
            self.file_list,
            self.add_file_button,
            self.preview_button,
            self.remove_file_button,
            self.consent_combo,
            self.coauthorship_edit,
            *self.criteria_combos.values(),
            self.visibility_combo,
            self.competence_list,
        ]
        for first, second in itertools.pairwise(self._chain):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.tabs, self.validation_table)

    # --- the page protocol --------------------------------------------------------------------

    def tab_chain(self) -> list[QWidget]:
        """The page's focusable widgets in visual (and Tab) order."""
        return list(self._chain)

    def first_field(self) -> QWidget:
        """Where the keyboard focus goes when the page is entered."""
        return self.evidence_list if self.draft.record.evidence else self.add_button

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self._title.setText(self.title())
        self._intro.setText(
            self.tr(
                "Gather what shows that the participant has the competences: documents, "
                "photos of work, references. Link each item to the competences it supports "
                "and check the four criteria."
            )
        )
        self.tabs.setTabText(0, self.tr("Evidence"))
        self.tabs.setTabText(1, self.tr("For validation"))
        self.tabs.setAccessibleName(self.tr("Portfolio views"))
        self.tabs.tabBar().setAccessibleName(self.tr("Portfolio views"))
        self._list_label.setText(self.tr("E&vidence"))
        self.evidence_list.setAccessibleName(self.tr("Evidence"))
        self.add_button.setText(self.tr("&Add evidence"))
        self.add_button.setAccessibleName(self.tr("Add evidence"))
        self.remove_button.setText(self.tr("&Remove…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected evidence"))
        texts = {
            "kind": self.tr("&Type"),
            "title": self.tr("T&itle"),
            "description": self.tr("&What it shows"),
            "date": self.tr("&Date"),
            "valid_until": self.tr("Valid &until"),
            "issuer": self.tr("Issuer or a&uthor"),
            "files": self.tr("&Files"),
            "consent": self.tr("C&onsent for copies"),
            "coauthorship": self.tr("Co-aut&horship"),
            "relevant": self.tr("Relevant"),
            "authentic": self.tr("Authentic"),
            "sufficient": self.tr("Sufficient"),
            "current": self.tr("Current"),
            "visibility": self.tr("Vi&sibility"),
            "competences": self.tr("Co&mpetences"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
            self._labels[key].buddy().setAccessibleName(strip_mnemonic(text))
        self.file_list.setAccessibleName(self.tr("Files of the evidence"))
        self.competence_list.setAccessibleName(self.tr("Competences the evidence supports"))
        criteria_help = {
            "relevant": self.tr(
                "Relates to the chosen competences (for a qualification: "
                "shows its verification criteria are met)."
            ),
            "authentic": self.tr(
                "Made by, or about, the participant; co-produced work says which part is theirs."
            ),
            "sufficient": self.tr("Covers the linked competences well enough to judge them."),
            "current": self.tr("Shows current ability; recent where possible."),
        }
        for name, combo in self.criteria_combos.items():
            combo.set_texts(enum_text)
            combo.setToolTip(criteria_help[name])
            combo.setAccessibleName(
                self.tr("Criterion: {name}").format(name=strip_mnemonic(texts[name]))
            )
        self.kind_combo.set_texts(enum_text)
        self.visibility_combo.set_texts(enum_text)
        placeholder = self.tr("DD.MM.YYYY")
        self.date_edit.setPlaceholderText(placeholder)
        self.valid_until_edit.setPlaceholderText(placeholder)
        self.sighted_check.setText(self.tr("Original only &shown (no copy kept)"))
        self.sighted_check.setAccessibleName(self.tr("Original only shown, no copy kept"))
        self.add_file_button.setText(self.tr("Add &file…"))
        self.add_file_button.setAccessibleName(self.tr("Add a file to the evidence"))
        self.preview_button.setText(self.tr("&Open"))
        self.preview_button.setAccessibleName(self.tr("Open the selected file"))
        self.remove_file_button.setText(self.tr("Remove fi&le"))
        self.remove_file_button.setAccessibleName(self.tr("Remove the selected file"))
        self.coauthorship_edit.setPlaceholderText(
            self.tr("If made with others: which part is the participant's")
        )
        self._empty_label.setText(self.tr("No evidence is selected. Add one with “Add evidence”."))
        self.validation_table.setHorizontalHeaderLabels(
            [self.tr("Learning outcome"), self.tr("Status"), self.tr("Evidence")]
        )
        self.validation_table.setAccessibleName(
            self.tr("Learning outcomes of the target qualification")
        )
        self._rows = []
        self._competence_rows = []
        self._consent_ids = []
        self.load(self.draft.record)

    # --- load ---------------------------------------------------------------------------------

    @property
    def current_id(self) -> UUID | None:
        """The ID of the evidence item shown in the editor, or None."""
        return self._current_id

    def select(self, evidence_id: UUID) -> None:
        """Show an evidence item in the editor (and select it in the list)."""
        if evidence_id != self._current_id:
            self._file_error = ""
            self._date_errors = {}
        self._current_id = evidence_id
        self.load(self.draft.record)

    def load(self, record: BalanceRecord) -> None:
        """Show ``record``, keeping the selected item and what is being typed."""
        issues = self.issues()
        self._loading = True
        try:
            ids = [e.id for e in record.evidence]
            if self._current_id not in ids:
                previous = [row.id for row in self._rows]
                index = previous.index(self._current_id) if self._current_id in previous else 0
                self._current_id = ids[min(index, len(ids) - 1)] if ids else None
            self._fill_list(self._list_rows(record, issues))
            self._fill_editor(record)
        finally:
            self._loading = False
        self._refresh_notes(issues)
        self._refresh_validation()

    def focus_issue(self, issue: Issue) -> bool:
        """Select the item an issue is about and focus its field; False when unknown."""
        if (
            issue.entity_id is None
            or find_item(self.draft.record.evidence, issue.entity_id) is None
        ):
            return False
        self.select(issue.entity_id)
        fields: dict[str, QWidget] = {
            "evidence.title": self.title_edit,
            "evidence.competence_ids": self.competence_list,
            "evidence.consent_id": self.consent_combo,
        }
        target = fields.get(issue.field, self.title_edit)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _warnings(self, evidence: Evidence, record: BalanceRecord) -> list[str]:
        found = []
        validity = validity_warning(evidence, self._today())
        if validity is ValidityWarning.EXPIRED:
            found.append(self.tr("expired"))
        elif validity is ValidityWarning.EXPIRING:
            found.append(self.tr("expires soon"))
        problem = consent_problem(evidence, record.consents)
        if problem is ConsentProblem.MISSING:
            found.append(self.tr("no consent for copies"))
        elif problem is ConsentProblem.WITHDRAWN:
            found.append(self.tr("consent withdrawn"))
        return found

    def _list_rows(self, record: BalanceRecord, issues: list[Issue]) -> list[ListRow]:
        problems: dict[UUID, str] = {}
        for issue in issues:
            if issue.entity_id is not None and issue.severity is not Severity.RECOMMENDED:
                problems.setdefault(issue.entity_id, issue_text(issue))
        rows = []
        for e in record.evidence:
            title = e.title.strip() or self.tr("(no title yet)")
            parts = [
                enum_text(e.kind),
                self.tr("%n competence(s)", "", len(e.competence_ids)),
            ]
            warnings = self._warnings(e, record)
            parts.extend(f"{_WARNING_GLYPH} {w}" for w in warnings)
            problem = problems.get(e.id)
            if problem:
                parts.append(problem)
            details = " · ".join(parts)
            rows.append(
                ListRow(e.id, title, details, f"{title}\n{details}", bool(warnings or problem))
            )
        return rows

    def _fill_list(self, rows: list[ListRow]) -> None:
        self._rows = sync_list(self.evidence_list, rows, self._rows, self._current_id)

    def _fill_editor(self, record: BalanceRecord) -> None:
        evidence = find_item(record.evidence, self._current_id) if self._current_id else None
        self.editor.setVisible(evidence is not None)
        self._empty_label.setVisible(evidence is None)
        self.remove_button.setEnabled(evidence is not None)
        if evidence is None:
            self._editor_id = None
            return
        same = self._editor_id == evidence.id
        if not same:
            self.title_edit.reset_cut()
            self.issuer_edit.reset_cut()
            self.coauthorship_edit.reset_cut()
            self.description_edit.reset_cut()
            self._editor_id = evidence.id
        e = evidence
        if self.kind_combo.current_value() is not e.kind:
            self.kind_combo.select_value(e.kind)
        _set_line(self.title_edit, e.title)
        if self.description_edit.toPlainText() != e.description:
            self.description_edit.set_text(e.description)
        for key, edit, value in (
            ("date", self.date_edit, e.date),
            ("valid_until", self.valid_until_edit, e.valid_until),
        ):
            if key in self._date_errors and same:
                continue  # keep what the advisor is typing until it is a date
            _set_line(edit, _date_text(value))
        _set_line(self.issuer_edit, e.issuer or "")
        _set_checked(self.sighted_check, e.sighted_only)
        _set_line(self.coauthorship_edit, e.coauthorship or "")
        for name, combo in self.criteria_combos.items():
            rating = getattr(e.criteria, name)
            if combo.current_value() is not rating:
                combo.select_value(rating)
        if self.visibility_combo.current_value() is not e.visibility:
            self.visibility_combo.select_value(e.visibility)
        self._fill_consents(record, e)
        self._fill_files(e)
        self._fill_competences(record, e)

    def _fill_consents(self, record: BalanceRecord, evidence: Evidence) -> None:
        consents = copy_consents(record, keep=evidence.consent_id)
        ids: list[UUID | None] = [None, *(c.id for c in consents)]
        if ids != self._consent_ids:
            self.consent_combo.blockSignals(True)
            self.consent_combo.clear()
            self.consent_combo.add_choice(None, self.tr("(no consent linked)"))
            for consent in consents:
                day = _locale_date(consent.given_at.date(), QLocale.FormatType.ShortFormat)
                text = f"{enum_text(consent.purpose)} · {consent.text_version} · {day}"
                if not consent.active:
                    text = self.tr("{consent} (withdrawn)").format(consent=text)
                self.consent_combo.add_choice(consent.id, text)
            self.consent_combo.blockSignals(False)
            self._consent_ids = ids
        if self.consent_combo.current_value() != evidence.consent_id:
            self.consent_combo.select_value(evidence.consent_id)

    def _fill_files(self, evidence: Evidence) -> None:
        widget = self.file_list
        current = widget.currentRow()
        widget.clear()
        for file in evidence.files:
            item = QListWidgetItem(self._file_text(file))
            item.setData(_FILE_ID_ROLE, str(file.id))
            item.setIcon(self._file_icon(file))
            item.setToolTip(item.text())
            widget.addItem(item)
        if evidence.files:
            widget.setCurrentRow(min(max(current, 0), len(evidence.files) - 1))
        self._request_thumbnails(evidence)
        can_add = self._attachments is not None and not evidence.sighted_only
        widget.accepting = can_add
        self.add_file_button.setEnabled(can_add)
        self._update_file_buttons()

    def _file_text(self, file: EvidenceFile) -> str:
        size = QLocale().formattedDataSize(file.size)
        text = f"{file.name} ({size})"
        if file.id in self._missing:
            text = self.tr("{file}: file unavailable").format(file=text)
        return text

    def _file_icon(self, file: EvidenceFile) -> QIcon:
        image = self._thumbs.get(file.sha256)
        if image is not None:
            return QIcon(QPixmap.fromImage(image))
        return thumbnails.file_icon(self)

    def _update_file_buttons(self) -> None:
        has_file = self.file_list.currentRow() >= 0
        self.preview_button.setEnabled(has_file and self._attachments is not None)
        self.remove_file_button.setEnabled(has_file)

    def _fill_competences(self, record: BalanceRecord, evidence: Evidence) -> None:
        rows = [
            (c.id, c.statement.strip() or self.tr("(competence without a statement)"))
            for c in record.competences
        ]
        widget = self.competence_list
        widget.blockSignals(True)
        try:
            if rows != self._competence_rows:
                current = widget.currentRow()
                widget.clear()
                for _id, text in rows:
                    item = QListWidgetItem(text)
                    item.setToolTip(text)
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsUserCheckable
                    )
                    item.setCheckState(Qt.CheckState.Unchecked)
                    widget.addItem(item)
                self._competence_rows = rows
                if rows:
                    widget.setCurrentRow(min(max(current, 0), len(rows) - 1))
            linked = set(evidence.competence_ids)
            for index, (competence_id, _text) in enumerate(rows):
                state = (
                    Qt.CheckState.Checked if competence_id in linked else Qt.CheckState.Unchecked
                )
                item = widget.item(index)
                if item.checkState() != state:
                    item.setCheckState(state)
        finally:
            widget.blockSignals(False)

    # --- thumbnails ---------------------------------------------------------------------------

    def _request_thumbnails(self, evidence: Evidence) -> None:
        # Every file is read once: images for their thumbnail, the others (PDFs) to tell
        # whether this profile holds their content at all ("file unavailable" otherwise).
        if self._attachments is None or self._executor is None:
            return
        attachments = self._attachments
        for file in evidence.files:
            if file.id in self._pending or file.id in self._missing:
                continue
            image = thumbnails.is_image(file.media_type)
            if file.id in self._present and (not image or file.sha256 in self._thumbs):
                continue
            self._pending.add(file.id)
            self._read_content(attachments, file, self._executor)

    def _read_content(
        self, attachments: AttachmentAccess, file: EvidenceFile, executor: Executor
    ) -> None:
        image = thumbnails.is_image(file.media_type)
        size = self._thumbs.size

        def read() -> QImage | None:
            data = attachments.content(file.id)
            # Decoded here, off the GUI thread: a 10 MB photo takes long enough to freeze
            # the page (QImage, unlike QPixmap, may be built on any thread).
            return thumbnails.scaled_image(data, size) if image else None

        def arrived(thumbnail: QImage | None) -> None:
            self._content_arrived(file, thumbnail)

        def failed(error: BaseException) -> None:
            self._content_failed(file, error)

        Op(self, read).success(arrived).failure(failed).run(executor)

    def _content_arrived(self, file: EvidenceFile, thumbnail: QImage | None) -> None:
        self._pending.discard(file.id)
        self._present.add(file.id)
        if thumbnails.is_image(file.media_type) and file.sha256 not in self._thumbs:
            self._thumbs.put(file.sha256, thumbnail)
        self._refresh_files()

    def _content_failed(self, file: EvidenceFile, error: BaseException) -> None:
        self._pending.discard(file.id)
        if isinstance(error, NotFound):
            self._missing.add(file.id)
            self._refresh_files()
            self._refresh_notes()
        else:
            show_failure(self, error)

    def _refresh_files(self) -> None:
        evidence = self._current()
        if evidence is not None:
            self._fill_files(evidence)

    def thumbnail_shown(self, row: int) -> bool:
        """Tell whether the file in ``row`` of the file list shows a picture (not an icon)."""
        evidence = self._current()
        if evidence is None or not 0 <= row < len(evidence.files):
            return False
        return self._thumbs.get(evidence.files[row].sha256) is not None

    # --- notes --------------------------------------------------------------------------------

    def _current(self) -> Evidence | None:
        if self._current_id is None:
            return None
        return find_item(self.draft.record.evidence, self._current_id)

    def _refresh_notes(self, issues: list[Issue] | None = None) -> None:
        issues = self.issues() if issues is None else issues
        notes: dict[str, tuple[list[str], list[str]]] = {key: ([], []) for key in self._notes}
        page: tuple[list[str], list[str]] = ([], [])
        for issue in issues:
            soft = issue.severity in (Severity.INCOMPLETE, Severity.RECOMMENDED)
            if issue.entity_id is not None and issue.entity_id == self._current_id:
                key = issue.field.removeprefix("evidence.")
                target = notes.get(key, page)
            elif issue.entity_id is None:
                target = page
            else:
                continue
            (target[1] if soft else target[0]).append(issue_text(issue))
        evidence = self._current()
        if evidence is not None:
            notes["valid_until"][1].extend(self._validity_texts(evidence))
            for key, message in self._date_errors.items():
                notes[key][0].append(message)
            consent_errors, consent_hints = self._consent_texts(evidence)
            notes["consent"][0].extend(consent_errors)
            notes["consent"][1].extend(consent_hints)
            if evidence.sighted_only:
                notes["files"][1].append(
                    self.tr("The original was only shown to the advisor: no copy is kept.")
                )
            elif self._attachments is None:
                notes["files"][1].append(self.tr("Files cannot be attached in this window."))
            if any(f.id in self._missing for f in evidence.files):
                notes["files"][1].append(
                    self.tr(
                        "A file marked unavailable was imported without its content; import "
                        "the balance from an export with files to see it."
                    )
                )
            if self._file_error:
                notes["files"][0].append(self._file_error)
            for field in (self.title_edit, self.issuer_edit, self.coauthorship_edit):
                if field.was_cut:
                    key = {
                        self.title_edit: "title",
                        self.issuer_edit: "issuer",
                        self.coauthorship_edit: "coauthorship",
                    }[field]
                    notes[key][0].insert(0, field.cut_message())
            if self.description_edit.was_cut:
                notes["description"][0].insert(0, self.description_edit.cut_message())
        for key, (errors, hints) in notes.items():
            self._notes[key].set_notes(errors, hints)
        self._page_note.set_notes(*page)

    def _validity_texts(self, evidence: Evidence) -> list[str]:
        warning = validity_warning(evidence, self._today())
        if warning is None or evidence.valid_until is None:
            return []
        day = _locale_date(evidence.valid_until, QLocale.FormatType.LongFormat)
        if warning is ValidityWarning.EXPIRED:
            text = self.tr(
                "{glyph} Expired on {date}: it may no longer show current ability "
                "(criterion “current”)."
            )
        else:
            text = self.tr(
                "{glyph} Expires on {date}, within 6 months: plan its renewal "
                "(criterion “current”)."
            )
        return [text.format(glyph=_WARNING_GLYPH, date=day)]

    def _consent_texts(self, evidence: Evidence) -> tuple[list[str], list[str]]:
        problem = consent_problem(evidence, self.draft.record.consents)
        if problem is ConsentProblem.MISSING:
            return [
                self.tr(
                    "{glyph} Stored copies need the participant's consent: link it here, or "
                    "record it first in the introduction."
                ).format(glyph=_WARNING_GLYPH)
            ], []
        if problem is ConsentProblem.WITHDRAWN:
            return [
                self.tr(
                    "{glyph} The linked consent was withdrawn: remove the files or link "
                    "another consent."
                ).format(glyph=_WARNING_GLYPH)
            ], []
        if shows_people(evidence) and not evidence.files and not evidence.sighted_only:
            return [], [
                self.tr(
                    "Photos and films of people need a consent (for images of other people "
                    "too) once files are attached."
                )
            ]
        return [], []

    def note_text(self, key: str) -> str:
        """The note shown under a field (``"valid_until"``, ``"files"``, …) or the page."""
        note = self._page_note if key == "page" else self._notes[key]
        return "" if note.isHidden() else note.text()

    # --- "for validation" ---------------------------------------------------------------------

    def _refresh_validation(self) -> None:
        if self.tabs.currentIndex() != 1:
            return
        record = self.draft.record
        ref = record.balance.target_qualification_ref
        table = self.validation_table
        table.setRowCount(0)
        if not ref:
            self.validation_label.setText(
                self.tr(
                    "The balance has no target qualification. Choose one in the gap analysis "
                    "of the development plan to see its learning outcomes here."
                )
            )
            return
        if self._outcomes is None:
            self._outcomes = _default_outcomes()
        requirements = self._outcomes.qualification_requirements(ref)
        if not requirements:
            self.validation_label.setText(
                self.tr(
                    "The learning outcomes of the qualification {ref} are not in the "
                    "catalogue of this computer."
                ).format(ref=ref)
            )
            return
        self.validation_label.setText(
            self.tr(
                "Learning outcomes of {ref}: none (no competence), declared (competences "
                "without evidence) or evidence."
            ).format(ref=ref)
        )
        titles = {e.id: e.title.strip() or self.tr("(no title yet)") for e in record.evidence}
        status_text = {
            CoverageStatus.NONE: self.tr("none"),
            CoverageStatus.DECLARED: self.tr("declared"),
            CoverageStatus.EVIDENCED: self.tr("evidence"),
        }
        rows = coverage(record, requirements)
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            status = QTableWidgetItem(status_text[row.status])
            status.setData(Qt.ItemDataRole.UserRole, row.status.value)
            table.setItem(index, 0, QTableWidgetItem(row.requirement.text))
            table.setItem(index, 1, status)
            table.setItem(
                index, 2, QTableWidgetItem("; ".join(titles[i] for i in row.evidence_ids))
            )

    def show_validation(self) -> None:
        """Switch to the "For validation" view."""
        self.tabs.setCurrentIndex(1)

    # --- actions ------------------------------------------------------------------------------

    def add_evidence(self, kind: EvidenceKind = EvidenceKind.WORK_SAMPLE) -> UUID:
        """Add an empty evidence item, select it and put the cursor in its title."""
        new_id = self._new_id()
        self.draft.edit(self.tr("Add evidence"), lambda r: new_evidence(r, new_id, kind))
        self.tabs.setCurrentIndex(0)
        self.select(new_id)
        self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return new_id

    def remove_current(self) -> bool:
        """Ask, then remove the selected evidence item; True when removed."""
        evidence = self._current()
        if evidence is None:
            return False
        title = evidence.title.strip() or self.tr("(no title yet)")
        confirmed = dialogs.confirm(
            self,
            self.tr("Remove evidence"),
            self.tr(
                "Remove the evidence “{title}” and its files?\n\nUndo (Ctrl+Z) brings it back."
            ).format(title=title),
            yes_text=self.tr("Remove"),
            no_text=self.tr("Keep"),
        )
        if not confirmed:
            return False
        self.draft.edit(
            self.tr("Remove evidence"),
            lambda r: dataclasses.replace(r, evidence=remove_item(r.evidence, evidence.id)),
        )
        self.load(self.draft.record)
        target = self.evidence_list if self._current_id else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _ask_files(self) -> None:
        paths = thumbnails.ask_evidence_files(self)
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[Path]) -> None:
        """Store files on the db executor, then list them in the selected evidence item."""
        evidence = self._current()
        if (
            evidence is None
            or evidence.sighted_only
            or self._attachments is None
            or self._executor is None
        ):
            return
        attachments = self._attachments
        evidence_id = evidence.id
        self._file_error = ""
        for path in paths:
            self._store_file(attachments, path, evidence_id, self._executor)

    def _store_file(
        self, attachments: AttachmentAccess, path: Path, evidence_id: UUID, executor: Executor
    ) -> None:
        def store() -> EvidenceFile:
            return attachments.add_file(path)

        def stored(file: EvidenceFile) -> None:
            self._file_added(evidence_id, file)

        Op(self, store).success(stored).failure(self._file_refused).with_progress(
            self.tr("Adding a file…")
        ).run(executor)

    def _file_added(self, evidence_id: UUID, file: EvidenceFile) -> None:
        self._present.add(file.id)
        self.draft.edit(
            self.tr("Add a file"),
            lambda r: _edit_evidence(
                r, evidence_id, lambda e: dataclasses.replace(e, files=(*e.files, file))
            ),
        )
        self.load(self.draft.record)

    def _file_refused(self, error: BaseException) -> None:
        if isinstance(error, InvalidAttachment):
            self._file_error = self._refusal_text(error)
        elif isinstance(error, KnownError):
            self._file_error = known_error_text(error)
        else:
            show_failure(self, error)
            return
        self._refresh_notes()

    def _refusal_text(self, error: InvalidAttachment) -> str:
        name = error.message.split(":", 1)[0]
        kinds = {
            "image/jpeg": self.tr("a JPEG image"),
            "image/png": self.tr("a PNG image"),
            "application/pdf": self.tr("a PDF document"),
        }
        expected = kinds.get(error.details.get("expected", ""), "")
        actual = kinds.get(error.details.get("actual", ""), "")
        reasons = {
            "too_large": self.tr(
                "“{name}” is larger than {limit} MB. Reduce the photo's resolution or scan "
                "fewer pages per file."
            ),
            "empty": self.tr("“{name}” is empty."),
            "unsupported": self.tr(
                "“{name}” is not a JPEG or PNG image or a PDF document, so it cannot be attached."
            ),
            "mislabelled": self.tr(
                "“{name}” is named like {expected} but its content is not: the file is "
                "mislabelled. Save it again in the right format."
            )
            if not actual
            else self.tr(
                "“{name}” is named like {expected} but holds {actual}: the file is "
                "mislabelled. Rename it to match its content."
            ),
            "corrupt": self.tr(
                "“{name}” is damaged or incomplete. Copy it again from the camera, phone or "
                "scanner."
            ),
            "unreadable": self.tr("“{name}” cannot be read. Check that it exists and is yours."),
        }
        text = reasons.get(error.reason, reasons["unsupported"])
        return text.format(
            name=name,
            limit=error.details.get("limit_mb", ""),
            expected=expected,
            actual=actual,
        )

    def _selected_file(self) -> EvidenceFile | None:
        evidence = self._current()
        row = self.file_list.currentRow()
        if evidence is None or not 0 <= row < len(evidence.files):
            return None
        return evidence.files[row]

    def preview_current_file(self) -> None:
        """Show the selected file from its bytes (images; PDFs say preview is coming)."""
        file = self._selected_file()
        if file is None or self._attachments is None or self._executor is None:
            return
        attachments = self._attachments
        Op(self, lambda: attachments.content(file.id)).success(
            lambda data: thumbnails.show_preview(self, file.name, file.media_type, data)
        ).failure(lambda error: self._content_failed(file, error)).run(self._executor)

    def remove_current_file(self) -> bool:
        """Remove the selected file from the item (its bytes are purged later); True if done."""
        file = self._selected_file()
        evidence_id = self._current_id
        if file is None or evidence_id is None:
            return False
        self.draft.edit(
            self.tr("Remove a file"),
            lambda r: _edit_evidence(
                r,
                evidence_id,
                lambda e: dataclasses.replace(e, files=tuple(f for f in e.files if f != file)),
            ),
        )
        self.load(self.draft.record)
        return True

    def toggle_competence(self, competence_id: UUID) -> None:
        """Link or unlink a competence and the selected item."""
        evidence_id = self._current_id
        if evidence_id is None:
            return
        self.draft.edit(
            self.tr("Link a competence"), lambda r: toggle_link(r, evidence_id, competence_id)
        )

    # --- edits --------------------------------------------------------------------------------

    def _edit_current(
        self, text: str, change: Callable[[Evidence], Evidence], field: str | None = None
    ) -> None:
        evidence_id = self._current_id
        if self._loading or evidence_id is None:
            return
        merge_key = f"evidence:{evidence_id}:{field}" if field else None
        self.draft.edit(text, lambda r: _edit_evidence(r, evidence_id, change), merge_key=merge_key)

    def _current_row_changed(self, row: int) -> None:
        if self._loading or not 0 <= row < len(self._rows):
            return
        self.select(self._rows[row].id)

    def _kind_changed(self) -> None:
        kind = self.kind_combo.current_value()
        if kind is not None:
            self._edit_current(
                self.tr("Change the type of evidence"), lambda e: dataclasses.replace(e, kind=kind)
            )

    def _title_changed(self, text: str) -> None:
        self._edit_current(
            self.tr("Edit the title of evidence"),
            lambda e: dataclasses.replace(e, title=text),
            "title",
        )

    def _description_changed(self, text: str) -> None:
        self._edit_current(
            self.tr("Edit what the evidence shows"),
            lambda e: dataclasses.replace(e, description=text),
            "description",
        )

    def _issuer_changed(self, text: str) -> None:
        self._edit_current(
            self.tr("Edit the issuer of evidence"),
            lambda e: dataclasses.replace(e, issuer=text or None),
            "issuer",
        )

    def _coauthorship_changed(self, text: str) -> None:
        self._edit_current(
            self.tr("Edit the co-authorship of evidence"),
            lambda e: dataclasses.replace(e, coauthorship=text or None),
            "coauthorship",
        )

    def _date_edited(self, key: str, text: str) -> None:
        if self._loading or self._current_id is None:
            return
        try:
            value = parse_date(text) if text.strip() else None
        except ValueError:
            self._date_errors[key] = self.tr("Type the date as DD.MM.YYYY, e.g. 31.03.2026.")
            self._refresh_notes()
            return
        self._date_errors.pop(key, None)
        label = (
            self.tr("Edit the date of evidence")
            if key == "date"
            else self.tr("Edit the validity of evidence")
        )
        if key == "date":
            self._edit_current(label, lambda e: dataclasses.replace(e, date=value), key)
        else:
            self._edit_current(label, lambda e: dataclasses.replace(e, valid_until=value), key)
        self._refresh_notes()

    def _sighted_toggled(self, on: bool) -> None:
        self._edit_current(
            self.tr("Mark an original as only shown"),
            lambda e: dataclasses.replace(e, sighted_only=on),
        )

    def _consent_changed(self) -> None:
        consent_id = self.consent_combo.current_value()
        self._edit_current(
            self.tr("Link a consent"), lambda e: dataclasses.replace(e, consent_id=consent_id)
        )

    def _criterion_changed(self, name: str) -> None:
        rating = self.criteria_combos[name].current_value()
        if rating is None:
            return

        def change(e: Evidence) -> Evidence:
            criteria: EvidenceCriteria = dataclasses.replace(e.criteria, **{name: rating})
            return dataclasses.replace(e, criteria=criteria)

        self._edit_current(self.tr("Assess an evidence criterion"), change)

    def _visibility_changed(self) -> None:
        visibility = self.visibility_combo.current_value()
        if visibility is not None:
            self._edit_current(
                self.tr("Change where evidence appears"),
                lambda e: dataclasses.replace(e, visibility=visibility),
            )

    def _competence_toggled(self, item: QListWidgetItem) -> None:
        row = self.competence_list.row(item)
        evidence_id = self._current_id
        if self._loading or evidence_id is None or not 0 <= row < len(self._competence_rows):
            return
        competence_id = self._competence_rows[row][0]
        on = item.checkState() == Qt.CheckState.Checked
        self.draft.edit(
            self.tr("Link a competence") if on else self.tr("Unlink a competence"),
            lambda r: set_link(r, evidence_id, competence_id, on),
        )


def _locale_date(value: dt.date, form: QLocale.FormatType) -> str:
    return QLocale().toString(QDate(value.year, value.month, value.day), form)


def _date_text(value: dt.date | None) -> str:
    return value.strftime("%d.%m.%Y") if value is not None else ""


def _set_line(field: QLineEdit, text: str) -> None:
    if field.text() != text:
        position = field.cursorPosition()
        field.setText(text)
        field.setCursorPosition(min(position, len(text)))


def _set_checked(box: QCheckBox, on: bool) -> None:
    if box.isChecked() != on:
        box.setChecked(on)
