"""Locking the open profile: the key leaves memory, every service refuses until unlock.

The front end saves pending edits first, then calls :meth:`ProfileLock.lock` on the db executor.
While locked, any unit of work raises :class:`~advisor_app.errors.ProfileLocked`. Unlocking reads
the key again from the OS keyring (the OS session vouches for the advisor, SYNC.md §3.7), or
unwraps it with the recovery passphrase; the database then opens with it again (which checks it).
"""

from __future__ import annotations

from collections.abc import Callable

from advisor_app.storage.gate import ProfileGate
from advisor_app.storage.keys import KeyCustody

__all__ = ["ProfileLock"]


class ProfileLock:
    """Locks and unlocks the open profile.

    Args:
        gate: The profile's lockable session factory.
        custody: Reads the key again on unlock.
        on_lock: Drops other decrypted data held in memory (the autosave snapshots).
    """

    def __init__(
        self,
        gate: ProfileGate,
        custody: KeyCustody,
        *,
        on_lock: Callable[[], None] | None = None,
    ) -> None:
        self._gate = gate
        self._custody = custody
        self._on_lock = on_lock

    @property
    def locked(self) -> bool:
        """Tell whether the profile is locked."""
        return self._gate.locked

    @property
    def has_passphrase(self) -> bool:
        """Tell whether a recovery passphrase can unlock this profile."""
        return self._custody.keyfile_path.exists() or self._custody.recovery_path.exists()

    def lock(self) -> None:
        """Close the database and drop the key (db executor, after the pending saves)."""
        self._gate.lock()
        if self._on_lock is not None:
            self._on_lock()

    def unlock_with_keyring(self) -> None:
        """Read the key from the OS keyring again and reopen the database.

        Raises:
            KeyringUnavailable: no usable keyring, or it refused.
            WrongKey: the keyring has no key (or the wrong one) for this profile.
        """
        self._gate.unlock(self._custody.key_from_keyring())

    def unlock_with_passphrase(self, passphrase: str) -> None:
        """Unwrap the key with the recovery passphrase and reopen the database.

        Raises:
            WrongKey: wrong passphrase, or the profile has no recovery passphrase.
        """
        self._gate.unlock(self._custody.key_with_passphrase(passphrase))
