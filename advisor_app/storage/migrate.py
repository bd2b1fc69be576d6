"""Bring a profile database to the schema of this version of the app, safely.

SQLite DDL is not transactional under Alembic, and a batch "recreate table" with foreign keys ON
silently cascade-deletes child rows (ECOSYSTEM.md, "Alembic on users' databases"). So an upgrade:

1. compares the database's revision with the head and does nothing when they are equal;
2. takes an encrypted online backup beside the database (``advisor.db.pre-<head>.bak``);
3. runs the migrations on one connection whose foreign keys were switched OFF outside any
   transaction (the pragma is a no-op inside one), then runs ``PRAGMA foreign_key_check``;
4. on any failure restores the backup and raises :class:`~advisor_app.errors.MigrationFailed`;
5. on success deletes the backup.

The backup is deleted after a verified upgrade rather than kept: a stale copy would keep personal
data that is later erased from the live database (RODO art. 17) and doubles the disk use. After a
failure it is kept (the restored database equals it) until the next attempt replaces it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, exc, text

from advisor_app.errors import KnownError, MigrationFailed
from advisor_app.storage.engine import backup_database, restore_database

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a migration really runs: it costs about 0.2 s of start-up on
# every launch otherwise (bench/cold_start.py), and a normal start only compares two strings.

__all__ = [
    "HEAD_REVISION",
    "MIGRATIONS_DIR",
    "MigrationOutcome",
    "Progress",
    "current_revision",
    "head_revision",
    "upgrade_to_head",
]

_log = logging.getLogger(__name__)

#: Newest revision in ``migrations/versions``. Update it with every new migration script;
#: ``tests/migrations`` fails when it differs from what Alembic computes from the scripts.
HEAD_REVISION = "0005"

#: The Alembic script directory shipped inside the package.
MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")

#: Reports a step of a long operation (shown in the start-up progress dialog).
Progress = Callable[[str], None]


@dataclass(frozen=True, slots=True, kw_only=True)
class MigrationOutcome:
    """What :func:`upgrade_to_head` did.

    Attributes:
        from_revision: Revision before the upgrade; None for a new, empty database.
        to_revision: Revision now (the head).
    """

    from_revision: str | None
    to_revision: str

    @property
    def migrated(self) -> bool:
        """Tell whether any migration ran."""
        return self.from_revision != self.to_revision


def alembic_config(connection: Connection | None = None) -> Config:
    """Build the Alembic configuration in code, so a frozen app needs no ``alembic.ini``.

    Args:
        connection: Connection that ``env.py`` must run on; None for read-only uses.
    """
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """Return the newest revision of the shipped migrations, as Alembic computes it."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no migration scripts in {MIGRATIONS_DIR}")
    return head


def current_revision(engine: Engine) -> str | None:
    """Return the database's revision, or None when it has none (a new database).

    Args:
        engine: Engine of the profile database.
    """
    with engine.connect() as connection:
        try:
            rows = connection.execute(text("SELECT version_num FROM alembic_version")).all()
        except exc.OperationalError:  # no such table: a new, empty database
            return None
    if len(rows) > 1:
        raise MigrationFailed("the database records several schema revisions at once")
    return str(rows[0][0]) if rows else None


def upgrade_to_head(
    engine: Engine, db_path: Path, key: bytes, progress: Progress | None = None
) -> MigrationOutcome:
    """Upgrade the database to the head revision, restoring a backup if anything fails.

    Run it before any session is opened (connections are disposed of on failure) and off the
    GUI thread: the backup copies the whole database.

    Args:
        engine: Engine of the profile database, with foreign keys ON as usual.
        db_path: The database file behind ``engine``.
        key: The database key (the backup is encrypted with it).
        progress: Told about each step, for a progress dialog.

    Returns:
        The revisions before and after.

    Raises:
        MigrationFailed: The database comes from a newer app, or the upgrade failed and the
            previous state was restored (or, if even that failed, where the backup is).
        DiskFull: No room for the backup; nothing was changed.
    """
    report: Progress = progress if progress is not None else _ignore
    head = HEAD_REVISION
    current = current_revision(engine)
    if current == head:
        return MigrationOutcome(from_revision=current, to_revision=head)
    if current is not None and not _is_known(current):
        raise MigrationFailed(
            f"{db_path} was upgraded by a newer version of advisor_app (revision {current})",
            hint="install the newer version of advisor_app again; this version cannot read it",
        )

    backup = db_path.with_name(f"{db_path.name}.pre-{head}.bak")
    report("Backing up the database")
    backup_database(engine, key, backup)
    try:
        report(f"Upgrading the database to revision {head}")
        _run_upgrade(engine)
    except BaseException as failure:
        _log.exception("upgrade of %s from %s to %s failed", db_path, current, head)
        report("Restoring the database from the backup")
        _restore(engine, backup, db_path, failure)
        if not isinstance(failure, Exception):
            raise  # KeyboardInterrupt and the like: restored, but not a migration failure
        detail = f": {failure}" if isinstance(failure, KnownError) else ""
        raise MigrationFailed(
            f"the database could not be upgraded to revision {head}{detail}; "
            "the previous data was restored",
            hint=failure.hint if isinstance(failure, KnownError) and failure.hint else None,
        ) from failure
    backup.unlink(missing_ok=True)
    _log.info("upgraded %s from %s to %s", db_path, current, head)
    return MigrationOutcome(from_revision=current, to_revision=head)


def _ignore(_: str) -> None:
    return None


def _is_known(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def _run_upgrade(engine: Engine) -> None:
    """Run ``alembic upgrade head`` on one connection with foreign keys OFF, then check them."""
    from alembic import command

    with engine.connect() as connection:
        try:
            _foreign_keys_off(connection)
            command.upgrade(alembic_config(connection), "head")
            connection.commit()
            violations = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            connection.rollback()
            if violations:
                tables = sorted({str(row[0]) for row in violations})
                raise RuntimeError(f"foreign key violations after the upgrade in {tables}")
        finally:
            # The connection still has foreign keys OFF: never hand it back to the pool.
            connection.invalidate()


def _foreign_keys_off(connection: Connection) -> None:
    """Switch foreign keys OFF on the driver connection, outside any transaction.

    SQLite ignores ``PRAGMA foreign_keys`` inside a transaction, so the pragma goes straight to the
    driver (no SQLAlchemy autobegin) and is read back to be sure it took effect.
    """
    driver: Any = connection.connection.driver_connection
    if driver.in_transaction:
        raise RuntimeError("cannot switch foreign keys off inside a transaction")
    driver.execute("PRAGMA foreign_keys = OFF").fetchall()
    (enabled,) = driver.execute("PRAGMA foreign_keys").fetchone()
    if enabled:
        raise RuntimeError("PRAGMA foreign_keys = OFF did not take effect")


def _restore(engine: Engine, backup: Path, db_path: Path, failure: BaseException) -> None:
    """Put the backup back; if that fails too, say where the backup is."""
    engine.dispose()  # restore_database needs every connection closed
    try:
        restore_database(backup, db_path)
    except Exception as error:
        _log.exception("restoring %s from %s failed", db_path, backup)
        raise MigrationFailed(
            f"the database upgrade failed and restoring the backup failed too ({error})",
            hint=f"do not delete {backup}: it holds the data from before the upgrade; "
            "contact support",
        ) from failure
