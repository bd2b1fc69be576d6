"""The sync status bar, "Sync now", badges and offline behaviour of the window (real server)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from advisor_app.sync.engine import RunOutcome, RunReport
from advisor_app.ui import dialogs
from advisor_app.ui.main_window import MainWindow
from advisor_app.ui.participant_list_model import COL_NAME, COL_SYNC
from advisor_app.ui.sync.badges import SyncBadge, badge_text
from advisor_app.ui.sync.login_dialog import LoginDialog
from advisor_app.ui.sync.status_widget import Severity, SyncStatusWidget
from advisor_app.ui.tasks import in_flight
from tests.gui.helpers import interactive_widgets_without_name
from tests.gui.sync.conftest import PASSWORD, Laptop, MakeWindow, SwitchingProxy, open_laptop

WAIT_MS = 20_000


def _widget(window: MainWindow) -> SyncStatusWidget:
    assert window.sync_ui is not None
    return window.sync_ui.status_widget


def _badges(window: MainWindow) -> dict[str, str]:
    model = window.model
    return {
        model.index(r, COL_NAME).data(): model.index(r, COL_SYNC).data()
        for r in range(model.rowCount())
    }


def _finish_pass(qtbot, window: MainWindow, start: Callable[[], Any]) -> RunReport:
    """Start a pass with ``start`` and wait until it ended and the status was read again."""
    assert window.sync_ui is not None
    controller = window.sync_ui.controller
    with qtbot.waitSignal(controller.pass_did_finish, timeout=WAIT_MS) as blocker:
        start()
    qtbot.waitUntil(lambda: in_flight() == 0, timeout=WAIT_MS)
    report = blocker.args[0]
    assert isinstance(report, RunReport)
    return report


def test_not_signed_in_says_so_and_offers_sign_in(
    qtbot, make_window: MakeWindow, laptop: Laptop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without a sign-in the status says so; "Sync now" (F9) opens the sign-in instead."""
    window = make_window(laptop)
    widget = _widget(window)
    assert widget.state_label.text() == widget.tr("Sync: not signed in")
    assert widget.sign_in_button.isVisible()
    assert not widget.sync_button.isVisible()
    asked: list[dict[str, Any]] = []
    monkeypatch.setattr(LoginDialog, "ask", lambda *args, **kwargs: asked.append(kwargs))
    assert window.sync_ui is not None
    assert window.sync_ui.action_sync_now.shortcut() == QKeySequence("F9")
    window.sync_ui.action_sync_now.trigger()
    widget.sign_in_button.click()
    assert len(asked) == 2
    assert window.sync_ui.controller.passes_started == 0
    assert interactive_widgets_without_name(window.statusBar()) == []


def test_sync_now_sends_queued_balances_and_shows_it(
    qtbot, make_window: MakeWindow, laptop: Laptop, advisor: str, sync_server: Any
) -> None:
    """Queued balances are counted and badged; after a pass they are sent and nothing waits."""
    laptop.sync.login(sync_server.url, advisor, PASSWORD)
    first, second = laptop.finish(), laptop.finish()
    window = make_window(laptop)
    widget = _widget(window)
    assert widget.tr("%n waiting", "", 2) in widget.state_label.text()
    names = {r.participant.display_name for r in (first, second)}
    queued = badge_text(SyncBadge.QUEUED)
    assert {n: b for n, b in _badges(window).items() if n in names} == dict.fromkeys(names, queued)

    assert window.sync_ui is not None
    report = _finish_pass(qtbot, window, window.sync_ui.action_sync_now.trigger)

    assert (report.outcome, report.pushed) == (RunOutcome.OK, 2)
    status = window.sync_ui.controller.status
    assert status is not None and status.pending == 0 and status.last_sync_at is not None
    text = widget.state_label.text()
    assert text.startswith(widget.tr("Synced at {time}").split("{")[0]), text
    assert widget.tr("%n waiting", "", 2) not in text
    assert widget.severity == Severity.NORMAL
    assert not widget.progress.isVisible()
    qtbot.waitUntil(
        lambda: (
            set(_badges(window).values())
            <= {badge_text(SyncBadge.SYNCED), badge_text(SyncBadge.ACKNOWLEDGED)}
        ),
        timeout=WAIT_MS,
    )
    row = window.model.find_row(balance_id=first.balance.id)
    index = window.model.index(row, COL_SYNC)
    assert index.data(Qt.ItemDataRole.ToolTipRole)
    assert index.data(Qt.ItemDataRole.AccessibleTextRole).endswith(index.data())
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()


def test_sync_now_twice_runs_one_pass(
    qtbot,
    make_window: MakeWindow,
    laptop: Laptop,
    advisor: str,
    sync_server: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Clicking "Sync now" again while a pass runs starts no second, concurrent pass."""
    laptop.sync.login(sync_server.url, advisor, PASSWORD)
    laptop.finish()
    window = make_window(laptop)
    calls: list[bool] = []
    real_run = laptop.sync.run_once

    def counting_run(*, force: bool = True, progress: Any = None) -> RunReport:
        calls.append(force)
        return real_run(force=force, progress=progress)

    monkeypatch.setattr(laptop.sync, "run_once", counting_run)
    assert window.sync_ui is not None
    controller = window.sync_ui.controller
    button = _widget(window).sync_button

    def click_twice() -> None:
        window.sync_ui.action_sync_now.trigger()  # type: ignore[union-attr]
        button.click()
        window.sync_ui.action_sync_now.trigger()  # type: ignore[union-attr]
        assert controller.sync_now() is False  # the controller refuses as well

    report = _finish_pass(qtbot, window, click_twice)
    assert report.outcome is RunOutcome.OK
    assert calls == [True]
    assert controller.passes_started == 1
    assert window.sync_ui.action_sync_now.isEnabled()


def test_balance_finished_sends_it(
    qtbot, make_window: MakeWindow, laptop: Laptop, advisor: str, sync_server: Any
) -> None:
    """Finishing a balance (the balance window's hook) runs a pass that sends it."""
    laptop.sync.login(sync_server.url, advisor, PASSWORD)
    window = make_window(laptop)
    record = laptop.finish()
    assert window.sync_ui is not None
    report = _finish_pass(qtbot, window, window.sync_ui.balance_finished)
    assert (report.outcome, report.pushed) == (RunOutcome.OK, 1)
    qtbot.waitUntil(lambda: window.model.find_row(balance_id=record.balance.id) >= 0)


def test_hanging_server_keeps_the_window_responsive(
    qtbot, make_window: MakeWindow, tmp_path: Path, advisor: str, proxy: SwitchingProxy
) -> None:
    """While a pass waits on a dead link the window works; afterwards the problem is shown."""
    machine = open_laptop(tmp_path / "slow", "slow", timeout=3.0)
    try:
        machine.sync.login(proxy.url, advisor, PASSWORD)
        machine.finish()
        window = make_window(machine)
        widget = _widget(window)
        assert window.sync_ui is not None
        controller = window.sync_ui.controller
        proxy.hang = True
        with qtbot.waitSignal(controller.pass_did_finish, timeout=WAIT_MS) as blocker:
            window.sync_ui.action_sync_now.trigger()
            assert controller.running
            assert widget.state_label.text() == widget.tr("Synchronising…")
            assert widget.progress.isVisible()
            # The GUI thread is free: searching (a db job) works while the pass hangs.
            window.search_field.setText("zzz-nobody")
            qtbot.waitUntil(lambda: window.model.query == "zzz-nobody", timeout=WAIT_MS)
            qtbot.waitUntil(lambda: not window.model.loading, timeout=WAIT_MS)
            assert controller.running, "the search must finish while the pass still waits"
        qtbot.waitUntil(lambda: in_flight() == 0, timeout=WAIT_MS)
        assert blocker.args[0].outcome is RunOutcome.OFFLINE
        text = widget.state_label.text()
        assert text.startswith(widget.tr("Offline: the server cannot be reached")), text
        assert widget.tr("%n waiting", "", 1) in text
        assert widget.severity == Severity.WARNING
        assert not widget.progress.isVisible()
        assert window.sync_ui.action_sync_now.isEnabled()
        status = controller.status
        assert status is not None and status.pending == 1 and status.next_run_at is not None
        assert controller.pass_due(status) is False  # the timer waits for the backoff

        proxy.hang = False  # the link is back: "Sync now" sends at once
        report = _finish_pass(qtbot, window, window.sync_ui.action_sync_now.trigger)
        assert (report.outcome, report.pushed) == (RunOutcome.OK, 1)
        assert not widget.state_label.text().startswith(widget.tr("Offline"))
        window.close()
        qtbot.waitUntil(lambda: in_flight() == 0, timeout=WAIT_MS)
    finally:
        machine.close()


def test_timer_probe_runs_a_due_pass(
    qtbot, make_window: MakeWindow, laptop: Laptop, advisor: str, sync_server: Any
) -> None:
    """The timer's probe runs a pass when work is queued and no backoff holds it."""
    laptop.sync.login(sync_server.url, advisor, PASSWORD)
    window = make_window(laptop)
    laptop.finish()
    assert window.sync_ui is not None
    report = _finish_pass(qtbot, window, window.sync_ui.controller.probe)
    assert (report.outcome, report.pushed) == (RunOutcome.OK, 1)
    status = window.sync_ui.controller.status
    assert status is not None
    # Just synced, nothing queued: the next probe waits for the pull interval.
    assert window.sync_ui.controller.pass_due(status) is False


def test_sign_out_keeps_unsent_work(
    qtbot,
    make_window: MakeWindow,
    laptop: Laptop,
    advisor: str,
    sync_server: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Signing out (after confirming) forgets the sign-in, keeps the queue, offers sign-in."""
    laptop.sync.login(sync_server.url, advisor, PASSWORD)
    laptop.finish()
    window = make_window(laptop)
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)
    told: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _parent, _title, text: told.append(text))
    assert window.sync_ui is not None
    assert window.sync_ui.action_sign_out.isEnabled()
    window.sync_ui.action_sign_out.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: in_flight() == 0, timeout=WAIT_MS)
    status = window.sync_ui.controller.status
    assert status is not None and not status.signed_in and status.pending == 1
    widget = _widget(window)
    assert widget.state_label.text().startswith(widget.tr("Sync: sign in again"))
    assert widget.sign_in_button.isVisible()
    assert not window.sync_ui.action_sign_out.isEnabled()
