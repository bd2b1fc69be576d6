"""The last stored state of recently saved balances, so an autosave writes only what changed.

Autosave stores the whole record after every few keystrokes. Loading every child collection to
diff it (about 15 queries) costs far more than the commit itself; with the record that was stored
last, the repository can load and compare only the collections that differ. A snapshot is used
only while the balance row's ``updated_at`` still equals the one recorded with it, so a write by
anything else (an import, another process) simply falls back to the full comparison.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from dataclasses import dataclass
from uuid import UUID

from advisor_app.domain.entities import BalanceRecord


@dataclass(frozen=True, slots=True)
class Snapshot:
    """A record as stored, and the balance row's ``updated_at`` at that moment."""

    updated_at: dt.datetime
    record: BalanceRecord


class RecordSnapshots:
    """A small most-recently-used map of balance ID → :class:`Snapshot`, shared by units of work.

    Args:
        capacity: How many balances to remember (an advisor has a few open at once).
    """

    def __init__(self, capacity: int = 16) -> None:
        self._capacity = capacity
        self._items: OrderedDict[UUID, Snapshot] = OrderedDict()
        self._lock = threading.Lock()  # cheap insurance: units of work may run on other threads

    def get(self, balance_id: UUID) -> Snapshot | None:
        """The snapshot of a balance, or None."""
        with self._lock:
            snapshot = self._items.get(balance_id)
            if snapshot is not None:
                self._items.move_to_end(balance_id)
            return snapshot

    def put(self, balance_id: UUID, updated_at: dt.datetime, record: BalanceRecord) -> None:
        """Remember what is stored for a balance now."""
        with self._lock:
            self._items[balance_id] = Snapshot(updated_at, record)
            self._items.move_to_end(balance_id)
            while len(self._items) > self._capacity:
                self._items.popitem(last=False)

    def clear(self) -> None:
        """Drop every snapshot (the profile locks: no decrypted copy stays in memory)."""
        with self._lock:
            self._items.clear()

    def forget(self, balance_id: UUID) -> None:
        """Drop a balance's snapshot (its next save compares everything)."""
        with self._lock:
            self._items.pop(balance_id, None)
