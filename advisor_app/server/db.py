"""Engine, sessions and the two concurrency tools of the server: writer locks and ``server_seq``.

SQLite (embedded default) runs in WAL mode with foreign keys on; every write transaction starts
with ``BEGIN IMMEDIATE`` so writers queue up instead of failing half-way with "database is
locked" — that queue is also what makes two attempts with the same Idempotency-Key see each
other's committed result. PostgreSQL writers take ``pg_try_advisory_xact_lock`` on the
idempotency key instead, so a second attempt in flight gets ``409 request-in-progress``.

``server_seq`` comes from a counter row, incremented as the last step of a write transaction.
The row lock makes values follow commit order, which a Postgres sequence does not guarantee: with
a sequence a pull could pass a cursor over a row that commits later with a smaller number.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text, update
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from advisor_app.server.models import Counter

#: Execution option marking a connection whose transaction writes (SQLite: BEGIN IMMEDIATE).
_WRITE_OPTION = "advisor_server_write"
#: ``Session.info`` key: the session holds :attr:`Database._writer_lock`.
_HOLDS_LOCK = "advisor_server_writer_lock"
#: Name of the counter row of ``server_seq``.
SERVER_SEQ = "server_seq"
#: How long a SQLite writer waits for the write lock before giving up (seconds).
SQLITE_BUSY_TIMEOUT = 30.0


def utc_now() -> dt.datetime:
    """The server's current time (UTC); clients' clocks are never used for correctness."""
    return dt.datetime.now(dt.UTC)


def is_sqlite(engine: Engine) -> bool:
    """Tell whether ``engine`` talks to SQLite."""
    return engine.dialect.name == "sqlite"


def make_engine(url: str) -> Engine:
    """Create the engine for ``url`` with the pragmas and transaction rules above."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True, pool_size=10, max_overflow=20)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        parsed,
        connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT},
        pool_size=10,
        max_overflow=20,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        del record
        # Autocommit at the driver level: pysqlite's own implicit BEGIN would defer the write
        # lock to the first write, too late for idempotency; we emit BEGIN ourselves below.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        # FULL: a revision answered with 201 must survive a power cut, not only a crash.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        write = connection.get_execution_options().get(_WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


class Database:
    """Sessions on one engine: read transactions and serialised write transactions."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._read = sessionmaker(bind=engine, expire_on_commit=False)
        self._write = sessionmaker(
            bind=engine.execution_options(**{_WRITE_OPTION: True}), expire_on_commit=False
        )
        # SQLite: writers of this process queue on a lock before BEGIN IMMEDIATE. SQLite's own
        # busy handler polls with growing sleeps (up to 100 ms), so 20 concurrent uploads spent
        # more time asleep than writing; a lock hands over the moment the commit returns.
        # Other processes on the same file still meet the busy timeout.
        self._writer_lock = threading.Lock() if is_sqlite(engine) else None
        event.listen(self._write, "after_commit", self._release_writer)

    @property
    def is_sqlite(self) -> bool:
        """Tell whether the database is SQLite."""
        return is_sqlite(self.engine)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; rolled back at the end."""
        with self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose transaction holds the writer lock (SQLite); the caller commits."""
        lock = self._writer_lock
        if lock is not None:
            lock.acquire()
        try:
            session = self._write()
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        session.info[_HOLDS_LOCK] = lock is not None
        try:
            with session:
                # Start the transaction now, so BEGIN IMMEDIATE runs before the first read.
                session.connection()
                yield session
        finally:
            if session.info.pop(_HOLDS_LOCK, False):
                assert lock is not None
                lock.release()

    def _release_writer(self, session: Session) -> None:
        # Released at the commit, not at the end of the block: a request held after its commit
        # (hang-after-commit, a slow response) must not stop other writers.
        if session.info.pop(_HOLDS_LOCK, False):
            assert self._writer_lock is not None
            self._writer_lock.release()

    def dispose(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()


#: Built once: this runs in every write transaction.
_NEXT_SEQ = (
    update(Counter)
    .where(Counter.name == SERVER_SEQ)
    .values(value=Counter.value + 1)
    .returning(Counter.value)
)


def next_server_seq(session: Session) -> int:
    """Take the next ``server_seq`` inside the current write transaction."""
    value = session.execute(_NEXT_SEQ).scalar_one()
    return int(value)


def current_server_seq(session: Session) -> int:
    """The highest ``server_seq`` committed so far."""
    value = session.execute(
        text("SELECT value FROM server_counter WHERE name = :name"), {"name": SERVER_SEQ}
    ).scalar_one()
    return int(value)


def try_lock_key(session: Session, scope: str, key: str) -> bool:
    """Take the PostgreSQL advisory lock of an in-flight idempotency key (True on SQLite).

    On SQLite the writer lock of ``BEGIN IMMEDIATE`` already serialises the attempts.
    """
    if session.get_bind().dialect.name != "postgresql":
        return True
    digest = hashlib.sha256(f"{scope}|{key}".encode()).digest()
    lock_id = int.from_bytes(digest[:8], "big", signed=True)
    acquired = session.execute(
        text("SELECT pg_try_advisory_xact_lock(:id)"), {"id": lock_id}
    ).scalar_one()
    return bool(acquired)
