"""``recovery.json``: copies of the database key for when the OS keyring entry is lost.

Written when a profile is created, beside the database:

* ``passphrase``: the key wrapped with the advisor's recovery passphrase (the ``keyfile.json``
  format of :mod:`.keyfile`: Argon2id KEK, AES-256-GCM). It reopens the profile on a new OS
  account or after the keyring was reset.
* ``org`` (optional): the key wrapped for the organisation's recovery public key (X25519), so an
  administrator holding the private key can recover unsynced data from a broken laptop
  (SYNC.md §3.8 item 4). Scheme: an ephemeral X25519 key pair; KEK = HKDF-SHA256(shared secret,
  salt = ephemeral public || organisation public, info = ``advisor_app-recovery/v1``);
  AES-256-GCM with the format tag as associated data.

It is a separate file from ``keyfile.json`` on purpose: a ``keyfile.json`` makes the profile
*always* ask for the passphrase, while a keyring profile with a ``recovery.json`` opens silently
and asks only when the keyring has lost its key.

Example::

    {"format": "advisor_app-recovery", "version": 1,
     "passphrase": {<keyfile.json document>} | null,
     "org": {"scheme": "x25519-hkdf-sha256-aes-256-gcm", "key_id": "<sha256 of the public key>",
             "ephemeral_public": "<base64>", "nonce": "<base64>",
             "wrapped_key": "<base64>"} | null}
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from advisor_app.errors import WrongKey
from advisor_app.storage._fsutil import atomic_write_bytes
from advisor_app.storage.keyfile import DEFAULT_KDF_PARAMS, KdfParams, unwrap_key, wrap_key

__all__ = [
    "ORG_SCHEME",
    "RECOVERY_FILE",
    "RecoverySetup",
    "generate_org_key_pair",
    "load_org_private_key",
    "load_org_public_key",
    "read_recovery",
    "unwrap_with_org_key",
    "unwrap_with_passphrase",
    "write_recovery",
]

RECOVERY_FILE = "recovery.json"
RECOVERY_FORMAT = "advisor_app-recovery"
RECOVERY_VERSION = 1
ORG_SCHEME = "x25519-hkdf-sha256-aes-256-gcm"
_INFO = b"advisor_app-recovery/v1"
_AAD = f"{RECOVERY_FORMAT}/v{RECOVERY_VERSION}".encode()


@dataclass(frozen=True, slots=True)
class RecoverySetup:
    """What a new profile's ``recovery.json`` holds.

    Attributes:
        passphrase: The advisor's recovery passphrase, or None.
        org_public_key: The organisation's X25519 recovery public key, or None.
        kdf_params: Argon2id costs (tests pass cheap ones).
    """

    passphrase: str | None = None
    org_public_key: X25519PublicKey | None = None
    kdf_params: KdfParams = DEFAULT_KDF_PARAMS

    @property
    def empty(self) -> bool:
        """Tell whether there is nothing to write."""
        return not self.passphrase and self.org_public_key is None


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise TypeError("expected a base64 string")
    return base64.b64decode(text, validate=True)


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _kek(shared: bytes, ephemeral: bytes, org: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + org, info=_INFO).derive(
        shared
    )


def key_id(public_key: X25519PublicKey) -> str:
    """The SHA-256 of the raw public key, hex: names which organisation key wrapped a file."""
    return hashlib.sha256(_raw_public(public_key)).hexdigest()


def wrap_for_org(key: bytes, org_public_key: X25519PublicKey) -> dict[str, str]:
    """Wrap ``key`` for the holder of the organisation's private key."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    org_raw = _raw_public(org_public_key)
    kek = _kek(ephemeral.exchange(org_public_key), ephemeral_public, org_raw)
    nonce = secrets.token_bytes(12)
    return {
        "scheme": ORG_SCHEME,
        "key_id": key_id(org_public_key),
        "ephemeral_public": _b64(ephemeral_public),
        "nonce": _b64(nonce),
        "wrapped_key": _b64(AESGCM(kek).encrypt(nonce, key, _AAD)),
    }


def write_recovery(profile_dir: Path, key: bytes, setup: RecoverySetup) -> Path:
    """Write ``recovery.json`` for ``key`` (replacing an older one)."""
    document: dict[str, Any] = {
        "format": RECOVERY_FORMAT,
        "version": RECOVERY_VERSION,
        "passphrase": None,
        "org": None,
    }
    if setup.passphrase:
        document["passphrase"] = json.loads(wrap_key(key, setup.passphrase, setup.kdf_params))
    if setup.org_public_key is not None:
        document["org"] = wrap_for_org(key, setup.org_public_key)
    path = profile_dir / RECOVERY_FILE
    atomic_write_bytes(path, (json.dumps(document, indent=2) + "\n").encode())
    return path


def read_recovery(path: Path) -> dict[str, Any]:
    """Parse a ``recovery.json``.

    Raises:
        WrongKey: the file is damaged or not a recovery file.
    """
    damaged = WrongKey(
        f"{path.name} is damaged or was not written by advisor_app",
        hint="restore it from a backup",
    )
    try:
        data: Any = json.loads(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise damaged from exc
    if (
        not isinstance(data, dict)
        or data.get("format") != RECOVERY_FORMAT
        or data.get("version") != RECOVERY_VERSION
    ):
        raise damaged
    return data


def unwrap_with_passphrase(path: Path, passphrase: str) -> bytes:
    """The database key from ``recovery.json`` with the advisor's recovery passphrase.

    Raises:
        WrongKey: wrong passphrase, no passphrase copy, or a damaged file.
    """
    document = read_recovery(path)
    wrapped = document.get("passphrase")
    if not isinstance(wrapped, dict):
        raise WrongKey(
            f"{path.name} holds no passphrase copy of the key",
            hint="ask the administrator to recover the key with the organisation key",
        )
    return unwrap_key(json.dumps(wrapped).encode(), passphrase)


def unwrap_with_org_key(path: Path, private_key: X25519PrivateKey) -> bytes:
    """The database key from ``recovery.json`` with the organisation's private key.

    Raises:
        WrongKey: no organisation copy, another organisation key, or a damaged file.
    """
    document = read_recovery(path)
    org = document.get("org")
    if not isinstance(org, dict) or org.get("scheme") != ORG_SCHEME:
        raise WrongKey(f"{path.name} holds no copy of the key for an organisation key")
    public = private_key.public_key()
    if org.get("key_id") != key_id(public):
        raise WrongKey(
            f"{path.name} was wrapped for another organisation key ({org.get('key_id')})"
        )
    try:
        ephemeral_public = _unb64(org["ephemeral_public"])
        nonce = _unb64(org["nonce"])
        wrapped = _unb64(org["wrapped_key"])
        shared = private_key.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        kek = _kek(shared, ephemeral_public, _raw_public(public))
        return AESGCM(kek).decrypt(nonce, wrapped, _AAD)
    except (KeyError, TypeError, ValueError, binascii.Error, InvalidTag) as exc:
        raise WrongKey(f"{path.name}: the organisation copy of the key cannot be opened") from exc


def generate_org_key_pair() -> tuple[bytes, bytes]:
    """A new organisation key pair as (private PKCS#8 PEM, public SubjectPublicKeyInfo PEM)."""
    private = X25519PrivateKey.generate()
    private_pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    public_pem = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private_pem, public_pem


def load_org_public_key(data: bytes) -> X25519PublicKey:
    """An organisation public key from PEM, or from 32 raw bytes in base64.

    Raises:
        ValueError: not an X25519 public key.
    """
    text = data.strip()
    if text.startswith(b"-----BEGIN"):
        key = serialization.load_pem_public_key(text)
        if not isinstance(key, X25519PublicKey):
            raise ValueError("the organisation recovery key must be an X25519 public key")
        return key
    try:
        return X25519PublicKey.from_public_bytes(base64.b64decode(text, validate=True))
    except (binascii.Error, ValueError) as exc:
        raise ValueError("the organisation recovery key must be an X25519 public key") from exc


def load_org_private_key(data: bytes, password: bytes | None = None) -> X25519PrivateKey:
    """An organisation private key from PKCS#8 PEM.

    Raises:
        ValueError: not an X25519 private key (or a wrong password).
    """
    key = serialization.load_pem_private_key(data, password=password)
    if not isinstance(key, X25519PrivateKey):
        raise ValueError("the organisation recovery key must be an X25519 private key")
    return key
