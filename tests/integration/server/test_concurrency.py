"""Concurrent attempts with one Idempotency-Key store exactly one revision (SQLite and PG)."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

from tests.helpers.server_data import (
    finished_record,
    password_grant,
    revision_body,
    revision_headers,
    revision_path,
)
from tests.helpers.server_postgres import PostgresCluster, PostgresUnavailable, start_cluster
from tests.helpers.server_process import ServerProcess, seed_users
from tests.integration.server.conftest import PASSWORD, ServerFactory

pytestmark = pytest.mark.integration
ATTEMPTS = 20


@pytest.fixture(scope="module")
def pg() -> Iterator[PostgresCluster | str]:
    """A PostgreSQL cluster for this module, or why there is none."""
    try:
        cluster = start_cluster()
    except PostgresUnavailable as error:
        yield str(error)
        return
    yield cluster
    cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def server(
    request: pytest.FixtureRequest, server_factory: ServerFactory, pg: PostgresCluster | str
) -> Iterator[ServerProcess]:
    """A running server on either backend, with advisor ``ewa``."""
    if request.param == "sqlite":
        process = server_factory(users=("ewa",))
    else:
        if isinstance(pg, str):
            pytest.skip(f"PostgreSQL parity skipped: {pg}")
        url = pg.new_database()
        seed_users(url, ["ewa"], PASSWORD)
        process = ServerProcess(url)
    process.start()
    yield process
    process.kill()


def _rows(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            value = connection.execute(text("SELECT count(*) FROM balance_revision")).scalar_one()
            return int(value)
    finally:
        engine.dispose()


def test_twenty_parallel_attempts_store_one_revision(server: ServerProcess) -> None:
    """One 201; every other attempt is a replay (200) or request-in-progress (409, Retry-After)."""
    login = httpx.post(
        server.url + "/v1/auth/token",
        json=password_grant("ewa", PASSWORD, uuid.uuid4()),
        timeout=10,
    )
    token = login.json()["access_token"]
    body = revision_body(finished_record())

    def attempt(_: int) -> tuple[int, dict[str, Any]]:
        response = httpx.put(
            server.url + revision_path(body),
            json=body,
            headers=revision_headers(body, token),
            timeout=60,
        )
        return response.status_code, dict(response.headers)

    with ThreadPoolExecutor(ATTEMPTS) as pool:
        results = list(pool.map(attempt, range(ATTEMPTS)))
    statuses = Counter(status for status, _ in results)
    assert statuses[201] == 1, statuses
    assert set(statuses) <= {200, 201, 409}, statuses
    for status, headers in results:
        if status == 409:
            assert headers["retry-after"] == "2"
        if status == 200:
            assert headers["idempotent-replayed"] == "true"
    assert _rows(server.database_url) == 1


def test_parallel_first_revisions_of_one_balance_never_fail(server: ServerProcess) -> None:
    """20 laptops send different first revisions of one new balance: one wins, the rest 409."""
    login = httpx.post(
        server.url + "/v1/auth/token",
        json=password_grant("ewa", PASSWORD, uuid.uuid4()),
        timeout=10,
    )
    token = login.json()["access_token"]
    participant_id, balance_id = uuid.uuid4(), uuid.uuid4()
    bodies = [
        revision_body(finished_record(participant_id=participant_id, balance_id=balance_id))
        for _ in range(ATTEMPTS)
    ]

    def attempt(body: dict[str, Any]) -> str:
        response = httpx.put(
            server.url + revision_path(body),
            json=body,
            headers=revision_headers(body, token),
            timeout=60,
        )
        if response.status_code == 201:
            return "stored"
        assert response.status_code == 409, response.text
        return str(response.json()["type"]).rsplit("/", 1)[-1]

    with ThreadPoolExecutor(ATTEMPTS) as pool:
        outcomes = Counter(pool.map(attempt, bodies))
    assert outcomes["stored"] == 1, outcomes
    assert set(outcomes) <= {"stored", "stale-base", "request-in-progress"}, outcomes
    assert _rows(server.database_url) == 1
