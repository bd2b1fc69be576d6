"""Runs sync passes for the window: on demand, on a timer, after a balance is finished.

Network work (a pass, which may take long on a slow link) runs on the io executor; reading the
status is a database query and runs on the db executor. The GUI thread only starts jobs and
receives their results (``ui/tasks.py``), so it never waits on the network, also offline.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from concurrent.futures import Executor
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from advisor_app.errors import KnownError, ProfileLocked
from advisor_app.sync.outbox_model import RunOutcome, RunReport
from advisor_app.ui.tasks import Op, show_failure

if TYPE_CHECKING:
    from advisor_app.services.sync import SyncService, SyncStatus

__all__ = ["PROBE_INTERVAL_MS", "PULL_INTERVAL_SECONDS", "SyncController", "report_changed_data"]

_log = logging.getLogger(__name__)

# How often the timer checks whether a pass is due (server back, backoff over, work queued).
PROBE_INTERVAL_MS = 30_000
# A pass (pull) runs at least this often while signed in, so assignments arrive unasked.
PULL_INTERVAL_SECONDS = 300.0


def report_changed_data(report: RunReport) -> bool:
    """Tell whether a pass changed anything the lists show (states, pulled data)."""
    pulled = report.pulled
    return bool(
        report.pushed
        or report.conflicts
        or report.rejected
        or report.acknowledged
        or report.requeued
        or pulled.participants
        or pulled.balances
        or pulled.purged
    )


class SyncController(QObject):
    """Starts sync passes, one at a time, and keeps the sync status for the window.

    A pass runs when the advisor asks ("Sync now"), after a balance was finished, and from a
    timer: while signed in, every :data:`PROBE_INTERVAL_MS` it checks the status and runs a
    pass when one is due. The timer respects the backoff after failures
    (``SyncStatus.next_run_at``), so an unreachable server is tried again as scheduled and the
    queued work goes out as soon as it answers. Never two passes at once: a request while a
    pass runs is remembered and runs right after it.

    Args:
        sync: The sync service.
        db_executor: The db executor (status queries).
        io_executor: The io pool (passes).
        parent: Owner.
        probe_interval_ms: Timer period; 0 disables the timer (tests drive passes directly).
        pull_interval_seconds: Longest time between passes while signed in.
        now: Wall clock in seconds (compared with ``next_run_at``).

    Signals:
        status_did_change(object): A new :class:`SyncStatus` was read.
        pass_did_start(): A pass started.
        pass_did_finish(object): A pass ended with a :class:`RunReport` (also a pass skipped
            because the profile is locked: outcome ``LOCKED``, which is no failure).
        pass_did_fail(object): A pass raised (a bug); carries the exception.
        progress_did_change(int, int): Items handled so far and items to push in this pass.
    """

    status_did_change = Signal(object)
    pass_did_start = Signal()
    pass_did_finish = Signal(object)
    pass_did_fail = Signal(object)
    progress_did_change = Signal(int, int)
    # The pass reports progress from the io thread; this hop brings it to the GUI thread.
    _worker_progress = Signal(int, int)

    def __init__(
        self,
        sync: SyncService,
        db_executor: Executor,
        io_executor: Executor,
        parent: QObject | None = None,
        *,
        probe_interval_ms: int = PROBE_INTERVAL_MS,
        pull_interval_seconds: float = PULL_INTERVAL_SECONDS,
        now: Callable[[], float] = time.time,
    ) -> None:
        """Create the controller; call :meth:`start` to read the status and start the timer."""
        super().__init__(parent)
        self.setObjectName("syncController")
        self._sync = sync
        self._db = db_executor
        self._io = io_executor
        self._now = now
        self._pull_interval = pull_interval_seconds
        self._status: SyncStatus | None = None
        self._running = False
        self._again = False  # a pass was asked for while one ran
        self._passes_started = 0
        self._last_report: RunReport | None = None
        self._total = 0
        self._probe_timer = QTimer(self)
        self._probe_timer.setObjectName("syncProbeTimer")
        self._probe_timer.setInterval(probe_interval_ms)
        self._probe_timer.timeout.connect(self.probe)
        self._probe_enabled = probe_interval_ms > 0
        self._worker_progress.connect(self._progress_reported, Qt.ConnectionType.QueuedConnection)

    # --- public API ---------------------------------------------------------------------------

    @property
    def status(self) -> SyncStatus | None:
        """The newest status read (None before the first read)."""
        return self._status

    @property
    def running(self) -> bool:
        """Tell whether a pass is running now."""
        return self._running

    @property
    def passes_started(self) -> int:
        """Number of passes started since the controller was created (tests count them)."""
        return self._passes_started

    @property
    def last_report(self) -> RunReport | None:
        """What the last finished pass reported."""
        return self._last_report

    @property
    def sync(self) -> SyncService:
        """The sync service."""
        return self._sync

    def start(self) -> None:
        """Read the status and start the timer."""
        self.refresh_status()
        if self._probe_enabled:
            self._probe_timer.start()

    def stop(self) -> None:
        """Stop the timer (the window closes); a running pass finishes on its own."""
        self._probe_timer.stop()

    def refresh_status(self, then: Callable[[SyncStatus], object] | None = None) -> None:
        """Read the status on the db executor; emits :attr:`status_did_change`."""
        sync = self._sync

        def done(status: SyncStatus) -> None:
            self._set_status(status)
            if then is not None:
                then(status)

        Op(self, sync.status).success(done).failure(self._status_failed).run(self._db)

    def sync_now(self) -> bool:
        """Run a pass now, ignoring the backoff (the advisor asked).

        Returns:
            False when a pass is already running (no second one is started).
        """
        return self._start_pass(force=True)

    def request_pass(self) -> None:
        """Run a pass soon (a balance was finished): now, or right after the running one."""
        if self._running:
            self._again = True
            return
        self._start_pass(force=True)

    def probe(self) -> None:
        """The timer's check: read the status, then run a pass if one is due."""
        if self._running:
            return
        self.refresh_status(self._probe_status)

    def pass_due(self, status: SyncStatus) -> bool:
        """Tell whether the timer should run a pass now, given a fresh status."""
        if not status.signed_in or status.blocked is not None:
            return False  # signing in or updating the app comes first
        now = self._now()
        if status.next_run_at is not None:
            return now >= status.next_run_at  # after failures: as the backoff schedules it
        if status.pending > 0:
            return True
        if status.last_sync_at is None:
            return True
        return now - status.last_sync_at.timestamp() >= self._pull_interval

    # --- internals ----------------------------------------------------------------------------

    def _probe_status(self, status: SyncStatus) -> None:
        if not self._running and self.pass_due(status):
            self._start_pass(force=False)

    def _start_pass(self, *, force: bool) -> bool:
        if self._running:
            return False
        self._running = True
        self._again = False
        self._passes_started += 1
        self._total = self._status.pending if self._status is not None else 0
        self.pass_did_start.emit()
        self.progress_did_change.emit(0, self._total)
        sync = self._sync
        report_progress = self._worker_progress.emit
        Op(self, lambda: sync.run_once(force=force, progress=report_progress)).success(
            self._pass_finished
        ).failure(self._pass_failed).with_progress(self.tr("Synchronising…")).run(self._io)
        return True

    def _pass_finished(self, report: RunReport) -> None:
        self._end_pass()
        if report.outcome is RunOutcome.LOCKED:
            # Auto-lock while the timer fired: nothing was tried, so nothing failed; the last
            # real outcome stays on show and the next probe after unlocking runs the pass.
            _log.info("sync pass skipped: the profile is locked")
            self._again = False
            self.pass_did_finish.emit(report)
            return
        self._last_report = report
        self.pass_did_finish.emit(report)
        self.refresh_status(self._after_pass)

    def _pass_failed(self, error: BaseException) -> None:
        if isinstance(error, ProfileLocked):
            self._pass_finished(RunReport(RunOutcome.LOCKED, str(error)))
            return
        self._end_pass()
        self.pass_did_fail.emit(error)
        self.refresh_status()

    def _end_pass(self) -> None:
        self._running = False

    def _after_pass(self, _status: SyncStatus) -> None:
        report = self._last_report
        stopped = report is not None and report.outcome not in (RunOutcome.OK, RunOutcome.SKIPPED)
        if self._again and not self._running and not stopped:
            self._start_pass(force=True)
        self._again = False

    def _progress_reported(self, done: int, total: int) -> None:
        if not self._running:
            return
        self._total = total
        self.progress_did_change.emit(done, total)

    def _set_status(self, status: SyncStatus) -> None:
        self._status = status
        self.status_did_change.emit(status)

    def _status_failed(self, error: BaseException) -> None:
        if isinstance(error, KnownError):
            # The profile is locked (auto-lock): the status bar keeps its last state until the
            # next read after unlocking.
            _log.info("sync status not read: %s", error)
            return
        show_failure(self.parent() or self, error)


def local_time(value: dt.datetime) -> dt.datetime:
    """A stored UTC time in the computer's time zone (naive values are taken as UTC)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone()
