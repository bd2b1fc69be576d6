"""Everything the main window shows about sync, built in one place.

The window creates one :class:`SyncUi` and places its parts: :attr:`SyncUi.menu` in the menu
bar, :attr:`SyncUi.action_sync_now` in the toolbar and :attr:`SyncUi.status_widget` in the
status bar. It tells the sync UI when a balance was finished (:meth:`SyncUi.balance_finished`)
and opens the drafts :attr:`SyncUi.balance_did_rebase` announces.
"""

from __future__ import annotations

import logging
from concurrent.futures import Executor
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from advisor_app.errors import KnownError
from advisor_app.ui import dialogs
from advisor_app.ui.sync.conflicts_dialog import ConflictsDialog, NameLookup
from advisor_app.ui.sync.controller import (
    PROBE_INTERVAL_MS,
    SyncController,
    report_changed_data,
)
from advisor_app.ui.sync.login_dialog import LoginDialog
from advisor_app.ui.sync.status_widget import SyncStatusWidget
from advisor_app.ui.tasks import Op, show_failure
from advisor_app.ui.widgets import strip_mnemonic

if TYPE_CHECKING:
    from advisor_app.services.balances import BalanceService
    from advisor_app.services.participants import ParticipantService
    from advisor_app.services.sync import SyncService, SyncStatus
    from advisor_app.sync.outbox_model import RunReport

__all__ = ["SyncUi", "service_names"]

_log = logging.getLogger(__name__)


def service_names(participants: ParticipantService, balances: BalanceService) -> NameLookup:
    """Names for the conflicts view, from the services (runs on the db executor)."""

    def lookup(kind: str, entity_id: UUID) -> str | None:
        try:
            if kind in ("participant", "participant_change"):
                person = participants.get(entity_id)
                return f"{person.last_name} {person.first_name}".strip()
            if kind == "balance_revision":
                record = balances.load(entity_id)
                person = record.participant
                return f"{person.last_name} {person.first_name}".strip()
        except KnownError:  # erased or transferred meanwhile: the id is shown instead
            return None
        return None

    return lookup


class SyncUi(QObject):
    """The sync actions, menu, status-bar widget, controller and dialogs of one window.

    Args:
        sync: The sync service.
        db_executor: The db executor.
        io_executor: The io pool.
        window: The main window (parent of the actions, the menu and the dialogs).
        names: Finds names for the conflicts view.
        probe_interval_ms: The controller's timer period (0: no timer).

    Signals:
        balance_did_rebase(object): A conflict was resolved into a new draft; carries the
            :class:`BalanceRecord` to open.
        data_did_change(): A pass or a resolution changed what the list shows.
    """

    balance_did_rebase = Signal(object)
    data_did_change = Signal()

    def __init__(
        self,
        sync: SyncService,
        db_executor: Executor,
        io_executor: Executor,
        window: QWidget,
        *,
        names: NameLookup | None = None,
        probe_interval_ms: int = PROBE_INTERVAL_MS,
    ) -> None:
        """Build the parts; the status is read and the timer started at once."""
        super().__init__(window)
        self.setObjectName("syncUi")
        self._sync = sync
        self._db = db_executor
        self._io = io_executor
        self._window = window
        self._names = names
        self._conflicts_dialog: ConflictsDialog | None = None
        self._signing_out = False

        self.controller = SyncController(
            sync, db_executor, io_executor, self, probe_interval_ms=probe_interval_ms
        )
        self.action_sync_now = self._action("actionSyncNow", self.sync_now, "F9")
        self.action_conflicts = self._action("actionSyncConflicts", self.show_conflicts)
        self.action_sign_in = self._action("actionSyncSignIn", self.sign_in)
        self.action_sign_out = self._action("actionSyncSignOut", self.sign_out)
        self.menu = QMenu(window)
        self.menu.setObjectName("syncMenu")
        self.menu.addAction(self.action_sync_now)
        self.menu.addAction(self.action_conflicts)
        self.menu.addSeparator()
        self.menu.addAction(self.action_sign_in)
        self.menu.addAction(self.action_sign_out)
        self.status_widget = SyncStatusWidget(self.controller, self.action_sync_now)
        self.status_widget.sign_in_was_requested.connect(self.sign_in)
        self.status_widget.problems_were_requested.connect(self.show_conflicts)

        self.controller.status_did_change.connect(self._update_actions)
        self.controller.pass_did_start.connect(self._update_actions)
        self.controller.pass_did_finish.connect(self._pass_finished)
        self.controller.pass_did_fail.connect(self._pass_failed)
        window.installEventFilter(self)
        self.retranslate()
        self.controller.start()

    def _action(self, name: str, slot: object, shortcut: str | None = None) -> QAction:
        action = QAction(self._window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        return action

    # --- public -------------------------------------------------------------------------------

    @property
    def conflicts_dialog(self) -> ConflictsDialog | None:
        """The conflicts view, once opened."""
        return self._conflicts_dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the window's language changes."""
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        """Set every text of the actions and the menu in the current UI language."""
        self.menu.setTitle(self.tr("S&ync"))
        status = self.controller.status
        again = status is not None and status.server_url is not None
        texts = (
            (
                self.action_sync_now,
                self.tr("&Sync now"),
                self.tr("Send finished balances and fetch changes from the server"),
            ),
            (
                self.action_conflicts,
                self.tr("&Conflicts and rejected items…"),
                self.tr("Compare conflicting versions and see what the server refused"),
            ),
            (
                self.action_sign_in,
                self.tr("Sign in &again…") if again else self.tr("Sign &in…"),
                self.tr("Sign in to the sync server"),
            ),
            (
                self.action_sign_out,
                self.tr("Sign &out"),
                self.tr("Sign out of the sync server; unsent data stays on this laptop"),
            ),
        )
        for action, text, tip in texts:
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            action.setStatusTip(tip)
            # Buttons showing the action (toolbar, status bar) are named after it.
            for widget in action.associatedObjects():
                if isinstance(widget, QToolButton):
                    widget.setAccessibleName(strip_mnemonic(text).rstrip("…"))
                    widget.setAccessibleDescription(tip)

    def sync_now(self) -> None:
        """Run a pass now; without a sign-in, open the sign-in dialog instead."""
        status = self.controller.status
        if status is not None and (status.server_url is None or not status.signed_in):
            self.sign_in()
            return
        self.controller.sync_now()

    def balance_finished(self) -> None:
        """A balance was finished (or withdrawn): send it soon."""
        self.controller.refresh_status(lambda status: self._send_finished(status))

    def sign_in(self) -> None:
        """Ask for the server and credentials; sync at once after signing in."""
        status = self.controller.status
        result = LoginDialog.ask(
            self._window,
            self._sync,
            self._io,
            server_url=status.server_url if status is not None else None,
            username=status.username if status is not None else None,
        )
        if result is None:
            return
        self.retranslate()
        self.controller.refresh_status(lambda _status: self.controller.sync_now())

    def sign_out(self) -> None:
        """Sign out after confirming; local data, unsent items included, stays."""
        if self._signing_out:
            return
        if not dialogs.confirm(
            self._window,
            self.tr("Sign out"),
            self.tr(
                "Sign out of the sync server? Nothing is deleted: balances not sent yet stay "
                "on this laptop and are sent after the next sign-in."
            ),
            yes_text=self.tr("Sign out"),
            no_text=self.tr("Stay signed in"),
        ):
            return
        self._signing_out = True
        self._update_actions()
        Op(self, self._sync.logout).success(self._signed_out).failure(
            self._sign_out_failed
        ).with_progress(self.tr("Signing out…")).run(self._io)

    def show_conflicts(self) -> None:
        """Open the conflicts view (one at a time), or bring it forward."""
        dialog = self._conflicts_dialog
        if dialog is None:
            dialog = ConflictsDialog(self._sync, self._db, self._window, names=self._names)
            dialog.revision_did_rebase.connect(self._rebased)
            dialog.conflict_did_resolve.connect(self._resolved)
            self._conflicts_dialog = dialog
        else:
            dialog.reload()
        dialog.show()
        dialog.activateWindow()

    def shutdown(self) -> None:
        """Stop the timers (the window closes)."""
        self.controller.stop()

    # --- internals ----------------------------------------------------------------------------

    def _send_finished(self, status: SyncStatus) -> None:
        if status.signed_in and status.blocked is None:
            self.controller.request_pass()

    def _update_actions(self, *_args: object) -> None:
        status = self.controller.status
        running = self.controller.running
        signed_in = status is not None and status.signed_in
        self.action_sync_now.setEnabled(not running and status is not None)
        self.action_sign_in.setEnabled(not running and not self._signing_out)
        self.action_sign_out.setEnabled(signed_in and not running and not self._signing_out)
        self.retranslate()

    def _pass_finished(self, report: RunReport) -> None:
        self._update_actions()
        if report_changed_data(report):
            self.data_did_change.emit()
            if self._conflicts_dialog is not None and self._conflicts_dialog.isVisible():
                self._conflicts_dialog.reload()

    def _pass_failed(self, error: BaseException) -> None:
        self._update_actions()
        if isinstance(error, KnownError):
            _log.info("sync pass stopped: %s", error)  # e.g. the profile was locked meanwhile
            return
        show_failure(self._window, error)

    def _signed_out(self, _result: object) -> None:
        self._signing_out = False
        self.controller.refresh_status()
        dialogs.show_info(
            self._window,
            self.tr("Signed out"),
            self.tr(
                "You are signed out of the sync server. Everything stays on this laptop; "
                "unsent balances are sent after you sign in again."
            ),
        )

    def _sign_out_failed(self, error: BaseException) -> None:
        self._signing_out = False
        self._update_actions()
        show_failure(self._window, error)

    def _rebased(self, record: object) -> None:
        self.controller.refresh_status()
        self.data_did_change.emit()
        self.balance_did_rebase.emit(record)

    def _resolved(self) -> None:
        self.controller.refresh_status()
        self.data_did_change.emit()
