"""Writing outbox items inside the transaction of the edit that causes them (SYNC.md §3.2).

- :func:`queue_participant_change`: a participant the server knows (it has a
  ``participant_sync`` row) was edited: queue the changed fields with their base values and the
  base version, for the server's field merge (SYNC.md §3.5 B). A participant the server does not
  know yet goes with its first balance revision (the server creates it from the document).
  Repeated edits before an upload rewrite the one *unsent* change instead of piling up items;
  a change that was already attempted keeps its bytes (its key may have reached the server) and
  the new one depends on it.
- :func:`queue_attachments`: the evidence files of a finished revision whose bytes the profile
  holds, each an item that depends on the revision.
- :func:`queue_erasure`, :func:`queue_handover`: commands about a whole participant on the
  server (``DELETE /v1/participants/{id}``, ``POST …/handover``). Their ``entity_id`` is the
  participant; ``depends_on`` names the newest pending item of that participant, and the engine
  sends them only when no item of the participant is still on its way (``BARRIER_KINDS``).
- :func:`queue_conflict_resolution`: the advisor's choice in a participant field conflict, so
  the server's conflict flag clears even when the choice was made offline.

Both only add rows through the caller's unit of work; the caller commits.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Any
from uuid import UUID

from advisor_app.domain.entities import BalanceRecord, Participant
from advisor_app.errors import ValidationFailed
from advisor_app.services.clock import IdFactory
from advisor_app.storage.repositories import OutboxEntry
from advisor_app.storage.unit_of_work import UnitOfWork

# The wire modules (pydantic) are imported on use: finishing and saving a participant are on
# the start-up path of services that never sync.

__all__ = [
    "ATTACHMENT_KEY_NAMESPACE",
    "attachment_key",
    "participant_fields",
    "queue_attachments",
    "queue_conflict_resolution",
    "queue_erasure",
    "queue_handover",
    "queue_participant_change",
]

#: Namespace of the deterministic idempotency keys of attachment uploads.
ATTACHMENT_KEY_NAMESPACE = UUID("0d6f5c7e-8a43-4b0e-9a57-3f1f2c6c1a11")

#: Participant changes still waiting for the server (a new edit folds into or follows them);
#: the values of ``advisor_app.sync.engine.ItemState``.
_PENDING = ("queued", "uploading", "blocked_auth")
_QUEUED = "queued"
_KIND_PARTICIPANT = "participant_change"
_KIND_ATTACHMENT = "attachment"
_KIND_REVISION = "balance_revision"
_KIND_ERASURE = "erasure"
_KIND_HANDOVER = "handover"
_KIND_RESOLUTION = "conflict_resolution"
#: ``advisor_app.sync.schema.SCHEMA_VERSION`` (a test keeps them equal).
_SCHEMA_VERSION = 1


def participant_fields(participant: Participant) -> dict[str, Any]:
    """The participant's fields in their wire (JSON) form, without the id."""
    from advisor_app.sync.mapping import participant_to_wire

    return participant_to_wire(participant).model_dump(mode="json", exclude={"id"})


def attachment_key(revision_id: UUID, file_id: UUID) -> UUID:
    """The idempotency key of uploading one file of one revision (same inputs, same key)."""
    return uuid.uuid5(ATTACHMENT_KEY_NAMESPACE, f"{revision_id}/{file_id}")


def queue_participant_change(
    uow: UnitOfWork, participant_id: UUID, now: dt.datetime, new_id: IdFactory
) -> UUID | None:
    """Queue (or fold into the unsent one) the participant's differences from the server base.

    Returns:
        The change's key, or None when nothing is to be sent (unknown to the server, or no
        difference from what the server has).
    """
    known = uow.sync.participant_sync(participant_id)
    if known is None:
        return None
    from advisor_app.sync.protocol import ParticipantChange, canonical_json, sha256_hex

    participant = uow.participants.get(participant_id)
    if participant is None:
        return None
    local = participant_fields(participant)
    base = {k: v for k, v in json.loads(known.base).items() if k != "id"}
    changed = {name: value for name, value in local.items() if base.get(name) != value}
    if not changed:
        return None
    pending = [
        item
        for item in uow.sync.items_for([participant_id])
        if item.kind == _KIND_PARTICIPANT and item.state in _PENDING
    ]
    unsent = next((i for i in reversed(pending) if i.state == _QUEUED and i.attempts == 0), None)
    key = unsent.revision_id if unsent is not None else new_id()
    change = ParticipantChange(
        schema_version=_SCHEMA_VERSION,
        change_id=key,
        base_version=known.server_version,
        fields=changed,
        base_values={name: base.get(name) for name in changed},
        client_changed_at=now,
    )
    payload = canonical_json(change.model_dump(mode="json"))
    digest = sha256_hex(payload)
    if unsent is not None and uow.sync.replace_unsent_payload(unsent.id, payload, digest):
        return key
    key = new_id() if unsent is not None else key
    if unsent is not None:  # could not rewrite it after all: a new change with a new key
        change = change.model_copy(update={"change_id": key})
        payload = canonical_json(change.model_dump(mode="json"))
        digest = sha256_hex(payload)
    uow.revisions.enqueue(
        OutboxEntry(
            seq=0,
            kind=_KIND_PARTICIPANT,
            entity_id=participant_id,
            revision_id=key,
            payload=payload,
            payload_sha256=digest,
            schema_version=_SCHEMA_VERSION,
            state=_QUEUED,
            attempts=0,
            created_at=now,
            depends_on=pending[-1].revision_id if pending else None,
        )
    )
    return key


def queue_attachments(
    uow: UnitOfWork, record: BalanceRecord, revision_id: UUID, now: dt.datetime
) -> int:
    """Queue the upload of every file of a finished revision whose bytes are stored.

    Returns:
        How many items were queued.
    """
    from advisor_app.sync.protocol import AttachmentRef, canonical_json

    files = [file for evidence in record.evidence for file in evidence.files]
    stored = uow.attachments.stored_ids(file.id for file in files)
    queued = 0
    for file in files:
        if file.id not in stored:
            continue  # imported without its bytes: the server lists it as missing, not us
        ref = AttachmentRef(name=str(file.id), sha256=file.sha256.lower(), size=file.size)
        uow.revisions.enqueue(
            OutboxEntry(
                seq=0,
                kind=_KIND_ATTACHMENT,
                entity_id=file.id,
                revision_id=attachment_key(revision_id, file.id),
                payload=canonical_json(ref.model_dump(mode="json")),
                payload_sha256=ref.sha256,
                schema_version=_SCHEMA_VERSION,
                state=_QUEUED,
                attempts=0,
                created_at=now,
                depends_on=revision_id,
            )
        )
        queued += 1
    return queued


def _participant_keys(uow: UnitOfWork, participant_id: UUID) -> list[tuple[int, UUID, str]]:
    """``(seq, key, state)`` of every outbox item about the participant, in queue order."""
    balance_ids = list(uow.balances.ids_for_participant(participant_id))
    direct = list(uow.sync.items_for([participant_id, *balance_ids]))
    keys = {item.revision_id for item in direct if item.kind == _KIND_REVISION}
    children = [item for item in uow.sync.items() if item.depends_on in keys]
    found = {item.id: item for item in (*direct, *children)}
    return sorted((i.seq, i.revision_id, i.state) for i in found.values())


def _enqueue_command(
    uow: UnitOfWork,
    kind: str,
    participant_id: UUID,
    key: UUID,
    body: dict[str, Any],
    now: dt.datetime,
) -> UUID:
    from advisor_app.sync.protocol import canonical_json, sha256_hex

    pending = [k for _seq, k, state in _participant_keys(uow, participant_id) if state in _PENDING]
    payload = canonical_json(body)
    uow.revisions.enqueue(
        OutboxEntry(
            seq=0,
            kind=kind,
            entity_id=participant_id,
            revision_id=key,
            payload=payload,
            payload_sha256=sha256_hex(payload),
            schema_version=_SCHEMA_VERSION,
            state=_QUEUED,
            attempts=0,
            created_at=now,
            depends_on=pending[-1] if pending else None,
        )
    )
    return key


def queue_erasure(
    uow: UnitOfWork, participant_id: UUID, key: UUID, now: dt.datetime
) -> UUID | None:
    """Queue the server-side erasure of a participant (resignation); once per participant.

    Returns:
        The item's key (the ``Idempotency-Key``), or None when one is already queued.
    """
    existing = [
        item
        for item in uow.sync.items_for([participant_id])
        if item.kind == _KIND_ERASURE and item.state not in ("rejected", "superseded")
    ]
    if existing:
        return None
    body = {"participant_id": str(participant_id), "reason": "resignation"}
    return _enqueue_command(uow, _KIND_ERASURE, participant_id, key, body, now)


def queue_handover(
    uow: UnitOfWork,
    participant_id: UUID,
    handover_id: UUID,
    to_username: str,
    note: str,
    handed_over_at: dt.datetime,
) -> UUID:
    """Queue ``POST /v1/participants/{id}/handover`` (key: the handover id)."""
    from pydantic import ValidationError

    from advisor_app.sync.protocol import HandoverRequest

    try:
        request = HandoverRequest(
            handover_id=handover_id,
            to_username=to_username,
            note=note or None,
            handed_over_at=handed_over_at,
        )
    except ValidationError as error:
        raise ValidationFailed(
            "the advisor's user name or the note is too long for the sync server",
            hint="use the other advisor's user name on the sync server",
        ) from error
    body = request.model_dump(mode="json", exclude_none=True)
    return _enqueue_command(uow, _KIND_HANDOVER, participant_id, handover_id, body, handed_over_at)


def queue_conflict_resolution(
    uow: UnitOfWork,
    participant_id: UUID,
    conflict_id: UUID,
    value: Any,
    now: dt.datetime,
    new_id: IdFactory,
) -> UUID:
    """Queue the server-side resolution of a participant field conflict with ``value``.

    It goes after the participant change that carries the same choice (if any), so the server
    sees the value before its conflict flag clears.
    """
    from advisor_app.sync.protocol import canonical_json, sha256_hex

    pending = [
        item
        for item in uow.sync.items_for([participant_id])
        if item.kind == _KIND_PARTICIPANT and item.state in _PENDING
    ]
    key = new_id()
    payload = canonical_json({"conflict_id": str(conflict_id), "value": value})
    uow.revisions.enqueue(
        OutboxEntry(
            seq=0,
            kind=_KIND_RESOLUTION,
            entity_id=participant_id,
            revision_id=key,
            payload=payload,
            payload_sha256=sha256_hex(payload),
            schema_version=_SCHEMA_VERSION,
            state=_QUEUED,
            attempts=0,
            created_at=now,
            depends_on=pending[-1].revision_id if pending else None,
        )
    )
    return key
