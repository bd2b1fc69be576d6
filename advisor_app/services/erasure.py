"""Carrying out consent withdrawals and resignations inside a unit of work, then compacting.

Used by :class:`~advisor_app.services.privacy.PrivacyService` (withdrawing one consent) and
:class:`~advisor_app.services.lifecycle.LifecycleService` (withdrawing a balance = resignation),
so both erase the same way: in the transaction that records the withdrawal, the stored bytes of
the files go (overwritten with zeros by ``secure_delete``), the audit log says what went, and an
erasure tombstone per erased thing is queued for the server. After the commit,
:meth:`Eraser.compact` checkpoints and truncates the WAL and vacuums the database, so no copy
survives in the WAL or in free pages.

Tombstones are kept in the local ``erasure_tombstone`` table (``sent_at`` NULL until the server
confirmed them). What reaches the server:

- A **resignation** (full withdrawal) queues one outbox item of kind ``erasure`` for the
  participant, which the sync engine sends as ``DELETE /v1/participants/{id}`` after every
  other pending item of that participant; its success sets ``sent_at`` on the tombstones.
- A **partial withdrawal** (one consent, e.g. photos of work samples) must not erase the
  participant on the server: DOMAIN.md §2.10.2 keeps the legally required project data, and
  only the files covered by the consent go. The server has no endpoint that deletes single
  attachments yet, so these ``evidence_file`` tombstones stay unsent (``sent_at`` NULL) until
  it has one; uploads of those files that had not started are withdrawn here (``superseded``),
  so no erased file leaves the laptop afterwards.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
from collections.abc import Callable, Iterable
from uuid import UUID

from advisor_app.domain.audit import ACTION_ERASE, append_events, record_changes
from advisor_app.domain.entities import AuditEvent, BalanceRecord, EvidenceFile
from advisor_app.domain.privacy import (
    DEFAULT_LEGAL_MINIMUM,
    resignation_effects,
    withdrawal_effects,
)
from advisor_app.errors import NotFound
from advisor_app.services.clock import IdFactory, new_uuid7
from advisor_app.services.sync_outbox import queue_erasure
from advisor_app.storage.privacy_repository import TombstoneEntry
from advisor_app.storage.unit_of_work import UnitOfWork

__all__ = ["REASON_CONSENT_WITHDRAWN", "REASON_RESIGNATION", "Eraser"]

REASON_CONSENT_WITHDRAWN = "consent_withdrawn"
REASON_RESIGNATION = "resignation"

_log = logging.getLogger(__name__)

#: Outbox values (``advisor_app.sync.engine``): uploads of an erased file that never started.
_KIND_ATTACHMENT = "attachment"
_NOT_STARTED = ("queued", "blocked_auth")
_SUPERSEDED = "superseded"


class Eraser:
    """Erases what a withdrawal covers.

    Args:
        compact: Removes copies of deleted rows from the database files
            (``storage.engine.compact_securely`` bound to the profile's engine); None in tests
            that do not care.
        new_id: Creates tombstone IDs.
        legal_minimum: Sections a resignation keeps (see :mod:`advisor_app.domain.privacy`).
    """

    def __init__(
        self,
        compact: Callable[[], bool] | None = None,
        *,
        new_id: IdFactory = new_uuid7,
        legal_minimum: Iterable[str] = DEFAULT_LEGAL_MINIMUM,
    ) -> None:
        self._compact = compact
        self._new_id = new_id
        self.legal_minimum = frozenset(legal_minimum)

    def withdraw_consent(
        self,
        uow: UnitOfWork,
        record: BalanceRecord,
        consent_id: UUID,
        *,
        actor: UUID,
        now: dt.datetime,
    ) -> tuple[BalanceRecord, tuple[EvidenceFile, ...]]:
        """Withdraw a consent of ``record`` and erase what it covers; the caller saves + commits.

        Returns:
            The record to save (with its audit events) and the files erased.

        Raises:
            NotFound: the balance has no such consent.
        """
        try:
            after, removed = withdrawal_effects(record, consent_id, now)
        except KeyError:
            raise NotFound(f"balance {record.balance.id} has no consent {consent_id}") from None
        after = self._erase(
            uow, record, after, removed, actor=actor, now=now, reason=REASON_CONSENT_WITHDRAWN
        )
        return after, removed

    def resign(
        self,
        uow: UnitOfWork,
        record: BalanceRecord,
        reason: str,
        *,
        actor: UUID,
        now: dt.datetime,
        extra_events: Iterable[AuditEvent] = (),
    ) -> tuple[BalanceRecord, tuple[str, ...]]:
        """Withdraw the balance keeping only the legal minimum; the caller saves + commits.

        Returns:
            The record to save and the sections dropped.
        """
        after, removed, dropped = resignation_effects(record, now, reason, self.legal_minimum)
        after = self._erase(
            uow,
            record,
            after,
            removed,
            actor=actor,
            now=now,
            reason=REASON_RESIGNATION,
            extra_events=extra_events,
        )
        queue_erasure(uow, record.participant.id, self._new_id(), now)
        if dropped:
            uow.privacy.add_tombstone(
                TombstoneEntry(
                    id=self._new_id(),
                    entity="balance_content",
                    entity_id=record.balance.id,
                    balance_id=record.balance.id,
                    participant_id=record.participant.id,
                    reason=REASON_RESIGNATION,
                    created_at=now,
                )
            )
        return after, dropped

    def compact(self) -> None:
        """Leave no copy of what was erased in the WAL or free pages (after the commit)."""
        if self._compact is not None and not self._compact():
            _log.warning("the WAL could not be truncated after an erasure: a reader was open")

    def _erase(
        self,
        uow: UnitOfWork,
        before: BalanceRecord,
        after: BalanceRecord,
        removed: tuple[EvidenceFile, ...],
        *,
        actor: UUID,
        now: dt.datetime,
        reason: str,
        extra_events: Iterable[AuditEvent] = (),
    ) -> BalanceRecord:
        events = record_changes(before, after, actor=actor, at=now)
        uow.privacy.delete_contents(f.id for f in removed)
        for item in uow.sync.items_for(f.id for f in removed):
            if item.kind == _KIND_ATTACHMENT and item.state in _NOT_STARTED:
                uow.sync.update_item(
                    item.id,
                    state=_SUPERSEDED,
                    last_problem=json.dumps({"detail": "the file was erased (consent withdrawn)"}),
                )
        for file in removed:
            events.append(
                AuditEvent(
                    at=now,
                    actor=actor,
                    action=ACTION_ERASE,
                    entity="evidence_file",
                    entity_id=file.id,
                )
            )
            uow.privacy.add_tombstone(
                TombstoneEntry(
                    id=self._new_id(),
                    entity="evidence_file",
                    entity_id=file.id,
                    balance_id=before.balance.id,
                    participant_id=before.participant.id,
                    reason=reason,
                    created_at=now,
                )
            )
        # The lifecycle's own event ("withdraw") comes last: it sums up what the others detail.
        events.extend(extra_events)
        return dataclasses.replace(after, audit=append_events(before.audit, events))
