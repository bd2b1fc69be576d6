"""Run ``advisor-server serve`` as a real process on 127.0.0.1 (SYNC.md §3.10 harness).

Used by ``tests/integration/server`` and by the sync client's integration tests::

    server = ServerProcess(tmp_path / "server.db", env={"ACCESS_TTL": "1"})
    server.create_user("ewa", "secret", role="advisor")
    server.start()            # picks a free port, waits for /health (15 s deadline)
    httpx.get(server.url + "/v1/meta")
    server.kill(); server.start()   # restart on the same database (same port if still free)
    server.stop()

The process gets ``APP_TEST_FAULTS=1`` so ``X-Test-Fault`` works. Nothing here needs pytest.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import httpx

HEALTH_DEADLINE = 15.0


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def seed_users(
    database_url: str, names: Sequence[str], password: str, role: str = "advisor"
) -> None:
    """Migrate the database and create users in this process (fast path for fixtures)."""
    from advisor_app.server import migrate
    from advisor_app.server.auth.accounts import create_user
    from advisor_app.server.db import Database, make_engine

    engine = make_engine(database_url)
    try:
        migrate.upgrade(engine)
        with Database(engine).write() as session:
            for name in names:
                create_user(session, name, password, roles=(role,))
            session.commit()
    finally:
        engine.dispose()


class ServerProcess:
    """One ``advisor-server`` process on a database file or URL.

    Args:
        database: A SQLite file path, or a database URL (``postgresql+psycopg://…``).
        env: Extra environment (``ACCESS_TTL``, ``BALANCE_SCHEMA_MIN`` …).
        faults: Start with ``APP_TEST_FAULTS=1``.
    """

    def __init__(
        self,
        database: Path | str,
        env: Mapping[str, str] | None = None,
        *,
        faults: bool = True,
        log_path: Path | None = None,
    ) -> None:
        self.database_url = f"sqlite:///{database}" if isinstance(database, Path) else str(database)
        self.env = dict(env or {})
        self.faults = faults
        self.port: int | None = None
        self.process: subprocess.Popen[bytes] | None = None
        # stderr goes to a file, never a pipe nobody reads: a full pipe would block the server.
        if log_path is None and isinstance(database, Path):
            log_path = database.with_name(database.name + ".log")
        self.log_path = log_path

    @property
    def url(self) -> str:
        """Base URL of the running server, e.g. ``http://127.0.0.1:40123``."""
        assert self.port is not None, "the server was never started"
        return f"http://127.0.0.1:{self.port}"

    def _environ(self) -> dict[str, str]:
        environ = dict(os.environ)
        environ.update(self.env)
        environ["DATABASE_URL"] = self.database_url
        if self.faults:
            environ["APP_TEST_FAULTS"] = "1"
        return environ

    def _command(self, *args: str) -> list[str]:
        return [
            sys.executable,
            "-m",
            "advisor_app.server.cli",
            "--database",
            self.database_url,
            *args,
        ]

    def migrate(self) -> None:
        """Run ``advisor-server migrate``."""
        subprocess.run(
            self._command("migrate"), env=self._environ(), check=True, capture_output=True
        )

    def create_user(
        self, name: str, password: str, *, role: str = "advisor", team: str | None = None
    ) -> None:
        """Run ``advisor-server create-user`` with the password on stdin."""
        args = ["create-user", name, "--role", role]
        if team:
            args += ["--team", team]
        result = subprocess.run(
            self._command(*args),
            env=self._environ(),
            input=f"{password}\n".encode(),
            capture_output=True,
            check=False,
        )
        if result.returncode != 0:
            raise RuntimeError(f"create-user failed: {result.stderr.decode().strip()}")

    def start(self, env: Mapping[str, str] | None = None) -> None:
        """Start the server (again) and wait until ``/health`` answers.

        Reuses the previous port when it is still free, so a client keeps its base URL across
        a restart. ``env`` replaces the extra environment for this and later starts.
        """
        if env is not None:
            self.env = dict(env)
        if self.port is None or not _port_free(self.port):
            self.port = free_port()
        if self.log_path is not None:
            with self.log_path.open("ab") as output:
                self.process = subprocess.Popen(
                    self._command("serve", "--host", "127.0.0.1", "--port", str(self.port)),
                    env=self._environ(),
                    stdout=output,
                    stderr=output,
                )
        else:
            self.process = subprocess.Popen(
                self._command("serve", "--host", "127.0.0.1", "--port", str(self.port)),
                env=self._environ(),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        deadline = time.monotonic() + HEALTH_DEADLINE
        while True:
            code = self.process.poll()
            if code is not None:
                self.process = None
                raise RuntimeError(
                    f"advisor-server exited with {code} while starting: {self.log()}"
                )
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(self.url + "/health", timeout=1.0).status_code == 200:
                    return
            if time.monotonic() > deadline:
                self.kill()
                raise RuntimeError(f"advisor-server did not answer /health in {HEALTH_DEADLINE} s")
            time.sleep(0.05)

    def log(self) -> str:
        """What the server wrote to stderr so far (empty without a log file)."""
        if self.log_path is None or not self.log_path.exists():
            return ""
        return self.log_path.read_text(errors="replace")[-4000:]

    def kill(self) -> None:
        """Kill the process at once (SIGKILL) and reap it."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        self.process = None

    def stop(self) -> None:
        """Stop gracefully (SIGTERM, then SIGKILL after 5 s)."""
        if self.process is None:
            return
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=5)
        self.kill()

    def wait_exit(self, timeout: float = 10.0) -> int:
        """Wait for the process to exit by itself (e.g. crash-after-commit); its exit code."""
        assert self.process is not None
        code = self.process.wait(timeout=timeout)
        self.kill()
        return code
