"""Local state of the sync client: outbox transitions, settings, server versions, conflicts.

Like every repository this one adds and flushes and never commits; the unit of work decides
when a transition becomes durable. Values cross the boundary as frozen dataclasses, never ORM
rows (ARCHITECTURE.md §12.4). The state machine itself (which transition when) lives in
``advisor_app.sync.engine``; this module only stores what it decided.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from advisor_app.storage.models import (
    AttachmentContentRow,
    BalanceRevisionRow,
    BalanceRow,
    BalanceSyncRow,
    ErasureTombstoneRow,
    HandoverRow,
    OutboxRow,
    ParticipantConflictRow,
    ParticipantRow,
    ParticipantSyncRow,
    SyncStateRow,
)

__all__ = [
    "BalanceSyncEntry",
    "OutboxRecord",
    "ParticipantConflictEntry",
    "ParticipantSyncEntry",
    "SyncRepository",
]

#: Columns of ``outbox`` that :meth:`SyncRepository.update_item` may change. The payload and its
#: hash are absent on purpose: an item's bytes never change under its idempotency key, except
#: through :meth:`SyncRepository.replace_unsent_payload` and :meth:`SyncRepository.blank_payload`.
_MUTABLE_OUTBOX_COLUMNS = frozenset(
    {
        "state",
        "attempts",
        "next_attempt_at",
        "lease_until",
        "attempt_id",
        "last_status",
        "last_problem",
        "synced_at",
        "receipt",
        "first_attempt_at",
        "acknowledged_at",
        "receipt_checked_at",
    }
)


@dataclass(frozen=True, slots=True)
class OutboxRecord:
    """An outbox row with every column (SYNC.md §3.2)."""

    id: int
    seq: int
    kind: str
    entity_id: UUID
    revision_id: UUID
    depends_on: UUID | None
    payload: bytes
    payload_sha256: str
    schema_version: int
    state: str
    attempts: int
    next_attempt_at: float | None
    lease_until: float | None
    attempt_id: UUID | None
    last_status: int | None
    last_problem: str | None
    created_at: dt.datetime
    first_attempt_at: dt.datetime | None
    synced_at: dt.datetime | None
    acknowledged_at: dt.datetime | None
    receipt: str | None
    receipt_checked_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class ParticipantSyncEntry:
    """The server's version of a participant and its field values at that version (JSON)."""

    participant_id: UUID
    server_version: int
    server_seq: int
    base: str
    conflict: str | None
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class BalanceSyncEntry:
    """The server's head revision of a balance."""

    balance_id: UUID
    head_revision_id: UUID
    server_seq: int
    payload_sha256: str
    updated_at: dt.datetime


@dataclass(frozen=True, slots=True)
class ParticipantConflictEntry:
    """A hard field conflict (values are JSON texts)."""

    id: UUID
    participant_id: UUID
    change_id: UUID
    field: str
    base_value: str | None
    server_value: str | None
    client_value: str | None
    created_at: dt.datetime
    resolved_at: dt.datetime | None


def _record(row: OutboxRow) -> OutboxRecord:
    return OutboxRecord(
        id=row.id,
        seq=row.seq,
        kind=row.kind,
        entity_id=row.entity_id,
        revision_id=row.revision_id,
        depends_on=row.depends_on,
        payload=row.payload,
        payload_sha256=row.payload_sha256,
        schema_version=row.schema_version,
        state=row.state,
        attempts=row.attempts,
        next_attempt_at=row.next_attempt_at,
        lease_until=row.lease_until,
        attempt_id=row.attempt_id,
        last_status=row.last_status,
        last_problem=row.last_problem,
        created_at=row.created_at,
        first_attempt_at=row.first_attempt_at,
        synced_at=row.synced_at,
        acknowledged_at=row.acknowledged_at,
        receipt=row.receipt,
        receipt_checked_at=row.receipt_checked_at,
    )


class SyncRepository:
    """Sync client state in the profile database.

    Args:
        session: The unit of work's session.
    """

    def __init__(self, session: Session) -> None:
        self._session = session

    # --- settings --------------------------------------------------------------------------

    def state(self) -> dict[str, str]:
        """Return every sync setting."""
        rows = self._session.scalars(select(SyncStateRow))
        return {row.key: row.value for row in rows}

    def set_state(self, values: Mapping[str, str | None]) -> None:
        """Create, replace or (for None) delete settings."""
        for key, value in values.items():
            row = self._session.get(SyncStateRow, key)
            if value is None:
                if row is not None:
                    self._session.delete(row)
            elif row is None:
                self._session.add(SyncStateRow(key=key, value=value))
            else:
                row.value = value
        self._session.flush()

    # --- outbox ----------------------------------------------------------------------------

    def items(self, states: Iterable[str] | None = None) -> tuple[OutboxRecord, ...]:
        """Return outbox items (all, or those in ``states``) in queue order."""
        statement = select(OutboxRow).order_by(OutboxRow.seq)
        if states is not None:
            statement = statement.where(OutboxRow.state.in_(list(states)))
        return tuple(_record(row) for row in self._session.scalars(statement))

    def item(self, item_id: int) -> OutboxRecord | None:
        """Return one outbox item, or None."""
        row = self._session.get(OutboxRow, item_id)
        return None if row is None else _record(row)

    def item_by_key(self, key: UUID) -> OutboxRecord | None:
        """Return the outbox item with this idempotency key, or None."""
        row = self._session.scalar(select(OutboxRow).where(OutboxRow.revision_id == key))
        return None if row is None else _record(row)

    def items_for(self, entity_ids: Iterable[UUID]) -> tuple[OutboxRecord, ...]:
        """Return the outbox items about these entities (balances, participants, files)."""
        wanted = list(entity_ids)
        if not wanted:
            return ()
        statement = select(OutboxRow).where(OutboxRow.entity_id.in_(wanted)).order_by(OutboxRow.seq)
        return tuple(_record(row) for row in self._session.scalars(statement))

    def update_item(self, item_id: int, **values: Any) -> None:
        """Change the state columns of an outbox item.

        Raises:
            ValueError: A column that may not change (payload, key, order) was named.
            KeyError: No such item.
        """
        unknown = set(values) - _MUTABLE_OUTBOX_COLUMNS
        if unknown:
            raise ValueError(f"outbox columns {sorted(unknown)} cannot be changed")
        row = self._session.get(OutboxRow, item_id)
        if row is None:
            raise KeyError(item_id)
        for name, value in values.items():
            setattr(row, name, value)
        self._session.flush()

    def replace_unsent_payload(self, item_id: int, payload: bytes, payload_sha256: str) -> bool:
        """Replace the payload of an item that was never sent; False when it was (or is gone).

        An item that was attempted may have reached the server under its key, so its bytes must
        stay what they were; callers queue a new item instead.
        """
        row = self._session.get(OutboxRow, item_id)
        if row is None or row.state != "queued" or row.attempts != 0:
            return False
        row.payload = payload
        row.payload_sha256 = payload_sha256
        self._session.flush()
        return True

    def blank_payload(self, item_id: int) -> None:
        """Drop the bytes of an item whose subject was erased (GDPR); the row stays as a record."""
        row = self._session.get(OutboxRow, item_id)
        if row is not None:
            row.payload = b""
            self._session.flush()

    def delete_items(self, item_ids: Iterable[int]) -> None:
        """Delete outbox items (only ever acknowledged/synced ones of purged entities)."""
        wanted = list(item_ids)
        if wanted:
            self._session.execute(delete(OutboxRow).where(OutboxRow.id.in_(wanted)))
            self._session.flush()

    def reset_expired_leases(self, now: float) -> int:
        """Put ``uploading`` items whose lease expired back to ``queued``; returns how many.

        Args:
            now: Current wall time (seconds since the epoch), the unit of ``lease_until``.
        """
        result = self._session.execute(
            update(OutboxRow)
            .where(OutboxRow.state == "uploading")
            .where((OutboxRow.lease_until.is_(None)) | (OutboxRow.lease_until <= now))
            .values(state="queued", lease_until=None, attempt_id=None)
        )
        self._session.flush()
        return int(getattr(result, "rowcount", 0) or 0)

    def stale_acknowledged(
        self, kind: str, checked_before: dt.datetime, limit: int
    ) -> tuple[OutboxRecord, ...]:
        """Acknowledged items of ``kind`` whose receipt was last read before ``checked_before``
        and whose frozen revision is still held here, least recently checked first."""
        checked = func.coalesce(OutboxRow.receipt_checked_at, OutboxRow.acknowledged_at)
        statement = (
            select(OutboxRow)
            .where(OutboxRow.state == "acknowledged", OutboxRow.kind == kind)
            .where((checked.is_(None)) | (checked < checked_before))
            .where(
                select(BalanceRevisionRow.revision_id)
                .where(BalanceRevisionRow.revision_id == OutboxRow.revision_id)
                .exists()
            )
            .order_by(checked, OutboxRow.seq)
            .limit(limit)
        )
        return tuple(_record(row) for row in self._session.scalars(statement))

    def requeue_with_children(self, item_id: int, status: int, problem: str) -> int:
        """Queue an item again with every synced or acknowledged item that depends on it (the
        server lost them: a restore from an older backup); returns how many went back."""
        row = self._session.get(OutboxRow, item_id)
        if row is None:
            return 0
        rows = [
            row,
            *self._session.scalars(
                select(OutboxRow)
                .where(OutboxRow.depends_on == row.revision_id)
                .where(OutboxRow.state.in_(("synced", "acknowledged")))
            ),
        ]
        for each in rows:
            each.state = "queued"
            each.synced_at = None
            each.acknowledged_at = None
            each.receipt_checked_at = None
            each.next_attempt_at = None
            each.lease_until = None
            each.attempt_id = None
            each.last_status = status
            each.last_problem = problem
        self._session.flush()
        return len(rows)

    def counts(self) -> dict[str, int]:
        """Return the number of outbox items per state."""
        rows = self._session.execute(
            select(OutboxRow.state, func.count()).group_by(OutboxRow.state)
        ).all()
        return {str(state): int(count) for state, count in rows}

    def move_all(self, from_state: str, to_state: str) -> int:
        """Move every item in ``from_state`` to ``to_state`` (e.g. blocked_auth → queued)."""
        result = self._session.execute(
            update(OutboxRow).where(OutboxRow.state == from_state).values(state=to_state)
        )
        self._session.flush()
        return int(getattr(result, "rowcount", 0) or 0)

    def mark_tombstones_sent(self, participant_id: UUID, now: dt.datetime) -> int:
        """Note that the server erased a participant: its unsent erasure tombstones are sent."""
        result = self._session.execute(
            update(ErasureTombstoneRow)
            .where(ErasureTombstoneRow.participant_id == participant_id)
            .where(ErasureTombstoneRow.sent_at.is_(None))
            .values(sent_at=now)
        )
        self._session.flush()
        return int(getattr(result, "rowcount", 0) or 0)

    def mark_handover_sent(self, handover_id: UUID, now: dt.datetime) -> None:
        """Note that the server carried out a handover."""
        row = self._session.get(HandoverRow, handover_id)
        if row is not None and row.sent_at is None:
            row.sent_at = now
            self._session.flush()

    # --- server versions -------------------------------------------------------------------

    def participant_sync(self, participant_id: UUID) -> ParticipantSyncEntry | None:
        """Return what the server knows of a participant, or None when it knows nothing."""
        row = self._session.get(ParticipantSyncRow, participant_id)
        if row is None:
            return None
        return ParticipantSyncEntry(
            participant_id=row.participant_id,
            server_version=row.server_version,
            server_seq=row.server_seq,
            base=row.base,
            conflict=row.conflict,
            updated_at=row.updated_at,
        )

    def put_participant_sync(self, entry: ParticipantSyncEntry) -> None:
        """Insert or replace what the server knows of a participant."""
        row = self._session.get(ParticipantSyncRow, entry.participant_id)
        values = dataclasses.asdict(entry)
        if row is None:
            self._session.add(ParticipantSyncRow(**values))
        else:
            for name, value in values.items():
                setattr(row, name, value)
        self._session.flush()

    def changed_synced_participants(self) -> tuple[UUID, ...]:
        """Participants known to the server and edited locally since their sync row was written."""
        statement = (
            select(ParticipantRow.id)
            .join(ParticipantSyncRow, ParticipantSyncRow.participant_id == ParticipantRow.id)
            .where(ParticipantRow.updated_at > ParticipantSyncRow.updated_at)
        )
        return tuple(self._session.scalars(statement))

    def balance_sync(self, balance_id: UUID) -> BalanceSyncEntry | None:
        """Return the server head of a balance as last seen, or None."""
        row = self._session.get(BalanceSyncRow, balance_id)
        if row is None:
            return None
        return BalanceSyncEntry(
            balance_id=row.balance_id,
            head_revision_id=row.head_revision_id,
            server_seq=row.server_seq,
            payload_sha256=row.payload_sha256,
            updated_at=row.updated_at,
        )

    def put_balance_sync(self, entry: BalanceSyncEntry) -> None:
        """Insert or replace the server head of a balance (an older ``server_seq`` never wins)."""
        row = self._session.get(BalanceSyncRow, entry.balance_id)
        values = dataclasses.asdict(entry)
        if row is None:
            self._session.add(BalanceSyncRow(**values))
        elif row.server_seq <= entry.server_seq:
            for name, value in values.items():
                setattr(row, name, value)
        self._session.flush()

    # --- conflicts -------------------------------------------------------------------------

    def add_conflict(self, entry: ParticipantConflictEntry) -> None:
        """Store a hard field conflict (the same conflict id twice is stored once)."""
        if self._session.get(ParticipantConflictRow, entry.id) is None:
            self._session.add(ParticipantConflictRow(**dataclasses.asdict(entry)))
            self._session.flush()

    def conflicts(self, *, unresolved_only: bool = True) -> tuple[ParticipantConflictEntry, ...]:
        """Return participant field conflicts, oldest first."""
        statement = select(ParticipantConflictRow).order_by(
            ParticipantConflictRow.created_at, ParticipantConflictRow.id
        )
        if unresolved_only:
            statement = statement.where(ParticipantConflictRow.resolved_at.is_(None))
        return tuple(
            ParticipantConflictEntry(
                id=row.id,
                participant_id=row.participant_id,
                change_id=row.change_id,
                field=row.field,
                base_value=row.base_value,
                server_value=row.server_value,
                client_value=row.client_value,
                created_at=row.created_at,
                resolved_at=row.resolved_at,
            )
            for row in self._session.scalars(statement)
        )

    def resolve_conflict(self, conflict_id: UUID, now: dt.datetime) -> None:
        """Mark a conflict as resolved."""
        row = self._session.get(ParticipantConflictRow, conflict_id)
        if row is None:
            raise KeyError(conflict_id)
        row.resolved_at = now
        self._session.flush()

    # --- purging (tombstones) --------------------------------------------------------------

    def delete_balance(self, balance_id: UUID) -> None:
        """Delete a balance with every item, its frozen revisions and its server head."""
        self._session.execute(
            delete(BalanceRevisionRow).where(BalanceRevisionRow.balance_id == balance_id)
        )
        row = self._session.get(BalanceRow, balance_id)
        if row is not None:
            self._session.delete(row)  # children go with it (ON DELETE CASCADE)
        self._session.execute(delete(BalanceSyncRow).where(BalanceSyncRow.balance_id == balance_id))
        self._session.flush()

    def delete_participant(self, participant_id: UUID) -> None:
        """Delete a participant (their balances must be gone), server version and conflicts."""
        self._session.execute(
            delete(ParticipantConflictRow).where(
                ParticipantConflictRow.participant_id == participant_id
            )
        )
        self._session.execute(
            delete(ParticipantSyncRow).where(ParticipantSyncRow.participant_id == participant_id)
        )
        row = self._session.get(ParticipantRow, participant_id)
        if row is not None:
            self._session.delete(row)
        self._session.flush()

    def delete_attachment_contents(self, file_ids: Iterable[UUID]) -> None:
        """Delete the stored bytes of these files."""
        wanted = list(file_ids)
        if wanted:
            self._session.execute(
                delete(AttachmentContentRow).where(AttachmentContentRow.file_id.in_(wanted))
            )
            self._session.flush()
