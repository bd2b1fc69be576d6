"""What the status bar says for each sync state (a fake service at the boundary: pure display)."""

from __future__ import annotations

import datetime as dt
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

import pytest

from advisor_app.services.sync import ItemProblem, SyncStatus
from advisor_app.sync.engine import RunOutcome, RunReport
from advisor_app.ui.sync.controller import SyncController
from advisor_app.ui.sync.status_widget import Severity, SyncStatusWidget
from advisor_app.ui.tasks import in_flight
from tests.helpers.executors import InlineExecutor

NOW = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC)

SIGNED_IN = SyncStatus(
    server_url="https://sync.example.org",
    username="e.nowak",
    signed_in=True,
    counts={},
    pending=0,
    last_sync_at=NOW - dt.timedelta(minutes=3),
    last_problem=None,
    blocked=None,
    needs_attention=False,
    skew_seconds=0.5,
    skew_warning=False,
    next_run_at=None,
    problems=(),
    participant_conflicts=0,
)


class FakeSync:
    """Answers ``status()`` and ``run_once()`` with what the test set."""

    def __init__(self, status: SyncStatus, report: RunReport | None = None) -> None:
        self.current = status
        self.report = report or RunReport(RunOutcome.OK)
        self.runs = 0

    def status(self) -> SyncStatus:
        return self.current

    def run_once(self, *, force: bool = True, progress: Any = None) -> RunReport:
        self.runs += 1
        if progress is not None:
            progress(1, 1)
        return self.report


def _widget(qtbot, status: SyncStatus, report: RunReport | None = None) -> SyncStatusWidget:
    sync: Any = FakeSync(status, report)
    executor = InlineExecutor()
    controller = SyncController(sync, executor, executor, probe_interval_ms=0, now=NOW.timestamp)
    widget = SyncStatusWidget(controller, now=NOW.timestamp)
    qtbot.addWidget(widget)
    controller.start()
    qtbot.waitUntil(lambda: controller.status is not None)
    return widget


def _problem(state: str) -> ItemProblem:
    return ItemProblem(
        key=uuid.uuid4(),
        kind="balance_revision",
        entity_id=uuid.uuid4(),
        state=state,
        problem="stale-base",
        detail="stale base",
    )


def test_synced_state_names_the_time(qtbot) -> None:
    """All sent: "Synced at …", no problems button, no clock warning."""
    widget = _widget(qtbot, SIGNED_IN)
    text = widget.state_label.text()
    assert text.startswith(widget.tr("Synced at {time}").split("{")[0])
    assert widget.severity == Severity.NORMAL
    assert not widget.problems_button.isVisibleTo(widget)
    assert not widget.clock_label.isVisibleTo(widget)
    assert widget.state_label.accessibleName() == text
    assert "e.nowak" in widget.state_label.toolTip()


@pytest.mark.parametrize(
    ("changes", "headline", "severity"),
    [
        ({"blocked": "client_too_old"}, "Sync stopped: update the application", Severity.ERROR),
        ({"blocked": "auth", "signed_in": False}, "Sync: sign in again", Severity.WARNING),
        ({"needs_attention": True, "last_problem": "503"}, "Sync needs attention", Severity.ERROR),
        ({"last_sync_at": None}, "Not synced yet", Severity.NORMAL),
        ({"server_url": None, "signed_in": False}, "Sync: not signed in", Severity.NORMAL),
    ],
)
def test_each_state_has_its_headline(
    qtbot, changes: dict[str, Any], headline: str, severity: str
) -> None:
    """Blocked, signed out, failing for long, never synced: each says what to do."""
    widget = _widget(qtbot, replace(SIGNED_IN, **changes))
    assert widget.state_label.text().startswith(widget.tr(headline))
    assert widget.severity == severity


def test_offline_names_the_next_try(qtbot) -> None:
    """After failed passes the status says offline and when the next try is."""
    retry = NOW + dt.timedelta(minutes=2)
    status = replace(
        SIGNED_IN, last_problem="connection refused", next_run_at=retry.timestamp(), pending=3
    )
    widget = _widget(qtbot, status)
    text = widget.state_label.text()
    assert text.startswith(widget.tr("Offline: the server cannot be reached"))
    assert widget.tr("%n waiting", "", 3) in text
    assert widget.severity == Severity.WARNING
    assert "connection refused" in widget.state_label.toolTip()


def test_problems_are_counted(qtbot) -> None:
    """Conflicts, rejected items and participant conflicts add up on the problems button."""
    status = replace(
        SIGNED_IN, problems=(_problem("conflict"), _problem("rejected")), participant_conflicts=1
    )
    widget = _widget(qtbot, status)
    assert widget.problems_button.isVisibleTo(widget)
    assert widget.problems_button.text() == widget.tr("%n problem(s)", "", 3)
    assert widget.problems_button.accessibleName() == widget.problems_button.text()
    with qtbot.waitSignal(widget.problems_were_requested):
        widget.problems_button.click()


def test_clock_skew_is_a_warning_only(qtbot) -> None:
    """A laptop clock three days off is reported; syncing is not blocked."""
    status = replace(SIGNED_IN, skew_seconds=-3 * 24 * 3600.0, skew_warning=True)
    widget = _widget(qtbot, status)
    assert widget.clock_label.isVisibleTo(widget)
    amount = widget.tr("%n day(s)", "", 3)
    assert widget.clock_label.text() == widget.tr(
        "Clock differs from the server by {amount}"
    ).format(amount=amount)
    assert widget.sync_button.isVisibleTo(widget)  # still offered
    assert widget.state_label.text().startswith(widget.tr("Synced at {time}").split("{")[0])


def test_progress_follows_the_queue(qtbot) -> None:
    """The progress bar counts sent items against those queued when the pass started."""
    widget = _widget(qtbot, replace(SIGNED_IN, pending=4))
    widget._controller.progress_did_change.emit(1, 4)
    assert (widget.progress.minimum(), widget.progress.maximum()) == (0, 4)
    assert widget.progress.value() == 1
    widget._controller.progress_did_change.emit(0, 0)
    assert widget.progress.maximum() == 0  # busy: a pull has nothing to count


def test_a_pass_is_not_started_twice(qtbot) -> None:
    """The controller refuses a second pass while one runs and runs it after when asked to."""
    sync: Any = FakeSync(replace(SIGNED_IN, pending=1))
    executor = InlineExecutor()
    controller = SyncController(sync, executor, executor, probe_interval_ms=0)
    controller.start()
    with qtbot.waitSignal(controller.pass_did_finish):
        assert controller.sync_now() is True
        assert controller.running
        assert controller.sync_now() is False
        controller.request_pass()  # a balance finished meanwhile: one more pass afterwards
    qtbot.waitUntil(lambda: sync.runs == 2 and in_flight() == 0)
    assert controller.passes_started == 2
    assert not controller.running


def test_due_passes(qtbot) -> None:
    """The timer's rule: signed in, not blocked, backoff over, and work or a stale pull."""
    sync: Any = FakeSync(SIGNED_IN)
    executor = InlineExecutor()
    controller = SyncController(
        sync, executor, executor, probe_interval_ms=0, now=NOW.timestamp, pull_interval_seconds=300
    )
    assert controller.pass_due(SIGNED_IN) is False  # synced 3 minutes ago, nothing queued
    assert controller.pass_due(replace(SIGNED_IN, pending=1)) is True
    later = (NOW + dt.timedelta(minutes=5)).timestamp()
    assert controller.pass_due(replace(SIGNED_IN, pending=1, next_run_at=later)) is False
    earlier = (NOW - dt.timedelta(seconds=1)).timestamp()
    assert controller.pass_due(replace(SIGNED_IN, next_run_at=earlier)) is True
    old = NOW - dt.timedelta(minutes=6)
    assert controller.pass_due(replace(SIGNED_IN, last_sync_at=old)) is True
    assert controller.pass_due(replace(SIGNED_IN, pending=1, signed_in=False)) is False
    assert controller.pass_due(replace(SIGNED_IN, pending=1, blocked="client_too_old")) is False


def test_pass_progress_comes_from_the_pass_itself(qtbot) -> None:
    """The controller forwards the pass's own (done, total) reports from the io thread to the
    GUI thread; nothing polls the queue."""
    sync: Any = FakeSync(replace(SIGNED_IN, pending=1))
    db = InlineExecutor()
    with ThreadPoolExecutor(max_workers=1) as io:
        controller = SyncController(sync, db, io, probe_interval_ms=0)
        controller.start()
        qtbot.waitUntil(lambda: controller.status is not None)
        seen: list[tuple[int, int]] = []
        controller.progress_did_change.connect(lambda done, total: seen.append((done, total)))
        with qtbot.waitSignal(controller.pass_did_finish):
            controller.sync_now()
        qtbot.waitUntil(lambda: in_flight() == 0)
    assert seen == [(0, 1), (1, 1)]


def test_locked_profile_pass_is_no_failure(qtbot) -> None:
    """A pass skipped because the profile is locked keeps the last outcome and reports no
    failure."""
    failed = RunReport(RunOutcome.SERVER_ERROR, "the server answered 500")
    sync: Any = FakeSync(replace(SIGNED_IN, pending=1), failed)
    executor = InlineExecutor()
    controller = SyncController(sync, executor, executor, probe_interval_ms=0)
    controller.start()
    with qtbot.waitSignal(controller.pass_did_finish):
        controller.sync_now()
    assert controller.last_report is failed
    sync.report = RunReport(RunOutcome.LOCKED, "the profile is locked")
    failures: list[object] = []
    controller.pass_did_fail.connect(failures.append)
    with qtbot.waitSignal(controller.pass_did_finish):
        controller.sync_now()
    qtbot.waitUntil(lambda: in_flight() == 0)
    assert controller.last_report is failed and failures == []
    assert not controller.running
