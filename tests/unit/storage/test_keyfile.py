"""The keyfile.json format: the passphrase unlocks the key, nothing else does, damage is caught."""

from __future__ import annotations

import base64
import json
import secrets
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor_app.errors import WrongKey
from advisor_app.storage.keyfile import KEYFILE_VERSION, unwrap_key, wrap_key
from tests.unit.storage.conftest import CHEAP_KDF

PASSPHRASE = "Zielony balkon 47 łąka"


@settings(max_examples=30, deadline=None)
@given(key=st.binary(min_size=32, max_size=32), passphrase=st.text(min_size=1, max_size=64))
def test_any_passphrase_round_trips(key: bytes, passphrase: str) -> None:
    """Whatever Unicode passphrase was chosen, the same passphrase recovers the key."""
    assert unwrap_key(wrap_key(key, passphrase, CHEAP_KDF), passphrase) == key


def test_wrong_passphrase_is_wrongkey() -> None:
    """A wrong passphrase raises WrongKey('wrong recovery passphrase')."""
    document = wrap_key(secrets.token_bytes(32), PASSPHRASE, CHEAP_KDF)
    with pytest.raises(WrongKey, match=r"^wrong recovery passphrase$"):
        unwrap_key(document, PASSPHRASE + "!")


def test_decomposed_unicode_unlocks_a_composed_passphrase() -> None:
    """'ł' and 'ą' typed as combining sequences (NFD) unlock the same key as NFC input."""
    key = secrets.token_bytes(32)
    document = wrap_key(key, unicodedata.normalize("NFC", PASSPHRASE), CHEAP_KDF)
    assert unwrap_key(document, unicodedata.normalize("NFD", PASSPHRASE)) == key


def test_document_contains_no_key_material() -> None:
    """The key file holds neither the key nor the passphrase, and uses a fresh salt each time."""
    key = secrets.token_bytes(32)
    first = wrap_key(key, PASSPHRASE, CHEAP_KDF)
    second = wrap_key(key, PASSPHRASE, CHEAP_KDF)
    for document in (first, second):
        assert key.hex().encode() not in document
        assert base64.b64encode(key) not in document
        assert PASSPHRASE.encode() not in document
    assert json.loads(first)["kdf"]["salt"] != json.loads(second)["kdf"]["salt"]


def test_default_kdf_costs_are_recorded() -> None:
    """The KDF parameters are stored so a later release can change defaults and still unlock."""
    data = json.loads(wrap_key(secrets.token_bytes(32), PASSPHRASE))
    assert data["version"] == KEYFILE_VERSION
    assert data["kdf"]["name"] == "argon2id"
    assert data["kdf"]["memory_cost_kib"] == 65536
    assert data["kdf"]["time_cost"] == 3


def _mutated(change: str) -> bytes:
    data = json.loads(wrap_key(secrets.token_bytes(32), PASSPHRASE, CHEAP_KDF))
    if change == "not json":
        return b"\x00\xffnot json"
    if change == "a list":
        return b"[1, 2]"
    if change == "format":
        data["format"] = "something-else"
    elif change == "missing nonce":
        del data["cipher"]["nonce"]
    elif change == "bad base64":
        data["wrapped_key"] = "%%%"
    elif change == "huge memory cost":
        data["kdf"]["memory_cost_kib"] = 2**40
    elif change == "zero time cost":
        data["kdf"]["time_cost"] = 0
    elif change == "kdf":
        data["kdf"]["name"] = "pbkdf2"
    return json.dumps(data).encode()


@pytest.mark.parametrize(
    "change",
    [
        "not json",
        "a list",
        "format",
        "missing nonce",
        "bad base64",
        "huge memory cost",
        "zero time cost",
        "kdf",
    ],
)
def test_damaged_document_is_wrongkey_damaged(change: str) -> None:
    """A damaged key file is reported as damaged (and never makes the KDF allocate terabytes)."""
    with pytest.raises(WrongKey, match="damaged"):
        unwrap_key(_mutated(change), PASSPHRASE)


def test_tampered_ciphertext_does_not_unlock() -> None:
    """A flipped bit in the wrapped key is detected by AES-GCM, never returns a wrong key."""
    data = json.loads(wrap_key(secrets.token_bytes(32), PASSPHRASE, CHEAP_KDF))
    raw = bytearray(base64.b64decode(data["wrapped_key"]))
    raw[0] ^= 1
    data["wrapped_key"] = base64.b64encode(bytes(raw)).decode()
    with pytest.raises(WrongKey):
        unwrap_key(json.dumps(data).encode(), PASSPHRASE)


def test_newer_version_names_the_version() -> None:
    """A key file from a newer release says so instead of 'wrong passphrase'."""
    data = json.loads(wrap_key(secrets.token_bytes(32), PASSPHRASE, CHEAP_KDF))
    data["version"] = KEYFILE_VERSION + 1
    with pytest.raises(WrongKey, match="version") as caught:
        unwrap_key(json.dumps(data).encode(), PASSPHRASE)
    assert caught.value.hint == "update advisor_app"
