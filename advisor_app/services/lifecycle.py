"""Finishing, revising and withdrawing a balance (SYNC.md §3.1–§3.2; issue 4, items 5 and 6).

Finishing freezes the balance: in one transaction the balance becomes ``finished``, its document
(BALANCE_DOCUMENT.md) is stored as canonical bytes with their SHA-256 in ``balance_revision``, and
an ``outbox`` row queues exactly those bytes for upload. Either all of it is durable or none of it.
A finished revision is never changed again: **revise** starts a new draft revision whose
``base_revision_id`` names the finished one, and the frozen row stays as it was (append-only).

**Withdrawal** records that the participant resigned (date and reason); the balance becomes
read-only. Only a draft can be withdrawn: a finished revision is already frozen.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass
from uuid import UUID

from advisor_app.domain.entities import AuditEvent, BalanceRecord
from advisor_app.domain.enums import BalanceStatus
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.text_limits import SHORT_TEXT_MAX
from advisor_app.errors import NotFound, ValidationFailed
from advisor_app.services.changes import Changes
from advisor_app.services.clock import Clock, IdFactory, new_uuid7, utc_now
from advisor_app.services.erasure import Eraser
from advisor_app.services.profile import ProfileInfo
from advisor_app.services.sync_outbox import queue_attachments
from advisor_app.services.unit_of_work import UnitOfWorkFactory
from advisor_app.storage.repositories import OutboxEntry, RevisionEntry
from advisor_app.storage.unit_of_work import UnitOfWork

__all__ = [
    "OUTBOX_KIND_REVISION",
    "FinishOutcome",
    "FrozenDocument",
    "LifecycleService",
    "RevisionInfo",
    "freeze_document",
]

#: ``outbox.kind`` of a finished balance revision (SYNC.md §3.2).
OUTBOX_KIND_REVISION = "balance_revision"

#: ``outbox.state`` of an item waiting for its first upload.
OUTBOX_QUEUED = "queued"


@dataclass(frozen=True, slots=True)
class FrozenDocument:
    """The canonical bytes of a finished revision's document and their hash.

    Attributes:
        payload: The balance document as UTF-8 JSON (``exported_at`` = ``finished_at``).
        sha256: Lower-case hex SHA-256 of ``payload``.
        schema_version: The document's ``schema_version``.
    """

    payload: bytes
    sha256: str
    schema_version: int


def freeze_document(record: BalanceRecord) -> FrozenDocument:
    """The canonical document of a finished record.

    ``exported_at`` is the finish time, so every laptop that holds the same finished revision
    (the one that finished it, or one that imported it) computes the same bytes and hash.

    Raises:
        ValueError: the record is not finished.
    """
    from advisor_app.sync.codec import dump_document  # late: pydantic is slow to import
    from advisor_app.sync.mapping import document_from_record

    finished_at = record.balance.finished_at
    if record.balance.status is not BalanceStatus.FINISHED or finished_at is None:
        raise ValueError(f"balance {record.balance.id} is not finished")
    document = document_from_record(record, exported_at=finished_at)
    payload = dump_document(document)
    return FrozenDocument(payload, hashlib.sha256(payload).hexdigest(), document.schema_version)


@dataclass(frozen=True, slots=True)
class FinishOutcome:
    """What finishing stored.

    Attributes:
        record: The balance as finished (status, ``finished_at``, the "finish" audit event).
        revision_id: The frozen revision (the upload's idempotency key).
        sha256: Hex SHA-256 of the stored document.
        outbox_seq: Place of the upload in the sync queue.
        changes: The balance and participant written.
    """

    record: BalanceRecord
    revision_id: UUID
    sha256: str
    outbox_seq: int
    changes: Changes

    @property
    def finished_at(self) -> dt.datetime:
        """When the balance was finished."""
        finished_at = self.record.balance.finished_at
        assert finished_at is not None  # set by LifecycleService.finish
        return finished_at


@dataclass(frozen=True, slots=True)
class RevisionInfo:
    """A stored (frozen) revision, for display.

    Attributes:
        revision_id: The revision.
        base_revision_id: The revision it corrects, or None for the first one.
        status: The status frozen with it (finished).
        sha256: Hex SHA-256 of its document.
        created_at: When it was frozen on this laptop (or imported).
    """

    revision_id: UUID
    base_revision_id: UUID | None
    status: BalanceStatus
    sha256: str
    created_at: dt.datetime


class LifecycleService:
    """Finish, revise and withdraw balances of the open profile.

    Args:
        uow_factory: Opens a unit of work on the profile database.
        profile: The advisor working in this profile (the actor of the audit events).
        clock: Current UTC time.
        new_id: Creates revision IDs (UUIDv7).
        eraser: Carries out a resignation (consents withdrawn, content beyond the legal
            minimum erased); without it, withdrawing only records the resignation.
    """

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        profile: ProfileInfo,
        *,
        clock: Clock = utc_now,
        new_id: IdFactory = new_uuid7,
        eraser: Eraser | None = None,
    ) -> None:
        self._eraser = eraser
        self._uow = uow_factory
        self._profile = profile
        self._clock = clock
        self._new_id = new_id
        self._flow = InterviewFlow(today=lambda: self._clock().date())

    def finish(self, balance_id: UUID) -> FinishOutcome:
        """Validate, freeze and queue a draft balance, all in one transaction.

        Raises:
            NotFound: no balance has this ID.
            ValidationFailed: the balance is not a draft, or finish rules are not met (then
                ``issues`` lists every unmet rule, in stage order).
        """
        now = self._clock()
        with self._uow() as uow:
            record = _load(uow, balance_id)
            _require_status(record, BalanceStatus.DRAFT, "finished")
            issues = self._flow.finish_issues(record)
            if issues:
                count = len(issues)
                rules = "1 rule is not met" if count == 1 else f"{count} rules are not met"
                raise ValidationFailed(
                    f"cannot finish balance {balance_id}: {rules}",
                    hint="complete the fields listed and finish again",
                    issues=issues,
                )
            balance = dataclasses.replace(
                record.balance, status=BalanceStatus.FINISHED, finished_at=now
            )
            finished = dataclasses.replace(
                record, balance=balance, audit=(*record.audit, self._event("finish", record, now))
            )
            uow.balances.save_record(finished, now=now)
            frozen = freeze_document(finished)
            uow.revisions.add(
                RevisionEntry(
                    revision_id=balance.revision_id,
                    balance_id=balance.id,
                    base_revision_id=balance.base_revision_id,
                    status=BalanceStatus.FINISHED.value,
                    schema_version=frozen.schema_version,
                    payload=frozen.payload,
                    sha256=frozen.sha256,
                    created_at=now,
                )
            )
            queued = uow.revisions.enqueue(
                OutboxEntry(
                    seq=0,
                    kind=OUTBOX_KIND_REVISION,
                    entity_id=balance.id,
                    revision_id=balance.revision_id,
                    payload=frozen.payload,
                    payload_sha256=frozen.sha256,
                    schema_version=frozen.schema_version,
                    state=OUTBOX_QUEUED,
                    attempts=0,
                    created_at=now,
                )
            )
            # The evidence files go as their own uploads after the revision (SYNC.md §3.6).
            queue_attachments(uow, finished, balance.revision_id, now)
            uow.commit()
        return FinishOutcome(
            record=finished,
            revision_id=balance.revision_id,
            sha256=frozen.sha256,
            outbox_seq=queued.seq,
            changes=_changes(finished),
        )

    def revise(self, balance_id: UUID) -> BalanceRecord:
        """Start a new draft revision of a finished balance (the finished one stays frozen).

        Raises:
            NotFound: no balance has this ID.
            ValidationFailed: the balance is not finished.
        """
        now = self._clock()
        with self._uow() as uow:
            record = _load(uow, balance_id)
            _require_status(record, BalanceStatus.FINISHED, "revised")
            if uow.revisions.get(record.balance.revision_id) is None:
                # Finished before revisions were stored (or imported without one): freeze it
                # now, so the chain of revisions stays complete.
                frozen = freeze_document(record)
                uow.revisions.add(
                    RevisionEntry(
                        revision_id=record.balance.revision_id,
                        balance_id=record.balance.id,
                        base_revision_id=record.balance.base_revision_id,
                        status=BalanceStatus.FINISHED.value,
                        schema_version=frozen.schema_version,
                        payload=frozen.payload,
                        sha256=frozen.sha256,
                        created_at=now,
                    )
                )
            balance = dataclasses.replace(
                record.balance,
                revision_id=self._new_id(),
                base_revision_id=record.balance.revision_id,
                status=BalanceStatus.DRAFT,
                finished_at=None,
            )
            draft = dataclasses.replace(
                record, balance=balance, audit=(*record.audit, self._event("revise", record, now))
            )
            uow.balances.save_record(draft, now=now)
            uow.commit()
        return draft

    def withdraw(self, balance_id: UUID, reason: str) -> BalanceRecord:
        """Record that the participant resigned; the balance becomes read-only.

        Args:
            balance_id: The balance (a draft).
            reason: Why (required, at most 300 characters; surrounding spaces are dropped).

        Raises:
            NotFound: no balance has this ID.
            ValidationFailed: no reason, a reason too long, or the balance is not a draft.
        """
        reason = reason.strip()
        if not reason:
            raise ValidationFailed("a withdrawal needs its reason")
        if len(reason) > SHORT_TEXT_MAX:
            raise ValidationFailed(
                f"the withdrawal reason is longer than {SHORT_TEXT_MAX} characters"
            )
        now = self._clock()
        with self._uow() as uow:
            record = _load(uow, balance_id)
            _require_status(record, BalanceStatus.DRAFT, "withdrawn")
            event = self._event("withdraw", record, now)
            if self._eraser is not None:
                # Resignation: consents withdrawn, content beyond the legal minimum erased.
                withdrawn, _dropped = self._eraser.resign(
                    uow,
                    record,
                    reason,
                    actor=self._profile.advisor_id,
                    now=now,
                    extra_events=(event,),
                )
            else:
                balance = dataclasses.replace(
                    record.balance,
                    status=BalanceStatus.WITHDRAWN,
                    withdrawn_at=now,
                    withdrawal_reason=reason,
                )
                withdrawn = dataclasses.replace(
                    record, balance=balance, audit=(*record.audit, event)
                )
            uow.balances.save_record(withdrawn, now=now)
            uow.commit()
        if self._eraser is not None:
            self._eraser.compact()
        return withdrawn

    def revisions(self, balance_id: UUID) -> tuple[RevisionInfo, ...]:
        """The frozen revisions of a balance, oldest first (the current draft is not one)."""
        with self._uow() as uow:
            entries = uow.revisions.for_balance(balance_id)
        return tuple(
            RevisionInfo(
                revision_id=e.revision_id,
                base_revision_id=e.base_revision_id,
                status=BalanceStatus(e.status),
                sha256=e.sha256,
                created_at=e.created_at,
            )
            for e in entries
        )

    def _event(self, action: str, record: BalanceRecord, now: dt.datetime) -> AuditEvent:
        return AuditEvent(
            at=now,
            actor=self._profile.advisor_id,
            action=action,
            entity="balance",
            entity_id=record.balance.id,
        )


def _load(uow: UnitOfWork, balance_id: UUID) -> BalanceRecord:
    record = uow.balances.get_record(balance_id)
    if record is None:
        raise NotFound(f"no balance with id {balance_id}")
    return record


def _require_status(record: BalanceRecord, wanted: BalanceStatus, verb: str) -> None:
    status = record.balance.status
    if status is wanted:
        return
    hints = {
        BalanceStatus.FINISHED: "revise the balance to start a new draft revision",
        BalanceStatus.WITHDRAWN: "a withdrawn balance is read-only",
        BalanceStatus.DRAFT: "finish the balance first",
    }
    raise ValidationFailed(
        f"balance {record.balance.id} is {status.value}; only a {wanted.value} balance can be "
        f"{verb}",
        hint=hints[status],
    )


def _changes(record: BalanceRecord) -> Changes:
    return Changes(
        participant_ids=frozenset({record.participant.id}),
        balance_ids=frozenset({record.balance.id}),
    )
