"""Fixtures of the loopback matrix (SYNC.md §3.10): the real engine against the real server.

``server_factory``/``live_server`` (from ``tests/integration/server/conftest.py``) run
``advisor-server serve`` on 127.0.0.1 with ``APP_TEST_FAULTS=1`` and advisors ``ewa`` and
``jan``. A laptop here is an open encrypted profile with a
:class:`~advisor_app.services.sync.SyncService` whose transport is the real httpx one, wrapped
by :class:`FaultTransport` so a test can put ``X-Test-Fault`` on chosen requests and read the
status and headers of every answer.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import socket
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID

import pytest

from advisor_app.app import open_app
from advisor_app.services.sync import SyncService
from advisor_app.storage.unit_of_work import UnitOfWork
from advisor_app.sync.client import HttpResponse, HttpxTransport
from advisor_app.sync.protocol import Fault, Header
from tests.helpers.clock import FakeClock
from tests.helpers.server_process import ServerProcess
from tests.integration.server.conftest import (  # noqa: F401  (fixtures used by the tests)
    PASSWORD,
    server_factory,
)
from tests.unit.sync.sync_support import Laptop, Monotonic


class TcpProxy:
    """A fixed 127.0.0.1 port in front of a server whose port may change on restart.

    The server picks a new free port when its old one is still in TIME_WAIT; laptops keep the
    proxy's address (their keyring account names the host and port). Each connection is
    forwarded by two daemon threads; :meth:`close` ends them all.
    """

    def __init__(self) -> None:
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port = int(self._listener.getsockname()[1])
        self.target_port: int | None = None
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        """The address laptops use."""
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            assert self.target_port is not None
            upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
        except (OSError, AssertionError):
            client.close()
            return
        upstream.settimeout(None)
        with self._lock:
            self._sockets += [client, upstream]
        threading.Thread(target=_pump, args=(upstream, client), daemon=True).start()
        _pump(client, upstream)

    def close(self) -> None:
        """Stop listening and cut every forwarded connection."""
        # close() alone does not wake a thread blocked in accept() on Linux; shutdown() does,
        # so the accept thread ends instead of lingering for the rest of the test session.
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        with self._lock:
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.close()


def _pump(source: socket.socket, target: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    finally:
        with contextlib.suppress(OSError):
            target.shutdown(socket.SHUT_WR)


class Front:
    """A server process behind a :class:`TcpProxy`: a stable URL across restarts."""

    def __init__(self, server: ServerProcess, proxy: TcpProxy) -> None:
        self.process = server
        self._proxy = proxy

    @property
    def url(self) -> str:
        """The stable address."""
        return self._proxy.url

    def start(self, env: Mapping[str, str] | None = None) -> None:
        """Start (or restart) the server and point the proxy at it."""
        self.process.start(env=env)
        self._proxy.target_port = self.process.port

    def kill(self) -> None:
        """Kill the server process."""
        self.process.kill()

    def wait_exit(self) -> int:
        """Wait for the process to exit (crash-after-commit) and return its code."""
        return self.process.wait_exit()


@pytest.fixture
def front(
    server_factory: Callable[..., ServerProcess],  # noqa: F811  (the imported fixture)
) -> Iterator[Callable[..., Front]]:
    """Make servers (not started) behind their own proxies."""
    proxies: list[TcpProxy] = []

    def make(env: Mapping[str, str] | None = None) -> Front:
        proxy = TcpProxy()
        proxies.append(proxy)
        return Front(server_factory(env=env), proxy)

    yield make
    for proxy in proxies:
        proxy.close()


@pytest.fixture
def live_front(front: Callable[..., Front]) -> Front:
    """A started server behind a proxy."""
    made = front()
    made.start()
    return made


@dataclass
class Sent:
    """One request and what came back (status None: no answer)."""

    method: str
    path: str
    headers: Mapping[str, str]
    body: bytes | None
    status: int | None
    response_headers: Mapping[str, str]


@dataclass
class FaultTransport:
    """The real transport, plus scripted ``X-Test-Fault`` headers and a log of answers.

    One per laptop, reused across logins and passes; :meth:`close` is a no-op so a pass or a
    login cannot close it under the test (the fixture closes the real one at teardown).
    """

    timeout: float
    faults: list[tuple[str, str, Fault]] = field(default_factory=list)
    log: list[Sent] = field(default_factory=list)
    inner: HttpxTransport | None = None

    def bind(self, url: str, device_id: UUID) -> FaultTransport:
        """The transport for ``url`` (made on first use)."""
        if self.inner is None or self.inner.base_url != url:
            if self.inner is not None:
                self.inner.close()
            self.inner = HttpxTransport(url, device_id, timeout=self.timeout)
        return self

    def fault_next(self, method: str, path_prefix: str, fault: Fault) -> None:
        """Put ``fault`` on the next request matching method and path prefix."""
        self.faults.append((method, path_prefix, fault))

    def request(
        self,
        method: str,
        path: str,
        *,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        params: Mapping[str, str] | None = None,
    ) -> HttpResponse:
        """Send through the real transport (see ``Transport.request``)."""
        assert self.inner is not None
        sent = dict(headers or {})
        for i, (m, prefix, fault) in enumerate(self.faults):
            if m == method and path.startswith(prefix):
                sent[Header.TEST_FAULT.value] = fault.value
                del self.faults[i]
                break
        try:
            response = self.inner.request(
                method, path, headers=sent, content=content, params=params
            )
        except Exception:
            self.log.append(Sent(method, path, sent, content, None, {}))
            raise
        self.log.append(Sent(method, path, sent, content, response.status, response.headers))
        return response

    def close(self) -> None:
        """Kept open for the test (see the class docstring)."""

    def refreshes(self) -> int:
        """Refresh-token grants sent so far."""
        return sum(
            1
            for s in self.log
            if s.path == "/v1/auth/token"
            and s.body is not None
            and json.loads(s.body)["grant_type"] == "refresh_token"
        )


@dataclass
class LoopLaptop(Laptop):
    """A laptop with its fault-injecting transport."""

    transport: FaultTransport = field(default_factory=lambda: FaultTransport(10.0))


LaptopFactory = Callable[..., LoopLaptop]


def utc_now() -> dt.datetime:
    """The real current time."""
    return dt.datetime.now(dt.UTC)


@pytest.fixture
def make_laptop(tmp_path: Path) -> Iterator[LaptopFactory]:
    """Open laptops (profiles in their own temp dirs); all are closed at teardown."""
    made: list[LoopLaptop] = []

    def make(
        name: str = "a", *, clock: FakeClock | None = None, timeout: float = 10.0
    ) -> LoopLaptop:
        data_dir = tmp_path / f"laptop-{name}"
        data_dir.mkdir(exist_ok=True)
        fake = clock or FakeClock(utc_now())
        monotonic = Monotonic()
        opened = open_app(data_dir, clock=fake.now)
        assert opened.gate is not None
        transport = FaultTransport(timeout)
        sync = SyncService(
            functools.partial(UnitOfWork, opened.gate),
            clock=fake.now,
            monotonic=monotonic,
            transport_factory=transport.bind,
            rand=lambda: 0.5,
            timeout=timeout,
        )
        laptop = LoopLaptop(opened, sync, fake, monotonic, transport)
        made.append(laptop)
        return laptop

    yield make
    for laptop in made:
        laptop.close()
        if laptop.transport.inner is not None:
            laptop.transport.inner.close()
