"""The pull: cursor pages, balance heads with documents, tombstones, transfers, erasure."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from sqlalchemy import select, update

from advisor_app.server.feed.service import compact_tombstones
from advisor_app.server.models import (
    Attachment,
    AuditEntry,
    BalanceRevision,
    IdempotencyRecord,
    Participant,
    ParticipantConflict,
    Tombstone,
)
from advisor_app.sync.protocol import ChangesPage, Problem, content_digest, sha256_hex
from tests.helpers.server_data import (
    finished_record,
    participant_fields,
    revision_body,
    revision_headers,
    revision_path,
)
from tests.server.conftest import Api


def _pull(api: Api, token: str, since: str | None = None, limit: int = 200) -> ChangesPage:
    params: dict[str, Any] = {"limit": limit}
    if since is not None:
        params["since"] = since
    response = api.client.get("/v1/sync/changes", params=params, headers=api.auth(token))
    assert response.status_code == 200, response.text
    return ChangesPage.model_validate(response.json())


def _upload(api: Api, token: str, **ids: Any) -> dict[str, Any]:
    body = revision_body(finished_record(**ids))
    response = api.client.put(revision_path(body), json=body, headers=revision_headers(body, token))
    assert response.status_code == 201, response.text
    return body


def _all(
    api: Api, token: str, since: str = "0", limit: int = 200
) -> tuple[list[Any], list[Any], str]:
    changes: list[Any] = []
    tombstones: list[Any] = []
    cursor = since
    for _ in range(100):
        page = _pull(api, token, cursor, limit)
        changes += page.changes
        tombstones += page.tombstones
        cursor = page.next_cursor
        if not page.has_more:
            break
    return changes, tombstones, cursor


def test_pull_brings_own_participants_heads_and_catalogue(api: Api) -> None:
    """A first pull lists the catalogue, own participants and heads with their documents only."""
    ewa = api.token("ewa")
    jan = api.token("jan")
    body = _upload(api, ewa)
    _upload(api, jan)
    page = _pull(api, ewa)
    kinds = [change.type for change in page.changes]
    assert kinds.count("catalogue") == 1 and kinds.count("participant") == 1
    heads = [c for c in page.changes if c.type == "balance_head"]
    assert len(heads) == 1
    assert str(heads[0].head_revision_id) == body["revision_id"]
    assert heads[0].document == body["payload"]
    assert not page.has_more
    # Nothing new: the next pull from the returned cursor is empty.
    again = _pull(api, ewa, page.next_cursor)
    assert again.changes == [] and again.tombstones == []


def test_cursor_pages_cover_everything_once(api: Api) -> None:
    """Paging with limit=2 returns every item exactly once, in server_seq order."""
    ewa = api.token("ewa")
    for _ in range(4):
        _upload(api, ewa)
    changes, _, cursor = _all(api, ewa, limit=2)
    seqs = [change.server_seq for change in changes]
    assert seqs == sorted(seqs)
    assert sum(c.type == "balance_head" for c in changes) == 4
    assert sum(c.type == "participant" for c in changes) == 4
    assert _pull(api, ewa, cursor).changes == []


def test_new_revision_moves_the_head(api: Api) -> None:
    """After a new revision the pull from the old cursor lists the new head."""
    ewa = api.token("ewa")
    first = _upload(api, ewa)
    cursor = _pull(api, ewa).next_cursor
    second = _upload(
        api,
        ewa,
        participant_id=uuid.UUID(first["participant_id"]),
        balance_id=uuid.UUID(first["balance_id"]),
        base_revision_id=uuid.UUID(first["revision_id"]),
    )
    page = _pull(api, ewa, cursor)
    heads = [c for c in page.changes if c.type == "balance_head"]
    assert [str(h.head_revision_id) for h in heads] == [second["revision_id"]]


def test_transfer_tombstones_the_old_owner_and_feeds_the_new(api: Api) -> None:
    """A coordinator transfer: old owner gets 'transferred' tombstones, new owner the data."""
    ewa = api.token("ewa")
    jan = api.token("jan")
    boss = api.token("boss", "coordinator")
    body = _upload(api, ewa)
    ewa_cursor = _pull(api, ewa).next_cursor
    jan_cursor = _pull(api, jan).next_cursor
    jan_id = api.client.post(
        "/v1/auth/token",
        json={
            "grant_type": "password",
            "username": "jan",
            "password": "correct horse battery staple",
            "device_id": str(uuid.uuid4()),
        },
    ).json()["advisor"]["id"]
    response = api.client.post(
        "/v1/assignments",
        json={"advisor_id": jan_id, "participant_id": body["participant_id"]},
        headers=api.auth(boss),
    )
    assert response.status_code == 200, response.text
    assert response.json()["transferred_balances"] == [body["balance_id"]]
    gone = _pull(api, ewa, ewa_cursor)
    assert {(t.type, str(t.id), t.reason) for t in gone.tombstones} == {
        ("participant", body["participant_id"], "transferred"),
        ("balance", body["balance_id"], "transferred"),
    }
    came = _pull(api, jan, jan_cursor)
    assert {c.type for c in came.changes} == {"participant", "balance_head"}
    # The uploader still reads its receipt (else its laptop would upload again); the new owner
    # reads it too.
    for token in (ewa, jan):
        receipt = api.client.get(revision_path(body) + "/receipt", headers=api.auth(token))
        assert receipt.status_code == 200
    # The new owner may now write the next revision; the old one gets 404.
    follow: dict[str, Any] = {
        "participant_id": uuid.UUID(body["participant_id"]),
        "balance_id": uuid.UUID(body["balance_id"]),
        "base_revision_id": uuid.UUID(body["revision_id"]),
    }
    late = revision_body(finished_record(**follow))
    assert (
        api.client.put(
            revision_path(late), json=late, headers=revision_headers(late, ewa)
        ).status_code
        == 404
    )
    _upload(api, jan, **follow)
    # Advisors cannot assign.
    denied = api.client.post(
        "/v1/assignments",
        json={"advisor_id": jan_id, "participant_id": body["participant_id"]},
        headers=api.auth(ewa),
    )
    assert denied.status_code == 403


def test_online_started_case_reaches_the_advisor(api: Api) -> None:
    """A coordinator creates a participant for an advisor; it arrives in the advisor's pull."""
    jan_id = api.user("jan")
    jan = str(api.login("jan")["access_token"])
    boss = api.token("boss", "coordinator")
    cursor = _pull(api, jan).next_cursor
    pid = uuid.uuid4()
    response = api.client.post(
        "/v1/assignments",
        json={
            "advisor_id": str(jan_id),
            "participant_id": str(pid),
            "participant": participant_fields(),
        },
        headers=api.auth(boss),
    )
    assert response.status_code == 200, response.text
    page = _pull(api, jan, cursor)
    assert [(c.type, str(getattr(c, "id", ""))) for c in page.changes] == [
        ("participant", str(pid))
    ]


def test_erasure_deletes_personal_data_and_tombstones(api: Api) -> None:
    """DELETE by the owner: payloads, files, conflicts gone; erasure tombstones in the pull."""
    ewa = api.token("ewa")
    data = b"scan of a certificate"
    refs = [{"name": "cert.pdf", "sha256": sha256_hex(data), "size": len(data)}]
    body = revision_body(finished_record(), attachments=refs)
    assert (
        api.client.put(
            revision_path(body), json=body, headers=revision_headers(body, ewa)
        ).status_code
        == 201
    )
    put = api.client.put(
        revision_path(body) + "/attachments/cert.pdf",
        content=data,
        headers=api.auth(ewa, **{"Content-Digest": content_digest(data)}),
    )
    assert put.status_code == 201
    cursor = _pull(api, ewa).next_cursor
    pid = body["participant_id"]
    key = str(uuid.uuid4())
    response = api.client.delete(
        f"/v1/participants/{pid}", headers=api.auth(ewa, **{"Idempotency-Key": key})
    )
    assert response.status_code == 200, response.text
    assert response.json()["erased_balances"] == [body["balance_id"]]
    again = api.client.delete(
        f"/v1/participants/{pid}", headers=api.auth(ewa, **{"Idempotency-Key": key})
    )
    assert again.status_code == 200 and again.headers["Idempotent-Replayed"] == "true"
    page = _pull(api, ewa, cursor)
    assert page.changes == []
    assert {(t.type, t.reason) for t in page.tombstones} == {
        ("participant", "erasure"),
        ("balance", "erasure"),
    }
    with api.db.read() as session:
        revision = session.get(BalanceRevision, uuid.UUID(body["revision_id"]))
        assert revision is not None and revision.payload is None
        assert session.scalars(select(Attachment)).all() == []
        participant = session.get(Participant, uuid.UUID(pid))
        assert participant is not None and participant.data == {"id": pid}
        assert (
            session.scalars(
                select(IdempotencyRecord).where(IdempotencyRecord.participant_id == uuid.UUID(pid))
            ).all()
            == []
        )
        assert "erase" in set(session.scalars(select(AuditEntry.action)))
    # Afterwards: the receipt says rejected; new revisions are a missing dependency; the
    # participant cannot be changed or read.
    receipt = api.client.get(revision_path(body) + "/receipt", headers=api.auth(ewa)).json()
    assert receipt["status"] == "rejected" and receipt["problems"] == ["participant-erased"]
    late = revision_body(finished_record(participant_id=uuid.UUID(pid)))
    refused = api.client.put(revision_path(late), json=late, headers=revision_headers(late, ewa))
    assert refused.status_code == 409
    assert Problem.from_uri(refused.json()["type"]) is Problem.MISSING_DEPENDENCY
    change = {
        "schema_version": 1,
        "change_id": str(uuid.uuid4()),
        "base_version": 1,
        "fields": {"phone": "1"},
        "base_values": {},
    }
    changed = api.client.put(
        f"/v1/participants/{pid}",
        json=change,
        headers=api.auth(ewa, **{"Idempotency-Key": str(change["change_id"])}),
    )
    assert changed.status_code == 409
    assert Problem.from_uri(changed.json()["type"]) is Problem.PARTICIPANT_ERASED
    assert api.client.get(f"/v1/participants/{pid}", headers=api.auth(ewa)).status_code == 404
    with api.db.read() as session:
        assert session.scalars(select(ParticipantConflict)).all() == []


def test_erasure_by_others(api: Api) -> None:
    """Another advisor gets 404; a coordinator may erase; the key is required."""
    ewa = api.token("ewa")
    jan = api.token("jan")
    boss = api.token("boss", "coordinator")
    body = _upload(api, ewa)
    url = f"/v1/participants/{body['participant_id']}"
    assert (
        api.client.delete(url, headers=api.auth(jan, **{"Idempotency-Key": "k1"})).status_code
        == 404
    )
    assert api.client.delete(url, headers=api.auth(boss)).status_code == 422
    assert (
        api.client.delete(url, headers=api.auth(boss, **{"Idempotency-Key": "k2"})).status_code
        == 200
    )


def test_cursor_expires_after_compaction(api: Api) -> None:
    """Compacting old tombstones makes older cursors 410; since=0 and newer cursors still work."""
    ewa = api.token("ewa")
    body = _upload(api, ewa)
    old_cursor = _pull(api, ewa).next_cursor
    api.client.delete(
        f"/v1/participants/{body['participant_id']}",
        headers=api.auth(ewa, **{"Idempotency-Key": str(uuid.uuid4())}),
    )
    _upload(api, ewa)
    with api.db.write() as session:
        session.execute(update(Tombstone).values(created_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC)))
        session.commit()
    horizon, removed = compact_tombstones(api.db, 30)
    assert removed == 2 and horizon > int(old_cursor)
    response = api.client.get(
        "/v1/sync/changes", params={"since": old_cursor}, headers=api.auth(ewa)
    )
    assert response.status_code == 410
    assert Problem.from_uri(response.json()["type"]) is Problem.CURSOR_EXPIRED
    assert _pull(api, ewa, "0").changes
    assert _pull(api, ewa, str(horizon)).tombstones == []


def test_bad_and_future_cursors(api: Api) -> None:
    """A non-numeric cursor is 422; a cursor beyond the server's data is 410 (restored backup)."""
    ewa = api.token("ewa")
    bad = api.client.get("/v1/sync/changes", params={"since": "abc"}, headers=api.auth(ewa))
    assert bad.status_code == 422
    future = api.client.get("/v1/sync/changes", params={"since": "999999"}, headers=api.auth(ewa))
    assert future.status_code == 410


def test_heads_are_upcast_to_the_current_schema(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    """A head stored under an older schema_version reaches the laptop upcast (codec.UPCASTERS)."""
    from advisor_app.server.feed import service
    from advisor_app.sync import codec

    ewa = api.token("ewa")
    body = _upload(api, ewa)

    def to_v2(data: dict[str, Any]) -> dict[str, Any]:
        return {**data, "schema_version": 2, "upcast_marker": True}

    monkeypatch.setattr(service, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(codec.UPCASTERS, 1, to_v2)
    (head,) = [c for c in _pull(api, ewa).changes if c.type == "balance_head"]
    assert head.document["schema_version"] == 2 and head.document["upcast_marker"] is True
    # The digest still names the revision as it was received.
    assert head.payload_sha256 == body["payload_sha256"]
