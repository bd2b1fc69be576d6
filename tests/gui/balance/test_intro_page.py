"""The intro stage page: contract, goal, consents; autosave, undo, limits, keyboard, a11y."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.enums import (
    ConsentForm,
    ConsentPurpose,
    GoalType,
    LegalBasis,
    Reason,
    Variant,
)
from advisor_app.domain.flow import InterviewFlow
from advisor_app.services.container import Services
from advisor_app.ui import dialogs
from advisor_app.ui.balance.consent_editor import add_consent, withdraw_consent
from advisor_app.ui.balance.draft import BalanceDraft
from advisor_app.ui.balance.intro_page import CONTRACT_ITEMS, IntroPage
from advisor_app.ui.issue_text import message_text
from tests.gui.helpers import child, interactive_widgets_without_name
from tests.helpers.clock import FakeClock
from tests.helpers.domain_factories import make_consent, make_participant, new_id
from tests.helpers.executors import InlineExecutor


@pytest.fixture
def intro_record(services: Services) -> BalanceRecord:
    """A new draft balance of Halina Kowalczyk, stored through the services."""
    participant = make_participant(id=new_id())
    services.participants.save(participant)
    return services.balances.create(participant.id, variant=Variant.BASIC, project_code="KK")


@pytest.fixture
def draft(qtbot, services: Services, executor: InlineExecutor, intro_record: BalanceRecord):
    """The open balance, saving through the real services; flushed before the profile closes."""
    opened = BalanceDraft(intro_record, services.balances.save, executor, save_delay_ms=10)
    yield opened
    opened.flush()
    qtbot.waitUntil(lambda: opened.is_saved)


@pytest.fixture
def clock() -> FakeClock:
    """The time of consents and withdrawals."""
    return FakeClock(dt.datetime(2026, 3, 2, 9, 15, tzinfo=dt.UTC))


@pytest.fixture
def page(qtbot, draft: BalanceDraft, clock: FakeClock) -> Iterator[IntroPage]:
    """The shown intro page, reloaded on every change of the record as the balance view does."""
    widget = IntroPage(draft, InterviewFlow(), clock=clock.now)
    draft.record_did_change.connect(widget.load)
    qtbot.addWidget(widget)
    widget.resize(1000, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    yield widget
    draft.record_did_change.disconnect(widget.load)


def _stored(qtbot, services: Services, draft: BalanceDraft) -> BalanceRecord:
    qtbot.waitUntil(lambda: draft.is_saved)
    return services.balances.load(draft.record.balance.id)


def test_contract_ticks_reach_the_stored_balance(
    qtbot, page: IntroPage, draft: BalanceDraft, services: Services
) -> None:
    """Ticking every item with the keyboard completes the contract in the database."""
    assert page.note_text("contract") == message_text("contract_incomplete")
    for name in CONTRACT_ITEMS:
        box = page.contract_boxes[name]
        box.setFocus()
        QTest.keyClick(box, Qt.Key.Key_Space)
        assert getattr(draft.record.balance.contract, name) is True
    assert _stored(qtbot, services, draft).balance.contract.complete
    assert page.note_text("contract") == ""


def test_goal_and_goal_type_issues_disappear_when_filled(
    qtbot, page: IntroPage, draft: BalanceDraft, services: Services
) -> None:
    """The initial goal and its type are asked for until given, then stored as typed."""
    assert page.note_text("initial_goal") == message_text("goal_missing")
    assert page.note_text("goal_type") == message_text("goal_type_missing")
    page.initial_goal_edit.setFocus()
    page.initial_goal_edit.insertPlainText("Praca biurowa w spółdzielni rolniczej")
    page.goal_type_combo.select_value(GoalType.VOCATIONAL)
    assert page.note_text("initial_goal") == ""
    assert page.note_text("goal_type") == ""
    stored = _stored(qtbot, services, draft)
    assert stored.balance.initial_goal == "Praca biurowa w spółdzielni rolniczej"
    assert stored.balance.goal_type is GoalType.VOCATIONAL


def test_consent_is_recorded_then_withdrawn_but_never_deleted(
    qtbot,
    page: IntroPage,
    draft: BalanceDraft,
    services: Services,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """An oral consent is witnessed by the advisor; its withdrawal is dated and it stays."""
    editor = page.consents
    assert page.note_text("consents") == message_text("consent_missing")
    editor.purpose_combo.select_value(ConsentPurpose.PROJECT_PROCESSING)
    assert editor.basis_combo.current_value() is LegalBasis.LEGAL_OBLIGATION
    editor.version_edit.setText("WUP-KK-2026-01")
    editor.form_combo.select_value(ConsentForm.ORAL_WITH_WITNESS)
    assert editor.witness_label.isVisible()
    QTest.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)

    (consent,) = draft.record.consents
    assert consent.witnessed_by == draft.record.balance.advisor_id
    assert consent.given_at == clock.now()
    assert consent.form is ConsentForm.ORAL_WITH_WITNESS
    assert consent.text_version == "WUP-KK-2026-01"
    assert page.note_text("consents") == ""
    assert editor.selected_id() == consent.id
    assert editor.withdraw_button.isEnabled()

    questions: list[str] = []

    def agree(parent, title, text, *, yes_text, no_text) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(dialogs, "confirm", agree)
    withdrawn_at = clock.advance(3600)
    QTest.mouseClick(editor.withdraw_button, Qt.MouseButton.LeftButton)

    assert questions, "the withdrawal is confirmed first"
    (kept,) = draft.record.consents
    assert (kept.id, kept.withdrawn_at) == (consent.id, withdrawn_at)
    assert editor.table.rowCount() == 1
    assert not editor.withdraw_button.isEnabled(), "a withdrawn consent cannot be withdrawn again"
    assert page.note_text("consents") == message_text("consent_missing")
    (stored,) = _stored(qtbot, services, draft).consents
    assert stored.withdrawn_at == withdrawn_at


def test_declining_the_withdrawal_changes_nothing(
    page: IntroPage, draft: BalanceDraft, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Answering "keep the consent" leaves it active and adds no undo step."""
    consent = make_consent(id=new_id(), witnessed_by=draft.record.balance.advisor_id)
    draft.edit("Record a consent", lambda r: add_consent(r, consent))
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: False)
    page.consents.select(consent.id)
    steps = draft.undo_stack.count()
    assert page.consents.withdraw_selected() is False
    assert draft.record.consents[0].active
    assert draft.undo_stack.count() == steps


def test_legal_basis_follows_the_purpose(page: IntroPage) -> None:
    """Optional processing defaults to consent (6.1.a), project data to a legal obligation."""
    editor = page.consents
    for purpose in (
        ConsentPurpose.EVIDENCE_PHOTOS,
        ConsentPurpose.THIRD_PARTY_IMAGES,
        ConsentPurpose.PORTFOLIO_SHARING,
        ConsentPurpose.CONTACT_AFTER_PROJECT,
    ):
        editor.purpose_combo.select_value(purpose)
        assert editor.basis_combo.current_value() is LegalBasis.CONSENT
    editor.purpose_combo.select_value(ConsentPurpose.PROJECT_PROCESSING)
    assert editor.basis_combo.current_value() is LegalBasis.LEGAL_OBLIGATION


def test_consent_without_clause_version_is_not_recorded(page: IntroPage) -> None:
    """Recording without the clause version says what is missing and adds nothing."""
    editor = page.consents
    editor.version_edit.clear()
    assert editor.add_from_form() is None
    assert page.draft.record.consents == ()
    assert editor.version_note.isVisible()
    assert editor.version_edit.hasFocus()


def test_withdrawn_consent_stays_listed_with_its_date(
    qtbot, services: Services, executor: InlineExecutor, intro_record: BalanceRecord
) -> None:
    """A balance opened with a withdrawn consent shows it, marked withdrawn, in the table."""
    consent = make_consent(id=new_id())
    at = dt.datetime(2026, 2, 1, 8, 0, tzinfo=dt.UTC)
    record = withdraw_consent(add_consent(intro_record, consent), consent.id, at)
    draft = BalanceDraft(record, services.balances.save, executor)
    page = IntroPage(draft, InterviewFlow())
    qtbot.addWidget(page)
    item = page.consents.table.item(0, 5)
    assert item is not None
    state = item.text()
    assert state != page.consents.tr("Active")
    assert "2026" in state
    assert page.consents.table.toolTip(), "the table says why there is no Delete"


def test_typing_in_the_middle_keeps_the_cursor_through_reloads(
    qtbot, page: IntroPage, draft: BalanceDraft
) -> None:
    """Every keystroke reloads the page; the cursor stays where the advisor is typing."""
    field = page.starting_situation_edit
    field.setFocus()
    field.insertPlainText("Sprzedawczyni od lat.")
    cursor = field.textCursor()
    cursor.setPosition(len("Sprzedawczyni"))
    field.setTextCursor(cursor)
    qtbot.keyClicks(field, " w sklepie")
    assert draft.record.balance.starting_situation == "Sprzedawczyni w sklepie od lat."
    assert field.textCursor().position() == len("Sprzedawczyni w sklepie")
    page.variant_combo.select_value(Variant.IN_DEPTH)  # an edit elsewhere reloads the page too
    assert field.textCursor().position() == len("Sprzedawczyni w sklepie")


def test_undo_restores_the_initial_goal(page: IntroPage, draft: BalanceDraft) -> None:
    """Typing is one undo step; undo empties the field, redo brings the text back."""
    page.initial_goal_edit.setFocus()
    page.initial_goal_edit.insertPlainText("Praca ")
    page.initial_goal_edit.insertPlainText("biurowa")
    draft.undo_stack.undo()
    assert page.initial_goal_edit.toPlainText() == ""
    assert draft.record.balance.initial_goal == ""
    draft.undo_stack.redo()
    assert page.initial_goal_edit.toPlainText() == "Praca biurowa"


def test_pasting_100000_characters_keeps_20000_and_says_so(
    qtbot, page: IntroPage, draft: BalanceDraft, services: Services
) -> None:
    """A huge paste into a long text is cut to the document's limit, with a visible note."""
    page.constraints_edit.insertPlainText("Dojazd autobusem.")
    QGuiApplication.clipboard().setText("Zdanie. " * 12_500)  # 100,000 characters
    page.starting_situation_edit.setFocus()
    page.starting_situation_edit.paste()
    assert len(draft.record.balance.starting_situation) == 20_000
    assert page.note_text("starting_situation") == page.starting_situation_edit.cut_message()
    stored = _stored(qtbot, services, draft)
    assert len(stored.balance.starting_situation) == 20_000
    assert stored.balance.constraints == "Dojazd autobusem."


def test_emoji_and_right_to_left_text_are_kept(
    qtbot, page: IntroPage, draft: BalanceDraft, services: Services
) -> None:
    """Text in any script, emoji included, is stored exactly as typed."""
    goal = "Praca w przedszkolu 👩‍🏫 — مساعدة معلمة"
    page.initial_goal_edit.insertPlainText(goal)
    page.support_id_edit.setText("KK/2026/ąę/🙂")
    page.target_edit.setText("Prowadzenie księgowości ‏(ZRK)")
    stored = _stored(qtbot, services, draft)
    assert stored.balance.initial_goal == goal
    assert stored.balance.support_id == "KK/2026/ąę/🙂"
    assert stored.balance.target_qualification_ref == "Prowadzenie księgowości ‏(ZRK)"


def test_reasons_variant_and_planned_meetings_are_stored(
    qtbot, page: IntroPage, draft: BalanceDraft, services: Services
) -> None:
    """Reasons, variant and the planned number of meetings (0 = not set) reach the database."""
    page.reason_boxes[Reason.RETURN_TO_WORK].setChecked(True)
    page.reason_boxes[Reason.VALIDATION].setChecked(True)
    page.variant_combo.select_value(Variant.IN_DEPTH)
    page.planned_spin.setValue(4)
    stored = _stored(qtbot, services, draft).balance
    assert stored.reasons == (Reason.RETURN_TO_WORK, Reason.VALIDATION)
    assert stored.variant is Variant.IN_DEPTH
    assert stored.planned_meetings == 4
    page.planned_spin.setValue(0)
    assert _stored(qtbot, services, draft).balance.planned_meetings is None
    assert page.planned_spin.text() == page.planned_spin.specialValueText()


def test_missing_meeting_is_named_at_the_top(page: IntroPage) -> None:
    """Meetings are edited elsewhere; the intro page still says one is missing, at the top."""
    assert message_text("meeting_missing") in page.note_text("header")
    assert "Kowalczyk" in child(page, QLabel, "participantSummary").text()


def test_every_interactive_widget_has_an_accessible_name(page: IntroPage) -> None:
    """Screen readers get a name for every field, box, table and button of the page."""
    page.consents.form_combo.select_value(ConsentForm.ORAL_WITH_WITNESS)
    assert interactive_widgets_without_name(page) == []


def test_tab_reaches_every_field_in_visual_order(qtbot, page: IntroPage) -> None:
    """Tab walks the page top to bottom (left to right within a row), each field once."""
    consent = make_consent(id=new_id())
    page.draft.edit("Record a consent", lambda r: add_consent(r, consent))
    page.consents.select(consent.id)  # the Withdraw button is enabled only with a selection
    expected = [w for w in page.tab_chain() if w.isEnabled()]
    content = child(page, QWidget, "introContent")

    def place(widget: QWidget) -> tuple[int, int]:
        point = widget.mapTo(content, widget.rect().topLeft())
        return point.y(), point.x()

    for first, second in itertools.pairwise(expected):
        (y1, x1), (y2, x2) = place(first), place(second)
        same_row = abs(y1 - y2) < first.height() // 2
        assert (same_row and x2 > x1) or (not same_row and y2 > y1), (
            first.objectName(),
            second.objectName(),
        )

    expected[0].setFocus()
    visited: list[str] = []
    for _ in expected:
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused.objectName())
        # QPlainTextEdit would take Tab as text; these fields pass it on (tabChangesFocus).
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert visited == [w.objectName() for w in expected]


def test_long_texts_keep_their_cursor_when_set_from_the_record(page: IntroPage) -> None:
    """Loading the same text again leaves the field, its cursor and selection alone."""
    field = page.initial_goal_edit
    field.insertPlainText("Praca biurowa")
    cursor = field.textCursor()
    cursor.setPosition(2)
    cursor.setPosition(5, QTextCursor.MoveMode.KeepAnchor)
    field.setTextCursor(cursor)
    page.load(page.draft.record)
    assert (field.textCursor().anchor(), field.textCursor().position()) == (2, 5)
