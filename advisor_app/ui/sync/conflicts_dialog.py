"""The conflicts view: stale-base balance revisions, participant field conflicts, rejected items.

- A **balance conflict** (SYNC.md §3.5 A) is shown side by side, field by field, with the
  differences highlighted; "Create a new revision on top of the server version" makes a new
  draft (``SyncService.rebase``) that the window opens for the advisor to merge and finish.
- A **participant field conflict** (§3.5 B) shows both values; the advisor keeps the server's
  or uses this laptop's (``SyncService.choose_participant_value``).
- **Rejected** items are listed with the reason the server gave; they are kept, never deleted.

Every query and change runs on the db executor.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from advisor_app.ui.sync.document_diff import (
    DiffKind,
    DiffRow,
    diff_documents,
    parse_document_json,
    render_value,
)
from advisor_app.ui.sync.field_text import field_text, section_text
from advisor_app.ui.tasks import Op, show_failure

if TYPE_CHECKING:
    from advisor_app.domain.entities import BalanceRecord
    from advisor_app.services.sync import (
        ItemProblem,
        ParticipantFieldConflict,
        RevisionConflict,
        SyncService,
    )

__all__ = ["ConflictsDialog", "ConflictsSnapshot", "load_conflicts"]

# Looks up a person-readable name: ``(kind, entity_id)`` → name or None. Runs on the db executor.
NameLookup = Callable[[str, UUID], str | None]

# Semi-transparent amber: readable on light and dark palettes; the text colour stays the theme's.
_CHANGED_BACKGROUND = QColor(255, 196, 0, 90)


@dataclass(frozen=True, slots=True)
class ConflictsSnapshot:
    """Everything the dialog shows, read in one db job.

    Attributes:
        revisions: Balance revisions in conflict with both documents.
        participant: Participant field conflicts with the participant's name.
        rejected: Rejected items with a name for the item.
    """

    revisions: tuple[RevisionConflict, ...]
    participant: tuple[tuple[ParticipantFieldConflict, str], ...]
    rejected: tuple[tuple[ItemProblem, str], ...]

    @property
    def count(self) -> int:
        """Number of things the advisor can act on or should know about."""
        return len(self.revisions) + len(self.participant) + len(self.rejected)


def load_conflicts(sync: SyncService, names: NameLookup | None = None) -> ConflictsSnapshot:
    """Read the conflicts and rejected items (call it on the db executor)."""
    lookup = names or (lambda _kind, _id: None)
    revisions = sync.revision_conflicts()
    participant = tuple(
        (c, lookup("participant", c.participant_id) or "") for c in sync.participant_conflicts()
    )
    rejected = tuple(
        (p, lookup(p.kind, p.entity_id) or "")
        for p in sync.status().problems
        if p.state == "rejected"
    )
    return ConflictsSnapshot(revisions, participant, rejected)


def _revision_label(conflict: RevisionConflict) -> str:
    document = parse_document_json(conflict.local_document) or {}
    person = document.get("participant") or {}
    balance = document.get("balance") or {}
    name = f"{person.get('last_name', '')} {person.get('first_name', '')}".strip()
    parts = [name or str(conflict.balance_id)[:8]]
    if balance.get("project_code"):
        parts.append(str(balance["project_code"]))
    finished = _date_text(balance.get("finished_at"))
    if finished:
        parts.append(finished)
    return " · ".join(parts)


def _date_text(value: object) -> str:
    """An ISO timestamp of the document as a local date in the UI language's short format."""
    if not isinstance(value, str):
        return ""
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone()
    return QLocale().toString(
        QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat
    )


class ConflictsDialog(QDialog):
    """Compare and resolve sync conflicts; list rejected items.

    Args:
        sync: The sync service.
        db_executor: Where the queries and resolutions run.
        parent: Parent window.
        names: Finds names for participants and balances (on the db executor).

    Signals:
        revision_did_rebase(object): A new draft on top of the server head was created; carries
            its :class:`BalanceRecord` (the window opens it).
        conflict_did_resolve(): A participant conflict was resolved (status needs a refresh).
        conflicts_did_load(int): The lists were (re)loaded; carries how many entries they hold.
    """

    revision_did_rebase = Signal(object)
    conflict_did_resolve = Signal()
    conflicts_did_load = Signal(int)

    def __init__(
        self,
        sync: SyncService,
        db_executor: Executor,
        parent: QWidget | None = None,
        *,
        names: NameLookup | None = None,
    ) -> None:
        """Build the dialog and start loading."""
        super().__init__(parent)
        self.setObjectName("conflictsDialog")
        self._sync = sync
        self._db = db_executor
        self._names = names
        self._snapshot: ConflictsSnapshot | None = None
        self._busy = False

        self.tabs = QTabWidget()
        self.tabs.setObjectName("conflictTabs")
        self.tabs.addTab(self._build_revision_tab(), "")
        self.tabs.addTab(self._build_participant_tab(), "")
        self.tabs.addTab(self._build_rejected_tab(), "")
        self._intro = QLabel()
        self._intro.setObjectName("conflictsIntro")
        self._intro.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("conflictsButtons")
        self.buttons.rejected.connect(self.reject)
        self.reload_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.reload_button.setObjectName("reloadConflictsButton")
        self.reload_button.clicked.connect(self.reload)

        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self.resize(1000, 640)
        self.reload()

    # --- construction -------------------------------------------------------------------------

    def _build_revision_tab(self) -> QWidget:
        page = QWidget()
        page.setObjectName("revisionConflictsPage")
        self.revision_list = QListWidget()
        self.revision_list.setObjectName("revisionConflictList")
        self.revision_list.setWordWrap(True)
        self.revision_list.currentRowChanged.connect(self._show_revision)
        self.only_differences = QCheckBox()
        self.only_differences.setObjectName("onlyDifferencesCheck")
        self.only_differences.setChecked(True)
        self.only_differences.toggled.connect(lambda _on: self._show_revision())
        self.diff_table = QTableWidget(0, 3)
        self.diff_table.setObjectName("revisionDiffTable")
        self.diff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.diff_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.diff_table.setWordWrap(True)
        self.diff_table.setTabKeyNavigation(False)
        self.diff_table.verticalHeader().hide()
        header = self.diff_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.revision_note = QLabel()
        self.revision_note.setObjectName("revisionNote")
        self.revision_note.setWordWrap(True)
        self.rebase_button = QPushButton()
        self.rebase_button.setObjectName("rebaseButton")
        self.rebase_button.clicked.connect(self.rebase_current)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self._revision_list_label = QLabel()
        self._revision_list_label.setBuddy(self.revision_list)
        left_layout.addWidget(self._revision_list_label)
        left_layout.addWidget(self.revision_list)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.only_differences)
        right_layout.addWidget(self.diff_table, 1)
        right_layout.addWidget(self.revision_note)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.rebase_button)
        right_layout.addLayout(actions)
        splitter = QSplitter()
        splitter.setObjectName("revisionSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 700])
        layout = QVBoxLayout(page)
        layout.addWidget(splitter)
        return page

    def _build_participant_tab(self) -> QWidget:
        page = QWidget()
        page.setObjectName("participantConflictsPage")
        self._participant_intro = QLabel()
        self._participant_intro.setWordWrap(True)
        self.participant_table = QTableWidget(0, 4)
        self.participant_table.setObjectName("participantConflictTable")
        self.participant_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.participant_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.participant_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.participant_table.setTabKeyNavigation(False)
        self.participant_table.verticalHeader().hide()
        header = self.participant_table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.participant_table.itemSelectionChanged.connect(self._update_participant_buttons)
        self.keep_server_button = QPushButton()
        self.keep_server_button.setObjectName("keepServerButton")
        self.keep_server_button.clicked.connect(lambda: self.resolve_current(keep_server=True))
        self.use_local_button = QPushButton()
        self.use_local_button.setObjectName("useLocalButton")
        self.use_local_button.clicked.connect(lambda: self.resolve_current(keep_server=False))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.keep_server_button)
        buttons.addWidget(self.use_local_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self._participant_intro)
        layout.addWidget(self.participant_table, 1)
        layout.addLayout(buttons)
        return page

    def _build_rejected_tab(self) -> QWidget:
        page = QWidget()
        page.setObjectName("rejectedPage")
        self._rejected_intro = QLabel()
        self._rejected_intro.setWordWrap(True)
        self.rejected_table = QTableWidget(0, 3)
        self.rejected_table.setObjectName("rejectedTable")
        self.rejected_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejected_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rejected_table.setTabKeyNavigation(False)
        self.rejected_table.setWordWrap(True)
        self.rejected_table.verticalHeader().hide()
        self.rejected_table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self._rejected_intro)
        layout.addWidget(self.rejected_table, 1)
        return page

    # --- public -------------------------------------------------------------------------------

    @property
    def snapshot(self) -> ConflictsSnapshot | None:
        """What is shown (None while the first load runs)."""
        return self._snapshot

    def changeEvent(self, event: QEvent) -> None:
        """Re-set texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every text in the current UI language."""
        self.setWindowTitle(self.tr("Sync conflicts and rejected items"))
        self._intro.setText(
            self.tr(
                "Nothing here was overwritten or deleted: both versions are kept until you decide."
            )
        )
        self._revision_list_label.setText(self.tr("Bala&nces in conflict:"))
        self.revision_list.setAccessibleName(self.tr("Balances in conflict"))
        self.only_differences.setText(self.tr("Show only &differences"))
        self.only_differences.setAccessibleName(self.tr("Show only differences"))
        self.diff_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("This laptop"), self.tr("Server")]
        )
        self.diff_table.setAccessibleName(
            self.tr("Comparison of this laptop's version and the server version")
        )
        self.rebase_button.setText(self.tr("Create a new revision on top of the server version"))
        self.rebase_button.setAccessibleName(
            self.tr("Create a new revision on top of the server version")
        )
        self.rebase_button.setToolTip(
            self.tr(
                "Opens a new draft with this laptop's content based on the server version. "
                "Add what the server version has, then finish the balance again."
            )
        )
        self._participant_intro.setText(
            self.tr(
                "The participant's data was changed on this laptop and elsewhere. The server "
                "kept its value; choose which one is right."
            )
        )
        self.participant_table.setHorizontalHeaderLabels(
            [
                self.tr("Participant"),
                self.tr("Field"),
                self.tr("Server value"),
                self.tr("This laptop's value"),
            ]
        )
        self.participant_table.setAccessibleName(self.tr("Participant data in conflict"))
        self.keep_server_button.setText(self.tr("&Keep server value"))
        self.keep_server_button.setAccessibleName(self.tr("Keep server value"))
        self.use_local_button.setText(self.tr("&Use this laptop's value"))
        self.use_local_button.setAccessibleName(self.tr("Use this laptop's value"))
        self._rejected_intro.setText(
            self.tr(
                "The server refused these items. They stay on this laptop; correct the balance "
                "(a new revision) or ask your coordinator."
            )
        )
        self.rejected_table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Name"), self.tr("Reason")]
        )
        self.rejected_table.setAccessibleName(self.tr("Rejected items"))
        self.reload_button.setText(self.tr("&Refresh"))
        self.reload_button.setAccessibleName(self.tr("Refresh"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        self.tabs.setAccessibleName(self.tr("Kinds of problems"))
        self.tabs.tabBar().setAccessibleName(self.tr("Kinds of problems"))
        self._update_tab_titles()
        self._show_revision()
        self._fill_rejected()

    def reload(self) -> None:
        """Read the conflicts again (after a sync pass or a resolution)."""
        sync, names = self._sync, self._names
        Op(self, lambda: load_conflicts(sync, names)).success(self._loaded).run(self._db)

    def current_revision(self) -> RevisionConflict | None:
        """The balance conflict selected in the list."""
        if self._snapshot is None:
            return None
        row = self.revision_list.currentRow()
        revisions = self._snapshot.revisions
        return revisions[row] if 0 <= row < len(revisions) else None

    def current_participant_conflict(self) -> ParticipantFieldConflict | None:
        """The participant conflict selected in the table."""
        if self._snapshot is None:
            return None
        rows = self.participant_table.selectionModel().selectedRows()
        entries = self._snapshot.participant
        if not rows or not 0 <= rows[0].row() < len(entries):
            return None
        return entries[rows[0].row()][0]

    def rebase_current(self) -> None:
        """Create a new draft on top of the server version of the selected balance."""
        conflict = self.current_revision()
        if conflict is None or conflict.server_document is None or self._busy:
            return
        self._set_busy(True)
        sync, revision_id = self._sync, conflict.revision_id
        Op(self, lambda: sync.rebase(revision_id)).success(self._rebased).failure(
            self._action_failed
        ).with_progress(self.tr("Creating the new revision…")).run(self._db)

    def resolve_current(self, *, keep_server: bool) -> None:
        """Resolve the selected participant conflict with the server's or this laptop's value."""
        conflict = self.current_participant_conflict()
        if conflict is None or self._busy:
            return
        self._set_busy(True)
        sync, conflict_id = self._sync, conflict.id
        Op(
            self, lambda: sync.choose_participant_value(conflict_id, keep_server=keep_server)
        ).success(self._resolved).failure(self._action_failed).run(self._db)

    # --- internals ----------------------------------------------------------------------------

    def _loaded(self, snapshot: ConflictsSnapshot) -> None:
        previous = self.current_revision()
        self._snapshot = snapshot
        self.revision_list.clear()
        for conflict in snapshot.revisions:
            item = QListWidgetItem(_revision_label(conflict))
            self.revision_list.addItem(item)
        if snapshot.revisions:
            keys = [c.revision_id for c in snapshot.revisions]
            wanted = previous.revision_id if previous is not None else None
            self.revision_list.setCurrentRow(keys.index(wanted) if wanted in keys else 0)
        self._show_revision()
        self._fill_participant()
        self._fill_rejected()
        self._update_tab_titles()
        if snapshot.revisions:
            self.tabs.setCurrentIndex(0)
        elif snapshot.participant:
            self.tabs.setCurrentIndex(1)
        elif snapshot.rejected:
            self.tabs.setCurrentIndex(2)
        self.conflicts_did_load.emit(snapshot.count)

    def _update_tab_titles(self) -> None:
        snapshot = self._snapshot
        counts = (
            (len(snapshot.revisions), len(snapshot.participant), len(snapshot.rejected))
            if snapshot is not None
            else (0, 0, 0)
        )
        self.tabs.setTabText(0, self.tr("&Balances (%n)", "", counts[0]))
        self.tabs.setTabText(1, self.tr("&Participant data (%n)", "", counts[1]))
        self.tabs.setTabText(2, self.tr("Re&jected (%n)", "", counts[2]))

    def _show_revision(self, _row: int = -1) -> None:
        conflict = self.current_revision()
        self.diff_table.setRowCount(0)
        if conflict is None:
            self.rebase_button.setEnabled(False)
            self.revision_note.setText(
                self.tr("No balance is in conflict.") if self._snapshot is not None else ""
            )
            return
        local = parse_document_json(conflict.local_document) or {}
        server = parse_document_json(conflict.server_document)
        rows = diff_documents(local, server)
        shown = [r for r in rows if r.differs] if self.only_differences.isChecked() else rows
        self._fill_diff(shown)
        if server is None:
            self.revision_note.setText(
                self.tr(
                    "The server version has not been downloaded yet. Sync now, then compare "
                    "the two versions here."
                )
            )
        else:
            changed = sum(1 for r in rows if r.differs)
            self.revision_note.setText(
                self.tr("%n difference(s) between the two versions.", "", changed)
            )
        self.rebase_button.setEnabled(server is not None and not self._busy)

    def _fill_diff(self, rows: Sequence[DiffRow]) -> None:
        table = self.diff_table
        bold = QFont(table.font())
        bold.setBold(True)
        section = None
        differs_text = self.tr("differs")
        for row in rows:
            if row.section != section:
                section = row.section
                position = table.rowCount()
                table.insertRow(position)
                heading = QTableWidgetItem(section_text(section))
                heading.setFont(bold)
                table.setItem(position, 0, heading)
                table.setSpan(position, 0, 1, 3)
            position = table.rowCount()
            table.insertRow(position)
            field = field_text(row.field)
            label = f"{row.item} › {field}" if row.item and field else (row.item or field)
            cells = [QTableWidgetItem("   " + label), *self._value_items(row)]
            for column, cell in enumerate(cells):
                if row.differs:
                    cell.setBackground(_CHANGED_BACKGROUND)
                    cell.setData(
                        Qt.ItemDataRole.AccessibleTextRole, f"{cell.text()} ({differs_text})"
                    )
                    if column:
                        cell.setFont(bold)
                table.setItem(position, column, cell)
        table.resizeRowsToContents()

    def _value_items(self, row: DiffRow) -> list[QTableWidgetItem]:
        local, server = row.local, row.server
        if row.kind is DiffKind.LOCAL_ONLY:
            server = self.tr("(not in the server version)")
        elif row.kind is DiffKind.SERVER_ONLY:
            local = self.tr("(not in this laptop's version)")
        items = []
        for text in (local, server):
            item = QTableWidgetItem(text or "—")
            item.setToolTip(text)
            items.append(item)
        return items

    def _fill_participant(self) -> None:
        table = self.participant_table
        table.setRowCount(0)
        entries = self._snapshot.participant if self._snapshot is not None else ()
        for conflict, name in entries:
            position = table.rowCount()
            table.insertRow(position)
            values = (
                name or str(conflict.participant_id)[:8],
                field_text(conflict.field),
                _value_text(conflict.server_value),
                _value_text(conflict.client_value),
            )
            for column, text in enumerate(values):
                table.setItem(position, column, QTableWidgetItem(text))
        if entries:
            table.selectRow(0)
        self._update_participant_buttons()

    def _fill_rejected(self) -> None:
        table = self.rejected_table
        table.setRowCount(0)
        entries = self._snapshot.rejected if self._snapshot is not None else ()
        kinds = {
            "balance_revision": self.tr("Balance"),
            "participant_change": self.tr("Participant data"),
            "attachment": self.tr("Attached file"),
        }
        for problem, name in entries:
            position = table.rowCount()
            table.insertRow(position)
            values = (
                kinds.get(problem.kind, problem.kind),
                name or str(problem.entity_id)[:8],
                self._reason_text(problem),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(problem.detail)
                table.setItem(position, column, item)
        table.resizeColumnsToContents()
        table.resizeRowsToContents()

    def _reason_text(self, problem: ItemProblem) -> str:
        reasons = {
            "validation": self.tr("The server found the data incomplete or invalid."),
            "idempotency-key-reused": self.tr(
                "A different version was already sent under the same identifier (a program "
                "error: please report it)."
            ),
            "unsupported-schema": self.tr(
                "The server does not accept this data version yet; it is sent again after an "
                "update."
            ),
            "participant-erased": self.tr(
                "The participant's data was erased on the server (GDPR); this item was dropped."
            ),
            "missing-dependency": self.tr("The participant is not known on the server."),
            "forbidden": self.tr("No permission, or the case was transferred to someone else."),
            "not-found": self.tr("No permission, or the case was transferred to someone else."),
            "payload-too-large": self.tr("The item is larger than the server accepts."),
            "digest-mismatch": self.tr(
                "The file arrived damaged; it is sent again after the balance is corrected."
            ),
            "attachment-conflict": self.tr(
                "A different file with the same name was already sent for this revision."
            ),
        }
        known = reasons.get(problem.problem or "")
        return f"{known} ({problem.detail})" if known else problem.detail

    def _update_participant_buttons(self) -> None:
        enabled = self.current_participant_conflict() is not None and not self._busy
        self.keep_server_button.setEnabled(enabled)
        self.use_local_button.setEnabled(enabled)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_participant_buttons()
        conflict = self.current_revision()
        self.rebase_button.setEnabled(
            not busy and conflict is not None and conflict.server_document is not None
        )

    def _rebased(self, record: BalanceRecord) -> None:
        self._set_busy(False)
        self.revision_did_rebase.emit(record)
        self.reload()

    def _resolved(self, _result: Any) -> None:
        self._set_busy(False)
        self.conflict_did_resolve.emit()
        self.reload()

    def _action_failed(self, error: BaseException) -> None:
        self._set_busy(False)
        show_failure(self, error)
        self.reload()


def _value_text(value: Any) -> str:
    if isinstance(value, dict | list):
        text = render_value(value)
        return text or json.dumps(value, ensure_ascii=False)
    return render_value(value) or "—"
