"""Custody of a profile's database key: the OS keyring, or a passphrase-wrapped key file.

Policy (SYNC.md §3.7-3.8, ARCHITECTURE.md §4):

1. ``keyfile.json`` beside the database wins: the profile chose a recovery passphrase.
2. Otherwise the OS keyring: service ``"advisor_app"``, account ``"<server>|<advisor>|dbkey"``.
3. Only a profile *without* a database gets a new random key: into the keyring when one is usable
   (and reads it back), else wrapped with a recovery passphrase into ``keyfile.json``.
4. A database whose key cannot be found is an error. A new key for an existing database would only
   produce "wrong key" later and could tempt someone to start over on top of the advisor's data.

There is never a plaintext fallback. ``null`` (silently drops writes) and ``fail`` backends, and a
chainer with nothing to chain, count as "no keyring".
"""

from __future__ import annotations

import enum
import secrets
from collections.abc import Callable
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

from advisor_app.credentials import (
    KEYRING_SERVICE,
    CredentialStore,
    db_key_account,
    keyring_is_usable,
)
from advisor_app.errors import (
    KeyringUnavailable,
    PassphraseRequired,
    ValidationFailed,
    WrongKey,
)
from advisor_app.storage._fsutil import atomic_write_bytes, raise_if_disk_full
from advisor_app.storage.engine import KEY_LENGTH
from advisor_app.storage.keyfile import DEFAULT_KDF_PARAMS, KdfParams, unwrap_key, wrap_key
from advisor_app.storage.recovery import (
    RECOVERY_FILE,
    RecoverySetup,
    unwrap_with_passphrase,
    write_recovery,
)

__all__ = [
    "DB_FILENAME",
    "KEYFILE_NAME",
    "KEYRING_SERVICE",
    "MIN_PASSPHRASE_LENGTH",
    "KeyCustody",
    "KeySource",
    "PassphraseProvider",
    "PassphrasePurpose",
    "db_key_account",
    "keyring_is_usable",
]

DB_FILENAME = "advisor.db"
KEYFILE_NAME = "keyfile.json"
MIN_PASSPHRASE_LENGTH = 8


class PassphrasePurpose(enum.Enum):
    """Why a passphrase is asked for, so a dialog can say so (and ask twice when choosing one)."""

    CREATE = "create"
    """No keyring: choose a new recovery passphrase that will protect this profile."""
    UNLOCK = "unlock"
    """Enter the recovery passphrase chosen when the profile was created."""


#: Returns the passphrase, or ``None`` when the user cancelled / none is configured. The CLI's
#: reads ``ADVISOR_APP_PASSPHRASE``; the GUI's shows a dialog.
PassphraseProvider = Callable[[PassphrasePurpose], str | None]


class KeySource(enum.Enum):
    """Where :meth:`KeyCustody.load_or_create_key` found (or put) the key."""

    KEYRING = "keyring"
    KEYFILE = "keyfile"
    RECOVERY = "recovery"


class KeyCustody:
    """Finds or creates the database key of one profile.

    Args:
        profile_dir: Directory of the profile; holds the database and ``keyfile.json``.
        service: Keyring service name, normally :data:`KEYRING_SERVICE`.
        account: Keyring account name, see :func:`db_key_account`.
        passphrase_provider: Asked for the recovery passphrase when one is needed.
        db_filename: Name of the database file inside ``profile_dir``.
        keyring_backend: The keyring to use; ``None`` means ``keyring.get_keyring()`` at the time
            of the call (so tests can install an in-memory backend).
        kdf_params: Argon2id costs for a new key file; tests pass cheap ones.
        credentials: The keyring access to use; by default one on ``service`` and
            ``keyring_backend``.
        recovery: For a new profile: the recovery passphrase and organisation key whose
            copies of the new key go to ``recovery.json`` (:mod:`.recovery`).
    """

    def __init__(
        self,
        profile_dir: Path,
        service: str,
        account: str,
        passphrase_provider: PassphraseProvider,
        *,
        db_filename: str = DB_FILENAME,
        keyring_backend: KeyringBackend | None = None,
        kdf_params: KdfParams = DEFAULT_KDF_PARAMS,
        credentials: CredentialStore | None = None,
        recovery: RecoverySetup | None = None,
    ) -> None:
        self._profile_dir = profile_dir
        self._service = service
        self._account = account
        self._ask = passphrase_provider
        self._db_filename = db_filename
        self._credentials = credentials or CredentialStore(service, keyring_backend)
        self._kdf_params = kdf_params
        self._recovery = recovery
        self._source: KeySource | None = None

    @property
    def db_path(self) -> Path:
        """The profile's database file."""
        return self._profile_dir / self._db_filename

    @property
    def keyfile_path(self) -> Path:
        """The passphrase-wrapped key file (exists only when no keyring was usable at setup)."""
        return self._profile_dir / KEYFILE_NAME

    @property
    def source(self) -> KeySource | None:
        """Where the last :meth:`load_or_create_key` got the key; ``None`` before the first call."""
        return self._source

    def load_or_create_key(self) -> bytes:
        """Return the database key, creating one only for a profile without a database.

        Returns:
            The 32-byte raw database key.

        Raises:
            PassphraseRequired: A passphrase is needed and the provider returned ``None``.
            ValidationFailed: A new recovery passphrase is shorter than
                :data:`MIN_PASSPHRASE_LENGTH`.
            WrongKey: Wrong recovery passphrase; a damaged key file or keyring entry; or the
                database exists but the keyring has no key for it.
            KeyringUnavailable: The database exists, there is no key file, and the keyring is
                missing or locked.
            DiskFull: The key file could not be written.
        """
        if self.keyfile_path.exists():
            return self._unlock_keyfile()

        usable = self._credentials.usable()
        failure: KeyringError | None = None
        if usable:
            try:
                stored = self._credentials.get(self._account)
            except KeyringError as exc:  # locked, or the user dismissed the unlock prompt
                failure = exc
            else:
                if stored is not None:
                    self._source = KeySource.KEYRING
                    return self._decode(stored)

        if self._database_exists():
            if self.recovery_path.exists():
                # The keyring lost the key (new OS account, reset keyring): the recovery
                # passphrase chosen at profile creation opens it and puts it back.
                return self._recover(restore=usable and failure is None)
            if usable and failure is None:
                raise WrongKey(
                    f"the system keyring has no key for {self.db_path}",
                    hint="log in as the user who created this profile, or restore the key "
                    "from a backup; a new key cannot open existing data",
                )
            reason = str(failure) if failure is not None else "no keyring backend"
            raise KeyringUnavailable(
                f"cannot read the key of {self.db_path} from the system keyring ({reason})",
            )

        key = secrets.token_bytes(KEY_LENGTH)
        # 64 hex characters: far below Windows' ~1280-character limit.
        if usable and failure is None and self._credentials.put(self._account, key.hex()):
            self._source = KeySource.KEYRING
        else:
            self._create_keyfile(key)
            self._source = KeySource.KEYFILE
        if self._recovery is not None and not self._recovery.empty:
            write_recovery(self._profile_dir, key, self._recovery)
        return key

    @property
    def recovery_path(self) -> Path:
        """The recovery copies of the key (passphrase and organisation), when set up."""
        return self._profile_dir / RECOVERY_FILE

    def _recover(self, *, restore: bool) -> bytes:
        passphrase = self._ask(PassphrasePurpose.UNLOCK)
        if not passphrase:
            raise PassphraseRequired(
                f"the system keyring has no key for {self.db_path}: enter the recovery "
                "passphrase of this profile"
            )
        key = unwrap_with_passphrase(self.recovery_path, passphrase)
        if len(key) != KEY_LENGTH:
            raise WrongKey(f"{self.recovery_path} holds no valid key")
        if restore:
            self._credentials.put(self._account, key.hex())
        self._source = KeySource.RECOVERY
        return key

    def key_from_keyring(self) -> bytes:
        """The key read again from the OS keyring only (unlocking a locked profile).

        Raises:
            KeyringUnavailable: no usable keyring, or it refused (locked, dismissed).
            WrongKey: the keyring has no key for this profile, or a damaged one.
        """
        if not self._credentials.usable():
            raise KeyringUnavailable("no system keyring: unlock with the recovery passphrase")
        try:
            stored = self._credentials.get(self._account)
        except KeyringError as exc:
            raise KeyringUnavailable(f"the system keyring refused ({exc})") from exc
        if stored is None:
            raise WrongKey(
                f"the system keyring has no key for {self.db_path}",
                hint="unlock with the recovery passphrase",
            )
        return self._decode(stored)

    def key_with_passphrase(self, passphrase: str) -> bytes:
        """The key unwrapped with the recovery passphrase (unlocking a locked profile).

        Raises:
            WrongKey: wrong passphrase, or the profile has no passphrase copy of its key.
        """
        if self.keyfile_path.exists():
            key = unwrap_key(self.keyfile_path.read_bytes(), passphrase)
        elif self.recovery_path.exists():
            key = unwrap_with_passphrase(self.recovery_path, passphrase)
        else:
            raise WrongKey(
                f"the profile {self._profile_dir.name} has no recovery passphrase",
                hint="unlock with the system keyring",
            )
        if len(key) != KEY_LENGTH:
            raise WrongKey("the recovery copy holds no valid key")
        return key

    def _unlock_keyfile(self) -> bytes:
        passphrase = self._ask(PassphrasePurpose.UNLOCK)
        if not passphrase:
            raise PassphraseRequired(f"a recovery passphrase is required to open {self.db_path}")
        key = unwrap_key(self.keyfile_path.read_bytes(), passphrase)
        if len(key) != KEY_LENGTH:
            raise WrongKey(f"the key file {self.keyfile_path} holds no valid key")
        self._source = KeySource.KEYFILE
        return key

    def _create_keyfile(self, key: bytes) -> None:
        passphrase = self._ask(PassphrasePurpose.CREATE)
        if not passphrase:
            raise PassphraseRequired(
                "no usable system keyring: a recovery passphrase is required to protect "
                f"{self.db_path}",
            )
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            raise ValidationFailed(
                f"the recovery passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters",
            )
        document = wrap_key(key, passphrase, self._kdf_params)
        try:
            self._profile_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise_if_disk_full(exc, self._profile_dir)
            raise
        atomic_write_bytes(self.keyfile_path, document)

    def _decode(self, stored: str) -> bytes:
        try:
            key = bytes.fromhex(stored)
        except ValueError:
            key = b""
        if len(key) != KEY_LENGTH:
            raise WrongKey(
                f"the key stored in the system keyring for {self.db_path} is damaged",
                hint="restore the key from a backup; the data cannot be read without it",
            )
        return key

    def _database_exists(self) -> bool:
        # A fresh WAL database may still have everything in -wal, so that counts as data too.
        for path in (self.db_path, self.db_path.with_name(f"{self._db_filename}-wal")):
            try:
                if path.stat().st_size > 0:
                    return True
            except FileNotFoundError:
                continue
        return False
