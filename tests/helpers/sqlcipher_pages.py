"""Decrypt every page of a SQLCipher 4 database file and of its WAL, to search deleted content.

SQL can only show live rows; a deleted photo may survive in a free page or an old WAL frame.
SQLCipher 4 defaults (checked against the files this app writes): 4096-byte pages, 80 reserved
bytes at the end of each page (16-byte IV + 64-byte HMAC-SHA512), AES-256-CBC with the raw key
itself (``x'<64 hex>'`` skips the KDF), and page 1 starting with the 16-byte salt.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE_SIZE = 4096
RESERVE = 80
IV_SIZE = 16
SALT_SIZE = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def decrypt_page(page: bytes, key: bytes, *, first: bool) -> bytes:
    """The plaintext of one encrypted page (without the reserved bytes)."""
    start = SALT_SIZE if first else 0
    end = PAGE_SIZE - RESERVE
    iv = page[end : end + IV_SIZE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start:end]) + decryptor.finalize()


def database_pages(path: Path, key: bytes) -> Iterator[bytes]:
    """Every page of the database file, decrypted (free pages included)."""
    data = path.read_bytes()
    for number, offset in enumerate(range(0, len(data) - PAGE_SIZE + 1, PAGE_SIZE)):
        yield decrypt_page(data[offset : offset + PAGE_SIZE], key, first=number == 0)


def wal_pages(path: Path, key: bytes) -> Iterator[bytes]:
    """Every page image in the WAL, decrypted (old frames included)."""
    if not path.exists():
        return
    data = path.read_bytes()
    offset = WAL_HEADER
    while offset + WAL_FRAME_HEADER + PAGE_SIZE <= len(data):
        header = data[offset : offset + WAL_FRAME_HEADER]
        page_number = int.from_bytes(header[:4], "big")
        page = data[offset + WAL_FRAME_HEADER : offset + WAL_FRAME_HEADER + PAGE_SIZE]
        yield decrypt_page(page, key, first=page_number == 1)
        offset += WAL_FRAME_HEADER + PAGE_SIZE


def plaintext_holds(db_path: Path, key: bytes, needle: bytes) -> list[str]:
    """Where ``needle`` appears in the decrypted database or WAL pages ("db page 3", ...)."""
    found = [f"db page {i + 1}" for i, p in enumerate(database_pages(db_path, key)) if needle in p]
    wal = db_path.with_name(db_path.name + "-wal")
    found += [f"wal frame {i + 1}" for i, p in enumerate(wal_pages(wal, key)) if needle in p]
    return found
