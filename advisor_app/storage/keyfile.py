"""The ``keyfile.json`` format: the database key wrapped with a recovery passphrase.

Used when no OS keyring can hold the key (SYNC.md §3.8, CommCare's model). The passphrase is
stretched with Argon2id into a key-encryption key (KEK), which seals the 32-byte database key with
AES-256-GCM. The file holds no secret on its own: the KDF parameters, salt, nonce and ciphertext.

Example document::

    {"format": "advisor_app-keyfile", "version": 1,
     "kdf": {"name": "argon2id", "time_cost": 3, "memory_cost_kib": 65536, "parallelism": 4,
             "salt": "<base64>"},
     "cipher": {"name": "aes-256-gcm", "nonce": "<base64>"},
     "wrapped_key": "<base64 of ciphertext + tag>"}
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import unicodedata
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from advisor_app.errors import WrongKey

__all__ = [
    "DEFAULT_KDF_PARAMS",
    "KEYFILE_FORMAT",
    "KEYFILE_VERSION",
    "KdfParams",
    "unwrap_key",
    "wrap_key",
]

KEYFILE_FORMAT = "advisor_app-keyfile"
KEYFILE_VERSION = 1

# Binds the ciphertext to this format and version, so it cannot be replayed into another format.
_AAD = f"{KEYFILE_FORMAT}/v{KEYFILE_VERSION}".encode()
_SALT_BYTES = 16
_NONCE_BYTES = 12  # the size AES-GCM is specified for
_KEK_BYTES = 32

# Upper bounds accepted when *reading*: a tampered file must not make us allocate terabytes.
_MAX_TIME_COST = 64
_MAX_MEMORY_COST_KIB = 4 * 1024 * 1024
_MAX_PARALLELISM = 64


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters.

    Attributes:
        time_cost: Number of passes over the memory.
        memory_cost_kib: Memory in KiB (at least ``8 * parallelism``).
        parallelism: Number of lanes.
    """

    time_cost: int = 3
    memory_cost_kib: int = 64 * 1024
    parallelism: int = 4


#: RFC 9106's second recommended setting (t=3, 64 MiB, p=4): about 0.1 s on a laptop, so a
#: stolen key file costs an attacker real work per guess while unlocking stays instant for users.
DEFAULT_KDF_PARAMS = KdfParams()


def wrap_key(key: bytes, passphrase: str, params: KdfParams = DEFAULT_KDF_PARAMS) -> bytes:
    """Seal ``key`` with a KEK derived from ``passphrase``.

    Args:
        key: The database key.
        passphrase: The recovery passphrase (normalised to NFC before use).
        params: Argon2id costs; tests pass cheap ones.

    Returns:
        The UTF-8 JSON document to store as ``keyfile.json``.
    """
    salt = secrets.token_bytes(_SALT_BYTES)
    nonce = secrets.token_bytes(_NONCE_BYTES)
    kek = _derive_kek(passphrase, salt, params)
    wrapped = AESGCM(kek).encrypt(nonce, key, _AAD)
    document = {
        "format": KEYFILE_FORMAT,
        "version": KEYFILE_VERSION,
        "kdf": {
            "name": "argon2id",
            "time_cost": params.time_cost,
            "memory_cost_kib": params.memory_cost_kib,
            "parallelism": params.parallelism,
            "salt": _b64(salt),
        },
        "cipher": {"name": "aes-256-gcm", "nonce": _b64(nonce)},
        "wrapped_key": _b64(wrapped),
    }
    return (json.dumps(document, indent=2) + "\n").encode()


def unwrap_key(document: bytes, passphrase: str) -> bytes:
    """Recover the database key from a key file document.

    Args:
        document: The content of ``keyfile.json``.
        passphrase: The recovery passphrase.

    Returns:
        The database key.

    Raises:
        WrongKey: If the passphrase is wrong (message ``wrong recovery passphrase``) or the
            document is damaged or of an unknown version.
    """
    salt, nonce, wrapped, params = _parse(document)
    kek = _derive_kek(passphrase, salt, params)
    try:
        return AESGCM(kek).decrypt(nonce, wrapped, _AAD)
    except InvalidTag:
        raise WrongKey("wrong recovery passphrase") from None


def _derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    # NFC: the same Polish passphrase typed on two systems may arrive composed or decomposed.
    secret = unicodedata.normalize("NFC", passphrase).encode()
    return hash_secret_raw(
        secret,
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_cost_kib,
        parallelism=params.parallelism,
        hash_len=_KEK_BYTES,
        type=Type.ID,
    )


def _parse(document: bytes) -> tuple[bytes, bytes, bytes, KdfParams]:
    damaged = WrongKey(
        "the key file is damaged or was not written by advisor_app",
        hint="restore keyfile.json from a backup; without it the data cannot be unlocked",
    )
    try:
        data: Any = json.loads(document)
        if data["format"] != KEYFILE_FORMAT:
            raise damaged
        if data["version"] != KEYFILE_VERSION:
            raise WrongKey(
                f"the key file has version {data['version']!r}, this app reads "
                f"version {KEYFILE_VERSION}",
                hint="update advisor_app",
            )
        kdf, cipher = data["kdf"], data["cipher"]
        if kdf["name"] != "argon2id" or cipher["name"] != "aes-256-gcm":
            raise damaged
        params = KdfParams(
            time_cost=_bounded_int(kdf["time_cost"], 1, _MAX_TIME_COST),
            memory_cost_kib=_bounded_int(kdf["memory_cost_kib"], 8, _MAX_MEMORY_COST_KIB),
            parallelism=_bounded_int(kdf["parallelism"], 1, _MAX_PARALLELISM),
        )
        salt = _unb64(kdf["salt"])
        nonce = _unb64(cipher["nonce"])
        wrapped = _unb64(data["wrapped_key"])
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise damaged from exc
    if (
        len(nonce) != _NONCE_BYTES
        or len(salt) < 8
        or params.memory_cost_kib < 8 * params.parallelism
    ):
        raise damaged
    return salt, nonce, wrapped, params


def _bounded_int(value: object, low: int, high: int) -> int:
    if type(value) is not int or not low <= value <= high:
        raise ValueError(f"{value!r} is not an integer in [{low}, {high}]")
    return value


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise TypeError("expected a base64 string")
    return base64.b64decode(text, validate=True)
