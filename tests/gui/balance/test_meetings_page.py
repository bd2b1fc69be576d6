"""The meeting log: what is typed is what is stored; undo, removal, selection, limits, keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QMimeData, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QWidget

from advisor_app.domain.entities import BalanceRecord, Meeting
from advisor_app.domain.enums import MeetingMode, Stage
from advisor_app.domain.text_limits import LONG_TEXT_MAX
from advisor_app.services.container import Services
from advisor_app.ui import dialogs
from advisor_app.ui.balance.balance_view import BalanceView
from advisor_app.ui.balance.draft import SaveState
from advisor_app.ui.balance.meetings_page import MEETINGS_KEY, MeetingsPage
from tests.gui.balance.conftest import MakeView
from tests.gui.helpers import interactive_widgets_without_name


def _type(widget: QWidget, text: str) -> None:
    """Type any text (Polish letters too) as key events; qtbot.keyClicks knows only ASCII."""
    for char in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier
        )


def _meetings_view(qtbot, make_view: MakeView, record: BalanceRecord) -> BalanceView:
    view = make_view(record)
    with qtbot.waitActive(view):
        view.activateWindow()
    view.show_entry(MEETINGS_KEY, focus=True)
    return view


def _stored(services: Services, record: BalanceRecord) -> tuple[Meeting, ...]:
    return services.balances.load(record.balance.id).meetings


def _saved(qtbot, view: BalanceView) -> None:
    qtbot.waitUntil(lambda: view.draft.state is SaveState.SAVED and view.draft.is_saved)


def test_a_meeting_typed_with_the_keyboard_is_stored_as_typed(
    qtbot, make_view: MakeView, stored_record: BalanceRecord, services: Services
) -> None:
    """Ctrl+Shift+M adds a meeting; every field typed ends up in the stored meeting."""
    view = _meetings_view(qtbot, make_view, stored_record)
    page = view.meetings_page
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(
        focused,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(view.draft.record.meetings) == 1
    assert QApplication.focusWidget() is page.date_edit
    page.date_edit.setDate(QDate(2024, 3, 11))
    page.duration_spin.setFocus()
    page.duration_spin.selectAll()
    qtbot.keyClicks(page.duration_spin, "40")
    page.mode_combo.setFocus()
    QTest.keyClick(page.mode_combo, Qt.Key.Key_Down)  # in person → phone
    page.place_edit.setFocus()
    _type(page.place_edit, "Gminny Ośrodek Kultury w Raciechowicach")
    page.accessible_check.setFocus()
    QTest.keyClick(page.accessible_check, Qt.Key.Key_Space)
    for row in (1, 2):  # biography, behavioural
        page.stages_list.item(row).setCheckState(Qt.CheckState.Checked)
    page.notes_edit.setFocus()
    _type(page.notes_edit, "Epizod 2 przerwany – dziecko chore.")
    page.homework_edit.setFocus()
    _type(page.homework_edit, "Przynieść zaświadczenie z kursu wózków.")
    page.next_date_check.setFocus()
    QTest.keyClick(page.next_date_check, Qt.Key.Key_Space)
    page.next_date_edit.setDate(QDate(2024, 3, 20))
    _saved(qtbot, view)

    (meeting,) = _stored(services, stored_record)
    assert meeting == Meeting(
        id=meeting.id,
        date=dt.date(2024, 3, 11),
        mode=MeetingMode.PHONE,
        duration_min=40,
        place="Gminny Ośrodek Kultury w Raciechowicach",
        accessible_location=True,
        stages=(Stage.BIOGRAPHY, Stage.BEHAVIOURAL),
        notes="Epizod 2 przerwany – dziecko chore.",
        homework="Przynieść zaświadczenie z kursu wózków.",
        next_date=dt.date(2024, 3, 20),
    )
    assert meeting.id.version == 7, "new IDs are UUIDv7"
    place_cell = page.table.item(0, 2)
    assert place_cell is not None and place_cell.text() == meeting.place


def test_duration_zero_and_no_next_date_are_not_given(
    qtbot, make_view: MakeView, stored_record: BalanceRecord, services: Services
) -> None:
    """The spin box's 0 ("not given") stores no duration; unticking removes the next date."""
    view = _meetings_view(qtbot, make_view, stored_record)
    page = view.meetings_page
    page.add_meeting()
    page.duration_spin.setValue(60)
    page.next_date_check.setChecked(True)
    _saved(qtbot, view)
    assert _stored(services, stored_record)[0].duration_min == 60
    page.duration_spin.setValue(0)
    page.next_date_check.setChecked(False)
    assert page.duration_spin.text() == page.duration_spin.specialValueText()
    _saved(qtbot, view)
    (meeting,) = _stored(services, stored_record)
    assert meeting.duration_min is None and meeting.next_date is None
    assert not page.next_date_edit.isEnabled()


def test_typing_in_the_notes_undoes_in_one_step(
    qtbot, make_view: MakeView, stored_record: BalanceRecord
) -> None:
    """A sentence typed in the notes is one undo step, separate from adding the meeting."""
    view = _meetings_view(qtbot, make_view, stored_record)
    page = view.meetings_page
    page.add_meeting()
    page.notes_edit.setFocus()
    for word in ("Rozmowa ", "o ", "celu"):
        qtbot.keyClicks(page.notes_edit, word)
        _saved(qtbot, view)
    assert view.draft.undo_stack.count() == 2
    QTest.keyClick(page.notes_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert view.draft.record.meetings[0].notes == ""
    assert page.notes_edit.toPlainText() == ""
    view.action_undo.trigger()
    assert view.draft.record.meetings == ()
    assert not page.editor.isVisible()


def test_removing_a_meeting_asks_first(
    qtbot,
    make_view: MakeView,
    stored_record: BalanceRecord,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "Keep it" keeps the meeting; confirming removes it from the stored balance."""
    view = _meetings_view(qtbot, make_view, stored_record)
    page = view.meetings_page
    page.add_meeting()
    page.add_meeting()
    answers = [False, True]
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: answers.pop(0))
    page.remove_button.click()
    assert len(view.draft.record.meetings) == 2
    kept = page.selected_meeting_id
    page.remove_button.click()
    _saved(qtbot, view)
    stored = _stored(services, stored_record)
    assert len(stored) == 1 and kept not in {m.id for m in stored}
    assert page.selected_meeting_id == stored[0].id, "the remaining meeting is selected"


def test_the_editor_follows_the_selected_meeting(
    qtbot, make_view: MakeView, stored_record: BalanceRecord, services: Services
) -> None:
    """Selecting another row shows that meeting; edits change only the selected one."""
    view = _meetings_view(qtbot, make_view, stored_record)
    page = view.meetings_page
    page.add_meeting()
    page.place_edit.setText("")
    _type(page.place_edit, "Biblioteka")
    first = page.selected_meeting_id
    page.add_meeting()
    _type(page.place_edit, "Świetlica")
    page.table.selectRow(0)
    assert page.selected_meeting_id == first
    assert page.place_edit.text() == "Biblioteka"
    _saved(qtbot, view)
    assert [m.place for m in _stored(services, stored_record)] == ["Biblioteka", "Świetlica"]


def test_an_overlong_paste_into_the_notes_is_cut_and_said(
    qtbot, make_view: MakeView, stored_record: BalanceRecord, services: Services
) -> None:
    """A 25,000-character paste keeps 20,000 characters, says so, and autosave still works."""
    view = _meetings_view(qtbot, make_view, stored_record)
    page = view.meetings_page
    page.add_meeting()
    page.notes_edit.setFocus()
    data = QMimeData()
    data.setText("ą" * 25_000)
    page.notes_edit.insertFromMimeData(data)
    _saved(qtbot, view)
    assert _stored(services, stored_record)[0].notes == "ą" * LONG_TEXT_MAX
    assert page.notes_edit.accessibleDescription() == page.notes_edit.cut_message()


def test_tab_order_follows_the_screen(
    qtbot, make_view: MakeView, stored_record: BalanceRecord
) -> None:
    """Tab goes from the table to the buttons, then down the editor; all fields are named."""
    view = _meetings_view(qtbot, make_view, stored_record)
    page: MeetingsPage = view.meetings_page
    page.add_meeting()

    def next_stop(widget: QWidget) -> QWidget:
        while True:
            following = widget.nextInFocusChain()
            assert following is not None
            widget = following
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisible()
                and not isinstance(widget.parent(), QAbstractSpinBox)  # a spin box's line edit
            ):
                return widget

    chain: list[QWidget] = [page.table]
    while len(chain) < 13:
        chain.append(next_stop(chain[-1]))
    assert chain == [
        page.table,
        page.add_button,
        page.remove_button,
        page.date_edit,
        page.duration_spin,
        page.mode_combo,
        page.place_edit,
        page.accessible_check,
        page.stages_list,
        page.notes_edit,
        page.homework_edit,
        page.next_date_check,
        page.next_date_edit,
    ]
    assert interactive_widgets_without_name(page) == []
