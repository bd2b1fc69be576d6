"""The sign-in dialog against the real server: errors in the UI language, success, busy state."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from advisor_app.services.sync import LoginResult, ServerUnreachable, SignInFailed
from advisor_app.sync.client import InsecureServerUrl
from advisor_app.ui.error_text import known_error_text
from advisor_app.ui.sync.login_dialog import LoginDialog, default_device_name
from advisor_app.ui.tasks import in_flight
from tests.gui.helpers import interactive_widgets_without_name
from tests.gui.sync.conftest import PASSWORD, Laptop

WAIT_MS = 20_000


def _dialog(qtbot, laptop: Laptop, url: str, user: str, password: str) -> LoginDialog:
    dialog = LoginDialog(laptop.sync, laptop.io)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.server_field.setText(url)
    dialog.user_field.setText(user)
    dialog.password_field.setText(password)
    return dialog


def _sign_in_failing(qtbot, dialog: LoginDialog) -> BaseException:
    with qtbot.waitSignal(dialog.login_did_fail, timeout=WAIT_MS) as blocker:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.busy
        assert dialog.progress.isVisible()
    qtbot.waitUntil(lambda: in_flight() == 0, timeout=WAIT_MS)
    error = blocker.args[0]
    assert isinstance(error, BaseException)
    return error


def test_wrong_password_is_explained_and_the_dialog_stays(
    qtbot, laptop: Laptop, advisor: str, sync_server: Any
) -> None:
    """A refused sign-in shows the translated reason; the advisor can correct and retry."""
    dialog = _dialog(qtbot, laptop, sync_server.url, advisor, "wrong password")
    assert interactive_widgets_without_name(dialog) == []
    assert dialog.device_field.text() == default_device_name()
    error = _sign_in_failing(qtbot, dialog)
    assert isinstance(error, SignInFailed)
    assert dialog.message.isVisible()
    assert dialog.message.text() == known_error_text(error)
    assert dialog.result() == 0 and dialog.isVisible() and not dialog.busy
    assert dialog.password_field.hasSelectedText()
    assert not laptop.sync.status().signed_in

    dialog.password_field.setText(PASSWORD)
    with qtbot.waitSignal(dialog.login_did_succeed, timeout=WAIT_MS) as blocker:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: in_flight() == 0, timeout=WAIT_MS)
    result = blocker.args[0]
    assert isinstance(result, LoginResult) and dialog.result_value == result
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.password_field.text() == ""  # the password is not kept in the widget
    status = laptop.sync.status()
    assert status.signed_in and status.username == advisor


def test_unreachable_server_is_explained(qtbot, laptop: Laptop, closed_port: str) -> None:
    """No answer from the server: "cannot be reached", in the UI language, and nothing stored."""
    dialog = _dialog(qtbot, laptop, closed_port, "ewa", PASSWORD)
    error = _sign_in_failing(qtbot, dialog)
    assert isinstance(error, ServerUnreachable)
    assert dialog.message.text() == known_error_text(error)
    assert laptop.sync.status().server_url is None


def test_plain_http_to_another_host_is_refused(qtbot, laptop: Laptop) -> None:
    """A non-https address is refused before anything is sent."""
    dialog = _dialog(qtbot, laptop, "http://sync.example.org", "ewa", PASSWORD)
    error = _sign_in_failing(qtbot, dialog)
    assert isinstance(error, InsecureServerUrl)
    assert dialog.message.text() == known_error_text(error)


def test_sign_in_needs_every_field(qtbot, laptop: Laptop) -> None:
    """The sign-in button stays disabled until address, user and password are filled in."""
    dialog = _dialog(qtbot, laptop, "https://sync.example.org", "ewa", "")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.password_field.setText("x")
    assert ok.isEnabled()
