"""Fixtures for storage tests: keys, cheap KDF costs, an opened encrypted database."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from advisor_app.storage.engine import create_encrypted_engine
from advisor_app.storage.keyfile import KdfParams

#: Argon2id at its minimum cost: the format and logic are tested, not the KDF's strength.
CHEAP_KDF = KdfParams(time_cost=1, memory_cost_kib=8, parallelism=1)


@pytest.fixture
def key() -> bytes:
    """A fresh random 32-byte database key."""
    return secrets.token_bytes(32)


@pytest.fixture
def db_path(data_dir: Path) -> Path:
    """Where the test's database goes (not created yet)."""
    return data_dir / "advisor.db"


@pytest.fixture
def engine(db_path: Path, key: bytes) -> Iterator[Engine]:
    """An open encrypted engine on ``db_path``, disposed of after the test."""
    engine = create_encrypted_engine(db_path, key)
    try:
        yield engine
    finally:
        engine.dispose()
