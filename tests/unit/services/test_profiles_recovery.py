"""Advisor profiles, the lock, and recovery of a profile whose keyring entry is lost (issue 8)."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
from sqlalchemy import Engine

from advisor_app.app import open_app
from advisor_app.errors import PassphraseRequired, ProfileLocked, WrongKey
from advisor_app.services.profiles import (
    PrivacySettings,
    list_profiles,
    new_profile_setup,
    profile_name_for,
)
from advisor_app.storage.engine import create_encrypted_engine
from advisor_app.storage.keys import KEYRING_SERVICE, PassphrasePurpose, db_key_account
from advisor_app.storage.recovery import (
    RECOVERY_FILE,
    generate_org_key_pair,
    load_org_private_key,
    load_org_public_key,
    unwrap_with_org_key,
)
from tests.helpers.domain_factories import finishable_record
from tests.helpers.memkeyring import MemoryKeyring

PASSPHRASE = "kot-ma-ale-1234"


def _key(keyring: MemoryKeyring, profile: str) -> bytes:
    stored = keyring.get_password(KEYRING_SERVICE, db_key_account("local", profile))
    assert stored is not None
    return bytes.fromhex(stored)


def test_two_profiles_cannot_open_each_others_database(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    """Each profile has its own key; one profile's key does not open the other's database."""
    anna_name, anna_setup = new_profile_setup(data_dir, "Anna Łącka", PASSPHRASE)
    anna = open_app(data_dir, anna_name, setup=anna_setup)
    anna.services.participants.save(finishable_record().participant)
    anna_db = anna.services.profile.db_path
    anna.close()
    piotr_name, piotr_setup = new_profile_setup(data_dir, "Piotr Nowak", PASSPHRASE)
    piotr = open_app(data_dir, piotr_name, setup=piotr_setup)
    piotr_db = piotr.services.profile.db_path
    piotr.close()

    assert (anna_name, piotr_name) == ("anna-lacka", "piotr-nowak")
    assert [(p.name, p.display_name) for p in list_profiles(data_dir)] == [
        ("anna-lacka", "Anna Łącka"),
        ("piotr-nowak", "Piotr Nowak"),
    ]
    anna_key, piotr_key = _key(memory_keyring, anna_name), _key(memory_keyring, piotr_name)
    assert anna_key != piotr_key
    with pytest.raises(WrongKey):
        create_encrypted_engine(piotr_db, anna_key)
    with pytest.raises(WrongKey):
        create_encrypted_engine(anna_db, piotr_key)
    create_encrypted_engine(anna_db, anna_key).dispose()  # the right key still opens it
    # The advisor's name chosen at creation is the profile's advisor.
    reopened = open_app(data_dir, piotr_name)
    try:
        assert reopened.services.profile.advisor_name == "Piotr Nowak"
        assert reopened.services.participants.count_rows() == 0  # Anna's data is not here
    finally:
        reopened.close()


def test_profile_names_are_safe_directory_names() -> None:
    """Display names fold to ASCII directory names; a taken one gets a number."""
    assert profile_name_for("Żaneta Ćwik-Śliwa") == "zaneta-cwik-sliwa"
    assert profile_name_for("Anna", {"anna"}) == "anna-2"
    assert profile_name_for("???") == "profile"


def test_lock_drops_the_key_and_services_refuse_until_unlock(data_dir: Path) -> None:
    """While locked every service raises ProfileLocked; keyring or passphrase unlock it."""
    name, setup = new_profile_setup(data_dir, "Anna Nowak", PASSPHRASE)
    opened = open_app(data_dir, name, setup=setup)
    try:
        services = opened.services
        record = finishable_record()
        services.participants.save(record.participant)
        services.balances.save(record)
        before = services.balances.load(record.balance.id)
        lock = services.profile_lock
        assert lock.has_passphrase

        lock.lock()

        assert lock.locked and opened.gate.locked
        with pytest.raises(ProfileLocked):
            opened.engine  # noqa: B018 (the property raises)
        # No engine (whose URL carries the key) of this database is alive any more.
        gc.collect()
        db_path = str(services.profile.db_path)
        assert not [
            o for o in gc.get_objects() if isinstance(o, Engine) and o.url.database == db_path
        ]
        with pytest.raises(ProfileLocked):
            services.balances.load(record.balance.id)
        with pytest.raises(ProfileLocked):
            services.participants.count_rows()
        with pytest.raises(WrongKey):
            lock.unlock_with_passphrase("not the passphrase")
        assert lock.locked
        lock.unlock_with_passphrase(PASSPHRASE)
        assert services.balances.load(record.balance.id) == before
        lock.lock()
        lock.unlock_with_keyring()
        assert services.balances.load(record.balance.id) == before
    finally:
        opened.close()


def test_recovery_passphrase_reopens_a_profile_whose_keyring_entry_was_deleted(
    data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    """Keyring entry deleted → the passphrase from profile creation reopens the data."""
    name, setup = new_profile_setup(data_dir, "Anna Nowak", PASSPHRASE)
    opened = open_app(data_dir, name, setup=setup)
    record = finishable_record()
    opened.services.participants.save(record.participant)
    opened.services.balances.save(record)
    original_key = _key(memory_keyring, name)
    opened.close()
    memory_keyring.delete_password(KEYRING_SERVICE, db_key_account("local", name))

    with pytest.raises(PassphraseRequired):
        open_app(data_dir, name, passphrase_provider=lambda purpose: None)
    with pytest.raises(WrongKey):
        open_app(data_dir, name, passphrase_provider=lambda purpose: "wrong passphrase")
    asked: list[PassphrasePurpose] = []

    def provider(purpose: PassphrasePurpose) -> str:
        asked.append(purpose)
        return PASSPHRASE

    reopened = open_app(data_dir, name, passphrase_provider=provider)
    try:
        assert reopened.services.balances.load(record.balance.id).balance == record.balance
        assert asked == [PassphrasePurpose.UNLOCK]
    finally:
        reopened.close()
    assert _key(memory_keyring, name) == original_key  # the keyring entry is back


def test_organisation_key_recovers_the_database_key(
    data_dir: Path, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    """With an organisation public key configured, its private key unwraps the DB key."""
    private_pem, public_pem = generate_org_key_pair()
    (data_dir / "privacy.json").write_text(
        json.dumps({"org_recovery_public_key": public_pem.decode(), "retention_days": 30})
    )
    settings = PrivacySettings.load(data_dir)
    assert settings.retention.days == 30 and settings.org_public_key is not None
    name, setup = new_profile_setup(data_dir, "Anna Nowak", PASSPHRASE, settings=settings)
    open_app(data_dir, name, setup=setup, privacy=settings).close()
    recovery = data_dir / "profiles" / name / RECOVERY_FILE

    key = unwrap_with_org_key(recovery, load_org_private_key(private_pem))

    assert key == _key(memory_keyring, name)
    other_private, _ = generate_org_key_pair()
    with pytest.raises(WrongKey, match="another organisation key"):
        unwrap_with_org_key(recovery, load_org_private_key(other_private))
    assert load_org_public_key(public_pem) is not None
