"""Canary for the PySide6 6.12.0 / CPython 3.11 reference-count bug (ECOSYSTEM.md).

PySide6-Essentials 6.12.0 on CPython 3.11 decrements the reference count of ``None`` once on
every call of a Qt method that returns nothing (``setText``, ``setItem``, ...). After a few
thousand calls the interpreter aborts with "Fatal Python error: none_dealloc: deallocating
None", at exit or in the middle of an advisor's session. ``None`` is immortal from Python 3.12,
so the same wheel is harmless there, and 6.11.x has no leak on 3.11; ``pyproject.toml`` pins the
versions accordingly. This test fails on any broken combination, whatever the version numbers
say, before users meet the crash.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QStandardItem

CALLS = 10_000
# Unrelated code (the garbage collector, import caches) may move the count a little; the bug
# moves it by one per call.
TOLERANCE = 100


def test_void_qt_calls_do_not_leak_references_to_none() -> None:
    """10,000 calls of a void Qt method leave the reference count of None where it was."""
    item = QStandardItem()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        item.setText("x")
    drop = before - sys.getrefcount(None)
    assert drop < TOLERANCE, (
        f"None lost {drop} references over {CALLS} void Qt calls: this PySide6 build has the "
        "6.12.0/Python 3.11 refcount bug (see ECOSYSTEM.md); use PySide6 6.11.x on Python 3.11"
    )
