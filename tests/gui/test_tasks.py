"""Background operations: results come back on the GUI thread, later, or not at all."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject

from advisor_app.errors import DiskFull
from advisor_app.ui import dialogs, tasks
from advisor_app.ui.tasks import Op
from tests.helpers.executors import InlineExecutor


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Capture error boxes instead of showing them."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, title, text, details="": shown.append((title, text))
    )
    return shown


@pytest.fixture
def worker() -> Iterator[ThreadPoolExecutor]:
    """A real single-thread executor, like the application's db executor."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="test-db")
    yield pool
    pool.shutdown(wait=True)


def test_success_is_delivered_on_the_gui_thread(qtbot, worker: ThreadPoolExecutor) -> None:
    """The job runs on the worker; the callback runs on the GUI thread."""
    owner = QObject()
    seen: dict[str, object] = {}

    def job() -> str:
        seen["job_thread"] = threading.current_thread()
        return "done"

    def on_success(result: str) -> None:
        seen["result"] = result
        seen["callback_thread"] = threading.current_thread()

    Op(owner, job).success(on_success).run(worker)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == "done"
    assert seen["callback_thread"] is threading.main_thread()
    assert seen["job_thread"] is not threading.main_thread()


def test_callback_never_runs_inside_run(qtbot) -> None:
    """Even with an inline executor the callback comes later, from the event loop."""
    owner = QObject()
    results: list[int] = []
    Op(owner, lambda: 42).success(results.append).run(InlineExecutor())
    assert results == []
    qtbot.waitUntil(lambda: results == [42])


def test_known_error_goes_to_the_failure_callback(qtbot) -> None:
    """A failure callback receives the exception itself."""
    owner = QObject()
    failures: list[BaseException] = []

    def job() -> None:
        raise DiskFull()

    Op(owner, job).failure(failures.append).run(InlineExecutor())
    qtbot.waitUntil(lambda: len(failures) == 1)
    assert isinstance(failures[0], DiskFull)


def test_known_error_without_callback_shows_translated_text(
    qtbot, shown_errors: list[tuple[str, str]]
) -> None:
    """Without a failure callback a known error is shown in the UI language (Polish)."""
    owner = QObject()

    def job() -> None:
        raise DiskFull()

    Op(owner, job).run(InlineExecutor())
    qtbot.waitUntil(lambda: len(shown_errors) == 1)
    assert "Dysk jest pełny." in shown_errors[0][1]


def test_unexpected_error_is_logged_and_names_the_log_file(
    qtbot,
    shown_errors: list[tuple[str, str]],
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    """A bug is logged with its traceback and the message says where the details are."""
    log_file = tmp_path / "app.log"
    handler = logging.FileHandler(log_file, delay=True)
    logging.getLogger().addHandler(handler)
    try:
        owner = QObject()

        def job() -> None:
            raise ZeroDivisionError("boom")

        with caplog.at_level(logging.ERROR, logger="advisor_app.ui.tasks"):
            Op(owner, job).run(InlineExecutor())
            qtbot.waitUntil(lambda: len(shown_errors) == 1)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert str(log_file) in shown_errors[0][1]
    assert "Nieoczekiwany błąd" in shown_errors[0][1]
    record = next(r for r in caplog.records if r.exc_info)
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError


def test_destroyed_parent_drops_the_callback(qtbot) -> None:
    """When the owner is deleted before the result arrives, nothing is called."""
    owner = QObject()
    results: list[int] = []
    Op(owner, lambda: 1).success(results.append).run(InlineExecutor())
    shiboken6.delete(owner)  # the C++ object goes now, before the result is delivered
    qtbot.waitUntil(lambda: tasks.in_flight() == 0)
    assert results == []


def test_progress_label_is_announced_while_running(qtbot) -> None:
    """with_progress() reports the label at start and an empty label at the end."""
    owner = QObject()
    labels: list[str] = []
    tasks.monitor().progress_did_change.connect(labels.append)
    try:
        Op(owner, lambda: None).with_progress("Saving…").run(InlineExecutor())
        assert labels == ["Saving…"]
        qtbot.waitUntil(lambda: labels == ["Saving…", ""])
    finally:
        tasks.monitor().progress_did_change.disconnect(labels.append)


def test_excepthook_logs_and_shows_the_unexpected_error(
    qtbot, shown_errors: list[tuple[str, str]], caplog: pytest.LogCaptureFixture
) -> None:
    """The GUI excepthook logs a traceback and tells the advisor."""
    try:
        raise RuntimeError("bug in a slot")
    except RuntimeError as exc:
        with caplog.at_level(logging.CRITICAL, logger="advisor_app.ui.tasks"):
            tasks.excepthook(type(exc), exc, exc.__traceback__)
    assert len(shown_errors) == 1
    assert any(r.exc_info for r in caplog.records)
