"""Fixtures that run ``advisor-server serve`` as a real process on 127.0.0.1 (SYNC.md §3.10).

``live_server`` is a started :class:`tests.helpers.server_process.ServerProcess` on a SQLite
file in the test's temp dir, with ``APP_TEST_FAULTS=1`` and two advisors (``ewa``, ``jan``) whose
password is :data:`PASSWORD`. ``server_factory`` builds more (other env, PostgreSQL URL …).
Both stop their processes at teardown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import pytest

from tests.helpers.server_process import ServerProcess, seed_users

PASSWORD = "integration-password-1"
ServerFactory = Callable[..., ServerProcess]


@pytest.fixture
def server_factory(tmp_path: Path) -> Iterator[ServerFactory]:
    """Make (not start) server processes on temp SQLite files; all are stopped at teardown."""
    made: list[ServerProcess] = []

    def make(
        env: Mapping[str, str] | None = None,
        *,
        users: tuple[str, ...] = ("ewa", "jan"),
        name: str = "server",
    ) -> ServerProcess:
        server = ServerProcess(tmp_path / f"{name}.db", env)
        # In-process: two CLI subprocesses per test would cost seconds of imports each (the
        # create-user command itself is tested in test_cli.py).
        seed_users(server.database_url, users, PASSWORD)
        made.append(server)
        return server

    yield make
    for server in made:
        server.kill()


@pytest.fixture
def live_server(server_factory: ServerFactory) -> ServerProcess:
    """A running server with advisors ``ewa`` and ``jan`` (password :data:`PASSWORD`)."""
    server = server_factory()
    server.start()
    return server
