"""Participant master data: create, 3-way merge (soft/hard), resolution, access (SYNC §3.5B)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select

from advisor_app.server.models import AuditEntry, ParticipantConflict
from advisor_app.sync.protocol import ParticipantMerged, ParticipantView, Problem
from tests.helpers.server_data import participant_fields
from tests.server.conftest import Api


def _change(
    fields: dict[str, Any],
    base_version: int | None = None,
    base_values: dict[str, Any] | None = None,
) -> dict[str, Any]:
    return {
        "schema_version": 1,
        "change_id": str(uuid.uuid4()),
        "base_version": base_version,
        "fields": fields,
        "base_values": base_values or {},
    }


def _put(api: Api, pid: uuid.UUID, change: dict[str, Any], token: str, **extra: str) -> Any:
    return api.client.put(
        f"/v1/participants/{pid}",
        json=change,
        headers=api.auth(token, **{"Idempotency-Key": change["change_id"], **extra}),
    )


def _created(api: Api, token: str) -> tuple[uuid.UUID, dict[str, Any]]:
    pid = uuid.uuid4()
    fields = participant_fields()
    response = _put(api, pid, _change(fields), token)
    assert response.status_code == 201, response.text
    return pid, fields


def test_create_then_replay(api: Api) -> None:
    """A create answers 201 version 1 with an ETag; the same change again replays."""
    token = api.token("ewa")
    pid = uuid.uuid4()
    change = _change(participant_fields())
    first = _put(api, pid, change, token)
    assert first.status_code == 201 and first.headers["ETag"] == '"1"'
    merged = ParticipantMerged.model_validate(first.json())
    assert merged.version == 1 and merged.conflict is None
    again = _put(api, pid, change, token)
    assert again.status_code == 200 and again.headers["Idempotent-Replayed"] == "true"
    view = ParticipantView.model_validate(
        api.client.get(f"/v1/participants/{pid}", headers=api.auth(token)).json()
    )
    assert view.version == 1 and view.data["last_name"] == "Kowalczyk"


def test_invalid_or_unknown_fields_are_422(api: Api) -> None:
    """Unknown fields and invalid values (a too-long name, a bad enum) are refused."""
    token = api.token("ewa")
    fields = participant_fields()
    for bad in (
        {**fields, "shoe_size": 42},
        {**fields, "sex": "x"},
        {**fields, "first_name": "a" * 301},
    ):
        response = _put(api, uuid.uuid4(), _change(bad), token)
        assert response.status_code == 422, response.text
        assert Problem.from_uri(response.json()["type"]) is Problem.VALIDATION


def test_different_fields_merge_softly(api: Api) -> None:
    """Two laptops change different fields from the same base: both applied, flagged soft."""
    token = api.token("ewa")
    pid, fields = _created(api, token)
    a = _put(api, pid, _change({"phone": "+48 600 000 001"}, 1, {"phone": fields["phone"]}), token)
    assert a.status_code == 200 and a.json()["applied_fields"] == ["phone"]
    assert a.json()["conflict"] is None and a.json()["version"] == 2
    b = _put(
        api, pid, _change({"locality": "Tabaszowa"}, 1, {"locality": fields["locality"]}), token
    )
    body = b.json()
    assert body["applied_fields"] == ["locality"] and body["conflict"] == "soft"
    assert body["version"] == 3
    view = api.client.get(f"/v1/participants/{pid}", headers=api.auth(token)).json()
    assert view["data"]["phone"] == "+48 600 000 001" and view["data"]["locality"] == "Tabaszowa"
    assert view["conflict"] == "soft"


def test_same_field_is_a_hard_conflict_keeping_the_server_value(api: Api) -> None:
    """Both change the phone: the server keeps the first, records both, flags hard."""
    token = api.token("ewa")
    pid, fields = _created(api, token)
    base = {"phone": fields["phone"]}
    assert _put(api, pid, _change({"phone": "+48 600 000 002"}, 1, base), token).status_code == 200
    late = _put(api, pid, _change({"phone": "+48 600 000 003", "street": None}, 1, base), token)
    assert late.status_code == 422  # street is no participant field
    late = _put(
        api,
        pid,
        _change(
            {"phone": "+48 600 000 003", "locality": "Zbyszyce"},
            1,
            {**base, "locality": fields["locality"]},
        ),
        token,
    )
    body = ParticipantMerged.model_validate(late.json())
    assert body.conflict == "hard" and body.applied_fields == ["locality"]
    assert len(body.conflicts) == 1
    conflict = body.conflicts[0]
    assert conflict.field == "phone"
    assert conflict.server_value == "+48 600 000 002" and conflict.client_value == "+48 600 000 003"
    assert conflict.base_value == fields["phone"]
    view = api.client.get(f"/v1/participants/{pid}", headers=api.auth(token)).json()
    assert view["data"]["phone"] == "+48 600 000 002" and view["conflict"] == "hard"
    assert [c["id"] for c in view["conflicts"]] == [str(conflict.id)]
    # Resolution: the chosen value becomes a new version; the flag clears.
    resolved = api.client.post(
        f"/v1/participants/{pid}/conflicts/{conflict.id}/resolve",
        json={"value": "+48 600 000 003"},
        headers=api.auth(token),
    )
    assert resolved.status_code == 200, resolved.text
    assert resolved.json()["version"] == body.version + 1
    assert resolved.json()["conflict"] is None
    view = api.client.get(f"/v1/participants/{pid}", headers=api.auth(token)).json()
    assert view["data"]["phone"] == "+48 600 000 003" and view["conflicts"] == []
    with api.db.read() as session:
        row = session.get(ParticipantConflict, conflict.id)
        assert row is not None and row.resolved_at is not None
        actions = set(session.scalars(select(AuditEntry.action)))
        assert {"create", "merge", "resolve_conflict"} <= actions


def test_same_value_on_both_sides_is_a_no_op(api: Api) -> None:
    """A field changed to the value the server already has applies nothing and conflicts nothing."""
    token = api.token("ewa")
    pid, fields = _created(api, token)
    base = {"phone": fields["phone"]}
    _put(api, pid, _change({"phone": "+48 1"}, 1, base), token)
    same = _put(api, pid, _change({"phone": "+48 1"}, 1, base), token).json()
    assert same["applied_fields"] == [] and same["conflicts"] == [] and same["version"] == 2


def test_if_match_must_agree_with_base_version(api: Api) -> None:
    """If-Match naming another version than base_version is a 422."""
    token = api.token("ewa")
    pid, fields = _created(api, token)
    change = _change({"phone": "+48 2"}, 1, {"phone": fields["phone"]})
    response = _put(api, pid, change, token, **{"If-Match": '"7"'})
    assert response.status_code == 422


def test_other_advisor_gets_404(api: Api) -> None:
    """Advisor B cannot read, change or resolve A's participant: 404, no leak."""
    ewa = api.token("ewa")
    jan = api.token("jan")
    pid, fields = _created(api, ewa)
    assert api.client.get(f"/v1/participants/{pid}", headers=api.auth(jan)).status_code == 404
    change = _change({"phone": "+48 3"}, 1, {"phone": fields["phone"]})
    assert _put(api, pid, change, jan).status_code == 404
    create_over = _change(participant_fields())
    assert _put(api, pid, create_over, jan).status_code == 404
    resolve = api.client.post(
        f"/v1/participants/{pid}/conflicts/{uuid.uuid4()}/resolve",
        json={"value": 1},
        headers=api.auth(jan),
    )
    assert resolve.status_code == 404


def test_change_to_an_unknown_participant_is_404(api: Api) -> None:
    """A change with a base version for a participant the server does not have is 404."""
    token = api.token("ewa")
    response = _put(api, uuid.uuid4(), _change({"phone": "+48 4"}, 3, {"phone": None}), token)
    assert response.status_code == 404


def test_coordinator_reads_team_members_only(api: Api) -> None:
    """A coordinator reads participants of advisors in their team, not others."""
    ewa = api.token("ewa", team="Nowy Sącz")
    jan = api.token("jan", team="Tarnów")
    boss = api.token("boss", "coordinator", team="Nowy Sącz")
    own, _ = _created(api, ewa)
    other, _ = _created(api, jan)
    assert api.client.get(f"/v1/participants/{own}", headers=api.auth(boss)).status_code == 200
    assert api.client.get(f"/v1/participants/{other}", headers=api.auth(boss)).status_code == 404
