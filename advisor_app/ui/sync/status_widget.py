"""The sync status in the main window's status bar."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from advisor_app.sync.outbox_model import RunOutcome
from advisor_app.ui.sync.controller import SyncController, local_time
from advisor_app.ui.widgets import error_color

if TYPE_CHECKING:
    from advisor_app.services.sync import SyncStatus

__all__ = ["Severity", "SyncStatusWidget", "format_moment"]


class Severity:
    """How a status line is coloured."""

    NORMAL = "normal"
    WARNING = "warning"
    ERROR = "error"


def format_moment(value: dt.datetime, now: dt.datetime, *, long: bool = False) -> str:
    """A time for the status bar: only the time today, the date and time otherwise."""
    local = local_time(value)
    locale = QLocale()
    time_text = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if not long and local.date() == local_time(now).date():
        return time_text
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return f"{locale.toString(QDate(local.year, local.month, local.day), fmt)} {time_text}"


class SyncStatusWidget(QWidget):
    """Last sync, queued items, problems and a progress bar for long pushes.

    It only shows what the :class:`SyncController` reports; the buttons ask the window to open
    the sign-in dialog or the conflicts view, and "Sync now" is the window's action.

    Args:
        controller: Supplies the status and runs passes.
        sync_action: The window's "Sync now" action, shown as a button.
        parent: Parent widget.
        now: Wall clock in seconds (tests fix it).

    Signals:
        sign_in_was_requested(): The advisor pressed "Sign in…".
        problems_were_requested(): The advisor pressed the problems button.
    """

    sign_in_was_requested = Signal()
    problems_were_requested = Signal()

    def __init__(
        self,
        controller: SyncController,
        sync_action: QAction | None = None,
        parent: QWidget | None = None,
        *,
        now: Callable[[], float] = time.time,
    ) -> None:
        """Build the widget; it follows the controller's signals from now on."""
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._controller = controller
        self._now = now
        self._severity = Severity.NORMAL

        self.state_label = QLabel()
        self.state_label.setObjectName("syncStateLabel")
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        # Reachable with Tab, so keyboard and screen-reader users can read the status too.
        self.state_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.clock_label = QLabel()
        self.clock_label.setObjectName("syncClockLabel")
        self.clock_label.setTextFormat(Qt.TextFormat.PlainText)
        self.clock_label.hide()
        self.problems_button = QToolButton()
        self.problems_button.setObjectName("syncProblemsButton")
        self.problems_button.setAutoRaise(True)
        self.problems_button.clicked.connect(self.problems_were_requested)
        self.problems_button.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setMaximumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.progress.setMaximumHeight(self.fontMetrics().height())
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.sign_in_button = QToolButton()
        self.sign_in_button.setObjectName("syncSignInButton")
        self.sign_in_button.clicked.connect(self.sign_in_was_requested)
        self.sign_in_button.hide()
        self.sync_button = QToolButton()
        self.sync_button.setObjectName("syncNowButton")
        self.sync_button.setAutoRaise(True)
        if sync_action is not None:
            self.sync_button.setDefaultAction(sync_action)
        else:
            self.sync_button.clicked.connect(controller.sync_now)

        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(separator)
        layout.addWidget(self.state_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.clock_label)
        layout.addWidget(self.problems_button)
        layout.addWidget(self.sign_in_button)
        layout.addWidget(self.sync_button)

        controller.status_did_change.connect(self._update)
        controller.pass_did_start.connect(self._update)
        controller.pass_did_finish.connect(self._update)
        controller.pass_did_fail.connect(self._update)
        controller.progress_did_change.connect(self._progress_changed)
        self.retranslateUi()

    # --- public -------------------------------------------------------------------------------

    @property
    def severity(self) -> str:
        """How the status line is coloured now (a :class:`Severity` value)."""
        return self._severity

    def changeEvent(self, event: QEvent) -> None:
        """Re-set texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every text in the current UI language."""
        self.setAccessibleName(self.tr("Synchronisation status"))
        self.progress.setAccessibleName(self.tr("Synchronisation progress"))
        self.sign_in_button.setText(self.tr("Sign in…"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in to the sync server"))
        self.sign_in_button.setToolTip(self.tr("Sign in to the sync server"))
        if self.sync_button.defaultAction() is None:
            self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self._update()

    # --- internals ----------------------------------------------------------------------------

    def _update(self, *_args: object) -> None:
        status = self._controller.status
        running = self._controller.running
        text, tooltip, severity = self._describe(status, running)
        self.state_label.setText(text)
        self.state_label.setToolTip(tooltip)
        self.state_label.setAccessibleName(text)
        self.state_label.setAccessibleDescription(tooltip)
        self._set_severity(severity)
        self.progress.setVisible(running)
        if not running:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
        self._update_problems(status)
        self._update_clock(status)
        needs_sign_in = status is not None and (
            status.server_url is None or not status.signed_in or status.blocked == "auth"
        )
        self.sign_in_button.setVisible(needs_sign_in and not running)
        self.sync_button.setVisible(not needs_sign_in)

    def _describe(self, status: SyncStatus | None, running: bool) -> tuple[str, str, str]:
        if status is None:
            return self.tr("Sync: reading the status…"), "", Severity.NORMAL
        now = dt.datetime.fromtimestamp(self._now(), tz=dt.UTC)
        waiting = self.tr("%n waiting", "", status.pending) if status.pending else ""
        tooltip = self._tooltip(status, now)
        if running:
            return self.tr("Synchronising…"), tooltip, Severity.NORMAL
        if status.server_url is None:
            return self.tr("Sync: not signed in"), tooltip, Severity.NORMAL
        if status.blocked == "client_too_old":
            return (
                self.tr("Sync stopped: update the application"),
                tooltip,
                Severity.ERROR,
            )
        if status.blocked == "auth" or not status.signed_in:
            text = self.tr("Sync: sign in again")
            return _join(text, waiting), tooltip, Severity.WARNING
        if status.needs_attention:
            text = self.tr("Sync needs attention")
            return _join(text, waiting), tooltip, Severity.ERROR
        if status.last_problem:
            text = self._failure_headline(status, now)
            return _join(text, waiting), tooltip, Severity.WARNING
        if status.last_sync_at is None:
            return _join(self.tr("Not synced yet"), waiting), tooltip, Severity.NORMAL
        text = self.tr("Synced at {time}").format(time=format_moment(status.last_sync_at, now))
        return _join(text, waiting), tooltip, Severity.NORMAL

    def _failure_headline(self, status: SyncStatus, now: dt.datetime) -> str:
        report = self._controller.last_report
        if report is not None and report.outcome is RunOutcome.SERVER_ERROR:
            text = self.tr("The sync server has a problem")
        else:
            text = self.tr("Offline: the server cannot be reached")
        if status.next_run_at is not None:
            retry = dt.datetime.fromtimestamp(status.next_run_at, tz=dt.UTC)
            text = self.tr("{problem}, next try at {time}").format(
                problem=text, time=format_moment(retry, now)
            )
        return text

    def _tooltip(self, status: SyncStatus, now: dt.datetime) -> str:
        lines = []
        if status.server_url:
            lines.append(self.tr("Server: {url}").format(url=status.server_url))
        if status.username:
            lines.append(self.tr("User: {name}").format(name=status.username))
        if status.last_sync_at is not None:
            lines.append(
                self.tr("Last complete sync: {time}").format(
                    time=format_moment(status.last_sync_at, now, long=True)
                )
            )
        lines.append(self.tr("Waiting to be sent: %n", "", status.pending))
        if status.last_problem:
            lines.append(self.tr("Last problem: {problem}").format(problem=status.last_problem))
        if status.server_url is not None and (not status.signed_in or status.blocked == "auth"):
            lines.append(
                self.tr(
                    "Work continues offline; everything waits on this laptop until you sign in."
                )
            )
        if status.blocked == "client_too_old":
            lines.append(
                self.tr("The server needs a newer version of Bilans. Nothing is lost meanwhile.")
            )
        return "\n".join(lines)

    def _update_problems(self, status: SyncStatus | None) -> None:
        count = 0 if status is None else len(status.problems) + status.participant_conflicts
        self.problems_button.setVisible(count > 0)
        text = self.tr("%n problem(s)", "", count)
        self.problems_button.setText(text)
        self.problems_button.setAccessibleName(text)
        tip = self.tr("Conflicts and rejected items: open the list to resolve them")
        self.problems_button.setToolTip(tip)
        self.problems_button.setAccessibleDescription(tip)
        _color(self.problems_button, count > 0)

    def _update_clock(self, status: SyncStatus | None) -> None:
        show = status is not None and status.skew_warning and status.skew_seconds is not None
        self.clock_label.setVisible(show)
        if not show or status is None or status.skew_seconds is None:
            return
        minutes = round(abs(status.skew_seconds) / 60)
        if minutes >= 48 * 60:
            amount = self.tr("%n day(s)", "", round(minutes / (24 * 60)))
        elif minutes >= 120:
            amount = self.tr("%n hour(s)", "", round(minutes / 60))
        else:
            amount = self.tr("%n minute(s)", "", minutes)
        text = self.tr("Clock differs from the server by {amount}").format(amount=amount)
        self.clock_label.setText(text)
        self.clock_label.setAccessibleName(text)
        self.clock_label.setToolTip(
            self.tr(
                "Set this computer's date and time. Syncing continues; the server records "
                "its own time."
            )
        )

    def _progress_changed(self, done: int, total: int) -> None:
        if total <= 0:
            self.progress.setRange(0, 0)  # busy: nothing to count (a pull)
            return
        self.progress.setRange(0, total)
        self.progress.setValue(min(done, total))
        self.progress.setToolTip(self.tr("Sent {done} of {total}").format(done=done, total=total))

    def _set_severity(self, severity: str) -> None:
        self._severity = severity
        _color(self.state_label, severity == Severity.ERROR)
        _color(self.clock_label, True)


def _join(text: str, extra: str) -> str:
    return f"{text} · {extra}" if extra else text


def _color(widget: QWidget, alert: bool) -> None:
    if not alert:
        widget.setPalette(QPalette())  # nothing explicit: the inherited colours again
        return
    palette = QPalette(widget.palette())
    color = error_color(palette)
    palette.setColor(QPalette.ColorRole.WindowText, color)
    palette.setColor(QPalette.ColorRole.ButtonText, color)
    widget.setPalette(palette)
