"""Helpers shared by the GUI tests: typed child lookup and the accessibility walk."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QMenuBar, QWidget

W = TypeVar("W", bound=QObject)


def child(parent: QObject, kind: type[W], name: str) -> W:
    """Return the descendant called ``name``, checking that it is a ``kind``."""
    found = parent.findChild(kind, name)
    assert isinstance(found, kind), f"no {kind.__name__} named {name!r}"
    return found


def _interactive(widget: QWidget) -> bool:
    if not widget.isVisible() or not widget.isEnabled():
        return False
    takes_focus = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    return takes_focus or isinstance(widget, QAbstractButton | QMenuBar)


def interactive_widgets_without_name(root: QWidget) -> list[str]:
    """Describe every visible, enabled interactive widget under ``root`` lacking an accessible name.

    Interactive means: it takes keyboard focus, or it is a button or a menu bar. Returns
    ``"ClassName 'objectName'"`` strings, so a failing assertion says what to fix.
    """
    return [
        f"{type(widget).__name__} {widget.objectName()!r}"
        for widget in [root, *root.findChildren(QWidget)]
        if _interactive(widget) and not widget.accessibleName().strip()
    ]
