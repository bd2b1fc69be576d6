"""The main window: search, the participant/balance list and the actions on it."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Executor
from typing import TYPE_CHECKING, Any
from uuid import UUID

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from advisor_app.domain.entities import BalanceRecord, Participant
from advisor_app.domain.enums import BalanceStatus
from advisor_app.domain.listing import BalanceListRow
from advisor_app.errors import NotFound
from advisor_app.ui import dialogs, i18n
from advisor_app.ui.participant_list_model import (
    COL_CHANGED,
    COL_LOCALITY,
    COL_NAME,
    COL_PROJECT,
    COL_STAGE,
    COL_STATUS,
    COL_SYNC,
    COL_VARIANT,
    BalanceListModel,
)
from advisor_app.ui.settings import AppSettings
from advisor_app.ui.tasks import Op, monitor, show_failure
from advisor_app.ui.widgets import strip_mnemonic

if TYPE_CHECKING:
    from advisor_app.services.changes import Changes
    from advisor_app.services.container import Services
    from advisor_app.ui.balance.balance_view import BalanceView
    from advisor_app.ui.balance.stage_page import StagePage
    from advisor_app.ui.catalogue_dialog import CatalogueDialog
    from advisor_app.ui.lock import LockController
    from advisor_app.ui.sync.sync_ui import SyncUi

__all__ = ["SEARCH_DELAY_MS", "MainWindow"]

# Pause after the last keystroke before the search runs: fast typists send one query.
SEARCH_DELAY_MS = 150

# Initial column widths in average characters, so they follow the font and the scaling; the
# name column takes whatever room is left.
_COLUMN_CHARS = {
    COL_LOCALITY: 18,
    COL_PROJECT: 10,
    COL_VARIANT: 20,
    COL_STATUS: 14,
    COL_STAGE: 24,
    COL_CHANGED: 18,
    COL_SYNC: 22,
}


class MainWindow(QMainWindow):
    """Lists participants and balances and starts the work on them.

    Args:
        services: The application services of the open profile.
        db_executor: The single executor all database work runs on.
        settings: UI settings (language, window geometry).
        parent: Parent widget (normally None).
        balance_page_types: Stage pages of the balance windows (the registry's when None).

    Signals:
        participant_did_save(object): A participant was created or edited (the Participant).
        balance_did_create(object): A balance was created (the BalanceRecord).
        balance_view_did_open(object): A balance window was opened (the BalanceView).
        profile_switch_was_requested(): The advisor chose File → Switch profile (the
            application closes this window and shows the profile picker).
    """

    participant_did_save = Signal(object)
    balance_did_create = Signal(object)
    balance_view_did_open = Signal(object)
    profile_switch_was_requested = Signal()

    def __init__(
        self,
        services: Services,
        db_executor: Executor,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        balance_page_types: Sequence[type[StagePage]] | None = None,
        io_executor: Executor | None = None,
    ) -> None:
        """Build the window and start loading the list."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._services = services
        self._executor = db_executor
        self._io_executor = io_executor or db_executor
        self._settings = settings
        self._project_codes: tuple[str, ...] | None = None
        self._pending_selection: tuple[UUID | None, UUID | None] | None = None
        self._last_status = ""  # a key of _status_texts(), so it follows language switches
        self._opening_participant = False
        self._balance_page_types = balance_page_types
        # Open balance windows by balance ID: one window per balance, never two drafts of one.
        self._balance_views: dict[UUID, BalanceView] = {}
        self._opening_balances: set[UUID] = set()
        self._quit_pending = False  # closing waits for the balance windows to save
        self._closing_views = False
        self._catalogue_dialog: CatalogueDialog | None = None

        self.model = BalanceListModel(services.participants, db_executor, self)
        self._search_timer = QTimer(self)
        self._search_timer.setObjectName("searchTimer")
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._run_search)

        self._create_actions()
        self._create_menus_and_toolbar()
        self._create_central()
        self._create_status_bar()
        self.retranslateUi()

        self.model.count_did_change.connect(self._count_changed)
        self.model.rows_did_load.connect(self._rows_loaded)
        self.model.modelReset.connect(self._update_actions)
        self.view.selectionModel().selectionChanged.connect(self._update_actions)
        monitor().progress_did_change.connect(self._progress_changed)
        self._update_actions()
        self.lock_controller: LockController | None = None
        profile_lock = getattr(services, "profile_lock", None)
        if profile_lock is not None:
            from advisor_app.ui.lock import LockController

            self.lock_controller = LockController(
                self, profile_lock, db_executor, settings.lock_idle_minutes
            )
        self._cover: QWidget | None = None
        self.sync_ui: SyncUi | None = None
        if getattr(services, "sync", None) is not None:
            self._install_sync_ui()

        if not settings.restore_window(self):
            self.resize(1100, 680)
        self.model.set_query("")

    # --- construction -------------------------------------------------------------------------

    def _action(self, name: str, slot: Any, *shortcuts: QKeySequence | str) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        return action

    def _create_actions(self) -> None:
        self.action_new_participant = self._action(
            "actionNewParticipant", self.new_participant, "Ctrl+N"
        )
        self.action_edit_participant = self._action(
            "actionEditParticipant", self.edit_participant, "Ctrl+E"
        )
        self.action_new_balance = self._action("actionNewBalance", self.new_balance, "Ctrl+B")
        self.action_open_balance = self._action("actionOpenBalance", self.open_balance, "Ctrl+O")
        self.action_load_demo = self._action("actionLoadDemo", self.load_demo_data)
        self.action_find = self._action("actionFind", self.focus_search, "Ctrl+F")
        self.action_settings = self._action("actionSettings", self.open_settings, "Ctrl+,")
        self.action_quit = self._action("actionQuit", self.close, "Ctrl+Q")
        self.action_catalogues = self._action("actionCatalogues", self.open_catalogues)
        self.action_lock = self._action("actionLock", self.lock_profile, "Ctrl+L")
        # Ctrl+L locks from any window of the application, a balance window included.
        self.action_lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action_switch_profile = self._action("actionSwitchProfile", self.switch_profile)
        self.action_export_participant = self._action(
            "actionExportParticipant", self.export_participant_data
        )
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)

    def _create_menus_and_toolbar(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("menuBar")
        self._file_menu = bar.addMenu("")
        self._file_menu.setObjectName("fileMenu")
        self._file_menu.addAction(self.action_load_demo)
        self._file_menu.addSeparator()
        self._file_menu.addAction(self.action_lock)
        self._file_menu.addAction(self.action_switch_profile)
        self._file_menu.addSeparator()
        self._file_menu.addAction(self.action_settings)
        self._file_menu.addSeparator()
        self._file_menu.addAction(self.action_quit)
        self._participant_menu = bar.addMenu("")
        self._participant_menu.setObjectName("participantMenu")
        self._participant_menu.addAction(self.action_find)
        self._participant_menu.addSeparator()
        self._participant_menu.addAction(self.action_new_participant)
        self._participant_menu.addAction(self.action_edit_participant)
        self._participant_menu.addAction(self.action_new_balance)
        self._participant_menu.addAction(self.action_open_balance)
        self._participant_menu.addSeparator()
        self._participant_menu.addAction(self.action_export_participant)
        self._help_menu = bar.addMenu("")
        self._help_menu.setObjectName("helpMenu")
        self._help_menu.addAction(self.action_catalogues)

        self._toolbar = QToolBar()
        self._toolbar.setObjectName("mainToolBar")
        self._toolbar.setMovable(False)
        self._toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._toolbar.addAction(self.action_new_participant)
        self._toolbar.addAction(self.action_edit_participant)
        self._toolbar.addAction(self.action_new_balance)
        self._toolbar.addAction(self.action_open_balance)
        self._toolbar.addSeparator()
        self._toolbar.addAction(self.action_settings)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self._toolbar)

    def _create_central(self) -> None:
        self._stack = QStackedWidget()
        self._stack.setObjectName("centralStack")
        self.setCentralWidget(self._stack)

        # The list page: search line and the table.
        self._list_page = QWidget()
        self._list_page.setObjectName("listPage")
        self._search_label = QLabel()
        self._search_label.setObjectName("searchLabel")
        self.search_field = QLineEdit()
        self.search_field.setObjectName("searchField")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMaxLength(200)
        self.search_field.textChanged.connect(self._search_text_changed)
        self.search_field.installEventFilter(self)
        self._search_label.setBuddy(self.search_field)
        search_row = QHBoxLayout()
        search_row.addWidget(self._search_label)
        search_row.addWidget(self.search_field, 1)

        self.view = QTableView()
        self.view.setObjectName("balanceList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(False)  # rows come sorted by name from SQL
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table: keyboard users move on
        self.view.setCornerButtonEnabled(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setObjectName("balanceListHeader")
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        char_width = self.view.fontMetrics().averageCharWidth()
        for column, chars in _COLUMN_CHARS.items():
            header.resizeSection(column, chars * char_width + 12)
        rows = self.view.verticalHeader()
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.activated.connect(self._row_activated)
        # The row's actions on the context menu (also reachable with the Menu key).
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.addActions(
            [
                self.action_open_balance,
                self.action_edit_participant,
                self.action_new_balance,
                self.action_export_participant,
            ]
        )

        self._no_match_label = QLabel()
        self._no_match_label.setObjectName("noMatchLabel")
        self._no_match_label.setWordWrap(True)
        self._no_match_label.hide()

        page = QVBoxLayout(self._list_page)
        page.addLayout(search_row)
        page.addWidget(self._no_match_label)
        page.addWidget(self.view, 1)
        self._stack.addWidget(self._list_page)

        # The empty state: a new profile has nothing to list yet.
        self._empty_page = QWidget()
        self._empty_page.setObjectName("emptyPage")
        self._empty_title = QLabel()
        self._empty_title.setObjectName("emptyTitle")
        font = self._empty_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self._empty_title.setFont(font)
        self._empty_text = QLabel()
        self._empty_text.setObjectName("emptyText")
        self._empty_text.setWordWrap(True)
        self._empty_new_button = QPushButton()
        self._empty_new_button.setObjectName("emptyNewParticipantButton")
        self._empty_new_button.clicked.connect(self.new_participant)
        self._empty_demo_button = QPushButton()
        self._empty_demo_button.setObjectName("loadDemoButton")
        self._empty_demo_button.clicked.connect(self.load_demo_data)
        buttons = QHBoxLayout()
        buttons.addWidget(self._empty_new_button)
        buttons.addWidget(self._empty_demo_button)
        buttons.addStretch(1)
        panel = QWidget()
        panel.setObjectName("emptyPanel")
        panel.setMaximumWidth(560)
        panel_layout = QVBoxLayout(panel)
        panel_layout.addWidget(self._empty_title)
        panel_layout.addWidget(self._empty_text)
        panel_layout.addSpacing(8)
        panel_layout.addLayout(buttons)
        empty_layout = QVBoxLayout(self._empty_page)
        empty_layout.addStretch(1)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(panel, 3)
        centre.addStretch(1)
        empty_layout.addLayout(centre)
        empty_layout.addStretch(2)
        self._stack.addWidget(self._empty_page)

    def _create_status_bar(self) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        self._profile_label = QLabel()
        self._profile_label.setObjectName("profileLabel")
        self._count_label = QLabel()
        self._count_label.setObjectName("countLabel")
        self._save_label = QLabel()
        self._save_label.setObjectName("saveStateLabel")
        status.addWidget(self._profile_label, 1)
        status.addPermanentWidget(self._save_label)
        status.addPermanentWidget(self._count_label)

    # --- translation --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Re-set texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Bilans"))
        self._file_menu.setTitle(self.tr("&File"))
        self._participant_menu.setTitle(self.tr("&Participants"))
        self._help_menu.setTitle(self.tr("&Help"))
        texts = (
            (self.action_new_participant, self.tr("&New participant…"), self.tr("New participant")),
            (
                self.action_edit_participant,
                self.tr("&Edit participant…"),
                self.tr("Edit the selected participant"),
            ),
            (
                self.action_new_balance,
                self.tr("New &balance…"),
                self.tr("Start a new balance for the selected participant"),
            ),
            (
                self.action_open_balance,
                self.tr("&Open balance"),
                self.tr("Open the selected balance"),
            ),
            (self.action_load_demo, self.tr("Load &demo data"), self.tr("Load demo data")),
            (self.action_find, self.tr("&Find participant"), self.tr("Find participant")),
            (self.action_settings, self.tr("&Settings…"), self.tr("Settings")),
            (self.action_quit, self.tr("&Quit"), self.tr("Quit")),
            (
                self.action_catalogues,
                self.tr("Reference &catalogues…"),
                self.tr("Browse the reference catalogues"),
            ),
            (self.action_lock, self.tr("&Lock"), self.tr("Lock the profile now")),
            (
                self.action_switch_profile,
                self.tr("S&witch profile…"),
                self.tr("Save everything and open another advisor's profile"),
            ),
            (
                self.action_export_participant,
                self.tr("E&xport all data of the participant…"),
                self.tr("Export everything held about the selected participant (GDPR)"),
            ),
        )
        for action, text, tip in texts:
            action.setText(text)
            action.setToolTip(_with_shortcut(tip, action))
            action.setStatusTip(tip)
            button = self._toolbar.widgetForAction(action)
            if button is not None:
                button.setAccessibleName(strip_mnemonic(text).rstrip("…"))
                button.setAccessibleDescription(tip)
        self._toolbar.setWindowTitle(self.tr("Main toolbar"))
        self._toolbar.setAccessibleName(self.tr("Main toolbar"))
        self.menuBar().setAccessibleName(self.tr("Main menu"))

        search_label = self.tr("&Search:")
        self._search_label.setText(search_label)
        self.search_field.setPlaceholderText(self.tr("Search participants…"))
        self.search_field.setAccessibleName(self.tr("Search participants"))
        self.search_field.setToolTip(
            self.tr("Type part of a name or locality; Polish letters are optional.")
        )
        self.view.setAccessibleName(self.tr("Participants and balances"))
        self.view.horizontalHeader().setAccessibleName(self.tr("Columns"))

        self._empty_title.setText(self.tr("No participants yet"))
        self._empty_text.setText(
            self.tr(
                "Add the first participant to start a competence balance, or load demo "
                "data to look around the application first."
            )
        )
        self._empty_new_button.setText(self.tr("&New participant…"))
        self._empty_new_button.setAccessibleName(self.tr("New participant"))
        self._empty_demo_button.setText(self.tr("Load &demo data"))
        self._empty_demo_button.setAccessibleName(self.tr("Load demo data"))

        profile = self._services.profile
        self._profile_label.setText(
            self.tr("Profile: {profile} · Advisor: {advisor}").format(
                profile=profile.profile_name, advisor=profile.advisor_name
            )
        )
        self._save_label.setText(self._status_texts()[self._last_status])
        self._update_count_label()
        self._update_no_match_label()
        self.model.retranslate()

    # --- public operations --------------------------------------------------------------------

    @property
    def services(self) -> Services:
        """The services of the open profile."""
        return self._services

    def show_cover(self, widget: QWidget) -> None:
        """Hide the list behind ``widget`` (the lock screen) and disable menus and toolbar."""
        if self._stack.indexOf(widget) < 0:
            self._stack.addWidget(widget)
        self._cover = widget
        self._stack.setCurrentWidget(widget)
        self.menuBar().setEnabled(False)
        self._toolbar.setEnabled(False)
        # Shortcuts too: nothing but quitting works behind the lock screen.
        for action in self.findChildren(QAction):
            if action is not self.action_quit:
                action.setEnabled(False)
        widget.setFocus()

    def hide_cover(self) -> None:
        """Show the list again after :meth:`show_cover`."""
        self._cover = None
        self.menuBar().setEnabled(True)
        self._toolbar.setEnabled(True)
        for action in self.findChildren(QAction):
            action.setEnabled(True)
        self._stack.setCurrentWidget(self._list_page)
        self._update_actions()
        self.view.setFocus()

    def lock_profile(self) -> None:
        """Lock now (Ctrl+L): save, close the balances, drop the key."""
        if self.lock_controller is not None:
            self.lock_controller.lock()

    def switch_profile(self) -> None:
        """Ask the application to close this profile and show the profile picker."""
        self.profile_switch_was_requested.emit()

    def export_participant_data(self, row: BalanceListRow | None = None) -> None:
        """Export everything held about the selected participant to a zip (RODO art. 15/20)."""
        row = row or self.selected_row()
        privacy = getattr(self._services, "privacy", None)
        if row is None or privacy is None:
            return
        from advisor_app.ui.privacy_actions import export_participant

        export_participant(self, privacy, self._executor, row)

    def open_balance_id(self, balance_id: UUID) -> None:
        """Open a balance by its ID (after unlocking, the ones that were open)."""
        if balance_id in self._balance_views or balance_id in self._opening_balances:
            return
        self._opening_balances.add(balance_id)
        balances = self._services.balances
        Op(self, lambda: balances.load(balance_id)).success(self._balance_loaded).failure(
            lambda error: self._balance_load_failed(balance_id, error)
        ).run(self._executor)

    def selected_row(self) -> BalanceListRow | None:
        """The row selected in the list, if any."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def focus_search(self) -> None:
        """Put the keyboard focus into the search field, selecting its text."""
        self._stack.setCurrentWidget(self._list_page)
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def refresh(self) -> None:
        """Reload the list, keeping the current selection where possible."""
        row = self.selected_row()
        if row is not None and self._pending_selection is None:
            self._pending_selection = (row.participant_id, row.balance_id)
        self.model.refresh()

    def new_participant(self) -> None:
        """Open the form for a new participant."""
        participant = dialogs.ParticipantDialog.ask(
            self, self._services.participants, self._executor, None
        )
        if participant is not None:
            self._participant_saved(participant)

    def edit_participant(self, row: BalanceListRow | None = None) -> None:
        """Open the form for the participant of a row (the selected one by default)."""
        row = row or self.selected_row()
        if row is None or self._opening_participant:
            return  # a second Enter or double-click while the form is on its way
        self._opening_participant = True
        participants = self._services.participants
        participant_id = row.participant_id
        Op(self, lambda: participants.get(participant_id)).success(self._edit_loaded).failure(
            self._edit_failed
        ).run(self._executor)

    def new_balance(self) -> None:
        """Start a new balance for the selected participant."""
        row = self.selected_row()
        if row is None:
            return
        if self._project_codes is not None:
            self._ask_new_balance(row, self._project_codes)
            return
        balances = self._services.balances
        Op(self, balances.project_codes).success(
            lambda codes: self._project_codes_loaded(row, codes)
        ).run(self._executor)

    def open_balance(self, row: BalanceListRow | None = None) -> None:
        """Open the balance of a row (the selected one by default) in its own window.

        A balance already open is brought to the front instead of being opened twice.
        """
        row = row or self.selected_row()
        if row is None or row.balance_id is None:
            return
        balance_id = row.balance_id
        view = self._balance_views.get(balance_id)
        if view is not None:
            _bring_to_front(view)
            return
        if balance_id in self._opening_balances:
            return  # a second Enter while the balance is on its way
        self._opening_balances.add(balance_id)
        balances = self._services.balances
        Op(self, lambda: balances.load(balance_id)).success(self._balance_loaded).failure(
            lambda error: self._balance_load_failed(balance_id, error)
        ).with_progress(self.tr("Opening the balance…")).run(self._executor)

    def balance_views(self) -> list[BalanceView]:
        """The balance windows open now."""
        return list(self._balance_views.values())

    def load_demo_data(self) -> None:
        """Fill the empty profile with demo participants and balances."""
        self.action_load_demo.setEnabled(False)
        self._empty_demo_button.setEnabled(False)
        Op(self, self._services.demo.load_demo).success(self._demo_loaded).failure(
            self._demo_failed
        ).with_progress(self.tr("Loading demo data…")).run(self._executor)

    def open_catalogues(self) -> None:
        """Show the reference catalogues in a window of their own (one at a time)."""
        if self._catalogue_dialog is None:
            # Imported on first use: reading the catalogues is no part of showing the list.
            from advisor_app.catalogue.reference import default_reference_catalogue
            from advisor_app.ui.catalogue_dialog import CatalogueDialog

            try:
                catalogue = default_reference_catalogue()
            except (OSError, ValueError) as error:
                dialogs.show_error(
                    self,
                    self.tr("Reference catalogues"),
                    self.tr("The reference catalogues could not be read."),
                    details=str(error),
                )
                return
            self._catalogue_dialog = CatalogueDialog(catalogue, self)
        self._catalogue_dialog.show()
        _bring_to_front(self._catalogue_dialog)

    def open_settings(self) -> None:
        """Open the settings; a new language applies at once."""
        language = dialogs.SettingsDialog.ask(self, self._settings.language, self._settings)
        if self.lock_controller is not None:
            self.lock_controller.set_idle_minutes(self._settings.lock_idle_minutes)
        if language is None or language == self._settings.language:
            return
        self._settings.language = language
        self._settings.sync()
        i18n.set_language(language)

    # --- Qt overrides -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close the balance windows first (each saves), then remember the geometry and close."""
        if self._balance_views:
            self._quit_pending = True
            self._closing_views = True
            try:
                for view in list(self._balance_views.values()):
                    view.close()  # closes now when saved, else after its flush
            finally:
                self._closing_views = False
            if self._balance_views:
                event.ignore()  # _balance_view_closed() closes again when the last one is gone
                return
        self._quit_pending = False
        if self.sync_ui is not None:
            self.sync_ui.shutdown()
        self._settings.save_window(self)
        self._settings.sync()
        super().closeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down arrow in the search field moves into the list (keyboard flow)."""
        if (
            watched is self.search_field
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount() > 0
        ):
            self.view.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.view.selectionModel().hasSelection():
                self._select_row(0)
            return True
        return super().eventFilter(watched, event)

    # --- internals ----------------------------------------------------------------------------

    def _search_text_changed(self, _text: str) -> None:
        self._search_timer.start()  # restarts: the search runs 150 ms after the last key

    def _run_search(self) -> None:
        query = self.search_field.text().strip()
        if query != self.model.query:
            self.model.set_query(query)

    def _row_activated(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is None:
            return
        if row.balance_id is not None:
            self.open_balance(row)
        else:
            self.edit_participant(row)

    def _balance_loaded(self, record: BalanceRecord) -> None:
        self._opening_balances.discard(record.balance.id)
        self._show_balance(record, resume=True)

    def _balance_load_failed(self, balance_id: UUID, error: BaseException) -> None:
        self._opening_balances.discard(balance_id)
        if isinstance(error, NotFound):
            self.refresh()
        show_failure(self, error)

    def _show_balance(self, record: BalanceRecord, *, resume: bool) -> None:
        view = self._balance_views.get(record.balance.id)
        if view is None:
            # Imported on first use: the list window starts without the interview's code.
            from advisor_app.ui.balance.balance_view import BalanceView

            page_types = self._balance_page_types
            if page_types is None:
                from advisor_app.ui.balance import pages

                page_types = pages.stage_pages(self._services.attachments, self._executor)
            view = BalanceView(
                record,
                self._services.balances.save,
                self._executor,
                page_types=page_types,
                resume=resume,
                lifecycle=self._services.lifecycle,
                reports=getattr(self._services, "reports", None),
                io_executor=self._io_executor,
                audit=getattr(self._services, "audit", None),
                privacy=getattr(self._services, "privacy", None),
            )
            self._balance_views[record.balance.id] = view
            view.view_did_close.connect(self._balance_view_closed)
            view.status_did_change.connect(lambda _record: self.refresh())
            view.status_did_change.connect(self._sync_after_status_change)
            view.close_did_cancel.connect(self._quit_cancelled)
            view.show()
            self.balance_view_did_open.emit(view)
        _bring_to_front(view)

    def _install_sync_ui(self) -> None:
        """Sync menu, toolbar action and status (issue 7); see ``ui/sync/sync_ui.py``."""
        from advisor_app.ui.sync.sync_ui import SyncUi, service_names

        services = self._services
        assert services.sync is not None
        self.sync_ui = SyncUi(
            services.sync,
            self._executor,
            self._io_executor,
            self,
            names=service_names(services.participants, services.balances),
        )
        self.menuBar().insertMenu(self._help_menu.menuAction(), self.sync_ui.menu)
        self._toolbar.addSeparator()
        self._toolbar.addAction(self.sync_ui.action_sync_now)
        self.statusBar().addPermanentWidget(self.sync_ui.status_widget)
        self.sync_ui.retranslate()  # names the toolbar button just made for the action
        self.sync_ui.data_did_change.connect(self.refresh)
        self.sync_ui.balance_did_rebase.connect(self._open_rebased)

    def _sync_after_status_change(self, record: BalanceRecord) -> None:
        # A finished (or withdrawn) balance was queued for the server: send it now.
        if self.sync_ui is not None and record.balance.status is not BalanceStatus.DRAFT:
            self.sync_ui.balance_finished()

    def _open_rebased(self, record: BalanceRecord) -> None:
        # The window may still show the conflicting (finished) revision: reopen on the draft.
        view = self._balance_views.get(record.balance.id)
        if view is None:
            self._show_balance(record, resume=False)
            return
        view.view_did_close.connect(lambda _id: self._show_balance(record, resume=False))
        view.close()

    def _balance_view_closed(self, balance_id: UUID) -> None:
        self._balance_views.pop(balance_id, None)
        self.refresh()  # stage and "changed" columns of the list
        if self._quit_pending and not self._balance_views and not self._closing_views:
            # Every window has saved: finish the close the advisor asked for.
            QTimer.singleShot(0, self.close)

    def _quit_cancelled(self) -> None:
        self._quit_pending = False

    def _edit_loaded(self, participant: Participant) -> None:
        try:
            saved = dialogs.ParticipantDialog.ask(
                self, self._services.participants, self._executor, participant
            )
        finally:
            self._opening_participant = False
        if saved is not None:
            self._participant_saved(saved)

    def _edit_failed(self, error: BaseException) -> None:
        self._opening_participant = False
        if isinstance(error, NotFound):
            self.refresh()  # deleted or replaced meanwhile: show the list as it is now
        show_failure(self, error)

    def _participant_saved(self, participant: Participant) -> None:
        self._set_status("saved")
        row = self.selected_row()
        balance_id = row.balance_id if row and row.participant_id == participant.id else None
        self._pending_selection = (participant.id, balance_id)
        self.model.refresh()
        self.participant_did_save.emit(participant)

    def _project_codes_loaded(self, row: BalanceListRow, codes: tuple[str, ...]) -> None:
        self._project_codes = tuple(codes)
        self._ask_new_balance(row, self._project_codes)

    def _ask_new_balance(self, row: BalanceListRow, codes: tuple[str, ...]) -> None:
        choice = dialogs.NewBalanceDialog.ask(self, codes, row.display_name)
        if choice is None:
            return
        variant, project_code = choice
        balances = self._services.balances
        participant_id = row.participant_id
        Op(
            self,
            lambda: balances.create(participant_id, variant=variant, project_code=project_code),
        ).success(self._balance_created).with_progress(self.tr("Creating the balance…")).run(
            self._executor
        )

    def _balance_created(self, record: BalanceRecord) -> None:
        self._set_status("balance_created")
        self._pending_selection = (record.participant.id, record.balance.id)
        self.model.refresh()
        self.balance_did_create.emit(record)
        self._show_balance(record, resume=False)

    def _demo_loaded(self, changes: Changes) -> None:
        if changes.empty:
            self._set_status("no_demo_data")
            self._update_actions()
            return
        self._set_status("demo_loaded")
        self.model.refresh()

    def _demo_failed(self, error: BaseException) -> None:
        self._update_actions()
        show_failure(self, error)

    def _progress_changed(self, label: str) -> None:
        self._save_label.setText(label or self._status_texts()[self._last_status])

    def _status_texts(self) -> dict[str, str]:
        return {
            "": "",
            "saved": self.tr("Saved"),
            "balance_created": self.tr("Balance created"),
            "demo_loaded": self.tr("Demo data loaded"),
            "no_demo_data": self.tr("No demo data is available in this installation"),
        }

    def _set_status(self, key: str) -> None:
        self._last_status = key
        self._save_label.setText(self._status_texts()[key])

    def _count_changed(self, _count: int) -> None:
        self._update_count_label()
        self._update_no_match_label()
        empty_profile = self.model.total == 0 and not self.model.query
        page = self._empty_page if empty_profile else self._list_page
        if page is not self._stack.currentWidget():
            self._stack.setCurrentWidget(page)
            # Keyboard users land on what the page is for: searching, or adding someone.
            target = self._empty_new_button if empty_profile else self.search_field
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_actions()

    def _rows_loaded(self) -> None:
        if self._pending_selection is None:
            return
        participant_id, balance_id = self._pending_selection
        self._pending_selection = None
        position = self.model.find_row(participant_id=participant_id, balance_id=balance_id)
        if position < 0:
            position = self.model.find_row(participant_id=participant_id)
        if position >= 0:
            self._select_row(position)

    def _select_row(self, position: int) -> None:
        index = self.model.index(position, 0)
        self.view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)

    def _update_count_label(self) -> None:
        count = self.model.total
        if self.model.query:
            text = self.tr("%n matching entries", "", count)
        else:
            text = self.tr("%n entries", "", count)
        self._count_label.setText(text if self.model.loaded_once else "")

    def _update_no_match_label(self) -> None:
        show = self.model.loaded_once and self.model.total == 0 and bool(self.model.query)
        self._no_match_label.setText(
            self.tr("No participant matches “{query}”.").format(query=self.model.query)
            if show
            else ""
        )
        self._no_match_label.setVisible(show)

    def _update_actions(self) -> None:
        has_row = self.selected_row() is not None
        self.action_edit_participant.setEnabled(has_row)
        self.action_new_balance.setEnabled(has_row)
        row = self.selected_row()
        self.action_open_balance.setEnabled(row is not None and row.balance_id is not None)
        self.action_export_participant.setEnabled(
            has_row and getattr(self._services, "privacy", None) is not None
        )
        empty_profile = self.model.loaded_once and self.model.total == 0 and not self.model.query
        self.action_load_demo.setEnabled(empty_profile)
        self._empty_demo_button.setEnabled(empty_profile)


def _bring_to_front(window: QWidget) -> None:
    """Raise and activate a window (both are needed on Windows)."""
    # The offscreen platform of tests and screenshots cannot raise and warns when asked.
    if QGuiApplication.platformName() != "offscreen":
        window.raise_()
    window.activateWindow()


def _with_shortcut(text: str, action: QAction) -> str:
    shortcut = action.shortcut()
    if shortcut.isEmpty():
        return text
    return f"{text} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})"
