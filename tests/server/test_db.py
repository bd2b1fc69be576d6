"""The SQLite writer queue of :class:`advisor_app.server.db.Database`."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from advisor_app.server import migrate
from advisor_app.server.db import Database, current_server_seq, make_engine, next_server_seq


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Database:
    """A migrated SQLite database."""
    engine = make_engine(f"sqlite:///{tmp_path / 'queue.db'}")
    migrate.upgrade(engine)
    return Database(engine)


def _write_in_thread(db: Database) -> threading.Event:
    done = threading.Event()

    def work() -> None:
        with db.write() as session:
            next_server_seq(session)
            session.commit()
        done.set()

    threading.Thread(target=work, daemon=True).start()
    return done


def test_writer_waits_for_the_transaction_and_goes_at_its_commit(sqlite_db: Database) -> None:
    """A second writer waits while a transaction is open and proceeds once it commits, even
    while the first block is still running (a request held after its commit)."""
    with sqlite_db.write() as session:
        next_server_seq(session)
        waiting = _write_in_thread(sqlite_db)
        assert not waiting.wait(0.3)
        session.commit()
        assert waiting.wait(5)
    sqlite_db.dispose()


def test_lock_is_released_after_an_error(sqlite_db: Database) -> None:
    """A write block that fails without committing does not leave the queue locked."""
    with pytest.raises(RuntimeError), sqlite_db.write() as session:
        next_server_seq(session)
        raise RuntimeError("boom")
    assert _write_in_thread(sqlite_db).wait(5)
    with sqlite_db.read() as session:
        assert current_server_seq(session) == 1
    sqlite_db.dispose()
