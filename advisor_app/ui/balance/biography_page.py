"""The biographical interview (MBK 2.2, DOMAIN.md §2.3): the timeline of the person's experiences.

On the left the timeline, sorted by date and filtered by life area; in the middle the editor of
the selected experience; on the right the prompts for its life area. Every keystroke is an edit
of the draft (autosaved, undoable); what the advisor types is kept even when it is wrong (an end
before the start is stored and flagged) and never replaced while it is being typed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisor_app.catalogue.interview import InterviewPrompts, default_interview_prompts
from advisor_app.domain.editing import find_item, remove_experience, update_item
from advisor_app.domain.entities import AbroadInfo, BalanceRecord, Experience
from advisor_app.domain.enums import (
    ExperienceSource,
    Intensity,
    LifeArea,
    Recognition,
    Stage,
    Translation,
)
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.issues import Issue, Severity
from advisor_app.domain.partial_date import PartialDate
from advisor_app.domain.text_limits import EXPERIENCE_TITLE_MAX
from advisor_app.services.clock import new_uuid7
from advisor_app.ui import dialogs
from advisor_app.ui.balance.draft import BalanceDraft
from advisor_app.ui.balance.partial_date_edit import PartialDateEdit, format_partial_date
from advisor_app.ui.balance.prompt_panel import PromptPanel
from advisor_app.ui.balance.stage_page import StagePage
from advisor_app.ui.balance.text_fields import (
    BoundedTextEdit,
    FieldNote,
    LinesEdit,
    lines_of,
    muted_color,
    notes_by_field,
)
from advisor_app.ui.balance.two_line_delegate import (
    ATTENTION_ROLE,
    SECOND_LINE_ROLE,
    TwoLineDelegate,
)
from advisor_app.ui.enum_text import enum_text
from advisor_app.ui.issue_text import issue_text, message_text
from advisor_app.ui.participant_form import format_date, parse_date
from advisor_app.ui.widgets import (
    BoundedLineEdit,
    ChoiceCombo,
    InlineMessage,
    error_color,
    strip_mnemonic,
)

__all__ = [
    "ADD_EXPERIENCE_SHORTCUT",
    "COMMON_COUNTRIES",
    "BiographyPage",
    "abroad_status_text",
    "country_name",
    "recognition_confirmed",
    "timeline_dates",
    "timeline_order",
]

# Opens the menu of life areas to add an experience.
ADD_EXPERIENCE_SHORTCUT = "Ctrl+Shift+N"

_CONTEXT = "BiographyPage"

# Fields without a label of their own (checkboxes), reachable through BiographyPage.field().
_EXTRA_FIELDS = frozenset({"approximate", "ongoing", "deepen", "abroad"})


def _tr(text: str) -> str:
    # Only for texts held in tables (marked with QT_TRANSLATE_NOOP); lupdate reads literal
    # QCoreApplication.translate("BiographyPage", …) calls, not calls of this helper.
    return QCoreApplication.translate(_CONTEXT, text)


# Countries participants most often bring education or work experience from (ISO 3166 alpha-2),
# in the order offered; any other two-letter code can be typed. English names are the lupdate
# sources, translated when shown.
_COUNTRIES: dict[str, object] = {
    "UA": QT_TRANSLATE_NOOP("BiographyPage", "Ukraine"),
    "DE": QT_TRANSLATE_NOOP("BiographyPage", "Germany"),
    "GB": QT_TRANSLATE_NOOP("BiographyPage", "United Kingdom"),
    "NL": QT_TRANSLATE_NOOP("BiographyPage", "Netherlands"),
    "IE": QT_TRANSLATE_NOOP("BiographyPage", "Ireland"),
    "NO": QT_TRANSLATE_NOOP("BiographyPage", "Norway"),
    "IT": QT_TRANSLATE_NOOP("BiographyPage", "Italy"),
    "FR": QT_TRANSLATE_NOOP("BiographyPage", "France"),
    "CZ": QT_TRANSLATE_NOOP("BiographyPage", "Czechia"),
    "SK": QT_TRANSLATE_NOOP("BiographyPage", "Slovakia"),
    "BY": QT_TRANSLATE_NOOP("BiographyPage", "Belarus"),
    "AT": QT_TRANSLATE_NOOP("BiographyPage", "Austria"),
    "BE": QT_TRANSLATE_NOOP("BiographyPage", "Belgium"),
    "SE": QT_TRANSLATE_NOOP("BiographyPage", "Sweden"),
    "DK": QT_TRANSLATE_NOOP("BiographyPage", "Denmark"),
    "ES": QT_TRANSLATE_NOOP("BiographyPage", "Spain"),
    "LT": QT_TRANSLATE_NOOP("BiographyPage", "Lithuania"),
    "US": QT_TRANSLATE_NOOP("BiographyPage", "United States"),
}
# Country codes offered in the country box, in menu order.
COMMON_COUNTRIES: tuple[str, ...] = tuple(_COUNTRIES)


def country_name(code: str) -> str:
    """The translated name of a country offered in the box ("" for other codes)."""
    source = _COUNTRIES.get(code)
    return _tr(str(source)) if source is not None else ""


_CODE_AT_START = re.compile(r"^\s*([A-Za-z]{2})(?:\s|$|[–—-])")


# --- pure display helpers ---------------------------------------------------------------------


def timeline_order(experiences: tuple[Experience, ...]) -> list[Experience]:
    """Experiences in timeline order: by start date, undated ones at the end (stable)."""

    def key(experience: Experience) -> tuple[bool, tuple[int, int, int]]:
        start = experience.start
        return (start is None, start.sort_key if start is not None else (0, 0, 0))

    return sorted(experiences, key=key)


def timeline_dates(experience: Experience) -> str:
    """The dates as the timeline shows them: "03.1997 – 2010", "since 2010 – now", "approx. 1998".

    Ongoing items read "since … – now"; undated items "no date" (they sort last). "approx."
    is said once, in front, for the whole range.
    """
    start = format_partial_date(experience.start)
    end = format_partial_date(experience.end)
    if experience.ongoing:
        text = (
            QCoreApplication.translate("BiographyPage", "since {start} – now").format(start=start)
            if start
            else QCoreApplication.translate("BiographyPage", "until now")
        )
    elif start and end:
        text = f"{start} – {end}"
    elif start:
        text = start
    elif end:
        text = QCoreApplication.translate("BiographyPage", "until {end}").format(end=end)
    else:
        return QCoreApplication.translate("BiographyPage", "no date")
    return (
        QCoreApplication.translate("BiographyPage", "approx. {date}").format(date=text)
        if experience.approximate
        else text
    )


def recognition_confirmed(abroad: AbroadInfo) -> bool:
    """Tell whether a "recognised" status has the authority and the date that confirm it."""
    return (
        bool((abroad.recognition_authority or "").strip()) and abroad.recognition_date is not None
    )


def abroad_status_text(abroad: AbroadInfo) -> str:
    """Country and recognition in a few words; never "recognised" without authority and date."""
    country = abroad.country.strip() or "?"
    if abroad.recognition is Recognition.RECOGNISED:
        status = (
            QCoreApplication.translate("BiographyPage", "recognised")
            if recognition_confirmed(abroad)
            else QCoreApplication.translate("BiographyPage", "recognition unconfirmed")
        )
    else:
        status = enum_text(abroad.recognition)
    return f"{country} – {status}"


def _country_code(text: str) -> str:
    """The code typed or chosen in the country box ("ua", "UA – Ukraine", "Ukraina" → "UA")."""
    text = text.strip()
    if match := _CODE_AT_START.match(text):
        return match[1].upper()
    for code, source in _COUNTRIES.items():
        if text.casefold() in (country_name(code).casefold(), str(source).casefold()):
            return code
    # Not a code we can read: keep what was typed; the domain flags it (country_invalid).
    return text


# --- the page ---------------------------------------------------------------------------------


class BiographyPage(StagePage):
    """The biographical interview: timeline of experiences, editor, prompts.

    Args:
        draft: The open balance.
        flow: Decides the stage's issues.
        parent: Parent widget.
        prompts: Interview prompts (the shipped ones when None).
    """

    STAGE = Stage.BIOGRAPHY

    def __init__(
        self,
        draft: BalanceDraft,
        flow: InterviewFlow,
        parent: QWidget | None = None,
        *,
        prompts: InterviewPrompts | None = None,
    ) -> None:
        """Build the page and show the draft's record."""
        super().__init__(draft, flow, parent)
        self._prompts = prompts or default_interview_prompts()
        self._current_id: UUID | None = None
        self._visible_ids: list[UUID] = []
        self._loading = False
        # An "abroad" block switched off is remembered, so switching it on again restores it.
        self._abroad_memory: dict[UUID, AbroadInfo] = {}
        self._recognition_date_shown: dt.date | None = None
        self._labels: dict[str, QLabel] = {}
        self._notes: dict[str, FieldNote] = {}
        self._rows: dict[str, int] = {}
        self._build()
        self.retranslateUi()
        self.load(draft.record)

    # --- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.setObjectName("biographySplitter")
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self._build_timeline())
        self._splitter.addWidget(self._build_editor())
        self._splitter.setStretchFactor(0, 1)
        self._splitter.setStretchFactor(1, 1)
        self._sized = False
        outer.addWidget(self._splitter, 1)
        self.prompt_panel = PromptPanel()
        outer.addWidget(self.prompt_panel)
        self._set_tab_order()

    def _build_timeline(self) -> QWidget:
        pane = QWidget()
        pane.setObjectName("timelinePane")
        box = QVBoxLayout(pane)
        box.setContentsMargins(0, 0, 0, 0)
        self._timeline_heading = QLabel()
        self._timeline_heading.setObjectName("timelineHeading")
        font = self._timeline_heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self._timeline_heading.setFont(font)
        box.addWidget(self._timeline_heading)

        filter_row = QHBoxLayout()
        self._filter_label = QLabel()
        self._filter_label.setObjectName("areaFilterLabel")
        self._area_filter = ChoiceCombo()
        self._area_filter.setObjectName("areaFilter")
        self._area_filter.set_choices([None, *LifeArea])
        self._area_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._area_filter.currentIndexChanged.connect(self._on_filter_changed)
        self._filter_label.setBuddy(self._area_filter)
        filter_row.addWidget(self._filter_label)
        filter_row.addWidget(self._area_filter)
        filter_row.addStretch(1)
        box.addLayout(filter_row)

        self._empty_label = QLabel()
        self._empty_label.setObjectName("timelineEmpty")
        self._empty_label.setWordWrap(True)
        box.addWidget(self._empty_label)

        self._timeline = QTreeWidget()
        self._timeline.setObjectName("experienceTimeline")
        self._timeline.setColumnCount(2)
        self._timeline.setRootIsDecorated(False)
        self._timeline.setUniformRowHeights(True)
        self._timeline.setAlternatingRowColors(True)
        self._timeline.setAllColumnsShowFocus(True)
        self._timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._timeline.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self._timeline.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._timeline.setItemDelegateForColumn(1, TwoLineDelegate(self._timeline))
        self._timeline.currentItemChanged.connect(self._on_current_item_changed)
        box.addWidget(self._timeline, 1)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self._timeline)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_current_experience)

        buttons = QHBoxLayout()
        self._add_button = QPushButton()
        self._add_button.setObjectName("addExperienceButton")
        self._add_menu = QMenu(self)
        self._add_menu.setObjectName("addExperienceMenu")
        self._add_actions: dict[LifeArea, QAction] = {}
        for area in LifeArea:
            action = self._add_menu.addAction("")
            action.setObjectName(f"addExperience_{area.value}")
            action.triggered.connect(lambda _checked=False, area=area: self.add_experience(area))
            self._add_actions[area] = action
        # popup(), not a button menu: QPushButton.setMenu() opens it with a blocking exec().
        self._add_button.clicked.connect(self._show_add_menu)
        add_shortcut = QShortcut(QKeySequence(ADD_EXPERIENCE_SHORTCUT), self)
        add_shortcut.activated.connect(self._show_add_menu)
        self._remove_button = QPushButton()
        self._remove_button.setObjectName("removeExperienceButton")
        self._remove_button.clicked.connect(self.remove_current_experience)
        buttons.addWidget(self._add_button)
        buttons.addWidget(self._remove_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        return pane

    def _build_editor(self) -> QWidget:
        self._scroll = QScrollArea()
        self._scroll.setObjectName("experienceEditorScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take the focus
        self._scroll.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        holder = QWidget()
        holder.setObjectName("experienceEditorHolder")
        holder_box = QVBoxLayout(holder)
        holder_box.setContentsMargins(12, 0, 12, 12)
        self._no_selection = QLabel()
        self._no_selection.setObjectName("noExperienceSelected")
        self._no_selection.setWordWrap(True)
        holder_box.addWidget(self._no_selection)

        self._editor = QWidget()
        self._editor.setObjectName("experienceEditor")
        form = QFormLayout(self._editor)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Narrow windows and 150 % scaling put labels above their fields instead of clipping.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._form = form
        holder_box.addWidget(self._editor)
        holder_box.addStretch(1)
        self._scroll.setWidget(holder)

        self._editor_heading = self._heading("experienceHeading")
        self._area = ChoiceCombo()
        self._area.setObjectName("experienceArea")
        self._area.set_choices(list(LifeArea))
        self._area.activated.connect(
            lambda _i: self._edit(
                "area", lambda e: dataclasses.replace(e, area=self._area.current_value())
            )
        )
        self._title = self._line("title", "experienceTitle", EXPERIENCE_TITLE_MAX)
        self._organisation = self._line("organisation", "experienceOrganisation")
        self._role = self._line("role", "experienceRole")
        for key, field in (
            ("area", self._area),
            ("title", self._title),
            ("organisation", self._organisation),
            ("role", self._role),
        ):
            self._row(key, field)

        self._dates_heading = self._heading("datesHeading")
        self._start = PartialDateEdit("experienceStart")
        self._start.date_was_edited.connect(self._on_start_edited)
        self._approximate = QCheckBox()
        self._approximate.setObjectName("experienceApproximate")
        self._approximate.clicked.connect(
            lambda on: self._edit("approximate", lambda e: dataclasses.replace(e, approximate=on))
        )
        self._start.add_below(self._approximate)
        self._end = PartialDateEdit("experienceEnd")
        self._end.date_was_edited.connect(
            lambda value: self._edit("end", lambda e: dataclasses.replace(e, end=value))
        )
        self._ongoing = QCheckBox()
        self._ongoing.setObjectName("experienceOngoing")
        self._ongoing.clicked.connect(self._on_ongoing_clicked)
        self._end.add_below(self._ongoing)
        self._intensity = ChoiceCombo()
        self._intensity.setObjectName("experienceIntensity")
        self._intensity.set_choices([None, *Intensity])
        self._intensity.activated.connect(
            lambda _i: self._edit(
                "intensity",
                lambda e: dataclasses.replace(e, intensity=self._intensity.current_value()),
            )
        )
        self._row("start", self._start, buddy=self._start.line_edit)
        self._row("end", self._end, buddy=self._end.line_edit)
        self._row("intensity", self._intensity)

        self._content_heading = self._heading("contentHeading")
        self._activities = self._lines("activities", "experienceActivities", 4)
        self._achievements = self._text("achievements", "experienceAchievements", 3)
        self._learned = self._text("learned", "experienceLearned", 3)
        self._documents = self._lines("documents_mentioned", "experienceDocuments", 2)
        self._deepen = QCheckBox()
        self._deepen.setObjectName("experienceDeepen")
        self._deepen.clicked.connect(
            lambda on: self._edit("deepen", lambda e: dataclasses.replace(e, deepen=on))
        )
        self._source = ChoiceCombo()
        self._source.setObjectName("experienceSource")
        self._source.set_choices(list(ExperienceSource))
        self._source.activated.connect(
            lambda _i: self._edit(
                "source", lambda e: dataclasses.replace(e, source=self._source.current_value())
            )
        )
        text_rows: tuple[tuple[str, QWidget], ...] = (
            ("activities", self._activities),
            ("achievements", self._achievements),
            ("learned", self._learned),
            ("documents_mentioned", self._documents),
        )
        for key, widget in text_rows:
            self._row(key, widget)
        self._row("deepen", self._deepen, label=False)
        self._row("source", self._source)

        self._abroad_heading = self._heading("abroadHeading")
        self._abroad_enabled = QCheckBox()
        self._abroad_enabled.setObjectName("abroadEnabled")
        self._abroad_enabled.clicked.connect(self._on_abroad_toggled)
        self._row("abroad", self._abroad_enabled, label=False)
        self._country = QComboBox()
        self._country.setObjectName("abroadCountry")
        self._country.setEditable(True)
        # No completer: inline completion would rewrite "U" into "UA – …" under the cursor.
        self._country.setCompleter(None)  # type: ignore[arg-type]  # None removes it (Qt docs)
        self._country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        country_text = self._country.lineEdit()
        assert country_text is not None
        self._country_text = country_text
        country_text.setMaxLength(60)
        country_text.setObjectName("abroadCountryText")
        for _code in COMMON_COUNTRIES:
            self._country.addItem("")
        self._country_text.textEdited.connect(self._on_country_edited)
        self._country.activated.connect(
            lambda _i: self._on_country_edited(self._country.currentText())
        )
        self._original_name = self._line("abroad.original_name", "abroadOriginalName")
        self._translation = ChoiceCombo()
        self._translation.setObjectName("abroadTranslation")
        self._translation.set_choices(list(Translation))
        self._translation.activated.connect(
            lambda _i: self._edit_abroad(
                "translation",
                lambda a: dataclasses.replace(a, translation=self._translation.current_value()),
            )
        )
        self._recognition = ChoiceCombo()
        self._recognition.setObjectName("abroadRecognition")
        self._recognition.set_choices(list(Recognition))
        self._recognition.activated.connect(
            lambda _i: self._edit_abroad(
                "recognition",
                lambda a: dataclasses.replace(a, recognition=self._recognition.current_value()),
            )
        )
        self._authority = self._line("abroad.recognition_authority", "abroadAuthority")
        self._recognition_date = BoundedLineEdit(20)
        self._recognition_date.setObjectName("abroadRecognitionDate")
        self._recognition_date.textEdited.connect(self._on_recognition_date_edited)
        self._recognition_date_message = InlineMessage(self._recognition_date)
        self._recognition_date_message.setObjectName("abroadRecognitionDateMessage")
        date_cell = QWidget()
        date_box = QVBoxLayout(date_cell)
        date_box.setContentsMargins(0, 0, 0, 0)
        date_box.setSpacing(2)
        date_box.addWidget(self._recognition_date)
        date_box.addWidget(self._recognition_date_message)
        width = self._recognition_date.fontMetrics().horizontalAdvance("00.00.00000") + 24
        self._recognition_date.setFixedWidth(width)
        self._recognition_status = QLabel()
        self._recognition_status.setObjectName("abroadStatus")
        self._recognition_status.setWordWrap(True)
        abroad_rows: tuple[tuple[str, QWidget], ...] = (
            ("abroad.country", self._country),
            ("abroad.original_name", self._original_name),
            ("abroad.translation", self._translation),
            ("abroad.recognition", self._recognition),
        )
        for key, widget in abroad_rows:
            self._row(key, widget)
        # Right under the choice: what the choice amounts to ("unconfirmed" until complete).
        self._row("abroad.status", self._recognition_status, label=False, note=False)
        self._row("abroad.recognition_authority", self._authority)
        self._row("abroad.recognition_date", date_cell, buddy=self._recognition_date)
        return self._scroll

    def _heading(self, name: str) -> QLabel:
        heading = QLabel()
        heading.setObjectName(name)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        if self._form.rowCount():
            heading.setContentsMargins(0, 12, 0, 0)
        self._form.addRow(heading)
        return heading

    def _line(self, key: str, name: str, max_length: int | None = None) -> BoundedLineEdit:
        field = BoundedLineEdit() if max_length is None else BoundedLineEdit(max_length)
        field.setObjectName(name)
        field.text_was_cut.connect(self._refresh_notes)
        if key.startswith("abroad."):
            attribute = key.removeprefix("abroad.")
            field.textEdited.connect(
                lambda text, attribute=attribute: self._edit_abroad(
                    attribute,
                    lambda a: _with(a, attribute, _optional(attribute, text)),
                )
            )
        else:
            field.textEdited.connect(
                lambda text, key=key: self._edit(key, lambda e: _with(e, key, text))
            )
        return field

    def _text(self, key: str, name: str, lines: int) -> BoundedTextEdit:
        field = BoundedTextEdit(visible_lines=lines)
        field.setObjectName(name)
        field.text_was_cut.connect(self._refresh_notes)
        field.text_was_edited.connect(
            lambda text, key=key: self._edit(key, lambda e: _with(e, key, text))
        )
        return field

    def _lines(self, key: str, name: str, lines: int) -> LinesEdit:
        field = LinesEdit(visible_lines=lines)
        field.setObjectName(name)
        field.text_was_cut.connect(self._refresh_notes)
        field.text_was_edited.connect(
            lambda text, key=key: self._edit(key, lambda e: _with(e, key, lines_of(text)))
        )
        return field

    def _row(
        self,
        key: str,
        field: QWidget,
        *,
        buddy: QWidget | None = None,
        label: bool = True,
        note: bool = True,
    ) -> None:
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field)
        if note:
            self._notes[key] = FieldNote(buddy or field)
            self._notes[key].setObjectName(_object_name(key) + "Note")
            box.addWidget(self._notes[key])
        self._rows[key] = self._form.rowCount()
        if not label:
            # No label at all (not an empty one), so a narrow form does not wrap a blank line
            # above a checkbox.
            self._form.addRow("", cell)
            return
        caption = QLabel()
        caption.setObjectName(_object_name(key) + "Label")
        caption.setBuddy(buddy or field)
        self._labels[key] = caption
        self._form.addRow(caption, cell)

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self._area_filter,
            self._timeline,
            self._add_button,
            self._remove_button,
            self._area,
            self._title,
            self._organisation,
            self._role,
            self._start.line_edit,
            self._approximate,
            self._end.line_edit,
            self._ongoing,
            self._intensity,
            self._activities,
            self._achievements,
            self._learned,
            self._documents,
            self._deepen,
            self._source,
            self._abroad_enabled,
            self._country,
            self._original_name,
            self._translation,
            self._recognition,
            self._authority,
            self._recognition_date,
            self.prompt_panel.toggle_button,
            self.prompt_panel.prompt_list,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event: QShowEvent) -> None:
        """Share the width between timeline and editor the first time the page is shown."""
        super().showEvent(event)
        if not self._sized:
            # The splitter would otherwise follow the size hints, and the timeline's columns
            # ask for all the room there is.
            self._sized = True
            total = self._splitter.width()
            timeline = total // 2
            self._splitter.setSizes([timeline, total - timeline])

    # --- translation ----------------------------------------------------------------------

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self._timeline_heading.setText(self.tr("Timeline of experiences"))
        self._filter_label.setText(self.tr("&Show"))
        self._area_filter.setAccessibleName(self.tr("Show life area"))
        all_areas = self.tr("All life areas")
        self._area_filter.set_texts(lambda area: enum_text(area) if area else all_areas)
        self._empty_label.setText(
            self.tr(
                "No experiences yet. Add the first one with “Add experience” ({shortcut}): "
                "school, courses, work, the farm, family care, voluntary work, hobbies…"
            ).format(shortcut=_native(ADD_EXPERIENCE_SHORTCUT))
        )
        self._timeline.setHeaderLabels([self.tr("When"), self.tr("Experience")])
        self._timeline.setAccessibleName(self.tr("Timeline of experiences"))
        self._add_button.setText(self.tr("&Add experience…"))
        self._add_button.setAccessibleName(self.tr("Add experience"))
        self._add_button.setToolTip(
            self.tr("Choose the life area of the new experience ({shortcut})").format(
                shortcut=_native(ADD_EXPERIENCE_SHORTCUT)
            )
        )
        for area, action in self._add_actions.items():
            action.setText(enum_text(area))
        self._remove_button.setText(self.tr("&Remove…"))
        self._remove_button.setAccessibleName(self.tr("Remove the selected experience"))
        self._remove_button.setToolTip(self.tr("Remove the selected experience (Delete)"))
        self._no_selection.setText(
            self.tr("Select an experience on the timeline, or add a new one.")
        )
        self._editor_heading.setText(self.tr("Experience"))
        self._dates_heading.setText(self.tr("When"))
        self._content_heading.setText(self.tr("What the person did and learned"))
        self._abroad_heading.setText(self.tr("Abroad"))
        labels = {
            "area": self.tr("&Life area"),
            "title": self.tr("&Title"),
            "organisation": self.tr("&Place or organisation"),
            "role": self.tr("Rol&e or position"),
            "start": self.tr("&From"),
            "end": self.tr("T&o"),
            "intensity": self.tr("&Intensity"),
            "activities": self.tr("Acti&vities"),
            "achievements": self.tr("Ac&hievements"),
            "learned": self.tr("&What they learned"),
            "documents_mentioned": self.tr("&Documents mentioned"),
            "source": self.tr("Sour&ce"),
            "abroad.country": self.tr("Co&untry"),
            "abroad.original_name": self.tr("Original na&me"),
            "abroad.translation": self.tr("Translation"),
            "abroad.recognition": self.tr("Recognition in Poland"),
            "abroad.recognition_authority": self.tr("Recognised b&y"),
            "abroad.recognition_date": self.tr("Recognition date"),
        }
        for key, text in labels.items():
            self._labels[key].setText(text)
            buddy = self._labels[key].buddy()
            assert buddy is not None
            buddy.setAccessibleName(strip_mnemonic(text))
        self._country_text.setAccessibleName(strip_mnemonic(labels["abroad.country"]))
        self._title.setPlaceholderText(self.tr("e.g. Shop assistant in the village grocery"))
        self._organisation.setPlaceholderText(self.tr("May be general, e.g. “a shop in the gmina”"))
        self._approximate.setText(self.tr("Appro&ximate (approx.)"))
        self._approximate.setToolTip(self.tr("The person does not remember the dates exactly"))
        self._ongoing.setText(self.tr("Ongoin&g (until now)"))
        self._ongoing.setToolTip(self.tr("The experience continues today; no end date"))
        self._deepen.setText(self.tr("Deepen in the &behavioural interview"))
        self._abroad_enabled.setText(self.tr("Experience abroad or foreig&n education"))
        for box in (self._approximate, self._ongoing, self._deepen, self._abroad_enabled):
            box.setAccessibleName(strip_mnemonic(box.text()))
        self._activities.setPlaceholderText(
            self.tr(
                "One per line: what the person actually did, e.g. “served customers at the till”"
            )
        )
        self._documents.setPlaceholderText(
            self.tr("One per line, e.g. “certificate of the forklift course”")
        )
        self._original_name.setPlaceholderText(self.tr("As written in the document, any script"))
        self._recognition_date.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self._country_text.setPlaceholderText(self.tr("e.g. UA"))
        self._country.setToolTip(self.tr("Two-letter country code; choose or type, e.g. UA"))
        for index, code in enumerate(COMMON_COUNTRIES):
            self._country.setItemText(index, f"{code} – {country_name(code)}")
        not_given = self.tr("Not given")
        self._intensity.set_texts(lambda value: enum_text(value) if value else not_given)
        for combo in (self._area, self._source, self._translation):
            combo.set_texts(enum_text)
        # Choosing "recognised" is not yet a confirmed recognition: the item says what it needs.
        needs = self.tr("Recognised (to be confirmed)")
        self._recognition.set_texts(
            lambda value: needs if value is Recognition.RECOGNISED else enum_text(value)
        )
        if not self._loading:
            self._refresh_all(self.draft.record, force=False)

    # --- load -----------------------------------------------------------------------------

    def load(self, record: BalanceRecord) -> None:
        """Show ``record``, keeping the selection and what is being typed."""
        self._refresh_all(record, force=False)

    def _refresh_all(self, record: BalanceRecord, *, force: bool) -> None:
        self._loading = True
        try:
            ids = [e.id for e in record.experiences]
            if self._current_id is not None and self._current_id not in ids:
                self._current_id = self._neighbour_of(self._current_id, ids)
                force = True
            if self._current_id is None:
                # An empty editor beside a full timeline is a wasted screen: show the first.
                visible = self._visible(record)
                if visible:
                    self._current_id = visible[0].id
                    force = True
            self._refresh_timeline(record)
            self._refresh_editor(record, force=force)
            self._refresh_notes()
            self._refresh_prompts()
        finally:
            self._loading = False

    def _neighbour_of(self, gone: UUID, ids: list[UUID]) -> UUID | None:
        # After a removal (or undoing an add) select what stood next to it on the timeline.
        if gone not in self._visible_ids:
            return None
        index = self._visible_ids.index(gone)
        candidates = self._visible_ids[index + 1 :] + self._visible_ids[:index][::-1]
        return next((i for i in candidates if i in ids), None)

    def _visible(self, record: BalanceRecord) -> list[Experience]:
        area = self._area_filter.current_value()
        ordered = timeline_order(record.experiences)
        return [e for e in ordered if area is None or e.area is area]

    def _refresh_timeline(self, record: BalanceRecord) -> None:
        visible = self._visible(record)
        issues = self._issues_by_experience()
        ids = [e.id for e in visible]
        tree = self._timeline
        tree.blockSignals(True)
        try:
            if ids != self._visible_ids or tree.topLevelItemCount() != len(ids):
                scroll = tree.verticalScrollBar().value()
                tree.clear()
                for experience in visible:
                    item = QTreeWidgetItem()
                    item.setData(0, Qt.ItemDataRole.UserRole, str(experience.id))
                    tree.addTopLevelItem(item)
                tree.verticalScrollBar().setValue(scroll)
            for index, experience in enumerate(visible):
                row = tree.topLevelItem(index)
                assert row is not None
                self._fill_item(row, experience, issues.get(experience.id))
            self._visible_ids = ids
            current = None
            if self._current_id in ids:
                current = tree.topLevelItem(ids.index(self._current_id))
            if current is None:
                tree.clearSelection()
                tree.setCurrentIndex(QModelIndex())
            elif tree.currentItem() is not current:
                tree.setCurrentItem(current)
                current.setSelected(True)
        finally:
            tree.blockSignals(False)
        self._empty_label.setVisible(not record.experiences)
        self._remove_button.setEnabled(self._current_id is not None)

    def _fill_item(
        self, item: QTreeWidgetItem, experience: Experience, issues: list[Issue] | None
    ) -> None:
        title = experience.title.strip() or self.tr("(untitled)")
        notes: list[str] = []
        problems = [
            i for i in issues or () if i.severity in (Severity.INVALID, Severity.STRUCTURAL)
        ]
        # What needs attention first: a long line is cut at its end, never at a warning.
        marks = dict.fromkeys(_short_problem(i) for i in problems)
        notes.extend("⚠ " + mark for mark in marks if mark)
        if experience.abroad is not None:
            notes.append(abroad_status_text(experience.abroad))
        notes.append(enum_text(experience.area))
        if experience.deepen:
            notes.append(self.tr("to deepen"))
        dates = timeline_dates(experience)
        details = " · ".join(notes)
        if item.text(0) != dates:
            item.setText(0, dates)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, dates)
        if item.text(1) != title or item.data(1, SECOND_LINE_ROLE) != details:
            item.setText(1, title)
            item.setData(1, SECOND_LINE_ROLE, details)
            item.setData(1, Qt.ItemDataRole.AccessibleTextRole, f"{title}. {details}")
        item.setData(1, ATTENTION_ROLE, bool(problems))
        item.setData(
            0,
            Qt.ItemDataRole.TextAlignmentRole,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
        )
        tooltip = "\n".join(
            line
            for line in (
                experience.title.strip(),
                experience.organisation.strip(),
                *(issue_text(i) for i in problems),
            )
            if line
        )
        for column in range(2):
            item.setToolTip(column, tooltip)

    def _issues_by_experience(self) -> dict[UUID, list[Issue]]:
        grouped: dict[UUID, list[Issue]] = {}
        for issue in self.issues():
            if issue.entity_id is not None:
                grouped.setdefault(issue.entity_id, []).append(issue)
        return grouped

    def _current(self, record: BalanceRecord | None = None) -> Experience | None:
        if self._current_id is None:
            return None
        return find_item((record or self.draft.record).experiences, self._current_id)

    def _refresh_editor(self, record: BalanceRecord, *, force: bool) -> None:
        experience = self._current(record)
        self._editor.setVisible(experience is not None)
        # With an empty timeline its own message says what to do; one message is enough.
        self._no_selection.setVisible(experience is None and bool(record.experiences))
        if experience is None:
            return
        e = experience
        if force:
            for field in (self._title, self._organisation, self._role, self._original_name):
                field.reset_cut()
            for text_field in (
                self._activities,
                self._achievements,
                self._learned,
                self._documents,
            ):
                text_field.reset_cut()
        self._area.select_value(e.area)
        _set_line(self._title, e.title)
        _set_line(self._organisation, e.organisation)
        _set_line(self._role, e.role)
        self._start.set_date(e.start, force=force)
        self._end.set_date(e.end, force=force)
        self._approximate.setChecked(e.approximate)
        self._ongoing.setChecked(e.ongoing)
        self._end.set_input_enabled(not e.ongoing)
        self._intensity.select_value(e.intensity)
        self._activities.set_lines(e.activities)
        self._achievements.set_text(e.achievements)
        self._learned.set_text(e.learned)
        self._documents.set_lines(e.documents_mentioned)
        self._deepen.setChecked(e.deepen)
        self._source.select_value(e.source)
        self._refresh_abroad(e.abroad, force=force)

    def _refresh_abroad(self, abroad: AbroadInfo | None, *, force: bool) -> None:
        self._abroad_enabled.setChecked(abroad is not None)
        for key in (
            "abroad.country",
            "abroad.original_name",
            "abroad.translation",
            "abroad.recognition",
            "abroad.recognition_authority",
            "abroad.recognition_date",
            "abroad.status",
        ):
            self._form.setRowVisible(self._rows[key], abroad is not None)
        if abroad is None:
            return
        if _country_code(self._country.currentText()) != abroad.country or force:
            known = abroad.country in COMMON_COUNTRIES
            index = COMMON_COUNTRIES.index(abroad.country) if known else -1
            self._country.setCurrentIndex(index)
            if index < 0:
                self._country.setEditText(abroad.country)
        _set_line(self._original_name, abroad.original_name)
        self._translation.select_value(abroad.translation)
        self._recognition.select_value(abroad.recognition)
        _set_line(self._authority, abroad.recognition_authority or "")
        self._show_recognition_date(abroad.recognition_date, force=force)
        self._show_recognition_status(abroad)

    def _show_recognition_date(self, value: dt.date | None, *, force: bool) -> None:
        # Unreadable text stays until the record's date really changes (undo, another item).
        if not force and value == self._recognition_date_shown:
            return
        self._recognition_date_shown = value
        text = format_date(value)
        if self._recognition_date.text() != text:
            self._recognition_date.setText(text)
        self._recognition_date_message.set_message("")

    def _show_recognition_status(self, abroad: AbroadInfo) -> None:
        palette = self._recognition_status.palette()
        if abroad.recognition is Recognition.RECOGNISED and recognition_confirmed(abroad):
            date = abroad.recognition_date
            assert date is not None
            text = self.tr("Recognised by {authority} on {date}.").format(
                authority=(abroad.recognition_authority or "").strip(), date=format_date(date)
            )
            colour = palette.color(QPalette.ColorRole.WindowText)
        elif abroad.recognition is Recognition.RECOGNISED:
            text = self.tr(
                "Recognition unconfirmed: it is shown as recognised only once the authority "
                "and the date of the decision are given below."
            )
            colour = error_color(palette)
        else:
            text = self.tr("Status: {status}.").format(status=enum_text(abroad.recognition))
            colour = muted_color(palette)
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self._recognition_status.setPalette(palette)
        self._recognition_status.setText(text)
        self._recognition.setAccessibleDescription(text)

    def _refresh_notes(self) -> None:
        notes = notes_by_field(self.issues(), self._current_id, "experiences.")
        cut_fields: dict[str, Any] = {
            "title": self._title,
            "organisation": self._organisation,
            "role": self._role,
            "activities": self._activities,
            "achievements": self._achievements,
            "learned": self._learned,
            "documents_mentioned": self._documents,
            "abroad.original_name": self._original_name,
            "abroad.recognition_authority": self._authority,
        }
        unconfirmed = message_text("recognition_unconfirmed")
        for key, note in self._notes.items():
            errors, hints = notes.get(key, ([], []))
            # The status line under the recognition choice already says it, in its own words.
            errors = [e for e in errors if e != unconfirmed]
            field = cut_fields.get(key)
            if field is not None and field.was_cut:
                errors = [field.cut_message(), *errors]
            note.set_notes(errors, hints)

    def _refresh_prompts(self) -> None:
        experience = self._current()
        area = experience.area if experience is not None else self._area_filter.current_value()
        if area is None:
            self.prompt_panel.show_prompts(self.tr("The whole life path"), self._prompts.general())
        else:
            self.prompt_panel.show_prompts(enum_text(area), self._prompts.for_area(area))

    # --- selection and filter -------------------------------------------------------------

    def _on_current_item_changed(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if self._loading:
            return
        self._current_id = UUID(item.data(0, Qt.ItemDataRole.UserRole)) if item else None
        self._refresh_all(self.draft.record, force=True)

    def _on_filter_changed(self, _index: int) -> None:
        if self._loading:
            return
        area = self._area_filter.current_value()
        current = self._current()
        if current is not None and area is not None and current.area is not area:
            visible = self._visible(self.draft.record)
            self._current_id = visible[0].id if visible else None
        self._refresh_all(self.draft.record, force=True)

    def select_experience(self, experience_id: UUID | None) -> None:
        """Show an experience in the editor (the filter is cleared when it hides it)."""
        experience = (
            find_item(self.draft.record.experiences, experience_id) if experience_id else None
        )
        area = self._area_filter.current_value()
        if experience is not None and area is not None and experience.area is not area:
            self._loading = True
            self._area_filter.select_value(None)
            self._loading = False
        self._current_id = experience.id if experience is not None else None
        self._refresh_all(self.draft.record, force=True)

    def current_experience_id(self) -> UUID | None:
        """The experience shown in the editor."""
        return self._current_id

    def set_area_filter(self, area: LifeArea | None) -> None:
        """Show only one life area on the timeline (None: all)."""
        self._area_filter.select_value(area)

    # --- adding and removing --------------------------------------------------------------

    def _show_add_menu(self) -> None:
        if not self.isVisible():
            return
        self._add_menu.popup(self._add_button.mapToGlobal(QPoint(0, self._add_button.height())))

    def add_menu(self) -> QMenu:
        """The menu of life areas offered by "Add experience"."""
        return self._add_menu

    def add_experience(self, area: LifeArea) -> UUID:
        """Add an empty experience in ``area``, select it and put the cursor in its title."""
        experience = Experience(id=new_uuid7(), area=area, title="")
        if self._area_filter.current_value() not in (None, area):
            self._loading = True
            self._area_filter.select_value(None)
            self._loading = False
        self._current_id = experience.id
        self.draft.edit(
            self.tr("Add an experience"),
            lambda r: dataclasses.replace(r, experiences=(*r.experiences, experience)),
        )
        self._refresh_all(self.draft.record, force=True)
        self._title.setFocus(Qt.FocusReason.OtherFocusReason)
        return experience.id

    def remove_current_experience(self) -> bool:
        """Remove the selected experience after asking; True when it was removed."""
        experience = self._current()
        if experience is None:
            return False
        stories = sum(1 for e in self.draft.record.episodes if e.experience_id == experience.id)
        title = experience.title.strip() or self.tr("(untitled)")
        text = self.tr("Remove “{title}” from the timeline?").format(title=title)
        if stories:
            text += " " + self.tr(
                "Its %n STAR stories of the behavioural interview are removed too.", "", stories
            )
        text += " " + self.tr(
            "Competences keep existing but lose their link to it. You can undo this (Ctrl+Z)."
        )
        if not dialogs.confirm(
            self,
            self.tr("Remove experience"),
            text,
            yes_text=self.tr("Remove"),
            no_text=self.tr("Keep"),
        ):
            return False
        experience_id = experience.id
        self.draft.edit(
            self.tr("Remove an experience"), lambda r: remove_experience(r, experience_id)
        )
        return True

    # --- editing --------------------------------------------------------------------------

    def _edit(self, key: str, change: Callable[[Experience], Experience]) -> None:
        if self._loading or self._current_id is None:
            return
        experience_id = self._current_id
        self.draft.edit(
            self.tr("Edit “{field}”").format(field=self._field_name(key)),
            lambda r: dataclasses.replace(
                r, experiences=update_item(r.experiences, experience_id, change)
            ),
            merge_key=f"experience:{experience_id}:{key}",
        )

    def _field_name(self, key: str) -> str:
        # The Undo menu names the field as the page does ("Edit “Title”").
        label = self._labels.get(key)
        if label is not None:
            return strip_mnemonic(label.text())
        widget = self.field(key) if key in _EXTRA_FIELDS else None
        if isinstance(widget, QCheckBox):
            return strip_mnemonic(widget.text())
        return self._editor_heading.text()

    def _edit_abroad(self, attribute: str, change: Callable[[AbroadInfo], AbroadInfo]) -> None:
        def apply(experience: Experience) -> Experience:
            if experience.abroad is None:
                return experience
            return dataclasses.replace(experience, abroad=change(experience.abroad))

        self._edit(f"abroad.{attribute}", apply)

    def _on_start_edited(self, value: PartialDate | None) -> None:
        approximate = self._start.typed_approximate()
        self._edit(
            "start",
            lambda e: dataclasses.replace(e, start=value, approximate=e.approximate or approximate),
        )

    def _on_ongoing_clicked(self, ongoing: bool) -> None:
        self._end.set_input_enabled(not ongoing)
        self._edit("ongoing", lambda e: dataclasses.replace(e, ongoing=ongoing))

    def _on_abroad_toggled(self, enabled: bool) -> None:
        experience = self._current()
        if experience is None or self._loading:
            return
        if enabled:
            citizenship = self.draft.record.participant.citizenship
            abroad = self._abroad_memory.get(experience.id) or AbroadInfo(
                country="" if citizenship == "PL" else citizenship, original_name=""
            )
        else:
            if experience.abroad is not None:
                self._abroad_memory[experience.id] = experience.abroad
            abroad = None
        self._edit("abroad", lambda e: dataclasses.replace(e, abroad=abroad))
        if enabled:
            self._country.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_country_edited(self, text: str) -> None:
        code = _country_code(text)
        self._edit_abroad("country", lambda a: dataclasses.replace(a, country=code))

    def _on_recognition_date_edited(self, text: str) -> None:
        value = parse_date(text)
        if text.strip() and value is None:
            self._recognition_date_message.set_message(
                self.tr(
                    "Write the date as DD.MM.YYYY, e.g. 12.05.2023. Your text stays here but is "
                    "not saved until it is a date."
                )
            )
            return
        self._recognition_date_message.set_message("")
        self._recognition_date_shown = value
        self._edit_abroad(
            "recognition_date", lambda a: dataclasses.replace(a, recognition_date=value)
        )

    # --- hooks of the balance view --------------------------------------------------------

    def first_field(self) -> QWidget:
        """Where the keyboard focus goes when the page opens."""
        return self._timeline

    def focus_issue(self, issue: Issue) -> bool:
        """Select the experience an issue is about and put the cursor in its field."""
        experiences = self.draft.record.experiences
        if issue.entity_id is None or find_item(experiences, issue.entity_id) is None:
            if issue.field == "experiences":  # "record at least one experience"
                self._add_button.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            return False
        self.select_experience(issue.entity_id)
        key = issue.field.removeprefix("experiences.")
        widget = self.field(key) if key in self._labels or key in _EXTRA_FIELDS else self._title
        if isinstance(widget, PartialDateEdit):
            widget = widget.line_edit
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # --- introspection for the view and tests ---------------------------------------------

    def field(self, key: str) -> QWidget:
        """The input widget of a field by its experience attribute (``abroad.country`` …)."""
        if key == "approximate":
            return self._approximate
        if key == "ongoing":
            return self._ongoing
        if key == "deepen":
            return self._deepen
        if key == "abroad":
            return self._abroad_enabled
        if key in ("start", "end"):
            return self._start if key == "start" else self._end
        buddy = self._labels[key].buddy()
        assert buddy is not None
        return buddy

    def note(self, key: str) -> str:
        """The note shown under a field ("" when none)."""
        note = self._notes[key]
        return "" if note.isHidden() else note.text()

    def note_is_error(self, key: str) -> bool:
        """Tell whether the note under a field is a problem (red) rather than a hint."""
        return self._notes[key].is_error

    def recognition_status(self) -> str:
        """The recognition status line of the abroad block."""
        return self._recognition_status.text()

    def recognition_date_message(self) -> str:
        """The message under the recognition date ("" when none)."""
        message = self._recognition_date_message
        return "" if message.isHidden() else message.text()

    def timeline_rows(self) -> list[tuple[str, str, str]]:
        """The timeline as shown: (when, title, details: life area and notes) per row."""
        tree = self._timeline
        return [
            (item.text(0), item.text(1), str(item.data(1, SECOND_LINE_ROLE) or ""))
            for item in (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
            if item is not None
        ]

    def timeline(self) -> QTreeWidget:
        """The timeline widget."""
        return self._timeline


def _short_problem(issue: Issue) -> str:
    """A few words for the timeline's notes column ("" when another note already says it)."""
    if issue.message_key == "recognition_unconfirmed":
        return ""  # the abroad note says "recognition unconfirmed" itself
    if issue.message_key == "end_before_start":
        return QCoreApplication.translate("BiographyPage", "end before start")
    if issue.message_key == "country_invalid":
        return QCoreApplication.translate("BiographyPage", "country code")
    if issue.message_key == "text_too_long":
        return QCoreApplication.translate("BiographyPage", "text too long")
    return QCoreApplication.translate("BiographyPage", "check")


def _with(item: Any, name: str, value: Any) -> Any:
    # One field of a frozen entity, chosen by name (the generic text handlers use it).
    return dataclasses.replace(item, **{name: value})


def _optional(attribute: str, text: str) -> str | None:
    # The authority is "not known" (None) when empty; the original name is always a text.
    if attribute == "recognition_authority":
        return text or None
    return text


def _set_line(field: BoundedLineEdit, text: str) -> None:
    # setText() moves the cursor to the end: only when the record really holds something else.
    if field.text() != text:
        field.setText(text)
        if not field.hasFocus():
            field.setCursorPosition(0)  # show the beginning of a long name, not its end


def _native(shortcut: str) -> str:
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)


def _object_name(key: str) -> str:
    head, *rest = key.replace(".", "_").split("_")
    return head + "".join(part.capitalize() for part in rest)
