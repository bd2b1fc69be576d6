"""Handover between advisors and online-started cases (drafts a coordinator creates)."""

from __future__ import annotations

import copy
import uuid
from typing import Any

from sqlalchemy import select

from advisor_app.server.models import AuditEntry, BalanceRevision
from advisor_app.sync.protocol import ChangesPage, Problem
from tests.helpers.server_data import (
    draft_document,
    finished_record,
    revision_body,
    revision_headers,
    revision_path,
)
from tests.server.conftest import Api


def _upload(api: Api, token: str, **kwargs: Any) -> dict[str, Any]:
    body = revision_body(finished_record(**kwargs))
    response = api.client.put(revision_path(body), json=body, headers=revision_headers(body, token))
    assert response.status_code == 201, response.text
    return body


def _pull(api: Api, token: str, since: str = "0") -> ChangesPage:
    response = api.client.get(
        "/v1/sync/changes", params={"since": since, "limit": 500}, headers=api.auth(token)
    )
    assert response.status_code == 200, response.text
    return ChangesPage.model_validate(response.json())


def _handover(
    api: Api, token: str, participant_id: str, to: str, handover_id: str | None = None, **extra: Any
) -> Any:
    handover_id = handover_id or str(uuid.uuid4())
    return api.client.post(
        f"/v1/participants/{participant_id}/handover",
        json={"handover_id": handover_id, "to_username": to, **extra},
        headers=api.auth(token, **{"Idempotency-Key": handover_id}),
    )


def _problem(response: Any) -> Problem | None:
    return Problem.from_uri(response.json().get("type"))


def _audit(api: Api, action: str) -> list[AuditEntry]:
    with api.db.read() as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


# -- handover ------------------------------------------------------------------------------------


def test_handover_moves_the_case_like_an_assignment(api: Api) -> None:
    """The owner hands over: old owner gets tombstones, new owner the data and the next write."""
    ewa = api.token("ewa")
    jan_id = api.user("jan")
    jan = str(api.login("jan")["access_token"])
    body = _upload(api, ewa)
    ewa_cursor = _pull(api, ewa).next_cursor
    jan_cursor = _pull(api, jan).next_cursor
    handover_id = str(uuid.uuid4())
    response = _handover(
        api, ewa, body["participant_id"], "jan", handover_id, note="moving to Tarnów"
    )
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["advisor_id"] == str(jan_id)
    assert result["transferred_balances"] == [body["balance_id"]]
    gone = _pull(api, ewa, ewa_cursor)
    assert {(t.type, str(t.id), t.reason) for t in gone.tombstones} == {
        ("participant", body["participant_id"], "transferred"),
        ("balance", body["balance_id"], "transferred"),
    }
    came = _pull(api, jan, jan_cursor)
    assert {c.type for c in came.changes} == {"participant", "balance_head"}
    (row,) = _audit(api, "handover")
    assert row.entity_id == body["participant_id"] and row.server_seq == result["server_seq"]
    assert row.notes is not None and "note=moving to Tarnów" in row.notes
    # A retry replays the stored answer; a different body under the same key is refused.
    again = _handover(api, ewa, body["participant_id"], "jan", handover_id, note="moving to Tarnów")
    assert again.status_code == 200 and again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == result
    reused = _handover(api, ewa, body["participant_id"], "jan", handover_id)
    assert reused.status_code == 422 and _problem(reused) is Problem.IDEMPOTENCY_KEY_REUSED
    # The new owner writes the next revision; the old one can neither write nor hand back.
    follow = revision_body(
        finished_record(
            participant_id=uuid.UUID(body["participant_id"]),
            balance_id=uuid.UUID(body["balance_id"]),
            base_revision_id=uuid.UUID(body["revision_id"]),
        )
    )
    late = api.client.put(revision_path(follow), json=follow, headers=revision_headers(follow, ewa))
    assert late.status_code == 404
    ok = api.client.put(revision_path(follow), json=follow, headers=revision_headers(follow, jan))
    assert ok.status_code == 201, ok.text
    assert _handover(api, ewa, body["participant_id"], "ewa").status_code == 404


def test_only_the_owner_may_hand_over(api: Api) -> None:
    """Another advisor and even a coordinator who reads the participant get 404."""
    ewa = api.token("ewa")
    jan = api.token("jan")
    boss = api.token("boss", "coordinator")
    body = _upload(api, ewa)
    for token in (jan, boss):
        response = _handover(api, token, body["participant_id"], "jan")
        assert response.status_code == 404 and _problem(response) is Problem.NOT_FOUND
    assert _handover(api, ewa, str(uuid.uuid4()), "jan").status_code == 404
    assert _audit(api, "handover") == []


def test_handover_to_an_unknown_advisor_is_a_stored_422(api: Api) -> None:
    """Unknown, non-advisor or missing key: 422; the stored 422 is replayed for the same key."""
    ewa = api.token("ewa")
    api.user("boss", "coordinator")
    body = _upload(api, ewa)
    handover_id = str(uuid.uuid4())
    for target in ("nobody", "boss"):
        response = _handover(api, ewa, body["participant_id"], target)
        assert response.status_code == 422 and _problem(response) is Problem.VALIDATION
        assert response.json()["errors"][0]["path"] == "/body/to_username"
    first = _handover(api, ewa, body["participant_id"], "nobody", handover_id)
    assert first.status_code == 422
    api.user("nobody")  # the account appears later: the same key still gets the same answer
    again = _handover(api, ewa, body["participant_id"], "nobody", handover_id)
    assert again.status_code == 422 and again.headers["Idempotent-Replayed"] == "true"
    no_key = api.client.post(
        f"/v1/participants/{body['participant_id']}/handover",
        json={"handover_id": str(uuid.uuid4()), "to_username": "jan"},
        headers=api.auth(ewa),
    )
    assert no_key.status_code == 422
    page = _pull(api, ewa)
    assert page.tombstones == []


def test_handover_of_an_erased_participant_is_409(api: Api) -> None:
    """Erased participants cannot be handed over."""
    ewa = api.token("ewa")
    api.user("jan")
    body = _upload(api, ewa)
    erased = api.client.delete(
        f"/v1/participants/{body['participant_id']}",
        headers=api.auth(ewa, **{"Idempotency-Key": str(uuid.uuid4())}),
    )
    assert erased.status_code == 200
    response = _handover(api, ewa, body["participant_id"], "jan")
    assert response.status_code == 409 and _problem(response) is Problem.PARTICIPANT_ERASED


# -- online-started cases ------------------------------------------------------------------------


def _case(api: Api, token: str, advisor_id: uuid.UUID, document: dict[str, Any]) -> Any:
    return api.client.post(
        "/v1/cases",
        json={"advisor_id": str(advisor_id), "document": document},
        headers=api.auth(token),
    )


def test_case_is_pulled_as_a_draft_and_finished_by_the_advisor(api: Api) -> None:
    """The draft reaches the advisor; the finished upload on it is accepted and listed."""
    ewa_id = api.user("ewa")
    ewa = str(api.login("ewa")["access_token"])
    boss = api.token("boss", "coordinator")
    record = finished_record()
    document = draft_document(record)
    response = _case(api, boss, ewa_id, document)
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["balance_id"] == str(record.balance.id)
    assert created["revision_id"] == str(record.balance.revision_id)
    assert created["participant_id"] == str(record.participant.id)
    assert created["advisor_id"] == str(ewa_id)
    # Sending the same case again is a replay, not a second balance.
    again = _case(api, boss, ewa_id, document)
    assert again.status_code == 200 and again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == created
    page = _pull(api, ewa)
    heads = [c for c in page.changes if c.type == "balance_head"]
    assert len(heads) == 1
    head = heads[0]
    assert head.status == "draft" and str(head.head_revision_id) == created["revision_id"]
    assert head.document == document
    assert {str(c.id) for c in page.changes if c.type == "participant"} == {
        created["participant_id"]
    }
    listed = api.client.get("/v1/coordinator/balances", headers=api.auth(boss)).json()
    assert [(i["balance_id"], i["status"]) for i in listed["items"]] == [
        (created["balance_id"], "draft")
    ]
    # The draft is no upload: there is no receipt for it.
    receipt = f"/v1/balances/{created['balance_id']}/revisions/{created['revision_id']}/receipt"
    assert api.client.get(receipt, headers=api.auth(ewa)).status_code == 404
    # Reusing the draft's revision ID for the finished revision is refused with a reason.
    same_id = revision_body(
        finished_record(
            participant_id=record.participant.id,
            balance_id=record.balance.id,
            revision_id=record.balance.revision_id,
        )
    )
    refused = api.client.put(
        revision_path(same_id), json=same_id, headers=revision_headers(same_id, ewa)
    )
    assert refused.status_code == 422 and refused.json()["errors"][0]["path"] == "/revision_id"
    # A finished revision without the draft as its base is stale, as always.
    stale = revision_body(
        finished_record(participant_id=record.participant.id, balance_id=record.balance.id)
    )
    conflict = api.client.put(
        revision_path(stale), json=stale, headers=revision_headers(stale, ewa)
    )
    assert conflict.status_code == 409 and _problem(conflict) is Problem.STALE_BASE
    assert conflict.json()["current_head_revision_id"] == created["revision_id"]
    # The first finished upload on the draft is accepted.
    finished = revision_body(
        finished_record(
            participant_id=record.participant.id,
            balance_id=record.balance.id,
            base_revision_id=record.balance.revision_id,
        )
    )
    stored = api.client.put(
        revision_path(finished), json=finished, headers=revision_headers(finished, ewa)
    )
    assert stored.status_code == 201, stored.text
    listed = api.client.get("/v1/coordinator/balances", headers=api.auth(boss)).json()
    assert [(i["head_revision_id"], i["status"]) for i in listed["items"]] == [
        (finished["revision_id"], "finished")
    ]
    later = _pull(api, ewa, page.next_cursor)
    (new_head,) = [c for c in later.changes if c.type == "balance_head"]
    assert new_head.status == "finished"
    (row,) = _audit(api, "create_case")
    assert row.entity_id == created["balance_id"] and row.server_seq == created["server_seq"]
    with api.db.read() as session:
        draft = session.get(BalanceRevision, record.balance.revision_id)
        assert draft is not None and draft.status == "draft" and draft.finished_at is None


def test_case_for_an_existing_participant(api: Api) -> None:
    """The participant must already be the advisor's: someone else's is 422, outside the
    coordinator's teams 404."""
    ewa_id = api.user("ewa")
    ewa = str(api.login("ewa")["access_token"])
    jan_id = api.user("jan")
    boss = api.token("boss", "coordinator")
    body = _upload(api, ewa)
    mine = draft_document(finished_record(participant_id=uuid.UUID(body["participant_id"])))
    assert _case(api, boss, ewa_id, mine).status_code == 201
    other = draft_document(finished_record(participant_id=uuid.UUID(body["participant_id"])))
    response = _case(api, boss, jan_id, other)
    assert response.status_code == 422 and _problem(response) is Problem.VALIDATION
    assert response.json()["errors"][0]["path"] == "/body/document/participant/id"
    api.user("ola", team="Tarnów")
    ola = str(api.login("ola")["access_token"])
    hidden = _upload(api, ola)
    local_id = api.user("kasia", team="Nowy Sącz")
    local_boss = api.token("szef", "coordinator", team="Nowy Sącz")
    theirs = draft_document(finished_record(participant_id=uuid.UUID(hidden["participant_id"])))
    response = _case(api, local_boss, local_id, theirs)
    assert response.status_code == 404 and _problem(response) is Problem.NOT_FOUND


def test_case_rules(api: Api) -> None:
    """Coordinators only; a draft, structurally valid, for an active advisor, with fresh IDs."""
    ewa_id = api.user("ewa")
    ewa = str(api.login("ewa")["access_token"])
    boss_id = api.user("boss", "coordinator")
    boss = str(api.login("boss")["access_token"])
    document = draft_document(finished_record())
    assert _case(api, ewa, ewa_id, document).status_code == 403
    assert _case(api, boss, uuid.uuid4(), document).status_code == 404
    assert _case(api, boss, boss_id, document).status_code == 404  # not an advisor
    finished = revision_body(finished_record())["payload"]
    response = _case(api, boss, ewa_id, finished)
    assert response.status_code == 422
    assert response.json()["errors"][0]["path"] == "/body/document/balance/status"
    broken = copy.deepcopy(document)
    broken["balance"]["status"] = "nonsense"
    response = _case(api, boss, ewa_id, broken)
    assert response.status_code == 422 and response.json()["errors"][0]["path"] == "/body/document"
    based = copy.deepcopy(document)
    based["balance"]["base_revision_id"] = str(uuid.uuid4())
    assert _case(api, boss, ewa_id, based).status_code == 422
    duplicated = copy.deepcopy(document)
    duplicated["experiences"].append(copy.deepcopy(duplicated["experiences"][0]))
    response = _case(api, boss, ewa_id, duplicated)
    assert response.status_code == 422
    assert response.json()["errors"][0]["code"] == "duplicate_id"
    newer = copy.deepcopy(document)
    newer["schema_version"] = 99
    response = _case(api, boss, ewa_id, newer)
    assert response.status_code == 422 and _problem(response) is Problem.UNSUPPORTED_SCHEMA
    assert _case(api, boss, ewa_id, document).status_code == 201
    changed = copy.deepcopy(document)
    changed["balance"]["project_code"] = "KKZ"
    response = _case(api, boss, ewa_id, changed)
    assert response.status_code == 422 and response.json()["errors"][0]["msg"] == "exists"
    assert len(_pull(api, ewa).changes) >= 2
