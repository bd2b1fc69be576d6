"""The behavioural interview (MBK 2.2, DOMAIN.md §2.4): STAR stories of the flagged experiences.

On the left the experiences marked "deepen in the behavioural interview" (and any that already
have stories), each with its stories; in the middle the story: Situation, Task, Action, Result,
Reflection, possible evidence and the advisor's own note; on the right the prompts of the field
being typed in (STAR and funnel questions). A story may stay a draft, clearly marked with what
is missing, or be discarded (kept, greyed, out of the balance) until restored.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisor_app.catalogue.interview import (
    InterviewPrompts,
    Prompt,
    default_interview_prompts,
)
from advisor_app.domain.editing import find_item, remove_episode, update_item
from advisor_app.domain.entities import BalanceRecord, Episode, Experience
from advisor_app.domain.enums import Stage
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.issues import Issue, Severity
from advisor_app.services.clock import new_uuid7
from advisor_app.ui import dialogs
from advisor_app.ui.balance.biography_page import timeline_dates, timeline_order
from advisor_app.ui.balance.draft import BalanceDraft
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
    MUTED_ROLE,
    SECOND_LINE_ROLE,
    TwoLineDelegate,
)
from advisor_app.ui.enum_text import enum_text
from advisor_app.ui.i18n import current_language
from advisor_app.ui.issue_text import issue_text
from advisor_app.ui.widgets import BoundedLineEdit, error_color, strip_mnemonic

__all__ = [
    "ADD_STORY_SHORTCUT",
    "STAR_FIELDS",
    "BehaviouralPage",
    "missing_parts_text",
    "star_part_name",
    "story_name",
]

# Adds a story to the selected experience.
ADD_STORY_SHORTCUT = "Ctrl+Shift+N"

_CONTEXT = "BehaviouralPage"

# The text fields of a story, in the order the editor shows them.
STAR_FIELDS = ("situation", "task", "action", "result", "reflection")

# Names of the S, T, A, R parts in "Draft – missing: Result" (lupdate sources; translated when
# shown). The disambiguation tells the translator these are the STAR method's parts.
_PART_NAMES: dict[str, object] = {
    "situation": QT_TRANSLATE_NOOP("BehaviouralPage", "Situation"),
    "task": QT_TRANSLATE_NOOP("BehaviouralPage", "Task"),
    "action": QT_TRANSLATE_NOOP("BehaviouralPage", "Action"),
    "result": QT_TRANSLATE_NOOP("BehaviouralPage", "Result"),
}

_ROLE_KIND = Qt.ItemDataRole.UserRole
_ROLE_ID = Qt.ItemDataRole.UserRole + 10


def _tr(text: str) -> str:
    # Only for texts held in tables (marked with QT_TRANSLATE_NOOP); lupdate reads literal
    # QCoreApplication.translate("BehaviouralPage", …) calls, not calls of this helper.
    return QCoreApplication.translate(_CONTEXT, text)


def star_part_name(part: str) -> str:
    """The translated name of a STAR part ("Result" → "Rezultat" in Polish)."""
    source = _PART_NAMES.get(part)
    return _tr(str(source)) if source is not None else part


def missing_parts_text(episode: Episode) -> str:
    """ "Draft – missing: Result" for a story without some of S, T, A, R ("" when complete)."""
    missing = episode.missing_star_parts
    if not missing:
        return ""
    names = ", ".join(star_part_name(part) for part in missing)
    return QCoreApplication.translate("BehaviouralPage", "Draft – missing: {parts}").format(
        parts=names
    )


def story_name(record: BalanceRecord, episode: Episode) -> str:
    """The story's title, or "Episode 2" (its place among the balance's episodes).

    The number is the one the resume banner uses ("Episode 2 – missing: Result"), so the
    advisor finds the episode the banner names.
    """
    if episode.title.strip():
        return episode.title.strip()
    positions = [e.id for e in record.episodes]
    number = positions.index(episode.id) + 1 if episode.id in positions else 1
    return QCoreApplication.translate("BehaviouralPage", "Episode {number}").format(number=number)


def _status_text(episode: Episode) -> str:
    if episode.discarded:
        return QCoreApplication.translate("BehaviouralPage", "Discarded – not part of the balance")
    return missing_parts_text(episode) or QCoreApplication.translate(
        "BehaviouralPage", "Complete: S, T, A and R"
    )


class BehaviouralPage(StagePage):
    """The behavioural interview: STAR stories under their experiences.

    Args:
        draft: The open balance.
        flow: Decides the stage's issues.
        parent: Parent widget.
        prompts: Interview prompts (the shipped ones when None).

    Signals:
        competence_was_requested(object): The advisor asked to create a competence from a
            story; carries the episode's UUID. The balance view creates it on the competences
            page (pre-linked to the story and its experience) and shows that page.
    """

    STAGE = Stage.BEHAVIOURAL

    competence_was_requested = Signal(object)

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
        self._experience_id: UUID | None = None
        self._episode_id: UUID | None = None
        self._structure: list[tuple[UUID, list[UUID]]] = []
        self._loading = False
        self._prompt_key = "title"
        self._labels: dict[str, QLabel] = {}
        self._notes: dict[str, FieldNote] = {}
        self._fields: dict[str, QWidget] = {}
        self._build()
        self.retranslateUi()
        self.load(draft.record)

    @property
    def competence_requested_from_episode(self):
        """The same signal as :attr:`competence_was_requested` (the name used in the brief)."""
        return self.competence_was_requested

    # --- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._splitter = QSplitter(Qt.Orientation.Horizontal)
        self._splitter.setObjectName("behaviouralSplitter")
        self._splitter.setChildrenCollapsible(False)
        self._splitter.addWidget(self._build_list())
        self._splitter.addWidget(self._build_editor())
        self._sized = False
        outer.addWidget(self._splitter, 1)
        self.prompt_panel = PromptPanel()
        outer.addWidget(self.prompt_panel)
        self._set_tab_order()

    def _build_list(self) -> QWidget:
        pane = QWidget()
        pane.setObjectName("storiesPane")
        box = QVBoxLayout(pane)
        box.setContentsMargins(0, 0, 0, 0)
        self._list_heading = QLabel()
        self._list_heading.setObjectName("storiesHeading")
        font = self._list_heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self._list_heading.setFont(font)
        box.addWidget(self._list_heading)
        self._show_all = QCheckBox()
        self._show_all.setObjectName("showAllExperiences")
        self._show_all.toggled.connect(
            lambda _on: None if self._loading else self._refresh_all(self.draft.record)
        )
        box.addWidget(self._show_all)
        self._empty_label = QLabel()
        self._empty_label.setObjectName("storiesEmpty")
        self._empty_label.setWordWrap(True)
        box.addWidget(self._empty_label)

        self._tree = QTreeWidget()
        self._tree.setObjectName("storyTree")
        self._tree.setColumnCount(1)
        self._tree.setHeaderHidden(True)
        self._tree.setUniformRowHeights(True)
        self._tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._tree.setItemDelegate(TwoLineDelegate(self._tree))
        self._tree.currentItemChanged.connect(self._on_current_item_changed)
        box.addWidget(self._tree, 1)

        buttons = QHBoxLayout()
        self._add_button = QPushButton()
        self._add_button.setObjectName("addStoryButton")
        self._add_button.clicked.connect(lambda: self.add_episode())
        shortcut = QShortcut(QKeySequence(ADD_STORY_SHORTCUT), self)
        shortcut.activated.connect(lambda: self.add_episode() if self.isVisible() else None)
        self._remove_button = QPushButton()
        self._remove_button.setObjectName("removeStoryButton")
        self._remove_button.clicked.connect(self.remove_current_episode)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self._tree)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_current_episode)
        buttons.addWidget(self._add_button)
        buttons.addWidget(self._remove_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        return pane

    def _build_editor(self) -> QWidget:
        self._scroll = QScrollArea()
        self._scroll.setObjectName("storyEditorScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take the focus
        self._scroll.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        holder = QWidget()
        holder.setObjectName("storyEditorHolder")
        holder_box = QVBoxLayout(holder)
        holder_box.setContentsMargins(12, 0, 12, 12)
        self._placeholder = QLabel()
        self._placeholder.setObjectName("noStorySelected")
        self._placeholder.setWordWrap(True)
        holder_box.addWidget(self._placeholder)

        self._editor = QWidget()
        self._editor.setObjectName("storyEditor")
        editor_box = QVBoxLayout(self._editor)
        editor_box.setContentsMargins(0, 0, 0, 0)
        self._story_heading = QLabel()
        self._story_heading.setObjectName("storyHeading")
        self._story_heading.setWordWrap(True)
        self._story_heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self._story_heading.font()
        font.setBold(True)
        self._story_heading.setFont(font)
        editor_box.addWidget(self._story_heading)
        self._experience_line = QLabel()
        self._experience_line.setObjectName("storyExperience")
        self._experience_line.setWordWrap(True)
        self._experience_line.setTextFormat(Qt.TextFormat.PlainText)
        _set_colour(self._experience_line, muted_color(self._experience_line.palette()))
        editor_box.addWidget(self._experience_line)
        self._status = QLabel()
        self._status.setObjectName("storyStatus")
        self._status.setWordWrap(True)
        self._status.setTextFormat(Qt.TextFormat.PlainText)
        self._status.setMargin(6)
        self._status.setAutoFillBackground(True)
        editor_box.addWidget(self._status)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._form = form
        editor_box.addLayout(form)
        holder_box.addWidget(self._editor)
        holder_box.addStretch(1)
        self._scroll.setWidget(holder)

        self._title = BoundedLineEdit()
        self._title.setObjectName("storyTitle")
        self._title.text_was_cut.connect(self._refresh_notes)
        self._title.textEdited.connect(
            lambda text: self._edit("title", lambda e: dataclasses.replace(e, title=text))
        )
        self._row("title", self._title)
        heights = {"situation": 3, "task": 3, "action": 5, "result": 3, "reflection": 3}
        for key in STAR_FIELDS:
            field = BoundedTextEdit(visible_lines=heights[key])
            field.setObjectName("story" + key.capitalize())
            field.text_was_cut.connect(self._refresh_notes)
            field.text_was_edited.connect(
                lambda text, key=key: self._edit(key, lambda e: _with(e, key, text))
            )
            self._row(key, field)
        self._evidence = LinesEdit(visible_lines=2)
        self._evidence.setObjectName("storyEvidence")
        self._evidence.text_was_cut.connect(self._refresh_notes)
        self._evidence.text_was_edited.connect(
            lambda text: self._edit(
                "possible_evidence",
                lambda e: dataclasses.replace(e, possible_evidence=lines_of(text)),
            )
        )
        self._row("possible_evidence", self._evidence)

        self._note = BoundedTextEdit(visible_lines=3)
        self._note.setObjectName("storyAdvisorNote")
        self._note.text_was_cut.connect(self._refresh_notes)
        self._note.text_was_edited.connect(
            lambda text: self._edit(
                "advisor_note", lambda e: dataclasses.replace(e, advisor_note=text)
            )
        )
        _mark_advisor_only(self._note)
        self._note_marker = QLabel()
        self._note_marker.setObjectName("advisorNoteMarker")
        self._note_marker.setWordWrap(True)
        marker_font = self._note_marker.font()
        marker_font.setItalic(True)
        self._note_marker.setFont(marker_font)
        _set_colour(self._note_marker, muted_color(self._note_marker.palette()))
        self._row("advisor_note", self._note, marker=self._note_marker)

        actions = QHBoxLayout()
        self._discard_button = QPushButton()
        self._discard_button.setObjectName("discardStoryButton")
        self._discard_button.clicked.connect(self.toggle_discarded)
        self._competence_button = QPushButton()
        self._competence_button.setObjectName("competenceFromStoryButton")
        self._competence_button.clicked.connect(self.request_competence)
        actions.addWidget(self._competence_button)
        actions.addWidget(self._discard_button)
        actions.addStretch(1)
        editor_box.addSpacing(8)
        editor_box.addLayout(actions)

        for widget in self._fields.values():
            widget.installEventFilter(self)
        return self._scroll

    def _row(self, key: str, field: QWidget, *, marker: QLabel | None = None) -> None:
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field)
        note = FieldNote(field)
        note.setObjectName(f"{field.objectName()}Note")
        box.addWidget(note)
        label = QLabel()
        label.setObjectName(f"{field.objectName()}Label")
        label.setBuddy(field)
        if marker is None:
            self._form.addRow(label, cell)
        else:
            # The marker sits under the label, so it is read together with the field's name.
            label.setWordWrap(True)
            label_cell = QWidget()
            label_box = QVBoxLayout(label_cell)
            label_box.setContentsMargins(0, 0, 0, 0)
            label_box.setSpacing(0)
            label_box.addWidget(label)
            label_box.addWidget(marker)
            label_box.addStretch(1)
            self._form.addRow(label_cell, cell)
        self._labels[key] = label
        self._notes[key] = note
        self._fields[key] = field

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self._show_all,
            self._tree,
            self._add_button,
            self._remove_button,
            self._title,
            *(self._fields[key] for key in STAR_FIELDS),
            self._evidence,
            self._note,
            self._competence_button,
            self._discard_button,
            self.prompt_panel.toggle_button,
            self.prompt_panel.prompt_list,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def showEvent(self, event: QShowEvent) -> None:
        """Share the width between the story list and the editor the first time."""
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            total = self._splitter.width()
            stories = total * 2 // 5
            self._splitter.setSizes([stories, total - stories])

    # --- translation ----------------------------------------------------------------------

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self._list_heading.setText(self.tr("Stories (STAR)"))
        self._show_all.setText(self.tr("Show a&ll experiences"))
        self._show_all.setAccessibleName(strip_mnemonic(self._show_all.text()))
        self._show_all.setToolTip(
            self.tr("Also list experiences not marked “deepen in the behavioural interview”")
        )
        self._tree.setAccessibleName(self.tr("Experiences and their stories"))
        self._add_button.setText(self.tr("&Add story"))
        self._add_button.setAccessibleName(self.tr("Add a story to the selected experience"))
        self._add_button.setToolTip(
            self.tr("Add a story to the selected experience ({shortcut})").format(
                shortcut=_native(ADD_STORY_SHORTCUT)
            )
        )
        self._remove_button.setText(self.tr("&Remove…"))
        self._remove_button.setAccessibleName(self.tr("Remove the selected story"))
        self._remove_button.setToolTip(
            self.tr("Remove the story (Delete); to keep it but leave it out, discard it")
        )
        labels = {
            "title": self.tr("T&itle of the story"),
            "situation": self.tr("&Situation (S)"),
            "task": self.tr("&Task (T)"),
            "action": self.tr("A&ction (A)"),
            "result": self.tr("R&esult (R)"),
            "reflection": self.tr("Re&flection"),
            "possible_evidence": self.tr("Possible e&vidence"),
            "advisor_note": self.tr("Advisor’s &note"),
        }
        for key, text in labels.items():
            self._labels[key].setText(text)
            self._fields[key].setAccessibleName(strip_mnemonic(text))
        self._note_marker.setText(self.tr("only for the advisor – not printed"))
        self._note.setToolTip(
            self.tr("Only for the advisor: never printed, never in the participant’s copy")
        )
        self._title.setPlaceholderText(self.tr("e.g. Stock-taking after the 2010 flood"))
        self._evidence.setPlaceholderText(
            self.tr("One per line: photo, document, thank-you letter, a person who can confirm")
        )
        self._competence_button.setText(self.tr("Create a co&mpetence from this story"))
        self._competence_button.setAccessibleName(strip_mnemonic(self._competence_button.text()))
        self._competence_button.setToolTip(
            self.tr("Opens the competences page with a new competence linked to this story")
        )
        self._empty_label.setText(
            self.tr(
                "No experience is marked “deepen in the behavioural interview” yet. Mark the "
                "experiences to explore on the biographical interview page, or show all "
                "experiences here."
            )
        )
        if not self._loading:
            self._refresh_all(self.draft.record, force=False)

    # --- load -----------------------------------------------------------------------------

    def load(self, record: BalanceRecord) -> None:
        """Show ``record``, keeping the selection and what is being typed."""
        self._refresh_all(record, force=False)

    def _refresh_all(self, record: BalanceRecord, *, force: bool = True) -> None:
        self._loading = True
        try:
            if (
                self._episode_id is not None
                and find_item(record.episodes, self._episode_id) is None
            ):
                self._episode_id = None
                force = True
            if (
                self._experience_id is not None
                and find_item(record.experiences, self._experience_id) is None
            ):
                self._experience_id = None
                force = True
            if self._experience_id is None and self._episode_id is None:
                # Open on the first story rather than on an empty editor.
                listed = self._listed(record)
                if listed:
                    experience, stories = listed[0]
                    self._experience_id = experience.id
                    self._episode_id = stories[0].id if stories else None
                    force = True
            self._refresh_tree(record)
            self._refresh_editor(record, force=force)
            self._refresh_notes()
            self._refresh_prompts()
        finally:
            self._loading = False

    def _listed(self, record: BalanceRecord) -> list[tuple[Experience, list[Episode]]]:
        with_stories = {e.experience_id for e in record.episodes}
        shown = [
            e
            for e in timeline_order(record.experiences)
            if self._show_all.isChecked() or e.deepen or e.id in with_stories
        ]
        return [(e, [s for s in record.episodes if s.experience_id == e.id]) for e in shown]

    def _refresh_tree(self, record: BalanceRecord) -> None:
        listed = self._listed(record)
        structure = [(e.id, [s.id for s in stories]) for e, stories in listed]
        tree = self._tree
        tree.blockSignals(True)
        try:
            if structure != self._structure:
                scroll = tree.verticalScrollBar().value()
                tree.clear()
                for experience, stories in listed:
                    parent = QTreeWidgetItem()
                    parent.setData(0, _ROLE_KIND, "experience")
                    parent.setData(0, _ROLE_ID, str(experience.id))
                    tree.addTopLevelItem(parent)
                    for story in stories:
                        child = QTreeWidgetItem()
                        child.setData(0, _ROLE_KIND, "episode")
                        child.setData(0, _ROLE_ID, str(story.id))
                        parent.addChild(child)
                tree.expandAll()
                tree.verticalScrollBar().setValue(scroll)
                self._structure = structure
            current = None
            for index, (experience, stories) in enumerate(listed):
                top = tree.topLevelItem(index)
                assert top is not None
                self._fill_experience(top, experience, len(stories))
                if self._episode_id is None and experience.id == self._experience_id:
                    current = top
                for child_index, story in enumerate(stories):
                    row = top.child(child_index)
                    assert row is not None
                    self._fill_episode(row, record, story)
                    if story.id == self._episode_id:
                        current = row
            if current is None:
                tree.clearSelection()
                tree.setCurrentIndex(QModelIndex())
            elif tree.currentItem() is not current:
                tree.setCurrentItem(current)
                current.setSelected(True)
        finally:
            tree.blockSignals(False)
        self._empty_label.setVisible(not listed)
        self._add_button.setEnabled(self._experience_id is not None)
        self._remove_button.setEnabled(self._episode_id is not None)

    def _fill_experience(self, item: QTreeWidgetItem, experience: Experience, count: int) -> None:
        title = experience.title.strip() or self.tr("(untitled experience)")
        details = " · ".join(
            [
                timeline_dates(experience),
                enum_text(experience.area),
                self.tr("%n stories", "", count),
            ]
        )
        _set_item(item, title, details, attention=False, muted=False)

    def _fill_episode(self, item: QTreeWidgetItem, record: BalanceRecord, story: Episode) -> None:
        attention = not story.discarded and bool(story.missing_star_parts)
        _set_item(item, story_name(record, story), _status_text(story), attention, story.discarded)

    def _refresh_editor(self, record: BalanceRecord, *, force: bool) -> None:
        story = find_item(record.episodes, self._episode_id) if self._episode_id else None
        experience = (
            find_item(record.experiences, self._experience_id) if self._experience_id else None
        )
        self._editor.setVisible(story is not None)
        self._placeholder.setVisible(story is None)
        if story is None:
            if experience is not None:
                title = experience.title.strip() or self.tr("(untitled experience)")
                self._placeholder.setText(
                    self.tr(
                        "“{title}”: select one of its stories, or add a new one ({shortcut})."
                    ).format(title=title, shortcut=_native(ADD_STORY_SHORTCUT))
                )
            else:
                self._placeholder.setText(
                    self.tr("Select an experience on the left, then add a story to it.")
                )
            self._competence_button.setEnabled(False)
            self._discard_button.setEnabled(False)
            return
        if force:
            self._title.reset_cut()
            for key in (*STAR_FIELDS, "possible_evidence", "advisor_note"):
                field = self._fields[key]
                if isinstance(field, BoundedTextEdit):
                    field.reset_cut()
        self._story_heading.setText(story_name(record, story))
        if experience is not None:
            self._experience_line.setText(
                self.tr("From: {experience} ({dates})").format(
                    experience=experience.title.strip() or self.tr("(untitled experience)"),
                    dates=timeline_dates(experience),
                )
            )
        if self._title.text() != story.title:
            self._title.setText(story.title)
        for key in STAR_FIELDS:
            field = self._fields[key]
            assert isinstance(field, BoundedTextEdit)
            field.set_text(getattr(story, key))
        self._evidence.set_lines(story.possible_evidence)
        self._note.set_text(story.advisor_note)
        self._show_status(story)
        for key in ("title", *STAR_FIELDS, "possible_evidence", "advisor_note"):
            widget = self._fields[key]
            if isinstance(widget, BoundedTextEdit | BoundedLineEdit):
                # A discarded story is read, not edited, until it is restored.
                widget.setReadOnly(story.discarded)
        self._discard_button.setEnabled(True)
        self._discard_button.setText(
            self.tr("Rest&ore story") if story.discarded else self.tr("&Discard story")
        )
        self._discard_button.setAccessibleName(strip_mnemonic(self._discard_button.text()))
        self._discard_button.setToolTip(
            self.tr("Bring the story back into the balance")
            if story.discarded
            else self.tr("Keep the story listed, greyed, but leave it out of the balance")
        )
        self._competence_button.setEnabled(not story.discarded)

    def _show_status(self, story: Episode) -> None:
        palette = self._status.palette()
        base = palette.color(QPalette.ColorRole.Window)
        dark = base.lightness() < 128
        if story.discarded:
            text = self.tr(
                "Discarded: the story stays here but is not part of the balance. "
                "Restore it to use it again."
            )
            colour, background = muted_color(palette), base
        elif story.missing_star_parts:
            text = missing_parts_text(story)
            colour = error_color(palette)
            background = QColor("#3a2323") if dark else QColor("#fdecec")
        else:
            text = self.tr("Complete: Situation, Task, Action and Result are there.")
            colour = palette.color(QPalette.ColorRole.WindowText)
            background = QColor("#1f3324") if dark else QColor("#e9f5ec")
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        palette.setColor(QPalette.ColorRole.Window, background)
        self._status.setPalette(palette)
        self._status.setText(text)
        self._status.setAccessibleName(text)

    def _refresh_notes(self) -> None:
        notes = notes_by_field(self.issues(), self._episode_id, "episodes.")
        for key, note in self._notes.items():
            errors, hints = notes.get(key, ([], []))
            # The banner explains the rule once; under each empty part a short hint is enough.
            hints = [
                self.tr("Still empty.") if h == _episode_incomplete_text() else h for h in hints
            ]
            field = self._fields[key]
            if isinstance(field, BoundedTextEdit | BoundedLineEdit) and field.was_cut:
                errors = [field.cut_message(), *errors]
            note.set_notes(errors, hints)

    # --- prompts --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Show the prompts of the field that gets the focus."""
        if event.type() == QEvent.Type.FocusIn:
            for key, widget in self._fields.items():
                if widget is watched:
                    self._prompt_key = key
                    self._refresh_prompts()
                    break
        return super().eventFilter(watched, event)

    def prompt_context(self) -> str:
        """The field whose prompts the panel shows (``title``, ``action`` …)."""
        return self._prompt_key

    def _refresh_prompts(self) -> None:
        heading, prompts = self._prompts_for(self._prompt_key)
        self.prompt_panel.show_prompts(heading, prompts)
        self._set_placeholders()

    def _prompts_for(self, key: str) -> tuple[str, tuple[Prompt, ...]]:
        p = self._prompts
        table: dict[str, tuple[str, tuple[Prompt, ...]]] = {
            "situation": (self.tr("Situation (S)"), p.star("situation")),
            "task": (self.tr("Task (T)"), p.star("task")),
            "action": (self.tr("Action (A)"), p.star("action") + p.funnel("deepening")),
            "result": (self.tr("Result (R)"), p.star("result") + p.funnel("closing")),
            "reflection": (self.tr("Reflection"), p.star("reflection")),
            "possible_evidence": (self.tr("Possible evidence"), p.star("evidence")),
        }
        return table.get(key, (self.tr("Opening the story"), p.funnel("opening")))

    def _set_placeholders(self) -> None:
        # The first prompt of each part sits in its empty field, right where the answer goes.
        language = current_language()
        for key in STAR_FIELDS:
            field = self._fields[key]
            assert isinstance(field, BoundedTextEdit)
            text = self._prompts.star(key)[0].text(language)
            if field.placeholderText() != text:
                field.setPlaceholderText(text)

    # --- selection ------------------------------------------------------------------------

    def _on_current_item_changed(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if self._loading:
            return
        if item is None:
            self._experience_id = self._episode_id = None
        elif item.data(0, _ROLE_KIND) == "episode":
            self._episode_id = UUID(item.data(0, _ROLE_ID))
            story = find_item(self.draft.record.episodes, self._episode_id)
            self._experience_id = story.experience_id if story else None
        else:
            self._experience_id = UUID(item.data(0, _ROLE_ID))
            self._episode_id = None
        self._refresh_all(self.draft.record, force=True)

    def select_episode(self, episode_id: UUID) -> None:
        """Show a story in the editor (listing all experiences when its own is not flagged)."""
        story = find_item(self.draft.record.episodes, episode_id)
        if story is None:
            return
        self._episode_id = story.id
        self._experience_id = story.experience_id
        self._refresh_all(self.draft.record, force=True)

    def select_experience(self, experience_id: UUID) -> None:
        """Select an experience (showing all experiences when it is not listed)."""
        if find_item(self.draft.record.experiences, experience_id) is None:
            return
        listed = {e.id for e, _ in self._listed(self.draft.record)}
        if experience_id not in listed:
            self._loading = True
            self._show_all.setChecked(True)
            self._loading = False
        self._experience_id = experience_id
        self._episode_id = None
        self._refresh_all(self.draft.record, force=True)

    def _current_story(self) -> Episode | None:
        if self._episode_id is None:
            return None
        return find_item(self.draft.record.episodes, self._episode_id)

    def current_episode_id(self) -> UUID | None:
        """The story shown in the editor."""
        return self._episode_id

    # --- commands -------------------------------------------------------------------------

    def add_episode(self, experience_id: UUID | None = None) -> UUID | None:
        """Add an empty story to an experience (the selected one by default) and select it.

        Returns:
            The new story's ID, or None when no experience is selected.
        """
        target = experience_id or self._experience_id
        if target is None or find_item(self.draft.record.experiences, target) is None:
            return None
        story = Episode(id=new_uuid7(), experience_id=target)
        self._experience_id = target
        self._episode_id = story.id
        self.draft.edit(
            self.tr("Add a story"),
            lambda r: dataclasses.replace(r, episodes=(*r.episodes, story)),
        )
        self._refresh_all(self.draft.record, force=True)
        self._title.setFocus(Qt.FocusReason.OtherFocusReason)
        return story.id

    def remove_current_episode(self) -> bool:
        """Remove the selected story after asking; True when it was removed."""
        story = (
            find_item(self.draft.record.episodes, self._episode_id) if self._episode_id else None
        )
        if story is None:
            return False
        text = self.tr(
            "Remove the story “{title}”? Competences keep existing but lose their link to it. "
            "You can undo this (Ctrl+Z). To keep the story but leave it out of the balance, "
            "discard it instead."
        ).format(title=story_name(self.draft.record, story))
        if not dialogs.confirm(
            self, self.tr("Remove story"), text, yes_text=self.tr("Remove"), no_text=self.tr("Keep")
        ):
            return False
        story_id = story.id
        self.draft.edit(self.tr("Remove a story"), lambda r: remove_episode(r, story_id))
        return True

    def toggle_discarded(self) -> None:
        """Discard the selected story, or restore it when it is discarded."""
        story = (
            find_item(self.draft.record.episodes, self._episode_id) if self._episode_id else None
        )
        if story is None:
            return
        discard = not story.discarded
        story_id = story.id
        self.draft.edit(
            self.tr("Discard a story") if discard else self.tr("Restore a story"),
            lambda r: dataclasses.replace(
                r,
                episodes=update_item(
                    r.episodes, story_id, lambda e: dataclasses.replace(e, discarded=discard)
                ),
            ),
        )

    def request_competence(self) -> None:
        """Ask the balance view for a competence created from the selected story."""
        if self._episode_id is not None:
            self.competence_was_requested.emit(self._episode_id)

    def _edit(self, key: str, change: Callable[[Episode], Episode]) -> None:
        if self._loading or self._episode_id is None:
            return
        story_id = self._episode_id
        name = strip_mnemonic(self._labels[key].text()) if key in self._labels else key
        self.draft.edit(
            self.tr("Edit “{field}”").format(field=name),
            lambda r: dataclasses.replace(r, episodes=update_item(r.episodes, story_id, change)),
            merge_key=f"episode:{story_id}:{key}",
        )

    # --- hooks of the balance view --------------------------------------------------------

    def first_field(self) -> QWidget:
        """Where the keyboard focus goes when the page opens."""
        return self._tree

    def focus_issue(self, issue: Issue) -> bool:
        """Select the story an issue is about and put the cursor in its field."""
        if (
            issue.entity_id is None
            or find_item(self.draft.record.episodes, issue.entity_id) is None
        ):
            return False
        self.select_episode(issue.entity_id)
        key = issue.field.removeprefix("episodes.")
        field = self._fields.get(key, self._fields["situation"])
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # --- introspection for tests ----------------------------------------------------------

    def field(self, key: str) -> QWidget:
        """The input widget of a story field (``title``, ``action``, ``advisor_note`` …)."""
        return self._fields[key]

    def note(self, key: str) -> str:
        """The note under a field ("" when none)."""
        note = self._notes[key]
        return "" if note.isHidden() else note.text()

    def status_text(self) -> str:
        """The story's status banner ("Draft – missing: Result" …)."""
        return self._status.text() if self._editor.isVisibleTo(self) else ""

    def tree(self) -> QTreeWidget:
        """The list of experiences and their stories."""
        return self._tree

    def tree_rows(self) -> list[tuple[int, str, str]]:
        """The list as shown: (depth, first line, second line) in order."""
        rows = []
        for index in range(self._tree.topLevelItemCount()):
            parent = self._tree.topLevelItem(index)
            assert parent is not None
            rows.append((0, parent.text(0), str(parent.data(0, SECOND_LINE_ROLE))))
            for child_index in range(parent.childCount()):
                child = parent.child(child_index)
                assert child is not None
                rows.append((1, child.text(0), str(child.data(0, SECOND_LINE_ROLE))))
        return rows

    def show_all_box(self) -> QCheckBox:
        """The "show all experiences" checkbox."""
        return self._show_all


def _episode_incomplete_text() -> str:
    return issue_text(
        Issue(Stage.BEHAVIOURAL, "episodes.result", "", "episode_incomplete", Severity.INCOMPLETE)
    )


def _with(item: Any, name: str, value: Any) -> Any:
    # One field of a frozen entity, chosen by name (the STAR text handlers use it).
    return dataclasses.replace(item, **{name: value})


def _set_item(item: QTreeWidgetItem, first: str, second: str, attention: bool, muted: bool) -> None:
    if item.text(0) != first:
        item.setText(0, first)
    if item.data(0, SECOND_LINE_ROLE) != second:
        item.setData(0, SECOND_LINE_ROLE, second)
    item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{first}. {second}")
    item.setData(0, ATTENTION_ROLE, attention)
    item.setData(0, MUTED_ROLE, muted)
    item.setToolTip(0, f"{first}\n{second}")


def _set_colour(label: QLabel, colour: QColor) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


def _mark_advisor_only(field: BoundedTextEdit) -> None:
    # A warm background sets the advisor's own note apart from what the participant said.
    palette = field.palette()
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    palette.setColor(QPalette.ColorRole.Base, QColor("#3d3520") if dark else QColor("#fff6d5"))
    field.setPalette(palette)


def _native(shortcut: str) -> str:
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
