"""A throw-away PostgreSQL cluster for server tests and benchmarks (ECOSYSTEM.md).

Finds ``initdb``/``pg_ctl`` under ``/usr/lib/postgresql/*/bin`` (or on PATH), creates a cluster in
a temporary directory, and starts it on a free port on 127.0.0.1 with ``fsync=off`` (test data
only; ``durable=True`` keeps the production defaults, for benchmarks). As root the binaries run
as the ``postgres`` user, since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

import psycopg

from tests.helpers.server_process import free_port


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL binaries, or the cluster would not start (the message says why)."""


def _bin_dir() -> Path:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    if candidates:
        return Path(candidates[0]).parent
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    raise PostgresUnavailable("PostgreSQL server binaries (initdb, pg_ctl) are not installed")


class PostgresCluster:
    """A running temporary cluster; :meth:`new_database` gives each test its own database."""

    def __init__(self, *, durable: bool = False) -> None:
        self.durable = durable
        self.bin = _bin_dir()
        self.root = Path(tempfile.mkdtemp(prefix="advisor-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        self._prefix: list[str] = []
        if os.geteuid() == 0:
            try:
                entry = pwd.getpwnam("postgres")
            except KeyError as error:
                raise PostgresUnavailable(
                    "running as root and there is no postgres user"
                ) from error
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
            runuser = shutil.which("runuser")
            if runuser is None:
                raise PostgresUnavailable("running as root and runuser is missing")
            self._prefix = [runuser, "-u", "postgres", "--"]
        self._started = False

    def _run(self, *args: str) -> None:
        result = subprocess.run(
            [*self._prefix, *args], capture_output=True, text=True, check=False, cwd=self.root
        )
        if result.returncode != 0:
            raise PostgresUnavailable(
                f"{Path(args[0]).name} failed: {(result.stderr or result.stdout).strip()[-500:]}"
            )

    def start(self) -> None:
        """Create and start the cluster (waits until it accepts connections)."""
        self._run(
            str(self.bin / "initdb"),
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--no-sync",
        )
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
        # Tests skip the fsyncs; the benchmark measures what production pays for durability.
        if not self.durable:
            options += "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
        options += "-c max_connections=200"
        self._run(
            str(self.bin / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.root / "server.log"),
            "-w",
            "-t",
            "30",
            "start",
        )
        self._started = True

    def stop(self) -> None:
        """Stop the cluster and delete its files."""
        if self._started:
            with contextlib.suppress(PostgresUnavailable):
                self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
            self._started = False
        shutil.rmtree(self.root, ignore_errors=True)

    def admin_dsn(self) -> str:
        """libpq DSN of the maintenance database."""
        return f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres"

    def new_database(self) -> str:
        """Create a fresh empty database; its SQLAlchemy URL."""
        name = f"t_{uuid.uuid4().hex[:16]}"
        with psycopg.connect(self.admin_dsn(), autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"


def start_cluster(*, durable: bool = False) -> PostgresCluster:
    """Start a cluster, or raise :class:`PostgresUnavailable` with the reason.

    ``durable`` keeps PostgreSQL's default fsync and synchronous commit (benchmarks); tests
    turn them off.
    """
    cluster = PostgresCluster(durable=durable)
    try:
        cluster.start()
    except PostgresUnavailable:
        cluster.stop()
        raise
    return cluster
