"""The open balance: its current record, the undo history, and autosave through the db executor.

Pages never write to the database. They describe an edit as a pure function of the record
(``draft.edit(text, change)``); the draft pushes it on the undo stack, announces the new record and
schedules a save. Saves run on the db executor; the GUI thread only swaps an immutable value.

Autosave promise (ARCHITECTURE.md §5, DOMAIN.md SC02): an edit is durable at most
``save_delay_ms`` plus one commit after it was made, even while the advisor keeps typing, because
the save timer starts at the first unsaved edit and is not restarted by later ones. An edit made
while a save runs starts the timer too; if the timer fires before that save has finished, the
next save starts the moment it has (never two saves at once: the db executor is serial anyway,
and a queue of stale snapshots would only delay the newest one).

Undo: consecutive edits with the same merge key (keystrokes in one field) form one undo step.
The draft merges them itself instead of relying on ``QUndoCommand.mergeWith``: QUndoStack never
merges into the command at its clean index, and the autosave marks the stack clean several times
a second while the advisor types, which would cut one word into many undo steps.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from concurrent.futures import Executor
from enum import StrEnum

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.enums import Stage
from advisor_app.services.changes import SaveResult
from advisor_app.ui.tasks import Op

# Longest time an edit stays only in memory before its save starts (ms).
DEFAULT_SAVE_DELAY_MS = 400


class SaveState(StrEnum):
    """What the "saved" indicator shows."""

    SAVED = "saved"
    UNSAVED = "unsaved"
    SAVING = "saving"
    FAILED = "failed"


class _EditCommand(QUndoCommand):
    """One edit of the record (possibly several merged keystrokes in one field)."""

    def __init__(
        self,
        draft: BalanceDraft,
        text: str,
        before: BalanceRecord,
        after: BalanceRecord,
        merge_key: str | None,
    ) -> None:
        super().__init__(text)
        self._draft = draft
        self.before = before
        self.after = after
        self.merge_key = merge_key
        self._first_redo = True

    def redo(self) -> None:
        if self._first_redo:
            # push() calls redo(); the draft already holds ``after`` when the edit was made.
            self._first_redo = False
            return
        self._draft._restore(self.after)

    def undo(self) -> None:
        self._draft._restore(self.before)


class BalanceDraft(QObject):
    """The balance open in a view: current record, undo stack and autosave.

    Args:
        record: The balance as loaded.
        save: Stores a record (``services.balances.save``); runs on ``executor``.
        executor: The db executor.
        save_delay_ms: See :data:`DEFAULT_SAVE_DELAY_MS`.
        parent: Owner of the draft (the balance view).

    Signals:
        record_did_change(object): The record changed (edit, undo or redo); carries it.
        save_state_did_change(str): The :class:`SaveState` value changed.
        save_did_fail(object): A save failed; carries the exception (the edit stays in memory
            and is saved again on the next edit or :meth:`flush`).
        all_did_save(): Everything edited so far is durable (after :meth:`flush` too).
    """

    record_did_change = Signal(object)
    save_state_did_change = Signal(str)
    save_did_fail = Signal(object)
    all_did_save = Signal()

    def __init__(
        self,
        record: BalanceRecord,
        save: Callable[[BalanceRecord], SaveResult],
        executor: Executor,
        *,
        save_delay_ms: int = DEFAULT_SAVE_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        """Open the draft on a loaded record (nothing is saved until the first edit)."""
        super().__init__(parent)
        self._record = record
        self._save = save
        self._executor = executor
        self._generation = 0  # bumped by every change of the record
        self._saved_generation = 0
        self._saving_generation: int | None = None
        self._save_again = False  # the timer fired (or flush() ran) while a save was running
        self._state = SaveState.SAVED
        self.last_result: SaveResult | None = None
        self.last_error: BaseException | None = None
        self.undo_stack = QUndoStack(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(save_delay_ms)
        self._timer.timeout.connect(self._start_save)

    # --- reading ---------------------------------------------------------------------------

    @property
    def record(self) -> BalanceRecord:
        """The current record (what the pages show)."""
        return self._record

    @property
    def state(self) -> SaveState:
        """Whether everything is saved, being saved, waiting, or failed."""
        return self._state

    @property
    def is_saved(self) -> bool:
        """Tell whether every edit so far is durable."""
        return self._saved_generation == self._generation

    @property
    def save_delay_ms(self) -> int:
        """Longest time an edit waits in memory before its save starts."""
        return self._timer.interval()

    # --- editing ---------------------------------------------------------------------------

    def edit(
        self,
        text: str,
        change: Callable[[BalanceRecord], BalanceRecord],
        *,
        merge_key: str | None = None,
    ) -> None:
        """Apply an edit to the record as one undoable step.

        Args:
            text: What the edit did, shown in the Undo menu ("Edit the title").
            change: Builds the new record from the current one (pure).
            merge_key: Edits with the same key in a row (typing in one field) merge into one
                undo step; None never merges.
        """
        before = self._record
        after = change(before)
        if after == before:
            return
        top = self._top_command()
        if merge_key is not None and top is not None and top.merge_key == merge_key:
            # The step already holds the state before the first keystroke; extend it.
            top.after = after
            self._set_record(after)
            return
        self._set_record(after)
        self.undo_stack.push(_EditCommand(self, text, before, after, merge_key))

    def set_current_stage(self, stage: Stage) -> None:
        """Remember the stage the advisor is on (saved, but not an undo step)."""
        if self._record.balance.current_stage is stage:
            return
        balance = dataclasses.replace(self._record.balance, current_stage=stage)
        self._set_record(dataclasses.replace(self._record, balance=balance))

    def replace_record(self, record: BalanceRecord) -> None:
        """Swap the record without undo history (e.g. after reloading from the database)."""
        self.undo_stack.clear()
        self._record = record
        self.record_did_change.emit(record)

    def _top_command(self) -> _EditCommand | None:
        """The newest step, when nothing was undone after it (so it may still grow)."""
        stack = self.undo_stack
        count = stack.count()
        if count == 0 or stack.index() != count:
            return None
        command = stack.command(count - 1)
        return command if isinstance(command, _EditCommand) else None

    def _restore(self, record: BalanceRecord) -> None:
        # Undo and redo bring back content, not the place: the stage the advisor is on stays
        # (otherwise undoing a typo would also rewind ``current_stage`` under the open page).
        if record.balance.current_stage is not self._record.balance.current_stage:
            balance = dataclasses.replace(
                record.balance, current_stage=self._record.balance.current_stage
            )
            record = dataclasses.replace(record, balance=balance)
        self._set_record(record)

    def _set_record(self, record: BalanceRecord) -> None:
        self._record = record
        self._generation += 1
        if not self._timer.isActive() and not self._save_again:
            self._timer.start()
        self._set_state(SaveState.UNSAVED if self._saving_generation is None else SaveState.SAVING)
        self.record_did_change.emit(record)

    # --- saving ----------------------------------------------------------------------------

    def flush(self) -> None:
        """Start saving now instead of waiting for the timer (closing the view or the app).

        Returns at once; :attr:`all_did_save` is emitted when everything is durable (at once
        when it already is).
        """
        if self.is_saved and self._saving_generation is None:
            self.all_did_save.emit()
            return
        self._timer.stop()
        self._start_save()

    def _start_save(self) -> None:
        if self._saving_generation is not None:
            self._save_again = True  # right after the running save, with the newest record
            return
        self._save_again = False
        if self.is_saved:
            return
        snapshot, generation = self._record, self._generation
        self._saving_generation = generation
        self._set_state(SaveState.SAVING)
        Op(self, lambda: self._save(snapshot)).success(
            lambda result: self._saved(generation, result)
        ).failure(self._failed).run(self._executor)

    def _saved(self, generation: int, result: SaveResult) -> None:
        self._saving_generation = None
        self._saved_generation = generation
        self.last_result = result
        self.last_error = None
        if self.is_saved:
            self._save_again = False
            self.undo_stack.setClean()
            self._set_state(SaveState.SAVED)
            self.all_did_save.emit()
        elif self._save_again:
            self._start_save()
        else:
            # Newer edits wait for their timer (already running since the first of them).
            self._set_state(SaveState.UNSAVED)

    def _failed(self, error: BaseException) -> None:
        self._saving_generation = None
        self._save_again = False
        self.last_error = error
        # A retry starts with the next edit (its timer) or flush(); a timer that is still
        # running for edits made during the failed save retries once more on its own.
        self._set_state(SaveState.FAILED)
        self.save_did_fail.emit(error)

    def _set_state(self, state: SaveState) -> None:
        if state is not self._state:
            self._state = state
            self.save_state_did_change.emit(state.value)
