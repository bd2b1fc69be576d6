"""The meeting log of a balance (DOMAIN.md §2.10.1): when, how long, how, where, what was done.

Not a stage of the interview: meetings run across all stages, so the page sits below the stage
list of the balance view. It follows the same pattern as the stage pages (``load``, ``issues``,
``collect``, ``retranslateUi``) and writes every edit through the draft at once, one undo step
per field and meeting (keystrokes in one field merge).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Callable
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisor_app.domain.editing import add_item, find_item, remove_item, update_item
from advisor_app.domain.entities import BalanceRecord, Meeting
from advisor_app.domain.enums import MeetingMode, Stage
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.issues import Issue
from advisor_app.services.clock import new_uuid7
from advisor_app.ui import dialogs
from advisor_app.ui.balance.draft import BalanceDraft
from advisor_app.ui.balance.text_fields import BoundedTextEdit
from advisor_app.ui.enum_text import enum_text
from advisor_app.ui.widgets import BoundedLineEdit, ChoiceCombo, InlineMessage, strip_mnemonic

__all__ = ["MEETINGS_KEY", "MeetingsPage", "date_text", "mode_text"]

# Key of the meetings entry in the balance view (stage entries are keyed by their Stage).
MEETINGS_KEY = "meetings"

# Context "Enum" like ui/enum_text.py, so the mode names translate in one place for lupdate.
_MODE_TEXTS: dict[MeetingMode, object] = {
    MeetingMode.IN_PERSON: QT_TRANSLATE_NOOP("Enum", "In person"),
    MeetingMode.PHONE: QT_TRANSLATE_NOOP("Enum", "Phone"),
    MeetingMode.VIDEO: QT_TRANSLATE_NOOP("Enum", "Video call"),
}

# A meeting older than this is a typing mistake; the date edit refuses it.
_EARLIEST = QDate(2000, 1, 1)
_LATEST = QDate(2100, 12, 31)

COL_DATE, COL_MODE, COL_PLACE = range(3)


def mode_text(mode: MeetingMode) -> str:
    """The translated name of a meeting mode."""
    return QCoreApplication.translate("Enum", str(_MODE_TEXTS[mode]))


def date_text(value: dt.date) -> str:
    """A date in the UI locale's short form, always with a four-digit year."""
    return QLocale().toString(QDate(value.year, value.month, value.day), _date_format())


def _date_format() -> str:
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")  # "4.3.24" reads badly in a meeting log
    return pattern


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class MeetingsPage(QWidget):
    """The list of meetings of one balance and an editor for the selected meeting.

    Every change is an edit of the draft: new IDs come from :func:`new_uuid7`; removing asks
    first through :func:`advisor_app.ui.dialogs.confirm`.

    Args:
        draft: The open balance.
        flow: Reports the issues of the meeting log (part of the intro stage's rules).
        today: Date of a new meeting (injected for tests).
        parent: Parent widget.
    """

    KEY = MEETINGS_KEY

    def __init__(
        self,
        draft: BalanceDraft,
        flow: InterviewFlow,
        *,
        today: Callable[[], dt.date] = dt.date.today,
        parent: QWidget | None = None,
    ) -> None:
        """Build the page and show the draft's meetings."""
        super().__init__(parent)
        self.setObjectName("meetingsPage")
        self.draft = draft
        self.flow = flow
        self._today = today
        self._loading = False
        self._meetings: tuple[Meeting, ...] = ()
        self._selected_id: UUID | None = None
        self._editor_id: UUID | None = None  # the meeting the editor's fields show
        self._build()
        self.retranslateUi()
        self.load(draft.record)

    # --- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self._heading = QLabel()
        self._heading.setObjectName("meetingsHeading")
        font = self._heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self._heading.setFont(font)
        self._intro = QLabel()
        self._intro.setObjectName("meetingsIntro")
        self._intro.setWordWrap(True)

        self.table = QTableWidget(0, 3)
        self.table.setObjectName("meetingTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the editor
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setObjectName("meetingTableHeader")
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COL_DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PLACE, QHeaderView.ResizeMode.Stretch)
        row_height = self.table.fontMetrics().height() + 10
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.setMinimumHeight(row_height * 4 + header.sizeHint().height() + 4)
        self.table.setMaximumHeight(row_height * 7 + header.sizeHint().height() + 4)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.add_button = QPushButton()
        self.add_button.setObjectName("addMeetingButton")
        self.add_button.clicked.connect(self.add_meeting)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeMeetingButton")
        self.remove_button.clicked.connect(lambda: self.remove_meeting())
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self._empty_label = QLabel()
        self._empty_label.setObjectName("noMeetingsLabel")
        self._empty_label.setWordWrap(True)
        self._empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # The table and, while there are no meetings, the sentence saying so in its place.
        table_column = QVBoxLayout()
        table_column.addWidget(self.table)
        table_column.addWidget(self._empty_label)
        list_row = QHBoxLayout()
        list_row.addLayout(table_column, 1)
        list_row.addLayout(buttons)

        # The editor of the selected meeting.
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("meetingDateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDateRange(_EARLIEST, _LATEST)
        self.date_edit.dateChanged.connect(self._date_changed)
        self.duration_spin = QSpinBox()
        self.duration_spin.setObjectName("durationSpin")
        self.duration_spin.setRange(0, 24 * 60)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.valueChanged.connect(self._duration_changed)
        self.mode_combo = ChoiceCombo()
        self.mode_combo.setObjectName("modeCombo")
        self.mode_combo.set_choices(list(MeetingMode))
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        self.place_edit = BoundedLineEdit()
        self.place_edit.setObjectName("placeEdit")
        self.place_edit.textEdited.connect(self._place_edited)
        self.accessible_check = QCheckBox()
        self.accessible_check.setObjectName("accessibleLocationCheck")
        self.accessible_check.toggled.connect(self._accessible_toggled)
        self.stages_list = QListWidget()
        self.stages_list.setObjectName("stagesCoveredList")
        for stage in Stage:
            item = QListWidgetItem()
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, stage.value)
            self.stages_list.addItem(item)
        self.stages_list.itemChanged.connect(self._stages_changed)
        self.notes_edit = BoundedTextEdit(visible_lines=4)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.text_was_edited.connect(self._notes_edited)
        self.homework_edit = BoundedTextEdit(visible_lines=3)
        self.homework_edit.setObjectName("homeworkEdit")
        self.homework_edit.text_was_edited.connect(self._homework_edited)
        self.next_date_check = QCheckBox()
        self.next_date_check.setObjectName("nextDateCheck")
        self.next_date_check.toggled.connect(self._next_date_toggled)
        self.next_date_edit = QDateEdit()
        self.next_date_edit.setObjectName("nextDateEdit")
        self.next_date_edit.setCalendarPopup(True)
        self.next_date_edit.setDateRange(_EARLIEST, _LATEST)
        self.next_date_edit.dateChanged.connect(self._next_date_changed)
        self._cut_messages = {
            "place": InlineMessage(self.place_edit),
            "notes": InlineMessage(self.notes_edit),
            "homework": InlineMessage(self.homework_edit),
        }
        for name, message in self._cut_messages.items():
            message.setObjectName(f"{name}Message")
        self.place_edit.text_was_cut.connect(
            lambda: self._cut_messages["place"].set_message(self.place_edit.cut_message())
        )
        self.notes_edit.text_was_cut.connect(
            lambda: self._cut_messages["notes"].set_message(self.notes_edit.cut_message())
        )
        self.homework_edit.text_was_cut.connect(
            lambda: self._cut_messages["homework"].set_message(self.homework_edit.cut_message())
        )

        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        def add_row(key: str, field: QWidget, extra: QWidget | None = None) -> None:
            label = QLabel()
            label.setObjectName(f"{key}Label")
            label.setBuddy(field)
            self._labels[key] = label
            if extra is None:
                form.addRow(label, field)
                return
            box = QVBoxLayout()
            box.setContentsMargins(0, 0, 0, 0)
            box.addWidget(field)
            box.addWidget(extra)
            form.addRow(label, box)

        add_row("date", self.date_edit)
        add_row("duration", self.duration_spin)
        add_row("mode", self.mode_combo)
        add_row("place", self.place_edit, self._cut_messages["place"])
        form.addRow("", self.accessible_check)
        add_row("stages", self.stages_list)
        add_row("notes", self.notes_edit, self._cut_messages["notes"])
        add_row("homework", self.homework_edit, self._cut_messages["homework"])
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_date_check)
        next_row.addWidget(self.next_date_edit)
        next_row.addStretch(1)
        self._labels["next"] = next_label = QLabel()
        next_label.setObjectName("nextLabel")
        next_label.setBuddy(self.next_date_check)
        form.addRow(next_label, next_row)
        for field in (self.date_edit, self.next_date_edit, self.duration_spin):
            field.setMinimumWidth(field.fontMetrics().averageCharWidth() * 16)
            field.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        self.editor = QGroupBox()
        self.editor.setObjectName("meetingEditor")
        self.editor.setLayout(form)

        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._intro)
        layout.addLayout(list_row)
        layout.addWidget(self.editor, 100)
        layout.addStretch(1)  # keeps the page at the top while the editor is hidden

        # Visual order: table, its buttons, then the editor top to bottom.
        order = [
            self.table,
            self.add_button,
            self.remove_button,
            self.date_edit,
            self.duration_spin,
            self.mode_combo,
            self.place_edit,
            self.accessible_check,
            self.stages_list,
            self.notes_edit,
            self.homework_edit,
            self.next_date_check,
            self.next_date_edit,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    # --- the page protocol --------------------------------------------------------------------

    def title(self) -> str:
        """The page's name in the UI language."""
        return self.tr("Meetings")

    def load(self, record: BalanceRecord) -> None:
        """Show the meetings of ``record``, keeping the selection and what is being typed."""
        self._loading = True
        try:
            if record.meetings != self._meetings:
                self._meetings = record.meetings
                self._fill_table()
            self._load_editor()
        finally:
            self._loading = False

    def issues(self) -> list[Issue]:
        """Issues of the meeting log (the intro stage's rules about meetings)."""
        return [
            issue
            for issue in self.flow.stage_issues(self.draft.record, Stage.INTRO)
            if issue.field == "meetings" or issue.field.startswith("meetings.")
        ]

    def collect(self) -> None:
        """Nothing is held back: every field edits the draft at once."""

    def first_field(self) -> QWidget:
        """Where the keyboard focus goes when the page is entered."""
        return self.table if self._meetings else self.add_button

    def focus_issue(self, issue: Issue) -> bool:
        """Select the meeting an issue is about and focus its field; False when unknown."""
        if issue.entity_id is not None and find_item(self._meetings, issue.entity_id):
            self.select_meeting(issue.entity_id)
        fields: dict[str, QWidget] = {
            "meetings": self.add_button,
            "meetings.date": self.date_edit,
            "meetings.duration_min": self.duration_spin,
            "meetings.mode": self.mode_combo,
            "meetings.place": self.place_edit,
            "meetings.notes": self.notes_edit,
            "meetings.homework": self.homework_edit,
            "meetings.next_date": self.next_date_edit,
        }
        target = fields.get(issue.field)
        if target is None or not target.isEnabled():
            return False
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self._heading.setText(self.tr("Meetings"))
        self._intro.setText(
            self.tr(
                "Record every meeting with the participant: when and where it took place, "
                "what was done and the homework given."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Mode"), self.tr("Place")])
        self.table.setAccessibleName(self.tr("Meetings"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.add_button.setText(self.tr("&Add meeting"))
        self.add_button.setAccessibleName(self.tr("Add meeting"))
        self.add_button.setToolTip(self.tr("Add meeting (Ctrl+Shift+M)"))
        self.remove_button.setText(self.tr("&Remove meeting…"))
        self.remove_button.setAccessibleName(self.tr("Remove meeting"))
        self._empty_label.setText(
            self.tr("No meetings recorded yet. Add the first one with “Add meeting”.")
        )
        texts = {
            "date": self.tr("&Date"),
            "duration": self.tr("D&uration"),
            "mode": self.tr("M&ode"),
            "place": self.tr("&Place"),
            "stages": self.tr("&Stages covered"),
            "notes": self.tr("&Notes"),
            "homework": self.tr("&Homework"),
            "next": self.tr("Ne&xt meeting"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
        self.date_edit.setAccessibleName(strip_mnemonic(texts["date"]))
        self.duration_spin.setAccessibleName(self.tr("Duration in minutes"))
        self.next_date_edit.setAccessibleName(self.tr("Date of the next meeting"))
        for spin in (self.date_edit, self.duration_spin, self.next_date_edit):
            # The line edit inside a spin box is a focus target of its own for some tools.
            inner = spin.findChild(QLineEdit)
            if inner is not None:
                inner.setAccessibleName(spin.accessibleName())
        self.mode_combo.setAccessibleName(strip_mnemonic(texts["mode"]))
        self.place_edit.setAccessibleName(strip_mnemonic(texts["place"]))
        self.stages_list.setAccessibleName(strip_mnemonic(texts["stages"]))
        self.notes_edit.setAccessibleName(strip_mnemonic(texts["notes"]))
        self.homework_edit.setAccessibleName(strip_mnemonic(texts["homework"]))
        self.next_date_check.setText(self.tr("&Planned for"))
        self.next_date_check.setAccessibleName(self.tr("Next meeting planned"))
        self.accessible_check.setText(self.tr("&Accessible location (no barriers)"))
        self.accessible_check.setAccessibleName(self.tr("Accessible location"))
        self.duration_spin.setSpecialValueText(self.tr("not given"))
        self.duration_spin.setSuffix(self.tr(" min"))
        self.place_edit.setPlaceholderText(self.tr("e.g. Gmina library, reading room"))
        self.mode_combo.set_texts(mode_text)
        for row in range(self.stages_list.count()):
            item = self.stages_list.item(row)
            item.setText(enum_text(Stage(item.data(Qt.ItemDataRole.UserRole))))
        for edit in (self.date_edit, self.next_date_edit):
            edit.setDisplayFormat(_date_format())
        # Every stage visible without scrolling (rows have text only from here on).
        self.stages_list.setFixedHeight(
            self.stages_list.sizeHintForRow(0) * self.stages_list.count()
            + 2 * self.stages_list.frameWidth()
            + 4
        )
        self._fill_table()
        self._update_editor_title()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # --- operations ---------------------------------------------------------------------------

    @property
    def selected_meeting_id(self) -> UUID | None:
        """The meeting shown in the editor, if any."""
        return self._selected_id

    def select_meeting(self, meeting_id: UUID) -> None:
        """Select a meeting in the table (and show it in the editor)."""
        for row, meeting in enumerate(self._meetings):
            if meeting.id == meeting_id:
                self.table.selectRow(row)
                return

    def add_meeting(self) -> None:
        """Add a meeting dated today, select it and put the focus on its date."""
        meeting = Meeting(id=new_uuid7(), date=self._today())
        self.draft.edit(
            self.tr("Add a meeting"),
            lambda r: dataclasses.replace(r, meetings=add_item(r.meetings, meeting)),
        )
        self.select_meeting(meeting.id)
        self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_meeting(self, meeting_id: UUID | None = None) -> None:
        """Remove a meeting (the selected one by default) after asking."""
        meeting_id = meeting_id or self._selected_id
        meeting = find_item(self._meetings, meeting_id) if meeting_id else None
        if meeting is None:
            return
        if not dialogs.confirm(
            self,
            self.tr("Remove meeting"),
            self.tr("Remove the meeting of {date} from the log?").format(
                date=date_text(meeting.date)
            ),
            yes_text=self.tr("Remove meeting"),
            no_text=self.tr("Keep it"),
        ):
            return
        row = self._meetings.index(meeting)
        self.draft.edit(
            self.tr("Remove a meeting"),
            lambda r: dataclasses.replace(r, meetings=remove_item(r.meetings, meeting.id)),
        )
        if self._meetings:
            self.table.selectRow(min(row, len(self._meetings) - 1))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- internals: showing -------------------------------------------------------------------

    def _fill_table(self) -> None:
        was_loading, self._loading = self._loading, True
        try:
            self.table.setRowCount(len(self._meetings))
            for row, meeting in enumerate(self._meetings):
                cells = (date_text(meeting.date), mode_text(meeting.mode), meeting.place)
                for column, text in enumerate(cells):
                    item = self.table.item(row, column)
                    if item is None:
                        item = QTableWidgetItem()
                        self.table.setItem(row, column, item)
                    if item.text() != text:
                        item.setText(text)
            ids = [m.id for m in self._meetings]
            if self._selected_id not in ids:
                # Removed (or undone): keep a meeting selected so the editor stays useful.
                self._selected_id = ids[-1] if ids else None
            selected_row = ids.index(self._selected_id) if self._selected_id in ids else -1
            if selected_row >= 0 and self.table.currentRow() != selected_row:
                self.table.selectRow(selected_row)
            elif selected_row < 0:
                self.table.clearSelection()
        finally:
            self._loading = was_loading
        has_meetings = bool(self._meetings)
        self._empty_label.setVisible(not has_meetings)
        self.table.setVisible(has_meetings)
        self.editor.setVisible(has_meetings)
        self.remove_button.setEnabled(has_meetings)

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self._loading:
            return
        row = rows[0].row()
        if 0 <= row < len(self._meetings) and self._meetings[row].id != self._selected_id:
            self._selected_id = self._meetings[row].id
            self._loading = True
            try:
                self._load_editor()
            finally:
                self._loading = False

    def _selected(self) -> Meeting | None:
        return find_item(self._meetings, self._selected_id) if self._selected_id else None

    def _load_editor(self) -> None:
        meeting = self._selected()
        if meeting is None:
            return
        if meeting.id != self._editor_id:
            # Another meeting: notes about cut text belong to the previous one.
            self._editor_id = meeting.id
            self.place_edit.reset_cut()
            self.notes_edit.reset_cut()
            self.homework_edit.reset_cut()
            for message in self._cut_messages.values():
                message.set_message("")
        if self.date_edit.date() != _qdate(meeting.date):
            self.date_edit.setDate(_qdate(meeting.date))
        duration = meeting.duration_min or 0
        if self.duration_spin.value() != duration:
            self.duration_spin.setValue(duration)
        if self.mode_combo.current_value() is not meeting.mode:
            self.mode_combo.select_value(meeting.mode)
        if self.place_edit.text() != meeting.place:
            self.place_edit.setText(meeting.place)
        if self.accessible_check.isChecked() != meeting.accessible_location:
            self.accessible_check.setChecked(meeting.accessible_location)
        for row in range(self.stages_list.count()):
            item = self.stages_list.item(row)
            stage = Stage(item.data(Qt.ItemDataRole.UserRole))
            state = Qt.CheckState.Checked if stage in meeting.stages else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)
        self.notes_edit.set_text(meeting.notes)
        self.homework_edit.set_text(meeting.homework)
        planned = meeting.next_date is not None
        if self.next_date_check.isChecked() != planned:
            self.next_date_check.setChecked(planned)
        self.next_date_edit.setEnabled(planned)
        next_date = meeting.next_date or meeting.date + dt.timedelta(days=7)
        if self.next_date_edit.date() != _qdate(next_date):
            self.next_date_edit.setDate(_qdate(next_date))
        self._update_editor_title()

    def _update_editor_title(self) -> None:
        meeting = self._selected()
        self.editor.setTitle(
            self.tr("Meeting of {date}").format(date=date_text(meeting.date)) if meeting else ""
        )

    # --- internals: editing -------------------------------------------------------------------

    def _edit_meeting(self, text: str, field: str, change: Callable[[Meeting], Meeting]) -> None:
        meeting_id = self._selected_id
        if self._loading or meeting_id is None:
            return
        self.draft.edit(
            text,
            lambda r: dataclasses.replace(r, meetings=update_item(r.meetings, meeting_id, change)),
            merge_key=f"meeting:{meeting_id}:{field}",
        )

    def _date_changed(self, value: QDate) -> None:
        day = _pydate(value)
        self._edit_meeting(
            self.tr("Change the meeting date"),
            "date",
            lambda m: dataclasses.replace(m, date=day),
        )
        self._update_editor_title()

    def _duration_changed(self, value: int) -> None:
        minutes = value or None  # 0 is the "not given" position of the spin box
        self._edit_meeting(
            self.tr("Change the duration"),
            "duration",
            lambda m: dataclasses.replace(m, duration_min=minutes),
        )

    def _mode_changed(self, _index: int) -> None:
        mode = self.mode_combo.current_value()
        if mode is None:
            return
        self._edit_meeting(
            self.tr("Change the meeting mode"), "mode", lambda m: dataclasses.replace(m, mode=mode)
        )

    def _place_edited(self, text: str) -> None:
        if not self.place_edit.was_cut:
            self._cut_messages["place"].set_message("")
        self._edit_meeting(
            self.tr("Edit the place"), "place", lambda m: dataclasses.replace(m, place=text)
        )

    def _accessible_toggled(self, checked: bool) -> None:
        self._edit_meeting(
            self.tr("Change the accessible location"),
            "accessible",
            lambda m: dataclasses.replace(m, accessible_location=checked),
        )

    def _stages_changed(self, _item: QListWidgetItem) -> None:
        stages = tuple(
            Stage(item.data(Qt.ItemDataRole.UserRole))
            for item in (self.stages_list.item(row) for row in range(self.stages_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )
        self._edit_meeting(
            self.tr("Change the stages covered"),
            "stages",
            lambda m: dataclasses.replace(m, stages=stages),
        )

    def _notes_edited(self, text: str) -> None:
        if not self.notes_edit.was_cut:
            self._cut_messages["notes"].set_message("")
        self._edit_meeting(
            self.tr("Edit the notes"), "notes", lambda m: dataclasses.replace(m, notes=text)
        )

    def _homework_edited(self, text: str) -> None:
        if not self.homework_edit.was_cut:
            self._cut_messages["homework"].set_message("")
        self._edit_meeting(
            self.tr("Edit the homework"),
            "homework",
            lambda m: dataclasses.replace(m, homework=text),
        )

    def _next_date_toggled(self, checked: bool) -> None:
        self.next_date_edit.setEnabled(checked)
        day = _pydate(self.next_date_edit.date()) if checked else None
        self._edit_meeting(
            self.tr("Change the next meeting"),
            "next",
            lambda m: dataclasses.replace(m, next_date=day),
        )

    def _next_date_changed(self, value: QDate) -> None:
        if not self.next_date_check.isChecked():
            return
        day = _pydate(value)
        self._edit_meeting(
            self.tr("Change the next meeting"),
            "next",
            lambda m: dataclasses.replace(m, next_date=day),
        )
