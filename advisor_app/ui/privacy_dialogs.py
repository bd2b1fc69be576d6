"""Dialogs of the privacy features: profile picker, lock screen, history, handover (issue 8).

Each dialog has an ``ask()`` classmethod (tests monkeypatch it instead of running ``exec()``),
every control is reachable by keyboard and named for screen readers, and every text goes
through ``tr()``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    Qt,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisor_app.domain.audit import (
    ACTION_ADD,
    ACTION_CONSENT_WITHDRAW,
    ACTION_CREATE,
    ACTION_ERASE,
    ACTION_EXPORT,
    ACTION_EXPORT_PARTICIPANT,
    ACTION_HANDOVER,
    ACTION_PRINT,
    ACTION_REMOVE,
    ACTION_UPDATE,
)
from advisor_app.errors import ValidationFailed
from advisor_app.services.audit import HistoryEntry
from advisor_app.services.profiles import (
    PrivacySettings,
    ProfileEntry,
    ProfileSetup,
    list_profiles,
    new_profile_setup,
)
from advisor_app.ui.dialogs import MIN_PASSPHRASE_LENGTH
from advisor_app.ui.widgets import InlineMessage, set_readable_width, strip_mnemonic

__all__ = [
    "HandoverAnswer",
    "HandoverDialog",
    "HistoryDialog",
    "LockScreen",
    "ProfileChoice",
    "ProfilePickerDialog",
    "action_text",
    "entity_text",
]


@dataclass(frozen=True, slots=True)
class ProfileChoice:
    """The profile to open; ``setup`` is set for a profile being created."""

    name: str
    setup: ProfileSetup | None = None


def _bold(label: QLabel, scale: float = 1.3) -> None:
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)


# --- profile picker -------------------------------------------------------------------------


class ProfilePickerDialog(QDialog):
    """Choose the advisor profile to open, or create a new one.

    Args:
        data_dir: Where the profiles live.
        last: The profile opened last time (preselected).
        settings: The organisation's privacy settings (its recovery key wraps new keys too).
        parent: Parent window.
    """

    def __init__(
        self,
        data_dir: Path,
        last: str | None = None,
        settings: PrivacySettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the picker listing the profiles of ``data_dir``."""
        super().__init__(parent)
        self.setObjectName("profilePickerDialog")
        self._data_dir = data_dir
        self._settings = settings
        self.choice: ProfileChoice | None = None
        self._profiles: tuple[ProfileEntry, ...] = list_profiles(data_dir)

        self._title = QLabel()
        self._title.setObjectName("pickerTitle")
        _bold(self._title)
        self._list_label = QLabel()
        self._list_label.setObjectName("profileListLabel")
        self.profile_list = QListWidget()
        self.profile_list.setObjectName("profileList")
        self._list_label.setBuddy(self.profile_list)
        for entry in self._profiles:
            item = QListWidgetItem(entry.display_name)
            item.setData(Qt.ItemDataRole.UserRole, entry.name)
            item.setToolTip(entry.name)
            self.profile_list.addItem(item)
        self.profile_list.itemActivated.connect(lambda _item: self.open_selected())
        self.open_button = QPushButton()
        self.open_button.setObjectName("openProfileButton")
        self.open_button.clicked.connect(self.open_selected)

        self._new_group = QGroupBox()
        self._new_group.setObjectName("newProfileGroup")
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("profileNameEdit")
        self.name_edit.setMaxLength(120)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("profilePassphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setObjectName("profileRepeatEdit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._name_label = QLabel()
        self._name_label.setBuddy(self.name_edit)
        self._passphrase_label = QLabel()
        self._passphrase_label.setBuddy(self.passphrase_edit)
        self._repeat_label = QLabel()
        self._repeat_label.setBuddy(self.repeat_edit)
        self._new_note = QLabel()
        self._new_note.setObjectName("newProfileNote")
        self._new_note.setWordWrap(True)
        self.message = InlineMessage(self.repeat_edit)
        self.message.setObjectName("newProfileMessage")
        self.create_button = QPushButton()
        self.create_button.setObjectName("createProfileButton")
        self.create_button.clicked.connect(self.create_profile)
        # No default button: Enter in the list opens the profile (itemActivated), Enter in the
        # new profile's fields creates it, never the other way round.
        for edit in (self.name_edit, self.passphrase_edit, self.repeat_edit):
            edit.returnPressed.connect(self.create_profile)
        form = QFormLayout(self._new_group)
        form.addRow(self._name_label, self.name_edit)
        form.addRow(self._passphrase_label, self.passphrase_edit)
        form.addRow(self._repeat_label, self.repeat_edit)
        form.addRow(self._new_note)
        form.addRow(self.message)
        form.addRow(self.create_button)

        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self._cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self._cancel.setObjectName("cancelButton")
        self._buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._list_label)
        layout.addWidget(self.profile_list, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        layout.addWidget(self._new_group)
        layout.addWidget(self._buttons)
        set_readable_width(self, 56)
        self.retranslateUi()

        names = [e.name for e in self._profiles]
        if names:
            self.profile_list.setCurrentRow(names.index(last) if last in names else 0)
            self.profile_list.setFocus()
        else:
            self.profile_list.hide()
            self._list_label.hide()
            self.open_button.hide()
            self.name_edit.setFocus()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        data_dir: Path,
        last: str | None = None,
        settings: PrivacySettings | None = None,
    ) -> ProfileChoice | None:
        """Show the picker modally; the chosen (or new) profile, or None when cancelled."""
        dialog = cls(data_dir, last, settings, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice
        finally:
            dialog.deleteLater()

    def open_selected(self) -> None:
        """Accept with the selected existing profile."""
        if self.profile_list.currentRow() < 0:
            return
        item = self.profile_list.currentItem()
        self.choice = ProfileChoice(str(item.data(Qt.ItemDataRole.UserRole)))
        self.accept()

    def create_profile(self) -> None:
        """Check the new profile's fields and accept with its setup."""
        passphrase = self.passphrase_edit.text()
        if passphrase != self.repeat_edit.text():
            self.message.set_message(self.tr("The two passphrases differ."))
            self.repeat_edit.setFocus()
            return
        if not self.name_edit.text().strip():
            self.message.set_message(self.tr("Enter the advisor's name."))
            self.name_edit.setFocus()
            return
        if len(passphrase) < MIN_PASSPHRASE_LENGTH:
            self.message.set_message(
                self.tr(
                    "The passphrase must have at least %n characters.", "", MIN_PASSPHRASE_LENGTH
                )
            )
            self.passphrase_edit.setFocus()
            return
        try:
            name, setup = new_profile_setup(
                self._data_dir, self.name_edit.text(), passphrase, settings=self._settings
            )
        except ValidationFailed:
            self.message.set_message(self.tr("The name is too long."))
            return
        self.message.set_message("")
        self.choice = ProfileChoice(name, setup)
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        """Re-set texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Choose your profile"))
        self._title.setText(self.tr("Who is working on this computer?"))
        list_text = self.tr("&Profiles")
        self._list_label.setText(list_text)
        self.profile_list.setAccessibleName(strip_mnemonic(list_text))
        self.open_button.setText(self.tr("&Open profile"))
        self.open_button.setAccessibleName(self.tr("Open the selected profile"))
        self._new_group.setTitle(self.tr("New profile"))
        for label, edit, text in (
            (self._name_label, self.name_edit, self.tr("Advisor's &name")),
            (self._passphrase_label, self.passphrase_edit, self.tr("Recovery &passphrase")),
            (self._repeat_label, self.repeat_edit, self.tr("&Repeat the passphrase")),
        ):
            label.setText(text)
            edit.setAccessibleName(strip_mnemonic(text))
        self._new_note.setText(
            self.tr(
                "Each advisor has a profile of their own: its data is encrypted with its own key "
                "and other profiles cannot read it. Keep the recovery passphrase safe: it opens "
                "the profile if the system keyring loses its key."
            )
        )
        self.create_button.setText(self.tr("&Create profile"))
        self.create_button.setAccessibleName(self.tr("Create the new profile"))
        self._cancel.setText(self.tr("Cancel"))
        self._cancel.setAccessibleName(self.tr("Cancel"))


# --- lock screen ------------------------------------------------------------------------------


class LockScreen(QWidget):
    """What the main window shows while the profile is locked.

    Signals:
        unlock_with_keyring_was_requested(): The advisor asked to unlock through the keyring.
        unlock_with_passphrase_was_requested(str): The advisor entered the passphrase.
    """

    unlock_with_keyring_was_requested = Signal()
    unlock_with_passphrase_was_requested = Signal(str)

    def __init__(self, profile_name: str, parent: QWidget | None = None) -> None:
        """Build the lock screen for the profile named ``profile_name``."""
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self._profile_name = profile_name
        self._title = QLabel()
        self._title.setObjectName("lockTitle")
        _bold(self._title, 1.6)
        self._text = QLabel()
        self._text.setObjectName("lockText")
        self._text.setWordWrap(True)
        self.keyring_button = QPushButton()
        self.keyring_button.setObjectName("unlockKeyringButton")
        self.keyring_button.clicked.connect(self.unlock_with_keyring_was_requested)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setObjectName("unlockPassphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.returnPressed.connect(self._passphrase_entered)
        self._passphrase_label = QLabel()
        self._passphrase_label.setBuddy(self.passphrase_edit)
        self.passphrase_button = QPushButton()
        self.passphrase_button.setObjectName("unlockPassphraseButton")
        self.passphrase_button.clicked.connect(self._passphrase_entered)
        self.message = InlineMessage(self.passphrase_edit)
        self.message.setObjectName("unlockMessage")

        panel = QWidget()
        panel.setMaximumWidth(520)
        box = QVBoxLayout(panel)
        box.addWidget(self._title)
        box.addWidget(self._text)
        box.addSpacing(8)
        box.addWidget(self.keyring_button)
        box.addSpacing(8)
        box.addWidget(self._passphrase_label)
        row = QHBoxLayout()
        row.addWidget(self.passphrase_edit, 1)
        row.addWidget(self.passphrase_button)
        box.addLayout(row)
        box.addWidget(self.message)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(panel, 3)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)
        self.retranslateUi()

    def set_busy(self, busy: bool) -> None:
        """Disable the controls while an unlock runs."""
        for widget in (self.keyring_button, self.passphrase_edit, self.passphrase_button):
            widget.setEnabled(not busy)

    def show_failure(self, text: str) -> None:
        """Say why unlocking failed and put the focus back."""
        self.set_busy(False)
        self.message.set_message(text)
        self.passphrase_edit.selectAll()
        self.passphrase_edit.setFocus()

    def reset(self) -> None:
        """Clear the passphrase and the message (before showing the screen again)."""
        self.passphrase_edit.clear()
        self.message.set_message("")
        self.set_busy(False)
        self.keyring_button.setFocus()

    def _passphrase_entered(self) -> None:
        text = self.passphrase_edit.text()
        if text:
            self.set_busy(True)
            self.unlock_with_passphrase_was_requested.emit(text)

    def changeEvent(self, event: QEvent) -> None:
        """Re-set texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self.setAccessibleName(self.tr("Locked"))
        self._title.setText(self.tr("The profile is locked"))
        self._text.setText(
            self.tr(
                "Profile “{profile}”. Your work was saved and the data is closed until you "
                "unlock it."
            ).format(profile=self._profile_name)
        )
        self.keyring_button.setText(self.tr("&Unlock with the system keyring"))
        self.keyring_button.setAccessibleName(self.tr("Unlock with the system keyring"))
        label = self.tr("Or enter the recovery &passphrase")
        self._passphrase_label.setText(label)
        self.passphrase_edit.setAccessibleName(self.tr("Recovery passphrase"))
        self.passphrase_button.setText(self.tr("Unloc&k"))
        self.passphrase_button.setAccessibleName(self.tr("Unlock with the passphrase"))


# --- history --------------------------------------------------------------------------------


def action_text(entry: HistoryEntry) -> str:
    """What an audit event says, in the UI language."""
    t = QCoreApplication.translate
    texts = {
        ACTION_CREATE: t("HistoryDialog", "Created"),
        ACTION_UPDATE: t("HistoryDialog", "Changed"),
        ACTION_ADD: t("HistoryDialog", "Added"),
        ACTION_REMOVE: t("HistoryDialog", "Removed"),
        "finish": t("HistoryDialog", "Finished"),
        "revise": t("HistoryDialog", "New revision started"),
        "withdraw": t("HistoryDialog", "Participant resigned"),
        ACTION_CONSENT_WITHDRAW: t("HistoryDialog", "Consent withdrawn"),
        ACTION_ERASE: t("HistoryDialog", "Erased"),
        ACTION_PRINT: t("HistoryDialog", "Printed"),
        ACTION_EXPORT: t("HistoryDialog", "Exported"),
        ACTION_EXPORT_PARTICIPANT: t("HistoryDialog", "All data of the participant exported"),
        ACTION_HANDOVER: t("HistoryDialog", "Handed over to another advisor"),
    }
    return texts.get(entry.event.action, entry.event.action)


def entity_text(entity: str) -> str:
    """What an event is about: the kind of item translated, then the field's technical name."""
    t = QCoreApplication.translate
    kinds = {
        "balance": t("HistoryDialog", "Balance"),
        "participant": t("HistoryDialog", "Participant"),
        "consent": t("HistoryDialog", "Consent"),
        "meeting": t("HistoryDialog", "Meeting"),
        "experience": t("HistoryDialog", "Experience"),
        "episode": t("HistoryDialog", "Story (STAR)"),
        "competence": t("HistoryDialog", "Competence"),
        "evidence": t("HistoryDialog", "Evidence"),
        "evidence_file": t("HistoryDialog", "Evidence file"),
        "development_area": t("HistoryDialog", "Development area"),
        "plan": t("HistoryDialog", "Development plan"),
        "plan_action": t("HistoryDialog", "Plan action"),
        "feedback": t("HistoryDialog", "Feedback"),
        "report": t("HistoryDialog", "Document"),
        "balance_content": t("HistoryDialog", "Content of the balance"),
    }
    kind, _, field = entity.partition(".")
    name = kinds.get(kind, kind)
    return f"{name}: {field}" if field else name


class HistoryDialog(QDialog):
    """The history of one balance: who did what and when.

    Args:
        entries: The history, oldest first (``services.audit.history``).
        title: What the balance is called (participant and project).
        parent: Parent window.
    """

    COLUMNS = 4

    def __init__(
        self, entries: tuple[HistoryEntry, ...], title: str, parent: QWidget | None = None
    ) -> None:
        """Build the dialog showing ``entries``."""
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self._entries = entries
        self._title = title
        self._heading = QLabel()
        self._heading.setObjectName("historyHeading")
        self._heading.setWordWrap(True)
        self.table = QTableWidget(len(entries), self.COLUMNS)
        self.table.setObjectName("historyTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._close = self._buttons.button(QDialogButtonBox.StandardButton.Close)
        self._close.setObjectName("closeButton")
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._buttons)
        self.resize(760, 480)
        self.retranslateUi()
        if entries:
            self.table.selectRow(len(entries) - 1)
        self.table.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, entries: tuple[HistoryEntry, ...], title: str) -> None:
        """Show the history modally."""
        dialog = cls(entries, title, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def changeEvent(self, event: QEvent) -> None:
        """Re-set texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("History of the balance"))
        self._heading.setText(self.tr("History of the balance: {title}").format(title=self._title))
        self.table.setAccessibleName(self.tr("History of changes"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Concerning")]
        )
        locale = QLocale()
        for row, entry in enumerate(self._entries):
            event = entry.event
            when = locale.toString(_qdatetime(event.at), QLocale.FormatType.ShortFormat)
            who = entry.actor_name or str(event.actor)
            what = action_text(entry)
            concerning = entity_text(event.entity)
            if entry.source == "participant":
                concerning = self.tr("{entity} (participant's data form)").format(entity=concerning)
            for column, value in enumerate((when, who, what, concerning)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._close.setText(self.tr("Close"))
        self._close.setAccessibleName(self.tr("Close"))


def _qdatetime(value: dt.datetime) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(value.timestamp() * 1000), QTimeZone.systemTimeZone())


# --- handover -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HandoverAnswer:
    """What the handover dialog collected."""

    to_advisor: str
    on: dt.date
    note: str


class HandoverDialog(QDialog):
    """Hand the case over to another advisor: who takes it over, when, and a note.

    Args:
        today: The date proposed.
        parent: Parent window.
    """

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        """Build the dialog."""
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.answer: HandoverAnswer | None = None
        self.advisor_edit = QLineEdit()
        self.advisor_edit.setObjectName("handoverAdvisorEdit")
        self.advisor_edit.setMaxLength(300)
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setObjectName("handoverDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("handoverNoteEdit")
        self.note_edit.setTabChangesFocus(True)
        self._labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(
            self._labels, (self.advisor_edit, self.date_edit, self.note_edit), strict=True
        ):
            label.setBuddy(field)
        self._explain = QLabel()
        self._explain.setObjectName("handoverNote")
        self._explain.setWordWrap(True)
        self.message = InlineMessage(self.advisor_edit)
        form = QFormLayout()
        form.addRow(self._labels[0], self.advisor_edit)
        form.addRow(self._labels[1], self.date_edit)
        form.addRow(self._labels[2], self.note_edit)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setObjectName("okButton")
        self._cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self._cancel.setObjectName("cancelButton")
        self._buttons.accepted.connect(self._accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._explain)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self._buttons)
        set_readable_width(self, 50)
        self.retranslateUi()
        self.advisor_edit.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, today: dt.date) -> HandoverAnswer | None:
        """Show the dialog modally; the answer, or None when cancelled."""
        dialog = cls(today, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.answer
        finally:
            dialog.deleteLater()

    def _accept(self) -> None:
        advisor = self.advisor_edit.text().strip()
        if not advisor:
            self.message.set_message(
                self.tr("Enter the user name of the advisor who takes the case over.")
            )
            self.advisor_edit.setFocus()
            return
        date = self.date_edit.date()
        self.answer = HandoverAnswer(
            advisor, dt.date(date.year(), date.month(), date.day()), self.note_edit.toPlainText()
        )
        self.accept()

    def changeEvent(self, event: QEvent) -> None:
        """Re-set texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Hand the case over"))
        self._explain.setText(
            self.tr(
                "The handover is recorded in this balance's history with its date and note. "
                "With sync, the case moves to that advisor's account on the server at the next "
                "sync; enter their user name on the sync server."
            )
        )
        for label, field, text in zip(
            self._labels,
            (self.advisor_edit, self.date_edit, self.note_edit),
            (self.tr("&User name of the advisor taking over"), self.tr("&Date"), self.tr("N&ote")),
            strict=True,
        ):
            label.setText(text)
            field.setAccessibleName(strip_mnemonic(text))
        self._ok.setText(self.tr("Hand over"))
        self._ok.setAccessibleName(self.tr("Hand over"))
        self._cancel.setText(self.tr("Cancel"))
        self._cancel.setAccessibleName(self.tr("Cancel"))
