"""The settings dialog: the UI language and the idle lock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from advisor_app.ui.i18n import SUPPORTED_LANGUAGES
from advisor_app.ui.widgets import ChoiceCombo, set_readable_width, strip_mnemonic

if TYPE_CHECKING:
    from advisor_app.ui.settings import AppSettings

__all__ = ["LANGUAGE_NAMES", "SettingsDialog"]

# Each language by its own name, so anyone can find theirs whatever the current language.
LANGUAGE_NAMES: dict[str, str] = {"pl": "Polski", "en": "English"}


class SettingsDialog(QDialog):
    """Application settings.

    Args:
        language: The current UI language code (preselected).
        parent: Parent window.
    """

    def __init__(
        self, language: str, parent: QWidget | None = None, *, lock_minutes: int | None = None
    ) -> None:
        """Build the dialog with the current values (``lock_minutes`` None hides that row)."""
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
        from advisor_app.ui.settings import MAX_LOCK_MINUTES

        self.lock_minutes = QSpinBox()
        self.lock_minutes.setObjectName("lockMinutesSpin")
        self.lock_minutes.setRange(0, MAX_LOCK_MINUTES)
        self.lock_minutes.setValue(lock_minutes or 0)
        self._lock_label = QLabel()
        self._lock_label.setObjectName("lockMinutesLabel")
        self._lock_label.setBuddy(self.lock_minutes)
        if lock_minutes is not None:
            form.addRow(self._lock_label, self.lock_minutes)
        else:
            self.lock_minutes.hide()
            self._lock_label.hide()
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
    def ask(
        cls, parent: QWidget | None, language: str, settings: AppSettings | None = None
    ) -> str | None:
        """Open the dialog modally.

        Args:
            parent: Parent window.
            language: The current UI language code.
            settings: When given, the dialog also shows the idle-lock time and stores the
                chosen one there on OK.

        Returns:
            The chosen UI language code, or None when cancelled.
        """
        minutes = settings.lock_idle_minutes if settings is not None else None
        dialog = cls(language, parent, lock_minutes=minutes)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            if settings is not None:
                settings.lock_idle_minutes = dialog.lock_minutes.value()
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
        lock = self.tr("&Lock after idle minutes")
        self._lock_label.setText(lock)
        self.lock_minutes.setAccessibleName(strip_mnemonic(lock))
        self.lock_minutes.setSpecialValueText(self.tr("Never"))
        self.lock_minutes.setToolTip(
            self.tr("After this many minutes without use the window locks (Ctrl+L locks now).")
        )
        self._ok.setText(self.tr("OK"))
        self._ok.setAccessibleName(self.tr("OK"))
        self._cancel.setText(self.tr("Cancel"))
        self._cancel.setAccessibleName(self.tr("Cancel"))
