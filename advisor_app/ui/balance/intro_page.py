"""Stage E1, introduction to the balance and setting the goal (MBK poradnik 2.1, DOMAIN.md §2.2).

The advisor explains the balance and reads the contract items aloud, records the consents, and
notes with the participant why they came, where they start from, the initial goal and the
constraints. Every field edits the draft at once; what is typed is kept even when it is still
incomplete, and the stage's issues are shown next to the fields they concern.
"""

from __future__ import annotations

import dataclasses
import itertools
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from advisor_app.domain.entities import BalanceRecord, Contract
from advisor_app.domain.enums import GoalType, Reason, Stage, Variant
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.issues import Issue, Severity
from advisor_app.services.clock import Clock, IdFactory, new_uuid7, utc_now
from advisor_app.ui.balance.consent_editor import ConsentEditor
from advisor_app.ui.balance.draft import BalanceDraft
from advisor_app.ui.balance.stage_page import StagePage
from advisor_app.ui.balance.text_fields import BoundedTextEdit, FieldNote, muted_color
from advisor_app.ui.enum_text import enum_text
from advisor_app.ui.issue_text import issue_text
from advisor_app.ui.widgets import BoundedLineEdit, ChoiceCombo, strip_mnemonic

__all__ = ["CONTRACT_ITEMS", "IntroPage"]

# The contract items in the order the advisor reads them aloud (fields of ``Contract``).
CONTRACT_ITEMS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(Contract))

# Fields edited by typing: consecutive keystrokes in one of them are one undo step.
_TYPED_FIELDS = frozenset(
    {
        "starting_situation",
        "initial_goal",
        "constraints",
        "support_id",
        "target_qualification_ref",
        "planned_meetings",
    }
)

# Widest the form grows: longer lines are hard to read, and the advisor reads them aloud.
_CONTENT_CHARS = 150


def _heading(text_object_name: str, scale: float = 1.0) -> QLabel:
    label = QLabel()
    label.setObjectName(text_object_name)
    font = QFont(label.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class IntroPage(StagePage):
    """The intro stage: variant, contract checklist, reasons, situation, goal and consents.

    Args:
        draft: The open balance.
        flow: Decides the stage's issues.
        parent: Parent widget.
        clock: Time of a new consent or a withdrawal (UTC); injected for tests.
        new_id: Creates the IDs of new consents.
    """

    STAGE = Stage.INTRO

    def __init__(
        self,
        draft: BalanceDraft,
        flow: InterviewFlow,
        parent: QWidget | None = None,
        *,
        clock: Clock = utc_now,
        new_id: IdFactory = new_uuid7,
    ) -> None:
        """Build the page and show the draft's record."""
        super().__init__(draft, flow, parent)
        self._loading = False
        self._labels: dict[str, QLabel] = {}
        self._notes: dict[str, FieldNote] = {}
        self.consents = ConsentEditor(draft, clock=clock, new_id=new_id)
        self._build()
        self.retranslateUi()
        self.load(draft.record)

    # --- construction -------------------------------------------------------------------------

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setContentsMargins(0, 0, 0, 0)
        return form

    def _row(
        self, form: QFormLayout, key: str, field: QWidget, extra: QWidget | None = None
    ) -> None:
        """A labelled row: the field, optionally a widget beside it, and its note below."""
        label = QLabel()
        label.setObjectName(f"{_camel(key)}Label")
        label.setBuddy(field)
        note = FieldNote(field)
        note.setObjectName(f"{_camel(key)}Note")
        cell = QVBoxLayout()
        cell.setContentsMargins(0, 0, 0, 0)
        cell.setSpacing(2)
        if extra is None:
            cell.addWidget(field)
        else:
            line = QHBoxLayout()
            line.addWidget(field)
            line.addWidget(extra)
            line.addStretch(1)
            cell.addLayout(line)
        cell.addWidget(note)
        form.addRow(label, cell)
        self._labels[key] = label
        self._notes[key] = note

    def _long_text(self, key: str) -> BoundedTextEdit:
        field = BoundedTextEdit(visible_lines=4)
        field.setObjectName(f"{_camel(key)}Edit")
        field.text_was_edited.connect(lambda text, key=key: self._set_balance(key, text))
        field.text_was_cut.connect(self._refresh_issues)
        return field

    def _build(self) -> None:
        self._title = _heading("introTitle", 1.25)
        self._summary = QLabel()
        self._summary.setObjectName("participantSummary")
        self._summary.setWordWrap(True)
        self._header_note = FieldNote(self)
        self._header_note.setObjectName("headerNote")

        # Balance
        self._balance_heading = _heading("balanceHeading")
        self.variant_combo = ChoiceCombo()
        self.variant_combo.setObjectName("variantCombo")
        self.variant_combo.set_choices(list(Variant))
        self.variant_combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.variant_combo.currentIndexChanged.connect(self._variant_changed)
        self.project_label = QLabel()
        self.project_label.setObjectName("projectCode")
        self.project_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.support_id_edit = BoundedLineEdit()
        self.support_id_edit.setObjectName("supportIdEdit")
        self.support_id_edit.setMaximumWidth(self.fontMetrics().averageCharWidth() * 32)
        self.support_id_edit.textChanged.connect(
            lambda text: self._set_balance("support_id", text or None)
        )
        self.support_id_edit.text_was_cut.connect(self._refresh_issues)
        balance_form = self._form()
        self._row(balance_form, "variant", self.variant_combo)
        project_title = QLabel()
        project_title.setObjectName("projectTitle")
        self._labels["project"] = project_title
        balance_form.addRow(project_title, self.project_label)
        self._row(balance_form, "support_id", self.support_id_edit)

        # Contract
        self._contract_heading = _heading("contractHeading")
        self._contract_intro = QLabel()
        self._contract_intro.setObjectName("contractIntro")
        self._contract_intro.setWordWrap(True)
        self.contract_boxes: dict[str, QCheckBox] = {}
        contract_panel = QWidget()
        contract_panel.setObjectName("contractPanel")
        contract_layout = QVBoxLayout(contract_panel)
        contract_layout.setContentsMargins(0, 0, 0, 0)
        contract_layout.setSpacing(4)
        for name in CONTRACT_ITEMS:
            box = QCheckBox()
            box.setObjectName(f"{_camel(name)}Check")
            box.toggled.connect(lambda on, name=name: self._set_contract(name, on))
            contract_layout.addWidget(box)
            self.contract_boxes[name] = box
        self._notes["contract"] = FieldNote(contract_panel)
        self._notes["contract"].setObjectName("contractNote")

        # Situation
        self._situation_heading = _heading("situationHeading")
        self.reason_boxes: dict[Reason, QCheckBox] = {}
        self._reasons_panel = QWidget()
        self._reasons_panel.setObjectName("reasonsPanel")
        grid = QGridLayout(self._reasons_panel)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(4)
        for index, reason in enumerate(Reason):
            box = QCheckBox()
            box.setObjectName(f"reason{_camel(reason.value).capitalize()}Check")
            box.toggled.connect(lambda _on: self._reasons_changed())
            # Two columns, filled row by row so the Tab order reads left to right.
            grid.addWidget(box, index // 2, index % 2)
            self.reason_boxes[reason] = box
        grid.setColumnStretch(2, 1)
        self.starting_situation_edit = self._long_text("starting_situation")
        self.constraints_edit = self._long_text("constraints")
        situation_form = self._form()
        self._row(situation_form, "reasons", self._reasons_panel)
        self._labels["reasons"].setBuddy(next(iter(self.reason_boxes.values())))
        self._row(situation_form, "starting_situation", self.starting_situation_edit)
        self._row(situation_form, "constraints", self.constraints_edit)

        # Goal
        self._goal_heading = _heading("goalHeading")
        self.initial_goal_edit = self._long_text("initial_goal")
        self.goal_type_combo = ChoiceCombo()
        self.goal_type_combo.setObjectName("goalTypeCombo")
        self.goal_type_combo.set_choices([None, *GoalType])
        self.goal_type_combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.goal_type_combo.currentIndexChanged.connect(self._goal_type_changed)
        self.target_edit = BoundedLineEdit()
        self.target_edit.setObjectName("targetQualificationEdit")
        self.target_edit.textChanged.connect(
            lambda text: self._set_balance("target_qualification_ref", text or None)
        )
        self.target_edit.text_was_cut.connect(self._refresh_issues)
        self.planned_spin = QSpinBox()
        self.planned_spin.setObjectName("plannedMeetingsSpin")
        self.planned_spin.setRange(0, 30)
        self.planned_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.planned_spin.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.planned_spin.valueChanged.connect(self._planned_changed)
        self._planned_hint = QLabel()
        self._planned_hint.setObjectName("plannedMeetingsHint")
        palette = self._planned_hint.palette()
        palette.setColor(self._planned_hint.foregroundRole(), muted_color(palette))
        self._planned_hint.setPalette(palette)
        goal_form = self._form()
        self._row(goal_form, "initial_goal", self.initial_goal_edit)
        self._row(goal_form, "goal_type", self.goal_type_combo)
        self._row(goal_form, "target_qualification_ref", self.target_edit)
        self._row(goal_form, "planned_meetings", self.planned_spin, self._planned_hint)

        # Consents
        self._consents_heading = _heading("consentsHeading")
        self._consents_intro = QLabel()
        self._consents_intro.setObjectName("consentsIntro")
        self._consents_intro.setWordWrap(True)

        content = QWidget()
        content.setObjectName("introContent")
        content.setMaximumWidth(self.fontMetrics().averageCharWidth() * _CONTENT_CHARS)
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 12, 16, 16)
        column.setSpacing(6)
        column.addWidget(self._title)
        column.addWidget(self._summary)
        column.addWidget(self._header_note)
        for heading, parts in (
            (self._balance_heading, [balance_form]),
            (
                self._contract_heading,
                [self._contract_intro, contract_panel, self._notes["contract"]],
            ),
            (self._consents_heading, [self._consents_intro, self.consents]),
            (self._situation_heading, [situation_form]),
            (self._goal_heading, [goal_form]),
        ):
            column.addSpacing(10)
            column.addWidget(heading)
            for part in parts:
                if isinstance(part, QWidget):
                    column.addWidget(part)
                else:
                    column.addLayout(part)
        column.addStretch(1)

        self._scroll = QScrollArea()
        self._scroll.setObjectName("introScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields take focus, not the frame
        # The content itself is the scroll widget: with its maximum width the scroll area asks
        # the wrapped texts for their height at the width they really get (a wrapper widget
        # would measure them wider, and the page would be squeezed).
        self._scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._scroll)

        chain: list[QWidget] = [
            self.variant_combo,
            self.support_id_edit,
            *self.contract_boxes.values(),
            *self.consents.tab_chain(),
            *self.reason_boxes.values(),
            self.starting_situation_edit,
            self.constraints_edit,
            self.initial_goal_edit,
            self.goal_type_combo,
            self.target_edit,
            self.planned_spin,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._chain = chain

    # --- the page protocol --------------------------------------------------------------------

    def tab_chain(self) -> list[QWidget]:
        """The page's focusable widgets in visual (and Tab) order."""
        return list(self._chain)

    def first_field(self) -> QWidget:
        """Where the keyboard focus goes when the page is entered."""
        return self.variant_combo

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self._title.setText(self.title())
        self._balance_heading.setText(self.tr("Balance"))
        self._contract_heading.setText(self.tr("Contract"))
        self._contract_intro.setText(
            self.tr(
                "Read each item aloud and tick it when the participant has understood it. "
                "The balance can start when every item is ticked."
            )
        )
        self._situation_heading.setText(self.tr("Reasons and starting situation"))
        self._goal_heading.setText(self.tr("Goal"))
        self._consents_heading.setText(self.tr("Consents"))
        self._consents_intro.setText(
            self.tr(
                "Processing of project data needs its legal basis recorded; photos of work, "
                "images of other people, sharing the portfolio and contact after the project "
                "need the participant's consent."
            )
        )
        texts = {
            "variant": self.tr("&Variant"),
            "project": self.tr("Project"),
            "support_id": self.tr("Support &ID"),
            "reasons": self.tr("&Reasons for coming"),
            "starting_situation": self.tr("&Starting situation"),
            "constraints": self.tr("Co&nstraints"),
            "initial_goal": self.tr("Initial &goal"),
            "goal_type": self.tr("Goal &type"),
            "target_qualification_ref": self.tr("Target &qualification"),
            "planned_meetings": self.tr("&Planned meetings"),
        }
        for key, text in texts.items():
            label = self._labels[key]
            label.setText(text)
            if key not in ("project", "reasons"):  # no buddy / a group of boxes
                label.buddy().setAccessibleName(strip_mnemonic(text))
        self._reasons_panel.setAccessibleName(strip_mnemonic(texts["reasons"]))
        self.support_id_edit.setToolTip(self.tr("ID wsparcia given by the project, if any."))
        self.starting_situation_edit.setPlaceholderText(
            self.tr("Why the participant came, their current work, what they expect.")
        )
        self.constraints_edit.setPlaceholderText(self.tr("Time, travel, care for others, health…"))
        self.initial_goal_edit.setPlaceholderText(
            self.tr("An educational or vocational goal, in the participant's words.")
        )
        self.target_edit.setPlaceholderText(
            self.tr("e.g. the name or code of a qualification in the ZRK")
        )
        self.target_edit.setToolTip(
            self.tr("Free text for now; choosing from the qualification catalogue comes later.")
        )
        self.planned_spin.setSpecialValueText(self.tr("not set"))
        self.planned_spin.setAccessibleName(self.tr("Planned number of meetings"))
        for inner in self.planned_spin.findChildren(QLineEdit):
            # The spin box's own text field takes the focus too; it answers with the same name.
            inner.setAccessibleName(self.planned_spin.accessibleName())
        self._planned_hint.setText(self.tr("Usually 2–7 meetings."))
        self.variant_combo.set_texts(enum_text)
        not_chosen = self.tr("Not chosen yet")
        self.goal_type_combo.set_texts(lambda value: enum_text(value) if value else not_chosen)
        # The advisor reads these aloud; Polish: "Poinformowano o celu bilansu", "…o przebiegu
        # bilansu", "…o nakładzie pracy", "…o czasie trwania", "…o liczbie spotkań", "Udział
        # jest dobrowolny", "Zasady poufności omówione", "Poinformowano o przetwarzaniu danych".
        contract_texts = {
            "informed_purpose": self.tr("Informed about the purpose of the balance"),
            "informed_course": self.tr("Informed about how the balance runs"),
            "informed_effort": self.tr("Informed about the work required of the participant"),
            "informed_duration": self.tr("Informed about how long the balance takes"),
            "informed_meetings": self.tr("Informed about the number of meetings"),
            "voluntary": self.tr("Participation is voluntary"),
            "confidentiality": self.tr("Confidentiality rules discussed"),
            "data_processing": self.tr("Informed about the processing of personal data"),
        }
        for name, box in self.contract_boxes.items():
            box.setText(contract_texts[name])
            box.setAccessibleName(contract_texts[name])
        for reason, box in self.reason_boxes.items():
            box.setText(enum_text(reason))
            box.setAccessibleName(enum_text(reason))
        self._show_summary(self.draft.record)
        # Widgets get the language change in no set order; the consent form's labels must
        # have their new texts before the label column is measured.
        self.consents.retranslateUi()
        self._align_labels()
        self._refresh_issues()

    def _align_labels(self) -> None:
        # The sections are separate forms; one label width makes their fields line up.
        labels = [*self._labels.values(), *self.consents.form_labels()]
        for label in labels:
            label.setMinimumWidth(0)
        width = max(label.sizeHint().width() for label in labels)
        for label in labels:
            label.setMinimumWidth(width)

    # --- load ---------------------------------------------------------------------------------

    def load(self, record: BalanceRecord) -> None:
        """Show ``record``; a field whose value did not change is left alone (cursor and all)."""
        balance = record.balance
        self._loading = True
        try:
            if self.variant_combo.current_value() is not balance.variant:
                self.variant_combo.select_value(balance.variant)
            self.project_label.setText(balance.project_code)
            _set_line(self.support_id_edit, balance.support_id or "")
            for name, box in self.contract_boxes.items():
                _set_checked(box, getattr(balance.contract, name))
            for reason, box in self.reason_boxes.items():
                _set_checked(box, reason in balance.reasons)
            self.starting_situation_edit.set_text(balance.starting_situation)
            self.constraints_edit.set_text(balance.constraints)
            self.initial_goal_edit.set_text(balance.initial_goal)
            if self.goal_type_combo.current_value() is not balance.goal_type:
                self.goal_type_combo.select_value(balance.goal_type)
            _set_line(self.target_edit, balance.target_qualification_ref or "")
            planned = balance.planned_meetings or 0
            if self.planned_spin.value() != planned:
                self.planned_spin.setValue(planned)
            self.consents.load(record)
            self._show_summary(record)
        finally:
            self._loading = False
        self._refresh_issues()

    def focus_issue(self, issue: Issue) -> bool:
        """Focus the field an issue is about; False when this page has no field for it."""
        fields: dict[str, QWidget] = {
            "balance.contract": next(
                (b for b in self.contract_boxes.values() if not b.isChecked()),
                self.contract_boxes[CONTRACT_ITEMS[0]],
            ),
            "consents": self.consents.purpose_combo,
            "balance.initial_goal": self.initial_goal_edit,
            "balance.goal_type": self.goal_type_combo,
            "balance.planned_meetings": self.planned_spin,
            "balance.starting_situation": self.starting_situation_edit,
            "balance.constraints": self.constraints_edit,
            "balance.support_id": self.support_id_edit,
            "balance.target_qualification_ref": self.target_edit,
        }
        target = fields.get(issue.field)
        if target is None:
            return False
        self._scroll.ensureWidgetVisible(target)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _show_summary(self, record: BalanceRecord) -> None:
        participant = record.participant
        name = f"{participant.first_name} {participant.last_name}".strip()
        if participant.gmina.strip():
            text = self.tr("{name}, gmina {gmina}").format(name=name, gmina=participant.gmina)
        else:
            text = name
        self._summary.setText(text)

    # --- issues -------------------------------------------------------------------------------

    def _refresh_issues(self) -> None:
        notes: dict[str, tuple[list[str], list[str]]] = {key: ([], []) for key in self._notes}
        consent_notes: tuple[list[str], list[str]] = ([], [])
        header: tuple[list[str], list[str]] = ([], [])
        for issue in self.issues():
            text = issue_text(issue)
            key = issue.field.removeprefix("balance.")
            if issue.field.startswith("balance.") and key in notes:
                target = notes[key]
            elif issue.field == "consents" or issue.field.startswith("consents."):
                target = consent_notes
            elif issue.field == "meetings" or issue.field.startswith("meetings."):
                target = header
                text = self.tr("{problem} Meetings are recorded on the Meetings page.").format(
                    problem=text
                )
            elif issue.field.startswith("participant."):
                target = header
                text = self.tr(
                    "Participant's data: {problem} Correct it in the participant's form."
                ).format(problem=text)
            else:
                target = header
            errors, hints = target
            soft = issue.severity in (Severity.INCOMPLETE, Severity.RECOMMENDED)
            (hints if soft else errors).append(text)
        cut_fields: dict[str, Any] = {
            "support_id": self.support_id_edit,
            "target_qualification_ref": self.target_edit,
            "starting_situation": self.starting_situation_edit,
            "constraints": self.constraints_edit,
            "initial_goal": self.initial_goal_edit,
        }
        for key, field in cut_fields.items():
            if field.was_cut:
                notes[key][0].insert(0, field.cut_message())
        for key, (errors, hints) in notes.items():
            self._notes[key].set_notes(errors, hints)
        self.consents.set_issues(*consent_notes)
        self._header_note.set_notes(*header)

    def note_text(self, key: str) -> str:
        """The note shown under a field (``"contract"``, ``"initial_goal"``, …; "" when none)."""
        if key == "consents":
            note = self.consents.note
        elif key == "header":
            note = self._header_note
        else:
            note = self._notes[key]
        return "" if note.isHidden() else note.text()

    # --- edits --------------------------------------------------------------------------------

    def _set_balance(self, field: str, value: Any) -> None:
        if self._loading:
            return
        undo_texts = {
            "variant": self.tr("Change the variant"),
            "support_id": self.tr("Edit the support ID"),
            "starting_situation": self.tr("Edit the starting situation"),
            "constraints": self.tr("Edit the constraints"),
            "initial_goal": self.tr("Edit the initial goal"),
            "goal_type": self.tr("Change the goal type"),
            "target_qualification_ref": self.tr("Edit the target qualification"),
            "planned_meetings": self.tr("Change the planned number of meetings"),
            "reasons": self.tr("Change the reasons"),
        }

        def change(record: BalanceRecord) -> BalanceRecord:
            balance = dataclasses.replace(record.balance, **{field: value})
            return dataclasses.replace(record, balance=balance)

        # Typing in one field is one undo step; choices and ticks are a step each.
        merge = field in _TYPED_FIELDS
        self.draft.edit(undo_texts[field], change, merge_key=f"intro:{field}" if merge else None)

    def _set_contract(self, name: str, on: bool) -> None:
        if self._loading:
            return

        def change(record: BalanceRecord) -> BalanceRecord:
            contract = dataclasses.replace(record.balance.contract, **{name: on})
            balance = dataclasses.replace(record.balance, contract=contract)
            return dataclasses.replace(record, balance=balance)

        self.draft.edit(self.tr("Tick a contract item"), change)

    def _variant_changed(self) -> None:
        variant = self.variant_combo.current_value()
        if variant is not None:
            self._set_balance("variant", variant)

    def _goal_type_changed(self) -> None:
        self._set_balance("goal_type", self.goal_type_combo.current_value())

    def _planned_changed(self, value: int) -> None:
        self._set_balance("planned_meetings", value or None)

    def _reasons_changed(self) -> None:
        chosen = tuple(reason for reason, box in self.reason_boxes.items() if box.isChecked())
        self._set_balance("reasons", chosen)


def _set_line(field: BoundedLineEdit, text: str) -> None:
    # setText moves the cursor to the end: only when the record really holds something else
    # (undo, redo), and then the cursor stays where it was as far as the new text allows.
    if field.text() != text:
        position = field.cursorPosition()
        field.reset_cut()
        field.setText(text)
        field.setCursorPosition(min(position, len(text)))


def _set_checked(box: QCheckBox, on: bool) -> None:
    if box.isChecked() != on:
        box.setChecked(on)


def _camel(key: str) -> str:
    head, *rest = key.replace(".", "_").split("_")
    return head + "".join(part.capitalize() for part in rest)
