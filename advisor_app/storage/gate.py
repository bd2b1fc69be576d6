"""A session factory that can be locked: the profile's key leaves memory until unlock.

The services get this gate as their session factory. :meth:`ProfileGate.lock` disposes of the
engine (closing every pooled connection, which hold the key inside SQLCipher) and drops the
engine and the session factory, whose URL carries the key; until :meth:`ProfileGate.unlock`
every unit of work fails with :class:`~advisor_app.errors.ProfileLocked`. Unlock is given the
key again (re-read from the keyring, or unwrapped with the recovery passphrase) and opens a new
engine, which checks it.

Python cannot wipe a ``bytes`` object: "dropped" means no reference is kept, so the memory is
freed and reused; a memory dump taken while locked may still find old copies.
"""

from __future__ import annotations

import threading
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from advisor_app.errors import ProfileLocked
from advisor_app.storage.engine import JournalMode, compact_securely, create_encrypted_engine

__all__ = ["ProfileGate"]


class ProfileGate:
    """Makes sessions on the open profile, or refuses while locked.

    Args:
        db_path: The profile's database file.
        engine: Its open engine.
        journal_mode: The journal mode to reopen with.
    """

    def __init__(self, db_path: Path, engine: Engine, *, journal_mode: JournalMode = "WAL") -> None:
        self._db_path = db_path
        self._journal_mode = journal_mode
        self._lock = threading.Lock()
        self._engine: Engine | None = engine
        self._factory: sessionmaker[Session] | None = sessionmaker(
            bind=engine, expire_on_commit=False
        )

    def __call__(self) -> Session:
        """A new session.

        Raises:
            ProfileLocked: the profile is locked.
        """
        with self._lock:
            factory = self._factory
        if factory is None:
            raise ProfileLocked()
        return factory()

    @property
    def locked(self) -> bool:
        """Tell whether the key is out of memory."""
        return self._factory is None

    @property
    def engine(self) -> Engine:
        """The open engine.

        Raises:
            ProfileLocked: the profile is locked.
        """
        engine = self._engine
        if engine is None:
            raise ProfileLocked()
        return engine

    def lock(self) -> None:
        """Close every connection and forget the engine and the key it carries.

        Call it on the db executor (after the pending saves), so no job is using a session.
        """
        with self._lock:
            engine, self._engine, self._factory = self._engine, None, None
        if engine is not None:
            engine.dispose()

    def unlock(self, key: bytes) -> None:
        """Open the database again with ``key``.

        Raises:
            WrongKey: the key does not open the database.
        """
        engine = create_encrypted_engine(self._db_path, key, journal_mode=self._journal_mode)
        with self._lock:
            previous = self._engine
            self._engine = engine
            self._factory = sessionmaker(bind=engine, expire_on_commit=False)
        if previous is not None:
            previous.dispose()

    def compact(self) -> bool:
        """See :func:`~advisor_app.storage.engine.compact_securely`.

        Raises:
            ProfileLocked: the profile is locked.
        """
        return compact_securely(self.engine)

    def close(self) -> None:
        """Release the database for good (the app or the profile closes)."""
        self.lock()
