"""A field for dates people remember only in part: "1998", "03.2010", "14.03.2010".

Participants rarely know the day they started a job twenty years ago. The field accepts a year,
a month or a full date in the forms Polish advisors write (``03.2010``, ``14.03.2010``) and the
ISO forms (``2010-03``, ``2010-03-14``), shows how it understood the text ("March 2010"), and
says clearly when it cannot read it. Unreadable text stays in the field, so nothing typed is
lost, but it is not written to the balance until it can be read.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from advisor_app.domain.partial_date import PartialDate, PartialDateError
from advisor_app.ui.balance.text_fields import muted_color
from advisor_app.ui.widgets import InlineMessage

__all__ = [
    "PartialDateEdit",
    "PartialDateInput",
    "describe_partial_date",
    "format_partial_date",
    "read_partial_date",
]

# "ok. 1998" (około), "ca. 1998", "~1998": people say the date is approximate in the field itself.
_APPROXIMATE = re.compile(r"^(?:około|ok\.?|circa|ca\.?|approx\.?|~)\s*", re.IGNORECASE)
_YEAR = re.compile(r"^(\d{4})$")
_YEAR_MONTH = re.compile(r"^(\d{4})[-./](\d{1,2})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[-./](\d{4})$")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$")
# What a date looks like half-typed ("03.20", "2010-0"): no message while the advisor types it.
_PREFIX = re.compile(
    r"^(?:(?:około|ok\.?|ca\.?|~)\s*)?[\d./-]{0,10}$|^(?:o|ok|oko|okoł|c|ca)$", re.IGNORECASE
)


class PartialDateInput(NamedTuple):
    """What a typed text means.

    Attributes:
        readable: False when the text is not a date in any accepted form.
        date: The date; None when the text is empty (or unreadable).
        approximate: The text started with "ok." / "około" / "~" (the person is not sure).
    """

    readable: bool
    date: PartialDate | None
    approximate: bool


def read_partial_date(text: str) -> PartialDateInput:
    """Read a typed partial date.

    Accepts ``1998``, ``03.2010`` / ``3/2010`` / ``03-2010``, ``2010-03``, ``2010-03-14`` and
    ``14.03.2010`` / ``14/03/2010`` / ``14-03-2010``, optionally after ``ok.`` or ``około``.
    Empty text is readable and means "no date".
    """
    text = text.strip()
    approximate = False
    if match := _APPROXIMATE.match(text):
        approximate = True
        text = text[match.end() :]
    if not text:
        return PartialDateInput(not approximate, None, approximate)
    year = month = day = None
    if match := _YEAR.match(text):
        year = int(match[1])
    elif match := _YEAR_MONTH.match(text):
        year, month = int(match[1]), int(match[2])
    elif match := _MONTH_YEAR.match(text):
        month, year = int(match[1]), int(match[2])
    elif match := _ISO_DAY.match(text):
        year, month, day = int(match[1]), int(match[2]), int(match[3])
    elif match := _DAY_FIRST.match(text):
        day, month, year = int(match[1]), int(match[2]), int(match[3])
    if year is None:
        return PartialDateInput(False, None, approximate)
    try:
        return PartialDateInput(True, PartialDate(year, month, day), approximate)
    except PartialDateError:
        return PartialDateInput(False, None, approximate)


def format_partial_date(value: PartialDate | None) -> str:
    """Write a partial date the way Polish forms do: ``1998``, ``03.2010``, ``14.03.2010``."""
    if value is None:
        return ""
    if value.month is None:
        return f"{value.year:04d}"
    if value.day is None:
        return f"{value.month:02d}.{value.year:04d}"
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def describe_partial_date(value: PartialDate, locale: QLocale | None = None) -> str:
    """Say the date in words in the UI language: "1998", "March 2010", "14 March 2010"."""
    locale = locale or QLocale()
    if value.month is None:
        return f"{value.year:04d}"
    if value.day is None:
        # The stand-alone name is the nominative one ("marzec 2010", not "marca 2010").
        month = locale.standaloneMonthName(value.month, QLocale.FormatType.LongFormat)
        return f"{month} {value.year:04d}"
    return locale.toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


class PartialDateEdit(QWidget):
    """A line edit for a partial date, with its reading shown beside it and a message below.

    The advisor's text is never replaced while it is still the date the record holds: a reload
    of the same value leaves text and cursor alone. Text that cannot be read is kept and
    explained, and no edit is emitted for it.

    Args:
        name: Base of the objectNames (``name`` for the line edit, ``nameValue`` for the
            reading, ``nameMessage`` for the message).
        parent: Parent widget.

    Signals:
        date_was_edited(object): The advisor typed a readable date; carries the
            :class:`PartialDate` (None when the field was cleared). :meth:`typed_approximate`
            tells whether it was written as "ok. 1998".
    """

    date_was_edited = Signal(object)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        """Create an empty field."""
        super().__init__(parent)
        self.setObjectName(name + "Field")
        self._committed: PartialDate | None = None
        self._edit = QLineEdit()
        self._edit.setObjectName(name)
        self._edit.setMaxLength(40)  # the longest form is "około 14.03.2010"
        self._edit.textEdited.connect(self._on_edited)
        self._edit.installEventFilter(self)
        margins = self._edit.textMargins()
        sample = self._edit.fontMetrics().horizontalAdvance("ok. 00.00.00000")
        self._edit.setFixedWidth(sample + margins.left() + margins.right() + 16)
        self._value = QLabel()
        self._value.setObjectName(name + "Value")
        palette = self._value.palette()
        palette.setColor(QPalette.ColorRole.WindowText, muted_color(palette))
        self._value.setPalette(palette)
        self._message = InlineMessage(self._edit)
        self._message.setObjectName(name + "Message")

        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(self._edit)
        self._row.addWidget(self._value)
        self._row.addStretch(1)
        self._box = QVBoxLayout(self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.setSpacing(4)
        self._box.addLayout(self._row)
        self._box.addWidget(self._message)
        self.setFocusProxy(self._edit)
        self.retranslateUi()

    # --- composition ----------------------------------------------------------------------

    @property
    def line_edit(self) -> QLineEdit:
        """The line edit (the buddy of the field's label; it carries the accessible name)."""
        return self._edit

    def add_below(self, widget: QWidget) -> None:
        """Put ``widget`` (e.g. an "approximate" checkbox) under the field, above the message."""
        self._box.insertWidget(self._box.indexOf(self._message), widget)

    def set_input_enabled(self, enabled: bool) -> None:
        """Enable or disable typing, leaving widgets added below (e.g. "ongoing") usable."""
        self._edit.setEnabled(enabled)
        self._value.setEnabled(enabled)

    def is_input_enabled(self) -> bool:
        """Tell whether the date can be typed."""
        return self._edit.isEnabled()

    # --- value ----------------------------------------------------------------------------

    def set_date(self, value: PartialDate | None, *, force: bool = False) -> None:
        """Show ``value`` from the record.

        Args:
            value: The date the record holds.
            force: Replace the text even when ``value`` equals the last date shown or typed
                (another item was selected: its date must not inherit unreadable text).
        """
        if not force and value == self._committed:
            return
        self._committed = value
        text = format_partial_date(value)
        if self._edit.text() != text:
            self._edit.setText(text)
        self._update_status(final=False)

    def date(self) -> PartialDate | None:
        """The last readable date (what the record holds for this field)."""
        return self._committed

    def text(self) -> str:
        """The text in the field, readable or not."""
        return self._edit.text()

    def is_readable(self) -> bool:
        """Tell whether the text in the field is a date (or empty)."""
        return read_partial_date(self._edit.text()).readable

    def typed_approximate(self) -> bool:
        """Tell whether the text says the date is approximate ("ok. 1998")."""
        return read_partial_date(self._edit.text()).approximate

    def message(self) -> str:
        """The message shown under the field ("" when none)."""
        return "" if self._message.isHidden() else self._message.text()

    def reading(self) -> str:
        """How the field understood the text ("March 2010"; "" when empty or unreadable)."""
        return self._value.text()

    # --- behaviour ------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        """Set the texts in the current UI language."""
        self._edit.setPlaceholderText(self.tr("e.g. 1998 or 03.2010"))
        self._edit.setToolTip(
            self.tr(
                "A year (1998), a month (03.2010) or a day (14.03.2010); "
                "write “ok. 1998” when the person is not sure."
            )
        )
        self._update_status(final=not self._edit.hasFocus())

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Explain unreadable text when the advisor leaves the field (typing is over)."""
        if watched is self._edit and event.type() == QEvent.Type.FocusOut:
            self._update_status(final=True)
        return super().eventFilter(watched, event)

    def _on_edited(self, text: str) -> None:
        typed = read_partial_date(text)
        self._update_status(final=False)
        if not typed.readable:
            return
        self._committed = typed.date
        self.date_was_edited.emit(typed.date)

    def _update_status(self, *, final: bool) -> None:
        text = self._edit.text()
        typed = read_partial_date(text)
        if typed.readable:
            self._value.setText(
                "" if typed.date is None else "= " + describe_partial_date(typed.date)
            )
            self._message.set_message("")
            return
        self._value.setText("")
        # Half-typed dates ("03.20") are not greeted in red; anything else is explained at once.
        if final or not _PREFIX.match(text.strip()) or self._message.isVisible():
            self._message.set_message(
                self.tr(
                    "This is not a date we can read. Write a year (1998), a month (03.2010) or "
                    "a day (14.03.2010). Your text stays here but is not saved until it can "
                    "be read."
                )
            )
