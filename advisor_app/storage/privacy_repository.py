"""Rows of the privacy features: participant audit events, handovers, erasure tombstones.

Like every repository it adds and flushes but never commits (the unit of work does), and hands
out frozen values, never ORM rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from uuid import UUID

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from advisor_app.domain.entities import AuditEvent
from advisor_app.storage.models import (
    AttachmentContentRow,
    ErasureTombstoneRow,
    HandoverRow,
    ParticipantAuditEventRow,
)

__all__ = [
    "OUTBOX_ACKNOWLEDGED",
    "HandoverEntry",
    "PrivacyRepository",
    "PurgeCandidate",
    "TombstoneEntry",
    "purge_balance",
    "purge_candidates",
]


@dataclass(frozen=True, slots=True)
class HandoverEntry:
    """A recorded handover of a balance to another advisor."""

    id: UUID
    balance_id: UUID
    handed_over_on: dt.date
    from_advisor_id: UUID
    to_advisor: str
    note: str
    created_at: dt.datetime
    sent_at: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class TombstoneEntry:
    """Something erased locally that the server has to erase too.

    Attributes:
        entity: ``evidence_file``, ``balance_content`` (resignation) or ``balance`` (purge).
        reason: ``consent_withdrawn``, ``resignation`` ...
    """

    id: UUID
    entity: str
    entity_id: UUID
    balance_id: UUID | None
    participant_id: UUID | None
    reason: str
    created_at: dt.datetime
    sent_at: dt.datetime | None = None


class PrivacyRepository:
    """Participant audit events, handovers, tombstones, and erasing attachment bytes.

    Args:
        session: The unit of work's session.
    """

    def __init__(self, session: Session) -> None:
        self._session = session

    # --- participant audit ------------------------------------------------------------------

    def add_participant_events(self, participant_id: UUID, events: Iterable[AuditEvent]) -> None:
        """Append events to a participant's log (the participant must be stored)."""
        for event in events:
            self._session.add(
                ParticipantAuditEventRow(
                    participant_id=participant_id,
                    at=event.at,
                    actor=event.actor,
                    action=event.action,
                    entity=event.entity,
                    entity_id=event.entity_id,
                )
            )
        self._session.flush()

    def participant_events(self, participant_id: UUID) -> tuple[AuditEvent, ...]:
        """A participant's own log (edits outside a balance), oldest first."""
        rows = self._session.scalars(
            select(ParticipantAuditEventRow)
            .where(ParticipantAuditEventRow.participant_id == participant_id)
            .order_by(ParticipantAuditEventRow.id)
        )
        return tuple(
            AuditEvent(
                at=r.at, actor=r.actor, action=r.action, entity=r.entity, entity_id=r.entity_id
            )
            for r in rows
        )

    # --- handovers --------------------------------------------------------------------------

    def add_handover(self, entry: HandoverEntry) -> None:
        """Record a handover."""
        self._session.add(
            HandoverRow(
                id=entry.id,
                balance_id=entry.balance_id,
                handed_over_on=entry.handed_over_on,
                from_advisor_id=entry.from_advisor_id,
                to_advisor=entry.to_advisor,
                note=entry.note,
                created_at=entry.created_at,
                sent_at=entry.sent_at,
            )
        )
        self._session.flush()

    def handovers(self, balance_id: UUID) -> tuple[HandoverEntry, ...]:
        """The handovers of a balance, oldest first."""
        rows = self._session.scalars(
            select(HandoverRow)
            .where(HandoverRow.balance_id == balance_id)
            .order_by(HandoverRow.created_at)
        )
        return tuple(
            HandoverEntry(
                id=r.id,
                balance_id=r.balance_id,
                handed_over_on=r.handed_over_on,
                from_advisor_id=r.from_advisor_id,
                to_advisor=r.to_advisor,
                note=r.note,
                created_at=r.created_at,
                sent_at=r.sent_at,
            )
            for r in rows
        )

    # --- erasure ----------------------------------------------------------------------------

    def add_tombstone(self, entry: TombstoneEntry) -> None:
        """Queue an erasure for the server."""
        self._session.add(
            ErasureTombstoneRow(
                id=entry.id,
                entity=entry.entity,
                entity_id=entry.entity_id,
                balance_id=entry.balance_id,
                participant_id=entry.participant_id,
                reason=entry.reason,
                created_at=entry.created_at,
                sent_at=entry.sent_at,
            )
        )
        self._session.flush()

    def tombstones(self, *, unsent_only: bool = False) -> tuple[TombstoneEntry, ...]:
        """Recorded tombstones, oldest first."""
        statement = select(ErasureTombstoneRow).order_by(ErasureTombstoneRow.created_at)
        if unsent_only:
            statement = statement.where(ErasureTombstoneRow.sent_at.is_(None))
        return tuple(
            TombstoneEntry(
                id=r.id,
                entity=r.entity,
                entity_id=r.entity_id,
                balance_id=r.balance_id,
                participant_id=r.participant_id,
                reason=r.reason,
                created_at=r.created_at,
                sent_at=r.sent_at,
            )
            for r in self._session.scalars(statement)
        )

    def purge_candidates(self, cutoff: dt.datetime) -> tuple[PurgeCandidate, ...]:
        """See :func:`purge_candidates`."""
        return purge_candidates(self._session, cutoff)

    def purge_balance(self, balance_id: UUID) -> int:
        """See :func:`purge_balance`."""
        return purge_balance(self._session, balance_id)

    def delete_contents(self, file_ids: Iterable[UUID]) -> int:
        """Delete the stored bytes of files; returns how many rows went."""
        wanted = list(file_ids)
        if not wanted:
            return 0
        result = self._session.execute(
            delete(AttachmentContentRow).where(AttachmentContentRow.file_id.in_(wanted))
        )
        self._session.flush()
        return int(getattr(result, "rowcount", 0) or 0)


# --- retention --------------------------------------------------------------------------------

#: ``outbox.state`` of an item whose upload the server confirmed (SYNC.md §3.2).
OUTBOX_ACKNOWLEDGED = "acknowledged"

#: States of items with nothing left to upload: confirmed, or replaced by a newer revision
#: before it was sent (the newer one carries everything).
_DONE_STATES = (OUTBOX_ACKNOWLEDGED, "superseded")


@dataclass(frozen=True, slots=True)
class PurgeCandidate:
    """A finished balance whose every upload the server acknowledged."""

    balance_id: UUID
    participant_id: UUID
    participant_name: str
    finished_at: dt.datetime | None
    acknowledged_at: dt.datetime


def purge_candidates(session: Session, cutoff: dt.datetime) -> tuple[PurgeCandidate, ...]:
    """Finished balances acknowledged before ``cutoff`` with nothing unsynced left.

    A balance qualifies only when it is ``finished`` (never a draft or a withdrawn one), the
    outbox item of its current revision is ``acknowledged`` before the cutoff, and *every*
    other outbox item of the balance is ``acknowledged`` or ``superseded``.
    """
    from sqlalchemy import and_, case, func, type_coerce

    from advisor_app.domain.enums import BalanceStatus
    from advisor_app.storage.models import BalanceRow, OutboxRow, ParticipantRow

    current = and_(
        OutboxRow.revision_id == BalanceRow.revision_id,
        OutboxRow.state == OUTBOX_ACKNOWLEDGED,
    )
    # When the current revision was acknowledged (synced_at for rows from before 0003).
    acknowledged = case(
        (current, func.coalesce(OutboxRow.acknowledged_at, OutboxRow.synced_at)), else_=None
    )
    statement = (
        select(
            BalanceRow.id,
            BalanceRow.participant_id,
            ParticipantRow.first_name,
            ParticipantRow.last_name,
            BalanceRow.finished_at,
            type_coerce(func.max(acknowledged), OutboxRow.synced_at.type),
            func.min(OutboxRow.state.in_(_DONE_STATES)),
        )
        .join(ParticipantRow, ParticipantRow.id == BalanceRow.participant_id)
        .join(OutboxRow, OutboxRow.entity_id == BalanceRow.id)
        .where(BalanceRow.status == BalanceStatus.FINISHED)
        .group_by(BalanceRow.id)
    )
    found: list[PurgeCandidate] = []
    for row in session.execute(statement):
        (
            balance_id,
            participant_id,
            first,
            last,
            finished_at,
            acked_at,
            all_done,
        ) = row
        if not all_done or acked_at is None:
            continue
        acked = acked_at if acked_at.tzinfo else acked_at.replace(tzinfo=dt.UTC)
        if acked >= cutoff:
            continue
        found.append(
            PurgeCandidate(
                balance_id=balance_id,
                participant_id=participant_id,
                participant_name=f"{first} {last}".strip(),
                finished_at=finished_at,
                acknowledged_at=acked,
            )
        )
    return tuple(found)


def purge_balance(session: Session, balance_id: UUID) -> int:
    """Delete a balance with everything it holds, its revisions, outbox items and file bytes.

    Returns:
        How many attachment contents were deleted.
    """
    from advisor_app.storage.models import (
        BalanceRow,
        EvidenceFileRow,
        EvidenceRow,
        OutboxRow,
    )

    file_ids = list(
        session.scalars(
            select(EvidenceFileRow.id)
            .join(EvidenceRow, EvidenceRow.id == EvidenceFileRow.evidence_id)
            .where(EvidenceRow.balance_id == balance_id)
        )
    )
    files = PrivacyRepository(session).delete_contents(file_ids)
    session.execute(delete(OutboxRow).where(OutboxRow.entity_id == balance_id))
    row = session.get(BalanceRow, balance_id)
    if row is not None:
        session.delete(row)
    session.flush()
    return files
