"""An in-memory keyring backend, so tests never touch (or depend on) the OS keyring."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Keeps secrets in a dict for the life of the instance.

    Installed for every test by the autouse ``memory_keyring`` fixture in ``tests/conftest.py``;
    also usable as ``PYTHON_KEYRING_BACKEND=tests.helpers.memkeyring.MemoryKeyring``.
    """

    @properties.classproperty
    def priority(cls) -> float:  # noqa: N805 (a classproperty, like keyring's own backends)
        """Low but viable: never preferred over a real backend if discovery ever runs."""
        return 0.1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring's base is unannotated
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        """Return the stored secret or ``None``."""
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        """Store (or replace) a secret."""
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        """Delete a secret; raises ``PasswordDeleteError`` if absent, like real backends."""
        try:
            del self.secrets[(service, username)]
        except KeyError:
            raise PasswordDeleteError(f"no secret for {service!r}/{username!r}") from None
