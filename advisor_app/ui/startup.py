"""Opening the profile before the main window: off the GUI thread, with a progress dialog.

Opening may take a while: the key is unwrapped with a memory-hard KDF when there is no keyring,
and a schema upgrade backs up the whole database first (ARCHITECTURE.md §4). The work runs on
the db executor; the only thing it may need from the user, the recovery passphrase, is asked on
the GUI thread through :class:`PassphraseBridge`.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog

from advisor_app.errors import KnownError
from advisor_app.ui.dialogs import show_error
from advisor_app.ui.error_text import known_error_details, known_error_text
from advisor_app.ui.tasks import Op, unexpected_error_text

T = TypeVar("T")

# Reports a step of the opening (any text: the dialog shows its own translated label).
ProgressCallback = Callable[[str], None]

# Asks for the recovery passphrase: ``ask(creating)`` returns it, or None when cancelled.
AskPassphrase = Callable[[bool], str | None]


class PassphraseBridge(QObject):
    """Lets a worker thread ask for the recovery passphrase on the GUI thread and wait.

    Args:
        ask: Shows the passphrase dialog; ``ask(creating)`` returns the passphrase or None.

    Signals:
        _passphrase_was_requested(bool): Internal; carries the request to the GUI thread.
    """

    _passphrase_was_requested = Signal(bool)

    def __init__(self, ask: Callable[[bool], str | None]) -> None:
        """Create the bridge in the GUI thread (it must live there)."""
        super().__init__()
        self._ask = ask
        self._answer: str | None = None
        # Blocking: the worker waits until the dialog on the GUI thread has been answered.
        self._passphrase_was_requested.connect(
            self._on_requested, Qt.ConnectionType.BlockingQueuedConnection
        )

    def ask_from_any_thread(self, creating: bool) -> str | None:
        """Ask for the passphrase; callable from the worker thread or the GUI thread."""
        if QThread.currentThread() is self.thread():
            return self._ask(creating)  # a blocking queued call to itself would deadlock
        self._passphrase_was_requested.emit(creating)
        return self._answer

    @Slot(bool)
    def _on_requested(self, creating: bool) -> None:
        self._answer = self._ask(creating)


class ProfileStartup(QObject, Generic[T]):
    """Opens the profile on the executor while a progress dialog shows, then builds the window.

    Args:
        open_profile: Opens the profile and returns what the window needs; called on the
            executor with a progress callback and a passphrase question it may ask from there.
        on_opened: Builds and shows the main window (GUI thread).
        executor: The db executor (the opened profile's sessions belong to its thread).
        ask_passphrase: The passphrase dialog (a seam for tests).

    Signals:
        step_did_start(str): A step of the opening began (emitted from the worker).
        opening_did_fail(): The profile could not be opened and the advisor has read why
            (the application quits on it).
    """

    step_did_start = Signal(str)
    opening_did_fail = Signal()

    def __init__(
        self,
        open_profile: Callable[[ProgressCallback, AskPassphrase], T],
        on_opened: Callable[[T], object],
        executor: Executor,
        ask_passphrase: AskPassphrase,
    ) -> None:
        """Prepare the startup; nothing happens before :meth:`start`."""
        super().__init__()
        self._open = open_profile
        self._on_opened = on_opened
        self._executor = executor
        self._ask_passphrase = ask_passphrase
        self._bridge = PassphraseBridge(self._ask_without_progress)
        self.dialog = QProgressDialog()
        self.dialog.setObjectName("startupProgress")
        self.dialog.setWindowTitle(QCoreApplication.translate("Startup", "Bilans"))
        self.dialog.setLabelText(QCoreApplication.translate("Startup", "Opening the profile…"))
        self.dialog.setAccessibleName(self.dialog.labelText())
        self.dialog.setRange(0, 0)  # busy indicator: the steps have no known length
        self.dialog.setCancelButton(None)
        self.dialog.setMinimumDuration(300)  # a normal start is faster: no flash of a dialog
        self.step_did_start.connect(self._show_step)

    def start(self) -> None:
        """Start opening the profile."""
        self.dialog.setValue(0)
        ask = self._bridge.ask_from_any_thread
        Op(self, lambda: self._open(self.step_did_start.emit, ask)).success(self._opened).failure(
            self._failed
        ).run(self._executor)

    def _ask_without_progress(self, creating: bool) -> str | None:
        # The busy dialog would sit on top of the passphrase dialog and catch the eye.
        self.dialog.hide()
        answer = self._ask_passphrase(creating)
        if answer is not None:
            self.dialog.show()
        return answer

    @Slot(str)
    def _show_step(self, _step: str) -> None:
        # Steps come from storage in English; the advisor only needs to know why it takes long.
        text = QCoreApplication.translate(
            "Startup", "Upgrading the database to the new version of the app, please wait…"
        )
        self.dialog.setLabelText(text)
        self.dialog.setAccessibleName(text)

    def _opened(self, result: T) -> None:
        self.dialog.close()
        self._on_opened(result)

    def _failed(self, error: BaseException) -> None:
        self.dialog.close()
        if isinstance(error, KnownError):
            text, details = known_error_text(error), known_error_details(error)
        else:
            text, details = unexpected_error_text(), ""
        box = show_error(
            None,
            QCoreApplication.translate("Startup", "The profile cannot be opened"),
            text,
            details=details,
        )
        box.finished.connect(lambda _result: self.opening_did_fail.emit())
