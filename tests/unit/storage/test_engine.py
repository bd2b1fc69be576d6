"""The encrypted engine: no plaintext on disk, wrong keys fail quietly, pragmas hold."""

from __future__ import annotations

import secrets
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from advisor_app.errors import PlaintextDatabaseRefused, WrongKey
from advisor_app.storage.engine import (
    PLAINTEXT_HEADER,
    assert_not_plaintext,
    create_encrypted_engine,
)

# Looks like participant data; must never appear in any file on disk.
MARKER = "Zażółć-Gęślą-PESEL-85010112345-Kowalska"


def sidecars(db_path: Path) -> list[Path]:
    """The database file and its -wal/-shm files that exist right now."""
    candidates = [db_path, *(db_path.with_name(db_path.name + s) for s in ("-wal", "-shm"))]
    return [path for path in candidates if path.exists()]


def write_marker_rows(engine: Engine, count: int = 50) -> None:
    """Create a table and commit ``count`` rows holding the marker."""
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE person (id INTEGER PRIMARY KEY, note TEXT NOT NULL)")
        for i in range(count):
            conn.execute(text("INSERT INTO person (note) VALUES (:note)"), {"note": f"{MARKER}{i}"})


def assert_marker_absent(paths: list[Path]) -> None:
    """Fail if the marker appears in any file, in UTF-8 or UTF-16 (SQLite's text encodings)."""
    needles = [MARKER.encode("utf-8"), MARKER.encode("utf-16-le"), MARKER.encode("utf-16-be")]
    for path in paths:
        content = path.read_bytes()
        for needle in needles:
            assert needle not in content, f"plaintext marker found in {path.name}"


def test_database_file_has_no_plaintext_header(engine: Engine, db_path: Path) -> None:
    """An encrypted database never starts with 'SQLite format 3'."""
    write_marker_rows(engine)
    engine.dispose()
    assert db_path.read_bytes()[: len(PLAINTEXT_HEADER)] != PLAINTEXT_HEADER
    assert b"SQLite format 3" not in db_path.read_bytes()[:100]


def test_marker_is_absent_from_db_wal_and_shm_while_open(engine: Engine, db_path: Path) -> None:
    """Participant-like text is in none of db/-wal/-shm, also before the WAL is checkpointed."""
    write_marker_rows(engine)
    with engine.connect() as conn:  # keeps the database open, so the -wal still holds the rows
        assert conn.execute(text("SELECT count(*) FROM person")).scalar_one() == 50
        files = sidecars(db_path)
        assert {p.name for p in files} == {"advisor.db", "advisor.db-wal", "advisor.db-shm"}
        assert db_path.with_name("advisor.db-wal").stat().st_size > 0
        assert_marker_absent(files)
    engine.dispose()
    assert_marker_absent(sidecars(db_path))


def test_wrong_key_raises_wrongkey_and_prints_nothing(
    engine: Engine, db_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """A wrong key gives WrongKey with a clear message and no SQLCipher noise on stdout/stderr."""
    write_marker_rows(engine, count=1)
    engine.dispose()
    capfd.readouterr()
    with pytest.raises(WrongKey) as caught:
        create_encrypted_engine(db_path, secrets.token_bytes(32))
    assert "wrong key" in caught.value.message
    assert str(db_path) in caught.value.message
    assert "\n" not in caught.value.message
    assert capfd.readouterr() == ("", "")


def test_file_that_is_not_a_database_raises_wrongkey(db_path: Path, key: bytes) -> None:
    """Random bytes where the database should be are reported as WrongKey, not a crash."""
    db_path.write_bytes(secrets.token_bytes(8192))
    with pytest.raises(WrongKey):
        create_encrypted_engine(db_path, key)


def test_pragmas_are_in_effect(engine: Engine) -> None:
    """Every connection runs with WAL, synchronous=FULL, foreign keys and a busy timeout."""
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar_one() == 5000


def test_pragmas_apply_to_connections_opened_later(engine: Engine) -> None:
    """Pragmas are per connection: a connection opened after dispose() gets them again."""
    engine.dispose()
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar_one() == 2
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1


def test_migration_engine_can_turn_foreign_keys_off(db_path: Path, key: bytes) -> None:
    """The migration runner's engine has foreign keys off (a batch recreate would cascade)."""
    engine = create_encrypted_engine(db_path, key, foreign_keys=False)
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 0
    finally:
        engine.dispose()


def test_delete_journal_mode_for_network_drives(db_path: Path, key: bytes) -> None:
    """journal_mode='DELETE' is honoured (WAL's shared memory breaks on network drives)."""
    engine = create_encrypted_engine(db_path, key, journal_mode="DELETE")
    try:
        with engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar_one() == "delete"
    finally:
        engine.dispose()


def test_plaintext_database_is_refused_untouched(db_path: Path, key: bytes) -> None:
    """A plain SQLite file is refused by the self-test and left exactly as it was."""
    with sqlite3.connect(db_path) as plain:
        plain.execute("CREATE TABLE t (x TEXT)")
    plain.close()
    before = db_path.read_bytes()
    with pytest.raises(PlaintextDatabaseRefused):
        assert_not_plaintext(db_path)
    with pytest.raises(PlaintextDatabaseRefused):
        create_encrypted_engine(db_path, key)
    assert db_path.read_bytes() == before


def test_missing_or_empty_file_passes_the_self_test(db_path: Path) -> None:
    """The self-test accepts a database that does not exist yet (it will be created encrypted)."""
    assert_not_plaintext(db_path)
    db_path.touch()
    assert_not_plaintext(db_path)


@pytest.mark.parametrize("length", [0, 16, 31, 33])
def test_key_of_wrong_length_is_a_bug(db_path: Path, length: int) -> None:
    """Only 32-byte keys are accepted: an empty key would silently mean a plaintext database."""
    with pytest.raises(ValueError, match="32 bytes"):
        create_encrypted_engine(db_path, b"k" * length)
    assert not db_path.exists()


def test_reopening_with_the_right_key_reads_the_data(
    engine: Engine, db_path: Path, key: bytes
) -> None:
    """Data written with a key reads back in a new engine with the same key."""
    write_marker_rows(engine, count=3)
    engine.dispose()
    reopened = create_encrypted_engine(db_path, key)
    try:
        with reopened.connect() as conn:
            notes = conn.execute(text("SELECT note FROM person ORDER BY id")).scalars().all()
        assert notes == [f"{MARKER}{i}" for i in range(3)]
    finally:
        reopened.dispose()
