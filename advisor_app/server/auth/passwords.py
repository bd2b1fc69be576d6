"""Argon2id password hashes."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_HASHER = PasswordHasher()
# Verified against when the username does not exist, so a wrong username costs as much time as
# a wrong password and response times do not reveal which accounts exist.
_DUMMY_HASH = _HASHER.hash("not a real password")


def hash_password(password: str) -> str:
    """The Argon2id hash of ``password`` (salted; safe to store)."""
    return _HASHER.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """Tell whether ``password`` matches ``stored_hash`` (None: compare with a dummy, then fail)."""
    try:
        _HASHER.verify(stored_hash or _DUMMY_HASH, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
    return stored_hash is not None
