"""Use cases on balances: create one for a participant, load it, save the draft."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from uuid import UUID

from advisor_app.domain.audit import append_events, record_changes
from advisor_app.domain.entities import AuditEvent, Balance, BalanceRecord
from advisor_app.domain.enums import BalanceStatus, Variant
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.issues import Severity
from advisor_app.errors import NotFound, ValidationFailed
from advisor_app.services.changes import Changes, SaveResult
from advisor_app.services.clock import Clock, IdFactory, new_uuid7, utc_now
from advisor_app.services.profile import ProfileInfo
from advisor_app.services.unit_of_work import UnitOfWorkFactory
from advisor_app.storage.unit_of_work import UnitOfWork

#: Projects a balance can belong to (DOMAIN.md §2.1); configurable per office later.
DEFAULT_PROJECT_CODES = ("KK", "KKZ", "MPDK-S1")


class BalanceService:
    """Balances of the open profile.

    Args:
        uow_factory: Opens a unit of work on the profile database.
        profile: The advisor working in this profile (recorded as the balance's advisor).
        clock: Current UTC time.
        new_id: Creates IDs (UUIDv7).
        project_codes: Projects offered for a new balance.
    """

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        profile: ProfileInfo,
        *,
        clock: Clock = utc_now,
        new_id: IdFactory = new_uuid7,
        project_codes: Sequence[str] = DEFAULT_PROJECT_CODES,
    ) -> None:
        self._uow = uow_factory
        self._profile = profile
        self._clock = clock
        self._new_id = new_id
        self._project_codes = tuple(project_codes)
        self._flow = InterviewFlow(today=lambda: self._clock().date())

    def project_codes(self) -> tuple[str, ...]:
        """Projects a new balance can be opened in."""
        return self._project_codes

    def create(self, participant_id: UUID, *, variant: Variant, project_code: str) -> BalanceRecord:
        """Open a new draft balance for an existing participant.

        Raises:
            NotFound: the participant does not exist.
        """
        now = self._clock()
        with self._uow() as uow:
            participant = uow.participants.get(participant_id)
            if participant is None:
                raise NotFound(f"no participant with id {participant_id}")
            balance = Balance(
                id=self._new_id(),
                revision_id=self._new_id(),
                advisor_id=self._profile.advisor_id,
                advisor_name=self._profile.advisor_name,
                created_at=now,
                project_code=project_code,
                variant=variant,
            )
            created = AuditEvent(
                at=now,
                actor=self._profile.advisor_id,
                action="create",
                entity="balance",
                entity_id=balance.id,
            )
            record = BalanceRecord(balance=balance, participant=participant, audit=(created,))
            uow.balances.save_record(record, now=now)
            uow.commit()
        return record

    def load(self, balance_id: UUID) -> BalanceRecord:
        """Read a balance with everything it holds.

        Raises:
            NotFound: no balance has this ID.
        """
        with self._uow() as uow:
            record = uow.balances.get_record(balance_id)
        if record is None:
            raise NotFound(f"no balance with id {balance_id}")
        return record

    def save(self, record: BalanceRecord) -> SaveResult:
        """Store a draft balance as it is, returning the issues it still has.

        Raises:
            ValidationFailed: the balance is no longer a draft, or a value cannot be stored.
        """
        if record.balance.status is not BalanceStatus.DRAFT:
            raise ValidationFailed(
                f"balance {record.balance.id} is {record.balance.status}; only drafts can change",
                hint="create a new revision to correct a finished balance",
            )
        found = self._flow.all_issues(record)
        structural = [i for i in found if i.severity is Severity.STRUCTURAL]
        if structural:
            fields = ", ".join(sorted({i.field for i in structural}))
            raise ValidationFailed(f"cannot store {fields}", issues=structural)
        with self._uow() as uow:
            stored = uow.balances.status_of(record.balance.id)
            if stored not in (None, BalanceStatus.DRAFT):
                # Finished or withdrawn meanwhile (the CLI, another window): a stale draft must
                # never overwrite a frozen revision.
                raise ValidationFailed(
                    f"balance {record.balance.id} is {stored}; only drafts can change",
                    hint="create a new revision to correct a finished balance",
                )
            now = self._clock()
            record = self._audited(uow, record, now)
            uow.participants.save(record.participant, now=now)
            uow.balances.save_record(record, now=now)
            uow.commit()
        issues = tuple(i for i in found if i.severity is not Severity.STRUCTURAL)
        changes = Changes(
            participant_ids=frozenset({record.participant.id}),
            balance_ids=frozenset({record.balance.id}),
        )
        return SaveResult(changes, issues)

    def _audited(self, uow: UnitOfWork, record: BalanceRecord, now: dt.datetime) -> BalanceRecord:
        """``record`` with the stored audit log plus the events of this save.

        The log belongs to the database, not to the draft: a draft's copy may be stale (a
        print or a finish recorded meanwhile), so it is never written back as it is.
        """
        previous = uow.balances.current_record(record.balance.id)
        if previous is None:
            return record
        events = record_changes(previous, record, actor=self._profile.advisor_id, at=now)
        audit = append_events(previous.audit, events)
        if audit == record.audit:
            return record
        return dataclasses.replace(record, audit=audit)
