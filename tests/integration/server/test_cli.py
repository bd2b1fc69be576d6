"""``advisor-server`` command line: exit codes, one-line errors, PostgreSQL needs migrate."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from advisor_app.server import migrate
from tests.helpers.server_postgres import PostgresCluster, PostgresUnavailable, start_cluster

pytestmark = pytest.mark.integration


def _cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "advisor_app.server.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture(scope="module")
def postgres_cluster() -> Iterator[PostgresCluster | str]:
    """A PostgreSQL cluster for this module, or why there is none."""
    try:
        cluster = start_cluster()
    except PostgresUnavailable as error:
        yield str(error)
        return
    yield cluster
    cluster.stop()


def test_create_user_and_its_errors(tmp_path: Path) -> None:
    """create-user reads the password from stdin; duplicates and empty input exit 1 in one line."""
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    created = _cli(
        "--database",
        url,
        "create-user",
        "e.nowak",
        "--role",
        "coordinator",
        "--display-name",
        "Ewa Nowak",
        "--team",
        "Nowy Sącz",
        stdin="tajne hasło\n",
    )
    assert created.returncode == 0, created.stderr
    assert created.stdout.startswith("created coordinator e.nowak (")
    again = _cli("--database", url, "create-user", "e.nowak", "--role", "advisor", stdin="x\n")
    assert again.returncode == 1
    assert again.stderr.strip() == "advisor-server: user 'e.nowak' already exists"
    empty = _cli("--database", url, "create-user", "jan", "--role", "advisor", stdin="")
    assert empty.returncode == 1 and empty.stderr.count("\n") == 1
    assert "Traceback" not in empty.stderr


def test_migrate_and_compact(tmp_path: Path) -> None:
    """migrate creates the schema (idempotently); compact reports what it removed."""
    url = f"sqlite:///{tmp_path / 'ops.db'}"
    for _ in range(2):
        migrated = _cli("--database", url, "migrate")
        expected = f"database at schema {migrate.head_revision()}"
        assert migrated.returncode == 0 and migrated.stdout.strip() == expected
    compacted = _cli("--database", url, "compact", "--days", "30")
    assert compacted.returncode == 0, compacted.stderr
    assert compacted.stdout.startswith("removed 0 tombstones")


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    """Unknown commands and roles are usage errors (exit 2)."""
    assert _cli().returncode == 2
    bad_role = _cli(
        "--database", f"sqlite:///{tmp_path / 'x.db'}", "create-user", "a", "--role", "boss"
    )
    assert bad_role.returncode == 2


def test_bad_configuration_is_one_line(tmp_path: Path) -> None:
    """An unusable database URL fails with exit 1 and one line."""
    result = _cli("--database", "sqlite:////proc/forbidden/dir/x.db", "migrate")
    assert result.returncode == 1
    assert result.stderr.startswith("advisor-server: ") and result.stderr.count("\n") == 1


def test_postgresql_needs_migrate_before_serve(postgres_cluster: PostgresCluster | str) -> None:
    """serve refuses an unmigrated PostgreSQL with a clear message; migrate then works."""
    if isinstance(postgres_cluster, str):
        pytest.skip(f"PostgreSQL unavailable: {postgres_cluster}")
    url = postgres_cluster.new_database()
    refused = _cli("--database", url, "serve", "--port", "1")
    assert refused.returncode == 1
    assert "run `advisor-server migrate`" in refused.stderr
    migrated = _cli("--database", url, "migrate")
    assert migrated.returncode == 0 and migrate.head_revision() in migrated.stdout
    user = _cli("--database", url, "create-user", "ewa", "--role", "advisor", stdin="pw\n")
    assert user.returncode == 0, user.stderr
