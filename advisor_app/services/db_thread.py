"""Run database steps of io-pool work on the db executor (ARCHITECTURE.md §3).

:class:`~advisor_app.services.sync.SyncService` does network and database work in one call
(a sync pass); the GUI runs it on the io pool and passes :func:`db_call_on` as its ``db_call``,
so each database step still runs on the single db executor. A step that is already on the db
thread (``SyncService.status`` is a db job itself) runs directly: waiting for the executor from
its own thread would deadlock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Executor
from typing import Any, TypeVar

__all__ = ["db_call_on", "mark_db_thread", "on_db_thread"]

T = TypeVar("T")

_local = threading.local()


def mark_db_thread() -> None:
    """Mark the calling thread as the db executor's (its ``initializer``)."""
    _local.db = True


def on_db_thread() -> bool:
    """Tell whether the calling thread is the db executor's."""
    return bool(getattr(_local, "db", False))


def db_call_on(executor: Executor) -> Callable[[Callable[[], Any]], Any]:
    """A ``db_call`` that runs each step on ``executor`` and waits for it.

    The executor's worker must have run :func:`mark_db_thread` (pass it as the
    ``ThreadPoolExecutor`` initializer); steps called from that thread run directly.
    """

    def call(step: Callable[[], T]) -> T:
        if on_db_thread():
            return step()
        return executor.submit(step).result()

    return call
