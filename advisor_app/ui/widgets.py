"""Small shared widgets and helpers: inline messages, text fields with a visible length limit."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QSizePolicy, QWidget

from advisor_app.domain.text_limits import SHORT_TEXT_MAX

__all__ = [
    "BoundedLineEdit",
    "ChoiceCombo",
    "InlineMessage",
    "error_color",
    "set_readable_width",
    "strip_mnemonic",
]


def strip_mnemonic(text: str) -> str:
    """Remove the ``&`` mnemonic marker from a label text (``&&`` stays a literal ``&``)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def set_readable_width(window: QWidget, chars: int) -> None:
    """Keep wrapped texts of a small window at least ``chars`` characters wide.

    Without this a dialog shrinks to its buttons and a word-wrapped explanation becomes a
    narrow column that Qt may cut off at the bottom.
    """
    width = chars * window.fontMetrics().averageCharWidth()
    for label in window.findChildren(QLabel):
        if label.wordWrap():
            label.setMinimumWidth(width)


def error_color(palette: QPalette) -> QColor:
    """Return a red readable on the palette's window colour (WCAG contrast ≥ 4.5:1)."""
    dark_background = palette.color(QPalette.ColorRole.Window).lightness() < 128
    # #a4262c on white has a contrast of about 6.5:1; #ff9c9c on #2b2b2b about 7:1.
    return QColor("#ff9c9c") if dark_background else QColor("#a4262c")


class InlineMessage(QLabel):
    """A red message under a field, hidden while empty.

    The field's accessible description carries the same text, so a screen reader announces
    the problem together with the field.

    Args:
        field: The widget the message is about.
        parent: Parent widget.
    """

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        """Create a hidden message for ``field``."""
        super().__init__(parent)
        self._field = field
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_color(palette))
        self.setPalette(palette)
        self.hide()

    def set_message(self, text: str) -> None:
        """Show ``text`` (or hide the message when it is empty)."""
        if text == self.text() and self.isHidden() == (not text):
            return
        self.setText(text)
        self._field.setAccessibleDescription(text)
        self.setVisible(bool(text))


class BoundedLineEdit(QLineEdit):
    """A line edit with a length limit that says so when input was cut.

    Qt silently drops what goes beyond ``maxLength`` (a pasted letter of 100,000 characters
    keeps its first 300); this field emits :attr:`text_was_cut` so the form can tell the
    advisor instead of losing text without a word.

    Args:
        max_length: The limit (the document's short-text limit by default).
        parent: Parent widget.

    Signals:
        text_was_cut(): Typed or pasted text did not fit and the excess was dropped.
    """

    text_was_cut = Signal()

    def __init__(self, max_length: int = SHORT_TEXT_MAX, parent: QWidget | None = None) -> None:
        """Create the field with its limit."""
        super().__init__(parent)
        self.setMaxLength(max_length)
        self._cut = False
        # inputRejected is also emitted for rejected characters of a validator; these fields
        # have none, so it only fires when text was longer than maxLength.
        self.inputRejected.connect(self._on_rejected)
        self.textEdited.connect(self._on_edited)

    @property
    def was_cut(self) -> bool:
        """Tell whether the current text is the truncated result of too long input."""
        return self._cut

    def cut_message(self) -> str:
        """The translated note shown under the field after cutting."""
        return QCoreApplication.translate(
            "BoundedLineEdit", "The text was too long and was cut to {limit} characters."
        ).format(limit=self.maxLength())

    def reset_cut(self) -> None:
        """Forget an earlier cut (the field was loaded with new content)."""
        self._cut = False

    def _on_rejected(self) -> None:
        self._cut = True
        self.text_was_cut.emit()

    def _on_edited(self, text: str) -> None:
        if len(text) < self.maxLength():
            self._cut = False


class ChoiceCombo(QComboBox):
    """A combo box over Python values (enum members, None, booleans) kept on the Python side.

    Qt's item data would turn a ``StrEnum`` member into a plain ``str``; keeping the values in
    a list returns exactly what was put in.

    Args:
        parent: Parent widget.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create an empty combo box."""
        super().__init__(parent)
        self._values: list[Any] = []

    def set_choices(self, values: Iterable[Any]) -> None:
        """Replace the items with ``values`` (texts are set by :meth:`set_texts`)."""
        self.clear()
        self._values = list(values)
        for _value in self._values:
            self.addItem("")

    def add_choice(self, value: Any, text: str) -> None:
        """Append one more value with its text."""
        self._values.append(value)
        self.addItem(text)

    def set_texts(self, text_of: Callable[[Any], str]) -> None:
        """Set every item's text from its value (call again after a language change)."""
        for index, value in enumerate(self._values):
            self.setItemText(index, text_of(value))

    def values(self) -> list[Any]:
        """Return the values in item order."""
        return list(self._values)

    def current_value(self) -> Any:
        """Return the selected value (None when nothing is selected)."""
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def select_value(self, value: Any) -> bool:
        """Select the item holding ``value`` (by equality and type); False when absent."""
        for index, candidate in enumerate(self._values):
            if candidate is value or (type(candidate) is type(value) and candidate == value):
                self.setCurrentIndex(index)
                return True
        self.setCurrentIndex(-1)
        return False
