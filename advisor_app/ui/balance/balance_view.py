"""The window of one open balance: stage pages, progress marks, issues, undo and autosave.

One window per balance (ARCHITECTURE.md §5): the advisor sees the participant's name, the
balance's status and whether everything is saved at all times; a list on the side jumps to any
stage (no wizard) and to the meeting log. Every edit goes through the :class:`BalanceDraft`,
which saves on the db executor; the GUI thread never waits for the database. Closing the window
saves first and never drops an edit silently.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from concurrent.futures import Executor
from typing import TYPE_CHECKING, Any, Protocol, cast
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.enums import BalanceStatus, Stage
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.issues import Issue, Severity
from advisor_app.errors import KnownError
from advisor_app.services.changes import SaveResult
from advisor_app.ui import dialogs
from advisor_app.ui.balance.draft import DEFAULT_SAVE_DELAY_MS, BalanceDraft, SaveState
from advisor_app.ui.balance.meetings_page import MEETINGS_KEY, MeetingsPage
from advisor_app.ui.balance.resume import ResumePoint, find_resume_point, resume_text
from advisor_app.ui.balance.stage_list import KEY_ROLE, StageList, state_text
from advisor_app.ui.balance.stage_page import StagePage
from advisor_app.ui.balance.summary_page import SummaryPage
from advisor_app.ui.enum_text import enum_text
from advisor_app.ui.error_text import known_error_text
from advisor_app.ui.issue_text import issue_text
from advisor_app.ui.tasks import Op, show_failure, unexpected_error_text
from advisor_app.ui.widgets import error_color, strip_mnemonic

if TYPE_CHECKING:
    from advisor_app.services.audit import AuditService
    from advisor_app.services.lifecycle import FinishOutcome, LifecycleService, RevisionInfo
    from advisor_app.services.privacy import PrivacyService
    from advisor_app.services.reports import ReportService
    from advisor_app.ui.balance.print_dialog import PrintDialog

__all__ = ["MARKS_DELAY_MS", "BalancePage", "BalanceView"]

# Rows of the issue list shown without scrolling.
_ISSUE_ROWS = 4

# Pause after an edit before the progress marks and the issue list are recomputed (ms): the
# checks walk the whole balance, so a burst of keystrokes is checked once, not per key.
MARKS_DELAY_MS = 120

# Keys that the view's actions own even while a text field has the focus: without this a line
# edit's own Ctrl+Z would undo inside the widget only, behind the draft's back.
_GUARDED_KEYS = ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y", "Ctrl+PgUp", "Ctrl+PgDown")


class BalancePage(Protocol):
    """What the view needs of a page (the stage pages and the meetings page)."""

    def title(self) -> str:
        """The page's name in the UI language."""
        ...

    def load(self, record: BalanceRecord) -> None:
        """Show the record."""
        ...

    def issues(self) -> list[Issue]:
        """The page's issues for the draft's current record."""
        ...

    def collect(self) -> None:
        """Push edits a widget still holds back."""
        ...


class _CachingFlow(InterviewFlow):
    """The interview rules with the issues of the latest record remembered per stage.

    After one keystroke the page reloads, the issue list and (a moment later) every stage's
    mark ask for issues of the same immutable record; each ask walks the whole balance. The
    answer cannot change while the record is the same object, so it is computed once.
    """

    def __init__(self) -> None:
        super().__init__()
        self._record: BalanceRecord | None = None
        self._issues: dict[Stage, list[Issue]] = {}

    def stage_issues(self, record: BalanceRecord, stage: Stage) -> list[Issue]:
        """The stage's issues, computed once per record object."""
        if record is not self._record:
            self._record, self._issues = record, {}
        found = self._issues.get(stage)
        if found is None:
            found = self._issues[stage] = super().stage_issues(record, stage)
        return list(found)


class _ShortcutGuard(QObject):
    """Lets the window's shortcuts win over the same keys inside text fields."""

    def __init__(self, sequences: Callable[[], list[str]], parent: QObject) -> None:
        super().__init__(parent)
        self._sequences = sequences

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination()).toString(
                QKeySequence.SequenceFormat.PortableText
            )
            if pressed in self._sequences():
                # Not accepting the override lets the shortcut map trigger the action.
                event.ignore()
                return True
        return False


class _Entry:
    """One entry of the side list: its key, page and the scroll area around the page."""

    def __init__(self, key: str, page: QWidget, scroll: QScrollArea) -> None:
        self.key = key
        self.page = page
        self.scroll = scroll
        self.stale = False  # the record changed while the page was hidden

    @property
    def stage(self) -> Stage | None:
        return None if self.key == MEETINGS_KEY else Stage(self.key)

    @property
    def protocol(self) -> BalancePage:
        return cast(BalancePage, self.page)


class _ResumeBanner(QFrame):
    """A calm, non-modal note: where the advisor stopped and what is missing there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resumeBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.AlternateBase))
        self.setPalette(palette)
        self.text = QLabel()
        self.text.setObjectName("resumeText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        self.go_button = QPushButton()
        self.go_button.setObjectName("resumeGoButton")
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("resumeDismissButton")
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.go_button)
        layout.addWidget(self.dismiss_button)
        self.point: ResumePoint | None = None
        self.hide()


class BalanceView(QMainWindow):
    """The window of one open balance.

    Args:
        record: The balance as loaded (or just created).
        save: Stores a record (``services.balances.save``); runs on ``executor``.
        executor: The db executor.
        flow: The interview rules (a default flow when None).
        page_types: Stage page classes in order (``pages.stage_pages()`` when None).
        save_delay_ms: Autosave delay of the draft.
        resume: Offer "continue where you stopped" when the balance was left unfinished.
        lifecycle: Finishes, revises and withdraws balances (``services.lifecycle``); without
            it the summary page's actions stay disabled.
        parent: Parent widget (normally None: the view is a window of its own).

    Signals:
        view_did_close(object): The window closed after everything was saved (or the advisor
            chose to close without saving after a failure); carries the balance ID.
        close_did_cancel(): Closing was refused (the advisor kept the window after a failed
            save), so quitting the application must stop too.
        balance_did_save(object): An autosave finished; carries the :class:`SaveResult`.
        status_did_change(object): The balance was finished, revised or withdrawn; carries
            the new record.
    """

    view_did_close = Signal(object)
    close_did_cancel = Signal()
    balance_did_save = Signal(object)
    status_did_change = Signal(object)

    def __init__(
        self,
        record: BalanceRecord,
        save: Callable[[BalanceRecord], SaveResult],
        executor: Executor,
        *,
        flow: InterviewFlow | None = None,
        page_types: Sequence[type[StagePage]] | None = None,
        save_delay_ms: int = DEFAULT_SAVE_DELAY_MS,
        resume: bool = False,
        lifecycle: LifecycleService | None = None,
        reports: ReportService | None = None,
        io_executor: Executor | None = None,
        parent: QWidget | None = None,
        audit: AuditService | None = None,
        privacy: PrivacyService | None = None,
    ) -> None:
        """Build the window on the record; it opens on the stage the advisor last worked on."""
        if page_types is None:
            from advisor_app.ui.balance import pages  # late: the page modules are heavy

            page_types = pages.stage_pages()
        super().__init__(parent)
        self._built = False
        self.setObjectName("balanceView")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.flow = flow or _CachingFlow()
        self.draft = BalanceDraft(record, save, executor, save_delay_ms=save_delay_ms, parent=self)
        self._read_only = record.balance.status is not BalanceStatus.DRAFT
        self._lifecycle = lifecycle
        self._executor = executor
        self._reports = reports
        self._audit = audit
        self._privacy = privacy
        self._io_executor = io_executor or executor
        self._print_dialog: PrintDialog | None = None
        self._lifecycle_busy = False  # finishing, revising or withdrawing: nothing may change
        self._after_save: Callable[[], None] | None = None  # runs once everything is saved
        self._close_requested = False  # waiting for the flush before closing
        self._close_anyway = False
        self._closed = False
        self._failure_shown = False  # one message per streak of failed saves, not per retry

        self._marks_timer = QTimer(self)
        self._marks_timer.setObjectName("marksTimer")
        self._marks_timer.setSingleShot(True)
        self._marks_timer.setInterval(MARKS_DELAY_MS)
        self._marks_timer.timeout.connect(self._refresh_marks)
        self._guard = _ShortcutGuard(self._guarded_sequences, self)
        self._guarded: set[int] = set()

        self._entries: list[_Entry] = []
        self._build(page_types)
        self._create_actions()
        self._create_menus()
        self._built = True
        self.retranslateUi()

        self.draft.record_did_change.connect(self._record_changed)
        self.draft.save_state_did_change.connect(self._save_state_changed)
        self.draft.save_did_fail.connect(self._save_failed)
        self.draft.all_did_save.connect(self._all_saved)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

        self._refresh_marks()
        self._save_state_changed(self.draft.state.value)
        first = self._entry_for_stage(record.balance.current_stage)
        self.show_entry(first.key if first else self._entries[0].key, remember=False)
        if resume:
            self._offer_resume()
        self._apply_read_only()
        self._connect_summary()
        self._connect_consents()
        self._size_to_screen()

    # --- construction -------------------------------------------------------------------------

    def _build(self, page_types: Sequence[type[StagePage]]) -> None:
        central = QWidget()
        central.setObjectName("balanceCentral")
        self.setCentralWidget(central)

        # Header: who, which balance, and whether it is saved.
        self._header = QFrame()
        self._header.setObjectName("balanceHeader")
        self._name_label = QLabel()
        self._name_label.setObjectName("participantNameLabel")
        font = self._name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self._name_label.setFont(font)
        self._name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._details_label = QLabel()
        self._details_label.setObjectName("balanceDetailsLabel")
        self._details_label.setWordWrap(True)
        self.save_label = QLabel()
        self.save_label.setObjectName("saveStateLabel")
        self.save_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._retry_button = QPushButton()
        self._retry_button.setObjectName("retrySaveButton")
        self._retry_button.clicked.connect(self.draft.flush)
        self._retry_button.hide()
        names = QVBoxLayout()
        names.setSpacing(2)
        names.addWidget(self._name_label)
        names.addWidget(self._details_label)
        header = QHBoxLayout(self._header)
        header.setContentsMargins(4, 2, 4, 2)
        header.addLayout(names, 1)
        header.addWidget(self.save_label)
        header.addWidget(self._retry_button)

        self.resume_banner = _ResumeBanner()
        self.resume_banner.go_button.clicked.connect(self._go_to_resume_point)
        self.resume_banner.dismiss_button.clicked.connect(self._dismiss_resume)

        # Side list and pages.
        self.stage_list = StageList()
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        for page_type in page_types:
            page = page_type(self.draft, self.flow)
            self._add_entry(page_type.STAGE.value, page)
        self.meetings_page = MeetingsPage(self.draft, self.flow)
        self.stage_list.add_separator()
        self._add_entry(MEETINGS_KEY, self.meetings_page)
        self.stage_list.currentRowChanged.connect(self._row_changed)
        self.stage_list.entry_did_activate.connect(self._entry_activated)
        self._connect_pages()

        self._issues_label = QLabel()
        self._issues_label.setObjectName("issuesLabel")
        self.issue_list = QListWidget()
        self.issue_list.setObjectName("issueList")
        self.issue_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.issue_list.setWordWrap(True)
        self.issue_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.issue_list.itemActivated.connect(self._issue_activated)
        self.issue_list.itemClicked.connect(self._issue_activated)
        self._issues_label.setBuddy(self.issue_list)
        issues_panel = QWidget()
        issues_panel.setObjectName("issuePanel")
        issues_panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        issues_layout = QVBoxLayout(issues_panel)
        issues_layout.setContentsMargins(0, 4, 0, 0)
        issues_layout.addWidget(self._issues_label)
        issues_layout.addWidget(self.issue_list)

        right = QWidget()
        right.setObjectName("pageArea")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.stack, 1)
        right_layout.addWidget(issues_panel)

        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.setObjectName("balanceSplitter")
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self.stage_list)
        self._splitter.addWidget(right)
        self._splitter.setStretchFactor(0, 0)
        self._splitter.setStretchFactor(1, 1)

        # Shown while the balance is finished or withdrawn.
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.read_only_banner.setAutoFillBackground(True)
        banner_font = self.read_only_banner.font()
        banner_font.setBold(True)
        self.read_only_banner.setFont(banner_font)
        self.read_only_banner.hide()

        layout = QVBoxLayout(central)
        layout.addWidget(self._header)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.resume_banner)
        layout.addWidget(self._splitter, 1)

        # Tab order follows the screen: banner, side list, page (its own chain), issues.
        QWidget.setTabOrder(self.resume_banner.go_button, self.resume_banner.dismiss_button)
        QWidget.setTabOrder(self.resume_banner.dismiss_button, self.stage_list)

    def _connect_pages(self) -> None:
        """Hand-overs between pages: a competence straight from a STAR story."""
        behavioural = self._entry(Stage.BEHAVIOURAL.value)
        competences = self._entry(Stage.COMPETENCES.value)
        if behavioural is None or competences is None:
            return
        requested = getattr(behavioural.page, "competence_was_requested", None)
        if requested is not None and callable(getattr(competences.page, "add_from_episode", None)):
            requested.connect(self._competence_from_episode)

    def _competence_from_episode(self, episode_id: UUID) -> None:
        if self._locked:
            return
        self.show_entry(Stage.COMPETENCES)  # loads the page first if it was hidden
        page = self.page(Stage.COMPETENCES)
        page.add_from_episode(episode_id)  # type: ignore[attr-defined]  # checked on connect

    def _add_entry(self, key: str, page: QWidget) -> None:
        scroll = QScrollArea()
        scroll.setObjectName(f"{key}Scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page's fields take the focus
        scroll.setWidget(page)
        self.stack.addWidget(scroll)
        self.stage_list.add_entry(key, cast(BalancePage, page).title())
        self._entries.append(_Entry(key, page, scroll))

    def show_print_dialog(self) -> PrintDialog | None:
        """Open (or raise) the non-modal print dialog on the current record."""
        if self._reports is None:
            return None
        if self._print_dialog is None:
            from advisor_app.ui.balance.print_dialog import PrintDialog  # late: pulls in printing

            dialog = PrintDialog(
                lambda: self.draft.record,
                self._reports,
                self._io_executor,
                parent=self,
                db_executor=self._executor,  # the portfolio's image files are read there
            )
            dialog.setWindowFlag(Qt.WindowType.Window)
            dialog.document_did_output.connect(self._record_print)
            self._print_dialog = dialog
        self._print_dialog.show()
        # The offscreen platform of tests and screenshots cannot raise and warns when asked.
        if QGuiApplication.platformName() != "offscreen":
            self._print_dialog.raise_()
        self._print_dialog.activateWindow()
        return self._print_dialog

    def _action(self, name: str, slot: Callable[[], Any], *shortcuts: str) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        self.action_undo = self.draft.undo_stack.createUndoAction(self)
        self.action_undo.setObjectName("actionUndo")
        self.action_undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.action_redo = self.draft.undo_stack.createRedoAction(self)
        self.action_redo.setObjectName("actionRedo")
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addAction(self.action_undo)
        self.addAction(self.action_redo)
        self.action_close = self._action("actionCloseBalance", self.close, "Ctrl+W")
        self.action_previous = self._action("actionPreviousStage", self.show_previous, "Ctrl+PgUp")
        self.action_next = self._action("actionNextStage", self.show_next, "Ctrl+PgDown")
        self.action_new_meeting = self._action(
            "actionNewMeeting", self._new_meeting, "Ctrl+Shift+M"
        )
        self.action_print = self._action("actionPrint", self.show_print_dialog, "Ctrl+P")
        self.action_print.setEnabled(self._reports is not None)
        self.action_history = self._action("actionHistory", self.show_history, "Ctrl+H")
        self.action_history.setEnabled(self._audit is not None)
        self.action_handover = self._action("actionHandover", self.hand_over)
        self.action_handover.setEnabled(self._audit is not None)
        self.entry_actions: list[QAction] = []
        for number, entry in enumerate(self._entries, start=1):
            shortcuts = (f"Ctrl+{number}",) if number <= 9 else ()
            action = self._action(
                f"actionShow_{entry.key}", functools.partial(self._jump, entry.key), *shortcuts
            )
            self.entry_actions.append(action)
        if self._read_only:
            self.action_new_meeting.setEnabled(False)

    def _create_menus(self) -> None:
        bar = self.menuBar()
        bar.setObjectName("balanceMenuBar")
        self._balance_menu = bar.addMenu("")
        self._balance_menu.setObjectName("balanceMenu")
        self._balance_menu.addAction(self.action_new_meeting)
        self._balance_menu.addSeparator()
        self._balance_menu.addAction(self.action_print)
        self._balance_menu.addAction(self.action_history)
        self._balance_menu.addAction(self.action_handover)
        self._balance_menu.addSeparator()
        self._balance_menu.addAction(self.action_close)
        self._edit_menu = bar.addMenu("")
        self._edit_menu.setObjectName("editMenu")
        self._edit_menu.addAction(self.action_undo)
        self._edit_menu.addAction(self.action_redo)
        self._go_menu = bar.addMenu("")
        self._go_menu.setObjectName("goMenu")
        self._go_menu.addAction(self.action_previous)
        self._go_menu.addAction(self.action_next)
        self._go_menu.addSeparator()
        for action in self.entry_actions:
            self._go_menu.addAction(action)

    def _size_to_screen(self) -> None:
        screen = self.screen()
        width, height = 1180, 780
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.92))
        self.resize(width, height)
        list_width = self.stage_list.sizeHint().width()
        self._splitter.setSizes([list_width, max(300, width - list_width)])

    # --- public API ---------------------------------------------------------------------------

    @property
    def balance_id(self) -> UUID:
        """The ID of the balance shown."""
        return self.draft.record.balance.id

    @property
    def read_only(self) -> bool:
        """Tell whether the balance is finished or withdrawn (nothing can change)."""
        return self._read_only

    def set_read_only(self, read_only: bool) -> None:
        """Switch every page between editable and read-only (after finish, revise, withdraw).

        The summary page stays enabled: it shows the status and offers Revise.
        """
        self._read_only = read_only
        self._apply_read_only()

    def activate_issue(self, issue: Issue) -> None:
        """Open the page of an issue's stage and focus the field it is about."""
        entry = self._entry_for_stage(issue.stage)
        if entry is None:
            return
        self.show_entry(entry.key)
        focus_issue = getattr(entry.page, "focus_issue", None)
        if (
            entry.stage is not Stage.SUMMARY
            and callable(focus_issue)
            and entry.page.isEnabled()
            and focus_issue(issue)
        ):
            focused = QApplication.focusWidget()
            if focused is not None and entry.page.isAncestorOf(focused):
                entry.scroll.ensureWidgetVisible(focused)
            return
        self._focus_page(entry.page)

    def entry_keys(self) -> list[str]:
        """Keys of the entries in list order: stage values, then the meetings key."""
        return [entry.key for entry in self._entries]

    def page(self, key: str | Stage) -> QWidget:
        """The page of an entry (a stage or :data:`MEETINGS_KEY`)."""
        entry = self._entry(str(key))
        if entry is None:
            raise KeyError(key)
        return entry.page

    def current_key(self) -> str:
        """The key of the entry shown."""
        return self._entries[self.stack.currentIndex()].key

    def current_page(self) -> QWidget:
        """The page shown."""
        return self._entries[self.stack.currentIndex()].page

    def show_entry(self, key: str | Stage, *, focus: bool = False, remember: bool = True) -> None:
        """Show an entry's page; the stage becomes the balance's current stage.

        Args:
            key: A stage, or :data:`MEETINGS_KEY`.
            focus: Move the keyboard focus to the page's first field.
            remember: Record the stage in the balance (False while opening the view).
        """
        entry = self._entry(str(key))
        if entry is None:
            return
        index = self._entries.index(entry)
        if entry.stale:
            entry.stale = False
            entry.protocol.load(self.draft.record)
        if self.stack.currentIndex() != index:
            self.stack.setCurrentIndex(index)
        row = self.stage_list.row_of(entry.key)
        if self.stage_list.currentRow() != row:
            self.stage_list.blockSignals(True)  # already switching: no second round
            self.stage_list.setCurrentRow(row)
            self.stage_list.blockSignals(False)
        stage = entry.stage
        if remember and stage is not None and not self._locked:
            self.draft.set_current_stage(stage)
        self._refresh_issues()
        self._update_navigation()
        if focus:
            self._focus_page(entry.page)

    def show_next(self) -> None:
        """Show the next entry of the list (stays on the last)."""
        index = self.stack.currentIndex()
        if index + 1 < len(self._entries):
            self.show_entry(self._entries[index + 1].key, focus=True)

    def show_previous(self) -> None:
        """Show the previous entry of the list (stays on the first)."""
        index = self.stack.currentIndex()
        if index > 0:
            self.show_entry(self._entries[index - 1].key, focus=True)

    def resume_point(self) -> ResumePoint | None:
        """The point the banner offers, or None when it is hidden."""
        return self.resume_banner.point if not self.resume_banner.isHidden() else None

    # --- Qt overrides -------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Re-set texts when the UI language changes; redraw marks on a palette change."""
        if not getattr(self, "_built", False):
            pass  # still being built (or the build failed): nothing to retranslate yet
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        elif event.type() == QEvent.Type.PaletteChange:
            self.stage_list.refresh_icons()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save everything first; close when it is durable, or ask after a failure."""
        if self._closed:
            event.accept()
            return
        for entry in self._entries:
            entry.protocol.collect()
        if not self._close_anyway and not (
            self.draft.is_saved and self.draft.state is SaveState.SAVED
        ):
            event.ignore()
            self._close_requested = True
            self.draft.flush()
            return
        self._closed = True
        self._marks_timer.stop()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._focus_changed)
        event.accept()
        super().closeEvent(event)
        self.view_did_close.emit(self.draft.record.balance.id)

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        record = self.draft.record
        participant = record.participant
        self.setWindowTitle(
            self.tr("{name} – competence balance").format(name=participant.display_name)
        )
        self._name_label.setText(participant.display_name)
        self._update_details()
        self._balance_menu.setTitle(self.tr("&Balance"))
        self._edit_menu.setTitle(self.tr("&Edit"))
        self._go_menu.setTitle(self.tr("&Go"))
        self.menuBar().setAccessibleName(self.tr("Balance menu"))
        self.action_close.setText(self.tr("&Close"))
        self.action_close.setToolTip(self.tr("Save and close this balance (Ctrl+W)"))
        self.action_previous.setText(self.tr("&Previous page"))
        self.action_next.setText(self.tr("&Next page"))
        self.action_new_meeting.setText(self.tr("New &meeting"))
        self.action_print.setText(self.tr("&Print…"))
        self.action_print.setToolTip(self.tr("Preview, print or save a document (Ctrl+P)"))
        self.action_history.setText(self.tr("&History…"))
        self.action_history.setToolTip(self.tr("Who changed what and when (Ctrl+H)"))
        self.action_handover.setText(self.tr("Hand &over to another advisor…"))
        self.action_handover.setToolTip(self.tr("Record that another advisor takes the case over"))
        self.action_undo.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.action_redo.setToolTip(self.tr("Redo (Ctrl+Shift+Z)"))
        for action, entry in zip(self.entry_actions, self._entries, strict=True):
            action.setText(entry.protocol.title())
        self._retry_button.setText(self.tr("&Try again"))
        self._retry_button.setAccessibleName(self.tr("Try saving again"))
        self.stage_list.setAccessibleName(self.tr("Stages of the balance"))
        self.stage_list.setAccessibleDescription(
            self.tr("Ctrl+Page Up and Ctrl+Page Down move between pages; Enter opens the page.")
        )
        self.issue_list.setAccessibleName(self.tr("Open points on this page"))
        self._update_read_only_banner()
        self.resume_banner.go_button.setText(self.tr("&Go there"))
        self.resume_banner.go_button.setAccessibleName(self.tr("Go to where you stopped"))
        self.resume_banner.dismiss_button.setText(self.tr("&Dismiss"))
        self.resume_banner.dismiss_button.setAccessibleName(self.tr("Dismiss the reminder"))
        if self.resume_banner.point is not None:
            self.resume_banner.text.setText(resume_text(self.resume_banner.point))
        self._save_state_changed(self.draft.state.value)
        self._refresh_marks()
        self._refresh_issues()
        width = max(self.save_label.fontMetrics().horizontalAdvance(t) for t in self._save_texts())
        self.save_label.setMinimumWidth(width + 8)  # no jumping header while the state changes

    # --- internals: navigation ----------------------------------------------------------------

    def _entry(self, key: str) -> _Entry | None:
        return next((e for e in self._entries if e.key == key), None)

    def _entry_for_stage(self, stage: Stage) -> _Entry | None:
        """The page of ``stage``, else the nearest earlier stage that has one."""
        order = list(self.flow.STAGES)
        for candidate in reversed(order[: order.index(stage) + 1]):
            entry = self._entry(candidate.value)
            if entry is not None:
                return entry
        return None

    def _row_changed(self, row: int) -> None:
        key = self.stage_list.item(row).data(KEY_ROLE) if row >= 0 else None
        if key:
            self.show_entry(key)

    def _jump(self, key: str) -> None:
        self.show_entry(key, focus=True)

    def _entry_activated(self, key: str) -> None:
        self.show_entry(key, focus=True)

    def _update_navigation(self) -> None:
        index = self.stack.currentIndex()
        self.action_previous.setEnabled(index > 0)
        self.action_next.setEnabled(index + 1 < len(self._entries))

    def _focus_page(self, page: QWidget) -> None:
        first_field = getattr(page, "first_field", None)
        target = first_field() if callable(first_field) else None
        if not isinstance(target, QWidget) or not target.isVisible() or not target.isEnabled():
            target = next(
                (
                    w
                    for w in page.findChildren(QWidget)
                    if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
                ),
                None,
            )
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            entry = self._entries[self.stack.currentIndex()]
            entry.scroll.ensureWidgetVisible(target)

    def _new_meeting(self) -> None:
        if self._locked:
            return
        self.show_entry(MEETINGS_KEY)
        self.meetings_page.add_meeting()

    # --- internals: record, marks and issues --------------------------------------------------

    def _record_changed(self, record: BalanceRecord) -> None:
        current = self.stack.currentIndex()
        for index, entry in enumerate(self._entries):
            if index == current:
                entry.protocol.load(record)
            else:
                entry.stale = True  # loaded when shown: hidden pages cost nothing per keystroke
        if not self._marks_timer.isActive():
            self._marks_timer.start()
        if record.participant.display_name != self._name_label.text():
            self.retranslateUi()

    def _refresh_marks(self) -> None:
        record = self.draft.record
        for entry in self._entries:
            title = entry.protocol.title()
            stage = entry.stage
            if stage is None:
                count = len(record.meetings)
                detail = (
                    self.tr("%n meeting(s)", "", count) if count else self.tr("None recorded yet")
                )
                self.stage_list.set_entry(entry.key, title=title, detail=detail, state=None)
                continue
            state = self.flow.stage_state(record, stage)
            number = self._entries.index(entry) + 1
            self.stage_list.set_entry(
                entry.key,
                title=title,
                detail=state_text(state),
                state=state,
                description=self.tr("Page {number} of {count}, Ctrl+{number}").format(
                    number=number, count=len(self._entries)
                ),
            )
        self._refresh_issues()
        self._update_details()

    def _refresh_issues(self) -> None:
        entry = self._entries[self.stack.currentIndex()] if self._entries else None
        if entry is None:
            return
        issues = entry.protocol.issues()
        texts = [(issue, _severity_prefix(issue) + issue_text(issue)) for issue in issues]
        current = [self.issue_list.item(r).text() for r in range(self.issue_list.count())]
        if current != [text for _issue, text in texts]:
            self.issue_list.clear()
            for issue, text in texts:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, issue)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                if issue.severity in (Severity.INVALID, Severity.STRUCTURAL):
                    item.setForeground(error_color(self.issue_list.palette()))
                self.issue_list.addItem(item)
        self.issue_list.setVisible(bool(issues))
        self._fit_issue_list()
        title = entry.protocol.title()
        self._issues_label.setText(
            self.tr("Open points on “{page}” ({count}):").format(page=title, count=len(issues))
            if issues
            else self.tr("Nothing is missing on “{page}”.").format(page=title)
        )

    def _fit_issue_list(self) -> None:
        # As tall as its items, up to four, so one missing item does not take a third of the
        # window; more scroll.
        rows = min(self.issue_list.count(), _ISSUE_ROWS)
        height = sum(self.issue_list.sizeHintForRow(r) for r in range(rows))
        self.issue_list.setFixedHeight(height + 2 * self.issue_list.frameWidth() + 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-fit the issue list: wrapped items take more lines in a narrower window."""
        super().resizeEvent(event)
        if getattr(self, "_built", False):
            self._fit_issue_list()

    def _issue_activated(self, item: QListWidgetItem) -> None:
        issue = item.data(Qt.ItemDataRole.UserRole)
        entry = self._entries[self.stack.currentIndex()]
        if isinstance(issue, Issue) and entry.stage is Stage.SUMMARY:
            self.activate_issue(issue)  # the summary lists every stage's rules
            return
        focus_issue = getattr(entry.page, "focus_issue", None)
        if isinstance(issue, Issue) and callable(focus_issue) and focus_issue(issue):
            focused = QApplication.focusWidget()
            if focused is not None:
                entry.scroll.ensureWidgetVisible(focused)
            return
        self._focus_page(entry.page)

    def _update_details(self) -> None:
        balance = self.draft.record.balance
        parts = [
            self.tr("Status: {status}").format(status=enum_text(balance.status)),
            self.tr("Project: {project}").format(project=balance.project_code),
            self.tr("Variant: {variant}").format(variant=enum_text(balance.variant)),
        ]
        if self._read_only:
            parts.append(self.tr("read only"))
        text = " · ".join(parts)
        if self._details_label.text() != text:
            self._details_label.setText(text)

    # --- internals: saving and closing --------------------------------------------------------

    def _save_texts(self) -> dict[str, str]:
        return {
            SaveState.SAVED.value: self.tr("Saved"),
            SaveState.SAVING.value: self.tr("Saving…"),
            SaveState.UNSAVED.value: self.tr("Unsaved"),
            SaveState.FAILED.value: self.tr("Save failed"),
        }

    def _save_state_changed(self, state: str) -> None:
        text = self._save_texts()[state]
        if self.save_label.text() != text:
            self.save_label.setText(text)
            self.save_label.setAccessibleName(self.tr("Save state: {state}").format(state=text))
        failed = state == SaveState.FAILED.value
        palette = self.save_label.palette()
        colour = (
            error_color(palette) if failed else self.palette().color(QPalette.ColorRole.WindowText)
        )
        if palette.color(QPalette.ColorRole.WindowText) != colour:
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            self.save_label.setPalette(palette)
        self._retry_button.setVisible(failed)
        if not failed:
            self.save_label.setToolTip("")

    def _save_failed(self, error: BaseException) -> None:
        detail = known_error_text(error) if isinstance(error, KnownError) else ""
        self.save_label.setToolTip(detail or unexpected_error_text())
        if self._after_save is not None:
            # Finishing (or withdrawing) waited for this save: it does not happen.
            self._after_save = None
            self._end_lifecycle()
        if self._close_requested:
            self._close_requested = False
            self._ask_close_after_failure(detail)
            return
        if not self._failure_shown:
            self._failure_shown = True
            show_failure(self, error)

    def _ask_close_after_failure(self, detail: str) -> None:
        text = self.tr(
            "The latest changes to this balance could not be saved. If you close the window "
            "now, they are lost."
        )
        if detail:
            text = f"{text}\n\n{detail}"
        if dialogs.confirm(
            self,
            self.tr("Changes not saved"),
            text,
            yes_text=self.tr("Close without saving"),
            no_text=self.tr("Keep the window open"),
        ):
            self._close_anyway = True
            self.close()
        else:
            self.close_did_cancel.emit()

    def _all_saved(self) -> None:
        self._failure_shown = False
        if self.draft.last_result is not None:
            self.balance_did_save.emit(self.draft.last_result)
        if self._after_save is not None:
            job, self._after_save = self._after_save, None
            job()
        if self._close_requested:
            self._close_requested = False
            self.close()

    # --- internals: read-only and the lifecycle (finish, revise, withdraw) -------------------

    @property
    def _locked(self) -> bool:
        """Nothing may change: read-only, or a lifecycle action is running."""
        return self._read_only or self._lifecycle_busy

    def _apply_read_only(self) -> None:
        locked = self._locked
        for entry in self._entries:
            if entry.stage is not Stage.SUMMARY:
                entry.page.setEnabled(not locked)
        self.action_new_meeting.setEnabled(not locked)
        if locked:
            self.action_undo.setEnabled(False)
            self.action_redo.setEnabled(False)
        else:
            self.action_undo.setEnabled(self.draft.undo_stack.canUndo())
            self.action_redo.setEnabled(self.draft.undo_stack.canRedo())
        if self._read_only:
            self.resume_banner.hide()
            self.resume_banner.point = None
        self._update_read_only_banner()
        self._update_details()

    def _update_read_only_banner(self) -> None:
        status = self.draft.record.balance.status
        if not self._read_only:
            self.read_only_banner.hide()
            return
        if status is BalanceStatus.WITHDRAWN:
            text = self.tr("Withdrawn – read only")
        else:
            text = self.tr("Finished – read only")
        self.read_only_banner.setText(text)
        self.read_only_banner.setAccessibleName(text)
        self.read_only_banner.show()

    def _summary_page(self) -> SummaryPage | None:
        entry = self._entry(Stage.SUMMARY.value)
        return entry.page if entry is not None and isinstance(entry.page, SummaryPage) else None

    def _connect_summary(self) -> None:
        page = self._summary_page()
        if page is None:
            return
        page.issue_was_activated.connect(self.activate_issue)
        page.finish_was_requested.connect(self.finish_balance)
        page.revise_was_requested.connect(self.revise_balance)
        page.withdraw_was_requested.connect(self.withdraw_balance)
        page.set_lifecycle_available(self._lifecycle is not None)
        self._load_revisions()

    def _connect_consents(self) -> None:
        from advisor_app.ui.balance.consent_editor import ConsentEditor

        for editor in self.findChildren(ConsentEditor):
            editor.consent_did_withdraw.connect(self.erase_withdrawn_consent)

    def erase_withdrawn_consent(self, consent_id: UUID) -> None:
        """Save, then erase the stored files the withdrawn consent covered (issue 8).

        The evidence stays as text marked "original only shown"; the view shows the record
        as stored afterwards.
        """
        privacy = self._privacy
        if privacy is None or self._locked:
            return
        balance_id = self.balance_id
        self._when_saved(
            lambda: self._run_lifecycle(
                lambda: privacy.withdraw_consent(balance_id, consent_id),
                lambda record: self._status_changed(record, read_only=self._read_only),
                self.tr("Deleting the files the consent covered…"),
            )
        )

    def _record_print(self, kind: str) -> None:
        audit, balance_id = self._audit, self.balance_id
        if audit is not None:
            Op(self, lambda: audit.record_print(balance_id, kind)).failure(
                lambda error: show_failure(self, error)
            ).run(self._executor)

    def show_history(self) -> None:
        """Show who changed what and when in this balance (Ctrl+H)."""
        if self._audit is not None:
            from advisor_app.ui.privacy_actions import show_history

            show_history(self, self._audit, self._executor, self.draft.record)

    def hand_over(self) -> None:
        """Record that another advisor takes this case over."""
        if self._audit is not None:
            from advisor_app.ui.privacy_actions import hand_over

            hand_over(self, self._audit, self._executor, self.balance_id)

    def _load_revisions(self) -> None:
        lifecycle, page = self._lifecycle, self._summary_page()
        if lifecycle is None or page is None:
            return
        balance_id = self.balance_id
        Op(page, lambda: lifecycle.revisions(balance_id)).success(self._revisions_loaded).run(
            self._executor
        )

    def _revisions_loaded(self, revisions: tuple[RevisionInfo, ...]) -> None:
        page = self._summary_page()
        if page is not None:
            page.set_revisions(revisions)

    def finish_balance(self) -> None:
        """Save pending edits, then finish the balance; the view becomes read-only."""
        lifecycle = self._lifecycle
        if lifecycle is None or self._locked:
            return
        balance_id = self.balance_id
        self._when_saved(
            lambda: self._run_lifecycle(
                lambda: lifecycle.finish(balance_id),
                self._finished,
                self.tr("Finishing the balance…"),
            )
        )

    def revise_balance(self) -> None:
        """Start a new draft revision of the finished balance; the view becomes editable."""
        lifecycle = self._lifecycle
        if lifecycle is None or self._lifecycle_busy or not self._read_only:
            return
        balance_id = self.balance_id
        self._begin_lifecycle()
        self._run_lifecycle(
            lambda: lifecycle.revise(balance_id),
            self._revised,
            self.tr("Starting a new revision…"),
        )

    def withdraw_balance(self, reason: str) -> None:
        """Save pending edits, then withdraw the balance; the view becomes read-only."""
        lifecycle = self._lifecycle
        if lifecycle is None or self._locked:
            return
        balance_id = self.balance_id
        self._when_saved(
            lambda: self._run_lifecycle(
                lambda: lifecycle.withdraw(balance_id, reason),
                self._withdrawn,
                self.tr("Withdrawing the balance…"),
            )
        )

    def _when_saved(self, job: Callable[[], None]) -> None:
        """Lock editing, then run ``job`` once every edit is durable (a flush if needed)."""
        for entry in self._entries:
            entry.protocol.collect()
        self._begin_lifecycle()
        if self.draft.is_saved and self.draft.state is SaveState.SAVED:
            job()
            return
        self._after_save = job
        self.draft.flush()

    def _begin_lifecycle(self) -> None:
        self._lifecycle_busy = True
        page = self._summary_page()
        if page is not None:
            page.set_busy(True)
        self._apply_read_only()

    def _end_lifecycle(self) -> None:
        self._lifecycle_busy = False
        page = self._summary_page()
        if page is not None:
            page.set_busy(False)
        self._apply_read_only()

    def _run_lifecycle(
        self, work: Callable[[], Any], done: Callable[[Any], None], label: str
    ) -> None:
        Op(self, work).success(done).failure(self._lifecycle_failed).with_progress(label).run(
            self._executor
        )

    def _finished(self, outcome: FinishOutcome) -> None:
        self._status_changed(outcome.record, read_only=True)

    def _revised(self, record: BalanceRecord) -> None:
        self._status_changed(record, read_only=False)

    def _withdrawn(self, record: BalanceRecord) -> None:
        self._status_changed(record, read_only=True)

    def _status_changed(self, record: BalanceRecord, *, read_only: bool) -> None:
        # The new record is what is stored: no undo step leads back to the old status.
        self.draft.replace_record(record)
        self._read_only = read_only
        self._end_lifecycle()
        self._refresh_marks()
        self._load_revisions()
        self.status_did_change.emit(record)

    def _lifecycle_failed(self, error: BaseException) -> None:
        self._end_lifecycle()
        show_failure(self, error)

    # --- internals: resume --------------------------------------------------------------------

    def _offer_resume(self) -> None:
        stages = [entry.stage for entry in self._entries if entry.stage is not None]
        point = find_resume_point(self.draft.record, self.flow, stages)
        banner = self.resume_banner
        banner.point = point
        if point is None or self._read_only:
            banner.hide()
            return
        banner.text.setText(resume_text(point))
        banner.go_button.setToolTip(
            self.tr("Open “{page}” at the first missing field").format(page=enum_text(point.stage))
        )
        banner.setAccessibleName(strip_mnemonic(banner.text.text()))
        banner.show()

    def _go_to_resume_point(self) -> None:
        point = self.resume_banner.point
        self._dismiss_resume()
        if point is None:
            return
        self.show_entry(point.stage)
        entry = self._entry(point.stage.value)
        focus_issue = getattr(entry.page, "focus_issue", None) if entry else None
        if (
            entry is not None
            and callable(focus_issue)
            and point.issues
            and focus_issue(point.issues[0])
        ):
            return
        if entry is not None:
            self._focus_page(entry.page)

    def _dismiss_resume(self) -> None:
        self.resume_banner.hide()
        self.resume_banner.point = None
        self.stage_list.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- internals: shortcuts inside text fields ----------------------------------------------

    def _guarded_sequences(self) -> list[str]:
        numbered = [f"Ctrl+{n}" for n in range(1, min(9, len(self._entries)) + 1)]
        return [*_GUARDED_KEYS, "Ctrl+W", "Ctrl+Shift+M", *numbered]

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or id(new) in self._guarded or not self.isAncestorOf(new):
            return
        key = id(new)
        self._guarded.add(key)
        new.installEventFilter(self._guard)
        new.destroyed.connect(lambda *_args: self._guarded.discard(key))


def _severity_prefix(issue: Issue) -> str:
    """A word in front of the issue, so its weight is not told by colour alone."""
    if issue.severity in (Severity.INVALID, Severity.STRUCTURAL):
        return QCoreApplication.translate("BalanceView", "To correct: ")
    if issue.severity is Severity.RECOMMENDED:
        return QCoreApplication.translate("BalanceView", "Suggestion: ")
    return QCoreApplication.translate("BalanceView", "Missing: ")
