"""The plan stage page: areas from a job offer, actions stored exactly, feedback, a11y, keyboard."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget

from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.enums import FeedbackForm, Priority, RequirementSource, Stage
from advisor_app.domain.flow import InterviewFlow, StageState
from advisor_app.domain.partial_date import PartialDate
from advisor_app.domain.vouchers import (
    ExamRule,
    RateMethod,
    TrainingMode,
    TrainingRule,
    VoucherCategory,
    VoucherRuleSet,
)
from advisor_app.services.container import Services
from advisor_app.ui import dialogs, i18n
from advisor_app.ui.balance.draft import BalanceDraft
from advisor_app.ui.balance.gap_analysis import BuiltinReference
from advisor_app.ui.balance.plan_page import PlanPage, read_amount
from advisor_app.ui.issue_text import message_text
from tests.gui.balance.keyboard import type_text
from tests.gui.helpers import interactive_widgets_without_name
from tests.helpers.domain_factories import finishable_record, new_id, sid
from tests.helpers.executors import InlineExecutor

TODAY = dt.date(2026, 11, 5)


def _kk_2018() -> VoucherRuleSet:
    """The 2018 KK rules of DOMAIN.md §2.8 (hours × multiplier; exam capped at 40)."""
    rules = [
        TrainingRule(
            category=category,
            mode=TrainingMode.ANY,
            method=RateMethod.HOURS_MULTIPLIER,
            vouchers_per_hour=per_hour,
        )
        for category, per_hour in (
            (VoucherCategory.LANGUAGE, 1),
            (VoucherCategory.DIGITAL, 2),
            (VoucherCategory.DRIVING_LICENCE, 2),
            (VoucherCategory.OTHER, 3),
        )
    ]
    return VoucherRuleSet(
        id="KK-2018",
        project="KK",
        valid_from=dt.date(2018, 1, 1),
        training=tuple(rules),
        exam=ExamRule(max_price_pln=Decimal("600"), max_vouchers=40),
    )


class _Reference(BuiltinReference):
    """The built-in lists plus the 2018 KK voucher rules."""

    def voucher_rule_sets(self, project_code: str) -> tuple[VoucherRuleSet, ...]:
        return (_kk_2018(),) if project_code == "KK" else ()


def _without_plan() -> BalanceRecord:
    """SC01 before the plan stage: competences and evidence, no areas, plan or feedback."""
    return dataclasses.replace(finishable_record(), development_areas=(), plan=None, feedback=None)


@pytest.fixture(autouse=True)
def english_ui(polish_ui: None) -> None:
    """These tests read the page's English wording (the Polish one is checked by the .ts tests)."""
    i18n.set_language("en")


@pytest.fixture
def record() -> BalanceRecord:
    """The balance the page opens (tests override it with parametrisation or a fixture)."""
    return _without_plan()


@pytest.fixture
def draft(qtbot, services: Services, executor: InlineExecutor, record: BalanceRecord):
    """The open balance, saving through the real services; flushed before the profile closes."""
    services.balances.save(record)
    opened = BalanceDraft(record, services.balances.save, executor, save_delay_ms=10)
    yield opened
    opened.flush()
    qtbot.waitUntil(lambda: opened.is_saved)


@pytest.fixture
def page(qtbot, draft: BalanceDraft) -> Iterator[PlanPage]:
    """The shown plan page, reloaded on every change as the balance view does."""
    widget = PlanPage(
        draft,
        InterviewFlow(today=lambda: TODAY),
        new_id=new_id,
        reference=_Reference(),
        today=lambda: TODAY,
    )
    draft.record_did_change.connect(widget.load)
    qtbot.addWidget(widget)
    widget.resize(1100, 1000)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    yield widget
    draft.record_did_change.disconnect(widget.load)


def _stored(qtbot, services: Services, draft: BalanceDraft) -> BalanceRecord:
    qtbot.waitUntil(lambda: draft.is_saved)
    return services.balances.load(draft.record.balance.id)


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    assert item is not None, f"no cell {row}, {column}"
    return item.text()


def _type(widget: QWidget, text: str) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    type_text(text)


def test_read_amount_gives_two_decimal_places() -> None:
    """Amounts typed the Polish or the English way become Decimals with grosze."""
    assert read_amount("1200") == (True, Decimal("1200.00"))
    assert read_amount("1 200,5 zł") == (True, Decimal("1200.50"))
    assert read_amount("") == (True, None)
    assert read_amount("12,345")[0] is False
    assert read_amount("tysiąc")[0] is False


def test_action_is_stored_exactly(qtbot, page: PlanPage, draft, services: Services) -> None:
    """Deadline, BUR category, cost and vouchers typed in the editor are stored as typed."""
    action_id = page.add_action()
    assert QApplication.focusWidget() is page.description_edit
    QTest.keyClicks(page.description_edit, "Kurs Excel od podstaw, 40 h")
    page.due_edit.line_edit.clear()
    _type(page.due_edit.line_edit, "2027-02")
    page.bur_combo.select_value("informatyka")
    _type(page.cost_edit, "1200.00")
    page.vouchers_spin.setFocus()
    page.vouchers_spin.selectAll()
    QTest.keyClicks(page.vouchers_spin, "80")

    stored = _stored(qtbot, services, draft)
    assert stored.plan is not None
    (action,) = stored.plan.actions
    assert action.id == action_id
    assert action.description == "Kurs Excel od podstaw, 40 h"
    assert action.due == PartialDate(2027, 2)
    assert action.bur_category == "informatyka"
    assert action.estimated_cost_pln == Decimal("1200.00")
    assert str(action.estimated_cost_pln) == "1200.00"
    assert action.vouchers == 80


def test_unreadable_cost_is_explained_and_not_stored(qtbot, page: PlanPage, draft) -> None:
    """Text that is no amount stays in the field with a message; the record keeps no cost."""
    page.add_action()
    _type(page.cost_edit, "tysiąc")
    assert page.cost_message.isVisible()
    assert draft.record.plan is not None
    assert draft.record.plan.actions[0].estimated_cost_pln is None
    assert page.cost_edit.text() == "tysiąc"


def test_vouchers_are_computed_from_the_project_rules(page: PlanPage, draft) -> None:
    """SC11: a 30 h driving licence under the 2018 rules takes 60 vouchers, shown as estimate."""
    page.add_action()
    page.bur_combo.select_value("motoryzacja")
    assert page.voucher_kind_combo.current_value() is VoucherCategory.DRIVING_LICENCE
    page.hours_spin.setValue(30)
    assert page.compute_vouchers() == 60
    assert draft.record.plan is not None
    assert draft.record.plan.actions[0].vouchers == 60
    assert "estimate" in page.estimate_text() and "2018" in page.estimate_text()
    assert page.vouchers_spin.value() == 60


def test_written_feedback_needs_its_text(page: PlanPage, draft) -> None:
    """Written feedback without text shows the issue inline; typing the text clears it."""
    page.show_tab(2)
    assert not page.feedback_text_edit.isEnabled()
    page.form_combo.select_value(FeedbackForm.WRITTEN)
    assert draft.record.feedback is not None
    assert draft.record.feedback.form is FeedbackForm.WRITTEN
    assert page.note_text("text") == message_text("feedback_text_missing")
    _type(page.feedback_text_edit, "Pani mocne strony to rzetelność i obsługa kasy.")
    assert page.note_text("text") == ""
    _type(page.scope_edit, "informatyka")
    assert draft.record.feedback.training_scope == "informatyka"


def test_plan_stage_becomes_complete(page: PlanPage, draft) -> None:
    """One described action and oral feedback make the plan stage of SC01 complete."""
    flow = InterviewFlow(today=lambda: TODAY)
    assert flow.stage_state(draft.record, Stage.PLAN) is StageState.EMPTY
    page.add_action()
    assert flow.stage_state(draft.record, Stage.PLAN) is StageState.IN_PROGRESS
    type_text("Kurs arkusza kalkulacyjnego")
    page.form_combo.select_value(FeedbackForm.ORAL)
    assert flow.stage_state(draft.record, Stage.PLAN) is StageState.COMPLETE
    assert flow.can_finish(draft.record)


def test_strengths_are_pre_ticked_and_stored_with_the_plan(page: PlanPage, draft) -> None:
    """Before the plan exists the marked strengths are ticked; its first edit stores them."""
    page.show_tab(1)
    strengths = {c.id for c in draft.record.competences if c.strength}
    ticked = {
        page._strength_ids[row]
        for row in range(page.strength_list.count())
        if page.strength_list.item(row).checkState() == Qt.CheckState.Checked
    }
    assert ticked == strengths and strengths
    _type(page.refined_goal_edit, "Referentka biurowa w spółdzielni")
    assert draft.record.plan is not None
    assert set(draft.record.plan.strength_competence_ids) == strengths
    page.strength_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert page._strength_ids[0] not in draft.record.plan.strength_competence_ids


def test_suggest_areas_from_a_job_offer(page: PlanPage, draft) -> None:
    """Typed offer lines are checked against the competences; uncovered ones become areas."""
    areas = page.areas
    assert areas.requirements_edit.isVisible()
    _type(areas.requirements_edit, "- Obsługa kasy fiskalnej\n- Excel\n- Prawo jazdy kat. B")
    assert areas.coverage_table.rowCount() == 3
    assert _cell(areas.coverage_table, 0, 3) == "✗ Not covered"
    # The advisor ticks the till competence as covering the first line.
    areas.coverage_table.setCurrentCell(0, 0)
    till_row = areas._link_ids.index(sid("competence.till"))
    areas.links_list.item(till_row).setCheckState(Qt.CheckState.Checked)
    assert _cell(areas.coverage_table, 0, 3) == "✓ Evidenced"

    added = areas.suggest_areas()
    assert len(added) == 2
    gaps = [(a.gap, a.requirement_source, a.priority) for a in draft.record.development_areas]
    assert gaps == [
        ("Excel", RequirementSource.JOB_OFFER, Priority.MEDIUM),
        ("Prawo jazdy kat. B", RequirementSource.JOB_OFFER, Priority.MEDIUM),
    ]
    assert areas.suggest_areas() == ()  # no second area for the same line
    areas.priority_combo.select_value(Priority.HIGH)
    assert draft.record.development_areas[0].priority is Priority.HIGH
    areas.move_current_area(1)
    assert draft.record.development_areas[1].gap == "Excel"


def test_removing_an_area_unlinks_the_action(page: PlanPage, draft, monkeypatch) -> None:
    """A removed area disappears from the action's linked areas (no dangling reference)."""
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)
    area_id = page.areas.add_area()
    type_text("Brak arkusza kalkulacyjnego")
    page.add_action()
    page.action_areas_list.item(0).setCheckState(Qt.CheckState.Checked)
    assert draft.record.plan.actions[0].area_ids == (area_id,)
    page.show_tab(0)
    page.areas.select_area(area_id)
    assert page.areas.remove_current_area()
    assert draft.record.plan.actions[0].area_ids == ()
    assert page.action_areas_list.count() == 0


def test_chart_table_shows_the_chart_data(page: PlanPage, draft) -> None:
    """The profile table lists exactly the numbers the chart draws, by type and by category."""
    areas = page.areas
    for by_category in (False, True):
        areas.group_combo.select_value(by_category)
        rows = areas.chart.rows()
        table = areas.profile_table
        assert table.rowCount() == len(rows)
        for r, row in enumerate(rows):
            cells = [int(_cell(table, r, c)) for c in range(1, table.columnCount())]
            assert cells == [*row.counts, row.total]
        assert sum(row.total for row in rows) == len(draft.record.competences)
    page.grab()  # the chart paints without errors


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_every_control_has_an_accessible_name(page: PlanPage, tab: int) -> None:
    """Each tab's interactive widgets carry an accessible name (EN 301 549)."""
    page.add_action()
    page.areas.add_area()
    page.form_combo.select_value(FeedbackForm.BOTH)
    page.show_tab(tab)
    assert interactive_widgets_without_name(page) == []


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_tab_reaches_every_field_in_order(page: PlanPage, tab: int) -> None:
    """Tab walks the shown tab's fields in their visual order, each once, starting at the tabs."""
    page.add_action()
    page.areas.add_area()
    page.areas.set_job_offer_text("Excel")
    page.form_combo.select_value(FeedbackForm.BOTH)
    page.show_tab(tab)
    expected = [w for w in page.tab_chain() if w.isEnabled() and w.isVisible()]
    expected[0].setFocus()
    visited: list[QWidget] = []
    for _ in expected:
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert [w.objectName() for w in visited] == [w.objectName() for w in expected]


def test_alt_mnemonic_switches_tabs(qtbot, page: PlanPage) -> None:
    """Alt+P shows the plan tab and Alt+F the feedback tab (Ctrl+PgUp/PgDn stay the view's)."""
    page.tabs.tabBar().setFocus()
    QTest.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.tabs.currentIndex() == 1)
    QTest.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.tabs.currentIndex() == 2)


@pytest.mark.parametrize("record", [finishable_record()])
def test_loads_the_finished_plan_and_keeps_the_initial_goal_read_only(
    page: PlanPage, record: BalanceRecord
) -> None:
    """SC12: the initial goal is shown as text above the editable refined goal."""
    page.show_tab(1)
    assert page.initial_goal_label.text() == record.balance.initial_goal
    assert record.plan is not None
    assert page.refined_goal_edit.toPlainText() == record.plan.refined_goal
    assert page.action_list.count() == 2
    assert page.cost_edit.text().replace(",", ".") == "1200.00"
    assert page.vouchers_spin.value() == 80


SKI = "ZRK-sample-pnzp"


def _ski_record() -> BalanceRecord:
    """SC09-like: the ski qualification as target; one competence carries an outcome's ref."""
    record = _without_plan()
    balance = dataclasses.replace(record.balance, target_qualification_ref=SKI)
    first_outcome = f"{SKI}/ZE-01/E-01"
    competences = tuple(
        dataclasses.replace(c, catalogue_ref=first_outcome)
        if c.id == sid("competence.cash-book")
        else c
        for c in record.competences
    )
    return dataclasses.replace(record, balance=balance, competences=competences)


@pytest.mark.parametrize("record", [_ski_record()])
def test_gap_analysis_against_the_catalogue_qualification(
    qtbot, draft: BalanceDraft, services: Services
) -> None:
    """SC09: each learning outcome shows its status; the uncovered ones become areas."""
    page = PlanPage(draft, InterviewFlow(), new_id=new_id, today=lambda: TODAY)
    draft.record_did_change.connect(page.load)
    qtbot.addWidget(page)
    areas = page.areas
    assert areas.target_combo.current_value() == SKI
    assert not areas.requirements_edit.isVisibleTo(page)
    outcomes = areas.coverage()
    assert outcomes and outcomes[0].requirement.ref == f"{SKI}/ZE-01/E-01"
    table = areas.coverage_table
    assert table.rowCount() == len(outcomes)
    assert _cell(table, 0, 3) == "✓ Evidenced"
    assert {_cell(table, r, 3) for r in range(1, len(outcomes))} == {"✗ Not covered"}
    assert "Conditions for entering validation" in areas.prerequisites_label.text()

    added = areas.suggest_areas()
    assert len(added) == len(outcomes) - 1
    refs = [a.requirement_ref for a in _stored(qtbot, services, draft).development_areas]
    assert refs == [o.requirement.ref for o in outcomes[1:]]
    assert {a.requirement_source for a in draft.record.development_areas} == {
        RequirementSource.QUALIFICATION
    }
    draft.record_did_change.disconnect(page.load)


def test_catalogue_rules_estimate_a_driving_licence(qtbot, draft: BalanceDraft) -> None:
    """SC11: KK 2018 rules from the shipped catalogue give 30 h of licence B = 60 vouchers."""
    page = PlanPage(draft, InterviewFlow(), new_id=new_id, today=lambda: dt.date(2018, 6, 1))
    draft.record_did_change.connect(page.load)
    qtbot.addWidget(page)
    page.add_action()
    page.bur_combo.select_value("motoryzacja")
    assert page.rule_combo.current_value().id == "KK-2018"  # in force on the day of the plan
    page.voucher_kind_combo.select_value(VoucherCategory.DRIVING_LICENCE)
    page.hours_spin.setValue(30)
    assert page.compute_vouchers() == 60
    assert "estimate" in page.estimate_text()
    draft.record_did_change.disconnect(page.load)
