"""Stage E2C, formulating competences as learning outcomes (MBK poradnik 2.2, DOMAIN.md §2.5).

The advisor names what the participant knows (W), can do (U) and is ready to do (KS), each as a
statement that starts with an operational verb, and traces it to the experiences and STAR
stories it comes from. A hint under the statement points out vague wording ("umie",
"zna się na") from the rules in ``resources/interview/competence_wording.toml``; it never blocks
anything. Every field edits the draft at once.
"""

from __future__ import annotations

import contextlib
import dataclasses
import itertools
import logging
from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from advisor_app.catalogue.reference import (
    CompetenceEntry,
    ReferenceCatalogue,
    default_reference_catalogue,
)
from advisor_app.catalogue.wording import (
    HintCode,
    VagueAdvice,
    WordingHint,
    WordingRules,
    WordingRulesError,
    load_wording_rules,
    statement_hints,
)
from advisor_app.domain.editing import add_item, find_item, remove_competence, update_item
from advisor_app.domain.entities import BalanceRecord, Competence, Episode, Evidence, Experience
from advisor_app.domain.enums import CompetenceKind, CompetenceStatus, Stage
from advisor_app.domain.evidence import set_link
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.issues import Issue, Severity
from advisor_app.services.clock import IdFactory, new_uuid7
from advisor_app.ui import catalogue_dialog, dialogs
from advisor_app.ui.balance.behavioural_page import story_name
from advisor_app.ui.balance.draft import BalanceDraft
from advisor_app.ui.balance.stage_page import StagePage
from advisor_app.ui.balance.text_fields import FieldNote, add_noted_row, muted_color
from advisor_app.ui.balance.two_line_delegate import (
    ListRow,
    TwoLineDelegate,
    sync_list,
)
from advisor_app.ui.enum_text import enum_text
from advisor_app.ui.i18n import current_language
from advisor_app.ui.issue_text import issue_text
from advisor_app.ui.widgets import BoundedLineEdit, ChoiceCombo, strip_mnemonic

__all__ = [
    "CompetencesPage",
    "catalogue_statement",
    "competence_from_catalogue",
    "new_competence",
    "new_competence_from_episode",
]

_log = logging.getLogger(__name__)

# Grouping order of the list: knowledge, skills, social competences (W, U, KS).
_KIND_ORDER = {kind: index for index, kind in enumerate(CompetenceKind)}

# Widest the editor grows: statements are one line of up to 300 characters.
_EDITOR_CHARS = 110

# Hints shown at once under the statement (the first ones matter; more would be noise).
_MAX_HINTS = 2


class _FitWidthDelegate(QStyledItemDelegate):
    """Rows as wide as the list: Qt then elides long texts instead of cutting them off."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The usual height; the list gives every row its full width."""
        return QSize(1, super().sizeHint(option, index).height())


class _ListDelegate(TwoLineDelegate):
    """Two lines per competence, never wider than the list (long statements are elided)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """As tall as two lines; the list gives every row its full width."""
        # A hint as wide as the text would make the row wider than the list and cut it off
        # instead of eliding it; the tooltip and the editor show the whole statement.
        return QSize(1, super().sizeHint(option, index).height())


def new_competence(
    record: BalanceRecord, new_id: UUID, kind: CompetenceKind = CompetenceKind.SKILL
) -> tuple[BalanceRecord, UUID]:
    """Append an empty competence hypothesis of ``kind``; returns the record and its ID."""
    competence = Competence(id=new_id, kind=kind, statement="")
    return dataclasses.replace(record, competences=add_item(record.competences, competence)), new_id


def new_competence_from_episode(
    record: BalanceRecord, episode_id: UUID, new_id: UUID
) -> tuple[BalanceRecord, UUID]:
    """Append a competence hypothesis linked to a STAR story and to the story's experience.

    Stories of the behavioural interview are where competence hypotheses come from (DOMAIN.md
    §2.4), so the new competence starts as a skill hypothesis traced to both.

    Raises:
        KeyError: The balance has no episode ``episode_id``.
    """
    episode = find_item(record.episodes, episode_id)
    if episode is None:
        raise KeyError(f"no episode {episode_id} in balance {record.balance.id}")
    known_experience = find_item(record.experiences, episode.experience_id) is not None
    competence = Competence(
        id=new_id,
        kind=CompetenceKind.SKILL,
        statement="",
        status=CompetenceStatus.HYPOTHESIS,
        experience_ids=(episode.experience_id,) if known_experience else (),
        episode_ids=(episode_id,),
    )
    return dataclasses.replace(record, competences=add_item(record.competences, competence)), new_id


def catalogue_statement(entry: CompetenceEntry, language: str) -> str:
    """The statement a catalogue competence starts with in a UI language.

    The catalogue has operational-verb examples in Polish only: a Polish UI gets the example,
    another language the English name (the Polish example when there is none).
    """
    if language != "pl" and entry.name_en.strip():
        return entry.name_en
    return entry.example_pl


def competence_from_catalogue(
    record: BalanceRecord, competence_id: UUID, entry: CompetenceEntry, statement: str
) -> BalanceRecord:
    """Fill competence ``competence_id`` from a catalogue entry, appending it when it is new.

    Kind, statement, ``catalogue_ref`` (the entry's code) and ``category`` (the entry's
    category code) are set; links, level and status of an existing competence are kept.
    """

    def fill(competence: Competence) -> Competence:
        return dataclasses.replace(
            competence,
            kind=entry.kind,
            statement=statement,
            catalogue_ref=entry.code,
            category=entry.category,
        )

    if find_item(record.competences, competence_id) is None:
        competence = fill(Competence(id=competence_id, kind=entry.kind, statement=""))
        return dataclasses.replace(record, competences=add_item(record.competences, competence))
    return dataclasses.replace(
        record, competences=update_item(record.competences, competence_id, fill)
    )


def _shipped_catalogue() -> ReferenceCatalogue | None:
    try:
        return default_reference_catalogue()
    except (OSError, ValueError):
        # As with the wording rules: a packaging bug must not cost the advisor the stage.
        _log.exception("the reference catalogue could not be read; picking is off")
        return None


def _shipped_rules() -> WordingRules | None:
    try:
        return load_wording_rules()
    except (OSError, WordingRulesError):
        # A broken resource is a packaging bug: log it loudly, but let the advisor work on
        # (without hints) instead of losing the whole stage.
        _log.exception("competence wording rules could not be read; hints are off")
        return None


class CompetencesPage(StagePage):
    """The competences stage: a list grouped by kind and an editor for the selected one.

    Args:
        draft: The open balance.
        flow: Decides the stage's issues.
        parent: Parent widget.
        new_id: Creates the IDs of new competences.
        rules: Wording rules for the statement hints; None reads the shipped ones (and shows
            no hints if they cannot be read).
        catalogue: The reference catalogue to pick competences from; None reads the shipped
            one (and offers no picking if it cannot be read).
    """

    STAGE = Stage.COMPETENCES

    def __init__(
        self,
        draft: BalanceDraft,
        flow: InterviewFlow,
        parent: QWidget | None = None,
        *,
        new_id: IdFactory = new_uuid7,
        rules: WordingRules | None = None,
        catalogue: ReferenceCatalogue | None = None,
    ) -> None:
        """Build the page and show the draft's record."""
        super().__init__(draft, flow, parent)
        self._new_id = new_id
        self._rules = rules if rules is not None else _shipped_rules()
        self._catalogue = catalogue if catalogue is not None else _shipped_catalogue()
        self._loading = False
        self._current_id: UUID | None = None
        self._editor_id: UUID | None = None  # the competence whose values the editor shows
        self._rows: list[ListRow] = []
        self._experience_rows: list[tuple[UUID, str, str]] = []
        self._episode_rows: list[tuple[UUID, str, str]] = []
        self._evidence_rows: list[tuple[UUID, str, str]] = []
        self._labels: dict[str, QLabel] = {}
        self._notes: dict[str, FieldNote] = {}
        self._build()
        self.retranslateUi()
        self.load(draft.record)

    # --- construction -------------------------------------------------------------------------

    def _row(self, form: QFormLayout, key: str, field: QWidget, *below: QWidget) -> None:
        self._labels[key], self._notes[key] = add_noted_row(form, key, field, *below)

    def _checklist(self, name: str, rows: int) -> QListWidget:
        checklist = QListWidget()
        checklist.setObjectName(name)
        checklist.setUniformItemSizes(True)
        # Long titles are elided within the list's width; their tooltips hold the whole text.
        checklist.setItemDelegate(_FitWidthDelegate(checklist))
        checklist.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Ticks are the state; a highlighted row would look like a second kind of choice.
        checklist.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        checklist.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row_height = checklist.fontMetrics().height() + 8
        checklist.setFixedHeight(row_height * rows + 2 * checklist.frameWidth() + 4)
        return checklist

    def _build(self) -> None:
        self._title = QLabel()
        self._title.setObjectName("competencesTitle")
        font = QFont(self._title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self._title.setFont(font)
        self._intro = QLabel()
        self._intro.setObjectName("competencesIntro")
        self._intro.setWordWrap(True)
        self._page_note = FieldNote(self)
        self._page_note.setObjectName("competencesNote")

        # Left: the list.
        self._filter_label = QLabel()
        self._filter_label.setObjectName("kindFilterLabel")
        self.filter_combo = ChoiceCombo()
        self.filter_combo.setObjectName("kindFilterCombo")
        self.filter_combo.set_choices([None, *CompetenceKind])
        self.filter_combo.setCurrentIndex(0)
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.load(self.draft.record))
        self._filter_label.setBuddy(self.filter_combo)
        self.competence_list = QListWidget()
        self.competence_list.setObjectName("competenceList")
        # Statement in bold, type, level and status (or what is missing) below it: the same
        # two-line look as the timeline and the story list of the interview pages.
        self.competence_list.setItemDelegate(_ListDelegate(self.competence_list))
        self.competence_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.competence_list.currentRowChanged.connect(self._current_row_changed)
        self._list_label = QLabel()
        self._list_label.setObjectName("competenceListLabel")
        self._list_label.setBuddy(self.competence_list)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addCompetenceButton")
        self.add_button.clicked.connect(lambda: self.add_competence())
        self.catalogue_button = QPushButton()
        self.catalogue_button.setObjectName("competenceFromCatalogueButton")
        self.catalogue_button.setEnabled(self._catalogue is not None)
        self.catalogue_button.clicked.connect(lambda: self.add_from_catalogue())
        self._catalogue_shortcut = QShortcut(QKeySequence("Ctrl+Shift+K"), self)
        self._catalogue_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._catalogue_shortcut.activated.connect(lambda: self.add_from_catalogue())
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeCompetenceButton")
        self.remove_button.clicked.connect(lambda: self.remove_current())
        filter_row = QHBoxLayout()
        filter_row.addWidget(self._filter_label)
        filter_row.addWidget(self.filter_combo, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.catalogue_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left = QWidget()
        left.setObjectName("competenceListPanel")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        left_layout.addLayout(filter_row)
        left_layout.addWidget(self._list_label)
        left_layout.addWidget(self.competence_list, 1)
        left_layout.addLayout(buttons)

        # Right: the editor of the selected competence.
        self.kind_combo = ChoiceCombo()
        self.kind_combo.setObjectName("kindCombo")
        self.kind_combo.set_choices(list(CompetenceKind))
        self.kind_combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.statement_edit = BoundedLineEdit()
        self.statement_edit.setObjectName("statementEdit")
        self.statement_edit.textChanged.connect(self._statement_changed)
        self.statement_edit.text_was_cut.connect(self._refresh_notes)
        self.statement_edit.installEventFilter(self)
        self.wording_hint = QLabel()
        self.wording_hint.setObjectName("wordingHint")
        self.wording_hint.setWordWrap(True)
        self.wording_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.wording_hint.hide()
        self.catalogue_line = QLabel()
        self.catalogue_line.setObjectName("catalogueRefLine")
        self.catalogue_line.setWordWrap(True)
        self.catalogue_line.setTextFormat(Qt.TextFormat.PlainText)
        self.catalogue_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.catalogue_line.hide()
        self.context_edit = BoundedLineEdit()
        self.context_edit.setObjectName("contextEdit")
        self.context_edit.textChanged.connect(self._context_changed)
        self.context_edit.text_was_cut.connect(self._refresh_notes)
        self.level_combo = ChoiceCombo()
        self.level_combo.setObjectName("levelCombo")
        self.level_combo.set_choices([None, 1, 2, 3, 4])
        self.level_combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.level_combo.currentIndexChanged.connect(self._level_changed)
        self.status_combo = ChoiceCombo()
        self.status_combo.setObjectName("statusCombo")
        self.status_combo.set_choices(list(CompetenceStatus))
        self.status_combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.experience_list = self._checklist("experienceLinks", 5)
        self.experience_list.itemChanged.connect(self._experience_toggled)
        self.episode_list = self._checklist("episodeLinks", 4)
        self.episode_list.itemChanged.connect(self._episode_toggled)
        self.evidence_list = self._checklist("evidenceLinks", 4)
        self.evidence_list.itemChanged.connect(self._evidence_toggled)
        self.strength_check = QCheckBox()
        self.strength_check.setObjectName("strengthCheck")
        self.strength_check.toggled.connect(self._strength_toggled)
        self.relevant_check = QCheckBox()
        self.relevant_check.setObjectName("relevantToGoalCheck")
        self.relevant_check.toggled.connect(self._relevant_toggled)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._row(form, "kind", self.kind_combo)
        self._row(form, "statement", self.statement_edit, self.catalogue_line, self.wording_hint)
        self._row(form, "context", self.context_edit)
        self._row(form, "level", self.level_combo)
        self._row(form, "status", self.status_combo)
        self._row(form, "experiences", self.experience_list)
        self._row(form, "episodes", self.episode_list)
        self._row(form, "evidence", self.evidence_list)
        flags = QVBoxLayout()
        flags.setSpacing(4)
        flags.addWidget(self.strength_check)
        flags.addWidget(self.relevant_check)
        form.addRow("", flags)

        self.editor = QWidget()
        self.editor.setObjectName("competenceEditor")
        self.editor.setLayout(form)
        self._empty_label = QLabel()
        self._empty_label.setObjectName("noCompetenceLabel")
        self._empty_label.setWordWrap(True)
        editor_content = QWidget()
        editor_content.setObjectName("competenceEditorContent")
        editor_content.setMaximumWidth(self.fontMetrics().averageCharWidth() * _EDITOR_CHARS)
        editor_layout = QVBoxLayout(editor_content)
        editor_layout.setContentsMargins(8, 0, 8, 8)
        editor_layout.addWidget(self._empty_label)
        editor_layout.addWidget(self.editor)
        editor_layout.addStretch(1)
        self._scroll = QScrollArea()
        self._scroll.setObjectName("competenceEditorScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._scroll.setWidget(editor_content)

        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.setObjectName("competencesSplitter")
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(left)
        self._splitter.addWidget(self._scroll)
        self._splitter.setStretchFactor(0, 2)
        self._splitter.setStretchFactor(1, 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addWidget(self._page_note)
        layout.addWidget(self._splitter, 1)

        self._chain: list[QWidget] = [
            self.filter_combo,
            self.competence_list,
            self.add_button,
            self.catalogue_button,
            self.remove_button,
            self.kind_combo,
            self.statement_edit,
            self.context_edit,
            self.level_combo,
            self.status_combo,
            self.experience_list,
            self.episode_list,
            self.evidence_list,
            self.strength_check,
            self.relevant_check,
        ]
        for first, second in itertools.pairwise(self._chain):
            QWidget.setTabOrder(first, second)

    # --- the page protocol --------------------------------------------------------------------

    def tab_chain(self) -> list[QWidget]:
        """The page's focusable widgets in visual (and Tab) order."""
        return list(self._chain)

    def first_field(self) -> QWidget:
        """Where the keyboard focus goes when the page is entered."""
        return self.competence_list if self.draft.record.competences else self.add_button

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self._title.setText(self.title())
        self._intro.setText(
            self.tr(
                "Name what the participant knows, can do and is ready to do. Start each "
                "statement with a verb that others can observe and check, and link it to the "
                "experiences it comes from."
            )
        )
        self._filter_label.setText(self.tr("S&how"))
        self.filter_combo.setAccessibleName(self.tr("Show competences of the kind"))
        all_kinds = self.tr("All kinds")
        self.filter_combo.set_texts(lambda kind: enum_text(kind) if kind else all_kinds)
        self._list_label.setText(self.tr("Co&mpetences"))
        self.competence_list.setAccessibleName(self.tr("Competences"))
        self.add_button.setText(self.tr("&Add competence"))
        self.add_button.setAccessibleName(self.tr("Add competence"))
        self.catalogue_button.setText(self.tr("From &catalogue…"))
        self.catalogue_button.setAccessibleName(self.tr("Add a competence from the catalogue"))
        self.catalogue_button.setToolTip(
            self.tr("Add a competence from the reference catalogue (Ctrl+Shift+K)")
        )
        self.remove_button.setText(self.tr("&Remove…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected competence"))
        texts = {
            "kind": self.tr("&Type"),
            "statement": self.tr("&Statement"),
            "context": self.tr("Conte&xt"),
            "level": self.tr("&Level"),
            "status": self.tr("Stat&us"),
            "experiences": self.tr("E&xperiences"),
            "episodes": self.tr("Stor&ies"),
            "evidence": self.tr("E&vidence"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
            self._labels[key].buddy().setAccessibleName(strip_mnemonic(text))
        self.experience_list.setAccessibleName(self.tr("Experiences the competence comes from"))
        self.episode_list.setAccessibleName(self.tr("Stories (STAR) that show the competence"))
        self.evidence_list.setAccessibleName(self.tr("Evidence supporting this competence"))
        self.evidence_list.setToolTip(
            self.tr("Evidence of the portfolio that supports this competence")
        )
        self.kind_combo.set_texts(enum_text)
        self.status_combo.set_texts(enum_text)
        self.level_combo.set_texts(self._level_text)
        self.level_combo.setToolTip(
            self.tr(
                "How independently the participant uses the competence. The scale is the app's, "
                "worded after the Polish Qualifications Framework; the method prescribes none."
            )
        )
        self.statement_edit.setToolTip(
            self.tr(
                "One sentence in the third person, starting with an operational verb: "
                "knowledge “zna…, rozumie…”, skills “obsługuje…, prowadzi…”, social "
                "competences “jest gotów(-owa) do…, dba o…”."
            )
        )
        self.context_edit.setPlaceholderText(
            self.tr("Where, with what, how much: e.g. in a shop of up to 50 m²")
        )
        self.strength_check.setText(self.tr("A &strength of the participant"))
        self.strength_check.setAccessibleName(self.tr("A strength of the participant"))
        self.relevant_check.setText(self.tr("Relevant to the &goal"))
        self.relevant_check.setAccessibleName(self.tr("Relevant to the goal"))
        self._empty_label.setText(
            self.tr(
                "No competence is selected. Add one with “Add competence”, or create it from "
                "a story in the behavioural interview."
            )
        )
        self._style_hint()
        self._rows = []  # re-render every text in the new language
        self._experience_rows = []
        self._episode_rows = []
        self._evidence_rows = []
        self.load(self.draft.record)

    def _style_hint(self) -> None:
        palette = self.wording_hint.palette()
        palette.setColor(self.wording_hint.foregroundRole(), muted_color(palette))
        self.wording_hint.setPalette(palette)

    def _level_text(self, level: int | None) -> str:
        # Wording of DOMAIN.md §2.5 (PRK-based autonomy scale). Polish: "nie oceniano",
        # "1 – z pomocą / pod nadzorem", "2 – częściowo samodzielnie", "3 – samodzielnie",
        # "4 – samodzielnie, uczy innych lub nimi kieruje".
        texts = {
            None: self.tr("Not assessed"),
            1: self.tr("1 – with help or under supervision"),
            2: self.tr("2 – partly independently"),
            3: self.tr("3 – independently"),
            4: self.tr("4 – independently, teaches or leads others"),
        }
        return texts[level]

    # --- load ---------------------------------------------------------------------------------

    def load(self, record: BalanceRecord) -> None:
        """Show ``record``, keeping the selected competence and what is being typed."""
        issues = self.issues()
        self._loading = True
        try:
            rows = self._list_rows(record, issues)
            if self._current_id is None or not find_item(record.competences, self._current_id):
                self._current_id = self._successor([row.id for row in rows])
                rows = self._list_rows(record, issues)
            self._fill_list(rows)
            self._fill_editor(record)
        finally:
            self._loading = False
        self._refresh_notes(issues)

    @property
    def current_id(self) -> UUID | None:
        """The ID of the competence shown in the editor, or None."""
        return self._current_id

    def select(self, competence_id: UUID) -> None:
        """Show a competence in the editor (and select it in the list)."""
        self._current_id = competence_id
        self.load(self.draft.record)

    def focus_issue(self, issue: Issue) -> bool:
        """Select the competence an issue is about and focus its field; False when unknown."""
        if issue.entity_id is not None:
            if find_item(self.draft.record.competences, issue.entity_id) is None:
                return False
            self.select(issue.entity_id)
        fields: dict[str, QWidget] = {
            "competences": self.add_button,
            "competences.statement": self.statement_edit,
            "competences.context": self.context_edit,
            "competences.level": self.level_combo,
            "competences.experience_ids": self.experience_list,
            "competences.episode_ids": self.episode_list,
            "competences.evidence": self.evidence_list,
            "competences.strength": self.strength_check,
        }
        target = fields.get(issue.field)
        if target is None or not target.isEnabled():
            return False
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _successor(self, visible: list[UUID]) -> UUID | None:
        # The competence shown is gone (removed, or its addition undone): show the one that
        # took its place in the list, so the advisor's eyes stay where they were.
        previous = [row.id for row in self._rows]
        index = previous.index(self._current_id) if self._current_id in previous else 0
        if not visible:
            return None
        return visible[min(index, len(visible) - 1)]

    def _list_rows(self, record: BalanceRecord, issues: list[Issue]) -> list[ListRow]:
        problems: dict[UUID, str] = {}
        for issue in issues:
            if issue.entity_id is not None and issue.severity is not Severity.RECOMMENDED:
                problems.setdefault(issue.entity_id, issue_text(issue))
        shown = self.filter_combo.current_value()
        competences = sorted(
            (
                c
                for c in record.competences
                # The competence being edited stays listed even when its kind is filtered out
                # (changing its type must not make it vanish from under the advisor).
                if shown is None or c.kind is shown or c.id == self._current_id
            ),
            key=lambda c: _KIND_ORDER[c.kind],
        )
        rows = []
        for c in competences:
            statement = c.statement.strip() or self.tr("(no statement yet)")
            details = " · ".join(
                part
                for part in (
                    enum_text(c.kind),
                    self._level_text(c.level) if c.level is not None else "",
                    enum_text(c.status),
                )
                if part
            )
            problem = problems.get(c.id)
            rows.append(
                ListRow(c.id, statement, problem or details, statement, problem is not None)
            )
        return rows

    def _fill_list(self, rows: list[ListRow]) -> None:
        self._rows = sync_list(self.competence_list, rows, self._rows, self._current_id)

    def _fill_editor(self, record: BalanceRecord) -> None:
        competence = find_item(record.competences, self._current_id) if self._current_id else None
        self.editor.setVisible(competence is not None)
        self._empty_label.setVisible(competence is None)
        self.remove_button.setEnabled(competence is not None)
        if competence is None:
            self._editor_id = None
            return
        same = self._editor_id == competence.id
        if not same:
            # Another competence: an earlier cut belongs to the one shown before.
            self.statement_edit.reset_cut()
            self.context_edit.reset_cut()
            self._editor_id = competence.id
        c = competence
        if self.kind_combo.current_value() is not c.kind:
            self.kind_combo.select_value(c.kind)
        _set_line(self.statement_edit, c.statement, keep_cursor=same)
        _set_line(self.context_edit, c.context or "", keep_cursor=same)
        if self.level_combo.currentIndex() < 0 or self.level_combo.current_value() != c.level:
            self.level_combo.select_value(c.level)
        if self.status_combo.current_value() is not c.status:
            self.status_combo.select_value(c.status)
        self._fill_checklist(
            self.experience_list,
            "_experience_rows",
            [self._experience_row(e) for e in record.experiences],
            set(c.experience_ids),
        )
        experiences = {e.id: e for e in record.experiences}
        episodes = [e for e in record.episodes if not e.discarded or e.id in c.episode_ids]
        self._fill_checklist(
            self.episode_list,
            "_episode_rows",
            [self._episode_row(e, experiences.get(e.experience_id)) for e in episodes],
            set(c.episode_ids),
        )
        self._fill_checklist(
            self.evidence_list,
            "_evidence_rows",
            [self._evidence_row(e) for e in record.evidence],
            {e.id for e in record.evidence if c.id in e.competence_ids},
        )
        self._show_catalogue_line(c)
        _set_checked(self.strength_check, c.strength)
        _set_checked(self.relevant_check, c.relevant_to_goal)

    def _evidence_row(self, evidence: Evidence) -> tuple[UUID, str, str]:
        title = evidence.title.strip() or self.tr("(evidence without a title)")
        return evidence.id, title, " · ".join((title, enum_text(evidence.kind)))

    def catalogue_text(self, competence: Competence) -> str:
        """The read-only line naming a competence's catalogue entry ("" when it has none).

        A ref this catalogue does not know (a newer catalogue's, or a typo in an imported
        document) or a retired one is shown as such; the competence's own statement stays.
        """
        ref = competence.catalogue_ref
        if not ref:
            return ""
        language = current_language()
        catalogue = self._catalogue
        entry = catalogue.resolve(ref) if catalogue is not None else None
        if catalogue is None or not isinstance(entry, CompetenceEntry):
            return self.tr("From the catalogue: {ref} (not in this catalogue version)").format(
                ref=ref
            )
        category = competence.category or entry.category
        with contextlib.suppress(KeyError):  # a newer catalogue's category: show its code
            category = catalogue.category(category).name(language)
        text = self.tr("From the catalogue: {name} ({category})").format(
            name=entry.name(language), category=category
        )
        if entry.retired_in:
            text = " ".join(
                (
                    text,
                    self.tr("– no longer offered since version {version}").format(
                        version=entry.retired_in
                    ),
                )
            )
        return text

    def _show_catalogue_line(self, competence: Competence) -> None:
        text = self.catalogue_text(competence)
        if text != self.catalogue_line.text():
            self.catalogue_line.setText(text)
        self.catalogue_line.setVisible(bool(text))

    def _experience_row(self, experience: Experience) -> tuple[UUID, str, str]:
        title = experience.title.strip() or self.tr("(experience without a title)")
        details = " · ".join(
            part for part in (enum_text(experience.area), experience.organisation) if part
        )
        return experience.id, title, " · ".join(part for part in (title, details) if part)

    def _episode_row(
        self, episode: Episode, experience: Experience | None
    ) -> tuple[UUID, str, str]:
        title = story_name(self.draft.record, episode)
        if experience is not None and experience.title.strip():
            title = f"{title} — {experience.title.strip()}"
        if episode.discarded:
            title = self.tr("{title} (discarded)").format(title=title)
        missing = len(episode.missing_star_parts)
        draft = self.tr("Draft: %n STAR part(s) missing", "", missing) if missing else ""
        return episode.id, title, "\n".join(part for part in (title, draft) if part)

    def _fill_checklist(
        self,
        widget: QListWidget,
        attribute: str,
        rows: list[tuple[UUID, str, str]],
        checked: set[UUID],
    ) -> None:
        widget.blockSignals(True)
        try:
            if rows != getattr(self, attribute):
                current = widget.currentRow()
                widget.clear()
                for _id, text, tooltip in rows:
                    item = QListWidgetItem(text)
                    item.setToolTip(tooltip)
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsUserCheckable
                    )
                    item.setCheckState(Qt.CheckState.Unchecked)
                    widget.addItem(item)
                setattr(self, attribute, rows)
                if rows:
                    widget.setCurrentRow(min(max(current, 0), len(rows) - 1))
            for index, (item_id, _text, _tooltip) in enumerate(rows):
                state = Qt.CheckState.Checked if item_id in checked else Qt.CheckState.Unchecked
                item = widget.item(index)
                if item.checkState() != state:
                    item.setCheckState(state)
        finally:
            widget.blockSignals(False)

    # --- notes and hints ----------------------------------------------------------------------

    def _refresh_notes(self, issues: list[Issue] | None = None) -> None:
        issues = self.issues() if issues is None else issues
        page: tuple[list[str], list[str]] = ([], [])
        notes: dict[str, tuple[list[str], list[str]]] = {key: ([], []) for key in self._notes}
        field_keys = {
            "competences.experience_ids": "experiences",
            "competences.episode_ids": "episodes",
        }
        for issue in issues:
            soft = issue.severity in (Severity.INCOMPLETE, Severity.RECOMMENDED)
            if issue.entity_id is None:
                target = page
            elif issue.entity_id != self._current_id:
                continue
            else:
                key = field_keys.get(issue.field, issue.field.removeprefix("competences."))
                target = notes.get(key, page)
            (target[1] if soft else target[0]).append(issue_text(issue))
        for key, field in (("statement", self.statement_edit), ("context", self.context_edit)):
            if field.was_cut:
                notes[key][0].insert(0, field.cut_message())
        for key, (errors, hints) in notes.items():
            self._notes[key].set_notes(errors, hints)
        self._page_note.set_notes(*page)
        self._refresh_hint()

    def _refresh_hint(self) -> None:
        competence = (
            find_item(self.draft.record.competences, self._current_id) if self._current_id else None
        )
        texts: list[str] = []
        if competence is not None and self._rules is not None:
            hints = statement_hints(competence.statement, competence.kind, self._rules)
            typing_first_word = self.statement_edit.hasFocus() and not any(
                c.isspace() for c in competence.statement.strip()
            )
            for hint in hints:
                if typing_first_word and hint.code is not HintCode.VAGUE_PHRASE:
                    continue  # "Obs" is not a verb yet: wait until the first word is complete
                texts.append(self._hint_text(hint, competence.kind))
        text = "\n".join(texts[:_MAX_HINTS])
        if text != self.wording_hint.text():
            self.wording_hint.setText(text)
        self.wording_hint.setVisible(bool(text))
        note = self._notes["statement"]
        note_text = "" if note.isHidden() else note.text()
        self.statement_edit.setAccessibleDescription(
            "\n".join(part for part in (note_text, text) if part)
        )

    def wording_hint_text(self) -> str:
        """The wording hint shown under the statement ("" when none)."""
        return "" if self.wording_hint.isHidden() else self.wording_hint.text()

    def note_text(self, key: str) -> str:
        """The note shown under a field (``"statement"``, ``"experiences"``, …) or the page."""
        note = self._page_note if key == "page" else self._notes[key]
        return "" if note.isHidden() else note.text()

    def _kind_advice(self, kind: CompetenceKind, examples: str) -> str:
        texts = {
            CompetenceKind.KNOWLEDGE: self.tr(
                "Knowledge says what the person knows or understands, e.g. {examples}"
            ),
            CompetenceKind.SKILL: self.tr("A skill says what the person does, e.g. {examples}"),
            CompetenceKind.SOCIAL: self.tr(
                "A social competence says what the person is ready to do or takes care of, "
                "e.g. {examples}"
            ),
        }
        return texts[kind].format(examples=examples)

    def _hint_text(self, hint: WordingHint, kind: CompetenceKind) -> str:
        """Word a hint of the Qt-free wording rules in the UI language."""
        examples = ", ".join(s if s.endswith("…") else f"{s}…" for s in hint.suggestions[:3])
        word = hint.word
        if hint.code is HintCode.FIRST_PERSON:
            third = hint.suggestions[0] if hint.suggestions else ""
            return self.tr("Tip: write in the third person: “{third}” instead of “{word}”.").format(
                third=third, word=word
            )
        if hint.code is HintCode.NO_OPERATIONAL_VERB:
            return " ".join(
                (
                    self.tr("Tip: start with an operational verb, an action others can observe."),
                    self._kind_advice(kind, examples),
                )
            )
        if hint.code is HintCode.VERB_OF_OTHER_KIND:
            word_kind = min(hint.word_kinds, key=lambda k: _KIND_ORDER[k])
            belongs = {
                CompetenceKind.KNOWLEDGE: self.tr("Tip: “{word}” describes knowledge."),
                CompetenceKind.SKILL: self.tr("Tip: “{word}” describes a skill."),
                CompetenceKind.SOCIAL: self.tr("Tip: “{word}” describes a social competence."),
            }[word_kind].format(word=word)
            return " ".join(
                (belongs, self._kind_advice(kind, examples), self.tr("Or change the type."))
            )
        reasons = {
            VagueAdvice.UNOBSERVABLE: self.tr("Tip: “{word}” cannot be observed or checked."),
            VagueAdvice.PREFERENCE: self.tr(
                "Tip: “{word}” says what the person likes, not what they can do."
            ),
            VagueAdvice.TRAIT: self.tr(
                "Tip: “{word}” names a trait; describe the behaviour that shows it."
            ),
            VagueAdvice.TOO_GENERAL: self.tr(
                "Tip: “{word}” alone is ambiguous; add with whom, where or in what situation."
            ),
        }
        text = reasons[hint.advice or VagueAdvice.UNOBSERVABLE].format(word=word)
        if examples:
            text = " ".join(
                (text, self.tr("Write instead, e.g. {examples}").format(examples=examples))
            )
        return text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-check the wording when the advisor leaves the statement (typing is over)."""
        if watched is self.statement_edit and event.type() == QEvent.Type.FocusOut:
            self._refresh_hint()
        return super().eventFilter(watched, event)

    # --- actions ------------------------------------------------------------------------------

    def add_competence(self, kind: CompetenceKind | None = None) -> UUID:
        """Add an empty competence, select it and put the cursor in its statement.

        Args:
            kind: Its kind; by default the kind the list is filtered by, else a skill.
        """
        kind = kind or self.filter_combo.current_value() or CompetenceKind.SKILL
        new_id = self._new_id()
        self.draft.edit(self.tr("Add a competence"), lambda r: new_competence(r, new_id, kind)[0])
        self.select(new_id)
        self.statement_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return new_id

    def add_from_episode(self, episode_id: UUID) -> UUID:
        """Create a competence from a STAR story, linked to it and to its experience.

        The competence is selected and the cursor put in its statement; call this with the page
        shown (the keyboard focus follows it).

        Raises:
            KeyError: The balance has no episode ``episode_id``.
        """
        if find_item(self.draft.record.episodes, episode_id) is None:
            raise KeyError(f"no episode {episode_id} in this balance")
        new_id = self._new_id()
        self.draft.edit(
            self.tr("Add a competence from a story"),
            lambda r: new_competence_from_episode(r, episode_id, new_id)[0],
        )
        self.select(new_id)
        self.statement_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return new_id

    def add_from_catalogue(self) -> UUID | None:
        """Ask for a catalogue competence and add it (or fill the selected empty one).

        Returns:
            The ID of the filled competence, or None when nothing was picked.
        """
        if self._catalogue is None:
            return None
        entry = catalogue_dialog.CompetencePickerDialog.ask(
            self, self._catalogue, kind=self.filter_combo.current_value()
        )
        if entry is None:
            return None
        return self.use_catalogue_entry(entry)

    def use_catalogue_entry(self, entry: CompetenceEntry) -> UUID:
        """Start a competence from a catalogue entry as one undo step; select it.

        The selected competence is filled when its statement is still empty, otherwise a new
        one is added.
        """
        current = (
            find_item(self.draft.record.competences, self._current_id) if self._current_id else None
        )
        target = current.id if current is not None and not current.statement.strip() else None
        competence_id = target or self._new_id()
        statement = catalogue_statement(entry, current_language())
        self.draft.edit(
            self.tr("Add a competence from the catalogue"),
            lambda r: competence_from_catalogue(r, competence_id, entry, statement),
        )
        self.select(competence_id)
        self.statement_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return competence_id

    def remove_current(self) -> bool:
        """Ask, then remove the selected competence and every link to it; True when removed."""
        competence = (
            find_item(self.draft.record.competences, self._current_id) if self._current_id else None
        )
        if competence is None:
            return False
        statement = competence.statement.strip() or self.tr("(no statement yet)")
        confirmed = dialogs.confirm(
            self,
            self.tr("Remove competence"),
            self.tr(
                "Remove the competence “{statement}”?\n\nIts links to evidence and to the plan "
                "are removed too. Undo (Ctrl+Z) brings it back."
            ).format(statement=statement),
            yes_text=self.tr("Remove"),
            no_text=self.tr("Keep"),
        )
        if not confirmed:
            return False
        self.draft.edit(
            self.tr("Remove a competence"), lambda r: remove_competence(r, competence.id)
        )
        self.load(self.draft.record)
        target = self.competence_list if self._current_id else self.add_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # --- edits --------------------------------------------------------------------------------

    def _edit_current(
        self, text: str, change: Callable[[Competence], Competence], field: str | None = None
    ) -> None:
        competence_id = self._current_id
        if self._loading or competence_id is None:
            return

        def apply(record: BalanceRecord) -> BalanceRecord:
            competences = update_item(record.competences, competence_id, change)
            return dataclasses.replace(record, competences=competences)

        merge_key = f"competence:{competence_id}:{field}" if field else None
        self.draft.edit(text, apply, merge_key=merge_key)

    def _current_row_changed(self, row: int) -> None:
        if self._loading or not 0 <= row < len(self._rows):
            return
        self.select(self._rows[row].id)

    def _kind_changed(self) -> None:
        kind = self.kind_combo.current_value()
        if kind is not None:
            self._edit_current(
                self.tr("Change the type of a competence"),
                lambda c: dataclasses.replace(c, kind=kind),
            )

    def _statement_changed(self, text: str) -> None:
        self._edit_current(
            self.tr("Edit a competence statement"),
            lambda c: dataclasses.replace(c, statement=text),
            "statement",
        )

    def _context_changed(self, text: str) -> None:
        self._edit_current(
            self.tr("Edit the context of a competence"),
            lambda c: dataclasses.replace(c, context=text or None),
            "context",
        )

    def _level_changed(self) -> None:
        level = self.level_combo.current_value()
        self._edit_current(
            self.tr("Change the level of a competence"),
            lambda c: dataclasses.replace(c, level=level),
        )

    def _status_changed(self) -> None:
        status = self.status_combo.current_value()
        if status is not None:
            self._edit_current(
                self.tr("Change the status of a competence"),
                lambda c: dataclasses.replace(c, status=status),
            )

    def _strength_toggled(self, on: bool) -> None:
        self._edit_current(
            self.tr("Mark a strength"), lambda c: dataclasses.replace(c, strength=on)
        )

    def _relevant_toggled(self, on: bool) -> None:
        self._edit_current(
            self.tr("Mark a competence relevant to the goal"),
            lambda c: dataclasses.replace(c, relevant_to_goal=on),
        )

    def _experience_toggled(self, item: QListWidgetItem) -> None:
        row = self.experience_list.row(item)
        if self._loading or not 0 <= row < len(self._experience_rows):
            return
        experience_id = self._experience_rows[row][0]
        on = item.checkState() == Qt.CheckState.Checked
        self._edit_current(
            self.tr("Link an experience") if on else self.tr("Unlink an experience"),
            lambda c: dataclasses.replace(
                c, experience_ids=_toggled(c.experience_ids, experience_id, on)
            ),
        )

    def _episode_toggled(self, item: QListWidgetItem) -> None:
        row = self.episode_list.row(item)
        if self._loading or not 0 <= row < len(self._episode_rows):
            return
        episode_id = self._episode_rows[row][0]
        on = item.checkState() == Qt.CheckState.Checked
        episode = find_item(self.draft.record.episodes, episode_id)
        known = {e.id for e in self.draft.record.experiences}

        def change(c: Competence) -> Competence:
            c = dataclasses.replace(c, episode_ids=_toggled(c.episode_ids, episode_id, on))
            # A story belongs to an experience: linking the story traces the competence to
            # that experience too (unlinking leaves the experience, the advisor decides).
            if on and episode is not None and episode.experience_id in known:
                experience_ids = _toggled(c.experience_ids, episode.experience_id, True)
                c = dataclasses.replace(c, experience_ids=experience_ids)
            return c

        self._edit_current(self.tr("Link a story") if on else self.tr("Unlink a story"), change)

    def _evidence_toggled(self, item: QListWidgetItem) -> None:
        row = self.evidence_list.row(item)
        competence_id = self._current_id
        if self._loading or competence_id is None or not 0 <= row < len(self._evidence_rows):
            return
        evidence_id = self._evidence_rows[row][0]
        on = item.checkState() == Qt.CheckState.Checked
        self.draft.edit(
            self.tr("Link evidence") if on else self.tr("Unlink evidence"),
            lambda r: set_link(r, evidence_id, competence_id, on),
            merge_key=f"competence:{competence_id}:evidence:{evidence_id}",
        )


def _toggled(ids: tuple[UUID, ...], item_id: UUID, on: bool) -> tuple[UUID, ...]:
    if on:
        return ids if item_id in ids else (*ids, item_id)
    return tuple(i for i in ids if i != item_id)


def _set_line(field: BoundedLineEdit, text: str, *, keep_cursor: bool) -> None:
    # setText moves the cursor to the end: only when the record really holds something else.
    # After an undo the cursor stays where it was, as far as the restored text allows.
    if field.text() != text:
        position = field.cursorPosition()
        field.setText(text)
        # Another competence starts at its beginning (the verb is what matters).
        field.setCursorPosition(min(position, len(text)) if keep_cursor else 0)


def _set_checked(box: QCheckBox, on: bool) -> None:
    if box.isChecked() != on:
        box.setChecked(on)
