"""Key custody: keyring first, recovery passphrase without one, never a new key for old data."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import keyring.backend
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringLocked
from sqlalchemy import text

from advisor_app.errors import KeyringUnavailable, PassphraseRequired, ValidationFailed, WrongKey
from advisor_app.storage.engine import create_encrypted_engine
from advisor_app.storage.keys import (
    KEYRING_SERVICE,
    KeyCustody,
    KeySource,
    PassphrasePurpose,
    db_key_account,
    keyring_is_usable,
)
from tests.helpers.memkeyring import MemoryKeyring
from tests.unit.storage.conftest import CHEAP_KDF

ACCOUNT = db_key_account("local", "default")
PASSPHRASE = "correct horse battery"


class Prompts:
    """A passphrase provider that records why it was asked and answers from a script."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.asked: list[PassphrasePurpose] = []

    def __call__(self, purpose: PassphrasePurpose) -> str | None:
        self.asked.append(purpose)
        return self.answers.pop(0) if self.answers else None


class ForgetfulKeyring(MemoryKeyring):
    """Accepts writes and drops them, like a misconfigured backend that still claims to work."""

    def set_password(self, service: str, username: str, password: str) -> None:
        """Pretend to store."""


class LockedKeyring(MemoryKeyring):
    """A keyring whose unlock prompt the user dismissed."""

    def get_password(self, service: str, username: str) -> str | None:
        """Refuse, as Secret Service does when locked."""
        raise KeyringLocked("the collection is locked")


def custody(
    profile: Path, prompts: Prompts | None = None, backend: KeyringBackend | None = None
) -> KeyCustody:
    """A KeyCustody for ``profile`` with cheap KDF costs."""
    return KeyCustody(
        profile,
        KEYRING_SERVICE,
        ACCOUNT,
        prompts if prompts is not None else Prompts(),
        keyring_backend=backend,
        kdf_params=CHEAP_KDF,
    )


def make_database(path: Path, key: bytes) -> None:
    """Create a small encrypted database at ``path``."""
    engine = create_encrypted_engine(path, key)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x TEXT)")
        conn.execute(text("INSERT INTO t VALUES ('kept')"))
    engine.dispose()


def test_account_name_follows_sync_design() -> None:
    """Keyring account names are '<server>|<advisor>|dbkey' (SYNC.md §3.7)."""
    assert db_key_account("bilans.example.org", "42") == "bilans.example.org|42|dbkey"


def test_keyring_round_trip(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    """A new profile's key goes to the keyring as 64 hex characters and is found again."""
    prompts = Prompts()
    first = custody(data_dir, prompts)
    key = first.load_or_create_key()

    assert len(key) == 32
    assert first.source is KeySource.KEYRING
    stored = memory_keyring.secrets[(KEYRING_SERVICE, ACCOUNT)]
    assert stored == key.hex() and len(stored) == 64
    make_database(first.db_path, key)

    again = custody(data_dir, prompts)
    assert again.load_or_create_key() == key
    assert again.source is KeySource.KEYRING
    assert prompts.asked == []
    assert not again.keyfile_path.exists()


def test_keyring_key_opens_the_database_created_with_it(data_dir: Path) -> None:
    """The custody key and the engine agree: a second start reads the first start's data."""
    key = custody(data_dir).load_or_create_key()
    make_database(data_dir / "advisor.db", key)
    engine = create_encrypted_engine(
        data_dir / "advisor.db", custody(data_dir).load_or_create_key()
    )
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT x FROM t")).scalar_one() == "kept"
    finally:
        engine.dispose()


@pytest.mark.parametrize("backend", [null.Keyring(), fail.Keyring()], ids=["null", "fail"])
def test_no_usable_keyring_requires_a_passphrase(data_dir: Path, backend: KeyringBackend) -> None:
    """With a null/fail keyring and no passphrase, setup stops with PassphraseRequired."""
    prompts = Prompts(None)
    with pytest.raises(PassphraseRequired):
        custody(data_dir, prompts, backend).load_or_create_key()
    assert prompts.asked == [PassphrasePurpose.CREATE]
    assert not (data_dir / "keyfile.json").exists()


@pytest.mark.parametrize("backend", [null.Keyring(), fail.Keyring()], ids=["null", "fail"])
def test_keyfile_round_trip(data_dir: Path, backend: KeyringBackend) -> None:
    """Without a keyring the key is wrapped in keyfile.json and unlocked by the same passphrase."""
    prompts = Prompts(PASSPHRASE, PASSPHRASE)
    first = custody(data_dir, prompts, backend)
    key = first.load_or_create_key()
    assert first.source is KeySource.KEYFILE
    assert first.keyfile_path.is_file()
    make_database(first.db_path, key)

    again = custody(data_dir, prompts, backend)
    assert again.load_or_create_key() == key
    assert again.source is KeySource.KEYFILE
    assert prompts.asked == [PassphrasePurpose.CREATE, PassphrasePurpose.UNLOCK]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_keyfile_is_private_to_the_user(data_dir: Path) -> None:
    """keyfile.json is written with mode 0600 and no temporary file is left behind."""
    custody(data_dir, Prompts(PASSPHRASE), null.Keyring()).load_or_create_key()
    assert stat.S_IMODE((data_dir / "keyfile.json").stat().st_mode) == 0o600
    assert [p.name for p in data_dir.iterdir()] == ["keyfile.json"]


def test_wrong_passphrase_is_wrongkey(data_dir: Path) -> None:
    """A wrong recovery passphrase raises WrongKey('wrong recovery passphrase')."""
    custody(data_dir, Prompts(PASSPHRASE), null.Keyring()).load_or_create_key()
    with pytest.raises(WrongKey, match="wrong recovery passphrase"):
        custody(data_dir, Prompts("not the passphrase"), null.Keyring()).load_or_create_key()


def test_missing_passphrase_for_existing_keyfile(data_dir: Path) -> None:
    """A key file and no passphrase given (no ADVISOR_APP_PASSPHRASE) is PassphraseRequired."""
    custody(data_dir, Prompts(PASSPHRASE), null.Keyring()).load_or_create_key()
    with pytest.raises(PassphraseRequired):
        custody(data_dir, Prompts(None), null.Keyring()).load_or_create_key()


def test_short_new_passphrase_is_rejected(data_dir: Path) -> None:
    """A new recovery passphrase under 8 characters is refused and nothing is written."""
    with pytest.raises(ValidationFailed):
        custody(data_dir, Prompts("short"), null.Keyring()).load_or_create_key()
    assert list(data_dir.iterdir()) == []


def test_keyfile_wins_over_the_keyring(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    """A profile set up with a passphrase keeps using it even if a keyring appears later."""
    key = custody(data_dir, Prompts(PASSPHRASE), null.Keyring()).load_or_create_key()
    memory_keyring.set_password(KEYRING_SERVICE, ACCOUNT, "00" * 32)
    assert custody(data_dir, Prompts(PASSPHRASE)).load_or_create_key() == key


def test_existing_database_without_key_in_keyring_is_an_error(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    """An existing database whose key is gone raises WrongKey and never gets a new key."""
    make_database(data_dir / "advisor.db", custody(data_dir).load_or_create_key())
    memory_keyring.secrets.clear()
    prompts = Prompts(PASSPHRASE)

    with pytest.raises(WrongKey, match="no key"):
        custody(data_dir, prompts).load_or_create_key()
    assert memory_keyring.secrets == {}
    assert prompts.asked == []
    assert not (data_dir / "keyfile.json").exists()


@pytest.mark.parametrize("backend", [null.Keyring(), LockedKeyring()], ids=["null", "locked"])
def test_existing_database_without_reachable_keyring(
    data_dir: Path, backend: KeyringBackend
) -> None:
    """An existing database and no keyring (or a locked one) is KeyringUnavailable, no new key."""
    make_database(data_dir / "advisor.db", custody(data_dir).load_or_create_key())
    prompts = Prompts(PASSPHRASE)
    with pytest.raises(KeyringUnavailable):
        custody(data_dir, prompts, backend).load_or_create_key()
    assert prompts.asked == []
    assert not (data_dir / "keyfile.json").exists()


def test_database_with_only_a_wal_counts_as_existing(data_dir: Path) -> None:
    """Data still only in advisor.db-wal is existing data: no new key for it."""
    (data_dir / "advisor.db-wal").write_bytes(b"\x01" * 64)
    with pytest.raises(KeyringUnavailable):
        custody(data_dir, Prompts(PASSPHRASE), null.Keyring()).load_or_create_key()


def test_keyring_that_drops_writes_falls_back_to_a_keyfile(data_dir: Path) -> None:
    """A keyring that accepts but does not keep the key is detected by reading it back."""
    prompts = Prompts(PASSPHRASE, PASSPHRASE)
    backend = ForgetfulKeyring()
    key = custody(data_dir, prompts, backend).load_or_create_key()
    assert (data_dir / "keyfile.json").is_file()
    assert custody(data_dir, prompts, backend).load_or_create_key() == key


def test_locked_keyring_on_a_new_profile_uses_a_passphrase(data_dir: Path) -> None:
    """If the user dismisses the keyring unlock on first start, a recovery passphrase is used."""
    prompts = Prompts(PASSPHRASE)
    holder = custody(data_dir, prompts, LockedKeyring())
    holder.load_or_create_key()
    assert holder.source is KeySource.KEYFILE
    assert prompts.asked == [PassphrasePurpose.CREATE]


def test_damaged_keyring_entry_is_wrongkey(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    """A keyring entry that is not 64 hex characters is reported, not used as a key."""
    memory_keyring.set_password(KEYRING_SERVICE, ACCOUNT, "not-hex")
    with pytest.raises(WrongKey, match="damaged"):
        custody(data_dir).load_or_create_key()


def test_global_keyring_is_used_by_default(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    """Without an injected backend, keyring.get_keyring() at call time is used."""
    custody(data_dir).load_or_create_key()
    assert (KEYRING_SERVICE, ACCOUNT) in memory_keyring.secrets


def test_usable_keyring_detection(monkeypatch: pytest.MonkeyPatch) -> None:
    """null, fail and an empty chainer are unusable; a real backend (or a chain of it) is."""
    assert not keyring_is_usable(null.Keyring())
    assert not keyring_is_usable(fail.Keyring())
    assert keyring_is_usable(MemoryKeyring())
    assert keyring_is_usable(ChainerBackend())  # chains the MemoryKeyring class
    monkeypatch.setattr(keyring.backend, "_limit", lambda _backend: False)
    assert not keyring_is_usable(ChainerBackend())
