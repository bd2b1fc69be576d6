"""Use cases on participants: search the list, read, check and save master data."""

from __future__ import annotations

from uuid import UUID

from advisor_app.domain.audit import append_events, participant_changes
from advisor_app.domain.entities import Participant
from advisor_app.domain.issues import Issue, Severity
from advisor_app.domain.listing import BalanceListRow
from advisor_app.domain.validation import participant_issues
from advisor_app.errors import NotFound, ValidationFailed
from advisor_app.services.changes import Changes, SaveResult
from advisor_app.services.clock import Clock, IdFactory, new_uuid7, utc_now
from advisor_app.services.sync_outbox import queue_participant_change
from advisor_app.services.unit_of_work import UnitOfWorkFactory


class ParticipantService:
    """Participants and the participant/balance list.

    Args:
        uow_factory: Opens a unit of work on the profile database.
        clock: Current UTC time.
        new_id: Creates IDs (UUIDv7).
        actor: The advisor working in this profile; when given, every save is recorded in the
            participant's audit log (who changed which field, when).
    """

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        *,
        clock: Clock = utc_now,
        new_id: IdFactory = new_uuid7,
        actor: UUID | None = None,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._new_id = new_id
        self._actor = actor

    def count_rows(self, query: str = "") -> int:
        """Number of list rows matching a search (every word must match, accents ignored)."""
        with self._uow() as uow:
            return uow.participants.count_rows(query)

    def rows(
        self, query: str = "", *, offset: int = 0, limit: int = 200
    ) -> tuple[BalanceListRow, ...]:
        """One page of list rows matching a search, ordered by name."""
        with self._uow() as uow:
            return uow.participants.list_rows(query, offset, limit)

    def get(self, participant_id: UUID) -> Participant:
        """Read a participant.

        Raises:
            NotFound: no participant has this ID.
        """
        with self._uow() as uow:
            participant = uow.participants.get(participant_id)
        if participant is None:
            raise NotFound(f"no participant with id {participant_id}")
        return participant

    def check(self, participant: Participant) -> tuple[Issue, ...]:
        """Validate master data without touching the database (safe on the GUI thread)."""
        return tuple(participant_issues(participant, today=self._clock().date()))

    def save(self, participant: Participant) -> SaveResult:
        """Create or update a participant, keeping flagged values as typed.

        Raises:
            ValidationFailed: a value cannot be stored at all (text over the limit).
        """
        issues = self.check(participant)
        structural = [i for i in issues if i.severity is Severity.STRUCTURAL]
        if structural:
            fields = ", ".join(sorted({i.field for i in structural}))
            raise ValidationFailed(f"cannot store {fields}: the text is too long", issues=issues)
        now = self._clock()
        with self._uow() as uow:
            before = uow.participants.get(participant.id) if self._actor is not None else None
            uow.participants.save(participant, now=now)
            if self._actor is not None:
                events = participant_changes(before, participant, actor=self._actor, at=now)
                if events:
                    log = uow.privacy.participant_events(participant.id)
                    fresh = append_events(log, events)[len(log) :]
                    uow.privacy.add_participant_events(participant.id, fresh)
            # Same transaction: a participant the server knows gets its change queued now.
            queue_participant_change(uow, participant.id, now, self._new_id)
            uow.commit()
        return SaveResult(Changes(participant_ids=frozenset({participant.id})), issues)

    def new_id(self) -> UUID:
        """An ID for a participant about to be created."""
        return self._new_id()
