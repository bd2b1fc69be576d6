"""Revision uploads: idempotency, stale base, validation, ownership, receipts, faults."""

from __future__ import annotations

import copy
import dataclasses
import uuid
from typing import Any

import pytest
from sqlalchemy import func, select

from advisor_app.server.models import AuditEntry, BalanceRevision, IdempotencyRecord, Participant
from advisor_app.sync.protocol import Problem, Receipt, RevisionStored, payload_sha256
from tests.helpers.server_data import (
    finished_record,
    revision_body,
    revision_headers,
    revision_path,
)
from tests.server.conftest import Api, make_api


def _put(api: Api, body: dict[str, Any], token: str, **headers: str) -> Any:
    return api.client.put(
        revision_path(body), json=body, headers={**revision_headers(body, token), **headers}
    )


def _count(api: Api, model: type[Any]) -> int:
    with api.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _problem(response: Any) -> Problem | None:
    assert response.headers["content-type"] == "application/problem+json", response.text
    return Problem.from_uri(response.json()["type"])


def test_first_upload_is_stored_and_a_retry_replays(api: Api) -> None:
    """201 with a receipt body; the same request again is a 200 replay, one row stored."""
    token = api.token("ewa")
    body = revision_body(finished_record())
    first = _put(api, body, token)
    assert first.status_code == 201, first.text
    stored = RevisionStored.model_validate(first.json())
    assert stored.status == "accepted" and stored.payload_sha256 == body["payload_sha256"]
    assert first.headers["ETag"] == f'"{body["revision_id"]}"'
    again = _put(api, body, token)
    assert again.status_code == 200
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert _count(api, BalanceRevision) == 1
    with api.db.read() as session:
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "upload_revision")
        ).all()
        assert len(audit) == 1
        assert str(audit[0].revision_id) == body["revision_id"]
        assert audit[0].server_seq == stored.server_seq and audit[0].device_id is not None


def test_unknown_participant_is_created_from_the_document(api: Api) -> None:
    """A revision for a participant the server never saw creates it, owned by the uploader."""
    token = api.token("ewa")
    record = finished_record()
    assert _put(api, revision_body(record), token).status_code == 201
    with api.db.read() as session:
        participant = session.get(Participant, record.participant.id)
        assert participant is not None and participant.version == 1
        assert participant.data["last_name"] == record.participant.last_name


def test_receipt(api: Api) -> None:
    """The receipt repeats hash and server_seq; unknown revisions are 404."""
    token = api.token("ewa")
    body = revision_body(finished_record())
    stored = _put(api, body, token).json()
    response = api.client.get(revision_path(body) + "/receipt", headers=api.auth(token))
    receipt = Receipt.model_validate(response.json())
    assert receipt.status == "accepted" and receipt.processed_at is not None
    assert receipt.server_seq == stored["server_seq"]
    assert receipt.payload_sha256 == body["payload_sha256"]
    missing = f"/v1/balances/{body['balance_id']}/revisions/{uuid.uuid4()}/receipt"
    assert api.client.get(missing, headers=api.auth(token)).status_code == 404


def test_key_reuse_with_other_content_is_422(api: Api) -> None:
    """Same revision ID (key), different payload: 422 idempotency-key-reused, nothing stored."""
    token = api.token("ewa")
    record = finished_record()
    body = revision_body(record)
    assert _put(api, body, token).status_code == 201
    changed = revision_body(
        dataclasses.replace(
            record, balance=dataclasses.replace(record.balance, initial_goal="Inny cel zawodowy.")
        )
    )
    response = _put(api, changed, token)
    assert response.status_code == 422
    assert _problem(response) is Problem.IDEMPOTENCY_KEY_REUSED
    assert _count(api, BalanceRevision) == 1


def test_idempotency_key_must_be_present_and_equal_the_revision(api: Api) -> None:
    """A missing key or one that is not the revision ID is a 422 validation."""
    token = api.token("ewa")
    body = revision_body(finished_record())
    headers = revision_headers(body, token)
    del headers["Idempotency-Key"]
    response = api.client.put(revision_path(body), json=body, headers=headers)
    assert response.status_code == 422 and _problem(response) is Problem.VALIDATION
    response = _put(api, body, token, **{"Idempotency-Key": str(uuid.uuid4())})
    assert response.status_code == 422 and _problem(response) is Problem.VALIDATION
    assert _count(api, BalanceRevision) == 0


def test_stale_base_is_409_and_the_head_stays(api: Api) -> None:
    """Two laptops revise the same head: the second gets 409 stale-base naming the head."""
    token = api.token("ewa")
    first = finished_record()
    assert _put(api, revision_body(first), token).status_code == 201
    a = finished_record(
        participant_id=first.participant.id,
        balance_id=first.balance.id,
        base_revision_id=first.balance.revision_id,
    )
    b = finished_record(
        participant_id=first.participant.id,
        balance_id=first.balance.id,
        base_revision_id=first.balance.revision_id,
    )
    stored_a = _put(api, revision_body(a), token)
    assert stored_a.status_code == 201
    body_b = revision_body(b)
    response = _put(api, body_b, token)
    assert response.status_code == 409 and _problem(response) is Problem.STALE_BASE
    problem = response.json()
    assert problem["current_head_revision_id"] == str(a.balance.revision_id)
    assert problem["head_server_seq"] == stored_a.json()["server_seq"]
    # The stale answer is stored: a retry replays it, marked as a replay.
    again = _put(api, body_b, token)
    assert again.status_code == 409 and again.headers["Idempotent-Replayed"] == "true"
    assert _count(api, BalanceRevision) == 2


def test_first_revision_with_a_base_is_stale(api: Api) -> None:
    """A base revision on a balance the server does not know is a stale base (head null)."""
    token = api.token("ewa")
    response = _put(api, revision_body(finished_record(base_revision_id=uuid.uuid4())), token)
    assert response.status_code == 409 and response.json()["current_head_revision_id"] is None


def test_unfinishable_balance_is_422_with_the_client_rules(api: Api) -> None:
    """A document that fails the finish rules is refused naming each rule; the 422 replays."""
    token = api.token("ewa")
    record = finished_record()
    record = dataclasses.replace(
        record,
        balance=dataclasses.replace(record.balance, initial_goal=" "),
        meetings=(),
    )
    body = revision_body(record)
    response = _put(api, body, token)
    assert response.status_code == 422 and _problem(response) is Problem.VALIDATION
    codes = {error["msg"] for error in response.json()["errors"]}
    assert {"goal_missing", "meeting_missing"} <= codes
    paths = {error["path"] for error in response.json()["errors"]}
    assert "/payload/balance/initial_goal" in paths
    again = _put(api, body, token)
    assert again.status_code == 422 and again.headers["Idempotent-Replayed"] == "true"
    assert _count(api, BalanceRevision) == 0
    with api.db.read() as session:
        refused = session.scalars(
            select(AuditEntry.notes).where(AuditEntry.action == "refuse_revision")
        ).all()
        assert refused == ["validation"]


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda b: b.update(payload_sha256="0" * 64), "/payload_sha256"),
        (
            lambda b: b["payload"]["balance"].update(status="draft", finished_at=None),
            "/payload/balance/status",
        ),
        (
            lambda b: b["payload"]["participant"].update(id=str(uuid.uuid4())),
            "/payload/participant/id",
        ),
        (lambda b: b["payload"].update(unknown_field=1), "/payload"),
        (
            lambda b: b["payload"]["participant"].update(pesel="12345678901"),
            "/payload/participant/pesel",
        ),
    ],
)
def test_invalid_documents_are_422(api: Api, mutate: Any, path: str) -> None:
    """Hash, status, ID agreement, schema and PESEL problems are 422 validation with a path."""
    token = api.token("ewa")
    body = revision_body(finished_record())
    mutate(body)
    if path != "/payload_sha256":
        body["payload_sha256"] = payload_sha256(body["payload"])
    response = _put(api, body, token)
    assert response.status_code == 422, response.text
    assert _problem(response) is Problem.VALIDATION
    assert path in {error["path"] for error in response.json()["errors"]}


def test_unsupported_schema_is_422_and_not_stored(database_url: str) -> None:
    """Outside the window: 422 unsupported-schema with the range; accepted later, same key."""
    record = finished_record()
    for api in make_api(database_url, balance_schema_min=2, balance_schema_max=4):
        token = api.token("ewa")
        body = revision_body(record)
        response = _put(api, body, token)
        assert response.status_code == 422
        assert _problem(response) is Problem.UNSUPPORTED_SCHEMA
        assert response.json()["supported"] == {"min": 2, "max": 4}
        assert _count(api, IdempotencyRecord) == 0
    for api in make_api(database_url):
        token = str(api.login("ewa")["access_token"])
        assert _put(api, revision_body(record), token).status_code == 201


def test_other_advisor_gets_404(api: Api) -> None:
    """Advisor B can neither read A's receipt nor write A's balance or participant: 404."""
    ewa = api.token("ewa")
    jan = api.token("jan")
    record = finished_record()
    body = revision_body(record)
    assert _put(api, body, ewa).status_code == 201
    response = api.client.get(revision_path(body) + "/receipt", headers=api.auth(jan))
    assert response.status_code == 404
    # Same revision ID from B: 404 (the safety net does not leak A's revision).
    assert _put(api, body, jan).status_code == 404
    # A new revision of A's balance from B: 404.
    next_rev = finished_record(
        participant_id=record.participant.id,
        balance_id=record.balance.id,
        base_revision_id=record.balance.revision_id,
    )
    assert _put(api, revision_body(next_rev), jan).status_code == 404
    # A new balance for A's participant from B: 404.
    other = finished_record(participant_id=record.participant.id)
    assert _put(api, revision_body(other), jan).status_code == 404
    assert _count(api, BalanceRevision) == 1


def test_fail_before_commit_stores_nothing(api: Api) -> None:
    """fail-before-commit answers 500 and commits nothing; the retry then stores it (201)."""
    token = api.token("ewa")
    body = revision_body(finished_record())
    response = _put(api, body, token, **{"X-Test-Fault": "fail-before-commit"})
    assert response.status_code == 500 and _problem(response) is Problem.INTERNAL
    assert _count(api, BalanceRevision) == 0 and _count(api, IdempotencyRecord) == 0
    assert _put(api, body, token).status_code == 201


def test_attachments(api: Api) -> None:
    """Listed files upload with Content-Digest, idempotently; conflicts and bad digests fail."""
    from advisor_app.sync.protocol import content_digest, sha256_hex

    token = api.token("ewa")
    data = b"%PDF-1.4 consent"
    refs = [{"name": "consent.pdf", "sha256": sha256_hex(data), "size": len(data)}]
    body = revision_body(finished_record(), attachments=refs)
    stored = _put(api, body, token).json()
    assert stored["status"] == "stored" and stored["missing_attachments"] == ["consent.pdf"]
    url = revision_path(body) + "/attachments/consent.pdf"
    bad = api.client.put(
        url, content=data, headers=api.auth(token, **{"Content-Digest": content_digest(b"x")})
    )
    assert bad.status_code == 422 and _problem(bad) is Problem.DIGEST_MISMATCH
    other = b"%PDF-1.4 something else"
    conflict = api.client.put(
        url, content=other, headers=api.auth(token, **{"Content-Digest": content_digest(other)})
    )
    assert conflict.status_code == 409 and _problem(conflict) is Problem.ATTACHMENT_CONFLICT
    headers = api.auth(token, **{"Content-Digest": content_digest(data)})
    assert api.client.put(url, content=data, headers=headers).status_code == 201
    again = api.client.put(url, content=data, headers=headers)
    assert again.status_code == 200 and again.headers["Idempotent-Replayed"] == "true"
    receipt = api.client.get(revision_path(body) + "/receipt", headers=api.auth(token)).json()
    assert receipt["status"] == "accepted" and receipt["missing_attachments"] == []
    fetched = api.client.get(url, headers=api.auth(token))
    assert fetched.content == data
    jan = api.token("jan")
    assert api.client.get(url, headers=api.auth(jan)).status_code == 404
    assert (
        api.client.put(
            url, content=data, headers=api.auth(jan, **{"Content-Digest": content_digest(data)})
        ).status_code
        == 404
    )


def test_payload_round_trips_unchanged(api: Api) -> None:
    """The stored payload is the uploaded document, byte-for-byte in canonical form."""
    token = api.token("ewa")
    body = revision_body(finished_record())
    original = copy.deepcopy(body["payload"])
    _put(api, body, token)
    with api.db.read() as session:
        revision = session.get(BalanceRevision, uuid.UUID(body["revision_id"]))
        assert revision is not None and revision.payload == original
        assert payload_sha256(revision.payload) == body["payload_sha256"]
