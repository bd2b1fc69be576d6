"""Dialogs, each behind a seam so tests never block on ``exec()``.

Logic code calls the ``ask()`` classmethods and the module functions (``dialogs.show_error``,
``dialogs.confirm``, ``dialogs.ask_passphrase``) through this module; tests monkeypatch them
(pytest-qt ``docs/note_dialogs.rst``). Error and information boxes are opened non-blocking
(``open()``), so an unexpected failure in a test shows a box instead of hanging the run.
"""

from __future__ import annotations

from concurrent.futures import Executor
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from advisor_app.domain.entities import Participant
from advisor_app.domain.enums import Variant
from advisor_app.ui.enum_text import enum_text
from advisor_app.ui.participant_form import ParticipantForm, ParticipantSaver
from advisor_app.ui.settings_dialog import SettingsDialog
from advisor_app.ui.widgets import (
    ChoiceCombo,
    InlineMessage,
    set_readable_width,
    strip_mnemonic,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = [
    "MIN_PASSPHRASE_LENGTH",
    "NewBalanceDialog",
    "ParticipantDialog",
    "PassphraseDialog",
    "SettingsDialog",
    "ask_passphrase",
    "confirm",
    "show_error",
    "show_info",
]

# Shortest recovery passphrase accepted when creating one.
MIN_PASSPHRASE_LENGTH = 8


def _message_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    details: str = "",
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox" if icon == QMessageBox.Icon.Critical else "infoBox")
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(
        Qt.WindowModality.WindowModal if parent is not None else Qt.WindowModality.ApplicationModal
    )
    if parent is None:
        # Nothing on the Qt side owns a parentless box: without a Python reference it would be
        # deleted (and vanish) as soon as the caller returns.
        _PARENTLESS_BOXES.add(box)
        box.finished.connect(lambda _result: _PARENTLESS_BOXES.discard(box))
    box.open()  # not exec(): callers (and tests) carry on while the box is shown
    return box


_PARENTLESS_BOXES: set[QMessageBox] = set()


def show_error(parent: QWidget | None, title: str, text: str, *, details: str = "") -> QMessageBox:
    """Show an error message without blocking the caller.

    Args:
        parent: Window the message belongs to (None: application-modal).
        title: Window title.
        text: What happened and what to do next, in the UI language.
        details: Extra text for support (English error text), behind "Show Details…".

    Returns:
        The message box (it deletes itself when closed).
    """
    return _message_box(parent, QMessageBox.Icon.Critical, title, text, details)


def show_info(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """Show an information message without blocking the caller."""
    return _message_box(parent, QMessageBox.Icon.Information, title, text)


def confirm(parent: QWidget | None, title: str, text: str, *, yes_text: str, no_text: str) -> bool:
    """Ask a yes/no question and wait for the answer (tests monkeypatch this).

    Args:
        parent: Window the question belongs to.
        title: Window title.
        text: The question.
        yes_text: Text of the button that confirms (a verb: "Discard", "Delete").
        no_text: Text of the button that cancels.

    Returns:
        True when the advisor confirmed.
    """
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def _fit_to_screen(dialog: QDialog, width: int, height: int) -> None:
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, int(available.width() * 0.9))
        height = min(height, int(available.height() * 0.9))
    dialog.resize(width, height)


class ParticipantDialog(QDialog):
    """A window around :class:`ParticipantForm` with Save and Cancel.

    Save runs in the background; the dialog closes when the participant is stored and stays
    open (with the reasons shown) when it is not.

    Args:
        service: The participant service.
        executor: The db executor.
        participant: The participant to edit, or None for a new one.
        parent: Parent window.
    """

    def __init__(
        self,
        service: ParticipantSaver,
        executor: Executor,
        participant: Participant | None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the dialog and load the participant."""
        super().__init__(parent)
        self.setObjectName("participantDialog")
        self.form = ParticipantForm(service, executor)
        self.form.load(participant)
        self._scroll = scroll = QScrollArea()
        scroll.setObjectName("participantScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self._buttons.setObjectName("participantButtons")
        self._save_button = self._buttons.button(QDialogButtonBox.StandardButton.Save)
        self._cancel_button = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self._save_button.setObjectName("saveButton")
        self._cancel_button.setObjectName("cancelButton")
        self._buttons.accepted.connect(self.form.save)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self._buttons)
        self.form.participant_did_save.connect(self._saved)
        self.form.saving_did_change.connect(self._saving_changed)
        self.form.save_did_fail.connect(self._show_focused_field)
        self.saved_participant: Participant | None = None
        self.retranslateUi()
        _fit_to_screen(self, 620, 760)
        self.form.first_field().setFocus()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        service: ParticipantSaver,
        executor: Executor,
        participant: Participant | None,
    ) -> Participant | None:
        """Open the dialog modally.

        Returns:
            The saved participant, or None when the advisor cancelled.
        """
        dialog = cls(service, executor, participant, parent)
        try:
            dialog.exec()
            return dialog.saved_participant
        finally:
            dialog.deleteLater()

    def changeEvent(self, event: QEvent) -> None:
        """Re-set texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        participant = self.form.participant
        if participant is None:
            self.setWindowTitle(self.tr("New participant"))
        else:
            self.setWindowTitle(
                self.tr("Participant: {name}").format(name=participant.display_name)
            )
        self._save_button.setText(self.tr("&Save"))
        self._save_button.setAccessibleName(self.tr("Save participant"))
        self._cancel_button.setText(self.tr("Cancel"))
        self._cancel_button.setAccessibleName(self.tr("Cancel"))
        self._scroll.setAccessibleName(self.tr("Participant data"))

    def reject(self) -> None:
        """Close without saving, asking first when there are unsaved edits."""
        if self.form.saving:
            return  # let the running save finish; the dialog closes by itself
        if self.form.is_dirty() and not confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("The changes to this participant have not been saved. Discard them?"),
            yes_text=self.tr("Discard changes"),
            no_text=self.tr("Keep editing"),
        ):
            return
        super().reject()

    def _saved(self, participant: Participant) -> None:
        self.saved_participant = participant
        self.accept()

    def _saving_changed(self, saving: bool) -> None:
        self._save_button.setEnabled(not saving)

    def _show_focused_field(self) -> None:
        # The form focuses the first field to correct; make sure it is scrolled into view.
        focused = QApplication.focusWidget()
        if focused is not None and self.form.isAncestorOf(focused):
            self._scroll.ensureWidgetVisible(focused)


class NewBalanceDialog(QDialog):
    """Choose the variant and project of a new balance.

    Args:
        project_codes: Projects the balance can belong to.
        participant_name: Shown in the dialog so the advisor sees whose balance it is.
        parent: Parent window.
    """

    def __init__(
        self,
        project_codes: Sequence[str],
        participant_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """Build the dialog."""
        super().__init__(parent)
        self.setObjectName("newBalanceDialog")
        self._participant_name = participant_name
        self._intro = QLabel()
        self._intro.setObjectName("newBalanceIntro")
        self._intro.setWordWrap(True)
        self.variant = ChoiceCombo()
        self.variant.setObjectName("variantCombo")
        self.variant.set_choices(list(Variant))
        self.variant.select_value(Variant.BASIC)
        self.project = ChoiceCombo()
        self.project.setObjectName("projectCombo")
        self.project.set_choices(list(project_codes))
        self.project.set_texts(str)
        if project_codes:
            self.project.setCurrentIndex(0)
        self._variant_label = QLabel()
        self._variant_label.setBuddy(self.variant)
        self._project_label = QLabel()
        self._project_label.setBuddy(self.project)
        form = QFormLayout()
        form.addRow(self._variant_label, self.variant)
        form.addRow(self._project_label, self.project)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setObjectName("createBalanceButton")
        self._ok.setEnabled(bool(project_codes))
        self._cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self._cancel.setObjectName("cancelButton")
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        set_readable_width(self, 50)
        self.retranslateUi()
        self.variant.setFocus()

    @classmethod
    def ask(
        cls, parent: QWidget | None, project_codes: Sequence[str], participant_name: str = ""
    ) -> tuple[Variant, str] | None:
        """Open the dialog modally.

        Returns:
            The chosen variant and project code, or None when cancelled.
        """
        dialog = cls(project_codes, participant_name, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()

    def choice(self) -> tuple[Variant, str] | None:
        """The current choice (None when no project is selected)."""
        variant, project = self.variant.current_value(), self.project.current_value()
        if variant is None or project is None:
            return None
        return variant, project

    def changeEvent(self, event: QEvent) -> None:
        """Re-set texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("New balance"))
        self._intro.setText(
            self.tr("A new competence balance for {name}.").format(name=self._participant_name)
            if self._participant_name
            else self.tr("A new competence balance.")
        )
        variant_label = self.tr("&Variant")
        project_label = self.tr("&Project")
        self._variant_label.setText(variant_label)
        self._project_label.setText(project_label)
        self.variant.setAccessibleName(strip_mnemonic(variant_label))
        self.project.setAccessibleName(strip_mnemonic(project_label))
        self.variant.set_texts(enum_text)
        self._ok.setText(self.tr("&Create balance"))
        self._ok.setAccessibleName(self.tr("Create balance"))
        self._cancel.setText(self.tr("Cancel"))
        self._cancel.setAccessibleName(self.tr("Cancel"))


class PassphraseDialog(QDialog):
    """Ask for the recovery passphrase that protects a profile without a system keyring.

    Args:
        creating: True to choose a new passphrase (typed twice), False to unlock.
        parent: Parent window.
    """

    def __init__(self, creating: bool, parent: QWidget | None = None) -> None:
        """Build the dialog."""
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self._creating = creating
        self._explanation = QLabel()
        self._explanation.setObjectName("passphraseExplanation")
        self._explanation.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphraseEdit")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation = QLineEdit()
        self.confirmation.setObjectName("passphraseConfirmEdit")
        self.confirmation.setEchoMode(QLineEdit.EchoMode.Password)
        self._passphrase_label = QLabel()
        self._passphrase_label.setBuddy(self.passphrase)
        self._confirmation_label = QLabel()
        self._confirmation_label.setBuddy(self.confirmation)
        self._message = InlineMessage(self.confirmation)
        self._message.setObjectName("passphraseMessage")
        form = QFormLayout()
        form.addRow(self._passphrase_label, self.passphrase)
        if creating:
            form.addRow(self._confirmation_label, self.confirmation)
        else:
            self.confirmation.hide()
            self._confirmation_label.hide()
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._ok: QPushButton = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setObjectName("okButton")
        self._cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self._cancel.setObjectName("cancelButton")
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._explanation)
        layout.addLayout(form)
        layout.addWidget(self._message)
        layout.addWidget(self._buttons)
        self.passphrase.textChanged.connect(self._update)
        self.confirmation.textChanged.connect(self._update)
        set_readable_width(self, 60)
        self.retranslateUi()
        self.passphrase.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, creating: bool) -> str | None:
        """Open the dialog modally; returns the passphrase or None when cancelled."""
        dialog = cls(creating, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.passphrase.text()
        finally:
            dialog.deleteLater()

    def changeEvent(self, event: QEvent) -> None:
        """Re-set texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Recovery passphrase"))
        if self._creating:
            self._explanation.setText(
                self.tr(
                    "This computer has no usable system keyring. Choose a recovery passphrase "
                    "of at least {count} characters to protect the participants' data. Keep it "
                    "safe: without it the data cannot be opened."
                ).format(count=MIN_PASSPHRASE_LENGTH)
            )
        else:
            self._explanation.setText(
                self.tr("Enter the recovery passphrase to open this profile's data.")
            )
        passphrase_label = self.tr("&Passphrase")
        confirmation_label = self.tr("&Repeat passphrase")
        self._passphrase_label.setText(passphrase_label)
        self._confirmation_label.setText(confirmation_label)
        self.passphrase.setAccessibleName(strip_mnemonic(passphrase_label))
        self.confirmation.setAccessibleName(strip_mnemonic(confirmation_label))
        self._ok.setText(self.tr("OK"))
        self._ok.setAccessibleName(self.tr("OK"))
        self._cancel.setText(self.tr("Cancel"))
        self._cancel.setAccessibleName(self.tr("Cancel"))
        self._update()

    def _update(self) -> None:
        text = self.passphrase.text()
        if not self._creating:
            self._ok.setEnabled(bool(text))
            return
        message = ""
        if text and len(text) < MIN_PASSPHRASE_LENGTH:
            message = self.tr("The passphrase needs at least {count} characters.").format(
                count=MIN_PASSPHRASE_LENGTH
            )
        elif self.confirmation.text() and self.confirmation.text() != text:
            message = self.tr("The two passphrases differ.")
        shown = not self._message.isHidden()
        self._message.set_message(message)
        if shown != (not self._message.isHidden()):
            self.adjustSize()  # make room for the message (or give it back) without clipping
        self._ok.setEnabled(len(text) >= MIN_PASSPHRASE_LENGTH and self.confirmation.text() == text)


def ask_passphrase(parent: QWidget | None, creating: bool) -> str | None:
    """Ask for the recovery passphrase (typed twice when ``creating``); None when cancelled."""
    return PassphraseDialog.ask(parent, creating)
