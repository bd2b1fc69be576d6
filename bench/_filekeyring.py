"""A keyring backend keeping secrets in a JSON file: benchmarks only.

Benchmarks start the app in child processes, which must find the database key the parent put
into "the keyring"; an in-memory backend cannot cross processes and a real Secret Service is not
running on a CI box. Never use this outside ``bench/``: the file is plaintext.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

ENV = "ADVISOR_BENCH_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    """Secrets in the JSON file named by ``ADVISOR_BENCH_KEYRING_FILE``."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring base is unannotated

    def _path(self) -> Path:
        return Path(os.environ[ENV])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        """Return the stored secret or None."""
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        """Store a secret."""
        data = self._load()
        data[f"{service}\0{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        """Remove a secret."""
        data = self._load()
        data.pop(f"{service}\0{username}", None)
        self._path().write_text(json.dumps(data))
