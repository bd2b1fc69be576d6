"""Table model of the participant/balance list, fetched page by page from the database."""

from __future__ import annotations

import datetime as dt
from concurrent.futures import Executor
from typing import Any, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
)

from advisor_app.domain.listing import BalanceListRow
from advisor_app.ui.enum_text import enum_text
from advisor_app.ui.sync.badges import badge_for, badge_icon, badge_text, badge_tooltip
from advisor_app.ui.tasks import Op, show_failure

__all__ = ["BalanceListModel", "RowSource"]

# Rows fetched per database round trip: enough to fill a screen several times over.
PAGE_SIZE = 200

_ModelIndex = QModelIndex | QPersistentModelIndex


class RowSource(Protocol):
    """What the model needs from the participant service (runs on the db executor)."""

    def count_rows(self, query: str = "") -> int:
        """Number of rows matching a search."""
        ...

    def rows(
        self, query: str = "", *, offset: int = 0, limit: int = 200
    ) -> tuple[BalanceListRow, ...]:
        """One page of matching rows."""
        ...


# Column headers (context "BalanceListModel", so lupdate and the runtime lookup agree).
_COLUMNS = (
    QT_TRANSLATE_NOOP("BalanceListModel", "Name"),
    QT_TRANSLATE_NOOP("BalanceListModel", "Locality"),
    QT_TRANSLATE_NOOP("BalanceListModel", "Project"),
    QT_TRANSLATE_NOOP("BalanceListModel", "Variant"),
    QT_TRANSLATE_NOOP("BalanceListModel", "Status"),
    QT_TRANSLATE_NOOP("BalanceListModel", "Stage"),
    QT_TRANSLATE_NOOP("BalanceListModel", "Last change"),
    QT_TRANSLATE_NOOP("BalanceListModel", "Sync"),
)
COL_NAME, COL_LOCALITY, COL_PROJECT, COL_VARIANT, COL_STATUS, COL_STAGE, COL_CHANGED = range(7)
COL_SYNC = 7  # the balance's way to the server: a coloured dot and a word (ui/sync/badges.py)


class BalanceListModel(QAbstractTableModel):
    """One row per balance (or per participant without a balance), loaded lazily.

    Searching runs in SQL through the service: :meth:`set_query` resets the model and loads
    the count and the first page; views pull further pages through ``fetchMore``. Results of
    an older query that arrive late are dropped (each query gets a new generation number).

    ``Qt.UserRole`` returns the :class:`BalanceListRow` of a row. The last column
    (:data:`COL_SYNC`) shows the balance's sync badge with a tooltip and an accessible text.

    Args:
        source: The participant service (``count_rows`` and ``rows``), called on ``executor``.
        executor: The db executor.
        parent: Owner of the model.
        page_size: Rows fetched per page.

    Signals:
        count_did_change(int): The number of rows matching the current query is known.
        rows_did_load(): A page (or the first page after a new query) has been inserted.
    """

    count_did_change = Signal(int)
    rows_did_load = Signal()

    def __init__(
        self,
        source: RowSource,
        executor: Executor,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        """Create an empty model; call :meth:`set_query` (or :meth:`refresh`) to load."""
        super().__init__(parent)
        self._source = source
        self._executor = executor
        self._page_size = page_size
        self._rows: list[BalanceListRow] = []
        self._total = 0
        self._query = ""
        self._generation = 0
        self._fetching = False
        self._loaded_once = False

    # --- public API ---------------------------------------------------------------------------

    @property
    def query(self) -> str:
        """The search text the model currently shows."""
        return self._query

    @property
    def total(self) -> int:
        """Rows matching the query in the database (loaded or not)."""
        return self._total

    @property
    def loading(self) -> bool:
        """Tell whether a count or page request is still running."""
        return self._fetching

    @property
    def loaded_once(self) -> bool:
        """Tell whether any query has finished loading (the list is not just "not yet read")."""
        return self._loaded_once

    def set_query(self, text: str) -> None:
        """Show the rows matching ``text``: reset, then load the count and the first page."""
        self._query = text
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self._rows = []
        self._total = 0
        self.endResetModel()
        self._fetching = True
        source, query, limit = self._source, text, self._page_size

        def first_page() -> tuple[int, tuple[BalanceListRow, ...]]:
            return source.count_rows(query), source.rows(query, offset=0, limit=limit)

        Op(self, first_page).success(
            lambda result: self._first_page_loaded(generation, *result)
        ).failure(lambda error: self._load_failed(generation, error)).run(self._executor)

    def refresh(self) -> None:
        """Reload the current query (after data changed)."""
        self.set_query(self._query)

    def row_at(self, row: int) -> BalanceListRow | None:
        """Return the loaded row at a position, or None when out of range."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find_row(self, *, participant_id: object = None, balance_id: object = None) -> int:
        """Return the position of the first loaded row matching the IDs given, or -1."""
        for position, item in enumerate(self._rows):
            if balance_id is not None and item.balance_id != balance_id:
                continue
            if participant_id is not None and item.participant_id != participant_id:
                continue
            return position
        return -1

    def retranslate(self) -> None:
        """Tell views that headers and texts changed with the UI language."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(_COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(_COLUMNS) - 1)
            )

    # --- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:
        """Number of loaded rows (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:
        """Number of columns (a table has no children)."""
        return 0 if parent.isValid() else len(_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Translated column titles; row headers are not shown."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(_COLUMNS)
        ):
            return QCoreApplication.translate("BalanceListModel", str(_COLUMNS[section]))
        return None

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display texts, tooltips and the row object (``Qt.UserRole``)."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return item
        if index.column() == COL_SYNC:
            return _sync_data(item, role)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(item, index.column(), tooltip=role == Qt.ItemDataRole.ToolTipRole)
        return None

    def flags(self, index: _ModelIndex) -> Qt.ItemFlag:
        """Rows can be selected, not edited in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def canFetchMore(self, parent: _ModelIndex) -> bool:
        """More matching rows exist in the database than are loaded."""
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: _ModelIndex) -> None:
        """Load the next page in the background; rows are inserted when it arrives."""
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation = self._generation
        source, query, offset, limit = self._source, self._query, len(self._rows), self._page_size
        Op(self, lambda: source.rows(query, offset=offset, limit=limit)).success(
            lambda page: self._page_loaded(generation, offset, page)
        ).failure(lambda error: self._load_failed(generation, error)).run(self._executor)

    # --- internals ----------------------------------------------------------------------------

    def _first_page_loaded(
        self, generation: int, total: int, page: tuple[BalanceListRow, ...]
    ) -> None:
        if generation != self._generation:
            return  # an older query answered after a newer one was sent
        self._loaded_once = True
        # The count and the page come from one job, but never claim fewer rows than we hold.
        self._total = max(total, len(page))
        self._insert(page)
        self._fetching = False
        self.count_did_change.emit(self._total)
        self.rows_did_load.emit()

    def _page_loaded(self, generation: int, offset: int, page: tuple[BalanceListRow, ...]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        if not page:
            # The data shrank since the count: stop asking for rows that are no longer there.
            self._total = len(self._rows)
            self.count_did_change.emit(self._total)
        self._insert(page)
        self._fetching = False
        self.rows_did_load.emit()

    def _load_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._generation:
            self._fetching = False
        show_failure(self, error)

    def _insert(self, page: tuple[BalanceListRow, ...]) -> None:
        # Called while _fetching is still True: a view (or the model tester) asking
        # canFetchMore() from inside the insertion must not start a second request.
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def _display(self, item: BalanceListRow, column: int, *, tooltip: bool) -> str | None:
        if column == COL_NAME:
            return item.display_name
        if column == COL_LOCALITY:
            return item.locality
        if column == COL_PROJECT:
            return item.project_code or ""
        if column == COL_VARIANT:
            return enum_text(item.variant)
        if column == COL_STATUS:
            if item.balance_id is None:
                return QCoreApplication.translate("BalanceListModel", "No balance yet")
            return enum_text(item.status)
        if column == COL_STAGE:
            return enum_text(item.current_stage)
        if column == COL_CHANGED:
            return _format_timestamp(item.updated_at, long=tooltip)
        return None


def _sync_data(item: BalanceListRow, role: int) -> Any:
    badge = badge_for(item)
    if badge is None:
        return None
    if role == Qt.ItemDataRole.DisplayRole:
        return badge_text(badge)
    if role == Qt.ItemDataRole.DecorationRole:
        return badge_icon(badge)
    if role == Qt.ItemDataRole.ToolTipRole:
        return badge_tooltip(badge)
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return QCoreApplication.translate("BalanceListModel", "Sync: {state}").format(
            state=badge_text(badge)
        )
    return None


def _format_timestamp(value: dt.datetime, *, long: bool = False) -> str:
    # Stored in UTC; advisors read local time in their UI language's format.
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    local = value.astimezone()
    locale = QLocale()
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    date_text = locale.toString(QDate(local.year, local.month, local.day), fmt)
    time_text = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return f"{date_text} {time_text}"
