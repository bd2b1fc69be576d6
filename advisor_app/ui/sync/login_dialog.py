"""Signing in to the sync server, and signing out."""

from __future__ import annotations

import socket
from concurrent.futures import Executor
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from advisor_app.errors import KnownError
from advisor_app.ui.error_text import known_error_details, known_error_text
from advisor_app.ui.tasks import Op, unexpected_error_text
from advisor_app.ui.widgets import error_color, set_readable_width

if TYPE_CHECKING:
    from advisor_app.services.sync import LoginResult, SyncService

__all__ = ["LoginDialog", "default_device_name"]


def default_device_name() -> str:
    """This computer's name, shown to administrators in the server's device list."""
    try:
        name = socket.gethostname()
    except OSError:  # no host name configured
        name = ""
    return name.split(".")[0][:60] or "laptop"


class LoginDialog(QDialog):
    """Server address, user name and password; signs in on the io pool.

    The dialog stays open while signing in ("Signing in…" with a busy bar) and shows what went
    wrong in the UI language under the fields; it closes with ``Accepted`` once signed in.

    Args:
        sync: The sync service.
        io_executor: Where the network call runs.
        parent: Parent window.
        server_url: Address to prefill (the last one used).
        username: User name to prefill.

    Signals:
        login_did_succeed(object): Signed in; carries the :class:`LoginResult`.
        login_did_fail(object): Signing in failed; carries the exception.
    """

    login_did_succeed = Signal(object)
    login_did_fail = Signal(object)

    def __init__(
        self,
        sync: SyncService,
        io_executor: Executor,
        parent: QWidget | None = None,
        *,
        server_url: str | None = None,
        username: str | None = None,
    ) -> None:
        """Build the form."""
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self._sync = sync
        self._io = io_executor
        self._busy = False
        self.result_value: LoginResult | None = None

        self._intro = QLabel()
        self._intro.setObjectName("loginIntro")
        self._intro.setWordWrap(True)
        self.server_field = QLineEdit(server_url or "")
        self.server_field.setObjectName("serverField")
        self.user_field = QLineEdit(username or "")
        self.user_field.setObjectName("userField")
        self.password_field = QLineEdit()
        self.password_field.setObjectName("passwordField")
        self.password_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.device_field = QLineEdit(default_device_name())
        self.device_field.setObjectName("deviceField")
        self.device_field.setMaxLength(60)
        self._labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(
            self._labels,
            (self.server_field, self.user_field, self.password_field, self.device_field),
            strict=True,
        ):
            label.setBuddy(field)
            form.addRow(label, field)

        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_color(palette))
        self.message.setPalette(palette)
        self.message.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("loginProgress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self._progress_label = QLabel()
        self._progress_label.setObjectName("loginProgressLabel")
        self._progress_label.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setObjectName("loginButtons")
        self.buttons.accepted.connect(self.sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self._progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)

        for field in (self.server_field, self.user_field, self.password_field):
            field.textChanged.connect(self._update_buttons)
        self.retranslateUi()
        set_readable_width(self, 60)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self._update_buttons()
        first_empty = next(
            (f for f in (self.server_field, self.user_field) if not f.text()), self.password_field
        )
        first_empty.setFocus(Qt.FocusReason.OtherFocusReason)

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        sync: SyncService,
        io_executor: Executor,
        *,
        server_url: str | None = None,
        username: str | None = None,
    ) -> LoginResult | None:
        """Show the dialog and wait; the sign-in result, or None when cancelled (tests patch)."""
        dialog = cls(sync, io_executor, parent, server_url=server_url, username=username)
        try:
            dialog.exec()
            return dialog.result_value
        finally:
            dialog.deleteLater()

    @property
    def busy(self) -> bool:
        """Tell whether signing in is in progress."""
        return self._busy

    def changeEvent(self, event: QEvent) -> None:
        """Re-set texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every text in the current UI language."""
        self.setWindowTitle(self.tr("Sign in to the sync server"))
        self._intro.setText(
            self.tr(
                "Finished balances are sent to your organisation's server. "
                "The password is not stored; this laptop keeps a sign-in key in the "
                "system keyring."
            )
        )
        texts = (
            (self.tr("Server &address:"), self.tr("Server address")),
            (self.tr("&User name:"), self.tr("User name")),
            (self.tr("&Password:"), self.tr("Password")),
            (self.tr("&This computer:"), self.tr("Name of this computer")),
        )
        fields = (self.server_field, self.user_field, self.password_field, self.device_field)
        for label, field, (text, name) in zip(self._labels, fields, texts, strict=True):
            label.setText(text)
            field.setAccessibleName(name)
        self.server_field.setPlaceholderText(self.tr("https://…"))
        self.device_field.setToolTip(
            self.tr("Shown to the administrator in the list of devices that may sync.")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Sign in"))
        ok.setAccessibleName(self.tr("Sign in"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        self._progress_label.setText(self.tr("Signing in…"))
        self.progress.setAccessibleName(self.tr("Signing in"))

    def sign_in(self) -> None:
        """Start signing in with the values entered (on the io pool)."""
        if self._busy or not self._complete():
            return
        self._set_busy(True)
        self.message.hide()
        sync = self._sync
        url = self.server_field.text().strip()
        user = self.user_field.text().strip()
        password = self.password_field.text()
        device = self.device_field.text().strip() or None
        Op(self, lambda: sync.login(url, user, password, device)).success(self._signed_in).failure(
            self._failed
        ).run(self._io)

    def reject(self) -> None:
        """Cancel; ignored while signing in (the answer is on its way)."""
        if self._busy:
            return
        super().reject()

    # --- internals ----------------------------------------------------------------------------

    def _complete(self) -> bool:
        return all(
            f.text().strip() for f in (self.server_field, self.user_field, self.password_field)
        )

    def _update_buttons(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self._complete() and not self._busy)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for field in (self.server_field, self.user_field, self.password_field, self.device_field):
            field.setReadOnly(busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not busy)
        self.progress.setVisible(busy)
        self._progress_label.setVisible(busy)
        self._update_buttons()

    def _signed_in(self, result: LoginResult) -> None:
        self._set_busy(False)
        self.password_field.clear()
        self.result_value = result
        self.login_did_succeed.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if isinstance(error, KnownError):
            text = known_error_text(error)
            self.message.setToolTip(known_error_details(error))
        else:
            text = unexpected_error_text()
            self.message.setToolTip("")
        self.message.setText(text)
        self.message.show()
        self.adjustSize()  # room for the message (the dialog does not grow by itself)
        self.password_field.setAccessibleDescription(text)
        self.password_field.selectAll()
        self.password_field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.login_did_fail.emit(error)
