"""GUI of issue 8: lock and unlock, profile picker, history, handover, resignation print."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from advisor_app.domain.enums import BalanceStatus
from advisor_app.errors import ProfileLocked
from advisor_app.services.container import Services
from advisor_app.services.reports import ReportKind
from advisor_app.ui.balance.balance_view import BalanceView
from advisor_app.ui.main_window import MainWindow
from advisor_app.ui.privacy_dialogs import (
    HandoverAnswer,
    HandoverDialog,
    HistoryDialog,
    ProfileChoice,
    ProfilePickerDialog,
)
from tests.helpers.domain_factories import finishable_record


def _open_view(qtbot, window: MainWindow, balance_id) -> BalanceView:
    with qtbot.waitSignal(window.balance_view_did_open):
        window.open_balance_id(balance_id)
    return window.balance_views()[0]  # deletes itself on close


def _choice(dialog: ProfilePickerDialog) -> ProfileChoice | None:
    return dialog.choice


def _answer(dialog: HandoverDialog) -> HandoverAnswer | None:
    return dialog.answer


def test_lock_drops_the_key_and_unlock_restores_the_open_balance(
    qtbot, make_window, services: Services
) -> None:
    """Ctrl+L saves and closes the balance, services refuse; unlock reopens it with the edit."""
    record = finishable_record()
    services.participants.save(record.participant)
    services.balances.save(record)
    window = make_window()
    view = _open_view(qtbot, window, record.balance.id)
    view.draft.edit(
        "goal",
        lambda r: dataclasses.replace(
            r, balance=dataclasses.replace(r.balance, initial_goal="Praca w biurze spółdzielni")
        ),
    )
    controller = window.lock_controller
    assert controller is not None
    with qtbot.waitSignal(controller.profile_did_lock, timeout=5000):
        window.action_lock.trigger()

    assert window.balance_views() == []
    assert window.centralWidget().currentWidget() is controller.screen  # type: ignore[attr-defined,unused-ignore]
    assert not window.menuBar().isEnabled() and not window.action_new_participant.isEnabled()
    with pytest.raises(ProfileLocked):
        services.balances.load(record.balance.id)

    controller.screen.passphrase_edit.setText("wrong")  # a keyring profile has no passphrase
    controller.screen.passphrase_button.click()
    qtbot.waitUntil(lambda: not controller.screen.message.isHidden())
    assert controller.locked

    with qtbot.waitSignal(window.balance_view_did_open, timeout=5000):
        qtbot.mouseClick(controller.screen.keyring_button, Qt.MouseButton.LeftButton)
    assert not controller.locked
    reopened = window.balance_views()[0]
    assert reopened.balance_id == record.balance.id
    assert reopened.draft.record.balance.initial_goal == "Praca w biurze spółdzielni"
    assert window.menuBar().isEnabled() and window.action_new_participant.isEnabled()
    reopened.close()


def test_idle_time_locks_the_profile(qtbot, make_window, settings) -> None:
    """With an idle time set, no input for that long locks; input restarts the countdown."""
    window = make_window()
    controller = window.lock_controller
    assert controller is not None
    assert controller._idle.interval() == settings.lock_idle_minutes * 60_000 == 300_000
    controller._idle.setInterval(50)
    controller._idle.start()
    with qtbot.waitSignal(controller.profile_did_lock, timeout=5000):
        pass
    assert controller.locked


def test_profile_picker_creates_and_opens_profiles(qtbot, data_dir: Path) -> None:
    """A new profile needs a name and a passphrase typed twice; an existing one is listed."""
    dialog = ProfilePickerDialog(data_dir)
    qtbot.addWidget(dialog)
    assert dialog.profile_list.isHidden()  # no profile yet: only the creation form
    dialog.name_edit.setText("Anna Nowak")
    dialog.passphrase_edit.setText("kot-ma-ale-1234")
    dialog.repeat_edit.setText("kot-ma-ale-9999")
    dialog.create_button.click()
    assert _choice(dialog) is None and not dialog.message.isHidden()
    dialog.repeat_edit.setText("kot-ma-ale-1234")
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_Return)  # Enter in a field creates
    choice = _choice(dialog)
    assert choice is not None and choice.name == "anna-nowak"
    assert choice.setup is not None and choice.setup.display_name == "Anna Nowak"
    for widget in (
        dialog.name_edit,
        dialog.passphrase_edit,
        dialog.repeat_edit,
        dialog.create_button,
    ):
        assert widget.accessibleName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus

    from advisor_app.app import open_app

    open_app(data_dir, choice.name, setup=choice.setup).close()
    picker = ProfilePickerDialog(data_dir, last="anna-nowak")
    qtbot.addWidget(picker)
    assert picker.profile_list.count() == 1
    assert picker.profile_list.currentItem().text() == "Anna Nowak"
    picker.name_edit.setText("Ktoś Inny")
    qtbot.keyClick(picker.profile_list, Qt.Key.Key_Return)  # Enter in the list opens
    by_enter = _choice(picker)
    assert by_enter is not None and by_enter.setup is None
    picker.choice = None
    picker.open_button.click()
    by_button = _choice(picker)
    assert by_button == by_enter and by_button.name == "anna-nowak"


def test_history_dialog_is_reachable_by_keyboard_and_named(
    qtbot, make_window, services: Services, monkeypatch
) -> None:
    """Ctrl+H in a balance opens its history, read from the audit trail."""
    record = finishable_record()
    services.participants.save(record.participant)
    services.balances.save(record)
    window = make_window()
    view = _open_view(qtbot, window, record.balance.id)
    shown: list[HistoryDialog] = []

    def ask(cls, parent, entries, title) -> None:
        shown.append(HistoryDialog(entries, title, parent))  # the balance window owns it

    monkeypatch.setattr(HistoryDialog, "ask", classmethod(ask))
    view.activateWindow()
    assert view.action_history.shortcut().toString() == "Ctrl+H"
    view.action_history.trigger()
    qtbot.waitUntil(lambda: bool(shown))
    dialog = shown[0]
    assert dialog.table.rowCount() == len(services.audit.history(record.balance.id)) > 0
    assert dialog.table.accessibleName()
    item = dialog.table.item(0, 2)
    assert item is not None and item.text()  # translated action
    view.close()


def test_handover_dialog_requires_the_advisor(qtbot) -> None:
    """Without the advisor taking over the dialog stays open and says why."""
    dialog = HandoverDialog(dt.date(2026, 3, 2))
    qtbot.addWidget(dialog)
    dialog._ok.click()
    assert _answer(dialog) is None and not dialog.message.isHidden()
    dialog.advisor_edit.setText("Piotr Nowak")
    dialog.note_edit.setPlainText("Przejmuje od marca")
    dialog._ok.click()
    answer = _answer(dialog)
    assert answer is not None
    assert (answer.to_advisor, answer.on) == ("Piotr Nowak", dt.date(2026, 3, 2))


def test_print_dialog_of_a_withdrawn_balance_offers_the_resignation(
    qtbot, services: Services, executor
) -> None:
    """After a resignation the summary is not offered; the confirmation is."""
    from advisor_app.ui.balance.print_dialog import PrintDialog

    record = finishable_record()
    services.participants.save(record.participant)
    services.balances.save(record)
    withdrawn = services.lifecycle.withdraw(record.balance.id, "Rezygnacja")
    assert withdrawn.balance.status is BalanceStatus.WITHDRAWN
    dialog = PrintDialog(lambda: withdrawn, services.reports, executor)
    qtbot.addWidget(dialog)
    kinds = [dialog.kind_combo.itemData(i) for i in range(dialog.kind_combo.count())]
    assert kinds == [ReportKind.RESIGNATION, ReportKind.CONSENT]
    assert dialog.kind_combo.itemText(0)
    QApplication.processEvents()


def test_withdrawing_a_consent_in_the_form_erases_its_files(
    qtbot, make_window, services: Services, monkeypatch
) -> None:
    """The consent editor's withdrawal saves, erases the covered files and shows the result."""
    from advisor_app.errors import NotFound
    from advisor_app.ui import dialogs
    from advisor_app.ui.balance.consent_editor import ConsentEditor
    from tests.helpers.evidence_files import png_bytes

    record = finishable_record()
    services.participants.save(record.participant)
    file = services.attachments.add_bytes("komoda.png", png_bytes("komoda"))
    photos = record.consents[1]
    evidence = dataclasses.replace(record.evidence[0], files=(file,), consent_id=photos.id)
    record = dataclasses.replace(record, evidence=(evidence, *record.evidence[1:]))
    services.balances.save(record)
    window = make_window()
    view = _open_view(qtbot, window, record.balance.id)
    editor = view.findChildren(ConsentEditor)[0]
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)
    editor.select(photos.id)

    with qtbot.waitSignal(view.status_did_change, timeout=5000):
        assert editor.withdraw_selected()

    shown = view.draft.record
    assert shown.evidence[0].files == () and shown.evidence[0].sighted_only
    assert shown == services.balances.load(record.balance.id)
    with pytest.raises(NotFound):
        services.attachments.content(file.id)
    assert ("consent_withdraw", photos.id) in {(e.action, e.entity_id) for e in shown.audit}
    view.close()


def test_export_of_a_participant_from_the_list(
    qtbot, make_window, services: Services, monkeypatch, tmp_path: Path
) -> None:
    """The list's context-menu action writes the participant's zip where the advisor chose."""
    import zipfile

    from advisor_app.ui import dialogs, privacy_actions

    record = finishable_record()
    services.participants.save(record.participant)
    services.balances.save(record)
    window = make_window()
    target = tmp_path / "halina"
    monkeypatch.setattr(privacy_actions, "ask_export_path", lambda parent, suggested: target)
    infos: list[str] = []
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: infos.append(text))
    window.view.selectRow(0)
    assert window.action_export_participant in window.view.actions()
    assert window.action_export_participant.isEnabled()
    window.action_export_participant.trigger()
    qtbot.waitUntil(lambda: bool(infos))
    written = target.with_name("halina.zip")
    with zipfile.ZipFile(written) as archive:
        assert f"balances/{record.balance.id}/current.json" in archive.namelist()
    assert str(written) in infos[0]


def test_ctrl_l_locks_from_a_balance_window(qtbot, make_window, services: Services) -> None:
    """The lock shortcut works application-wide, also while a balance window has the focus."""
    from PySide6.QtGui import QKeySequence

    record = finishable_record()
    services.participants.save(record.participant)
    services.balances.save(record)
    window = make_window()
    view = _open_view(qtbot, window, record.balance.id)
    assert window.action_lock.shortcut() == QKeySequence("Ctrl+L")
    assert window.action_lock.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
    controller = window.lock_controller
    assert controller is not None
    view.activateWindow()
    with qtbot.waitSignal(controller.profile_did_lock, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.balance_views() == []
