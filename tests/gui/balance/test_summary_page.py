"""The summary page: unmet finish rules with "go to"; Finish, Revise, Withdraw through the view."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from advisor_app.domain.entities import BalanceRecord, Feedback
from advisor_app.domain.enums import BalanceStatus, FeedbackForm, Stage
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.issues import Issue
from advisor_app.services.container import Services
from advisor_app.ui import dialogs
from advisor_app.ui.balance.balance_view import BalanceView
from advisor_app.ui.balance.draft import BalanceDraft
from advisor_app.ui.balance.summary_page import SHA_SHOWN, SummaryPage, WithdrawDialog
from advisor_app.ui.enum_text import enum_text
from advisor_app.ui.issue_text import issue_text
from tests.gui.balance.conftest import STAND_INS, MakeView
from tests.gui.balance.keyboard import focused, press, tab_to
from tests.gui.helpers import child, interactive_widgets_without_name
from tests.helpers.domain_factories import finishable_record
from tests.helpers.executors import InlineExecutor

PAGES = (*STAND_INS, SummaryPage)


def _tr(text: str, context: str = "BalanceView") -> str:
    return QCoreApplication.translate(context, text)


def _store(services: Services, record: BalanceRecord) -> BalanceRecord:
    """Store a draft as the autosave would."""
    services.participants.save(record.participant)
    services.balances.save(record)
    return record


def _without_feedback() -> BalanceRecord:
    """The SC01 balance with only the feedback missing."""
    return dataclasses.replace(finishable_record(), feedback=None)


@pytest.fixture
def confirmations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer every confirmation with yes, recording the titles asked."""
    asked: list[str] = []

    def confirm(parent, title, text, *, yes_text, no_text) -> bool:
        asked.append(title)
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    return asked


@pytest.fixture
def make_page(qtbot, services: Services, executor: InlineExecutor) -> Callable[..., SummaryPage]:
    """A summary page on its own, over a draft of the given record."""

    def make(record: BalanceRecord) -> SummaryPage:
        draft = BalanceDraft(record, services.balances.save, executor, save_delay_ms=20)
        page = SummaryPage(draft, InterviewFlow())
        draft.setParent(page)
        draft.record_did_change.connect(page.load)  # what the view does for the shown page
        qtbot.addWidget(page)
        page.show()
        return page

    return make


def _summary_view(make_view: MakeView, record: BalanceRecord, services: Services) -> BalanceView:
    """A view with the stand-in pages and the real summary page, showing the summary."""
    view = make_view(record, page_types=PAGES, lifecycle=services.lifecycle)
    view.show_entry(Stage.SUMMARY)
    return view


def _read_only(view: BalanceView) -> bool:
    """The view's read-only state, read fresh (it switches at runtime)."""
    return view.read_only


def _summary(view: BalanceView) -> SummaryPage:
    page = view.page(Stage.SUMMARY)
    assert isinstance(page, SummaryPage)
    return page


def test_unmet_rules_are_listed_by_stage_and_go_to_emits_the_issue(
    qtbot, make_page: Callable[..., SummaryPage]
) -> None:
    """Every unmet rule appears under its stage with its text; its button emits the issue."""
    record = dataclasses.replace(finishable_record(), meetings=(), plan=None, feedback=None)
    page = make_page(record)
    unmet = InterviewFlow().finish_issues(record)
    assert [i.code for i in unmet] == ["meeting_missing", "plan_missing", "feedback_missing"]
    assert len(page.go_buttons) == 3
    texts = [child(page, QLabel, f"ruleText{n}").text() for n in range(3)]
    assert texts == [issue_text(i) for i in unmet]
    assert child(page, QLabel, "introRulesHeading").text() == enum_text(Stage.INTRO)
    assert child(page, QLabel, "planRulesHeading").text() == enum_text(Stage.PLAN)
    assert page.findChild(QLabel, "biographyRulesHeading") is None
    with qtbot.waitSignal(page.issue_was_activated) as activated:
        qtbot.mouseClick(page.go_buttons[1], Qt.MouseButton.LeftButton)
    assert activated.args == [unmet[1]]


def test_finish_is_enabled_only_when_every_rule_is_met(
    services: Services, make_page: Callable[..., SummaryPage]
) -> None:
    """Finish stays disabled with a rule unmet (or without the service) and enables after."""
    page = make_page(_without_feedback())
    page.set_lifecycle_available(True)
    assert page.finish_button.isVisible() and not page.finish_button.isEnabled()
    assert page.withdraw_button.isEnabled()
    assert not page.revise_button.isVisible()
    feedback = Feedback(form=FeedbackForm.ORAL)
    page.draft.edit("Feedback", lambda r: dataclasses.replace(r, feedback=feedback))
    assert page.go_buttons == []
    assert page.finish_button.isEnabled()
    page.set_lifecycle_available(False)
    assert not page.finish_button.isEnabled()


def test_go_to_in_the_view_opens_the_stage_of_the_rule(
    make_view: MakeView, services: Services
) -> None:
    """The view answers "go to field" by showing the rule's stage with the focus on its page."""
    record = _store(services, dataclasses.replace(finishable_record(), meetings=(), plan=None))
    view = _summary_view(make_view, record, services)
    page = _summary(view)
    issues = page.unmet_rules()
    assert [i.stage for i in issues] == [Stage.INTRO, Stage.PLAN]
    page.go_buttons[0].click()
    assert view.current_key() == Stage.INTRO.value
    assert view.page(Stage.INTRO).isAncestorOf(focused())


def test_finishing_through_the_page_saves_first_and_makes_the_view_read_only(
    qtbot, make_view: MakeView, services: Services, confirmations: list[str], settle
) -> None:
    """A pending edit is saved, then the balance is finished and every page becomes read-only."""
    record = _store(services, finishable_record())
    view = _summary_view(make_view, record, services)
    page = _summary(view)
    view.draft.edit(
        "Goal",
        lambda r: dataclasses.replace(
            r, balance=dataclasses.replace(r.balance, initial_goal="Praca biurowa w gminie.")
        ),
    )
    assert not view.draft.is_saved
    assert page.finish_button.isEnabled()
    page.finish_button.click()
    settle()
    assert confirmations == [_tr("Finish the balance", "SummaryPage")]

    stored = services.balances.load(record.balance.id)
    assert stored.balance.status is BalanceStatus.FINISHED
    assert stored.balance.initial_goal == "Praca biurowa w gminie."
    assert view.draft.record == stored
    assert view.draft.undo_stack.count() == 0
    assert view.read_only
    assert not view.page(Stage.INTRO).isEnabled()
    assert not view.action_new_meeting.isEnabled()
    assert page.isEnabled()
    banner = child(view, QLabel, "readOnlyBanner")
    assert banner.isVisible() and banner.text() == _tr("Finished – read only")
    assert not page.finish_button.isVisible() and page.revise_button.isEnabled()
    (frozen,) = services.lifecycle.revisions(record.balance.id)
    assert frozen.sha256[:SHA_SHOWN] in page.revision_label.text()
    assert str(frozen.revision_id) in page.revision_label.text()


def test_revise_makes_the_view_editable_with_a_new_revision(
    qtbot, make_view: MakeView, services: Services, confirmations: list[str], settle
) -> None:
    """Revise swaps in a new draft revision based on the finished one; edits save again."""
    record = _store(services, finishable_record())
    finished = services.lifecycle.finish(record.balance.id)
    view = _summary_view(make_view, finished.record, services)
    settle()
    page = _summary(view)
    assert view.read_only and page.revise_button.isEnabled()

    page.revise_button.click()
    settle()
    balance = view.draft.record.balance
    assert not _read_only(view)
    assert balance.status is BalanceStatus.DRAFT
    assert balance.revision_id != finished.revision_id
    assert balance.base_revision_id == finished.revision_id
    assert view.page(Stage.INTRO).isEnabled()
    assert not child(view, QLabel, "readOnlyBanner").isVisible()
    assert page.finish_button.isVisible() and not page.revise_button.isVisible()

    view.show_entry(Stage.INTRO, focus=True)
    edit = child(view.page(Stage.INTRO), QLineEdit, "introEdit")
    qtbot.keyClicks(edit, " i kadry")
    view.draft.flush()
    qtbot.waitUntil(lambda: view.draft.is_saved)
    settle()
    stored = services.balances.load(record.balance.id)
    assert stored.balance.initial_goal.endswith(" i kadry")
    assert stored.balance.revision_id == balance.revision_id


def test_withdraw_asks_for_a_reason_and_makes_the_view_read_only(
    make_view: MakeView, services: Services, monkeypatch: pytest.MonkeyPatch, settle
) -> None:
    """Withdraw… takes the reason from its dialog; the balance is then withdrawn, read-only."""
    monkeypatch.setattr(WithdrawDialog, "ask", classmethod(lambda cls, parent, name="": "Wyjazd"))
    record = _store(services, _without_feedback())
    view = _summary_view(make_view, record, services)
    page = _summary(view)
    page.withdraw_button.click()
    settle()
    stored = services.balances.load(record.balance.id)
    assert stored.balance.status is BalanceStatus.WITHDRAWN
    assert stored.balance.withdrawal_reason == "Wyjazd"
    assert view.read_only and not view.page(Stage.INTRO).isEnabled()
    assert child(view, QLabel, "readOnlyBanner").text() == _tr("Withdrawn – read only")
    assert "Wyjazd" in page.status_label.text()
    assert not page.finish_button.isVisible() and not page.revise_button.isVisible()


def test_withdraw_dialog_needs_a_reason(qtbot) -> None:
    """The dialog's Withdraw button is enabled only once a reason is typed; it is trimmed."""
    dialog = WithdrawDialog("Halina Kowalczyk")
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "  Rezygnacja  ")
    assert dialog.ok_button.isEnabled() and dialog.reason() == "Rezygnacja"
    assert interactive_widgets_without_name(dialog) == []


def test_every_control_is_named_and_reachable_by_keyboard(
    qtbot, make_view: MakeView, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Go-to and action buttons are named, reached with Tab and pressed with Space."""
    asked: list[str] = []
    monkeypatch.setattr(
        WithdrawDialog, "ask", classmethod(lambda cls, parent, name="": asked.append(name))
    )
    record = _store(services, dataclasses.replace(finishable_record(), plan=None))
    view = _summary_view(make_view, record, services)
    with qtbot.waitActive(view):
        view.activateWindow()
    page = _summary(view)
    assert interactive_widgets_without_name(page) == []
    issues: list[Issue] = page.unmet_rules()
    assert [b.accessibleName() for b in page.go_buttons] == [
        _tr("Go to field: {stage} – {rule}", "SummaryPage").format(
            stage=enum_text(i.stage), rule=issue_text(i)
        )
        for i in issues
    ]
    view.show_entry(Stage.SUMMARY, focus=True)
    assert focused() is page.go_buttons[0]
    tab_to(page.withdraw_button)
    press(Qt.Key.Key_Space)
    assert asked == [record.participant.display_name]
    assert services.balances.load(record.balance.id).balance.status is BalanceStatus.DRAFT
    assert page.finish_button.accessibleName() and page.revise_button.accessibleName()
