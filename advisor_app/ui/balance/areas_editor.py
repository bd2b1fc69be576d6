"""The "Development areas" part of the plan stage: target, gap analysis, areas, profile chart.

The advisor picks what the goal requires (a qualification from the catalogue, or requirements
typed one per line from a job offer), sees which competences and evidence cover each of them
(:mod:`advisor_app.domain.gaps`), turns the uncovered ones into development areas, and edits
the areas. The competence profile (kind or category × level) is drawn as bars with the same
numbers in a table.

Job-offer lines and the advisor's own requirement→competence links live only while the balance
is open: the balance document has no field for them (what the advisor concludes from them, the
development areas, is saved).
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Sequence
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisor_app.domain.editing import add_item, find_item, move_item, update_item
from advisor_app.domain.entities import BalanceRecord, Competence, DevelopmentArea
from advisor_app.domain.enums import CompetenceKind, Priority, RequirementSource
from advisor_app.domain.gaps import (
    LEVELS,
    CoverageStatus,
    ProfileRow,
    Requirement,
    RequirementCoverage,
    competence_profile,
    coverage,
    remove_development_area,
    requirements_from_lines,
    suggest_areas,
)
from advisor_app.domain.issues import Issue
from advisor_app.services.clock import IdFactory
from advisor_app.ui import dialogs
from advisor_app.ui.balance.draft import BalanceDraft
from advisor_app.ui.balance.gap_analysis import PlanReference, ProfileChart
from advisor_app.ui.balance.text_fields import FieldNote, LinesEdit, muted_color, notes_by_field
from advisor_app.ui.balance.two_line_delegate import (
    ListRow,
    TwoLineDelegate,
    sync_list,
)
from advisor_app.ui.enum_text import enum_text
from advisor_app.ui.issue_text import issue_text
from advisor_app.ui.widgets import BoundedLineEdit, ChoiceCombo, strip_mnemonic

__all__ = [
    "JOB_OFFER",
    "AreasEditor",
    "TwoLineFitDelegate",
    "checklist",
    "fill_checklist",
    "set_line",
]

# The target value meaning "requirements typed from a job offer" (not a catalogue ref).
JOB_OFFER = "\0job-offer"


class _FitWidthDelegate(QStyledItemDelegate):
    """Rows as wide as the list, so long texts are elided instead of cut off."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """The usual height; the list gives every row its full width."""
        return QSize(1, super().sizeHint(option, index).height())


class TwoLineFitDelegate(TwoLineDelegate):
    """Two lines per item, never wider than the list."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """As tall as two lines; the list gives every row its full width."""
        return QSize(1, super().sizeHint(option, index).height())


def checklist(name: str, rows: int) -> QListWidget:
    """A list of checkable items (links), ``rows`` lines tall, ticks only (no selection look)."""
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setUniformItemSizes(True)
    widget.setItemDelegate(_FitWidthDelegate(widget))
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    # Ticks are the state; a highlighted row would look like a second kind of choice.
    widget.setSelectionMode(QListWidget.SelectionMode.NoSelection)
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    row_height = widget.fontMetrics().height() + 8
    widget.setFixedHeight(row_height * rows + 2 * widget.frameWidth() + 4)
    return widget


def fill_checklist(
    widget: QListWidget, rows: Sequence[tuple[UUID, str]], checked: set[UUID]
) -> list[UUID]:
    """Show ``rows`` (id, text) with the ``checked`` ones ticked; keeps the current row.

    Returns:
        The IDs in row order (the caller maps a toggled row back to its item).
    """
    widget.blockSignals(True)
    try:
        texts = [widget.item(i).text() for i in range(widget.count())]
        if texts != [text for _id, text in rows]:
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
                item.setCheckState(Qt.CheckState.Unchecked)  # shows the box from the start
                widget.addItem(item)
            if rows:
                widget.setCurrentRow(min(max(current, 0), len(rows) - 1))
        for index, (item_id, _text) in enumerate(rows):
            state = Qt.CheckState.Checked if item_id in checked else Qt.CheckState.Unchecked
            item = widget.item(index)
            if item.checkState() != state:
                item.setCheckState(state)
    finally:
        widget.blockSignals(False)
    return [item_id for item_id, _text in rows]


def set_line(field: BoundedLineEdit, text: str, *, keep_cursor: bool) -> None:
    """Show ``text`` unless the field already holds it (the cursor stays where it was)."""
    if field.text() != text:
        position = field.cursorPosition()
        field.setText(text)
        field.setCursorPosition(min(position, len(text)) if keep_cursor else 0)


def toggled(ids: tuple[UUID, ...], item_id: UUID, on: bool) -> tuple[UUID, ...]:
    """``ids`` with ``item_id`` added (at the end) or removed."""
    if on:
        return ids if item_id in ids else (*ids, item_id)
    return tuple(i for i in ids if i != item_id)


def competence_label(competence: Competence) -> str:
    """A competence as one line: its statement (or a placeholder) and its kind."""
    statement = competence.statement.strip() or QCoreApplication.translate(
        "AreasEditor", "(no statement yet)"
    )
    return f"{statement} ({enum_text(competence.kind)})"


def status_text(status: CoverageStatus) -> str:
    """The coverage status in words, with a sign that does not rely on colour."""
    return {
        CoverageStatus.NONE: QCoreApplication.translate("AreasEditor", "✗ Not covered"),
        CoverageStatus.DECLARED: QCoreApplication.translate("AreasEditor", "◐ Declared"),
        CoverageStatus.EVIDENCED: QCoreApplication.translate("AreasEditor", "✓ Evidenced"),
    }[status]


class AreasEditor(QWidget):
    """Target, gap analysis, development areas and the competence profile.

    Args:
        draft: The open balance.
        reference: Qualifications and their learning outcomes.
        new_id: Creates the IDs of new areas.
        issues: Returns the plan stage's current issues.
        parent: Parent widget.
    """

    def __init__(
        self,
        draft: BalanceDraft,
        reference: PlanReference,
        new_id: IdFactory,
        issues: Callable[[], list[Issue]],
        parent: QWidget | None = None,
    ) -> None:
        """Build the widgets (the owning page loads the record)."""
        super().__init__(parent)
        self.setObjectName("areasEditor")
        self.draft = draft
        self._reference = reference
        self._new_id = new_id
        self._issues = issues
        self._loading = False
        self._job_offer_text = ""
        self._links: dict[str, set[UUID]] = {}
        self._coverage: tuple[RequirementCoverage, ...] = ()
        self._link_ids: list[UUID] = []
        self._area_ids: list[UUID] = []
        self._area_rows: list[ListRow] = []
        self._current_area: UUID | None = None
        self._labels: dict[str, QLabel] = {}
        self._notes: dict[str, FieldNote] = {}
        self._build()

    # --- construction -------------------------------------------------------------------------

    def _label(self, key: str, field: QWidget) -> QLabel:
        label = QLabel()
        label.setObjectName(f"{key}Label")
        label.setBuddy(field)
        self._labels[key] = label
        return label

    def _row(self, form: QFormLayout, key: str, field: QWidget) -> None:
        note = FieldNote(field)
        note.setObjectName(f"{key}Note")
        cell = QVBoxLayout()
        cell.setContentsMargins(0, 0, 0, 0)
        cell.setSpacing(2)
        cell.addWidget(field)
        cell.addWidget(note)
        form.addRow(self._label(key, field), cell)
        self._notes[key] = note

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build(self) -> None:
        # Target and requirements.
        self.target_combo = ChoiceCombo()
        self.target_combo.setObjectName("targetCombo")
        self.target_combo.currentIndexChanged.connect(self._target_changed)
        self.requirements_edit = LinesEdit(visible_lines=5)
        self.requirements_edit.setObjectName("requirementsEdit")
        self.requirements_edit.text_was_edited.connect(self._requirements_edited)
        self.prerequisites_label = QLabel()
        self.prerequisites_label.setObjectName("prerequisitesLabel")
        self.prerequisites_label.setWordWrap(True)
        self.prerequisites_label.setTextFormat(Qt.TextFormat.PlainText)
        target_form = QFormLayout()
        target_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        target_form.addRow(self._label("target", self.target_combo), self.target_combo)
        self._requirements_label = self._label("requirements", self.requirements_edit)
        target_form.addRow(self._requirements_label, self.requirements_edit)
        target_form.addRow("", self.prerequisites_label)

        # Coverage.
        self.coverage_table = QTableWidget(0, 4)
        self.coverage_table.setObjectName("coverageTable")
        self.coverage_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.coverage_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.coverage_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.coverage_table.setTabKeyNavigation(False)
        self.coverage_table.setWordWrap(True)
        self.coverage_table.verticalHeader().setVisible(False)
        header = self.coverage_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.coverage_table.setMinimumHeight(self.fontMetrics().height() * 10)
        self.coverage_table.currentCellChanged.connect(lambda *_args: self._refresh_links())
        self._coverage_label = self._label("coverage", self.coverage_table)
        self.links_list = checklist("coverageLinks", 4)
        self.links_list.itemChanged.connect(self._link_toggled)
        self._links_label = self._label("links", self.links_list)
        self.coverage_summary = QLabel()
        self.coverage_summary.setObjectName("coverageSummary")
        self.coverage_summary.setWordWrap(True)
        self.suggest_button = self._button("suggestAreasButton", self.suggest_areas)
        self.suggest_result = QLabel()
        self.suggest_result.setObjectName("suggestResult")
        self.suggest_result.setWordWrap(True)
        suggest_row = QHBoxLayout()
        suggest_row.addWidget(self.suggest_button)
        suggest_row.addWidget(self.suggest_result, 1)

        self._gap_box = QGroupBox()
        self._gap_box.setObjectName("gapAnalysisBox")
        gap_layout = QVBoxLayout(self._gap_box)
        gap_layout.addLayout(target_form)
        gap_layout.addWidget(self._coverage_label)
        gap_layout.addWidget(self.coverage_table)
        gap_layout.addWidget(self.coverage_summary)
        gap_layout.addWidget(self._links_label)
        gap_layout.addWidget(self.links_list)
        gap_layout.addLayout(suggest_row)

        # Areas: list and editor.
        self.area_list = QListWidget()
        self.area_list.setObjectName("areaList")
        self.area_list.setItemDelegate(TwoLineFitDelegate(self.area_list))
        self.area_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area_list.setMinimumHeight(self.fontMetrics().height() * 9)
        self.area_list.currentRowChanged.connect(self._area_row_changed)
        self._area_list_label = self._label("areas", self.area_list)
        self.add_area_button = self._button("addAreaButton", self.add_area)
        self.remove_area_button = self._button("removeAreaButton", self.remove_current_area)
        self.area_up_button = self._button("areaUpButton", lambda: self.move_current_area(-1))
        self.area_down_button = self._button("areaDownButton", lambda: self.move_current_area(1))
        area_buttons = QHBoxLayout()
        for button in (
            self.add_area_button,
            self.remove_area_button,
            self.area_up_button,
            self.area_down_button,
        ):
            area_buttons.addWidget(button)
        area_buttons.addStretch(1)

        self.gap_edit = BoundedLineEdit()
        self.gap_edit.setObjectName("gapEdit")
        self.gap_edit.textChanged.connect(self._gap_changed)
        self.source_combo = ChoiceCombo()
        self.source_combo.setObjectName("requirementSourceCombo")
        self.source_combo.set_choices([None, *RequirementSource])
        self.source_combo.currentIndexChanged.connect(self._source_changed)
        self.ref_edit = BoundedLineEdit()
        self.ref_edit.setObjectName("requirementRefEdit")
        self.ref_edit.textChanged.connect(self._ref_changed)
        self.target_competence_edit = BoundedLineEdit()
        self.target_competence_edit.setObjectName("targetCompetenceEdit")
        self.target_competence_edit.textChanged.connect(self._target_competence_changed)
        self.priority_combo = ChoiceCombo()
        self.priority_combo.setObjectName("priorityCombo")
        self.priority_combo.set_choices([None, *Priority])
        self.priority_combo.currentIndexChanged.connect(self._priority_changed)
        area_form = QFormLayout()
        area_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(area_form, "gap", self.gap_edit)
        self._row(area_form, "requirement_source", self.source_combo)
        self._row(area_form, "requirement_ref", self.ref_edit)
        self._row(area_form, "target_competence", self.target_competence_edit)
        self._row(area_form, "priority", self.priority_combo)
        self.area_editor = QWidget()
        self.area_editor.setObjectName("areaEditor")
        self.area_editor.setLayout(area_form)
        self._no_area = QLabel()
        self._no_area.setObjectName("noAreaLabel")
        self._no_area.setWordWrap(True)
        self._areas_note = FieldNote(self.area_list)
        self._areas_note.setObjectName("areasNote")

        self._areas_box = QGroupBox()
        self._areas_box.setObjectName("areasBox")
        areas_layout = QHBoxLayout(self._areas_box)
        left = QVBoxLayout()
        left.addWidget(self._area_list_label)
        left.addWidget(self.area_list, 1)
        left.addWidget(self._areas_note)
        left.addLayout(area_buttons)
        right = QVBoxLayout()
        right.addWidget(self._no_area)
        right.addWidget(self.area_editor)
        right.addStretch(1)
        areas_layout.addLayout(left, 2)
        areas_layout.addLayout(right, 3)

        # Competence profile.
        self.group_combo = ChoiceCombo()
        self.group_combo.setObjectName("profileGroupCombo")
        self.group_combo.set_choices([False, True])
        self.group_combo.setCurrentIndex(0)
        self.group_combo.currentIndexChanged.connect(lambda _i: self._fill_profile())
        self.chart = ProfileChart()
        self.chart.setObjectName("profileChart")
        self.profile_table = QTableWidget(0, len(LEVELS) + 2)
        self.profile_table.setObjectName("profileTable")
        self.profile_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.profile_table.setTabKeyNavigation(False)
        self.profile_table.verticalHeader().setVisible(False)
        self.profile_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.profile_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.profile_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.profile_table.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        group_row = QHBoxLayout()
        group_row.addWidget(self._label("group", self.group_combo))
        group_row.addWidget(self.group_combo)
        group_row.addStretch(1)
        self._profile_box = QGroupBox()
        self._profile_box.setObjectName("profileBox")
        profile_layout = QVBoxLayout(self._profile_box)
        profile_layout.addLayout(group_row)
        charts = QHBoxLayout()
        charts.addWidget(self.chart, 1)
        charts.addWidget(self.profile_table, 0, Qt.AlignmentFlag.AlignTop)
        profile_layout.addLayout(charts)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self._gap_box)
        layout.addWidget(self._areas_box)
        layout.addWidget(self._profile_box)
        layout.addStretch(1)

    def tab_chain(self) -> list[QWidget]:
        """The focusable widgets in visual (and Tab) order."""
        return [
            self.target_combo,
            self.requirements_edit,
            self.coverage_table,
            self.links_list,
            self.suggest_button,
            self.area_list,
            self.add_area_button,
            self.remove_area_button,
            self.area_up_button,
            self.area_down_button,
            self.gap_edit,
            self.source_combo,
            self.ref_edit,
            self.target_competence_edit,
            self.priority_combo,
            self.group_combo,
            self.profile_table,
        ]

    def chain_tab_order(self) -> None:
        """Set the Tab order to :meth:`tab_chain`."""
        for first, second in itertools.pairwise(self.tab_chain()):
            QWidget.setTabOrder(first, second)

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self._gap_box.setTitle(self.tr("Gap analysis"))
        self._areas_box.setTitle(self.tr("Development areas"))
        self._profile_box.setTitle(self.tr("Competence profile"))
        texts = {
            "target": self.tr("&Target"),
            "requirements": self.tr("Re&quirements (one per line)"),
            "coverage": self.tr("Co&verage of the requirements"),
            "links": self.tr("Co&mpetences covering the selected requirement"),
            "areas": self.tr("&Areas"),
            "gap": self.tr("Gap (&what is missing)"),
            "requirement_source": self.tr("Requirement so&urce"),
            "requirement_ref": self.tr("&Reference of the requirement"),
            "target_competence": self.tr("Target &competence"),
            "priority": self.tr("Pr&iority"),
            "group": self.tr("Gr&oup by"),
        }
        names = {
            "coverage": self.tr("Coverage of the requirements"),
            "links": self.tr("Competences covering the selected requirement"),
            "areas": self.tr("Development areas"),
            "group": self.tr("Group the competence profile by"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
            self._labels[key].buddy().setAccessibleName(names.get(key, strip_mnemonic(text)))
        self.requirements_edit.setPlaceholderText(
            self.tr("Paste or type the requirements of the job offer, one per line")
        )
        self.requirements_edit.setToolTip(
            self.tr(
                "Kept while the balance is open; the development areas made from them are saved."
            )
        )
        self.coverage_table.setHorizontalHeaderLabels(
            [
                self.tr("Requirement"),
                self.tr("Covered by competences"),
                self.tr("Evidence"),
                self.tr("Status"),
            ]
        )
        self.links_list.setToolTip(
            self.tr(
                "Tick the competences that meet the selected requirement. Competences with the "
                "requirement's catalogue reference count without a tick. Kept while the "
                "balance is open."
            )
        )
        self.suggest_button.setText(self.tr("&Suggest areas for uncovered"))
        self.suggest_button.setAccessibleName(
            self.tr("Suggest development areas for uncovered requirements")
        )
        self.add_area_button.setText(self.tr("&New area"))
        self.add_area_button.setAccessibleName(self.tr("Add a development area"))
        self.remove_area_button.setText(self.tr("Remove area…"))
        self.remove_area_button.setAccessibleName(self.tr("Remove the selected development area"))
        self.area_up_button.setText(self.tr("Move up"))
        self.area_up_button.setAccessibleName(self.tr("Move the selected area up"))
        self.area_down_button.setText(self.tr("Move down"))
        self.area_down_button.setAccessibleName(self.tr("Move the selected area down"))
        self.gap_edit.setPlaceholderText(self.tr("e.g. no experience with warehouse software"))
        self.source_combo.set_texts(lambda v: enum_text(v) if v else self.tr("Not given"))
        self.priority_combo.set_texts(lambda v: enum_text(v) if v else self.tr("Not given"))
        self.group_combo.set_texts(
            lambda v: self.tr("Category") if v else self.tr("Type (W, U, KS)")
        )
        self.chart.setAccessibleName(self.tr("Competence profile chart"))
        self.profile_table.setAccessibleName(self.tr("Competence profile table"))
        self._no_area.setText(
            self.tr(
                "No area is selected. Suggest areas from the gap analysis above or add one with "
                "“Add area”."
            )
        )
        palette = self.suggest_result.palette()
        palette.setColor(self.suggest_result.foregroundRole(), muted_color(palette))
        self.suggest_result.setPalette(palette)
        self.prerequisites_label.setPalette(palette)
        self.coverage_summary.setPalette(palette)
        self._area_ids = []  # re-render every text in the new language
        self._area_rows = []
        self.target_combo.set_choices([])

    # --- load ---------------------------------------------------------------------------------

    def load(self, record: BalanceRecord) -> None:
        """Show ``record``, keeping the selected area and what is being typed."""
        self._loading = True
        try:
            self._fill_target(record)
            self._fill_coverage(record)
            self._fill_areas(record)
            self._fill_profile()
        finally:
            self._loading = False
        self._refresh_notes()

    def _target_value(self, record: BalanceRecord) -> str:
        return record.balance.target_qualification_ref or JOB_OFFER

    def _fill_target(self, record: BalanceRecord) -> None:
        qualifications = list(self._reference.qualifications())
        names = {q.ref: q.name for q in qualifications}
        target = self._target_value(record)
        values = [JOB_OFFER, *names]
        if target not in values:
            values.append(target)  # a ref typed on the intro page, or from an older catalogue
        if self.target_combo.values() != values:
            self.target_combo.set_choices(values)

            def text(value: str) -> str:
                if value == JOB_OFFER:
                    return self.tr("Job offer requirements (typed)")
                if value in names:
                    return self.tr("Qualification: {name}").format(name=names[value])
                return self.tr("Qualification {ref} (not in the catalogue)").format(ref=value)

            self.target_combo.set_texts(text)
        if self.target_combo.current_value() != target:
            self.target_combo.select_value(target)
        job_offer = target == JOB_OFFER
        self.requirements_edit.setVisible(job_offer)
        self._requirements_label.setVisible(job_offer)
        if job_offer:
            self.requirements_edit.set_text(self._job_offer_text)
            self.prerequisites_label.setVisible(False)
        else:
            choice = next((q for q in qualifications if q.ref == target), None)
            prerequisites = choice.prerequisites if choice is not None else None
            self.prerequisites_label.setText(
                self.tr("Conditions for entering validation: {text}").format(
                    text=prerequisites or self.tr("no data")
                )
            )
            self.prerequisites_label.setVisible(True)

    def requirements(self, record: BalanceRecord | None = None) -> tuple[Requirement, ...]:
        """The requirements of the current target."""
        record = record or self.draft.record
        target = self._target_value(record)
        if target == JOB_OFFER:
            return requirements_from_lines(self._job_offer_text)
        return self._reference.qualification_requirements(target)

    def coverage(self) -> tuple[RequirementCoverage, ...]:
        """The coverage the table shows."""
        return self._coverage

    def _fill_coverage(self, record: BalanceRecord) -> None:
        self._coverage = coverage(record, self.requirements(record), self._links)
        competences = {c.id: c for c in record.competences}
        evidence = {e.id: e for e in record.evidence}
        table = self.coverage_table
        current = table.currentRow()
        table.blockSignals(True)
        try:
            table.setRowCount(len(self._coverage))
            for row, item in enumerate(self._coverage):
                covering = [competence_label(competences[i]) for i in item.competence_ids] or [
                    self.tr("—")
                ]
                proofs = [
                    evidence[i].title.strip() or self.tr("(untitled evidence)")
                    for i in item.evidence_ids
                ] or [self.tr("—")]
                cells = (
                    item.requirement.text,
                    "\n".join(covering),
                    "\n".join(proofs),
                    status_text(item.status),
                )
                for column, text in enumerate(cells):
                    cell = table.item(row, column)
                    if cell is None:
                        cell = QTableWidgetItem()
                        table.setItem(row, column, cell)
                    if cell.text() != text:
                        cell.setText(text)
                        cell.setToolTip(text)
            if self._coverage:
                table.setCurrentCell(min(max(current, 0), len(self._coverage) - 1), 0)
        finally:
            table.blockSignals(False)
        table.resizeRowsToContents()
        uncovered = sum(1 for item in self._coverage if not item.covered)
        if not self._coverage:
            summary = (
                self.tr("Type the requirements of the job offer to see what is covered.")
                if self._target_value(record) == JOB_OFFER
                else self.tr("The catalogue lists no learning outcomes for this qualification.")
            )
        else:
            summary = self.tr("%n requirement(s) not covered yet.", "", uncovered)
        self.coverage_summary.setText(summary)
        self.suggest_button.setEnabled(uncovered > 0)
        self._refresh_links()

    def _refresh_links(self) -> None:
        row = self.coverage_table.currentRow()
        record = self.draft.record
        if not 0 <= row < len(self._coverage):
            fill_checklist(self.links_list, [], set())
            self._link_ids = []
            self.links_list.setEnabled(False)
            return
        self.links_list.setEnabled(True)
        item = self._coverage[row]
        rows = [(c.id, competence_label(c)) for c in record.competences]
        self._link_ids = fill_checklist(self.links_list, rows, set(item.competence_ids))

    def _fill_areas(self, record: BalanceRecord) -> None:
        areas = record.development_areas
        ids = [a.id for a in areas]
        if self._current_area not in ids:
            previous = (
                self._area_ids.index(self._current_area)
                if self._current_area in self._area_ids
                else 0
            )
            self._current_area = ids[min(previous, len(ids) - 1)] if ids else None
        rows = []
        for shown in areas:
            gap = shown.gap.strip() or self.tr("(gap not described yet)")
            details = " · ".join(
                part
                for part in (
                    enum_text(shown.priority) if shown.priority else "",
                    enum_text(shown.requirement_source) if shown.requirement_source else "",
                    shown.requirement_ref or "",
                )
                if part
            )
            attention = not shown.gap.strip()
            second = self.tr("Describe the gap.") if attention else details
            rows.append(ListRow(shown.id, gap, second, gap, attention))
        self._area_rows = sync_list(self.area_list, rows, self._area_rows, self._current_area)
        self._area_ids = ids
        area = find_item(areas, self._current_area) if self._current_area else None
        self.area_editor.setVisible(area is not None)
        self._no_area.setVisible(area is None)
        for button in (self.remove_area_button, self.area_up_button, self.area_down_button):
            button.setEnabled(area is not None)
        if area is None:
            return
        index = ids.index(area.id)
        self.area_up_button.setEnabled(index > 0)
        self.area_down_button.setEnabled(index + 1 < len(ids))
        same = getattr(self, "_editor_area", None) == area.id
        self._editor_area = area.id
        set_line(self.gap_edit, area.gap, keep_cursor=same)
        set_line(self.ref_edit, area.requirement_ref or "", keep_cursor=same)
        set_line(self.target_competence_edit, area.target_competence or "", keep_cursor=same)
        if (
            self.source_combo.currentIndex() < 0
            or self.source_combo.current_value() != area.requirement_source
        ):
            self.source_combo.select_value(area.requirement_source)
        if (
            self.priority_combo.currentIndex() < 0
            or self.priority_combo.current_value() != area.priority
        ):
            self.priority_combo.select_value(area.priority)

    def _group_text(self, group: CompetenceKind | str | None) -> str:
        if isinstance(group, CompetenceKind):
            return enum_text(group)
        return group if group else self.tr("No category")

    def level_texts(self) -> list[str]:
        """Column names of the profile: not assessed, levels 1–4."""
        return [
            self.tr("Not assessed"),
            self.tr("Level 1"),
            self.tr("Level 2"),
            self.tr("Level 3"),
            self.tr("Level 4"),
        ]

    def profile_rows(self) -> tuple[ProfileRow, ...]:
        """The data of the chart (and of the table)."""
        return competence_profile(
            self.draft.record, by_category=bool(self.group_combo.current_value())
        )

    def _fill_profile(self) -> None:
        rows = self.profile_rows()
        labels = [self._group_text(row.group) for row in rows]
        levels = self.level_texts()
        self.chart.set_rows(rows, labels, levels)
        table = self.profile_table
        table.setColumnCount(len(LEVELS) + 2)
        table.setHorizontalHeaderLabels([self.tr("Group"), *levels, self.tr("Total")])
        table.setRowCount(len(rows))
        for r, (row, label) in enumerate(zip(rows, labels, strict=True)):
            for column, text in enumerate((label, *map(str, row.counts), str(row.total))):
                cell = table.item(r, column)
                if cell is None:
                    cell = QTableWidgetItem()
                    table.setItem(r, column, cell)
                cell.setText(text)
                if column:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
        table.resizeColumnsToContents()
        table.resizeRowsToContents()
        frame = 2 * table.frameWidth()
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + sum(table.rowHeight(r) for r in range(table.rowCount()))
            + frame
        )
        table.setFixedWidth(sum(table.columnWidth(c) for c in range(table.columnCount())) + frame)
        summary = "; ".join(
            self.tr("{group}: {total}").format(group=label, total=row.total)
            for row, label in zip(rows, labels, strict=True)
        )
        self.chart.setAccessibleDescription(summary)

    def _refresh_notes(self) -> None:
        issues = [i for i in self._issues() if i.field.startswith("development_areas")]
        notes = notes_by_field(issues, self._current_area, "development_areas.")
        area = (
            find_item(self.draft.record.development_areas, self._current_area)
            if self._current_area
            else None
        )
        for key, note in self._notes.items():
            errors, hints = notes.get(key, ([], []))
            if key == "gap" and area is not None and not area.gap.strip():
                hints = [*hints, self.tr("Describe the gap: what is missing for the goal.")]
            if key == "gap" and self.gap_edit.was_cut:
                errors = [self.gap_edit.cut_message(), *errors]
            note.set_notes(errors, hints)
        page = [i for i in issues if i.entity_id is None]
        self._areas_note.set_notes([issue_text(i) for i in page])

    # --- actions ------------------------------------------------------------------------------

    @property
    def current_area_id(self) -> UUID | None:
        """The area shown in the editor."""
        return self._current_area

    def select_area(self, area_id: UUID) -> None:
        """Show an area in the editor."""
        self._current_area = area_id
        self.load(self.draft.record)

    def set_job_offer_text(self, text: str) -> None:
        """Replace the typed job-offer requirements (as if the advisor typed them)."""
        self.requirements_edit.set_text(text)
        self._requirements_edited(text)

    def set_links(self, requirement_key: str, competence_ids: set[UUID]) -> None:
        """Link competences to a requirement by hand (kept while the balance is open)."""
        self._links[requirement_key] = set(competence_ids)
        self.load(self.draft.record)

    def suggest_areas(self) -> tuple[UUID, ...]:
        """Add an area for every uncovered requirement without one; returns their IDs."""
        record = self.draft.record
        found = coverage(record, self.requirements(record), self._links)
        new = suggest_areas(found, self._new_id, record.development_areas)
        if new:
            self.draft.edit(
                self.tr("Suggest development areas"),
                lambda r: dataclasses.replace(r, development_areas=(*r.development_areas, *new)),
            )
            self._current_area = new[0].id
            self.load(self.draft.record)
        self.suggest_result.setText(
            self.tr("%n area(s) added.", "", len(new))
            if new
            else self.tr("Every uncovered requirement already has an area.")
        )
        return tuple(a.id for a in new)

    def add_area(self) -> UUID:
        """Add an empty area, select it and put the cursor in its gap."""
        new_id = self._new_id()
        area = DevelopmentArea(id=new_id, gap="", priority=Priority.MEDIUM)
        self.draft.edit(
            self.tr("Add a development area"),
            lambda r: dataclasses.replace(r, development_areas=add_item(r.development_areas, area)),
        )
        self.select_area(new_id)
        self.gap_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return new_id

    def remove_current_area(self) -> bool:
        """Ask, then remove the selected area and the plan's links to it."""
        area_id = self._current_area
        area = find_item(self.draft.record.development_areas, area_id) if area_id else None
        if area is None:
            return False
        gap = area.gap.strip() or self.tr("(gap not described yet)")
        if not dialogs.confirm(
            self,
            self.tr("Remove development area"),
            self.tr(
                "Remove the development area “{gap}”?\n\nPlan actions lose their link to it. "
                "Undo (Ctrl+Z) brings it back."
            ).format(gap=gap),
            yes_text=self.tr("Remove"),
            no_text=self.tr("Keep"),
        ):
            return False
        self.draft.edit(
            self.tr("Remove a development area"), lambda r: remove_development_area(r, area.id)
        )
        self.load(self.draft.record)
        target = self.area_list if self._current_area else self.add_area_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def move_current_area(self, offset: int) -> None:
        """Move the selected area up (-1) or down (+1): the list order is the priority order."""
        area_id = self._current_area
        if area_id is None:
            return
        self.draft.edit(
            self.tr("Reorder development areas"),
            lambda r: dataclasses.replace(
                r, development_areas=move_item(r.development_areas, area_id, offset)
            ),
        )
        button = self.area_up_button if offset < 0 else self.area_down_button
        if not button.isEnabled():
            self.area_list.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- edits --------------------------------------------------------------------------------

    def _target_changed(self) -> None:
        if self._loading:
            return
        value = self.target_combo.current_value()
        if value is None:
            return
        ref = None if value == JOB_OFFER else value
        if self.draft.record.balance.target_qualification_ref == ref:
            return

        def change(record: BalanceRecord) -> BalanceRecord:
            balance = dataclasses.replace(record.balance, target_qualification_ref=ref)
            return dataclasses.replace(record, balance=balance)

        self.draft.edit(self.tr("Change the target qualification"), change)

    def _requirements_edited(self, text: str) -> None:
        self._job_offer_text = text
        self._loading = True
        try:
            self._fill_coverage(self.draft.record)
        finally:
            self._loading = False

    def _link_toggled(self, item: QListWidgetItem) -> None:
        row = self.links_list.row(item)
        index = self.coverage_table.currentRow()
        if self._loading or not 0 <= row < len(self._link_ids):
            return
        if not 0 <= index < len(self._coverage):
            return
        key = self._coverage[index].requirement.key
        on = item.checkState() == Qt.CheckState.Checked
        linked = self._links.setdefault(key, set())
        if on:
            linked.add(self._link_ids[row])
        else:
            linked.discard(self._link_ids[row])
        self._loading = True
        try:
            self._fill_coverage(self.draft.record)
        finally:
            self._loading = False

    def _area_row_changed(self, row: int) -> None:
        if self._loading or not 0 <= row < len(self._area_ids):
            return
        self.select_area(self._area_ids[row])

    def _edit_area(
        self, text: str, change: Callable[[DevelopmentArea], DevelopmentArea], field: str | None
    ) -> None:
        area_id = self._current_area
        if self._loading or area_id is None:
            return

        def apply(record: BalanceRecord) -> BalanceRecord:
            areas = update_item(record.development_areas, area_id, change)
            return dataclasses.replace(record, development_areas=areas)

        merge_key = f"area:{area_id}:{field}" if field else None
        self.draft.edit(text, apply, merge_key=merge_key)

    def _gap_changed(self, text: str) -> None:
        self._edit_area(
            self.tr("Edit the gap of a development area"),
            lambda a: dataclasses.replace(a, gap=text),
            "gap",
        )

    def _ref_changed(self, text: str) -> None:
        self._edit_area(
            self.tr("Edit the requirement reference"),
            lambda a: dataclasses.replace(a, requirement_ref=text or None),
            "requirement_ref",
        )

    def _target_competence_changed(self, text: str) -> None:
        self._edit_area(
            self.tr("Edit the target competence"),
            lambda a: dataclasses.replace(a, target_competence=text or None),
            "target_competence",
        )

    def _source_changed(self) -> None:
        if self.source_combo.currentIndex() < 0:
            return
        source = self.source_combo.current_value()
        self._edit_area(
            self.tr("Change the requirement source"),
            lambda a: dataclasses.replace(a, requirement_source=source),
            None,
        )

    def _priority_changed(self) -> None:
        if self.priority_combo.currentIndex() < 0:
            return
        priority = self.priority_combo.current_value()
        self._edit_area(
            self.tr("Change the priority of a development area"),
            lambda a: dataclasses.replace(a, priority=priority),
            None,
        )
