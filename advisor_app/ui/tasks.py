"""Background operations: run a function on an executor, get the result back on the GUI thread.

The shape follows Anki's ``CollectionOp``/``QueryOp``::

    Op(self, lambda: services.participants.save(draft)) \\
        .success(self._on_saved) \\
        .failure(self._on_save_failed) \\
        .with_progress(self.tr("Saving…")) \\
        .run(db_executor)

``fn`` runs on the given executor (for database work the single db executor). Its outcome is
handed to a dispatcher object living in the GUI thread through a *queued* signal, so callbacks
always run on the GUI thread and always after ``run()`` returned, even with an inline executor
(tests). Nothing here blocks or calls ``processEvents()``.

Failures: a :class:`~advisor_app.errors.KnownError` is something the advisor can act on and is
shown as a translated message; any other exception is a bug, logged with its traceback and shown
as "Unexpected error, details saved to <log file>".
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QWidget

from advisor_app.errors import KnownError

__all__ = [
    "Op",
    "TaskMonitor",
    "excepthook",
    "in_flight",
    "log_file_path",
    "monitor",
    "show_failure",
    "unexpected_error_text",
]

T = TypeVar("T")

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class _Outcome:
    op: Op[Any]
    result: Any = None
    error: BaseException | None = None


class TaskMonitor(QObject):
    """Lives in the GUI thread and delivers finished operations there.

    One instance per application (see :func:`monitor`). Widgets connect to its signals to show
    a busy state ("Saving…") without knowing which operation runs.

    Signals:
        progress_did_change(str): Label of the newest running operation that asked for progress,
            or an empty string when none runs any more.
        op_did_finish(): An operation's callbacks have run (tests wait on this).
    """

    progress_did_change = Signal(str)
    op_did_finish = Signal()
    _outcome_did_arrive = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        """Create the monitor; use :func:`monitor` instead of calling this directly."""
        super().__init__(parent)
        self.in_flight = 0
        self._progress: list[tuple[int, str]] = []
        # Queued even when emitted from the GUI thread: callbacks never run inside run().
        self._outcome_did_arrive.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def post(self, outcome: _Outcome) -> None:
        """Hand an outcome over from any thread (emitting a signal is thread-safe)."""
        self._outcome_did_arrive.emit(outcome)

    def progress_started(self, key: int, label: str) -> None:
        """Record that an operation with a progress label started."""
        self._progress.append((key, label))
        self.progress_did_change.emit(label)

    def _progress_ended(self, key: int) -> None:
        before = len(self._progress)
        self._progress = [(k, label) for k, label in self._progress if k != key]
        if len(self._progress) != before:
            self.progress_did_change.emit(self._progress[-1][1] if self._progress else "")

    @Slot(object)
    def _deliver(self, outcome: _Outcome) -> None:
        self.in_flight -= 1
        self._progress_ended(id(outcome.op))
        try:
            outcome.op._finish(outcome)
        finally:
            self.op_did_finish.emit()


_monitor: TaskMonitor | None = None


def monitor() -> TaskMonitor:
    """Return the application's task monitor, creating it on first use (GUI thread only)."""
    global _monitor
    if _monitor is None or not shiboken6.isValid(_monitor):
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("a QApplication must exist before running operations")
        _monitor = TaskMonitor(app)
    return _monitor


def in_flight() -> int:
    """Number of operations started and not yet delivered (tests wait for 0)."""
    return 0 if _monitor is None or not shiboken6.isValid(_monitor) else _monitor.in_flight


class Op(Generic[T]):
    """One operation: a function run off the GUI thread plus what to do with its outcome.

    Args:
        parent: The widget or object the result belongs to. If it is destroyed before the
            operation finishes, the callbacks are dropped (the outcome has nowhere to go).
        fn: The work; it must not touch widgets. It runs on the executor given to :meth:`run`.
    """

    def __init__(self, parent: QObject, fn: Callable[[], T]) -> None:
        """Prepare the operation; nothing runs until :meth:`run`."""
        self._parent = parent
        self._fn = fn
        self._on_success: Callable[[T], object] | None = None
        self._on_failure: Callable[[BaseException], object] | None = None
        self._progress_label: str | None = None

    def success(self, callback: Callable[[T], object]) -> Op[T]:
        """Call ``callback(result)`` on the GUI thread when ``fn`` returns."""
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], object]) -> Op[T]:
        """Call ``callback(exception)`` on the GUI thread when ``fn`` raises.

        Without a failure callback the error is shown by :func:`show_failure`. Unexpected
        exceptions are logged with their traceback either way.
        """
        self._on_failure = callback
        return self

    def with_progress(self, label: str) -> Op[T]:
        """Announce the operation on :attr:`TaskMonitor.progress_did_change` while it runs."""
        self._progress_label = label
        return self

    def run(self, executor: Executor) -> Future[T]:
        """Submit ``fn`` to the executor and return at once.

        Returns:
            The executor's future (callers normally ignore it; results arrive via callbacks).
        """
        tasks = monitor()
        tasks.in_flight += 1
        if self._progress_label is not None:
            tasks.progress_started(id(self), self._progress_label)
        try:
            future = executor.submit(self._fn)
        except BaseException as exc:  # executor shut down: still report on the GUI thread
            tasks.post(_Outcome(self, error=exc))
            failed: Future[T] = Future()
            failed.set_exception(exc)
            return failed
        future.add_done_callback(lambda done: _post(tasks, self._outcome_of(done)))
        return future

    def _outcome_of(self, future: Future[T]) -> _Outcome:
        # Runs on the worker thread (or inline): only build a value, touch no Qt object.
        error = future.exception()
        return _Outcome(self, error=error) if error is not None else _Outcome(self, future.result())

    def _finish(self, outcome: _Outcome) -> None:
        error = outcome.error
        if error is not None and not isinstance(error, KnownError):
            _log.error(
                "operation %s failed",
                getattr(self._fn, "__qualname__", repr(self._fn)),
                exc_info=(type(error), error, error.__traceback__),
            )
        if not shiboken6.isValid(self._parent):
            # The widget that asked is gone (dialog closed, window quit): drop the callbacks.
            _log.debug("dropping the outcome of an operation whose parent was destroyed")
            return
        if error is None:
            if self._on_success is not None:
                self._on_success(outcome.result)
        elif self._on_failure is not None:
            self._on_failure(error)
        else:
            show_failure(self._parent, error)


def _post(tasks: TaskMonitor, outcome: _Outcome) -> None:
    try:
        tasks.post(outcome)
    except RuntimeError:
        # The application (and its monitor) went away while the job ran: nobody to tell.
        _log.debug("operation finished after the application quit", exc_info=True)


def log_file_path() -> Path | None:
    """Return the file the root logger writes to, if the application configured one."""
    found: Path | None = None
    for handler in logging.getLogger().handlers:
        # The newest file handler wins; a handler to os.devnull (pytest adds one) is no file.
        if isinstance(handler, logging.FileHandler) and handler.baseFilename != os.devnull:
            found = Path(handler.baseFilename)
    return found


def unexpected_error_text() -> str:
    """The translated "unexpected error" message naming the log file."""
    path = log_file_path()
    if path is None:
        return QCoreApplication.translate(
            "Tasks", "Unexpected error. Details were written to the application log."
        )
    return QCoreApplication.translate("Tasks", "Unexpected error, details saved to {path}.").format(
        path=path
    )


def show_failure(parent: QObject, error: BaseException) -> None:
    """Show an operation's failure to the advisor (known errors translated, bugs generic)."""
    # Imported here: dialogs builds on forms that run operations themselves.
    from advisor_app.ui import dialogs
    from advisor_app.ui.error_text import known_error_details, known_error_text

    title = QCoreApplication.translate("Tasks", "Bilans")
    widget = parent if isinstance(parent, QWidget) else None
    if isinstance(error, KnownError):
        dialogs.show_error(
            widget, title, known_error_text(error), details=known_error_details(error)
        )
    else:
        dialogs.show_error(widget, title, unexpected_error_text())


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """A ``sys.excepthook`` for the GUI: log the bug and tell the advisor where the details are.

    Exceptions raised inside slots and callbacks end here (PySide reports them through
    ``sys.excepthook``); the composition root installs it with ``sys.excepthook = excepthook``.
    """
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    _log.critical("uncaught exception", exc_info=(exc_type, exc, tb))
    if QCoreApplication.instance() is not None:
        from advisor_app.ui import dialogs

        dialogs.show_error(
            None, QCoreApplication.translate("Tasks", "Bilans"), unexpected_error_text()
        )
