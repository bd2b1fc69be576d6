"""The settings dialog: for now the UI language."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from advisor_app.ui.i18n import SUPPORTED_LANGUAGES
from advisor_app.ui.widgets import ChoiceCombo, set_readable_width, strip_mnemonic

__all__ = ["LANGUAGE_NAMES", "SettingsDialog"]

# Each language by its own name, so anyone can find theirs whatever the current language.
LANGUAGE_NAMES: dict[str, str] = {"pl": "Polski", "en": "English"}


class SettingsDialog(QDialog):
    """Application settings.

    Args:
        language: The current UI language code (preselected).
        parent: Parent window.
    """

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        """Build the dialog with the current values."""
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.language = ChoiceCombo()
        self.language.setObjectName("languageCombo")
        self.language.set_choices(SUPPORTED_LANGUAGES)
        self.language.set_texts(lambda code: LANGUAGE_NAMES.get(code, code))
        self.language.select_value(language)
        self._language_label = QLabel()
        self._language_label.setObjectName("languageLabel")
        self._language_label.setBuddy(self.language)
        self._note = QLabel()
        self._note.setObjectName("languageNote")
        self._note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self._language_label, self.language)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setObjectName("okButton")
        self._cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self._cancel.setObjectName("cancelButton")
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._note)
        layout.addStretch(1)
        layout.addWidget(self._buttons)
        set_readable_width(self, 50)
        self.retranslateUi()
        self.language.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, language: str) -> str | None:
        """Open the dialog modally.

        Args:
            parent: Parent window.
            language: The current UI language code.

        Returns:
            The chosen UI language code, or None when cancelled.
        """
        dialog = cls(language, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen_language()
        finally:
            dialog.deleteLater()

    def chosen_language(self) -> str:
        """The language code selected in the dialog."""
        return str(self.language.current_value())

    def changeEvent(self, event: QEvent) -> None:
        """Re-set texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Settings"))
        label = self.tr("Interface &language")
        self._language_label.setText(label)
        self.language.setAccessibleName(strip_mnemonic(label))
        self._note.setText(
            self.tr(
                "The interface switches at once. Printed documents follow each "
                "participant's language."
            )
        )
        self._ok.setText(self.tr("OK"))
        self._ok.setAccessibleName(self.tr("OK"))
        self._cancel.setText(self.tr("Cancel"))
        self._cancel.setAccessibleName(self.tr("Cancel"))
