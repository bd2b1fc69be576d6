"""The balance window: header, stage list and marks, keyboard, issues, resume, closing, wiring."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget

from advisor_app.domain.entities import BalanceRecord, Episode
from advisor_app.domain.enums import BalanceStatus, Stage, Variant
from advisor_app.domain.flow import StageState
from advisor_app.errors import DiskFull
from advisor_app.services.changes import SaveResult
from advisor_app.services.container import Services
from advisor_app.ui import dialogs, tasks
from advisor_app.ui.balance.balance_view import BalanceView
from advisor_app.ui.balance.draft import SaveState
from advisor_app.ui.balance.meetings_page import MEETINGS_KEY, MeetingsPage
from advisor_app.ui.balance.stage_list import state_text
from advisor_app.ui.dialogs import NewBalanceDialog
from advisor_app.ui.enum_text import enum_text
from advisor_app.ui.main_window import MainWindow
from advisor_app.ui.settings import AppSettings
from tests.gui.balance.conftest import STAND_INS, MakeView, with_episodes
from tests.gui.helpers import child, interactive_widgets_without_name
from tests.helpers.domain_factories import make_participant, new_id


def _tr(text: str, context: str = "BalanceView") -> str:
    return QCoreApplication.translate(context, text)


def _activate(qtbot, view: BalanceView) -> None:
    with qtbot.waitActive(view):
        view.activateWindow()


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Capture error boxes instead of showing them."""
    shown: list[str] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, title, text, details="": shown.append(text)
    )
    return shown


def _draft_episode(
    situation: str = "", task: str = "", action: str = "", result: str = ""
) -> Episode:
    return Episode(
        id=new_id(),
        experience_id=new_id(),
        situation=situation,
        task=task,
        action=action,
        result=result,
    )


def _stage(view: BalanceView) -> Stage:
    """The balance's current stage, read fresh."""
    return view.draft.record.balance.current_stage


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


# --- header and stage list --------------------------------------------------------------------


def test_header_shows_participant_status_project_variant_and_save_state(
    make_view: MakeView, stored_record: BalanceRecord
) -> None:
    """The name, status, project, variant and "Saved" are always visible above the pages."""
    view = make_view(stored_record)
    assert child(view, QLabel, "participantNameLabel").text() == "Kowalczyk Halina"
    details = child(view, QLabel, "balanceDetailsLabel").text()
    assert enum_text(BalanceStatus.DRAFT) in details  # "W toku"
    assert "KK" in details
    assert enum_text(stored_record.balance.variant) in details
    assert view.save_label.text() == _tr("Saved")
    assert "Kowalczyk Halina" in view.windowTitle()


def test_stage_list_shows_stages_with_pages_then_meetings(
    make_view: MakeView, stored_record: BalanceRecord
) -> None:
    """Only stages that have a page are listed (in interview order), then the meeting log."""
    view = make_view(stored_record)
    assert view.stage_list.keys() == [
        "intro",
        "biography",
        "behavioural",
        "competences",
        "meetings",
    ]
    assert view.entry_keys() == view.stage_list.keys()
    assert view.current_key() == "intro"
    for stage in (Stage.PORTFOLIO, Stage.PLAN, Stage.SUMMARY):
        with pytest.raises(KeyError):
            view.page(stage)


def test_marks_change_when_data_is_added(
    qtbot, make_view: MakeView, stored_record: BalanceRecord
) -> None:
    """Adding a meeting turns the empty introduction into "in progress" (shape and text)."""
    view = make_view(stored_record)
    row = view.stage_list.row_of("intro")
    assert view.stage_list.state_of("intro") is StageState.EMPTY
    item = view.stage_list.item(row)
    assert state_text(StageState.EMPTY) in item.data(Qt.ItemDataRole.AccessibleTextRole)
    view.show_entry(MEETINGS_KEY)
    view.meetings_page.add_meeting()
    qtbot.waitUntil(lambda: view.stage_list.state_of("intro") is StageState.IN_PROGRESS)
    accessible = item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible.endswith(state_text(StageState.IN_PROGRESS))
    meetings_item = view.stage_list.item(view.stage_list.row_of(MEETINGS_KEY))
    assert meetings_item.data(Qt.ItemDataRole.AccessibleTextRole) != "", "says how many"


def test_opening_shows_the_stage_the_advisor_last_worked_on(
    make_view: MakeView, stored_record: BalanceRecord
) -> None:
    """The view opens on ``current_stage``; a stage without a page falls back to an earlier one."""
    behavioural = dataclasses.replace(
        stored_record,
        balance=dataclasses.replace(stored_record.balance, current_stage=Stage.BEHAVIOURAL),
    )
    assert make_view(behavioural).current_key() == "behavioural"
    plan = dataclasses.replace(
        stored_record, balance=dataclasses.replace(stored_record.balance, current_stage=Stage.PLAN)
    )
    assert make_view(plan).current_key() == "competences"


# --- keyboard ---------------------------------------------------------------------------------


def test_keyboard_moves_between_stages(
    qtbot, make_view: MakeView, stored_record: BalanceRecord, settle: Callable[[], None]
) -> None:
    """Arrows switch pages, Enter moves into the page, Ctrl+n jumps, Ctrl+PgUp/PgDn step."""
    view = make_view(stored_record)
    _activate(qtbot, view)
    view.stage_list.setFocus()
    QTest.keyClick(view.stage_list, Qt.Key.Key_Down)
    assert view.current_key() == "biography"
    assert _stage(view) is Stage.BIOGRAPHY
    QTest.keyClick(view.stage_list, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is child(view, QLineEdit, "biographyEdit")

    QTest.keyClick(_focused(), Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert view.current_key() == "behavioural"
    assert QApplication.focusWidget() is child(view, QLineEdit, "behaviouralEdit")
    focused = _focused()
    QTest.keyClick(focused, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.current_key() == "competences"
    QTest.keyClick(focused, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.current_key() == MEETINGS_KEY
    assert _stage(view) is Stage.COMPETENCES, "meetings: no stage"
    QTest.keyClick(focused, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.current_key() == MEETINGS_KEY, "stays on the last entry"
    QTest.keyClick(focused, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert view.current_key() == "competences"
    assert view.action_next.shortcut() == QKeySequence("Ctrl+PgDown")
    qtbot.waitUntil(lambda: view.draft.state is SaveState.SAVED)
    settle()


def test_ctrl_z_in_a_text_field_undoes_through_the_draft(
    qtbot, make_view: MakeView, stored_record: BalanceRecord, services: Services
) -> None:
    """Ctrl+Z inside a line edit is the balance's undo (one step per field), saved like an edit."""
    view = make_view(stored_record)
    _activate(qtbot, view)
    field = child(view, QLineEdit, "introEdit")
    field.setFocus()
    qtbot.keyClicks(field, "Praca biurowa")
    assert view.draft.undo_stack.count() == 1
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.draft.record.balance.initial_goal == ""
    assert field.text() == ""
    QTest.keyClick(
        field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert field.text() == "Praca biurowa"
    QTest.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(field, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert view.draft.record.balance.initial_goal == "Praca biurowa"
    qtbot.waitUntil(lambda: view.draft.state is SaveState.SAVED)
    stored = services.balances.load(stored_record.balance.id)
    assert stored.balance.initial_goal == "Praca biurowa"


def test_every_interactive_widget_has_an_accessible_name(
    qtbot, make_view: MakeView, stored_record: BalanceRecord
) -> None:
    """Header, banner, stage list, issue list and the meeting log all have accessible names."""
    record = with_episodes(stored_record, _draft_episode(situation="S"))
    record = dataclasses.replace(
        record, balance=dataclasses.replace(record.balance, current_stage=Stage.BEHAVIOURAL)
    )
    view = make_view(record, resume=True)
    assert view.resume_point() is not None
    assert interactive_widgets_without_name(view) == []
    view.show_entry(MEETINGS_KEY)
    assert interactive_widgets_without_name(view) == []  # empty log
    view.meetings_page.add_meeting()
    assert interactive_widgets_without_name(view) == []  # with the editor
    for action in (view.action_undo, view.action_redo, view.action_close, view.action_next):
        assert action.text()


# --- issues -----------------------------------------------------------------------------------


def test_issue_list_shows_the_pages_issues_and_leads_to_the_field(
    qtbot, make_view: MakeView, stored_record: BalanceRecord
) -> None:
    """The list under the page names what is missing there; activating an item focuses it."""
    view = make_view(stored_record)
    _activate(qtbot, view)
    view.show_entry(MEETINGS_KEY)
    assert view.issue_list.count() == 1
    assert (
        view.issue_list.item(0)
        .text()
        .endswith(QCoreApplication.translate("Issue", "Record at least one meeting."))
    )
    view.issue_list.setFocus()
    view.issue_list.setCurrentRow(0)
    QTest.keyClick(view.issue_list, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.meetings_page.add_button
    view.meetings_page.add_meeting()
    qtbot.waitUntil(lambda: view.issue_list.count() == 0)
    assert view.issue_list.isHidden()


# --- resume -----------------------------------------------------------------------------------


def test_resume_banner_names_the_episode_and_what_is_missing(
    qtbot, make_view: MakeView, stored_record: BalanceRecord
) -> None:
    """SC02: episode 2 has S, T, A but no R → "Resume: Episode 2 – missing: Result"."""
    complete = _draft_episode(situation="S", task="T", action="A", result="R")
    interrupted = _draft_episode(situation="Dostawa", task="Rozładunek", action="Sprawdził")
    record = with_episodes(stored_record, complete, interrupted)
    record = dataclasses.replace(
        record, balance=dataclasses.replace(record.balance, current_stage=Stage.BEHAVIOURAL)
    )
    view = make_view(record, resume=True)
    assert view.current_key() == "behavioural"
    point = view.resume_point()
    assert point is not None and point.number == 2 and point.stage is Stage.BEHAVIOURAL
    # Built from the same sources, so the check holds in Polish ("Wznów: Epizod 2 – brakuje:
    # Rezultat") once translated, and in English before.
    episode = QCoreApplication.translate("ResumeBanner", "Episode {number}").format(number=2)
    missing = QCoreApplication.translate("ResumeBanner", "{item} – missing: {fields}").format(
        item=episode, fields=QCoreApplication.translate("FieldName", "Result")
    )
    expected = QCoreApplication.translate("ResumeBanner", "Resume ({stage}): {what}").format(
        stage=enum_text(Stage.BEHAVIOURAL), what=missing
    )
    assert view.resume_banner.text.text() == expected
    assert view.resume_banner.isVisible()

    _activate(qtbot, view)
    view.show_entry(Stage.INTRO)
    child(view.resume_banner, QPushButton, "resumeGoButton").click()
    assert view.current_key() == "behavioural"
    assert view.resume_point() is None, "the banner goes away once used"


def test_resume_banner_for_a_draft_episode_while_on_another_stage(
    make_view: MakeView, stored_record: BalanceRecord
) -> None:
    """A half-finished story is offered even when the advisor stopped on an untouched stage."""
    record = with_episodes(stored_record, _draft_episode(situation="Powódź"))
    view = make_view(record, resume=True)
    point = view.resume_point()
    assert point is not None and point.stage is Stage.BEHAVIOURAL and point.number == 1
    assert [i.field for i in point.issues] == [
        "episodes.task",
        "episodes.action",
        "episodes.result",
    ]


def test_no_resume_banner_without_anything_to_resume(
    make_view: MakeView, stored_record: BalanceRecord
) -> None:
    """A balance whose current stage was never started and has no draft story shows none."""
    assert make_view(stored_record, resume=True).resume_point() is None
    episode = _draft_episode(situation="S", task="T", action="A", result="R")
    assert make_view(with_episodes(stored_record, episode), resume=True).resume_point() is None


# --- saving and closing -----------------------------------------------------------------------


def test_closing_saves_first(
    qtbot, make_view: MakeView, stored_record: BalanceRecord, services: Services
) -> None:
    """Closing right after typing waits for the save, then closes; nothing is lost."""
    view = make_view(stored_record, save_delay_ms=60_000)
    field = child(view, QLineEdit, "introEdit")
    qtbot.keyClicks(field, "Praca biurowa")
    assert view.draft.state is SaveState.UNSAVED
    with qtbot.waitSignal(view.view_did_close, timeout=3000) as closed:
        assert not view.close(), "the close waits for the save"
    assert closed.args == [stored_record.balance.id]
    stored = services.balances.load(stored_record.balance.id)
    assert stored.balance.initial_goal == "Praca biurowa"


def test_a_failed_save_is_shown_kept_and_retried(
    qtbot,
    make_view: MakeView,
    stored_record: BalanceRecord,
    services: Services,
    shown_errors: list[str],
) -> None:
    """FAILED in the header, one message, the edit kept; the next edit saves everything."""
    failures = [DiskFull("disk full")]

    def flaky_save(record: BalanceRecord) -> SaveResult:
        if failures:
            raise failures.pop()
        return services.balances.save(record)

    view = make_view(stored_record, save=flaky_save)
    field = child(view, QLineEdit, "introEdit")
    qtbot.keyClicks(field, "Praca")
    qtbot.waitUntil(lambda: view.draft.state is SaveState.FAILED)
    assert view.save_label.text() == _tr("Save failed")
    assert child(view, QPushButton, "retrySaveButton").isVisible()
    assert len(shown_errors) == 1
    assert view.draft.record.balance.initial_goal == "Praca"
    qtbot.keyClicks(field, " biurowa")
    qtbot.waitUntil(lambda: view.draft.state is SaveState.SAVED)
    assert view.save_label.text() == _tr("Saved")
    assert not child(view, QPushButton, "retrySaveButton").isVisible()
    stored = services.balances.load(stored_record.balance.id)
    assert stored.balance.initial_goal == "Praca biurowa"


def test_closing_after_a_failed_save_asks_before_losing_anything(
    qtbot,
    make_view: MakeView,
    stored_record: BalanceRecord,
    monkeypatch: pytest.MonkeyPatch,
    shown_errors: list[str],
) -> None:
    """When the flush on close fails, the advisor chooses; "keep" keeps the window and the edit."""

    def broken_save(record: BalanceRecord) -> SaveResult:
        raise DiskFull("disk full")

    answers = [False, True]
    asked: list[str] = []

    def confirm(parent, title, text, *, yes_text, no_text) -> bool:
        asked.append(yes_text)
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "confirm", confirm)
    view = make_view(stored_record, save=broken_save, save_delay_ms=60_000)
    qtbot.keyClicks(child(view, QLineEdit, "introEdit"), "Praca")
    with qtbot.waitSignal(view.close_did_cancel, timeout=3000):
        view.close()
    assert view.isVisible() and asked == [_tr("Close without saving")]
    assert view.draft.record.balance.initial_goal == "Praca"
    assert shown_errors == [], "the question replaces the error box"
    with qtbot.waitSignal(view.view_did_close, timeout=3000):
        view.close()
    assert len(asked) == 2


# --- main window wiring -----------------------------------------------------------------------


@pytest.fixture
def make_window(qtbot, services: Services, executor, settings: AppSettings):
    """A shown main window whose balance windows use the stand-in pages."""

    def make() -> MainWindow:
        window = MainWindow(services, executor, settings, balance_page_types=STAND_INS)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.model.loaded_once)
        return window

    return make


def _open_from_list(qtbot, window: MainWindow) -> BalanceView:
    with qtbot.waitSignal(window.balance_view_did_open, timeout=3000) as opened:
        window.view.setFocus()
        window.view.selectRow(0)
        QTest.keyClick(window.view, Qt.Key.Key_Return)
    view = opened.args[0]
    assert isinstance(view, BalanceView)
    return view


def test_enter_on_a_balance_row_opens_its_window_once(
    qtbot, make_window, stored_record: BalanceRecord
) -> None:
    """Enter on a row with a balance opens the balance (Ctrl+O too), never twice."""
    window = make_window()
    view = _open_from_list(qtbot, window)
    assert view.balance_id == stored_record.balance.id
    assert window.balance_views() == [view]
    assert window.action_open_balance.shortcut() == QKeySequence("Ctrl+O")
    window.action_open_balance.trigger()
    qtbot.waitUntil(lambda: tasks.in_flight() == 0)
    assert window.balance_views() == [view]
    with qtbot.waitSignal(view.view_did_close):
        view.close()
    assert window.balance_views() == []


def test_opening_from_the_list_offers_to_resume(
    qtbot, make_window, stored_record: BalanceRecord, services: Services
) -> None:
    """A balance left mid-story reopens on its stage with the resume banner."""
    record = with_episodes(stored_record, _draft_episode(situation="S", task="T", action="A"))
    record = dataclasses.replace(
        record, balance=dataclasses.replace(record.balance, current_stage=Stage.BEHAVIOURAL)
    )
    services.balances.save(record)
    view = _open_from_list(qtbot, make_window())
    assert view.current_key() == "behavioural"
    assert view.resume_point() is not None
    with qtbot.waitSignal(view.view_did_close):
        view.close()


def test_a_new_balance_opens_in_its_window(
    qtbot, make_window, services: Services, monkeypatch
) -> None:
    """Creating a balance opens it at once, without a resume banner."""
    participant = make_participant()
    services.participants.save(participant)
    window = make_window()
    monkeypatch.setattr(
        NewBalanceDialog,
        "ask",
        classmethod(lambda cls, parent, codes, name="": (Variant.BASIC, "KK")),
    )
    window.view.selectRow(0)
    with qtbot.waitSignal(window.balance_view_did_open, timeout=3000) as opened:
        window.action_new_balance.trigger()
    view = opened.args[0]
    assert view.draft.record.participant.id == participant.id
    assert view.resume_point() is None
    with qtbot.waitSignal(view.view_did_close):
        view.close()


def test_closing_the_main_window_saves_and_closes_balance_windows_first(
    qtbot,
    make_window,
    stored_record: BalanceRecord,
    services: Services,
) -> None:
    """Quitting with an unsaved edit: the balance saves, closes, then the main window closes."""
    window = make_window()
    view = _open_from_list(qtbot, window)
    view.draft._timer.setInterval(60_000)  # the edit must still be waiting when quitting
    qtbot.keyClicks(child(view, QLineEdit, "introEdit"), "Praca")
    assert not view.draft.is_saved
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    assert window.balance_views() == []
    stored = services.balances.load(stored_record.balance.id)
    assert stored.balance.initial_goal == "Praca"


def test_real_pages_build_in_the_view(make_view: MakeView, stored_record: BalanceRecord) -> None:
    """The registry's pages build on a fresh balance in interview order, every field named."""
    from advisor_app.ui.balance import pages  # the pages are written in parallel

    page_types = pages.stage_pages()
    assert [p.STAGE for p in page_types] == [
        Stage.INTRO,
        Stage.BIOGRAPHY,
        Stage.BEHAVIOURAL,
        Stage.COMPETENCES,
        Stage.PORTFOLIO,
        Stage.PLAN,
        Stage.SUMMARY,
    ]
    view = make_view(stored_record, page_types=page_types)
    for stage in [p.STAGE for p in page_types]:
        view.show_entry(stage)
        assert view.current_page().isVisible()
        assert interactive_widgets_without_name(view) == [], stage
    assert isinstance(view.page(MEETINGS_KEY), MeetingsPage)


def test_a_competence_from_a_story_opens_on_the_competences_page(
    make_view: MakeView, stored_record: BalanceRecord
) -> None:
    """A competence created from a story opens on the competences page, pre-linked."""
    from advisor_app.ui.balance import pages  # the pages are written in parallel

    story = _draft_episode(situation="S", task="T", action="A", result="R")
    record = with_episodes(stored_record, story)
    view = make_view(record, page_types=pages.stage_pages())
    view.show_entry(Stage.BEHAVIOURAL)
    behavioural = view.page(Stage.BEHAVIOURAL)
    behavioural.select_episode(story.id)  # type: ignore[attr-defined]
    behavioural.request_competence()  # type: ignore[attr-defined]
    assert view.current_key() == Stage.COMPETENCES.value
    (competence,) = view.draft.record.competences
    assert competence.episode_ids == (story.id,)
    assert competence.experience_ids == (record.experiences[0].id,)


def test_a_finished_balance_opens_read_only(
    make_view: MakeView, stored_record: BalanceRecord
) -> None:
    """Finished balances cannot change: pages are disabled and moving around saves nothing."""
    finished = dataclasses.replace(
        stored_record,
        balance=dataclasses.replace(stored_record.balance, status=BalanceStatus.FINISHED),
    )
    view = make_view(finished, save=_refuse_saves, resume=True)
    assert view.read_only
    assert not view.page(Stage.INTRO).isEnabled()
    assert not view.action_new_meeting.isEnabled()
    view.show_entry(Stage.COMPETENCES)
    assert view.draft.is_saved and view.draft.undo_stack.count() == 0
    assert view.resume_point() is None


def _refuse_saves(record: BalanceRecord) -> SaveResult:
    raise AssertionError("a finished balance must not be saved")
