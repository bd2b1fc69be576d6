"""Opaque bearer tokens: random, short (43 characters), stored only as SHA-256.

Refresh tokens live in the Windows credential store on laptops, which caps a secret at about
1280 characters (SYNC.md §2, complaint 14): 32 random bytes in URL-safe base64 are 43.
"""

from __future__ import annotations

import hashlib
import secrets

TOKEN_BYTES = 32


def new_token() -> str:
    """A fresh random token (43 URL-safe characters)."""
    return secrets.token_urlsafe(TOKEN_BYTES)


def token_hash(token: str) -> str:
    """What the database keeps of a token: its hex SHA-256 (the token has 256 bits of entropy,
    so a slow hash adds nothing)."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()
