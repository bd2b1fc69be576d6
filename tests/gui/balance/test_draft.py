"""The balance draft: autosave timing, undo steps, failures, and a GUI thread that never waits."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest
from PySide6.QtCore import QTimer

from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.enums import Stage
from advisor_app.errors import DiskFull
from advisor_app.services.changes import SaveResult
from advisor_app.services.container import Services
from advisor_app.ui.balance.draft import BalanceDraft, SaveState
from tests.helpers.executors import InlineExecutor


def _set_goal(text: str) -> Callable[[BalanceRecord], BalanceRecord]:
    def change(record: BalanceRecord) -> BalanceRecord:
        return dataclasses.replace(
            record, balance=dataclasses.replace(record.balance, initial_goal=text)
        )

    return change


def _set_constraints(text: str) -> Callable[[BalanceRecord], BalanceRecord]:
    def change(record: BalanceRecord) -> BalanceRecord:
        return dataclasses.replace(
            record, balance=dataclasses.replace(record.balance, constraints=text)
        )

    return change


def _state(draft: BalanceDraft) -> SaveState:
    """The draft's state, read fresh (a plain attribute access would be narrowed by mypy)."""
    return draft.state


def _is_saved(draft: BalanceDraft) -> bool:
    return draft.is_saved


def _last_error(draft: BalanceDraft) -> BaseException | None:
    return draft.last_error


def _stored_goal(services: Services, record: BalanceRecord) -> str:
    return services.balances.load(record.balance.id).balance.initial_goal


class _RecordingSave:
    """Wraps ``services.balances.save``: counts calls, can fail or block on demand."""

    def __init__(self, services: Services) -> None:
        self._services = services
        self.calls: list[BalanceRecord] = []
        self.fail_next = 0
        self.gate: threading.Event | None = None

    def __call__(self, record: BalanceRecord) -> SaveResult:
        if self.gate is not None:
            assert self.gate.wait(10), "the test never opened the gate"
        self.calls.append(record)
        if self.fail_next:
            self.fail_next -= 1
            raise DiskFull("disk full while saving the balance")
        return self._services.balances.save(record)


@pytest.fixture
def recording(services: Services) -> _RecordingSave:
    """A save function that records what it stored."""
    return _RecordingSave(services)


@pytest.fixture
def worker() -> Iterator[ThreadPoolExecutor]:
    """A real single-thread db executor."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="test-db")
    yield pool
    pool.shutdown(wait=True)


def _draft(qtbot, record, save, executor, delay: int = 30) -> BalanceDraft:
    del qtbot  # a QApplication must exist; the draft itself has no window
    return BalanceDraft(record, save, executor, save_delay_ms=delay)


def test_an_edit_is_saved_after_the_delay(
    qtbot, stored_record: BalanceRecord, services: Services, executor: InlineExecutor
) -> None:
    """An edit is unsaved at first, then durable without any further action."""
    draft = _draft(qtbot, stored_record, services.balances.save, executor)
    assert _state(draft) is SaveState.SAVED and draft.is_saved
    draft.edit("Edit the goal", _set_goal("Praca biurowa"), merge_key="goal")
    assert _state(draft) is SaveState.UNSAVED and not _is_saved(draft)
    assert draft.record.balance.initial_goal == "Praca biurowa"
    with qtbot.waitSignal(draft.all_did_save, timeout=2000):
        pass
    assert _state(draft) is SaveState.SAVED
    assert _stored_goal(services, stored_record) == "Praca biurowa"


def test_continuous_typing_does_not_postpone_the_save(
    qtbot, stored_record: BalanceRecord, recording: _RecordingSave, executor: InlineExecutor
) -> None:
    """Saves happen while the advisor keeps typing: the timer is not restarted per keystroke."""
    draft = _draft(qtbot, stored_record, recording, executor, delay=40)
    typed: list[str] = []
    typing = QTimer()
    typing.setInterval(5)

    def keystroke() -> None:
        typed.append("x")
        draft.edit("Edit the goal", _set_goal("".join(typed)), merge_key="goal")

    typing.timeout.connect(keystroke)
    typing.start()
    try:
        qtbot.waitUntil(lambda: len(recording.calls) >= 3, timeout=5000)
        assert typing.isActive(), "the keystrokes never paused"
        # Every save stored a state the advisor had typed, and each one a longer text.
        lengths = [len(r.balance.initial_goal) for r in recording.calls]
        assert lengths == sorted(lengths) and lengths[0] > 0
    finally:
        typing.stop()
    qtbot.waitUntil(lambda: draft.is_saved and _state(draft) is SaveState.SAVED, timeout=2000)
    assert recording.calls[-1].balance.initial_goal == "".join(typed)


def test_keystrokes_in_one_field_are_one_undo_step_across_saves(
    qtbot, stored_record: BalanceRecord, services: Services, executor: InlineExecutor
) -> None:
    """Typing a word in one field undoes in one step even when autosave ran between the keys."""
    draft = _draft(qtbot, stored_record, services.balances.save, executor, delay=1)
    text = ""
    for letter in "praca":
        text += letter
        draft.edit("Edit the goal", _set_goal(text), merge_key="goal")
        qtbot.waitUntil(lambda: _state(draft) is SaveState.SAVED)  # marks the stack clean
    draft.edit("Edit the constraints", _set_constraints("dojazd"), merge_key="constraints")
    assert draft.undo_stack.count() == 2
    draft.undo_stack.undo()
    assert draft.record.balance.constraints == ""
    assert draft.record.balance.initial_goal == "praca"
    draft.undo_stack.undo()
    assert draft.record.balance.initial_goal == ""
    assert not draft.undo_stack.canUndo()


def test_undo_and_redo_restore_values_and_save_them(
    qtbot, stored_record: BalanceRecord, services: Services, executor: InlineExecutor
) -> None:
    """Undo brings the old value back in memory and on disk; redo the new one."""
    draft = _draft(qtbot, stored_record, services.balances.save, executor)
    draft.edit("Edit the goal", _set_goal("Magazynier"), merge_key="goal")
    qtbot.waitUntil(lambda: _stored_goal(services, stored_record) == "Magazynier")
    draft.undo_stack.undo()
    assert draft.record.balance.initial_goal == ""
    assert _state(draft) is not SaveState.SAVED
    qtbot.waitUntil(lambda: _state(draft) is SaveState.SAVED)
    assert _stored_goal(services, stored_record) == ""
    draft.undo_stack.redo()
    qtbot.waitUntil(lambda: _state(draft) is SaveState.SAVED)
    assert _stored_goal(services, stored_record) == "Magazynier"


def test_typing_after_an_undo_starts_a_new_step(
    qtbot, stored_record: BalanceRecord, services: Services, executor: InlineExecutor
) -> None:
    """After undo, new typing replaces the redo history instead of growing the undone step."""
    draft = _draft(qtbot, stored_record, services.balances.save, executor)
    draft.edit("Edit the goal", _set_goal("ab"), merge_key="goal")
    draft.undo_stack.undo()
    draft.edit("Edit the goal", _set_goal("c"), merge_key="goal")
    assert draft.undo_stack.count() == 1 and not draft.undo_stack.canRedo()
    draft.undo_stack.undo()
    assert draft.record.balance.initial_goal == ""


def test_undo_keeps_the_stage_the_advisor_is_on(
    qtbot, stored_record: BalanceRecord, services: Services, executor: InlineExecutor
) -> None:
    """Undoing an edit made on another stage rewinds the content, not the current stage."""
    draft = _draft(qtbot, stored_record, services.balances.save, executor)
    draft.edit("Edit the goal", _set_goal("Magazynier"), merge_key="goal")
    draft.set_current_stage(Stage.BEHAVIOURAL)
    assert draft.undo_stack.count() == 1, "moving between stages is no undo step"
    draft.undo_stack.undo()
    assert draft.record.balance.initial_goal == ""
    assert draft.record.balance.current_stage is Stage.BEHAVIOURAL
    qtbot.waitUntil(lambda: _state(draft) is SaveState.SAVED)
    stored = services.balances.load(stored_record.balance.id)
    assert stored.balance.current_stage is Stage.BEHAVIOURAL


def test_a_failed_save_keeps_the_edit_and_the_next_edit_retries(
    qtbot, stored_record: BalanceRecord, recording: _RecordingSave, executor: InlineExecutor
) -> None:
    """A failure shows FAILED with the edit still in memory; the next edit saves both."""
    draft = _draft(qtbot, stored_record, recording, executor)
    recording.fail_next = 1
    failures: list[BaseException] = []
    draft.save_did_fail.connect(failures.append)
    draft.edit("Edit the goal", _set_goal("Magazynier"), merge_key="goal")
    qtbot.waitUntil(lambda: _state(draft) is SaveState.FAILED)
    assert isinstance(failures[0], DiskFull)
    assert isinstance(draft.last_error, DiskFull)
    assert draft.record.balance.initial_goal == "Magazynier"
    assert not draft.is_saved
    draft.edit("Edit the constraints", _set_constraints("dojazd"), merge_key="constraints")
    assert _state(draft) is SaveState.UNSAVED
    qtbot.waitUntil(lambda: _state(draft) is SaveState.SAVED)
    assert _last_error(draft) is None
    assert recording.calls[-1].balance.initial_goal == "Magazynier"
    assert recording.calls[-1].balance.constraints == "dojazd"


def test_flush_saves_at_once_and_says_so(
    qtbot, stored_record: BalanceRecord, recording: _RecordingSave, executor: InlineExecutor
) -> None:
    """flush() does not wait for the timer; all_did_save follows (at once when nothing waits)."""
    draft = _draft(qtbot, stored_record, recording, executor, delay=60_000)
    draft.edit("Edit the goal", _set_goal("Magazynier"), merge_key="goal")
    with qtbot.waitSignal(draft.all_did_save, timeout=2000):
        draft.flush()
    assert len(recording.calls) == 1 and draft.is_saved
    with qtbot.waitSignal(draft.all_did_save, timeout=500):
        draft.flush()
    assert len(recording.calls) == 1, "nothing new to save"


def test_the_gui_thread_never_waits_for_a_save(
    qtbot,
    stored_record: BalanceRecord,
    recording: _RecordingSave,
    worker: ThreadPoolExecutor,
) -> None:
    """While a save is stuck on the db thread, edits keep working; all of them get saved."""
    recording.gate = threading.Event()
    draft = _draft(qtbot, stored_record, recording, worker, delay=1)
    draft.edit("Edit the goal", _set_goal("Mag"), merge_key="goal")
    qtbot.waitUntil(lambda: _state(draft) is SaveState.SAVING)
    # The db thread is blocked; the GUI thread carries on editing.
    draft.edit("Edit the goal", _set_goal("Magazynier"), merge_key="goal")
    draft.edit("Edit the constraints", _set_constraints("dojazd"), merge_key="constraints")
    assert draft.record.balance.initial_goal == "Magazynier"
    assert _state(draft) is SaveState.SAVING
    recording.gate.set()
    qtbot.waitUntil(lambda: _state(draft) is SaveState.SAVED, timeout=5000)
    assert recording.calls[-1].balance.initial_goal == "Magazynier"
    assert recording.calls[-1].balance.constraints == "dojazd"
    assert len(recording.calls) == 2, "edits made during a save go into one following save"
