"""The audit trail: reading a balance's history, recording prints, exports and handovers.

The events themselves are written by the service that makes a change, in its transaction
(:mod:`advisor_app.domain.audit` defines the vocabulary and the coalescing rule for autosave).
This module adds the events that change nothing in the data (a print, an export) and the case
handover, and reads the history for the History view.

A handover is recorded locally (a ``handover`` row and an audit event) and queued for the server
in the same transaction: the sync engine sends ``POST /v1/participants/{id}/handover`` (the
transfer is a server-side operation, SYNC.md §3.5 C) after every other pending item of that
participant, and sets ``sent_at`` when the server carried it out. The local copies then follow
the ``transferred`` tombstones of the next pull (unsynced work is never deleted).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from uuid import UUID

from advisor_app.domain.audit import ACTION_HANDOVER, ACTION_PRINT, append_events
from advisor_app.domain.entities import AuditEvent, BalanceRecord
from advisor_app.domain.text_limits import SHORT_TEXT_MAX
from advisor_app.errors import NotFound, ValidationFailed
from advisor_app.services.clock import Clock, IdFactory, new_uuid7, utc_now
from advisor_app.services.profile import ProfileInfo
from advisor_app.services.sync_outbox import queue_handover
from advisor_app.services.unit_of_work import UnitOfWorkFactory
from advisor_app.storage.privacy_repository import HandoverEntry
from advisor_app.storage.unit_of_work import UnitOfWork

__all__ = ["AuditService", "HistoryEntry", "append_to_balance"]


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One line of a balance's history.

    Attributes:
        event: The audit event.
        actor_name: The advisor's name when known on this laptop, else None (show the id).
        source: ``"balance"`` (the balance's own log) or ``"participant"`` (the participant's
            master data edited outside this balance).
    """

    event: AuditEvent
    actor_name: str | None
    source: str


def append_to_balance(
    uow: UnitOfWork, balance_id: UUID, events: Iterable[AuditEvent], *, now: dt.datetime
) -> BalanceRecord:
    """Append events to a stored balance's log, whatever its status, inside ``uow``.

    The log is not part of a frozen revision: a finished balance's printouts are recorded too.

    Raises:
        NotFound: no balance has this ID.
    """
    record = uow.balances.get_record(balance_id)
    if record is None:
        raise NotFound(f"no balance with id {balance_id}")
    updated = dataclasses.replace(record, audit=append_events(record.audit, events))
    if updated.audit != record.audit:
        uow.balances.save_record(updated, now=now)
    return updated


class AuditService:
    """History of balances and the events that change no data.

    Args:
        uow_factory: Opens a unit of work on the profile database.
        profile: The advisor working in this profile (the actor).
        clock: Current UTC time.
        new_id: Creates handover IDs.
    """

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        profile: ProfileInfo,
        *,
        clock: Clock = utc_now,
        new_id: IdFactory = new_uuid7,
    ) -> None:
        self._uow = uow_factory
        self._profile = profile
        self._clock = clock
        self._new_id = new_id

    def _event(self, action: str, entity: str, entity_id: UUID | None) -> AuditEvent:
        return AuditEvent(
            at=self._clock(),
            actor=self._profile.advisor_id,
            action=action,
            entity=entity,
            entity_id=entity_id,
        )

    def history(self, balance_id: UUID) -> tuple[HistoryEntry, ...]:
        """The balance's log and its participant's own log, oldest first.

        Raises:
            NotFound: no balance has this ID.
        """
        with self._uow() as uow:
            record = uow.balances.get_record(balance_id)
            if record is None:
                raise NotFound(f"no balance with id {balance_id}")
            participant_log = uow.privacy.participant_events(record.participant.id)
        names = {
            self._profile.advisor_id: self._profile.advisor_name,
            record.balance.advisor_id: record.balance.advisor_name,
        }
        # The participant exists before any of their balances: at the same moment, their
        # events come first; sorting is stable, so each log keeps its recorded order.
        entries = [HistoryEntry(e, names.get(e.actor), "participant") for e in participant_log]
        entries += [HistoryEntry(e, names.get(e.actor), "balance") for e in record.audit]
        return tuple(sorted(entries, key=lambda entry: entry.event.at))

    def record_print(self, balance_id: UUID, kind: str) -> None:
        """Record that a document of the balance was printed or saved as PDF.

        Args:
            balance_id: The balance.
            kind: The report kind (``summary``, ``plan``, ...).

        Raises:
            NotFound: no balance has this ID.
        """
        event = self._event(ACTION_PRINT, f"report.{kind}", balance_id)
        with self._uow() as uow:
            append_to_balance(uow, balance_id, (event,), now=event.at)
            uow.commit()

    def handover(
        self, balance_id: UUID, *, to_advisor: str, note: str, on: dt.date | None = None
    ) -> HandoverEntry:
        """Record that the case goes to another advisor (date, target, note) with its event.

        Args:
            balance_id: The balance handed over.
            to_advisor: User name on the sync server of the advisor taking the case over.
            note: Why, and what the other advisor should know (may be empty).
            on: The date of the handover; today when None.

        Raises:
            NotFound: no balance has this ID.
            ValidationFailed: no target advisor, or a text too long.
        """
        to_advisor = to_advisor.strip()
        note = note.strip()
        if not to_advisor:
            raise ValidationFailed("a handover needs the advisor who takes the case over")
        if len(to_advisor) > SHORT_TEXT_MAX or len(note) > 4 * SHORT_TEXT_MAX:
            raise ValidationFailed("the handover text is too long")
        event = self._event(ACTION_HANDOVER, "balance", balance_id)
        entry = HandoverEntry(
            id=self._new_id(),
            balance_id=balance_id,
            handed_over_on=on or event.at.astimezone().date(),
            from_advisor_id=self._profile.advisor_id,
            to_advisor=to_advisor,
            note=note,
            created_at=event.at,
        )
        with self._uow() as uow:
            record = append_to_balance(uow, balance_id, (event,), now=event.at)
            uow.privacy.add_handover(entry)
            # ``to_advisor`` is the other advisor's user name on the sync server.
            queue_handover(
                uow, record.participant.id, entry.id, to_advisor, note, handed_over_at=event.at
            )
            uow.commit()
        return entry

    def handovers(self, balance_id: UUID) -> tuple[HandoverEntry, ...]:
        """The handovers recorded for a balance, oldest first."""
        with self._uow() as uow:
            return uow.privacy.handovers(balance_id)
