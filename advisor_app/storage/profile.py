"""Open (creating if needed) the encrypted database of one advisor profile.

A profile is a directory ``<data dir>/profiles/<name>/`` holding ``advisor.db`` and, when no
keyring was usable at setup, ``keyfile.json``. Opening one checks that the file is not plaintext,
gets the key, opens the encrypted engine and upgrades the schema, in that order, so the app only
ever sees a database it can use.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from advisor_app.storage._fsutil import raise_if_disk_full
from advisor_app.storage.engine import JournalMode, assert_not_plaintext, create_encrypted_engine
from advisor_app.storage.keys import DB_FILENAME, KeyCustody
from advisor_app.storage.migrate import MigrationOutcome, Progress, upgrade_to_head

__all__ = ["OpenedProfile", "open_profile", "profile_dir_for"]

_PROFILE_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")
# Device names Windows refuses as file or directory names, whatever the case.
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"}
    | {f"com{i}" for i in range(1, 10)}
    | {f"lpt{i}" for i in range(1, 10)}
)


@dataclass(frozen=True, slots=True, kw_only=True)
class OpenedProfile:
    """An open, up-to-date profile database.

    Attributes:
        db_path: The database file.
        engine: Engine of the encrypted database; dispose of it when the profile is closed.
        session_factory: Makes sessions for :class:`~advisor_app.storage.unit_of_work.UnitOfWork`.
        revision: Schema revision of the database (the head).
        migration: What the upgrade at opening did.
    """

    db_path: Path
    engine: Engine
    session_factory: sessionmaker[Session]
    revision: str
    migration: MigrationOutcome


def profile_dir_for(data_dir: Path, profile: str) -> Path:
    """Return the directory of a named profile.

    Args:
        data_dir: The app's data directory (``--data-dir``, or the platform's user data dir).
        profile: Profile name: 1-64 ASCII letters, digits, ``-`` or ``_``.

    Raises:
        ValueError: The name has other characters (a path separator or ``..`` would escape the
            profiles directory) or is a name Windows reserves for devices.
    """
    if not _PROFILE_NAME.fullmatch(profile) or profile.lower() in _WINDOWS_RESERVED:
        raise ValueError(f"invalid profile name {profile!r}: use 1-64 letters, digits, '-' or '_'")
    return data_dir / "profiles" / profile


def open_profile(
    profile_dir: Path,
    key_custody: KeyCustody,
    progress: Progress | None = None,
    *,
    journal_mode: JournalMode = "WAL",
) -> OpenedProfile:
    """Open the profile's database, creating the directory, key and database when missing.

    Args:
        profile_dir: The profile directory (see :func:`profile_dir_for`); created owner-only.
        key_custody: Finds or creates the key of this profile's database.
        progress: Told about each step of a schema upgrade, for a progress dialog.
        journal_mode: ``"DELETE"`` for a profile on a network drive (WAL needs shared memory).

    Returns:
        The open profile, migrated to the head revision.

    Raises:
        ValueError: ``key_custody`` belongs to another directory or file.
        PlaintextDatabaseRefused: ``advisor.db`` is an unencrypted SQLite file.
        PassphraseRequired, KeyringUnavailable, WrongKey: The key cannot be had or is wrong.
        MigrationFailed: The schema upgrade failed (the previous data was restored).
        DiskFull: The disk is full.
    """
    db_path = profile_dir / DB_FILENAME
    if key_custody.db_path != db_path:
        raise ValueError(f"key custody of {key_custody.db_path} used to open {db_path}")
    _make_private_dir(profile_dir)
    # Before asking for the key: a plaintext file must be refused as such, not reported as a
    # missing key (and the user must not be prompted for a passphrase first).
    assert_not_plaintext(db_path)
    key = key_custody.load_or_create_key()
    engine = create_encrypted_engine(db_path, key, journal_mode=journal_mode)
    try:
        outcome = upgrade_to_head(engine, db_path, key, progress)
    except BaseException:
        engine.dispose()
        raise
    return OpenedProfile(
        db_path=db_path,
        engine=engine,
        session_factory=sessionmaker(bind=engine, expire_on_commit=False),
        revision=outcome.to_revision,
        migration=outcome,
    )


def _make_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) and make it owner-only: it holds personal data."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        if sys.platform != "win32":  # Windows ACLs come from the user profile, not mode bits
            os.chmod(path, 0o700)
    except OSError as exc:
        raise_if_disk_full(exc, path)
        raise
