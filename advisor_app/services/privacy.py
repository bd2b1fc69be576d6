"""Privacy use cases: consent withdrawal, data-subject export, retention purge (issue 8).

* :meth:`PrivacyService.withdraw_consent` withdraws one consent and erases the stored copies it
  covered (see :mod:`advisor_app.services.erasure`), in one transaction, then compacts the
  database so no copy remains in the WAL or free pages.
* :meth:`PrivacyService.export_participant` writes everything held about a participant (RODO
  art. 15 access, art. 20 portability) as a zip: the balance documents of all their balances
  (the current state and every frozen revision), their files, their own audit log and a readable
  PDF. Rectification (art. 16) is normal editing, which the audit trail records.
* :meth:`PrivacyService.purge_acknowledged` deletes local copies of finished balances the server
  acknowledged more than the retention period ago (SYNC.md §3.8 item 7). Anything not
  acknowledged, and every draft or withdrawn balance, is never touched.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from advisor_app.domain.audit import ACTION_EXPORT_PARTICIPANT
from advisor_app.domain.entities import AuditEvent, BalanceRecord
from advisor_app.errors import NotFound
from advisor_app.services.audit import append_to_balance
from advisor_app.services.clock import Clock, utc_now
from advisor_app.services.documents import DocumentService
from advisor_app.services.erasure import Eraser
from advisor_app.services.profile import ProfileInfo
from advisor_app.services.unit_of_work import UnitOfWorkFactory
from advisor_app.storage.privacy_repository import TombstoneEntry

__all__ = [
    "DEFAULT_RETENTION",
    "ParticipantExport",
    "PrivacyService",
    "PurgeSummary",
    "PurgedBalance",
]

#: Local copies of acknowledged balances are kept this long by default (configurable: the EFS
#: archiving rules are not verified, DOMAIN.md §2.10.2; the server keeps the archive).
DEFAULT_RETENTION = dt.timedelta(days=90)

_EXPORT_FORMAT = "advisor_app-participant-export"


@dataclass(frozen=True, slots=True)
class ParticipantExport:
    """What a data-subject export wrote."""

    path: Path
    participant_id: UUID
    balance_ids: tuple[UUID, ...]
    revisions: int
    files: int


@dataclass(frozen=True, slots=True)
class PurgedBalance:
    """One balance removed by the retention purge."""

    balance_id: UUID
    participant_id: UUID
    participant_name: str
    finished_at: dt.datetime | None
    acknowledged_at: dt.datetime


@dataclass(frozen=True, slots=True)
class PurgeSummary:
    """What the retention purge removed."""

    cutoff: dt.datetime
    balances: tuple[PurgedBalance, ...]
    files: int

    def text(self) -> str:
        """A one-paragraph English summary (logs and the CLI)."""
        if not self.balances:
            return f"nothing to purge (acknowledged before {self.cutoff:%Y-%m-%d})"
        names = ", ".join(f"{b.participant_name} ({b.balance_id})" for b in self.balances)
        return (
            f"purged {len(self.balances)} acknowledged balance(s) and {self.files} file(s) "
            f"acknowledged before {self.cutoff:%Y-%m-%d}: {names}"
        )


class PrivacyService:
    """Privacy use cases of the open profile.

    Args:
        uow_factory: Opens a unit of work on the profile database.
        profile: The advisor working in this profile (the actor of the audit events).
        documents: Builds the balance documents of an export.
        eraser: Erases what a withdrawal covers and compacts the database.
        clock: Current UTC time.
        retention: How long acknowledged balances stay (see :data:`DEFAULT_RETENTION`).
    """

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        profile: ProfileInfo,
        documents: DocumentService,
        eraser: Eraser,
        *,
        clock: Clock = utc_now,
        retention: dt.timedelta = DEFAULT_RETENTION,
    ) -> None:
        self._uow = uow_factory
        self._profile = profile
        self._documents = documents
        self._eraser = eraser
        self._clock = clock
        self.retention = retention

    @property
    def legal_minimum(self) -> frozenset[str]:
        """The sections a resignation keeps."""
        return self._eraser.legal_minimum

    # --- consent withdrawal -------------------------------------------------------------------

    def withdraw_consent(self, balance_id: UUID, consent_id: UUID) -> BalanceRecord:
        """Withdraw a consent and erase the stored files it covers; returns the stored record.

        Works whatever the balance's status: erasure wins over the immutability of a finished
        revision (its frozen document lists the files' names and hashes, never their bytes).

        Raises:
            NotFound: no such balance, or no such consent in it.
        """
        now = self._clock()
        with self._uow() as uow:
            record = uow.balances.get_record(balance_id)
            if record is None:
                raise NotFound(f"no balance with id {balance_id}")
            updated, _removed = self._eraser.withdraw_consent(
                uow, record, consent_id, actor=self._profile.advisor_id, now=now
            )
            uow.balances.save_record(updated, now=now)
            uow.commit()
        self._eraser.compact()
        return updated

    def tombstones(self, *, unsent_only: bool = False) -> tuple[TombstoneEntry, ...]:
        """Erasures queued for the server."""
        with self._uow() as uow:
            return uow.privacy.tombstones(unsent_only=unsent_only)

    # --- data-subject export ------------------------------------------------------------------

    def export_participant(self, participant_id: UUID, target: Path) -> ParticipantExport:
        """Write everything held about a participant to ``target`` (a ``.zip``).

        Layout: ``participant.json`` (master data and the participant's own audit log),
        ``balances/<balance id>/current.json`` (the balance document now),
        ``balances/<balance id>/revisions/<revision id>.json`` (each frozen revision as
        frozen), ``balances/<balance id>/files/<file id>`` (stored files) and ``copy.pdf``
        (the readable copy). The file appears complete or not at all.

        Raises:
            NotFound: no participant has this ID.
        """
        from advisor_app.reports.data_subject import render_data_subject_copy
        from advisor_app.reports.labels import language_for
        from advisor_app.sync.codec import dump_document
        from advisor_app.sync.mapping import participant_to_wire

        now = self._clock()
        with self._uow() as uow:
            participant = uow.participants.get(participant_id)
            if participant is None:
                raise NotFound(f"no participant with id {participant_id}")
            balance_ids = uow.balances.ids_for_participant(participant_id)
            participant_log = uow.privacy.participant_events(participant_id)
            records: list[BalanceRecord] = []
            revisions: dict[UUID, list[tuple[UUID, bytes]]] = {}
            contents: dict[UUID, list[tuple[UUID, bytes]]] = {}
            for balance_id in balance_ids:
                record = uow.balances.get_record(balance_id)
                assert record is not None  # listed in the same transaction
                records.append(record)
                revisions[balance_id] = [
                    (r.revision_id, r.payload) for r in uow.revisions.for_balance(balance_id)
                ]
                found: list[tuple[UUID, bytes]] = []
                for evidence in record.evidence:
                    for file in evidence.files:
                        data = uow.attachments.get(file.id)
                        if data is not None:
                            found.append((file.id, data))
                contents[balance_id] = found
        participant_json = {
            "format": _EXPORT_FORMAT,
            "version": 1,
            "exported_at": now.isoformat(),
            "participant": participant_to_wire(participant).model_dump(mode="json"),
            "audit": [
                {
                    "at": e.at.isoformat(),
                    "actor": str(e.actor),
                    "action": e.action,
                    "entity": e.entity,
                    "entity_id": None if e.entity_id is None else str(e.entity_id),
                }
                for e in participant_log
            ],
            "balances": [str(b) for b in balance_ids],
        }
        pdf = render_data_subject_copy(
            participant,
            records,
            participant_events=participant_log,
            printed_by=self._profile.advisor_name,
            printed_on=now.astimezone().date(),
            language=language_for(participant),
        )
        partial = target.with_name(f".{target.name}.partial")
        revision_count = 0
        file_count = 0
        try:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(
                    "participant.json",
                    json.dumps(participant_json, ensure_ascii=False, indent=2) + "\n",
                )
                for record in records:
                    folder = f"balances/{record.balance.id}/"
                    document = self._documents.export(record.balance.id)
                    archive.writestr(f"{folder}current.json", dump_document(document))
                    for revision_id, payload in revisions[record.balance.id]:
                        archive.writestr(f"{folder}revisions/{revision_id}.json", payload)
                        revision_count += 1
                    for file_id, data in contents[record.balance.id]:
                        archive.writestr(f"{folder}files/{file_id}", data)
                        file_count += 1
                archive.writestr("copy.pdf", pdf)
            with partial.open("rb") as handle:
                os.fsync(handle.fileno())
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
        with self._uow() as uow:
            for balance_id in balance_ids:
                event = AuditEvent(
                    at=now,
                    actor=self._profile.advisor_id,
                    action=ACTION_EXPORT_PARTICIPANT,
                    entity="participant",
                    entity_id=participant_id,
                )
                append_to_balance(uow, balance_id, (event,), now=now)
            if not balance_ids:
                uow.privacy.add_participant_events(
                    participant_id,
                    (
                        AuditEvent(
                            at=now,
                            actor=self._profile.advisor_id,
                            action=ACTION_EXPORT_PARTICIPANT,
                            entity="participant",
                            entity_id=participant_id,
                        ),
                    ),
                )
            uow.commit()
        return ParticipantExport(
            path=target,
            participant_id=participant_id,
            balance_ids=balance_ids,
            revisions=revision_count,
            files=file_count,
        )

    # --- retention ----------------------------------------------------------------------------

    def purge_acknowledged(self, retention: dt.timedelta | None = None) -> PurgeSummary:
        """Delete local copies of finished balances acknowledged longer than ``retention`` ago.

        Never touches a draft, a withdrawn balance, or a balance with any outbox item not
        ``acknowledged`` (SYNC.md §3.1 principle 5: never delete unsynced data). The
        participant's master data stays.
        """
        cutoff = self._clock() - (retention if retention is not None else self.retention)
        with self._uow() as uow:
            candidates = uow.privacy.purge_candidates(cutoff)
            files = sum(uow.privacy.purge_balance(c.balance_id) for c in candidates)
            uow.commit()
        if candidates:
            self._eraser.compact()
        return PurgeSummary(
            cutoff=cutoff,
            balances=tuple(
                PurgedBalance(
                    balance_id=c.balance_id,
                    participant_id=c.participant_id,
                    participant_name=c.participant_name,
                    finished_at=c.finished_at,
                    acknowledged_at=c.acknowledged_at,
                )
                for c in candidates
            ),
            files=files,
        )
