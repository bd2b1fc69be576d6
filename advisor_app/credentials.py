"""The one place that talks to the OS keyring: short opaque secrets only (SYNC.md §3.7).

Two kinds of secret live there, each under service :data:`KEYRING_SERVICE`:

- the database key of a profile, account ``"<server>|<advisor>|dbkey"`` (64 hex characters);
- the sync refresh token, account ``"<server-host>|<advisor_id>|refresh"`` (about 43 characters).

Nothing else: never an access token, a JWT or a JSON blob. Windows Credential Manager refuses
secrets above 2560 bytes (1280 UTF-16 code units, keyring#355) with an opaque error, so
:meth:`CredentialStore.put` refuses anything longer before it reaches the OS.

``null`` (silently drops writes) and ``fail`` backends, and a chainer with nothing usable to
chain, count as "no keyring": callers then take the recovery-passphrase path, never plaintext.

This module is Qt-free and imports neither storage nor sync, so both can use it.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringError, PasswordDeleteError

__all__ = [
    "KEYRING_SERVICE",
    "MAX_SECRET_UTF16_UNITS",
    "CredentialStore",
    "SecretTooLong",
    "db_key_account",
    "keyring_is_usable",
    "refresh_token_account",
    "utf16_units",
]

#: Keyring service of every secret of the app (the app id; existing profiles' keys live here).
KEYRING_SERVICE = "advisor_app"

#: Windows' ``CRED_MAX_CREDENTIAL_BLOB_SIZE`` (2560 bytes) in UTF-16 code units.
MAX_SECRET_UTF16_UNITS = 1280


class SecretTooLong(ValueError):
    """A secret that the Windows credential store could not hold; it is never stored."""


def utf16_units(text: str) -> int:
    """Return how many UTF-16 code units ``text`` takes (what Windows counts)."""
    return len(text.encode("utf-16-le")) // 2


def db_key_account(server: str, advisor: str) -> str:
    """Build the keyring account name of a profile's database key.

    Args:
        server: Server host, or ``"local"`` for a profile not bound to a server.
        advisor: Advisor id or profile name.

    Returns:
        ``"<server>|<advisor>|dbkey"`` (SYNC.md §3.7).
    """
    return f"{server}|{advisor}|dbkey"


def refresh_token_account(server_host: str, advisor_id: str) -> str:
    """Build the keyring account name of a sync refresh token.

    Args:
        server_host: Host (and port, if any) of the sync server.
        advisor_id: The advisor's id on that server.

    Returns:
        ``"<server-host>|<advisor_id>|refresh"`` (SYNC.md §3.7).
    """
    return f"{server_host}|{advisor_id}|refresh"


def keyring_is_usable(backend: KeyringBackend) -> bool:
    """Tell whether ``backend`` can really keep a secret.

    Args:
        backend: Usually ``keyring.get_keyring()``.

    Returns:
        ``False`` for the ``fail`` and ``null`` backends (the latter silently drops writes) and for
        a chainer with no usable backend behind it.
    """
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, ChainerBackend):
        return any(keyring_is_usable(inner) for inner in backend.backends)
    return True


class CredentialStore:
    """Reads and writes the app's secrets in the OS keyring.

    Args:
        service: Keyring service name, normally :data:`KEYRING_SERVICE`.
        backend: The keyring to use; ``None`` means ``keyring.get_keyring()`` at the time of each
            call (so tests can install an in-memory backend).
    """

    def __init__(
        self, service: str = KEYRING_SERVICE, backend: KeyringBackend | None = None
    ) -> None:
        self._service = service
        self._backend = backend

    @property
    def service(self) -> str:
        """The keyring service the secrets are stored under."""
        return self._service

    @property
    def backend(self) -> KeyringBackend:
        """The keyring backend used now."""
        return self._backend if self._backend is not None else keyring.get_keyring()

    def usable(self) -> bool:
        """Tell whether a keyring that really keeps secrets is configured (it may be locked)."""
        return keyring_is_usable(self.backend)

    def get(self, account: str) -> str | None:
        """Return the secret stored for ``account``, or None when there is none.

        Raises:
            KeyringError: The keyring is locked or the user dismissed its unlock prompt.
        """
        backend = self.backend
        if not keyring_is_usable(backend):
            return None
        return backend.get_password(self._service, account)

    def put(self, account: str, secret: str) -> bool:
        """Store a secret and read it back.

        Returns:
            True when the keyring kept it; False when there is no usable keyring, it is locked,
            or it accepted the secret without keeping it (then nothing is left behind).

        Raises:
            SecretTooLong: ``secret`` exceeds :data:`MAX_SECRET_UTF16_UNITS`.
        """
        if utf16_units(secret) > MAX_SECRET_UTF16_UNITS:
            raise SecretTooLong(
                f"a secret of {utf16_units(secret)} UTF-16 units does not fit the Windows "
                f"credential store ({MAX_SECRET_UTF16_UNITS} at most)"
            )
        backend = self.backend
        if not keyring_is_usable(backend):
            return False
        _prefer_local_persistence(backend)
        try:
            backend.set_password(self._service, account, secret)
            if backend.get_password(self._service, account) == secret:
                return True
        except KeyringError:
            return False
        # Accepted but not kept: remove what is there so it is never mistaken for this secret.
        with contextlib.suppress(KeyringError):
            backend.delete_password(self._service, account)
        return False

    def delete(self, account: str) -> bool:
        """Delete the secret of ``account``; True when one was deleted.

        A missing secret, an unusable or a locked keyring delete nothing and are not errors.
        """
        backend = self.backend
        if not keyring_is_usable(backend):
            return False
        try:
            backend.delete_password(self._service, account)
        except PasswordDeleteError:
            return False
        except KeyringError:
            return False
        return True


def _prefer_local_persistence(backend: KeyringBackend) -> None:
    """On Windows, keep secrets on this machine: a roaming credential would leave the laptop."""
    if sys.platform == "win32":
        from keyring.backends import Windows  # its dependencies exist only on Windows

        for leaf in _leaves(backend):
            if isinstance(leaf, Windows.WinVaultKeyring):
                leaf.persist = "local machine"


def _leaves(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    if isinstance(backend, ChainerBackend):
        for inner in backend.backends:
            yield from _leaves(inner)
    else:
        yield backend
