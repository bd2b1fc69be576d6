"""Request bodies for server tests: finished revisions, participant changes, sign-in.

Bodies are built from the client's own domain factories and document mapping, so the server is
tested against exactly what a laptop would send.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from typing import Any

from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.enums import BalanceStatus
from advisor_app.sync.mapping import document_from_record, participant_to_wire
from advisor_app.sync.protocol import payload_sha256
from tests.helpers.domain_factories import finishable_record

FINISHED_AT = dt.datetime(2024, 3, 25, 12, 0, tzinfo=dt.UTC)
CLIENT_VERSION = "advisor-app/0.1.0 (linux)"


def finished_record(
    *,
    participant_id: uuid.UUID | None = None,
    balance_id: uuid.UUID | None = None,
    revision_id: uuid.UUID | None = None,
    base_revision_id: uuid.UUID | None = None,
    project_code: str = "KK",
    gmina: str | None = None,
) -> BalanceRecord:
    """The SC01 balance, finished, with fresh (or given) IDs."""
    record = finishable_record()
    balance = dataclasses.replace(
        record.balance,
        id=balance_id or uuid.uuid4(),
        revision_id=revision_id or uuid.uuid4(),
        base_revision_id=base_revision_id,
        status=BalanceStatus.FINISHED,
        finished_at=FINISHED_AT,
        project_code=project_code,
    )
    participant = dataclasses.replace(record.participant, id=participant_id or uuid.uuid4())
    if gmina is not None:
        participant = dataclasses.replace(participant, gmina=gmina)
    return dataclasses.replace(record, balance=balance, participant=participant)


def revision_body(
    record: BalanceRecord,
    *,
    device_id: uuid.UUID | None = None,
    attachments: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The ``PUT …/revisions/{revision_id}`` body of a finished record."""
    finished_at = record.balance.finished_at
    assert finished_at is not None
    document = document_from_record(record, exported_at=finished_at)
    payload = document.model_dump(mode="json")
    return {
        "schema_version": document.schema_version,
        "balance_id": str(record.balance.id),
        "revision_id": str(record.balance.revision_id),
        "base_revision_id": (
            str(record.balance.base_revision_id) if record.balance.base_revision_id else None
        ),
        "participant_id": str(record.participant.id),
        "finished_at": finished_at.isoformat().replace("+00:00", "Z"),
        "device_id": str(device_id or uuid.uuid4()),
        "payload": payload,
        "payload_sha256": payload_sha256(payload),
        "attachments": attachments or [],
    }


def revision_path(body: dict[str, Any]) -> str:
    """The URL path a revision body is uploaded to."""
    return f"/v1/balances/{body['balance_id']}/revisions/{body['revision_id']}"


def revision_headers(body: dict[str, Any], token: str) -> dict[str, str]:
    """Headers of a revision upload: bearer token, client version, the idempotency key."""
    return {
        "Authorization": f"Bearer {token}",
        "Idempotency-Key": body["revision_id"],
        "X-Client-Version": CLIENT_VERSION,
    }


def draft_document(record: BalanceRecord) -> dict[str, Any]:
    """The JSON document of ``record`` as an unfinished draft (an online-started case)."""
    balance = dataclasses.replace(record.balance, status=BalanceStatus.DRAFT, finished_at=None)
    draft = dataclasses.replace(record, balance=balance)
    document = document_from_record(draft, exported_at=FINISHED_AT)
    payload: dict[str, Any] = document.model_dump(mode="json")
    return payload


def participant_fields(record: BalanceRecord | None = None) -> dict[str, Any]:
    """The wire fields of a participant (for a create: every field but ``id``)."""
    participant = (record or finished_record()).participant
    data = participant_to_wire(participant).model_dump(mode="json")
    data.pop("id")
    return data


def password_grant(username: str, password: str, device_id: uuid.UUID) -> dict[str, Any]:
    """A ``POST /v1/auth/token`` password-grant body."""
    return {
        "grant_type": "password",
        "username": username,
        "password": password,
        "device_id": str(device_id),
        "device_name": "TEST-LAPTOP",
    }
