"""The coordinator's list of received balances, its filters, counts and CSV export."""

from __future__ import annotations

import csv
import io
import uuid
from typing import Any

from tests.helpers.server_data import (
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


def test_list_filters_and_counts(api: Api) -> None:
    """Filters by advisor, gmina, project and dates; counts cover all matches."""
    ewa_id = api.user("ewa", team="Nowy Sącz")
    ewa = str(api.login("ewa")["access_token"])
    jan = api.token("jan", team="Nowy Sącz")
    boss = api.token("boss", "coordinator", team="Nowy Sącz")
    _upload(api, ewa, project_code="KK", gmina="Łososina Dolna")
    _upload(api, ewa, project_code="KKZ", gmina="Klucze")
    _upload(api, jan, project_code="KK", gmina="Klucze")
    everything = api.client.get("/v1/coordinator/balances", headers=api.auth(boss)).json()
    assert everything["total"] == 3
    assert everything["counts"]["project_code"] == {"KK": 2, "KKZ": 1}
    assert everything["counts"]["advisor"] == {"ewa": 2, "jan": 1}
    assert everything["counts"]["status"] == {"finished": 3}
    only_ewa = api.client.get(
        "/v1/coordinator/balances", params={"advisor_id": str(ewa_id)}, headers=api.auth(boss)
    ).json()
    assert only_ewa["total"] == 2
    klucze = api.client.get(
        "/v1/coordinator/balances",
        params={"gmina": "klucze", "project_code": "KK"},
        headers=api.auth(boss),
    ).json()
    assert klucze["total"] == 1 and klucze["items"][0]["advisor_username"] == "jan"
    future = api.client.get(
        "/v1/coordinator/balances",
        params={"received_from": "2999-01-01T00:00:00Z"},
        headers=api.auth(boss),
    ).json()
    assert future["total"] == 0
    page = api.client.get(
        "/v1/coordinator/balances", params={"limit": 2, "offset": 2}, headers=api.auth(boss)
    ).json()
    assert page["total"] == 3 and len(page["items"]) == 1


def test_team_scope_and_roles(api: Api) -> None:
    """Coordinators see their team only; admins everything; advisors get 403."""
    ewa = api.token("ewa", team="Nowy Sącz")
    jan = api.token("jan", team="Tarnów")
    boss = api.token("boss", "coordinator", team="Tarnów")
    root = api.token("root", "admin")
    _upload(api, ewa)
    _upload(api, jan)
    assert api.client.get("/v1/coordinator/balances", headers=api.auth(boss)).json()["total"] == 1
    assert api.client.get("/v1/coordinator/balances", headers=api.auth(root)).json()["total"] == 2
    assert api.client.get("/v1/coordinator/balances", headers=api.auth(ewa)).status_code == 403


def test_csv_export(api: Api) -> None:
    """The CSV has a header row, one row per balance, Polish letters intact, no names."""
    ewa = api.token("ewa")
    boss = api.token("boss", "coordinator")
    body = _upload(api, ewa, gmina="Łososina Dolna")
    response = api.client.get("/v1/coordinator/balances.csv", headers=api.auth(boss))
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 1
    assert rows[0]["balance_id"] == body["balance_id"] and rows[0]["gmina"] == "Łososina Dolna"
    assert "Kowalczyk" not in text
    uuid.UUID(rows[0]["head_revision_id"])
