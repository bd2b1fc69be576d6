"""The open balance: its current record, the undo history, and autosave through the db executor.

Pages never write to the database. They describe an edit as a pure function of the record
(``draft.edit(text, change)``); the draft pushes it on the undo stack, announces the new record and
schedules a save. Saves run on the db executor; the GUI thread only swaps an immutable value.

Autosave promise (ARCHITECTURE.md §5, DOMAIN.md SC02): an edit is durable at most
``save_delay_ms`` plus one commit after it was made, even while the advisor keeps typing, because
the save timer starts at the first unsaved edit and is not restarted by later ones.
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

#: Longest time an edit stays only in memory before its save starts (ms).
DEFAULT_SAVE_DELAY_MS = 400


class SaveState(StrEnum):
    """What the "saved" indicator shows."""

    SAVED = "saved"
    UNSAVED = "unsaved"
    SAVING = "saving"
    FAILED = "failed"


class _EditCommand(QUndoCommand):
    """One edit of the record; consecutive edits with the same merge key become one undo step."""

    _merge_ids: dict[str, int] = {}  # noqa: RUF012 (a registry shared by all commands)

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

    def id(self) -> int:
        if self.merge_key is None:
            return -1
        return self._merge_ids.setdefault(self.merge_key, len(self._merge_ids) + 1)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _EditCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._first_redo:
            # push() calls redo(); the draft already holds ``after`` when the edit was made.
            self._first_redo = False
            return
        self._draft._set_record(self.after)

    def undo(self) -> None:
        self._draft._set_record(self.before)


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
        self._state = SaveState.SAVED
        self.last_result: SaveResult | None = None
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

    def _set_record(self, record: BalanceRecord) -> None:
        self._record = record
        self._generation += 1
        self.record_did_change.emit(record)
        if self._saving_generation is None and not self._timer.isActive():
            self._timer.start()
        self._set_state(SaveState.UNSAVED if self._saving_generation is None else SaveState.SAVING)

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
        if self._saving_generation is None:
            self._start_save()

    def _start_save(self) -> None:
        if self.is_saved or self._saving_generation is not None:
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
        if self.is_saved:
            self.undo_stack.setClean()
            self._set_state(SaveState.SAVED)
            self.all_did_save.emit()
        else:
            self._start_save()  # edits arrived while saving: save them right away

    def _failed(self, error: BaseException) -> None:
        self._saving_generation = None
        self._set_state(SaveState.FAILED)
        self.save_did_fail.emit(error)

    def _set_state(self, state: SaveState) -> None:
        if state is not self._state:
            self._state = state
            self.save_state_did_change.emit(state.value)
