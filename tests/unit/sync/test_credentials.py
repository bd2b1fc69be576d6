"""The one keyring access point: short opaque secrets only, no plaintext fallback."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import keyring
import pytest
from keyring.backends import null

from advisor_app.credentials import (
    KEYRING_SERVICE,
    MAX_SECRET_UTF16_UNITS,
    CredentialStore,
    SecretTooLong,
    refresh_token_account,
    utf16_units,
)
from advisor_app.services.sync_outbox import _SCHEMA_VERSION
from advisor_app.storage.unit_of_work import UnitOfWork
from advisor_app.sync.client import InsecureServerUrl, check_server_url, client_version_header
from advisor_app.sync.schema import SCHEMA_VERSION
from tests.helpers.memkeyring import MemoryKeyring
from tests.unit.sync.fake_server import FakeServer
from tests.unit.sync.sync_support import SERVER_URL, make_laptop


def test_secrets_over_the_windows_limit_are_refused(memory_keyring: MemoryKeyring) -> None:
    """A secret longer than 1280 UTF-16 units never reaches the OS store."""
    store = CredentialStore()
    with pytest.raises(SecretTooLong):
        store.put("a|b|refresh", "x" * (MAX_SECRET_UTF16_UNITS + 1))
    # Characters outside the BMP count twice, as Windows counts them.
    assert utf16_units("😀") == 2
    with pytest.raises(SecretTooLong):
        store.put("a|b|refresh", "😀" * 641)
    assert memory_keyring.secrets == {}
    assert store.put("a|b|refresh", "x" * MAX_SECRET_UTF16_UNITS)


def test_every_stored_secret_is_short(data_dir: Path, memory_keyring: MemoryKeyring) -> None:
    """After opening a profile and signing in, every keyring secret fits Windows' limit."""
    server = FakeServer(now=lambda: dt.datetime.now(dt.UTC))
    laptop = make_laptop(data_dir, server)
    try:
        laptop.sync.login(SERVER_URL, "e.nowak", server.password)
    finally:
        laptop.close()
    assert len(memory_keyring.secrets) == 2  # the DB key and the refresh token, nothing else
    for (service, account), secret in memory_keyring.secrets.items():
        assert service == KEYRING_SERVICE
        assert utf16_units(secret) <= MAX_SECRET_UTF16_UNITS, account
    accounts = {account for _, account in memory_keyring.secrets}
    assert any(a.endswith("|refresh") and a.startswith("127.0.0.1:9|") for a in accounts)


def test_without_keyring_the_token_stays_inside_the_encrypted_database(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A null keyring (drops writes) never gets the token; the encrypted DB holds it instead."""
    monkeypatch.setenv("ADVISOR_APP_PASSPHRASE", "correct horse battery")
    keyring.set_keyring(null.Keyring())
    server = FakeServer(now=lambda: dt.datetime.now(dt.UTC))
    laptop = make_laptop(data_dir, server)
    try:
        result = laptop.sync.login(SERVER_URL, "e.nowak", server.password)
        assert not result.keyring
        assert laptop.sync.status().signed_in
        with UnitOfWork(laptop.opened.gate) as uow:
            assert "refresh_token" in uow.sync.state()
        laptop.sync.logout()
        assert not laptop.sync.status().signed_in
    finally:
        laptop.close()
    raw = (data_dir / "profiles" / "default" / "advisor.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3")


def test_refresh_token_account_names_server_and_advisor() -> None:
    """The account is "<server-host>|<advisor_id>|refresh" (SYNC.md §3.7)."""
    assert refresh_token_account("sync.example.pl", "abc") == "sync.example.pl|abc|refresh"


def test_plain_http_is_refused_except_to_this_computer() -> None:
    """TLS is required; plain HTTP only to loopback (tests)."""
    assert check_server_url("https://sync.example.pl/") == "https://sync.example.pl"
    assert check_server_url("http://127.0.0.1:8000") == "http://127.0.0.1:8000"
    assert check_server_url("http://localhost:8000") == "http://localhost:8000"
    for bad in ("http://sync.example.pl", "ftp://127.0.0.1", "sync.example.pl"):
        with pytest.raises(InsecureServerUrl):
            check_server_url(bad)


def test_client_version_header_shape() -> None:
    """X-Client-Version is "advisor-app/<version> (<platform>)"."""
    assert client_version_header("1.4.2").startswith("advisor-app/1.4.2 (")


def test_outbox_schema_version_matches_the_document_schema() -> None:
    """The lazily-imported outbox writer uses the document's schema version."""
    assert _SCHEMA_VERSION == SCHEMA_VERSION
