"""SQLCipher engine factory, the plaintext self-test, and online backup/restore.

Every profile database is SQLCipher 4 keyed with a random 256-bit *raw* key (``x'<64 hex>'``), so
no per-connect KDF runs (0.1 ms instead of ~105 ms per connection; SYNC.md §3.8). This module is
the only place that turns a key into an open database; it never creates or opens a plaintext file
(ARCHITECTURE.md §4).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any, Literal

import sqlcipher3
from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine.interfaces import DBAPIConnection
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import ConnectionPoolEntry, Pool

from advisor_app.errors import DiskFull, KnownError, PlaintextDatabaseRefused, WrongKey
from advisor_app.storage._fsutil import fsync_directory, fsync_file, raise_if_disk_full

__all__ = [
    "KEY_LENGTH",
    "PLAINTEXT_HEADER",
    "JournalMode",
    "assert_not_plaintext",
    "backup_database",
    "compact_securely",
    "create_encrypted_engine",
    "restore_database",
]

#: First 16 bytes of every unencrypted SQLite 3 file. SQLCipher files start with a random salt.
PLAINTEXT_HEADER = b"SQLite format 3\x00"

#: Length in bytes of a database key (AES-256).
KEY_LENGTH = 32

#: ``WAL`` normally; ``DELETE`` for profiles on network drives, where WAL's shared memory breaks.
JournalMode = Literal["WAL", "DELETE"]

# SQLite files that may sit beside a database and belong to its state.
_SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")


def create_encrypted_engine(
    db_path: Path,
    key: bytes,
    *,
    journal_mode: JournalMode = "WAL",
    foreign_keys: bool = True,
    poolclass: type[Pool] | None = None,
) -> Engine:
    """Open (creating if missing) the encrypted database at ``db_path``.

    Each new connection runs, in this order: ``PRAGMA cipher_log_level = NONE`` (before the key,
    so a wrong key does not print ``hmac check failed`` lines on stderr), the key, then
    ``busy_timeout=5000``, ``foreign_keys``, ``journal_mode`` and ``synchronous=FULL`` (what the UI
    shows as saved must survive a power cut; NORMAL in WAL mode can lose the last commits).

    The key is checked before returning, so a wrong key fails here and not at the first query.

    Args:
        db_path: The database file. Its directory must exist.
        key: The 32-byte raw database key.
        journal_mode: ``"WAL"`` (default) or ``"DELETE"`` for network drives.
        foreign_keys: ``False`` only for the migration runner: a batch "recreate table" with
            foreign keys on silently cascade-deletes child rows. Use a dedicated engine for that
            and dispose of it afterwards, since pooled connections keep their pragmas.
        poolclass: Overrides the dialect's default ``SingletonThreadPool`` (one connection per
            thread, which suits the single db executor thread).

    Returns:
        An engine whose connections are keyed and configured.

    Raises:
        ValueError: If ``key`` is not 32 bytes (an empty key would mean a plaintext database).
        PlaintextDatabaseRefused: If ``db_path`` is an unencrypted SQLite file.
        WrongKey: If the key does not open the file, or the file is not a database.
        DiskFull: If the disk is full.
    """
    _check_key(key)
    assert_not_plaintext(db_path)
    url = URL.create("sqlite+pysqlcipher", password=_key_literal(key), database=str(db_path))
    options: dict[str, Any] = {"module": sqlcipher3}
    if poolclass is not None:
        options["poolclass"] = poolclass
    engine = create_engine(url, **options)
    # insert=True: the dialect registered its own "PRAGMA key" listener first; ours must precede it.
    event.listen(engine, "connect", _silence_cipher_log, insert=True)
    event.listen(
        engine, "connect", _PragmaSetter(journal_mode=journal_mode, foreign_keys=foreign_keys)
    )
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar_one()
    except DatabaseError as exc:
        engine.dispose()
        known = _known_error(exc.orig, db_path)
        if known is None:
            raise
        raise known from exc
    # Defence in depth: had the key not been applied, the new file would carry a plaintext header.
    try:
        assert_not_plaintext(db_path)
    except PlaintextDatabaseRefused:
        engine.dispose()
        raise
    return engine


def assert_not_plaintext(db_path: Path) -> None:
    """Startup self-test: refuse a database file that is plain, unencrypted SQLite.

    A missing or empty file passes (it will be created encrypted).

    Args:
        db_path: The database file.

    Raises:
        PlaintextDatabaseRefused: If the file starts with ``SQLite format 3\\0``.
    """
    try:
        with db_path.open("rb") as file:
            header = file.read(len(PLAINTEXT_HEADER))
    except FileNotFoundError:
        return
    if header == PLAINTEXT_HEADER:
        raise PlaintextDatabaseRefused(f"refusing to open the unencrypted database {db_path}")


def backup_database(source: Engine | Path, key: bytes, dest_path: Path) -> Path:
    """Write a consistent, encrypted copy of a live database, for the migration runner.

    Uses SQLite's online backup API between two keyed SQLCipher connections: unlike a file copy,
    it is consistent even while the source is in WAL mode with frames not yet checkpointed, and
    the pages are re-encrypted for the copy (with its own salt), so the copy is never plaintext.
    The copy is written to a temporary sibling, switched to ``journal_mode=DELETE`` so it is one
    self-contained file without ``-wal``/``-shm``, fsynced and renamed over ``dest_path``.

    Args:
        source: The engine of the live database (a pooled connection is borrowed for the copy),
            or the path of a database file that is opened with ``key``.
        key: The 32-byte raw key of the source; the copy is encrypted with the same key.
        dest_path: Where the backup goes; replaced if it exists. Its directory must exist.

    Returns:
        ``dest_path``.

    Raises:
        WrongKey: If ``source`` is a path that ``key`` does not open.
        PlaintextDatabaseRefused: If ``source`` is a path to an unencrypted file.
        DiskFull: If the disk is full; ``dest_path`` is then left as it was.
    """
    _check_key(key)
    tmp = dest_path.with_name(f".{dest_path.name}.partial")
    _remove_with_sidecars(tmp)
    try:
        dest = _connect_raw(tmp, key)
        try:
            if isinstance(source, Engine):
                pooled = source.raw_connection()
                try:
                    driver = pooled.driver_connection
                    assert driver is not None  # a checked-out connection always has one
                    driver.backup(dest)
                finally:
                    pooled.close()
            else:
                assert_not_plaintext(source)
                src = _connect_raw(source, key)
                try:
                    _verify_key(src, source)
                    src.backup(dest)
                finally:
                    src.close()
            # The copied page 1 says WAL; DELETE makes the backup one file that restore can copy.
            dest.execute("PRAGMA journal_mode = DELETE").fetchall()
        finally:
            dest.close()
        fsync_file(tmp)
        os.replace(tmp, dest_path)
    except BaseException as exc:
        _remove_with_sidecars(tmp)
        if isinstance(exc, sqlcipher3.DatabaseError):
            known = _known_error(exc, dest_path)
            if known is not None:
                raise known from exc
        elif isinstance(exc, OSError):
            raise_if_disk_full(exc, dest_path)
        raise
    fsync_directory(dest_path.parent)
    return dest_path


def restore_database(backup_path: Path, db_path: Path) -> None:
    """Put a backup made by :func:`backup_database` back in place of ``db_path``.

    Every engine on ``db_path`` must be disposed of first (``engine.dispose()``): the live
    ``-wal``/``-shm`` files are deleted, because frames of the old WAL replayed onto the restored
    file would corrupt it. They are deleted *before* the file is replaced, so a crash in between
    leaves an old database without its WAL and an intact backup: running the restore again
    recovers. The key is not needed: the backup is already encrypted with the database's key.

    Args:
        backup_path: A file written by :func:`backup_database`; it is kept.
        db_path: The database to replace.

    Raises:
        FileNotFoundError: If ``backup_path`` does not exist.
        PlaintextDatabaseRefused: If ``backup_path`` is an unencrypted file.
        DiskFull: If the disk is full; ``db_path`` is then left as it was.
    """
    if not backup_path.is_file():
        raise FileNotFoundError(backup_path)
    assert_not_plaintext(backup_path)
    tmp = db_path.with_name(f".{db_path.name}.restoring")
    try:
        shutil.copyfile(backup_path, tmp)
        fsync_file(tmp)
        for suffix in _SIDECAR_SUFFIXES:
            Path(f"{db_path}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, db_path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise_if_disk_full(exc, db_path)
        raise
    fsync_directory(db_path.parent)


def compact_securely(engine: Engine) -> bool:
    """Leave no copy of deleted rows anywhere in the database files, after an erasure.

    ``secure_delete`` already zeroes deleted cells and free pages, but older versions of the
    pages may still sit in the WAL, and a page that held the erased content may stay on the
    free list. So: checkpoint the WAL into the database and truncate it to zero bytes, rebuild
    the database with ``VACUUM`` (SQLCipher writes it encrypted), and checkpoint and truncate
    again. Run it on the db executor's thread with no session open.

    Args:
        engine: The profile's engine.

    Returns:
        True when both checkpoints completed; False when another connection kept a read open
        and the WAL could not be truncated (the next erasure or the next start does it).
    """
    pooled = engine.raw_connection()
    try:
        driver: Any = pooled.driver_connection
        if driver.in_transaction:
            driver.commit()
        first = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        driver.execute("VACUUM")
        second = driver.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        pooled.close()
    # (busy, log frames, checkpointed frames); busy = 1 when a reader blocked the truncation.
    return not (first and first[0]) and not (second and second[0])


class _PragmaSetter:
    """Connect listener applying the per-connection pragmas (they are not stored in the file)."""

    def __init__(self, *, journal_mode: JournalMode, foreign_keys: bool) -> None:
        self._statements = (
            "PRAGMA busy_timeout = 5000",  # first, so the journal-mode switch waits for locks
            f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}",
            f"PRAGMA journal_mode = {journal_mode}",
            "PRAGMA synchronous = FULL",
            # Deleted content (a withdrawn photo) is overwritten with zeros, not left in free
            # pages where a copy of the file could be carved out (RODO art. 17, issue 8).
            "PRAGMA secure_delete = ON",
        )

    def __call__(self, dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry) -> None:
        cursor = dbapi_connection.cursor()
        try:
            for statement in self._statements:
                cursor.execute(statement)
                cursor.fetchall()
        finally:
            cursor.close()


def _silence_cipher_log(dbapi_connection: DBAPIConnection, record: ConnectionPoolEntry) -> None:
    """Stop SQLCipher from writing its log to stderr (it would break the CLI's one-line errors)."""
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA cipher_log_level = NONE")
    finally:
        cursor.close()


def _check_key(key: bytes) -> None:
    if len(key) != KEY_LENGTH:
        raise ValueError(f"a database key has {KEY_LENGTH} bytes, got {len(key)}")


def _key_literal(key: bytes) -> str:
    # SQLCipher treats x'<64 hex>' as the raw key itself and skips PBKDF2.
    return f"x'{key.hex()}'"


def _connect_raw(path: Path, key: bytes) -> Any:
    """Open a keyed ``sqlcipher3`` connection outside SQLAlchemy (for the backup API)."""
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f'PRAGMA key = "{_key_literal(key)}"')
    except BaseException:
        conn.close()
        raise
    return conn


def _verify_key(conn: Any, path: Path) -> None:
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlcipher3.DatabaseError as exc:
        known = _known_error(exc, path)
        if known is None:
            raise
        raise known from exc


def _known_error(exc: BaseException | None, db_path: Path) -> KnownError | None:
    """Translate a driver error into the matching :class:`KnownError`, or ``None`` for a bug."""
    text = str(exc)
    if "file is not a database" in text:
        return WrongKey(
            f"cannot open {db_path}: wrong key, or not an advisor_app database",
        )
    if "database or disk is full" in text:
        return DiskFull(f"the disk is full while writing {db_path}")
    return None


def _remove_with_sidecars(path: Path) -> None:
    path.unlink(missing_ok=True)
    for suffix in _SIDECAR_SUFFIXES:
        Path(f"{path}{suffix}").unlink(missing_ok=True)
