"""Keyboard-only driving of the app in tests: typing any text, Tab to a widget, combo choices.

Every helper sends key events to whatever has the keyboard focus (or to the open popup menu),
where a keyboard user's keys go; none calls a setter on a widget. Posted events are delivered
after each key, as the event loop does between real keystrokes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialog, QWidget

from advisor_app.ui.widgets import ChoiceCombo

__all__ = ["choose", "focused", "press", "tab_to", "type_date", "type_text", "when_modal_opens"]

_NO_MODIFIER = Qt.KeyboardModifier.NoModifier

# A page has a few dozen stops; a date edit takes one Tab per section.
_TAB_LIMIT = 80

# How long a dialog may take to be shown and activated by exec(), in 5 ms steps (a loaded
# machine is slow; after that the keys are sent anyway and the test fails on what they miss).
_DIALOG_TRIES = 1000


def focused() -> QWidget:
    """The widget with the keyboard focus (fails when nothing has it)."""
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def _receiver() -> QWidget:
    # An open popup menu takes the keys, as it does for a real keyboard.
    popup = QApplication.activePopupWidget()
    return popup if popup is not None else focused()


def _describe(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    return f"{type(widget).__name__} {widget.objectName()!r}"


def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = _NO_MODIFIER, *, times: int = 1) -> None:
    """Press and release a key (with modifiers) on the focused widget, ``times`` times."""
    for _ in range(times):
        QTest.keyClick(_receiver(), key, modifiers)
        QCoreApplication.processEvents()


def type_text(text: str) -> None:
    """Type ``text`` into the focused widget, one key event per character.

    ASCII goes through QTest's keys; any other character (ą, ł, –) is a key event carrying the
    character, as an input method delivers it. A newline is the Return key.
    """
    for character in text:
        widget = _receiver()
        if character == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif character.isascii():
            QTest.keyClicks(widget, character)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, character, _NO_MODIFIER
            )
        QCoreApplication.processEvents()


def tab_to(target: QWidget, *, backwards: bool = False, limit: int = _TAB_LIMIT) -> None:
    """Press Tab (Shift+Tab when ``backwards``) until ``target`` has the focus.

    Fails, listing where the focus went, when Tab does not reach it: the control is not
    reachable by keyboard.
    """
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    path: list[str] = []
    for _ in range(limit):
        current = QApplication.focusWidget()
        if current is not None and current in (target, target.focusProxy()):
            return
        path.append(_describe(current))
        press(key)
    raise AssertionError(
        f"Tab does not reach {_describe(target)}; the focus went: " + " → ".join(path[-25:])
    )


def choose(combo: QWidget, value: Any) -> None:
    """Choose ``value`` in the focused choice box with Home and the Down arrow (no popup)."""
    assert isinstance(combo, ChoiceCombo), f"{_describe(combo)} is not a choice box"
    assert focused() is combo, f"{_describe(combo)} has no focus, {_describe(focused())} has"
    press(Qt.Key.Key_Home)
    press(Qt.Key.Key_Down, times=combo.values().index(value))
    assert combo.current_value() == value, f"{_describe(combo)} shows {combo.currentText()!r}"


def type_date(edit: QDateTimeEdit, value: dt.date) -> None:
    """Type a date into the focused date edit, section by section in the locale's order.

    The edit must have its first section selected, as it does when it gets the focus. Each
    section is typed in full ("04", "03", "2025"), so the edit moves on to the next by itself.
    """
    assert focused() is edit, f"{_describe(edit)} has no focus, {_describe(focused())} has"
    assert edit.currentSectionIndex() == 0, "start in the first section"
    parts = {
        QDateTimeEdit.Section.DaySection: f"{value.day:02d}",
        QDateTimeEdit.Section.MonthSection: f"{value.month:02d}",
        QDateTimeEdit.Section.YearSection: f"{value.year:04d}",
    }
    for index in range(edit.sectionCount()):
        type_text(parts[edit.sectionAt(index)])
    assert edit.date().toPython() == value, f"{_describe(edit)} shows {edit.text()!r}"


def when_modal_opens(act: Callable[[QDialog], None], errors: list[BaseException]) -> None:
    """Run ``act(dialog)`` on the modal dialog as soon as its ``exec()`` has shown it.

    ``act`` drives the dialog with keys and is expected to close it. When it fails, the error
    is kept in ``errors`` and the dialog is closed without a question, so the test fails
    instead of hanging in ``exec()``.
    """
    tries = iter(range(_DIALOG_TRIES))

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        ready = isinstance(dialog, QDialog) and dialog.isVisible() and dialog.isActiveWindow()
        if not ready and next(tries, None) is not None:
            # exec() has not shown it yet, or the window system has not activated it yet;
            # keys go to the active window.
            QTimer.singleShot(5, run)
            return
        if not isinstance(dialog, QDialog):
            errors.append(AssertionError("no modal dialog was opened"))
            return
        try:
            act(dialog)
        except BaseException as error:  # re-raised by the test
            errors.append(error)
            dialog.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, run)
