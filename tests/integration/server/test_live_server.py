"""The server as a real process on loopback: SYNC.md §3.10's server rows."""

from __future__ import annotations

import dataclasses
import socket
import sqlite3
import time
import uuid
from typing import Any

import httpx
import pytest

from advisor_app.sync.protocol import Problem
from tests.helpers.server_data import (
    finished_record,
    password_grant,
    revision_body,
    revision_headers,
    revision_path,
)
from tests.helpers.server_process import ServerProcess
from tests.integration.server.conftest import PASSWORD, ServerFactory

pytestmark = pytest.mark.integration


def _login(server: ServerProcess, name: str, device: uuid.UUID | None = None) -> dict[str, Any]:
    response = httpx.post(
        server.url + "/v1/auth/token",
        json=password_grant(name, PASSWORD, device or uuid.uuid4()),
        timeout=10,
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _put(
    server: ServerProcess,
    body: dict[str, Any],
    token: str,
    *,
    timeout: float = 10,
    fault: str | None = None,
) -> httpx.Response:
    headers = revision_headers(body, token)
    if fault is not None:
        headers["X-Test-Fault"] = fault
    return httpx.put(server.url + revision_path(body), json=body, headers=headers, timeout=timeout)


def _revision_rows(server: ServerProcess) -> int:
    path = server.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM balance_revision").fetchone()[0])


def _problem(response: httpx.Response) -> Problem | None:
    return Problem.from_uri(response.json().get("type"))


def test_crash_after_commit_then_replay_after_restart(live_server: ServerProcess) -> None:
    """The server dies after COMMIT; after a restart the retry is a replay and one row exists."""
    token = str(_login(live_server, "ewa")["access_token"])
    body = revision_body(finished_record())
    with pytest.raises(httpx.TransportError):
        _put(live_server, body, token, fault="crash-after-commit")
    assert live_server.wait_exit() == 137
    live_server.start()
    retry = _put(live_server, body, token)
    assert retry.status_code == 200, retry.text
    assert retry.headers["Idempotent-Replayed"] == "true"
    assert _revision_rows(live_server) == 1


def test_hang_after_commit_then_replay(live_server: ServerProcess) -> None:
    """The client times out while the server hangs after COMMIT; the retry replays."""
    token = str(_login(live_server, "ewa")["access_token"])
    body = revision_body(finished_record())
    with pytest.raises(httpx.TimeoutException):
        _put(live_server, body, token, timeout=1.0, fault="hang-after-commit")
    retry = _put(live_server, body, token)
    assert retry.status_code == 200 and retry.headers["Idempotent-Replayed"] == "true"
    assert _revision_rows(live_server) == 1
    # Other requests are served while one request hangs (handlers run in the thread pool).
    assert httpx.get(live_server.url + "/health", timeout=5).status_code == 200


def test_truncated_upload_writes_nothing(live_server: ServerProcess) -> None:
    """Headers announce 1000 bytes, 10 arrive, the socket closes: nothing is stored."""
    token = str(_login(live_server, "ewa")["access_token"])
    body = revision_body(finished_record())
    assert live_server.port is not None
    request = (
        f"PUT {revision_path(body)} HTTP/1.1\r\n"
        f"Host: 127.0.0.1:{live_server.port}\r\n"
        f"Authorization: Bearer {token}\r\n"
        f"Idempotency-Key: {body['revision_id']}\r\n"
        "Content-Type: application/json\r\n"
        "Content-Length: 1000\r\n\r\n"
    ).encode() + b'{"schema_v'
    with socket.create_connection(("127.0.0.1", live_server.port), timeout=5) as sock:
        sock.sendall(request)
    time.sleep(0.3)
    assert httpx.get(live_server.url + "/health", timeout=5).status_code == 200
    assert _revision_rows(live_server) == 0
    # The full upload afterwards is a first upload (201), not a replay.
    assert _put(live_server, body, token).status_code == 201


def test_stale_base_and_key_reuse(live_server: ServerProcess) -> None:
    """Two laptops revise one head: the second gets 409 stale-base; a reused key gets 422."""
    laptop_a = str(_login(live_server, "ewa")["access_token"])
    laptop_b = str(_login(live_server, "ewa")["access_token"])
    first = finished_record()
    assert _put(live_server, revision_body(first), laptop_a).status_code == 201
    same: dict[str, Any] = {
        "participant_id": first.participant.id,
        "balance_id": first.balance.id,
        "base_revision_id": first.balance.revision_id,
    }
    a, b = finished_record(**same), finished_record(**same)
    assert _put(live_server, revision_body(a), laptop_a).status_code == 201
    stale = _put(live_server, revision_body(b), laptop_b)
    assert stale.status_code == 409 and _problem(stale) is Problem.STALE_BASE
    assert stale.json()["current_head_revision_id"] == str(a.balance.revision_id)
    changed = dataclasses.replace(
        a, balance=dataclasses.replace(a.balance, constraints="Inne ograniczenia.")
    )
    reused = _put(live_server, revision_body(changed), laptop_a)
    assert reused.status_code == 422 and _problem(reused) is Problem.IDEMPOTENCY_KEY_REUSED
    assert _revision_rows(live_server) == 2


def test_token_expiry_and_refresh_rotation(server_factory: ServerFactory) -> None:
    """ACCESS_TTL=1: the token expires; refresh rotates; the spent token revokes the device."""
    server = server_factory({"ACCESS_TTL": "1"})
    server.start()
    device = uuid.uuid4()
    tokens = _login(server, "ewa", device)
    body = revision_body(finished_record())
    time.sleep(1.2)
    expired = _put(server, body, str(tokens["access_token"]))
    assert expired.status_code == 401 and _problem(expired) is Problem.UNAUTHORIZED
    refresh = {"grant_type": "refresh_token", "device_id": str(device)}
    rotated = httpx.post(
        server.url + "/v1/auth/token",
        json={**refresh, "refresh_token": tokens["refresh_token"]},
        timeout=10,
    )
    assert rotated.status_code == 200
    fresh = rotated.json()
    assert fresh["refresh_token"] != tokens["refresh_token"]
    # Same Idempotency-Key after the refresh: stored once.
    assert _put(server, body, str(fresh["access_token"])).status_code == 201
    replayed = httpx.post(
        server.url + "/v1/auth/token",
        json={**refresh, "refresh_token": tokens["refresh_token"]},
        timeout=10,
    )
    assert replayed.status_code == 401 and _problem(replayed) is Problem.INVALID_GRANT
    again = httpx.post(
        server.url + "/v1/auth/token",
        json={**refresh, "refresh_token": fresh["refresh_token"]},
        timeout=10,
    )
    assert again.status_code == 401


def test_revoked_device_is_locked_out(live_server: ServerProcess) -> None:
    """After POST /v1/auth/revoke neither the access nor the refresh token works."""
    device = uuid.uuid4()
    tokens = _login(live_server, "ewa", device)
    revoke = httpx.post(
        live_server.url + "/v1/auth/revoke",
        json={"refresh_token": tokens["refresh_token"]},
        timeout=10,
    )
    assert revoke.status_code == 204
    body = revision_body(finished_record())
    assert _put(live_server, body, str(tokens["access_token"])).status_code == 401
    refreshed = httpx.post(
        live_server.url + "/v1/auth/token",
        json={
            "grant_type": "refresh_token",
            "device_id": str(device),
            "refresh_token": tokens["refresh_token"],
        },
        timeout=10,
    )
    assert refreshed.status_code == 401


def test_advisor_b_cannot_touch_advisor_a_data(live_server: ServerProcess) -> None:
    """B reading or writing A's balance (receipt, new revision, same revision) gets 404."""
    ewa = str(_login(live_server, "ewa")["access_token"])
    jan = str(_login(live_server, "jan")["access_token"])
    record = finished_record()
    body = revision_body(record)
    assert _put(live_server, body, ewa).status_code == 201
    receipt = httpx.get(
        live_server.url + revision_path(body) + "/receipt",
        headers={"Authorization": f"Bearer {jan}"},
        timeout=10,
    )
    assert receipt.status_code == 404
    assert _put(live_server, body, jan).status_code == 404
    revision = finished_record(
        participant_id=record.participant.id,
        balance_id=record.balance.id,
        base_revision_id=record.balance.revision_id,
    )
    assert _put(live_server, revision_body(revision), jan).status_code == 404
    participant = httpx.get(
        f"{live_server.url}/v1/participants/{record.participant.id}",
        headers={"Authorization": f"Bearer {jan}"},
        timeout=10,
    )
    assert participant.status_code == 404
    assert _revision_rows(live_server) == 1


def test_fail_before_commit_and_unavailable(live_server: ServerProcess) -> None:
    """Injected 500 stores nothing; injected 503 carries Retry-After."""
    token = str(_login(live_server, "ewa")["access_token"])
    body = revision_body(finished_record())
    failed = _put(live_server, body, token, fault="fail-before-commit")
    assert failed.status_code == 500
    assert _revision_rows(live_server) == 0
    down = _put(live_server, body, token, fault="unavailable")
    assert down.status_code == 503 and down.headers["Retry-After"] == "2"
    assert _put(live_server, body, token).status_code == 201


def test_schema_window_change_needs_a_restart_only(server_factory: ServerFactory) -> None:
    """BALANCE_SCHEMA_MIN=2 refuses a v1 revision; restarted with MIN=1 the same item syncs."""
    server = server_factory({"BALANCE_SCHEMA_MIN": "2", "BALANCE_SCHEMA_MAX": "2"})
    server.start()
    token = str(_login(server, "ewa")["access_token"])
    body = revision_body(finished_record())
    refused = _put(server, body, token)
    assert refused.status_code == 422 and _problem(refused) is Problem.UNSUPPORTED_SCHEMA
    server.kill()
    server.start(env={})
    assert _put(server, body, token).status_code == 201


def test_embedded_database_uses_wal(live_server: ServerProcess) -> None:
    """The embedded default is a SQLite file in WAL mode (readers never block the writer)."""
    path = live_server.database_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
