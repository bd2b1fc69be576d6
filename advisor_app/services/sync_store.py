"""The sync engine's view of the profile database (:class:`SqlSyncStore`) and the pull rules.

Every method is one short transaction run through ``db_call``. The rules for applying pulled
pages (participants, balance heads, drafts, catalogue, tombstones) are described in
:mod:`advisor_app.services.sync`, whose :class:`~advisor_app.services.sync.SyncService` builds
this store.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import shutil
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from advisor_app.domain.enums import BalanceStatus
from advisor_app.errors import (
    InvalidImportFile,
)
from advisor_app.services.clock import IdFactory, new_uuid7
from advisor_app.services.sync_outbox import (
    participant_fields,
    queue_participant_change,
)
from advisor_app.services.unit_of_work import UnitOfWorkFactory
from advisor_app.storage.repositories import RevisionEntry
from advisor_app.storage.sync_repository import (
    BalanceSyncEntry,
    OutboxRecord,
    ParticipantConflictEntry,
    ParticipantSyncEntry,
)
from advisor_app.storage.unit_of_work import UnitOfWork
from advisor_app.sync.outbox_model import (
    ACTIVE_STATES,
    ItemState,
    OutboxItem,
    OutboxKind,
    PullStats,
    SyncState,
    state_from_mapping,
    state_to_mapping,
)

if TYPE_CHECKING:
    from advisor_app.sync.protocol import (
        BalanceHeadItem,
        CatalogueBundle,
        ChangesPage,
        ParticipantChangeItem,
        ParticipantMerged,
        RevisionStored,
        Tombstone,
    )

__all__ = ["DbCall", "SqlSyncStore", "run_here", "set_local_fields"]

_log = logging.getLogger(__name__)

T = TypeVar("T")

#: Runs a database step: directly (CLI, tests) or on the db executor (GUI).
DbCall = Callable[[Callable[[], T]], T]


def run_here(step: Callable[[], T]) -> T:
    return step()


def _to_item(record: OutboxRecord) -> OutboxItem:
    return OutboxItem(
        id=record.id,
        seq=record.seq,
        kind=record.kind,
        entity_id=record.entity_id,
        key=record.revision_id,
        depends_on=record.depends_on,
        payload=record.payload,
        payload_sha256=record.payload_sha256,
        schema_version=record.schema_version,
        state=record.state,
        attempts=record.attempts,
        next_attempt_at=record.next_attempt_at,
        created_at=record.created_at,
        first_attempt_at=record.first_attempt_at,
        receipt=record.receipt,
        last_problem=record.last_problem,
        last_status=record.last_status,
    )


def _plain(values: Mapping[str, Any]) -> dict[str, Any]:
    """Enum values as their text (the repository stores plain values)."""
    return {k: (v.value if isinstance(v, ItemState) else v) for k, v in values.items()}


def _synced_columns(status: int, now: dt.datetime, receipt: str | None) -> dict[str, Any]:
    """Outbox columns of an item the server accepted: lease released, last problem cleared."""
    return {
        "state": ItemState.SYNCED.value,
        "lease_until": None,
        "attempt_id": None,
        "last_status": status,
        "last_problem": None,
        "next_attempt_at": None,
        "synced_at": now,
        "receipt": receipt,
    }


class SqlSyncStore:
    """The engine's view of the profile database (implements ``SyncStore``).

    Args:
        uow_factory: Opens a unit of work on the profile database.
        new_id: Creates change IDs (UUIDv7).
        db_call: Runs each database step (see the module docstring).
    """

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        *,
        new_id: IdFactory = new_uuid7,
        db_call: DbCall[Any] = run_here,
        catalogue_dir: Path | None = None,
    ) -> None:
        self._uow = uow_factory
        self._new_id = new_id
        self._db = db_call
        self.catalogue_dir = catalogue_dir

    # --- state and outbox ------------------------------------------------------------------

    def load_state(self) -> SyncState:
        """Return the run-level state."""

        def step() -> SyncState:
            with self._uow() as uow:
                return state_from_mapping(uow.sync.state())

        result: SyncState = self._db(step)
        return result

    def save_state(self, **changes: Any) -> None:
        """Change fields of the run-level state."""
        stored = state_to_mapping(changes)

        def step() -> None:
            with self._uow() as uow:
                uow.sync.set_state(stored)
                uow.commit()

        self._db(step)

    def reset_expired_leases(self, now: float) -> int:
        """Put items whose lease expired (a crashed or killed pass) back to ``queued``."""

        def step() -> int:
            with self._uow() as uow:
                count = uow.sync.reset_expired_leases(now)
                uow.commit()
                return count

        result: int = self._db(step)
        return result

    def prepare(self, now: dt.datetime) -> None:
        """Queue participant changes for edits made outside ``ParticipantService.save``."""

        def step() -> None:
            with self._uow() as uow:
                for participant_id in uow.sync.changed_synced_participants():
                    queue_participant_change(uow, participant_id, now, self._new_id)
                    known = uow.sync.participant_sync(participant_id)
                    if known is not None:  # "checked up to now", so the next pass skips it
                        uow.sync.put_participant_sync(dataclasses.replace(known, updated_at=now))
                uow.commit()

        self._db(step)

    def items(self, states: Collection[str] | None = None) -> list[OutboxItem]:
        """Return outbox items in queue order."""

        def step() -> list[OutboxItem]:
            with self._uow() as uow:
                return [_to_item(r) for r in uow.sync.items(states)]

        result: list[OutboxItem] = self._db(step)
        return result

    def update_item(self, item_id: int, **values: Any) -> None:
        """Change state columns of an item."""
        plain = _plain(values)

        def step() -> None:
            with self._uow() as uow:
                uow.sync.update_item(item_id, **plain)
                uow.commit()

        self._db(step)

    def attachment_content(self, file_id: UUID) -> bytes | None:
        """Return the stored bytes of an evidence file."""

        def step() -> bytes | None:
            with self._uow() as uow:
                return uow.attachments.get(file_id)

        result: bytes | None = self._db(step)
        return result

    # --- upload outcomes -------------------------------------------------------------------

    def revision_stored(
        self, item: OutboxItem, stored: RevisionStored, now: dt.datetime, status: int
    ) -> None:
        """Mark the revision ``synced``, keep its receipt, and record the server head."""

        def step() -> None:
            with self._uow() as uow:
                uow.sync.update_item(
                    item.id, **_synced_columns(status, now, stored.model_dump_json())
                )
                uow.sync.put_balance_sync(
                    BalanceSyncEntry(
                        balance_id=stored.balance_id,
                        head_revision_id=stored.revision_id,
                        server_seq=stored.server_seq,
                        payload_sha256=stored.payload_sha256,
                        updated_at=now,
                    )
                )
                uow.commit()

        self._db(step)

    def revision_conflict(
        self,
        item: OutboxItem,
        problem: str,
        head_revision_id: UUID | None,
        head_server_seq: int | None,
        now: dt.datetime,
    ) -> None:
        """Mark the revision ``conflict``; remember the head it conflicts with."""

        def step() -> None:
            with self._uow() as uow:
                uow.sync.update_item(
                    item.id,
                    state=ItemState.CONFLICT.value,
                    lease_until=None,
                    attempt_id=None,
                    last_status=409,
                    last_problem=problem,
                )
                if head_revision_id is not None:
                    uow.sync.put_balance_sync(
                        BalanceSyncEntry(
                            balance_id=item.entity_id,
                            head_revision_id=head_revision_id,
                            server_seq=head_server_seq or 0,
                            payload_sha256="",
                            updated_at=now,
                        )
                    )
                uow.commit()

        self._db(step)

    def participant_merged(
        self, item: OutboxItem, merged: ParticipantMerged, now: dt.datetime, status: int
    ) -> None:
        """Mark the change ``synced``; move the base to the merged version; keep conflicts.

        A hard conflict means the server kept its value: the local participant takes it too
        (both values stay in ``participant_conflict`` for the advisor to choose), so the next
        edit does not silently send the overridden value again.
        """
        from advisor_app.sync.protocol import canonical_json

        def step() -> None:
            with self._uow() as uow:
                uow.sync.update_item(
                    item.id, **_synced_columns(status, now, merged.model_dump_json())
                )
                change = json.loads(item.payload)
                known = uow.sync.participant_sync(item.entity_id)
                base: dict[str, Any] = json.loads(known.base) if known is not None else {}
                fields: dict[str, Any] = change.get("fields", {})
                for name in merged.applied_fields:
                    if name in fields:
                        base[name] = fields[name]
                for conflict in merged.conflicts:
                    base[conflict.field] = conflict.server_value
                    uow.sync.add_conflict(
                        ParticipantConflictEntry(
                            id=conflict.id,
                            participant_id=item.entity_id,
                            change_id=item.key,
                            field=conflict.field,
                            base_value=json.dumps(conflict.base_value, ensure_ascii=False),
                            server_value=json.dumps(conflict.server_value, ensure_ascii=False),
                            client_value=json.dumps(conflict.client_value, ensure_ascii=False),
                            created_at=now,
                            resolved_at=None,
                        )
                    )
                if merged.conflicts:
                    set_local_fields(
                        uow,
                        item.entity_id,
                        {c.field: c.server_value for c in merged.conflicts},
                        now,
                    )
                # Only a clean fast-forward (nobody else changed it, nothing refused) makes the
                # merged version our base; otherwise the base keeps its version, so the pull
                # brings the server's merged values.
                fast_forward = (
                    known is not None
                    and known.server_version + 1 == merged.version
                    and merged.conflict is None
                )
                if known is None or known.server_version <= merged.version:
                    uow.sync.put_participant_sync(
                        ParticipantSyncEntry(
                            participant_id=item.entity_id,
                            server_version=(
                                merged.version
                                if fast_forward or known is None
                                else known.server_version
                            ),
                            server_seq=merged.server_seq,
                            base=canonical_json(base).decode(),
                            conflict=merged.conflict,
                            updated_at=now,
                        )
                    )
                uow.commit()

        self._db(step)

    # --- commands, receipts re-checks, catalogue ------------------------------------------

    def command_sent(
        self, item: OutboxItem, status: int, receipt: str | None, now: dt.datetime
    ) -> None:
        """Mark an erasure, handover or resolution ``synced`` and note it where it belongs."""

        def step() -> None:
            with self._uow() as uow:
                uow.sync.update_item(item.id, **_synced_columns(status, now, receipt))
                if item.kind == OutboxKind.ERASURE:
                    uow.sync.mark_tombstones_sent(item.entity_id, now)
                elif item.kind == OutboxKind.HANDOVER:
                    uow.sync.mark_handover_sent(item.key, now)
                uow.commit()

        self._db(step)

    def stale_acknowledged(self, checked_before: dt.datetime, limit: int) -> list[OutboxItem]:
        """Acknowledged revisions due for a receipt re-check whose local copy is still held."""

        def step() -> list[OutboxItem]:
            with self._uow() as uow:
                records = uow.sync.stale_acknowledged(
                    OutboxKind.REVISION.value, checked_before, limit
                )
                return [_to_item(r) for r in records]

        result: list[OutboxItem] = self._db(step)
        return result

    def requeue_lost(self, item: OutboxItem, status: int, problem: str) -> None:
        """Queue a revision the server lost again, with its uploaded attachments."""

        def step() -> None:
            with self._uow() as uow:
                uow.sync.requeue_with_children(item.id, status, problem)
                uow.commit()

        self._db(step)

    def catalogue_to_fetch(self) -> str | None:
        """The announced catalogue version when newer than the one in use (and storable)."""
        if self.catalogue_dir is None:
            return None
        announced = self.load_state().catalogue_version
        if announced is None:
            return None
        from advisor_app.catalogue.reference import default_reference_catalogue, parse_version

        try:
            wanted = parse_version(announced)
            in_use = parse_version(default_reference_catalogue().version)
        except ValueError:
            return None
        return announced if wanted > in_use else None

    def install_catalogue(self, bundle: CatalogueBundle) -> None:
        """Write the bundle to :attr:`catalogue_dir` (checked first) and use it from now on.

        The files go to a sibling directory that is checked with the same loader as the
        shipped catalogue, then renamed into place, so a half-written or invalid download is
        never used.
        """
        from advisor_app.catalogue.reference import (
            CATALOGUE_FILES,
            load_reference_catalogue,
            use_downloaded_catalogue,
        )

        if self.catalogue_dir is None:
            return
        missing = set(CATALOGUE_FILES) - set(bundle.files)
        if missing:
            raise ValueError(f"the catalogue bundle lacks {sorted(missing)}")
        target = self.catalogue_dir
        target.parent.mkdir(parents=True, exist_ok=True)
        fresh = target.with_name(f".{target.name}.new")
        old = target.with_name(f".{target.name}.old")
        for leftover in (fresh, old):
            if leftover.exists():
                shutil.rmtree(leftover)
        fresh.mkdir()
        try:
            for name in CATALOGUE_FILES:
                (fresh / name).write_text(bundle.files[name], encoding="utf-8")
            loaded = load_reference_catalogue(fresh)
            if loaded.version != bundle.version:
                raise ValueError(
                    f"the bundle says version {bundle.version}, its files {loaded.version}"
                )
            if target.exists():
                target.rename(old)
            fresh.rename(target)
        finally:
            for leftover in (fresh, old):
                if leftover.exists():
                    shutil.rmtree(leftover)
        use_downloaded_catalogue(target)
        _log.info("reference catalogue %s downloaded", bundle.version)

    # --- pull ------------------------------------------------------------------------------

    def apply_changes(self, page: ChangesPage, *, redownload: bool, now: dt.datetime) -> PullStats:
        """Apply one page and store its cursor, in one transaction (see the module docstring)."""
        from advisor_app.sync.protocol import BalanceHeadItem, CatalogueItem, ParticipantChangeItem

        def step() -> PullStats:
            stats = PullStats()
            with self._uow() as uow:
                for change in page.changes:
                    if isinstance(change, ParticipantChangeItem):
                        stats = stats + self._apply_participant(uow, change, now)
                    elif isinstance(change, BalanceHeadItem):
                        stats = stats + self._apply_head(uow, change, now)
                    elif isinstance(change, CatalogueItem):
                        uow.sync.set_state({"catalogue_version": change.version})
                if not redownload:
                    for tombstone in page.tombstones:
                        stats = stats + _apply_tombstone(uow, tombstone)
                uow.sync.set_state({"cursor": page.next_cursor})
                uow.commit()
            return stats

        result: PullStats = self._db(step)
        return result

    def _apply_participant(
        self, uow: UnitOfWork, change: ParticipantChangeItem, now: dt.datetime
    ) -> PullStats:
        from pydantic import ValidationError

        from advisor_app.sync.mapping import participant_from_wire
        from advisor_app.sync.protocol import canonical_json
        from advisor_app.sync.schema import ParticipantWire

        known = uow.sync.participant_sync(change.id)
        if known is not None and known.server_version >= change.version:
            return PullStats()  # already have this version (or a newer one)
        try:
            wire = ParticipantWire.model_validate({**change.data, "id": str(change.id)})
        except ValidationError as error:
            _log.warning("pulled participant %s is not valid: %s", change.id, error)
            return PullStats()
        server = wire.model_dump(mode="json", exclude={"id"})
        local_participant = uow.participants.get(change.id)
        if local_participant is None:
            uow.participants.save(participant_from_wire(wire), now=now)
            merged = server
        else:
            local = participant_fields(local_participant)
            old_base: dict[str, Any] | None = json.loads(known.base) if known else None
            merged = {}
            for name, server_value in server.items():
                untouched = old_base is not None and local.get(name) == old_base.get(name)
                merged[name] = server_value if untouched else local.get(name, server_value)
            if merged != local:
                updated = ParticipantWire.model_validate({**merged, "id": str(change.id)})
                uow.participants.save(participant_from_wire(updated), now=now)
        uow.sync.put_participant_sync(
            ParticipantSyncEntry(
                participant_id=change.id,
                server_version=change.version,
                server_seq=change.server_seq,
                base=canonical_json(server).decode(),
                conflict=change.conflict,
                updated_at=now,
            )
        )
        if merged != server:  # local edits the server does not have yet
            queue_participant_change(uow, change.id, now, self._new_id)
        return PullStats(participants=1)

    def _apply_head(self, uow: UnitOfWork, head: BalanceHeadItem, now: dt.datetime) -> PullStats:
        from advisor_app.sync.codec import dump_document, parse_document
        from advisor_app.sync.mapping import record_from_document
        from advisor_app.sync.protocol import canonical_json

        if head.status == "draft":
            return self._apply_draft_head(uow, head, now)
        if uow.revisions.get(head.head_revision_id) is not None and uow.balances.exists(
            head.balance_id
        ):
            # This laptop already holds that revision (usually its own upload coming back):
            # only the server head is new information; skip parsing the document.
            uow.sync.put_balance_sync(
                BalanceSyncEntry(
                    balance_id=head.balance_id,
                    head_revision_id=head.head_revision_id,
                    server_seq=head.server_seq,
                    payload_sha256=head.payload_sha256,
                    updated_at=now,
                )
            )
            return PullStats()
        try:
            document = parse_document(canonical_json(head.document), source="pulled balance")
        except InvalidImportFile as error:
            _log.warning("pulled head of balance %s is not valid: %s", head.balance_id, error)
            return PullStats()
        record = record_from_document(document)
        payload = dump_document(document)
        uow.sync.put_balance_sync(
            BalanceSyncEntry(
                balance_id=head.balance_id,
                head_revision_id=head.head_revision_id,
                server_seq=head.server_seq,
                payload_sha256=head.payload_sha256,
                updated_at=now,
            )
        )
        status = uow.balances.status_of(head.balance_id)
        kept = False
        if status is None:
            if uow.participants.get(record.participant.id) is None:
                uow.participants.save(record.participant, now=now)
            uow.balances.save_record(record, now=now)
        else:
            local = uow.balances.get_record(head.balance_id)
            assert local is not None
            unsynced = status is BalanceStatus.DRAFT or any(
                item.state in ACTIVE_STATES
                for item in uow.sync.items_for([head.balance_id])
                if item.kind == OutboxKind.REVISION
            )
            if local.balance.revision_id != head.head_revision_id:
                if unsynced:
                    kept = True
                else:
                    uow.balances.save_record(record, now=now)
        if uow.revisions.get(head.head_revision_id) is None:
            uow.revisions.add(
                RevisionEntry(
                    revision_id=head.head_revision_id,
                    balance_id=head.balance_id,
                    base_revision_id=document.balance.base_revision_id,
                    status=document.balance.status.value,
                    schema_version=document.schema_version,
                    payload=payload,
                    sha256=_sha256(payload),
                    created_at=now,
                )
            )
        return PullStats(balances=0 if kept else 1, kept=1 if kept else 0)

    def _apply_draft_head(
        self, uow: UnitOfWork, head: BalanceHeadItem, now: dt.datetime
    ) -> PullStats:
        """An online-started case (a coordinator's draft): a local editable draft, once.

        The local draft gets its own revision id and ``base_revision_id`` = the server's draft
        revision, so finishing it uploads the first finished revision on top of the server
        draft. A balance this laptop already holds is never touched (its local edits win; the
        server head is only remembered).
        """
        from advisor_app.sync.codec import parse_document
        from advisor_app.sync.mapping import record_from_document
        from advisor_app.sync.protocol import canonical_json

        uow.sync.put_balance_sync(
            BalanceSyncEntry(
                balance_id=head.balance_id,
                head_revision_id=head.head_revision_id,
                server_seq=head.server_seq,
                payload_sha256=head.payload_sha256,
                updated_at=now,
            )
        )
        if uow.balances.exists(head.balance_id):
            return PullStats()
        try:
            document = parse_document(canonical_json(head.document), source="pulled draft")
        except InvalidImportFile as error:
            _log.warning("pulled draft of balance %s is not valid: %s", head.balance_id, error)
            return PullStats()
        record = record_from_document(document)
        draft = dataclasses.replace(
            record,
            balance=dataclasses.replace(
                record.balance,
                revision_id=self._new_id(),
                base_revision_id=head.head_revision_id,
                status=BalanceStatus.DRAFT,
                finished_at=None,
            ),
        )
        if uow.participants.get(draft.participant.id) is None:
            uow.participants.save(draft.participant, now=now)
        uow.balances.save_record(draft, now=now)
        return PullStats(balances=1)


def _sha256(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def set_local_fields(
    uow: UnitOfWork, participant_id: UUID, values: Mapping[str, Any], now: dt.datetime
) -> None:
    from pydantic import ValidationError

    from advisor_app.sync.mapping import participant_from_wire
    from advisor_app.sync.schema import ParticipantWire

    participant = uow.participants.get(participant_id)
    if participant is None:
        return
    fields = participant_fields(participant)
    fields.update(values)
    try:
        wire = ParticipantWire.model_validate({**fields, "id": str(participant_id)})
    except ValidationError as error:
        _log.warning("server value of participant %s is not valid: %s", participant_id, error)
        return
    uow.participants.save(participant_from_wire(wire), now=now)


def _apply_tombstone(uow: UnitOfWork, tombstone: Tombstone) -> PullStats:
    """Purge what a tombstone names (see the module docstring for the rules)."""
    from advisor_app.sync.protocol import Problem

    if tombstone.type == "participant":
        participant_id: UUID | None = tombstone.id
        balance_ids = list(uow.balances.ids_for_participant(tombstone.id))
    else:
        participant_id = None
        balance_ids = [tombstone.id] if uow.balances.exists(tombstone.id) else []
        if not balance_ids and not uow.sync.items_for([tombstone.id]):
            return PullStats()
    owner = participant_id or next(
        (r.participant.id for r in (uow.balances.get_record(b) for b in balance_ids) if r), None
    )
    if tombstone.reason == "erasure" and owner is not None and _erased_by_us(uow, owner):
        # This laptop asked for the erasure (a resignation): it already erased what had to go
        # and kept the configured legal minimum on purpose (DOMAIN.md §2.10.2); purging that
        # now would lose the record of the resignation and its confirmation print.
        return PullStats()
    entity_ids = [*balance_ids, *([participant_id] if participant_id else [])]
    if tombstone.type == "balance" and not balance_ids:
        entity_ids = [tombstone.id]
    items = list(uow.sync.items_for(entity_ids))
    keys = {item.revision_id for item in items}
    items += [
        item
        for item in uow.sync.items()
        if item.depends_on in keys and item.revision_id not in keys
    ]
    records = [r for r in (uow.balances.get_record(b) for b in balance_ids) if r is not None]
    unsynced = any(item.state in ACTIVE_STATES for item in items) or any(
        r.balance.status is BalanceStatus.DRAFT for r in records
    )
    if tombstone.reason == "transferred" and unsynced:
        _log.warning("%s %s was transferred away; unsynced local work kept", *_what(tombstone))
        return PullStats(kept=1)
    erased = json.dumps(
        {
            "type": Problem.PARTICIPANT_ERASED.uri,
            "title": "erased on the server",
            "status": 409,
            "detail": f"{tombstone.type} {tombstone.id} was erased on the server (GDPR)",
        }
    )
    for item in items:
        if item.state in ACTIVE_STATES:
            uow.sync.update_item(
                item.id,
                state=ItemState.REJECTED.value,
                lease_until=None,
                attempt_id=None,
                last_problem=erased,
            )
            uow.sync.blank_payload(item.id)
        else:
            uow.sync.delete_items([item.id])
    file_ids = [f.id for r in records for e in r.evidence for f in e.files]
    for balance_id in balance_ids:
        uow.sync.delete_balance(balance_id)
    uow.sync.delete_attachment_contents(file_ids)
    if participant_id is not None:
        uow.sync.delete_participant(participant_id)
    return PullStats(purged=1)


def _erased_by_us(uow: UnitOfWork, participant_id: UUID) -> bool:
    return any(
        item.kind == OutboxKind.ERASURE and item.state in (ItemState.SYNCED, ItemState.ACKNOWLEDGED)
        for item in uow.sync.items_for([participant_id])
    )


def _what(tombstone: Tombstone) -> tuple[str, UUID]:
    return tombstone.type, tombstone.id


# --- the service --------------------------------------------------------------------------------
