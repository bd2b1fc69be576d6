"""An executor that runs jobs at once on the calling thread, for deterministic tests."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


class InlineExecutor(Executor):
    """Runs ``submit()``-ted callables synchronously and returns an already completed future.

    Stands in for the db executor and the io pool (ARCHITECTURE.md §3): code under test keeps its
    submit/callback shape while the test needs no threads and no waiting. An exception raised by
    the job is stored in the future, as a real executor does, not raised from ``submit()``.
    """

    def __init__(self) -> None:
        self.submitted = 0
        self._shut_down = False

    def submit(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> Future[T]:
        """Run ``fn(*args, **kwargs)`` now and return its completed future."""
        if self._shut_down:
            raise RuntimeError("cannot schedule new futures after shutdown")
        self.submitted += 1
        future: Future[T] = Future()
        future.set_running_or_notify_cancel()
        try:
            result = fn(*args, **kwargs)
        except BaseException as exc:  # the future carries it, like ThreadPoolExecutor
            future.set_exception(exc)
        else:
            future.set_result(result)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        """Refuse further jobs (nothing is ever pending)."""
        self._shut_down = True
