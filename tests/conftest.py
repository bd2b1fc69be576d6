"""Fixtures and hooks for the whole suite (ARCHITECTURE.md §10)."""

from __future__ import annotations

import os

# Before anything imports Qt: without a display (CI, ssh) and without offscreen, Qt aborts the
# whole run with a bare "Fatal Python error: Aborted". setdefault lets a developer choose xcb.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.core
import pytest

from tests.helpers.memkeyring import MemoryKeyring

_QT_FIXTURES = frozenset({"qtbot", "qapp"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that needs a QApplication as ``gui`` (so ``-m "not gui"`` skips Qt)."""
    for item in items:
        if _QT_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Give each test an empty in-memory keyring instead of the OS keyring."""
    # Read the module global rather than calling get_keyring(): that would run keyring's backend
    # discovery, which may talk to D-Bus or the Windows vault.
    previous = keyring.core.__dict__["_keyring_backend"]
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.core.__dict__["_keyring_backend"] = previous


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty data directory for this test (the ``--data-dir`` of the app)."""
    path = tmp_path / "data"
    path.mkdir()
    return path
