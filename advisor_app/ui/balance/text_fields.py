"""Text fields of the interview pages: long texts and line lists with limits, and field notes.

The balance document limits long texts to 20,000 characters and list items to 300. A value over
the limit cannot be stored at all (the save of the whole balance would be refused), so these
fields cut what does not fit and say so, instead of losing the rest of the advisor's work.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from advisor_app.domain.issues import Issue, Severity
from advisor_app.domain.text_limits import LONG_TEXT_MAX, SHORT_TEXT_MAX
from advisor_app.ui.issue_text import issue_text
from advisor_app.ui.widgets import error_color

__all__ = [
    "BoundedTextEdit",
    "FieldNote",
    "LinesEdit",
    "add_noted_row",
    "muted_color",
    "notes_by_field",
]


def muted_color(palette: QPalette) -> QColor:
    """A grey for secondary text, readable on the palette's window colour (contrast ≥ 4.5:1)."""
    dark_background = palette.color(QPalette.ColorRole.Window).lightness() < 128
    # #595959 on white has a contrast of about 7:1; #b8b8b8 on #2b2b2b about 7.5:1.
    return QColor("#b8b8b8") if dark_background else QColor("#595959")


def _utf16_length(text: str) -> int:
    # Qt positions count UTF-16 code units; an emoji is one Python character but two units.
    return len(text.encode("utf-16-le")) // 2


class BoundedTextEdit(QPlainTextEdit):
    """A plain-text field that keeps at most ``max_length`` characters and says when it cut.

    A paste is cut to the room left (the text after the cursor is kept); any other way of
    going over the limit cuts the end. With ``line_limit`` each line is also kept to that
    length (list fields: one item per line). Tab moves to the next field, as in a form.

    Args:
        max_length: Longest text (the document's long-text limit by default).
        line_limit: Longest line, or None.
        visible_lines: Height of the field in lines of text.
        parent: Parent widget.

    Signals:
        text_was_edited(str): The advisor changed the text (not emitted by :meth:`set_text`).
        text_was_cut(): Typed or pasted text did not fit and the excess was dropped.
    """

    text_was_edited = Signal(str)
    text_was_cut = Signal()

    def __init__(
        self,
        max_length: int = LONG_TEXT_MAX,
        line_limit: int | None = None,
        visible_lines: int = 4,
        parent: QWidget | None = None,
    ) -> None:
        """Create an empty field."""
        super().__init__(parent)
        self._max_length = max_length
        self._line_limit = line_limit
        self._loading = False
        self._cut = False
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        margins = self.contentsMargins()
        document_margin = 2 * self.document().documentMargin()
        height = visible_lines * self.fontMetrics().lineSpacing() + document_margin
        self.setFixedHeight(int(height) + margins.top() + margins.bottom() + 4)
        self.textChanged.connect(self._on_text_changed)

    @property
    def was_cut(self) -> bool:
        """Tell whether input was cut since the field was last loaded."""
        return self._cut

    def cut_message(self) -> str:
        """The translated note shown after cutting."""
        if self._line_limit is not None:
            return QCoreApplication.translate(
                "BoundedTextEdit",
                "The text was too long and was cut: at most {limit} characters per line.",
            ).format(limit=QLocale().toString(self._line_limit))
        return QCoreApplication.translate(
            "BoundedTextEdit", "The text was too long and was cut to {limit} characters."
        ).format(limit=QLocale().toString(self._max_length))

    def reset_cut(self) -> None:
        """Forget an earlier cut (another item is shown)."""
        self._cut = False

    def set_text(self, text: str) -> None:
        """Show ``text`` from the record; leaves the field (and its cursor) alone when equal."""
        if self.toPlainText() == text:
            return
        self._cut = False
        self._loading = True
        try:
            self.setPlainText(text)
        finally:
            self._loading = False

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Paste what fits, keeping the text after the cursor."""
        if not source.hasText():
            return
        text = source.text()
        cursor = self.textCursor()
        used = len(self.toPlainText()) - len(cursor.selectedText())
        room = max(0, self._max_length - used)
        cut = len(text) > room
        if cut:
            text = text[:room]
        cursor.insertText(text)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        if cut:
            self._mark_cut()

    def _mark_cut(self) -> None:
        self._cut = True
        self.text_was_cut.emit()

    def _on_text_changed(self) -> None:
        if self._loading:
            return
        self._loading = True  # the cuts below change the text again
        try:
            cut = self._enforce_limits()
        finally:
            self._loading = False
        if cut:
            self._mark_cut()
        self.text_was_edited.emit(self.toPlainText())

    def _enforce_limits(self) -> bool:
        cut = False
        document = self.document()
        if self._line_limit is not None:
            block = document.firstBlock()
            while block.isValid():
                line = block.text()
                if len(line) > self._line_limit:
                    cursor = QTextCursor(block)
                    cursor.setPosition(block.position() + _utf16_length(line[: self._line_limit]))
                    cursor.setPosition(
                        block.position() + _utf16_length(line), QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.removeSelectedText()
                    cut = True
                block = block.next()
        text = self.toPlainText()
        if len(text) > self._max_length:
            cursor = QTextCursor(document)
            cursor.setPosition(_utf16_length(text[: self._max_length]))
            cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            cut = True
        return cut


class LinesEdit(BoundedTextEdit):
    """A list of short texts typed one per line (activities, documents, possible evidence).

    Empty lines and surrounding spaces are not items, so pressing Enter to start the next item
    does not change the list (and a reload does not disturb the typing).

    Args:
        visible_lines: Height of the field in lines of text.
        parent: Parent widget.
    """

    def __init__(self, visible_lines: int = 4, parent: QWidget | None = None) -> None:
        """Create an empty list."""
        super().__init__(LONG_TEXT_MAX, SHORT_TEXT_MAX, visible_lines, parent)

    def lines(self) -> tuple[str, ...]:
        """The items: non-empty lines without surrounding spaces."""
        return lines_of(self.toPlainText())

    def set_lines(self, items: Iterable[str]) -> None:
        """Show the items from the record; leaves the field alone when they are the same."""
        items = tuple(items)
        if self.lines() == items:
            return
        self.set_text("\n".join(items))


def lines_of(text: str) -> tuple[str, ...]:
    """Split a one-item-per-line text into its items."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class FieldNote(QLabel):
    """Notes under a field: problems in red, hints (still missing, recommended) in grey.

    The field's accessible description carries the same text, so a screen reader announces it
    with the field.

    Args:
        field: The widget the notes are about.
        parent: Parent widget.
    """

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        """Create a hidden note."""
        super().__init__(parent)
        self._field = field
        self._is_error = False
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    @property
    def is_error(self) -> bool:
        """Tell whether the note shows a problem (red) rather than a hint (grey)."""
        return self._is_error and not self.isHidden()

    def set_notes(self, errors: Sequence[str], hints: Sequence[str] = ()) -> None:
        """Show ``errors`` (red) and ``hints`` (grey when there is no error); hide when empty."""
        texts = list(dict.fromkeys([*errors, *hints]))
        text = "\n".join(texts)
        is_error = bool(errors)
        if text == self.text() and is_error == self._is_error and self.isHidden() == (not text):
            return
        self._is_error = is_error
        palette = self.palette()
        colour = error_color(palette) if is_error else muted_color(palette)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.setPalette(palette)
        self.setText(text)
        self._field.setAccessibleDescription(text)
        self.setVisible(bool(text))


def notes_by_field(
    issues: Iterable[Issue], entity_id: object, prefix: str
) -> dict[str, tuple[list[str], list[str]]]:
    """Group the issues of one item by field: ``{"end": ([errors], [hints])}``.

    Args:
        issues: Issues of the stage.
        entity_id: The item shown in the editor.
        prefix: The list's path, e.g. ``"experiences."``; removed from the field names.
    """
    notes: dict[str, tuple[list[str], list[str]]] = {}
    for issue in issues:
        if issue.entity_id != entity_id or not issue.field.startswith(prefix):
            continue
        errors, hints = notes.setdefault(issue.field.removeprefix(prefix), ([], []))
        soft = issue.severity in (Severity.INCOMPLETE, Severity.RECOMMENDED)
        (hints if soft else errors).append(issue_text(issue))
    return notes


def add_noted_row(
    form: QFormLayout, key: str, field: QWidget, *below: QWidget
) -> tuple[QLabel, FieldNote]:
    """Add a labelled form row: the field, any widgets under it, then its issue note.

    The label's buddy is the field (or its focus proxy), so Alt+letter and screen readers reach
    it; the caller sets the label's text in ``retranslateUi``.

    Returns:
        The label and the note, for the page to keep by ``key``.
    """
    label = QLabel()
    label.setObjectName(f"{key}Label")
    label.setBuddy(field.focusProxy() or field)
    note = FieldNote(field)
    note.setObjectName(f"{key}Note")
    cell = QVBoxLayout()
    cell.setContentsMargins(0, 0, 0, 0)
    cell.setSpacing(2)
    cell.addWidget(field)
    for widget in below:
        cell.addWidget(widget)
    cell.addWidget(note)
    form.addRow(label, cell)
    return label, note
