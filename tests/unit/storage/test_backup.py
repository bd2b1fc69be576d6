"""Online backup and restore used by the migration runner: consistent, encrypted, complete."""

from __future__ import annotations

import secrets
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from advisor_app.errors import PlaintextDatabaseRefused, WrongKey
from advisor_app.storage.engine import (
    PLAINTEXT_HEADER,
    backup_database,
    create_encrypted_engine,
    restore_database,
)

MARKER = "Nowak-Backup-Marker-Źdźbło"


def fill(engine: Engine, count: int) -> None:
    """Create a table and commit ``count`` rows (they stay in the -wal until a checkpoint)."""
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE item (id INTEGER PRIMARY KEY, note TEXT NOT NULL)")
        for i in range(count):
            conn.execute(text("INSERT INTO item (note) VALUES (:n)"), {"n": f"{MARKER}{i}"})


def read_notes(path: Path, key: bytes) -> list[str]:
    """All notes of the database at ``path``, opened with ``key``."""
    engine = create_encrypted_engine(path, key)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text("SELECT note FROM item ORDER BY id")).scalars())
    finally:
        engine.dispose()


def test_backup_of_open_engine_is_an_encrypted_consistent_copy(
    engine: Engine, db_path: Path, key: bytes, tmp_path: Path
) -> None:
    """A backup taken while rows are still only in the -wal holds them all, encrypted."""
    fill(engine, 20)
    assert db_path.with_name("advisor.db-wal").stat().st_size > 0
    dest = tmp_path / "before-migration.db"

    assert backup_database(engine, key, dest) == dest

    content = dest.read_bytes()
    assert content[: len(PLAINTEXT_HEADER)] != PLAINTEXT_HEADER
    assert MARKER.encode() not in content
    # One self-contained file: restore can copy it without a WAL.
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(dest.name)) == [dest.name]
    assert read_notes(dest, key) == [f"{MARKER}{i}" for i in range(20)]


def test_backup_cannot_be_opened_with_another_key(
    engine: Engine, key: bytes, tmp_path: Path
) -> None:
    """The backup is protected by the database key, not readable with any other key."""
    fill(engine, 1)
    dest = backup_database(engine, key, tmp_path / "backup.db")
    with pytest.raises(WrongKey):
        create_encrypted_engine(dest, secrets.token_bytes(32))


def test_restore_brings_back_the_backed_up_rows(
    engine: Engine, db_path: Path, key: bytes, tmp_path: Path
) -> None:
    """After a failed migration, restore gives back exactly the rows of the backup."""
    fill(engine, 5)
    backup = backup_database(engine, key, tmp_path / "backup.db")
    with engine.begin() as conn:  # a "migration" that went wrong half-way
        conn.exec_driver_sql("DELETE FROM item WHERE id > 2")
        conn.exec_driver_sql("CREATE TABLE half_done (x)")
    engine.dispose()

    restore_database(backup, db_path)

    assert read_notes(db_path, key) == [f"{MARKER}{i}" for i in range(5)]
    assert backup.exists(), "the backup is kept after a restore"
    assert db_path.read_bytes()[: len(PLAINTEXT_HEADER)] != PLAINTEXT_HEADER


def test_restore_discards_a_stale_wal(
    engine: Engine, db_path: Path, key: bytes, tmp_path: Path
) -> None:
    """A -wal left by the old database is removed, so its frames cannot corrupt the restore."""
    fill(engine, 3)
    backup = backup_database(engine, key, tmp_path / "backup.db")
    with engine.begin() as conn:
        conn.exec_driver_sql("UPDATE item SET note = 'changed'")
    wal = db_path.with_name("advisor.db-wal")
    stale_wal = wal.read_bytes()
    engine.dispose()
    wal.write_bytes(stale_wal)  # as if the app had crashed with frames not checkpointed

    restore_database(backup, db_path)

    assert not wal.exists()
    assert read_notes(db_path, key) == [f"{MARKER}{i}" for i in range(3)]


def test_backup_from_a_path(db_path: Path, key: bytes, tmp_path: Path) -> None:
    """A closed database can be backed up by path with its key."""
    engine = create_encrypted_engine(db_path, key)
    fill(engine, 2)
    engine.dispose()
    dest = backup_database(db_path, key, tmp_path / "copy.db")
    assert read_notes(dest, key) == [f"{MARKER}0", f"{MARKER}1"]


def test_backup_from_a_path_with_the_wrong_key_leaves_nothing(
    db_path: Path, key: bytes, tmp_path: Path
) -> None:
    """A wrong key is WrongKey, and no partial backup file is left behind."""
    engine = create_encrypted_engine(db_path, key)
    fill(engine, 1)
    engine.dispose()
    backups = tmp_path / "backups"
    backups.mkdir()
    with pytest.raises(WrongKey):
        backup_database(db_path, secrets.token_bytes(32), backups / "copy.db")
    assert list(backups.iterdir()) == []


def test_restore_refuses_a_plaintext_backup(db_path: Path, tmp_path: Path) -> None:
    """A plain SQLite file is never restored over the encrypted database."""
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(PlaintextDatabaseRefused):
        restore_database(plain, db_path)
    assert not db_path.exists()


def test_restore_of_a_missing_backup_changes_nothing(db_path: Path, tmp_path: Path) -> None:
    """A missing backup file raises FileNotFoundError before anything is touched."""
    db_path.write_bytes(b"existing")
    with pytest.raises(FileNotFoundError):
        restore_database(tmp_path / "nope.db", db_path)
    assert db_path.read_bytes() == b"existing"
