"""Fixtures of the in-process server API suite: one app per test, on SQLite and PostgreSQL.

``backend`` parametrises every test that uses ``api`` over a SQLite file and a real PostgreSQL
cluster started once per session (skipped, with the reason shown, when PostgreSQL is missing).
"""

from __future__ import annotations

import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from starlette.exceptions import StarletteDeprecationWarning

from advisor_app.server import migrate
from advisor_app.server.app import create_app
from advisor_app.server.auth.accounts import create_user
from advisor_app.server.db import Database, make_engine
from advisor_app.server.settings import Settings
from tests.helpers.server_data import CLIENT_VERSION, password_grant
from tests.helpers.server_postgres import PostgresCluster, PostgresUnavailable, start_cluster

with warnings.catch_warnings():
    # Starlette asks for the httpx2 fork; plain httpx still works and is what we ship.
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient as TestClient

PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 with minimal cost: the suite hashes hundreds of passwords (production keeps the
    library's defaults)."""
    from argon2 import PasswordHasher

    from advisor_app.server.auth import passwords

    monkeypatch.setattr(passwords, "_HASHER", PasswordHasher(time_cost=1, memory_cost=1024))


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster | str]:
    """A PostgreSQL cluster for the session, or the reason there is none."""
    try:
        cluster = start_cluster()
    except PostgresUnavailable as error:
        yield str(error)
        return
    try:
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, postgres: PostgresCluster | str
) -> str:
    """A migrated, empty server database (SQLite file or PostgreSQL database)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'server.db'}"
    else:
        if isinstance(postgres, str):
            pytest.skip(f"PostgreSQL parity skipped: {postgres}")
        url = postgres.new_database()
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    return url


class Api:
    """A TestClient on one app plus helpers to create users and sign them in."""

    def __init__(self, app: FastAPI, client: TestClient, settings: Settings) -> None:
        self.app = app
        self.client = client
        self.settings = settings
        self.db: Database = app.state.ctx.db

    def user(self, name: str, role: str = "advisor", team: str | None = None) -> uuid.UUID:
        """Create a user with :data:`PASSWORD`; its ID."""
        with self.db.write() as session:
            user = create_user(session, name, PASSWORD, roles=(role,), team=team)
            session.commit()
            return user.id

    def login(self, name: str, device_id: uuid.UUID | None = None) -> dict[str, Any]:
        """Sign ``name`` in from a (new) device; the token response."""
        response = self.client.post(
            "/v1/auth/token", json=password_grant(name, PASSWORD, device_id or uuid.uuid4())
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    def token(self, name: str, role: str = "advisor", team: str | None = None) -> str:
        """Create ``name`` and sign it in; its access token."""
        self.user(name, role, team)
        return str(self.login(name)["access_token"])

    @staticmethod
    def auth(token: str, **extra: str) -> dict[str, str]:
        """Headers with the bearer token and the client version."""
        return {"Authorization": f"Bearer {token}", "X-Client-Version": CLIENT_VERSION, **extra}


def make_api(database_url: str, **settings: Any) -> Iterator[Api]:
    """An :class:`Api` on a new app with these settings."""
    config = Settings(database_url=database_url, app_test_faults=True, **settings)
    app = create_app(config)
    try:
        with TestClient(app, raise_server_exceptions=True) as client:
            yield Api(app, client, config)
    finally:
        app.state.ctx.db.dispose()


@pytest.fixture
def api(database_url: str) -> Iterator[Api]:
    """The API of a fresh server on the parametrised backend."""
    yield from make_api(database_url)
