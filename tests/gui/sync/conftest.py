"""Fixtures of the sync GUI tests: a real server process, laptops with real executors.

The server is ``advisor-server`` under uvicorn on 127.0.0.1 (``tests/helpers/server_process.py``),
started once for this package; each test signs in as its own user, so tests never see each
other's data. A "laptop" is an encrypted profile whose sync service runs its database steps on a
real single-thread db executor, and whose passes run on a real io pool, as in the application.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import itertools
import re
import socket
import threading
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest

from advisor_app.app import OpenedApp, open_app
from advisor_app.credentials import CredentialStore
from advisor_app.domain.entities import BalanceRecord
from advisor_app.services.container import Services
from advisor_app.services.db_thread import db_call_on, mark_db_thread
from advisor_app.services.sync import SyncService
from advisor_app.storage.unit_of_work import UnitOfWork
from advisor_app.sync.codec import dump_document, parse_document
from advisor_app.sync.mapping import document_from_record, record_from_document
from advisor_app.ui.main_window import MainWindow
from advisor_app.ui.settings import AppSettings
from advisor_app.ui.tasks import in_flight
from tests.helpers.domain_factories import finishable_record
from tests.helpers.memkeyring import MemoryKeyring
from tests.helpers.server_process import ServerProcess

PASSWORD = "correct horse 42"
WAIT_MS = 20_000
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_users = itertools.count(1)
T = TypeVar("T")


@pytest.fixture(scope="package")
def sync_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    """One real sync server for the package (started once: a process start takes seconds)."""
    server = ServerProcess(tmp_path_factory.mktemp("server") / "server.db")
    server.migrate()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def advisor(sync_server: ServerProcess) -> str:
    """A new advisor account on the server (its own data: tests do not see each other's)."""
    name = f"advisor{next(_users)}-{uuid.uuid4().hex[:6]}"
    sync_server.create_user(name, PASSWORD, role="advisor")
    return name


def fresh_record() -> BalanceRecord:
    """A finishable balance with every ID new (references kept intact)."""
    record = finishable_record()
    text = dump_document(
        document_from_record(record, exported_at=dt.datetime(2026, 3, 2, tzinfo=dt.UTC))
    ).decode()
    mapping: dict[str, str] = {}
    swapped = _UUID.sub(lambda m: mapping.setdefault(m.group(0), str(uuid.uuid4())), text)
    return record_from_document(parse_document(swapped))


@dataclass
class Laptop:
    """An open profile with real executors; ``services.sync`` uses them like the GUI does."""

    opened: OpenedApp
    services: Services
    db: ThreadPoolExecutor
    io: ThreadPoolExecutor

    @property
    def sync(self) -> SyncService:
        """The sync service."""
        assert self.services.sync is not None
        return self.services.sync

    def on_db(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run a service call on the db executor and return its result."""
        return self.db.submit(fn, *args, **kwargs).result(timeout=60)

    def finish(self, record: BalanceRecord | None = None) -> BalanceRecord:
        """Store a new balance and finish it (queues its upload)."""
        record = record or fresh_record()
        services = self.services

        def work() -> BalanceRecord:
            services.participants.save(record.participant)
            services.balances.save(record)
            return services.lifecycle.finish(record.balance.id).record

        return self.on_db(work)

    def revise_and_finish(self, balance_id: uuid.UUID, goal: str) -> BalanceRecord:
        """Start a new revision, change the initial goal, finish it."""
        services = self.services

        def work() -> BalanceRecord:
            draft = services.lifecycle.revise(balance_id)
            changed = dataclasses.replace(
                draft, balance=dataclasses.replace(draft.balance, initial_goal=goal)
            )
            services.balances.save(changed)
            return services.lifecycle.finish(balance_id).record

        return self.on_db(work)

    def close(self) -> None:
        """Close the profile on its db thread, then the executors."""
        self.sync.close()
        self.db.submit(self.opened.close).result(timeout=60)
        self.db.shutdown(wait=True)
        self.io.shutdown(wait=True, cancel_futures=True)


def open_laptop(
    data_dir: Path, profile: str, *, own_keyring: bool = False, timeout: float = 10.0
) -> Laptop:
    """Open a profile with real executors and a sync service wired as the GUI wires it.

    Args:
        data_dir: The laptop's data directory.
        profile: Profile name.
        own_keyring: Give sync its own keyring. Two laptops of one advisor on one server share
            the keyring account name of the refresh token, which two real laptops never do.
        timeout: Seconds per HTTP request.
    """
    db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db", initializer=mark_db_thread)
    io = ThreadPoolExecutor(max_workers=2, thread_name_prefix="io")
    db_call = db_call_on(db)
    opened = db.submit(functools.partial(open_app, data_dir, profile, sync_db_call=db_call)).result(
        timeout=120
    )
    assert opened.gate is not None
    credentials = CredentialStore(backend=MemoryKeyring()) if own_keyring else None
    sync = SyncService(
        functools.partial(UnitOfWork, opened.gate),
        credentials=credentials,
        db_call=db_call,
        timeout=timeout,
    )
    return Laptop(opened, dataclasses.replace(opened.services, sync=sync), db, io)


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Laptop]:
    """The laptop whose window the test drives."""
    machine = open_laptop(tmp_path / "laptop", "gui")
    try:
        yield machine
    finally:
        machine.close()


@pytest.fixture
def other_laptop(tmp_path: Path) -> Iterator[Laptop]:
    """A second laptop of the same advisor (with its own keyring)."""
    machine = open_laptop(tmp_path / "other", "other", own_keyring=True)
    try:
        yield machine
    finally:
        machine.close()


class SwitchingProxy:
    """A TCP proxy to the server that can start hanging: connections are accepted, never served.

    Models a link that dies or a proxy that stalls while the app is running.
    """

    def __init__(self, upstream_port: int) -> None:
        self._upstream = upstream_port
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(32)
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}"
        self.hang = False
        self._held: list[socket.socket] = []
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self.hang:
                self._held.append(client)  # never read, never answered
                continue
            upstream = socket.create_connection(("127.0.0.1", self._upstream), timeout=10)
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=_pump, args=(a, b), daemon=True).start()

    def close(self) -> None:
        """Stop accepting and drop held connections."""
        self._closed = True
        # shutdown() wakes the thread blocked in accept(); close() alone does not on Linux.
        with contextlib.suppress(OSError):
            self._listener.shutdown(socket.SHUT_RDWR)
        self._listener.close()
        for held in self._held:
            held.close()


def _pump(source: socket.socket, target: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            target.sendall(data)
    except OSError:
        pass
    finally:
        for sock in (source, target):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


@pytest.fixture
def proxy(sync_server: ServerProcess) -> Iterator[SwitchingProxy]:
    """A proxy in front of the server that a test can switch to hanging."""
    assert sync_server.port is not None
    running = SwitchingProxy(sync_server.port)
    try:
        yield running
    finally:
        running.close()


@pytest.fixture
def silent_server() -> Iterator[str]:
    """A URL whose server accepts connections and never answers (a dead link, a hung proxy)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        sock.close()


@pytest.fixture
def closed_port() -> str:
    """A URL where nothing listens (connection refused at once)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


MakeWindow = Callable[[Laptop], MainWindow]


@pytest.fixture
def make_window(qtbot, tmp_path: Path, laptop: Laptop) -> Iterator[MakeWindow]:
    """Build the main window on a laptop; the timer is stopped so the test decides on passes.

    It depends on ``laptop`` so that the windows close before that laptop's executors stop.
    """
    windows: list[MainWindow] = []

    def make(machine: Laptop) -> MainWindow:
        window = MainWindow(
            machine.services, machine.db, AppSettings(tmp_path / "ui"), io_executor=machine.io
        )
        qtbot.addWidget(window)
        windows.append(window)
        window.show()
        assert window.sync_ui is not None
        controller = window.sync_ui.controller
        qtbot.waitUntil(
            lambda: window.model.loaded_once and controller.status is not None, timeout=WAIT_MS
        )
        controller.stop()
        return window

    yield make
    for window in windows:
        window.close()
    qtbot.waitUntil(lambda: in_flight() == 0, timeout=WAIT_MS)
