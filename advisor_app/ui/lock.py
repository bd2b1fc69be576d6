"""Auto-lock after idle time and on demand (Ctrl+L), for laptops shared between advisors.

Locking: every open balance window saves and closes (its draft flushes first), the profile's
key is dropped on the db executor (``services.profile_lock.lock``), and the main window shows the
lock screen instead of the list, with its menus disabled. Unlocking reads the key again from
the OS keyring or unwraps it with the recovery passphrase; then the list comes back and the
balances that were open are opened again.

Idle time counts from the last key press, click or wheel turn anywhere in the application. A
modal dialog being open (an unsaved participant form) postpones the idle lock.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from advisor_app.errors import KnownError
from advisor_app.ui.error_text import known_error_text
from advisor_app.ui.privacy_dialogs import LockScreen
from advisor_app.ui.tasks import Op, unexpected_error_text

if TYPE_CHECKING:
    from advisor_app.services.profile_lock import ProfileLock
    from advisor_app.ui.main_window import MainWindow

__all__ = ["LockController"]

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class LockController(QObject):
    """Locks the main window's profile on idle or on demand and unlocks it.

    Args:
        window: The main window.
        profile_lock: ``services.profile_lock``.
        executor: The db executor.
        idle_minutes: Minutes without input before locking; 0 never locks by itself.

    Signals:
        profile_did_lock(): The key is out of memory and the lock screen shows.
        profile_did_unlock(): The profile is open again.
    """

    profile_did_lock = Signal()
    profile_did_unlock = Signal()

    def __init__(
        self,
        window: MainWindow,
        profile_lock: ProfileLock,
        executor: Executor,
        idle_minutes: int,
    ) -> None:
        """Start watching for idle time."""
        super().__init__(window)
        self._window = window
        self._lock = profile_lock
        self._executor = executor
        self._state = "open"  # open | locking | locked | unlocking
        self._reopen: list[UUID] = []
        self.screen = LockScreen(window.services.profile.advisor_name)
        self.screen.unlock_with_keyring_was_requested.connect(self.unlock_with_keyring)
        self.screen.unlock_with_passphrase_was_requested.connect(self.unlock_with_passphrase)
        self.screen.passphrase_edit.setEnabled(profile_lock.has_passphrase)
        self._idle = QTimer(self)
        self._idle.setObjectName("idleLockTimer")
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._idle_elapsed)
        self.set_idle_minutes(idle_minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        """Tell whether the lock screen shows (or the profile is being locked)."""
        return self._state != "open"

    def set_idle_minutes(self, minutes: int) -> None:
        """Change the idle time (0 switches the idle lock off)."""
        self._idle.stop()
        if minutes > 0:
            self._idle.setInterval(minutes * 60_000)
            if self._state == "open":
                self._idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Restart the idle countdown on user input anywhere in the application."""
        if event.type() in _ACTIVITY and self._state == "open" and self._idle.isActive():
            self._idle.start()
        return False

    def lock(self) -> None:
        """Save and close the balance windows, drop the key and show the lock screen."""
        if self._state != "open":
            return
        self._state = "locking"
        self._idle.stop()
        views = self._window.balance_views()
        self._reopen = [view.balance_id for view in views]
        if not views:
            self._drop_key()
            return
        pending = set(self._reopen)

        def closed(balance_id: UUID) -> None:
            pending.discard(balance_id)
            if not pending and self._state == "locking":
                self._drop_key()

        def cancelled() -> None:
            # A save failed and the advisor kept the window: do not lock over unsaved work.
            self._state = "open"
            self._restart_idle()

        for view in views:
            view.view_did_close.connect(closed)
            view.close_did_cancel.connect(cancelled)
            view.close()

    def unlock_with_keyring(self) -> None:
        """Read the key from the OS keyring again."""
        self._unlock(self._lock.unlock_with_keyring)

    def unlock_with_passphrase(self, passphrase: str) -> None:
        """Unwrap the key with the recovery passphrase."""
        self._unlock(lambda: self._lock.unlock_with_passphrase(passphrase))

    # --- internals --------------------------------------------------------------------------

    def _idle_elapsed(self) -> None:
        if QApplication.activeModalWidget() is not None:
            self._idle.start()  # an open form would lose its edits: wait for it to close
            return
        self.lock()

    def _restart_idle(self) -> None:
        if self._idle.interval() > 0:
            self._idle.start()

    def _drop_key(self) -> None:
        Op(self, self._lock.lock).success(lambda _: self._locked()).failure(self._lock_failed).run(
            self._executor
        )

    def _locked(self) -> None:
        self._state = "locked"
        self.screen.reset()
        self._window.show_cover(self.screen)
        self.profile_did_lock.emit()

    def _lock_failed(self, error: BaseException) -> None:
        self._state = "open"
        self._restart_idle()
        from advisor_app.ui.tasks import show_failure

        show_failure(self._window, error)

    def _unlock(self, work: Callable[[], Any]) -> None:
        if self._state != "locked":
            return
        self._state = "unlocking"
        self.screen.set_busy(True)
        Op(self, work).success(lambda _: self._unlocked()).failure(self._unlock_failed).run(
            self._executor
        )

    def _unlocked(self) -> None:
        self._state = "open"
        self.screen.reset()
        self._window.hide_cover()
        self._window.refresh()
        reopen, self._reopen = self._reopen, []
        for balance_id in reopen:
            self._window.open_balance_id(balance_id)
        self._restart_idle()
        self.profile_did_unlock.emit()

    def _unlock_failed(self, error: BaseException) -> None:
        self._state = "locked"
        text = known_error_text(error) if isinstance(error, KnownError) else unexpected_error_text()
        self.screen.show_failure(text)
