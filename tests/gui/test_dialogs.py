"""Dialogs: passphrase rules, choices returned by ask(), non-blocking error boxes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMessageBox, QPushButton

from advisor_app.domain.enums import Variant
from advisor_app.ui import dialogs
from advisor_app.ui.dialogs import NewBalanceDialog, PassphraseDialog
from advisor_app.ui.settings_dialog import SettingsDialog
from tests.gui.helpers import child, interactive_widgets_without_name


def _when_modal_opens(action: Callable[[QDialog], object]) -> None:
    """Run ``action(dialog)`` on the modal dialog as soon as exec() has shown it."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        action(dialog)

    QTimer.singleShot(0, act)


def test_new_passphrase_must_be_long_enough_and_typed_twice(qtbot) -> None:
    """OK is enabled only for 8+ characters typed identically twice; echo is hidden."""
    dialog = PassphraseDialog(creating=True)
    qtbot.addWidget(dialog)
    dialog.show()
    ok = child(dialog, QPushButton, "okButton")
    message = child(dialog, QLabel, "passphraseMessage")
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.confirmation.echoMode() == QLineEdit.EchoMode.Password
    assert not ok.isEnabled()

    dialog.passphrase.setText("krótkie")
    assert message.text() == "Hasło musi mieć co najmniej 8 znaków."
    dialog.passphrase.setText("łąka nad Dunajcem")
    dialog.confirmation.setText("łąka nad Dunajce")
    assert message.text() == "Wpisane hasła się różnią."
    assert not ok.isEnabled()
    dialog.confirmation.setText("łąka nad Dunajcem")
    assert ok.isEnabled()
    assert message.isHidden()
    assert interactive_widgets_without_name(dialog) == []


def test_unlocking_asks_once_and_returns_the_passphrase(qtbot) -> None:
    """ask_passphrase(creating=False) shows one field and returns what was typed."""

    def type_and_accept(dialog: QDialog) -> None:
        assert isinstance(dialog, PassphraseDialog)
        assert dialog.confirmation.isHidden()
        dialog.passphrase.setText("zażółć gęślą jaźń")
        dialog.accept()

    _when_modal_opens(type_and_accept)
    assert dialogs.ask_passphrase(None, creating=False) == "zażółć gęślą jaźń"


def test_cancelled_passphrase_is_none(qtbot) -> None:
    """Cancelling the passphrase dialog returns None."""
    _when_modal_opens(lambda dialog: dialog.reject())
    assert dialogs.ask_passphrase(None, creating=True) is None


def test_new_balance_dialog_returns_variant_and_project(qtbot) -> None:
    """The chosen variant and project come back from ask(); texts are Polish."""

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, NewBalanceDialog)
        assert dialog.variant.currentText() == "Podstawowy"
        assert interactive_widgets_without_name(dialog) == []
        dialog.variant.select_value(Variant.ONLINE_FOLLOWUP)
        dialog.project.select_value("MPDK-S1")
        dialog.accept()

    _when_modal_opens(choose)
    result = NewBalanceDialog.ask(None, ("KK", "KKZ", "MPDK-S1"), "Kowalska Anna")
    assert result == (Variant.ONLINE_FOLLOWUP, "MPDK-S1")


def test_settings_dialog_returns_the_chosen_language(qtbot) -> None:
    """Languages are listed by their own names; the choice comes back as a code."""

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, SettingsDialog)
        assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == [
            "Polski",
            "English",
        ]
        assert dialog.language.current_value() == "pl"
        dialog.language.select_value("en")
        dialog.accept()

    _when_modal_opens(choose)
    assert SettingsDialog.ask(None, "pl") == "en"


def test_error_box_does_not_block_and_keeps_details(qtbot) -> None:
    """show_error() returns at once with a visible box; the English details are attached."""
    box = dialogs.show_error(None, "Bilans", "Dysk jest pełny.", details="the disk is full")
    try:
        assert isinstance(box, QMessageBox)
        assert box.isVisible()
        assert box.detailedText() == "the disk is full"
    finally:
        box.close()
