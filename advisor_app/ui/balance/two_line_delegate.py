"""Item delegate drawing a bold first line and a quieter second line (timeline, story list).

A list of experiences or stories is read at a glance in front of the participant: the title
stands out, the details (life area, notes, what is missing) sit below it in grey, or in red when
something needs attention. Two lines keep the list narrow enough to share the page with the
editor and the prompts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple
from uuid import UUID

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from advisor_app.ui.balance.text_fields import muted_color
from advisor_app.ui.widgets import error_color

__all__ = [
    "ATTENTION_ROLE",
    "MUTED_ROLE",
    "SECOND_LINE_ROLE",
    "ListRow",
    "TwoLineDelegate",
    "sync_list",
]

# Item data role holding the second line's text.
SECOND_LINE_ROLE = Qt.ItemDataRole.UserRole + 1
# Item data role: True when the second line reports a problem (drawn in red).
ATTENTION_ROLE = Qt.ItemDataRole.UserRole + 2
# Item data role: True for an item set aside (a discarded story): grey and italic.
MUTED_ROLE = Qt.ItemDataRole.UserRole + 3

_PADDING = 3


class TwoLineDelegate(QStyledItemDelegate):
    """Draws the item's text in bold and :data:`SECOND_LINE_ROLE` below it.

    Args:
        parent: The view (or another owner).
    """

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw background, selection and both lines, each elided to the cell's width."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        first = opt.text
        second = str(index.data(SECOND_LINE_ROLE) or "")
        attention = bool(index.data(ATTENTION_ROLE))
        muted = bool(index.data(MUTED_ROLE))
        opt.text = ""
        widget = opt.widget
        # PySide's stubs say never None, but a delegate used without a view gets no widget.
        style = widget.style() if widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        rect = opt.rect.adjusted(_PADDING + 1, _PADDING, -_PADDING, -_PADDING)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Normal
            if opt.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Disabled
        )
        text_colour = opt.palette.color(
            group,
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text,
        )
        if muted and not selected:
            text_colour = muted_color(opt.palette)
        if selected:
            detail_colour = text_colour
        elif attention:
            detail_colour = error_color(opt.palette)
        else:
            detail_colour = muted_color(opt.palette)

        bold = QFont(option.font)  # a copy: the option's font is a view into the option
        bold.setBold(True)
        bold.setItalic(muted)
        bold_metrics = QFontMetrics(bold)
        plain = QFontMetrics(option.font)
        painter.save()
        painter.setFont(bold)
        painter.setPen(text_colour)
        line = QRect(rect.left(), rect.top(), rect.width(), bold_metrics.height())
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            bold_metrics.elidedText(first, Qt.TextElideMode.ElideRight, rect.width()),
        )
        if second:
            painter.setFont(option.font)
            painter.setPen(detail_colour)
            line = QRect(rect.left(), line.bottom() + 1, rect.width(), plain.height())
            painter.drawText(
                line,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                plain.elidedText(second, Qt.TextElideMode.ElideRight, rect.width()),
            )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Two lines high; as wide as the longer line."""
        bold = QFont(option.font)
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        plain = QFontMetrics(option.font)
        first = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        second = str(index.data(SECOND_LINE_ROLE) or "")
        width = max(bold_metrics.horizontalAdvance(first), plain.horizontalAdvance(second))
        height = bold_metrics.height() + plain.height() + 2 * _PADDING + 2
        return QSize(width + 2 * _PADDING + 2, height)


class ListRow(NamedTuple):
    """What one item of a two-line list shows.

    Attributes:
        id: The item's entity.
        title: First line (bold).
        details: Second line; also the item's accessible description.
        tooltip: Full text when the lines are elided.
        attention: Show the second line as a warning.
    """

    id: UUID
    title: str
    details: str
    tooltip: str
    attention: bool


def sync_list(
    widget: QListWidget, rows: Sequence[ListRow], shown: Sequence[ListRow], current: UUID | None
) -> list[ListRow]:
    """Bring a two-line list to ``rows``, touching only the items that changed.

    Rebuilding every item on each keystroke would reset scrolling and the screen reader's place;
    items are recreated only when the list of IDs changed, and signals stay blocked so the page
    does not take the refresh for the advisor's selection.

    Args:
        widget: The list.
        rows: What it should show.
        shown: What it shows now (the value this function returned last time; [] at first).
        current: The entity to select (none when it is not in the list).

    Returns:
        ``rows`` as a list, to pass as ``shown`` next time.
    """
    widget.blockSignals(True)
    try:
        if [row.id for row in rows] != [row.id for row in shown]:
            widget.clear()
            for _row in rows:
                widget.addItem(QListWidgetItem())
            shown = [ListRow(row.id, "", "", "", False) for row in rows]
        for index, (row, old) in enumerate(zip(rows, shown, strict=True)):
            if row != old:
                item = widget.item(index)
                item.setText(row.title)
                item.setData(SECOND_LINE_ROLE, row.details)
                item.setData(ATTENTION_ROLE, row.attention)
                item.setToolTip(row.tooltip)
                # Screen readers read the text; the second line is its description.
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, row.details)
        ids = [row.id for row in rows]
        position = ids.index(current) if current in ids else -1
        if widget.currentRow() != position:
            widget.setCurrentRow(position)
    finally:
        widget.blockSignals(False)
    return list(rows)
