"""The side list of the balance view: one row per stage page with its progress mark, then meetings.

A mark is never colour alone (EN 301 549 cl. 11): each state has its own shape (hollow circle,
half-filled circle, tick, warning triangle), a visible state text under the stage name, and an
accessible text that says both.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from advisor_app.domain.flow import StageState
from advisor_app.ui.widgets import error_color

__all__ = ["DETAIL_ROLE", "KEY_ROLE", "StageList", "mark_icon", "state_text"]

# Item data role holding the entry's key: a Stage's value, or the meetings key. Plain strings,
# because Qt's item data would turn a StrEnum member into a str anyway.
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
# Item data role holding the second line (the state text, or "3 meetings").
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 2

_STATE_TEXTS: dict[StageState, object] = {
    StageState.EMPTY: QT_TRANSLATE_NOOP("StageList", "Not started"),
    StageState.IN_PROGRESS: QT_TRANSLATE_NOOP("StageList", "In progress"),
    StageState.COMPLETE: QT_TRANSLATE_NOOP("StageList", "Complete"),
    StageState.HAS_ISSUES: QT_TRANSLATE_NOOP("StageList", "Needs correction"),
}


def state_text(state: StageState) -> str:
    """The translated name of a progress mark."""
    return QCoreApplication.translate("StageList", str(_STATE_TEXTS[state]))


def _state_colour(state: StageState | None, palette: QPalette) -> QColor:
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    if state is StageState.COMPLETE:
        return QColor("#7bd88f" if dark else "#1e6b34")
    if state is StageState.IN_PROGRESS:
        return QColor("#f0b050" if dark else "#8a5300")
    if state is StageState.HAS_ISSUES:
        return error_color(palette)
    return palette.color(QPalette.ColorRole.PlaceholderText)


def mark_icon(state: StageState | None, extent: int, ratio: float, palette: QPalette) -> QIcon:
    """Draw the mark of a state (None: the neutral mark of the meetings entry).

    Args:
        state: The stage's progress.
        extent: Side of the icon in device-independent pixels.
        ratio: Device pixel ratio of the screen (sharp marks at 150 %).
        palette: Colours of the list (light or dark theme).
    """
    pixmap = QPixmap(QSize(round(extent * ratio), round(extent * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    colour = _state_colour(state, palette)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, max(1.5, extent / 10))
    inset = pen.widthF()
    box = QRectF(inset, inset, extent - 2 * inset, extent - 2 * inset)
    centre = box.center()
    if state is None:
        # Meetings: a small calendar sheet.
        painter.setPen(pen)
        painter.drawRoundedRect(box.adjusted(0, extent * 0.08, 0, 0), 2, 2)
        painter.drawLine(
            QPointF(box.left(), box.top() + extent * 0.34),
            QPointF(box.right(), box.top() + extent * 0.34),
        )
    elif state is StageState.EMPTY:
        painter.setPen(pen)
        painter.drawEllipse(box)
    elif state is StageState.IN_PROGRESS:
        painter.setPen(pen)
        painter.drawEllipse(box)
        half = QPainterPath()
        half.moveTo(centre.x(), box.top())
        half.arcTo(box, 90, 180)
        half.closeSubpath()
        painter.fillPath(half, colour)
    elif state is StageState.COMPLETE:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(box)
        tick = QPen(palette.color(QPalette.ColorRole.Base), max(1.5, extent / 8))
        tick.setCapStyle(Qt.PenCapStyle.RoundCap)
        tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(tick)
        w = box.width()
        painter.drawPolyline(
            [
                QPointF(box.left() + w * 0.26, box.top() + w * 0.52),
                QPointF(box.left() + w * 0.44, box.top() + w * 0.70),
                QPointF(box.left() + w * 0.76, box.top() + w * 0.32),
            ]
        )
    else:  # HAS_ISSUES: a warning triangle with an exclamation mark
        triangle = QPainterPath()
        triangle.moveTo(centre.x(), box.top())
        triangle.lineTo(box.right(), box.bottom())
        triangle.lineTo(box.left(), box.bottom())
        triangle.closeSubpath()
        painter.fillPath(triangle, colour)
        bang = QPen(palette.color(QPalette.ColorRole.Base), max(1.5, extent / 9))
        bang.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(bang)
        h = box.height()
        painter.drawLine(
            QPointF(centre.x(), box.top() + h * 0.38), QPointF(centre.x(), box.top() + h * 0.68)
        )
        painter.drawPoint(QPointF(centre.x(), box.top() + h * 0.84))
    painter.end()
    return QIcon(pixmap)


class _EntryDelegate(QStyledItemDelegate):
    """Paints the entry name with its state text on a second, smaller line."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        detail = QFont(option.font)
        detail.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.9))
        return title, detail

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Two lines of text beside the mark, with some air."""
        if not index.data(KEY_ROLE):
            return QSize(10, max(6, option.fontMetrics.height() // 2))  # the separator
        title, detail = self._fonts(option)
        title_metrics, detail_metrics = QFontMetrics(title), QFontMetrics(detail)
        title_text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        detail_text = str(index.data(DETAIL_ROLE) or "")
        width = max(
            title_metrics.horizontalAdvance(title_text),
            detail_metrics.horizontalAdvance(detail_text),
        )
        icon = option.decorationSize.width()
        height = title_metrics.height() + detail_metrics.height() + 12
        return QSize(width + icon + 28, max(height, icon + 12))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the background and focus through the style, then the mark and two lines."""
        if not index.data(KEY_ROLE):
            line_y = option.rect.center().y()
            painter.save()
            painter.setPen(option.palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(option.rect.left() + 8, line_y, option.rect.right() - 8, line_y)
            painter.restore()
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        texts = (opt.text, str(index.data(DETAIL_ROLE) or ""))
        icon = QIcon(opt.icon)  # a copy: the option field is cleared below
        opt.text = ""
        opt.icon = QIcon()
        widget = cast(QWidget | None, opt.widget)  # None when painted outside a view
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        colour = opt.palette.color(group, role)
        title_font, detail_font = self._fonts(opt)
        rect = opt.rect.adjusted(8, 6, -8, -6)
        extent = opt.decorationSize.width()
        painter.save()
        icon.paint(
            painter,
            rect.left(),
            rect.top() + (rect.height() - extent) // 2,
            extent,
            extent,
        )
        text_left = rect.left() + extent + 10
        text_rect = rect.adjusted(text_left - rect.left(), 0, 0, 0)
        painter.setPen(colour)
        painter.setFont(title_font)
        title_height = QFontMetrics(title_font).height()
        detail_height = QFontMetrics(detail_font).height()
        top = text_rect.top() + (text_rect.height() - title_height - detail_height) // 2
        painter.drawText(
            text_rect.adjusted(0, top - text_rect.top(), 0, 0),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            QFontMetrics(title_font).elidedText(
                texts[0], Qt.TextElideMode.ElideRight, text_rect.width()
            ),
        )
        painter.setFont(detail_font)
        painter.drawText(
            text_rect.adjusted(0, top - text_rect.top() + title_height, 0, 0),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
            QFontMetrics(detail_font).elidedText(
                texts[1], Qt.TextElideMode.ElideRight, text_rect.width()
            ),
        )
        painter.restore()


class StageList(QListWidget):
    """The entries of the balance view (stages, a separator, meetings) with their marks.

    Arrow keys move between entries (the separator is skipped); Enter asks to move into the
    page. Keys are ``Stage`` members or the meetings key.

    Signals:
        entry_did_activate(object): Enter or a double-click on an entry; carries its key.
    """

    entry_did_activate = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create an empty list (see :meth:`add_entry`)."""
        super().__init__(parent)
        self.setObjectName("stageList")
        self.setItemDelegate(_EntryDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        self.setSpacing(1)
        extent = self.fontMetrics().height() + 4
        self.setIconSize(QSize(extent, extent))
        self._states: dict[str, StageState | None] = {}
        self.itemActivated.connect(self._activated)

    def add_entry(self, key: str, title: str) -> None:
        """Append an entry."""
        item = QListWidgetItem(title)
        item.setData(KEY_ROLE, key)
        item.setData(DETAIL_ROLE, "")
        self.addItem(item)
        self._states[key] = None
        self._update_icon(item)

    def add_separator(self) -> None:
        """Append a line that keyboard and mouse skip."""
        item = QListWidgetItem()
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, "")
        self.addItem(item)

    def keys(self) -> list[str]:
        """The entry keys in list order."""
        return [k for k in (self.item(r).data(KEY_ROLE) for r in range(self.count())) if k]

    def current_key(self) -> str | None:
        """The key of the current entry."""
        item = cast(QListWidgetItem | None, self.currentItem())  # None in an empty list
        return str(item.data(KEY_ROLE)) if item is not None else None

    def row_of(self, key: str) -> int:
        """The row of an entry, or -1."""
        for row in range(self.count()):
            if self.item(row).data(KEY_ROLE) == key:
                return row
        return -1

    def set_entry(
        self,
        key: str,
        *,
        title: str,
        detail: str,
        state: StageState | None,
        description: str = "",
    ) -> None:
        """Set an entry's texts and mark (unchanged values cause no repaint)."""
        row = self.row_of(key)
        if row < 0:
            return
        item = self.item(row)
        if item.text() != title:
            item.setText(title)
        if item.data(DETAIL_ROLE) != detail:
            item.setData(DETAIL_ROLE, detail)
        accessible = f"{title}: {detail}" if detail else title
        if item.data(Qt.ItemDataRole.AccessibleTextRole) != accessible:
            item.setData(Qt.ItemDataRole.AccessibleTextRole, accessible)
            item.setToolTip(f"{accessible}\n{description}" if description else accessible)
        if description and item.data(Qt.ItemDataRole.AccessibleDescriptionRole) != description:
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
        if self._states.get(key) is not state or item.icon().isNull():
            self._states[key] = state
            self._update_icon(item)

    def state_of(self, key: str) -> StageState | None:
        """The mark an entry shows."""
        return self._states.get(key)

    def refresh_icons(self) -> None:
        """Redraw every mark (after a palette, font or screen change)."""
        extent = self.fontMetrics().height() + 4
        self.setIconSize(QSize(extent, extent))
        for row in range(self.count()):
            item = self.item(row)
            if item.data(KEY_ROLE):
                self._update_icon(item)

    def sizeHint(self) -> QSize:
        """Wide enough for the longest entry, so no stage name is cut."""
        hint = super().sizeHint()
        width = self.sizeHintForColumn(0)
        margins = 2 * self.frameWidth() + self.verticalScrollBar().sizeHint().width() + 8
        # Not QAbstractScrollArea's default 256 px: as narrow as the names allow.
        return QSize(width + margins, hint.height())

    def minimumSizeHint(self) -> QSize:
        """Never narrower than the entries need."""
        return QSize(self.sizeHint().width(), super().minimumSizeHint().height())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter moves into the page (the arrows already switched to it)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.entry_did_activate.emit(self.current_key())
            return
        super().keyPressEvent(event)

    def _activated(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        if key:
            self.entry_did_activate.emit(key)

    def _update_icon(self, item: QListWidgetItem) -> None:
        key = item.data(KEY_ROLE)
        ratio = self.devicePixelRatioF()
        item.setIcon(
            mark_icon(self._states.get(key), self.iconSize().width(), ratio, self.palette())
        )
