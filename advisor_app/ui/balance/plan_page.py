"""Stage E4: development areas, the individual development plan (IPR) and feedback (§2.8).

Three tabs (Alt+letter or Ctrl+Tab switch them; Ctrl+PgUp/PgDn stay the view's page keys):

* **Development areas**: the gap analysis against a qualification or a job offer, the areas,
  and the competence profile (:mod:`advisor_app.ui.balance.areas_editor`).
* **Plan (IPR)**: the refined goal under the initial one (kept read-only, SC12), the actions
  with BUR category, deadline, owner, cost and vouchers (computed from the project's voucher
  rules when the catalogue has them, SC11), the strengths and the sectors that fit.
* **Feedback**: oral, written or both, its text, and the training scope that decides the BUR
  voucher category in Kierunek Kariera.

The plan and the feedback are created by their first edit. Every field edits the draft at once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from uuid import UUID

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advisor_app.domain.editing import add_item, find_item, move_item, remove_item, update_item
from advisor_app.domain.entities import BalanceRecord, Feedback, Plan, PlanAction
from advisor_app.domain.enums import ActionKind, ActionOwner, ActionStatus, FeedbackForm, Stage
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.gaps import with_plan
from advisor_app.domain.issues import Issue, Severity
from advisor_app.domain.partial_date import PartialDate
from advisor_app.domain.vouchers import (
    DEFAULT_POOL,
    Explanation,
    VoucherCategory,
    VoucherRuleSet,
    estimate_vouchers,
)
from advisor_app.services.clock import IdFactory, new_uuid7
from advisor_app.ui import dialogs
from advisor_app.ui.balance.areas_editor import (
    AreasEditor,
    TwoLineFitDelegate,
    checklist,
    competence_label,
    fill_checklist,
    set_line,
    toggled,
)
from advisor_app.ui.balance.draft import BalanceDraft
from advisor_app.ui.balance.gap_analysis import PlanReference, default_reference
from advisor_app.ui.balance.partial_date_edit import PartialDateEdit, describe_partial_date
from advisor_app.ui.balance.stage_page import StagePage
from advisor_app.ui.balance.text_fields import (
    BoundedTextEdit,
    FieldNote,
    LinesEdit,
    add_noted_row,
    muted_color,
    notes_by_field,
)
from advisor_app.ui.balance.two_line_delegate import (
    ListRow,
    sync_list,
)
from advisor_app.ui.enum_text import enum_text
from advisor_app.ui.issue_text import issue_text
from advisor_app.ui.widgets import BoundedLineEdit, ChoiceCombo, InlineMessage, strip_mnemonic

__all__ = ["PlanPage", "read_amount"]

_AMOUNT = re.compile(r"^\d+(?:[.,]\d{1,2})?$")
_CENT = Decimal("0.01")
# Issues about the plan as a whole, shown under the action list.
_LIST_FIELDS = ("plan.actions", "plan.strength_competence_ids")
# "exam" in the voucher-kind combo: the exam rule instead of a training category.
_EXAM = "exam"
# Months from today a new action is due by default (SC01: "deadline 3 months").
_DEFAULT_DUE_MONTHS = 3


def read_amount(text: str) -> tuple[bool, Decimal | None]:
    """Read an amount in złoty as typed: ``1200``, ``1200,50``, ``1 200.50 zł``.

    Returns:
        ``(readable, amount)``: the amount with two decimal places, None for empty text;
        ``(False, None)`` when the text is not an amount.
    """
    cleaned = re.sub(r"\s|\u00a0|zł|pln", "", text.strip(), flags=re.IGNORECASE)
    if not cleaned:
        return True, None
    if not _AMOUNT.match(cleaned):
        return False, None
    try:
        value = Decimal(cleaned.replace(",", "."))
    except InvalidOperation:
        return False, None
    return True, value.quantize(_CENT, rounding=ROUND_HALF_UP)


def _format_amount(value: Decimal | None) -> str:
    if value is None:
        return ""
    return str(value.quantize(_CENT)).replace(".", QLocale().decimalPoint())


def _date_text(day: dt.date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _months_later(day: dt.date, months: int) -> PartialDate:
    index = day.year * 12 + day.month - 1 + months
    return PartialDate(index // 12, index % 12 + 1)


class PlanPage(StagePage):
    """The plan stage: development areas, the IPR and the feedback, in three tabs.

    Args:
        draft: The open balance.
        flow: Decides the stage's issues.
        parent: Parent widget.
        new_id: Creates the IDs of new areas and actions.
        reference: Qualifications, BUR categories and voucher rules; the shipped catalogue
            (or the built-in fallback) when None.
        today: Today's date (the default deadline of a new action).
    """

    STAGE = Stage.PLAN

    def __init__(
        self,
        draft: BalanceDraft,
        flow: InterviewFlow,
        parent: QWidget | None = None,
        *,
        new_id: IdFactory = new_uuid7,
        reference: PlanReference | None = None,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        """Build the page and show the draft's record."""
        super().__init__(draft, flow, parent)
        self._new_id = new_id
        self._reference = reference if reference is not None else default_reference()
        self._today = today
        self._loading = False
        self._current_action: UUID | None = None
        self._editor_action: UUID | None = None
        self._action_ids: list[UUID] = []
        self._action_rows: list[ListRow] = []
        self._action_area_ids: list[UUID] = []
        self._strength_ids: list[UUID] = []
        self._labels: dict[str, QLabel] = {}
        self._notes: dict[str, FieldNote] = {}
        self._estimate_text = ""
        self._voucher_preset: tuple[UUID, ActionKind, str | None] | None = None
        self._build()
        self.retranslateUi()

    # --- construction -------------------------------------------------------------------------

    def _row(self, form: QFormLayout, key: str, field: QWidget, *below: QWidget) -> None:
        self._labels[key], self._notes[key] = add_noted_row(form, key, field, *below)

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return form

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build(self) -> None:
        self._title = QLabel()
        self._title.setObjectName("planTitle")
        font = QFont(self._title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self._title.setFont(font)
        self._intro = QLabel()
        self._intro.setObjectName("planIntro")
        self._intro.setWordWrap(True)

        self.areas = AreasEditor(self.draft, self._reference, self._new_id, self.issues)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("planTabs")
        self.tabs.addTab(self.areas, "")
        self.tabs.addTab(self._build_plan_tab(), "")
        self.tabs.addTab(self._build_feedback_tab(), "")
        self.tabs.currentChanged.connect(lambda _i: self._chain_tab_order())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self._title)
        layout.addWidget(self._intro)
        layout.addWidget(self.tabs, 1)
        self._chain_tab_order()

    def _build_plan_tab(self) -> QWidget:
        self.initial_goal_label = QLabel()
        self.initial_goal_label.setObjectName("initialGoalView")
        self.initial_goal_label.setWordWrap(True)
        self.initial_goal_label.setTextFormat(Qt.TextFormat.PlainText)
        self.initial_goal_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.refined_goal_edit = BoundedTextEdit(visible_lines=3)
        self.refined_goal_edit.setObjectName("refinedGoalEdit")
        self.refined_goal_edit.text_was_edited.connect(self._refined_goal_edited)
        self.prerequisites_label = QLabel()
        self.prerequisites_label.setObjectName("planPrerequisites")
        self.prerequisites_label.setWordWrap(True)
        self.prerequisites_label.setTextFormat(Qt.TextFormat.PlainText)
        goal_form = self._form()
        self._initial_goal_caption = QLabel()
        self._initial_goal_caption.setObjectName("initialGoalCaption")
        goal_form.addRow(self._initial_goal_caption, self.initial_goal_label)
        self._row(goal_form, "refined_goal", self.refined_goal_edit)
        goal_form.addRow("", self.prerequisites_label)

        # Actions: list and buttons.
        self.action_list = QListWidget()
        self.action_list.setObjectName("actionList")
        self.action_list.setItemDelegate(TwoLineFitDelegate(self.action_list))
        self.action_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.action_list.setMinimumHeight(self.fontMetrics().height() * 9)
        self.action_list.currentRowChanged.connect(self._action_row_changed)
        self._actions_label = QLabel()
        self._actions_label.setObjectName("actionsLabel")
        self._actions_label.setBuddy(self.action_list)
        self._actions_note = FieldNote(self.action_list)
        self._actions_note.setObjectName("actionsNote")
        self.add_action_button = self._button("addActionButton", self.add_action)
        self.remove_action_button = self._button("removeActionButton", self.remove_current_action)
        self.action_up_button = self._button("actionUpButton", lambda: self._move_action(-1))
        self.action_down_button = self._button("actionDownButton", lambda: self._move_action(1))
        buttons = QHBoxLayout()
        for button in (
            self.add_action_button,
            self.remove_action_button,
            self.action_up_button,
            self.action_down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)

        # Action editor.
        self.kind_combo = ChoiceCombo()
        self.kind_combo.setObjectName("actionKindCombo")
        self.kind_combo.set_choices(list(ActionKind))
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.description_edit = BoundedTextEdit(visible_lines=3)
        self.description_edit.setObjectName("actionDescriptionEdit")
        self.description_edit.text_was_edited.connect(self._description_edited)
        self.bur_combo = ChoiceCombo()
        self.bur_combo.setObjectName("burCategoryCombo")
        self.bur_combo.currentIndexChanged.connect(self._bur_changed)
        self.qualification_edit = BoundedLineEdit()
        self.qualification_edit.setObjectName("qualificationRefEdit")
        self.qualification_edit.textChanged.connect(self._qualification_changed)
        self.qualification_name = QLabel()
        self.qualification_name.setObjectName("qualificationName")
        self.qualification_name.setWordWrap(True)
        self.action_areas_list = checklist("actionAreasList", 3)
        self.action_areas_list.itemChanged.connect(self._action_area_toggled)
        self.due_edit = PartialDateEdit("actionDueEdit")
        self.due_edit.date_was_edited.connect(self._due_edited)
        self.owner_combo = ChoiceCombo()
        self.owner_combo.setObjectName("actionOwnerCombo")
        self.owner_combo.set_choices(list(ActionOwner))
        self.owner_combo.currentIndexChanged.connect(self._owner_changed)
        self.status_combo = ChoiceCombo()
        self.status_combo.setObjectName("actionStatusCombo")
        self.status_combo.set_choices(list(ActionStatus))
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.cost_edit = QLineEdit()
        self.cost_edit.setObjectName("costEdit")
        self.cost_edit.setMaxLength(20)
        self.cost_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 16))
        self.cost_edit.textEdited.connect(self._cost_edited)
        self.cost_message = InlineMessage(self.cost_edit)
        self.cost_message.setObjectName("costMessage")
        self.vouchers_spin = QSpinBox()
        self.vouchers_spin.setObjectName("vouchersSpin")
        self.vouchers_spin.setRange(-1, 9999)
        self.vouchers_spin.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 18))
        self.vouchers_spin.valueChanged.connect(self._vouchers_changed)

        # Voucher computation (SC11).
        self.rule_combo = ChoiceCombo()
        self.rule_combo.setObjectName("voucherRuleCombo")
        self.voucher_kind_combo = ChoiceCombo()
        self.voucher_kind_combo.setObjectName("voucherKindCombo")
        self.voucher_kind_combo.set_choices([*VoucherCategory, _EXAM])
        self.individual_combo = ChoiceCombo()
        self.individual_combo.setObjectName("trainingModeCombo")
        self.individual_combo.set_choices([False, True])
        self.hours_spin = QSpinBox()
        self.hours_spin.setObjectName("hoursSpin")
        self.hours_spin.setRange(0, 2000)
        self.hours_spin.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 18))
        self.price_edit = QLineEdit()
        self.price_edit.setObjectName("priceEdit")
        self.price_edit.setMaxLength(20)
        self.price_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 16))
        self.compute_button = self._button("computeVouchersButton", self.compute_vouchers)
        self.estimate_label = QLabel()
        self.estimate_label.setObjectName("voucherEstimate")
        self.estimate_label.setWordWrap(True)
        self.estimate_label.setTextFormat(Qt.TextFormat.PlainText)
        self._voucher_box = QGroupBox()
        self._voucher_box.setObjectName("voucherBox")
        voucher_form = self._form()
        self._row(voucher_form, "rules", self.rule_combo)
        self._row(voucher_form, "voucher_kind", self.voucher_kind_combo)
        self._row(voucher_form, "mode", self.individual_combo)
        self._row(voucher_form, "hours", self.hours_spin)
        self._row(voucher_form, "price", self.price_edit)
        compute_row = QHBoxLayout()
        compute_row.addWidget(self.compute_button)
        compute_row.addStretch(1)
        voucher_form.addRow("", compute_row)
        voucher_form.addRow("", self.estimate_label)
        self._voucher_box.setLayout(voucher_form)

        action_form = self._form()
        self._row(action_form, "kind", self.kind_combo)
        self._row(action_form, "description", self.description_edit)
        self._row(action_form, "bur_category", self.bur_combo)
        self._row(
            action_form, "qualification_ref", self.qualification_edit, self.qualification_name
        )
        self._row(action_form, "area_ids", self.action_areas_list)
        self._row(action_form, "due", self.due_edit)
        self._row(action_form, "owner", self.owner_combo)
        self._row(action_form, "status", self.status_combo)
        self._row(action_form, "estimated_cost_pln", self.cost_edit, self.cost_message)
        self._row(action_form, "vouchers", self.vouchers_spin)
        self.action_editor = QWidget()
        self.action_editor.setObjectName("actionEditor")
        editor_layout = QVBoxLayout(self.action_editor)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addLayout(action_form)
        editor_layout.addWidget(self._voucher_box)
        self._no_action = QLabel()
        self._no_action.setObjectName("noActionLabel")
        self._no_action.setWordWrap(True)

        actions_box = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._actions_label)
        left.addWidget(self.action_list, 1)
        left.addWidget(self._actions_note)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self._no_action)
        right.addWidget(self.action_editor)
        right.addStretch(1)
        actions_box.addLayout(left, 2)
        actions_box.addLayout(right, 3)
        self._actions_box = QGroupBox()
        self._actions_box.setObjectName("actionsBox")
        self._actions_box.setLayout(actions_box)

        # Strengths and sectors.
        self.strength_list = checklist("strengthList", 5)
        self.strength_list.itemChanged.connect(self._strength_toggled)
        self.strength_hint = QLabel()
        self.strength_hint.setObjectName("strengthHint")
        self.strength_hint.setWordWrap(True)
        self.sectors_edit = LinesEdit(visible_lines=3)
        self.sectors_edit.setObjectName("sectorsEdit")
        self.sectors_edit.text_was_edited.connect(self._sectors_edited)
        bottom_form = self._form()
        self._row(bottom_form, "strengths", self.strength_list, self.strength_hint)
        self._row(bottom_form, "matching_sectors", self.sectors_edit)

        tab = QWidget()
        tab.setObjectName("planTab")
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(goal_form)
        layout.addWidget(self._actions_box)
        layout.addLayout(bottom_form)
        layout.addStretch(1)
        return tab

    def _build_feedback_tab(self) -> QWidget:
        self.form_combo = ChoiceCombo()
        self.form_combo.setObjectName("feedbackFormCombo")
        self.form_combo.set_choices(list(FeedbackForm))
        self.form_combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.form_combo.currentIndexChanged.connect(self._form_changed)
        self.feedback_text_edit = BoundedTextEdit(visible_lines=8)
        self.feedback_text_edit.setObjectName("feedbackTextEdit")
        self.feedback_text_edit.text_was_edited.connect(self._feedback_text_edited)
        self.scope_edit = BoundedLineEdit()
        self.scope_edit.setObjectName("trainingScopeEdit")
        self.scope_edit.textChanged.connect(self._scope_changed)
        self.scope_help = QLabel()
        self.scope_help.setObjectName("trainingScopeHelp")
        self.scope_help.setWordWrap(True)
        form = self._form()
        self._row(form, "form", self.form_combo)
        self._row(form, "text", self.feedback_text_edit)
        self._row(form, "training_scope", self.scope_edit, self.scope_help)
        tab = QWidget()
        tab.setObjectName("feedbackTab")
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)
        return tab

    def _plan_chain(self) -> list[QWidget]:
        return [
            self.refined_goal_edit,
            self.action_list,
            self.add_action_button,
            self.remove_action_button,
            self.action_up_button,
            self.action_down_button,
            self.kind_combo,
            self.description_edit,
            self.bur_combo,
            self.qualification_edit,
            self.action_areas_list,
            self.due_edit.line_edit,
            self.owner_combo,
            self.status_combo,
            self.cost_edit,
            self.vouchers_spin,
            self.rule_combo,
            self.voucher_kind_combo,
            self.individual_combo,
            self.hours_spin,
            self.price_edit,
            self.compute_button,
            self.strength_list,
            self.sectors_edit,
        ]

    def _feedback_chain(self) -> list[QWidget]:
        return [self.form_combo, self.feedback_text_edit, self.scope_edit]

    def tab_chain(self) -> list[QWidget]:
        """The focusable widgets of the shown tab in visual (and Tab) order, tab bar first."""
        chains = [self.areas.tab_chain(), self._plan_chain(), self._feedback_chain()]
        return [self.tabs.tabBar(), *chains[self.tabs.currentIndex()]]

    def _chain_tab_order(self) -> None:
        for first, second in itertools.pairwise(self.tab_chain()):
            QWidget.setTabOrder(first, second)

    def first_field(self) -> QWidget:
        """Where the keyboard focus goes when the page is entered: the shown tab's first field."""
        return self.tab_chain()[1]

    def show_tab(self, index: int) -> None:
        """Show one of the tabs: 0 areas, 1 plan, 2 feedback."""
        self.tabs.setCurrentIndex(index)

    # --- texts --------------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self._title.setText(self.title())
        self._intro.setText(
            self.tr(
                "Compare the goal's requirements with the competences, agree the development "
                "areas, plan the steps with the participant and record the feedback."
            )
        )
        self.tabs.setTabText(0, self.tr("&Development areas"))
        self.tabs.setTabText(1, self.tr("&Plan (IPR)"))
        self.tabs.setTabText(2, self.tr("&Feedback"))
        self.tabs.setAccessibleName(self.tr("Parts of the development plan"))
        self.tabs.tabBar().setAccessibleName(self.tr("Parts of the development plan"))
        self._initial_goal_caption.setText(self.tr("Initial goal"))
        self.initial_goal_label.setAccessibleName(self.tr("Initial goal (read-only)"))
        self.initial_goal_label.setToolTip(
            self.tr("The initial goal stays as set in the introduction; refine it below.")
        )
        self._actions_box.setTitle(self.tr("Actions"))
        self._voucher_box.setTitle(self.tr("Voucher estimate"))
        texts = {
            "refined_goal": self.tr("&Refined goal"),
            "kind": self.tr("T&ype"),
            "description": self.tr("Descr&iption"),
            "bur_category": self.tr("B&UR category"),
            "qualification_ref": self.tr("&Qualification"),
            "area_ids": self.tr("Linked &areas"),
            "due": self.tr("Dead&line"),
            "owner": self.tr("&Owner"),
            "status": self.tr("&Status"),
            "estimated_cost_pln": self.tr("Estimated cost (&zł)"),
            "vouchers": self.tr("&Vouchers"),
            "rules": self.tr("Rules"),
            "voucher_kind": self.tr("Voucher category"),
            "mode": self.tr("Form of training"),
            "hours": self.tr("&Hours"),
            "price": self.tr("Price (zł)"),
            "strengths": self.tr("Stre&ngths"),
            "matching_sectors": self.tr("Sectors and &jobs that fit (one per line)"),
            "form": self.tr("F&orm"),
            "text": self.tr("&Text of the feedback"),
            "training_scope": self.tr("Training &scope"),
        }
        names = {
            "area_ids": self.tr("Development areas the action addresses"),
            "due": self.tr("Deadline of the action"),
            "rules": self.tr("Voucher rules of the project"),
            "hours": self.tr("Training hours"),
            "price": self.tr("Price of the training or exam in złoty"),
            "strengths": self.tr("Strengths of the participant"),
            "form": self.tr("Form of the feedback"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
            buddy = self._labels[key].buddy()
            buddy.setAccessibleName(names.get(key, strip_mnemonic(text)))
        for spin in (self.vouchers_spin, self.hours_spin):
            # The spin box's own line edit takes the focus; it is announced with the same name.
            inner = spin.findChild(QLineEdit)
            if inner is not None:
                inner.setAccessibleName(spin.accessibleName())
        self._actions_label.setText(self.tr("Ac&tions"))
        self.action_list.setAccessibleName(self.tr("Actions of the plan"))
        self.add_action_button.setText(self.tr("Add a&ction"))
        self.add_action_button.setAccessibleName(self.tr("Add an action"))
        self.remove_action_button.setText(self.tr("Remove action…"))
        self.remove_action_button.setAccessibleName(self.tr("Remove the selected action"))
        self.action_up_button.setText(self.tr("Move up"))
        self.action_up_button.setAccessibleName(self.tr("Move the selected action up"))
        self.action_down_button.setText(self.tr("Move down"))
        self.action_down_button.setAccessibleName(self.tr("Move the selected action down"))
        self.kind_combo.set_texts(enum_text)
        self.owner_combo.set_texts(enum_text)
        self.status_combo.set_texts(enum_text)
        self.form_combo.set_texts(enum_text)
        self.form_combo.setPlaceholderText(self.tr("Not recorded yet"))
        self.qualification_edit.setPlaceholderText(self.tr("ZRK code, for a validation"))
        self.cost_edit.setPlaceholderText(self.tr("e.g. 1200,00"))
        self.price_edit.setPlaceholderText(self.tr("e.g. 600"))
        self.vouchers_spin.setSpecialValueText(self.tr("not given"))
        self.voucher_kind_combo.set_texts(self._voucher_kind_text)
        self.individual_combo.set_texts(
            lambda individual: self.tr("Individual") if individual else self.tr("Group")
        )
        self.compute_button.setText(self.tr("Co&mpute"))
        self.compute_button.setAccessibleName(self.tr("Compute the vouchers from the rules"))
        self.scope_help.setText(
            self.tr(
                "In Kierunek Kariera the training scope written in the feedback decides which "
                "BUR category the participant's vouchers can be used for."
            )
        )
        self.scope_edit.setPlaceholderText(self.tr("e.g. informatyka: arkusz kalkulacyjny"))
        self.sectors_edit.setPlaceholderText(self.tr("e.g. administracja biurowa"))
        self._no_action.setText(
            self.tr("No action is selected. Add the first step with “Add action”.")
        )
        muted = self.scope_help.palette()
        muted.setColor(self.scope_help.foregroundRole(), muted_color(muted))
        for label in (
            self.scope_help,
            self.strength_hint,
            self.qualification_name,
            self.estimate_label,
            self.prerequisites_label,
        ):
            label.setPalette(muted)
        self.areas.retranslateUi()
        self._action_ids = []
        self._action_rows = []
        self._strength_ids = []
        self._action_area_ids = []
        self.bur_combo.set_choices([])
        self.rule_combo.set_choices([])
        self.load(self.draft.record)

    def _voucher_kind_text(self, value: VoucherCategory | str) -> str:
        texts = {
            VoucherCategory.LANGUAGE: self.tr("Language training"),
            VoucherCategory.DIGITAL: self.tr("IT / digital training"),
            VoucherCategory.DRIVING_LICENCE: self.tr("Driving licence A1, A, A2, B1, B"),
            VoucherCategory.OTHER: self.tr("Other training (incl. C, C+E)"),
        }
        return texts.get(VoucherCategory(value), "") if value != _EXAM else self.tr("Exam")

    # --- load ---------------------------------------------------------------------------------

    def load(self, record: BalanceRecord) -> None:
        """Show ``record``, keeping the selected items and what is being typed."""
        issues = self.issues()
        self._loading = True
        try:
            self.areas.load(record)
            self._fill_goal(record)
            self._fill_actions(record, issues)
            self._fill_action_editor(record)
            self._fill_strengths(record)
            self.sectors_edit.set_lines(record.plan.matching_sectors if record.plan else ())
            self._fill_feedback(record)
        finally:
            self._loading = False
        self._refresh_notes(issues)

    def _fill_goal(self, record: BalanceRecord) -> None:
        initial = record.balance.initial_goal.strip() or self.tr("(no initial goal yet)")
        if self.initial_goal_label.text() != initial:
            self.initial_goal_label.setText(initial)
        self.refined_goal_edit.set_text(record.plan.refined_goal if record.plan else "")
        ref = record.balance.target_qualification_ref
        if ref:
            choice = next((q for q in self._reference.qualifications() if q.ref == ref), None)
            prerequisites = choice.prerequisites if choice else None
            self.prerequisites_label.setText(
                self.tr("Conditions for entering validation: {text}").format(
                    text=prerequisites or self.tr("no data")
                )
            )
        self.prerequisites_label.setVisible(bool(ref))

    def _action_details(self, action: PlanAction) -> str:
        parts = [
            enum_text(action.kind),
            describe_partial_date(action.due),
            enum_text(action.owner),
            enum_text(action.status),
        ]
        if action.bur_category:
            parts.insert(1, action.bur_category)
        return " · ".join(parts)

    def _fill_actions(self, record: BalanceRecord, issues: list[Issue]) -> None:
        actions = record.plan.actions if record.plan else ()
        ids = [a.id for a in actions]
        if self._current_action not in ids:
            old = self._action_ids
            previous = old.index(self._current_action) if self._current_action in old else 0
            self._current_action = ids[min(previous, len(ids) - 1)] if ids else None
        problems: dict[UUID, str] = {}
        for issue in issues:
            if issue.entity_id is not None and issue.severity is not Severity.RECOMMENDED:
                problems.setdefault(issue.entity_id, issue_text(issue))
        rows = []
        for action in actions:
            first_line = action.description.strip().splitlines()
            text = first_line[0] if first_line else self.tr("(no description yet)")
            problem = problems.get(action.id)
            second = problem or self._action_details(action)
            tooltip = action.description.strip() or text
            rows.append(ListRow(action.id, text, second, tooltip, problem is not None))
        self._action_rows = sync_list(
            self.action_list, rows, self._action_rows, self._current_action
        )
        self._action_ids = ids

    def _fill_action_editor(self, record: BalanceRecord) -> None:
        actions = record.plan.actions if record.plan else ()
        action = find_item(actions, self._current_action) if self._current_action else None
        self.action_editor.setVisible(action is not None)
        self._no_action.setVisible(action is None)
        for button in (self.remove_action_button, self.action_up_button, self.action_down_button):
            button.setEnabled(action is not None)
        if action is None:
            self._editor_action = None
            return
        index = [a.id for a in actions].index(action.id)
        self.action_up_button.setEnabled(index > 0)
        self.action_down_button.setEnabled(index + 1 < len(actions))
        same = self._editor_action == action.id
        if not same:
            self.description_edit.reset_cut()
            self.qualification_edit.reset_cut()
            self._estimate_text = ""
            self.cost_message.set_message("")
        preset = (action.id, action.kind, action.bur_category)
        if preset != self._voucher_preset:
            # The type and BUR category suggest the voucher rule; the advisor may change it.
            self._voucher_preset = preset
            self._preset_voucher_kind(action)
        self._editor_action = action.id
        if self.kind_combo.current_value() is not action.kind:
            self.kind_combo.select_value(action.kind)
        self.description_edit.set_text(action.description)
        self._fill_bur(action.bur_category)
        set_line(self.qualification_edit, action.qualification_ref or "", keep_cursor=same)
        names = {q.ref: q.name for q in self._reference.qualifications()}
        name = names.get(action.qualification_ref or "", "")
        self.qualification_name.setText(name)
        self.qualification_name.setVisible(bool(name))
        self._action_area_ids = fill_checklist(
            self.action_areas_list,
            [
                (a.id, a.gap.strip() or self.tr("(gap not described yet)"))
                for a in record.development_areas
            ],
            set(action.area_ids),
        )
        self.due_edit.set_date(action.due, force=not same)
        if self.owner_combo.current_value() is not action.owner:
            self.owner_combo.select_value(action.owner)
        if self.status_combo.current_value() is not action.status:
            self.status_combo.select_value(action.status)
        readable, typed = read_amount(self.cost_edit.text())
        # Unreadable text the advisor is still correcting stays; anything else shows the record.
        if not (same and not readable) and (not same or typed != action.estimated_cost_pln):
            self.cost_edit.setText(_format_amount(action.estimated_cost_pln))
        vouchers = -1 if action.vouchers is None else action.vouchers
        if self.vouchers_spin.value() != vouchers:
            self.vouchers_spin.setValue(vouchers)
        self._fill_rules(record)
        self.estimate_label.setText(self._estimate_text)
        self.estimate_label.setVisible(bool(self._estimate_text))

    def _fill_bur(self, current: str | None) -> None:
        values: list[str | None] = [None, *self._reference.bur_categories()]
        if current is not None and current not in values:
            values.append(current)
        if self.bur_combo.values() != values:
            self.bur_combo.set_choices(values)
            self.bur_combo.set_texts(
                lambda v: self._reference.bur_category_name(v) if v else self.tr("None")
            )
        if self.bur_combo.currentIndex() < 0 or self.bur_combo.current_value() != current:
            self.bur_combo.select_value(current)

    def _rule_sets(self, record: BalanceRecord) -> Sequence[VoucherRuleSet]:
        return self._reference.voucher_rule_sets(record.balance.project_code)

    def _fill_rules(self, record: BalanceRecord) -> None:
        rule_sets = list(self._rule_sets(record))
        if self.rule_combo.values() != rule_sets:
            chosen = self.rule_combo.current_value()
            self.rule_combo.set_choices(rule_sets)
            self.rule_combo.set_texts(
                lambda r: self.tr("{id} (from {date})").format(
                    id=r.id, date=_date_text(r.valid_from)
                )
            )
            if chosen in rule_sets:
                self.rule_combo.select_value(chosen)
            elif rule_sets:
                # The rules in force today are the usual choice for a plan made today.
                today = self._today()
                in_force = [r for r in rule_sets if r.valid_from <= today] or rule_sets
                self.rule_combo.select_value(max(in_force, key=lambda r: r.valid_from))
        enabled = bool(rule_sets)
        for widget in (
            self.rule_combo,
            self.voucher_kind_combo,
            self.individual_combo,
            self.hours_spin,
            self.price_edit,
            self.compute_button,
        ):
            widget.setEnabled(enabled)
        if not enabled:
            self._estimate_text = self.tr(
                "No voucher rules are configured for the project {project}; type the number "
                "of vouchers by hand."
            ).format(project=record.balance.project_code or "—")

    def _preset_voucher_kind(self, action: PlanAction) -> None:
        if action.kind in (ActionKind.EXAM, ActionKind.VALIDATION):
            self.voucher_kind_combo.select_value(_EXAM)
        elif action.kind is ActionKind.LANGUAGE_COURSE:
            self.voucher_kind_combo.select_value(VoucherCategory.LANGUAGE)
        else:
            found = self._reference.voucher_category(action.bur_category or "")
            category = found or VoucherCategory.OTHER
            self.voucher_kind_combo.select_value(category)
        if self.individual_combo.currentIndex() < 0:
            self.individual_combo.select_value(False)

    def _fill_strengths(self, record: BalanceRecord) -> None:
        if record.plan is not None:
            checked = set(record.plan.strength_competence_ids)
            hint = ""
        else:
            # The plan does not exist yet; its first edit stores exactly these ticks.
            checked = {c.id for c in record.competences if c.strength}
            hint = self.tr("Ticked from the competences marked as strengths.") if checked else ""
        rows = [(c.id, competence_label(c)) for c in record.competences]
        self._strength_ids = fill_checklist(self.strength_list, rows, checked)
        if not rows:
            hint = self.tr("No competences yet: record them on the competences page.")
        self.strength_hint.setText(hint)
        self.strength_hint.setVisible(bool(hint))

    def _fill_feedback(self, record: BalanceRecord) -> None:
        feedback = record.feedback
        form = feedback.form if feedback else None
        if self.form_combo.current_value() is not form:
            self.form_combo.select_value(form)
        self.feedback_text_edit.set_text(feedback.text if feedback else "")
        set_line(
            self.scope_edit, (feedback.training_scope or "") if feedback else "", keep_cursor=True
        )
        self.feedback_text_edit.setEnabled(feedback is not None)
        self.scope_edit.setEnabled(feedback is not None)

    def _refresh_notes(self, issues: list[Issue] | None = None) -> None:
        issues = self.issues() if issues is None else issues
        action_notes = notes_by_field(issues, self._current_action, "plan.actions.")
        page_errors: list[str] = []
        page_hints: list[str] = []
        for issue in issues:
            if issue.entity_id is None and issue.field in _LIST_FIELDS:
                soft = issue.severity in (Severity.INCOMPLETE, Severity.RECOMMENDED)
                (page_hints if soft else page_errors).append(issue_text(issue))
        self._actions_note.set_notes(page_errors, page_hints)
        feedback_fields = {
            "feedback.form": "form",
            "feedback.text": "text",
            "feedback.training_scope": "training_scope",
            "plan.refined_goal": "refined_goal",
            "plan.matching_sectors": "matching_sectors",
        }
        notes: dict[str, tuple[list[str], list[str]]] = {key: ([], []) for key in self._notes}
        for key, value in action_notes.items():
            if key in notes:
                notes[key] = value
        for issue in issues:
            field_key = feedback_fields.get(issue.field)
            if field_key is None:
                continue
            soft = issue.severity in (Severity.INCOMPLETE, Severity.RECOMMENDED)
            notes[field_key][1 if soft else 0].append(issue_text(issue))
        if self.draft.record.feedback is None:
            notes["text"][1].append(self.tr("Choose the form of the feedback first."))
        if self.due_edit.text().strip() == "" and self._editor_action is not None:
            notes["due"][0].append(
                self.tr(
                    "Every action needs a deadline; the last one is kept until you type another."
                )
            )
        for key, field in (
            ("description", self.description_edit),
            ("text", self.feedback_text_edit),
            ("refined_goal", self.refined_goal_edit),
            ("qualification_ref", self.qualification_edit),
            ("training_scope", self.scope_edit),
        ):
            if field.was_cut:
                notes[key][0].insert(0, field.cut_message())
        pool_hint = self._pool_hint()
        if pool_hint:
            notes["vouchers"][1].append(pool_hint)
        for key, (errors, hints) in notes.items():
            self._notes[key].set_notes(errors, hints)

    def _pool_hint(self) -> str:
        plan = self.draft.record.plan
        if plan is None:
            return ""
        used = sum(a.vouchers or 0 for a in plan.actions if a.status is not ActionStatus.ABANDONED)
        if used <= DEFAULT_POOL:
            return ""
        return self.tr(
            "The plan uses {used} vouchers; the pool of one participant is {pool}."
        ).format(used=used, pool=DEFAULT_POOL)

    def note_text(self, key: str) -> str:
        """The note under a field (``"text"``, ``"due"``, …; ``"actions"`` for the action list)."""
        note = self._actions_note if key == "actions" else self._notes[key]
        return "" if note.isHidden() else note.text()

    def focus_issue(self, issue: Issue) -> bool:
        """Show the tab and the item an issue is about and focus its field; False when unknown."""
        if issue.field.startswith("development_areas"):
            self.show_tab(0)
            if issue.entity_id is not None:
                self.areas.select_area(issue.entity_id)
            self.areas.gap_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if issue.field.startswith("feedback"):
            self.show_tab(2)
            target: QWidget = (
                self.feedback_text_edit
                if issue.field == "feedback.text" and self.feedback_text_edit.isEnabled()
                else self.form_combo
            )
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        if not issue.field.startswith("plan"):
            return False
        self.show_tab(1)
        if issue.entity_id is not None and issue.field.startswith("plan.actions"):
            self.select_action(issue.entity_id)
        fields: dict[str, QWidget] = {
            "plan.actions": self.add_action_button,
            "plan.refined_goal": self.refined_goal_edit,
            "plan.actions.description": self.description_edit,
            "plan.actions.vouchers": self.vouchers_spin,
            "plan.actions.estimated_cost_pln": self.cost_edit,
            "plan.actions.area_ids": self.action_areas_list,
            "plan.actions.qualification_ref": self.qualification_edit,
            "plan.strength_competence_ids": self.strength_list,
            "plan.matching_sectors": self.sectors_edit,
        }
        widget = fields.get(issue.field, self.refined_goal_edit)
        if not widget.isEnabled():
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # --- actions ------------------------------------------------------------------------------

    @property
    def current_action_id(self) -> UUID | None:
        """The action shown in the editor."""
        return self._current_action

    def select_action(self, action_id: UUID) -> None:
        """Show an action in the editor."""
        self._current_action = action_id
        self.load(self.draft.record)

    def add_action(self) -> UUID:
        """Add an action (a training due in three months), select it, focus its description."""
        new_id = self._new_id()
        action = PlanAction(
            id=new_id,
            kind=ActionKind.TRAINING,
            description="",
            due=_months_later(self._today(), _DEFAULT_DUE_MONTHS),
        )
        self.draft.edit(
            self.tr("Add an action to the plan"),
            lambda r: with_plan(
                r, lambda p: dataclasses.replace(p, actions=add_item(p.actions, action))
            ),
        )
        self.show_tab(1)
        self.select_action(new_id)
        self.description_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return new_id

    def remove_current_action(self) -> bool:
        """Ask, then remove the selected action; True when removed."""
        plan = self.draft.record.plan
        action_id = self._current_action
        action = find_item(plan.actions, action_id) if plan and action_id else None
        if action is None:
            return False
        text = action.description.strip() or self.tr("(no description yet)")
        if not dialogs.confirm(
            self,
            self.tr("Remove action"),
            self.tr("Remove the action “{text}”?\n\nUndo (Ctrl+Z) brings it back.").format(
                text=text
            ),
            yes_text=self.tr("Remove"),
            no_text=self.tr("Keep"),
        ):
            return False
        self.draft.edit(
            self.tr("Remove an action from the plan"),
            lambda r: with_plan(
                r, lambda p: dataclasses.replace(p, actions=remove_item(p.actions, action.id))
            ),
        )
        self.load(self.draft.record)
        target = self.action_list if self._current_action else self.add_action_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _move_action(self, offset: int) -> None:
        action_id = self._current_action
        if action_id is None:
            return
        self.draft.edit(
            self.tr("Reorder the actions"),
            lambda r: with_plan(
                r, lambda p: dataclasses.replace(p, actions=move_item(p.actions, action_id, offset))
            ),
        )
        button = self.action_up_button if offset < 0 else self.action_down_button
        if not button.isEnabled():
            self.action_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def compute_vouchers(self) -> int | None:
        """Estimate the selected action's vouchers from the chosen rules and store them.

        Returns:
            The number of vouchers, or None when nothing could be computed (the reason is
            shown under the button).
        """
        rules = self.rule_combo.current_value()
        if rules is None or self._current_action is None:
            return None
        kind = self.voucher_kind_combo.current_value()
        readable, price = read_amount(self.price_edit.text())
        if not readable:
            self._show_estimate(self.tr("The price is not an amount in złoty."))
            return None
        try:
            estimate = estimate_vouchers(
                rules,
                None if kind == _EXAM else str(kind),
                self.hours_spin.value(),
                price,
                individual=bool(self.individual_combo.current_value()),
                group=not self.individual_combo.current_value(),
                exam=kind == _EXAM,
            )
        except ValueError:
            self._show_estimate(
                self.tr("These rules need the price (and the hours) of the service.")
                if price is None
                else self.tr("The rules cannot compute this; check the hours and the price.")
            )
            return None
        vouchers = estimate.vouchers
        self._edit_action(
            self.tr("Compute the vouchers of an action"),
            lambda a: dataclasses.replace(a, vouchers=vouchers),
            None,
        )
        date = _date_text(estimate.valid_from)
        parts = [
            self.tr(
                "≈ %n voucher(s), worth {value} zł: estimate, rules of {date}.", "", vouchers
            ).format(value=_format_amount(estimate.cost_pln), date=date)
        ]
        if estimate.uncovered_pln > 0:
            parts.append(
                self.tr("{amount} zł is not covered by vouchers.").format(
                    amount=_format_amount(estimate.uncovered_pln)
                )
            )
        if estimate.explanation_code in (Explanation.EXAM_CAPPED, Explanation.HOURLY_PRICE_CAPPED):
            parts.append(self.tr("The rules' price limit applies."))
        if estimate.explanation_code is Explanation.POOL_CAPPED:
            parts.append(self.tr("Limited to the participant's pool."))
        self._show_estimate(" ".join(parts))
        return vouchers

    def _show_estimate(self, text: str) -> None:
        self._estimate_text = text
        self.estimate_label.setText(text)
        self.estimate_label.setVisible(bool(text))
        self.compute_button.setAccessibleDescription(text)

    def estimate_text(self) -> str:
        """The text shown under "Compute" ("" when none)."""
        return "" if self.estimate_label.isHidden() else self.estimate_label.text()

    # --- edits --------------------------------------------------------------------------------

    def _edit_plan(self, text: str, change: Callable[[Plan], Plan], key: str | None) -> None:
        if self._loading:
            return
        self.draft.edit(text, lambda r: with_plan(r, change), merge_key=key)

    def _edit_action(
        self, text: str, change: Callable[[PlanAction], PlanAction], field: str | None
    ) -> None:
        action_id = self._current_action
        if self._loading or action_id is None:
            return
        key = f"plan.action:{action_id}:{field}" if field else None
        self._edit_plan(
            text,
            lambda p: dataclasses.replace(p, actions=update_item(p.actions, action_id, change)),
            key,
        )

    def _edit_feedback(
        self, text: str, change: Callable[[Feedback], Feedback], key: str | None
    ) -> None:
        if self._loading:
            return

        def apply(record: BalanceRecord) -> BalanceRecord:
            if record.feedback is None:
                return record
            return dataclasses.replace(record, feedback=change(record.feedback))

        self.draft.edit(text, apply, merge_key=key)

    def _refined_goal_edited(self, text: str) -> None:
        self._edit_plan(
            self.tr("Edit the refined goal"),
            lambda p: dataclasses.replace(p, refined_goal=text),
            "plan:refined_goal",
        )

    def _sectors_edited(self, _text: str) -> None:
        sectors = self.sectors_edit.lines()
        self._edit_plan(
            self.tr("Edit the matching sectors"),
            lambda p: dataclasses.replace(p, matching_sectors=sectors),
            "plan:matching_sectors",
        )

    def _strength_toggled(self, item: QListWidgetItem) -> None:
        row = self.strength_list.row(item)
        if self._loading or not 0 <= row < len(self._strength_ids):
            return
        competence_id = self._strength_ids[row]
        on = item.checkState() == Qt.CheckState.Checked
        self._edit_plan(
            self.tr("Mark a strength for the feedback") if on else self.tr("Unmark a strength"),
            lambda p: dataclasses.replace(
                p, strength_competence_ids=toggled(p.strength_competence_ids, competence_id, on)
            ),
            None,
        )

    def _action_row_changed(self, row: int) -> None:
        if self._loading or not 0 <= row < len(self._action_ids):
            return
        self.select_action(self._action_ids[row])

    def _kind_changed(self) -> None:
        kind = self.kind_combo.current_value()
        if kind is not None:
            self._edit_action(
                self.tr("Change the type of an action"),
                lambda a: dataclasses.replace(a, kind=kind),
                None,
            )

    def _description_edited(self, text: str) -> None:
        self._edit_action(
            self.tr("Edit the description of an action"),
            lambda a: dataclasses.replace(a, description=text),
            "description",
        )

    def _bur_changed(self) -> None:
        if self.bur_combo.currentIndex() < 0:
            return
        category = self.bur_combo.current_value()
        self._edit_action(
            self.tr("Change the BUR category of an action"),
            lambda a: dataclasses.replace(a, bur_category=category),
            None,
        )

    def _qualification_changed(self, text: str) -> None:
        self._edit_action(
            self.tr("Edit the qualification of an action"),
            lambda a: dataclasses.replace(a, qualification_ref=text.strip() or None),
            "qualification_ref",
        )

    def _action_area_toggled(self, item: QListWidgetItem) -> None:
        row = self.action_areas_list.row(item)
        if self._loading or not 0 <= row < len(self._action_area_ids):
            return
        area_id = self._action_area_ids[row]
        on = item.checkState() == Qt.CheckState.Checked
        self._edit_action(
            self.tr("Link an area to an action") if on else self.tr("Unlink an area"),
            lambda a: dataclasses.replace(a, area_ids=toggled(a.area_ids, area_id, on)),
            None,
        )

    def _due_edited(self, value: PartialDate | None) -> None:
        if value is None:
            # A deadline is required: clearing the field keeps the stored one.
            self._refresh_notes()
            return
        self._edit_action(
            self.tr("Change the deadline of an action"),
            lambda a: dataclasses.replace(a, due=value),
            "due",
        )
        self._refresh_notes()

    def _owner_changed(self) -> None:
        owner = self.owner_combo.current_value()
        if owner is not None:
            self._edit_action(
                self.tr("Change who is responsible for an action"),
                lambda a: dataclasses.replace(a, owner=owner),
                None,
            )

    def _status_changed(self) -> None:
        status = self.status_combo.current_value()
        if status is not None:
            self._edit_action(
                self.tr("Change the status of an action"),
                lambda a: dataclasses.replace(a, status=status),
                None,
            )

    def _cost_edited(self, text: str) -> None:
        readable, amount = read_amount(text)
        if not readable:
            self.cost_message.set_message(
                self.tr(
                    "Write an amount in złoty, e.g. 1200 or 1200,50. The text is not saved "
                    "until it can be read."
                )
            )
            return
        self.cost_message.set_message("")
        self._edit_action(
            self.tr("Edit the estimated cost of an action"),
            lambda a: dataclasses.replace(a, estimated_cost_pln=amount),
            "cost",
        )

    def _vouchers_changed(self, value: int) -> None:
        vouchers = None if value < 0 else value
        self._edit_action(
            self.tr("Edit the vouchers of an action"),
            lambda a: dataclasses.replace(a, vouchers=vouchers),
            "vouchers",
        )

    def _form_changed(self) -> None:
        form = self.form_combo.current_value()
        if self._loading or form is None:
            return

        def apply(record: BalanceRecord) -> BalanceRecord:
            if record.feedback is None:
                return dataclasses.replace(record, feedback=Feedback(form=form))
            return dataclasses.replace(
                record, feedback=dataclasses.replace(record.feedback, form=form)
            )

        self.draft.edit(self.tr("Change the form of the feedback"), apply)

    def _feedback_text_edited(self, text: str) -> None:
        self._edit_feedback(
            self.tr("Edit the feedback"),
            lambda f: dataclasses.replace(f, text=text),
            "feedback:text",
        )

    def _scope_changed(self, text: str) -> None:
        self._edit_feedback(
            self.tr("Edit the training scope"),
            lambda f: dataclasses.replace(f, training_scope=text.strip() or None),
            "feedback:training_scope",
        )
