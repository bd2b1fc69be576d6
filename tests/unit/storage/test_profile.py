"""open_profile and profile_dir_for: where profiles live and how their database is opened."""

from __future__ import annotations

import sqlite3
import stat
import sys
from pathlib import Path

import pytest

from advisor_app.errors import PlaintextDatabaseRefused
from advisor_app.storage.engine import PLAINTEXT_HEADER
from advisor_app.storage.keys import KEYRING_SERVICE, KeyCustody, PassphrasePurpose, db_key_account
from advisor_app.storage.migrate import head_revision
from advisor_app.storage.profile import open_profile, profile_dir_for
from advisor_app.storage.unit_of_work import UnitOfWork
from tests.unit.storage.storage_support import NOW, make_custody, open_test_profile, participant


@pytest.mark.parametrize("name", ["default", "joanna_kurek", "srv-1_adv-42", "A" * 64])
def test_valid_profile_names(data_dir: Path, name: str) -> None:
    """Protects the documented profile layout <data dir>/profiles/<name>."""
    assert profile_dir_for(data_dir, name) == data_dir / "profiles" / name


@pytest.mark.parametrize(
    "name", ["", "..", "../x", "a/b", "a\\b", "a b", "żółw", "x.db", "A" * 65, "con", "LPT1"]
)
def test_invalid_profile_names_are_refused(data_dir: Path, name: str) -> None:
    """Protects against a profile name escaping the profiles directory or breaking on Windows."""
    with pytest.raises(ValueError, match="invalid profile name"):
        profile_dir_for(data_dir, name)


def test_new_profile_gets_an_encrypted_migrated_database(data_dir: Path) -> None:
    """Protects first start: private directory, encrypted file, schema at head."""
    profile = open_test_profile(data_dir)
    try:
        assert profile.revision == head_revision()
        assert profile.migration.from_revision is None
        assert profile.migration.migrated
        assert profile.db_path == data_dir / "profiles" / "test" / "advisor.db"
        assert profile.db_path.read_bytes()[:16] != PLAINTEXT_HEADER
        if sys.platform != "win32":
            assert stat.S_IMODE(profile.db_path.parent.stat().st_mode) == 0o700
        assert not list(profile.db_path.parent.glob("*.bak"))
    finally:
        profile.engine.dispose()


def test_reopening_finds_the_data_and_migrates_nothing(data_dir: Path) -> None:
    """Protects the daily start: same key from the keyring, data still there, no upgrade."""
    first = open_test_profile(data_dir)
    with UnitOfWork(first.session_factory) as uow:
        uow.participants.save(participant("a", "Anna", "Nowak"), now=NOW)
        uow.commit()
    first.engine.dispose()

    again = open_test_profile(data_dir)
    try:
        assert not again.migration.migrated
        with UnitOfWork(again.session_factory) as uow:
            assert uow.participants.count() == 1
    finally:
        again.engine.dispose()


def test_plaintext_database_is_refused_before_asking_for_a_key(data_dir: Path) -> None:
    """Protects "never open plaintext": refused as such, without a passphrase prompt."""
    profile_dir = profile_dir_for(data_dir, "test")
    profile_dir.mkdir(parents=True)
    with sqlite3.connect(profile_dir / "advisor.db") as plain:
        plain.execute("CREATE TABLE t (x)")
    plain.close()

    def no_prompt(purpose: PassphrasePurpose) -> str | None:
        raise AssertionError(f"asked for a passphrase ({purpose})")

    custody = KeyCustody(profile_dir, KEYRING_SERVICE, db_key_account("local", "t"), no_prompt)
    with pytest.raises(PlaintextDatabaseRefused):
        open_profile(profile_dir, custody)


def test_key_custody_of_another_profile_is_a_bug(data_dir: Path) -> None:
    """Protects against opening one profile's database with another profile's key custody."""
    with pytest.raises(ValueError, match="key custody"):
        open_profile(profile_dir_for(data_dir, "a"), make_custody(profile_dir_for(data_dir, "b")))
