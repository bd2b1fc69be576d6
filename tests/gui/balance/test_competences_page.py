"""The competences stage page: links, wording hints, undo, selection, keyboard, a11y."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from advisor_app.catalogue.reference import CompetenceEntry, default_reference_catalogue
from advisor_app.domain.entities import BalanceRecord, Competence, Episode, Experience
from advisor_app.domain.enums import CompetenceKind, CompetenceStatus, LifeArea
from advisor_app.domain.evidence import evidence_for_competence
from advisor_app.domain.flow import InterviewFlow
from advisor_app.services.container import Services
from advisor_app.ui import dialogs, i18n
from advisor_app.ui.balance.competences_page import (
    CompetencesPage,
    new_competence,
    new_competence_from_episode,
)
from advisor_app.ui.balance.draft import BalanceDraft
from advisor_app.ui.catalogue_dialog import CompetencePickerDialog
from advisor_app.ui.issue_text import message_text
from tests.gui.helpers import interactive_widgets_without_name
from tests.helpers.domain_factories import (
    finishable_record,
    make_episode,
    make_experience,
    new_id,
    sid,
)
from tests.helpers.executors import InlineExecutor

SHOP = sid("experience.shop")
FLOOD = sid("episode.flood")


def _interview_record() -> BalanceRecord:
    """Halina's finished-looking balance: experiences, STAR stories and six competences."""
    return finishable_record()


@pytest.fixture
def stored(services: Services) -> BalanceRecord:
    """The SC01 balance stored through the services."""
    record = _interview_record()
    services.balances.save(record)
    return record


@pytest.fixture
def draft(qtbot, services: Services, executor: InlineExecutor, stored: BalanceRecord):
    """The open balance, saving through the real services; flushed before the profile closes."""
    opened = BalanceDraft(stored, services.balances.save, executor, save_delay_ms=10)
    yield opened
    opened.flush()
    qtbot.waitUntil(lambda: opened.is_saved)


@pytest.fixture
def page(qtbot, draft: BalanceDraft) -> Iterator[CompetencesPage]:
    """The shown competences page, reloaded on every change as the balance view does."""
    widget = CompetencesPage(draft, InterviewFlow(), new_id=new_id)
    draft.record_did_change.connect(widget.load)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    yield widget
    draft.record_did_change.disconnect(widget.load)


def _stored(qtbot, services: Services, draft: BalanceDraft) -> BalanceRecord:
    qtbot.waitUntil(lambda: draft.is_saved)
    return services.balances.load(draft.record.balance.id)


def _checked(page: CompetencesPage, name: str) -> list[str]:
    checklist = page.experience_list if name == "experiences" else page.episode_list
    return [
        checklist.item(i).text()
        for i in range(checklist.count())
        if checklist.item(i).checkState() == Qt.CheckState.Checked
    ]


# --- pure functions ---------------------------------------------------------------------------


def test_competence_from_episode_links_the_story_and_its_experience() -> None:
    """A competence made from a STAR story is a skill hypothesis traced to story and experience."""
    record = dataclasses.replace(_interview_record(), competences=())
    new, competence_id = new_competence_from_episode(record, FLOOD, sid("competence.new"))
    (competence,) = new.competences
    assert competence.id == competence_id == sid("competence.new")
    assert competence.episode_ids == (FLOOD,)
    assert competence.experience_ids == (SHOP,)
    assert competence.kind is CompetenceKind.SKILL
    assert competence.status is CompetenceStatus.HYPOTHESIS
    with pytest.raises(KeyError):
        new_competence_from_episode(record, sid("episode.unknown"), new_id())


def test_new_competence_is_empty_and_unlinked() -> None:
    """A plain new competence has the given kind and no links (the page asks for one)."""
    record, competence_id = new_competence(_interview_record(), new_id(), CompetenceKind.SOCIAL)
    added = record.competences[-1]
    assert (added.id, added.kind, added.statement) == (competence_id, CompetenceKind.SOCIAL, "")
    assert added.experience_ids == added.episode_ids == ()


# --- the page ---------------------------------------------------------------------------------


def test_competence_from_episode_is_selected_prelinked_and_stored(
    qtbot, page: CompetencesPage, draft: BalanceDraft, services: Services
) -> None:
    """add_from_episode selects the new competence, ticks both links and focuses the statement."""
    competence_id = page.add_from_episode(FLOOD)
    assert page.current_id == competence_id
    assert page.statement_edit.hasFocus()
    experience = next(e for e in draft.record.experiences if e.id == SHOP)
    episode = next(e for e in draft.record.episodes if e.id == FLOOD)
    assert _checked(page, "experiences") == [experience.title]
    assert [text.split(" — ")[0] for text in _checked(page, "episodes")] == [episode.title]
    page.statement_edit.setText("Sporządza zestawienie strat dla ubezpieczyciela")
    stored = next(c for c in _stored(qtbot, services, draft).competences if c.id == competence_id)
    assert (stored.experience_ids, stored.episode_ids) == ((SHOP,), (FLOOD,))
    assert stored.statement == "Sporządza zestawienie strat dla ubezpieczyciela"


def test_competence_without_experience_shows_the_issue_until_linked(
    page: CompetencesPage, draft: BalanceDraft
) -> None:
    """A new competence asks for an experience next to the list; ticking one (Space) clears it."""
    page.add_competence()
    assert page.note_text("experiences") == message_text("competence_without_experience")
    checklist = page.experience_list
    checklist.setFocus()
    checklist.setCurrentRow(0)
    QTest.keyClick(checklist, Qt.Key.Key_Space)
    assert page.note_text("experiences") == ""
    current = next(c for c in draft.record.competences if c.id == page.current_id)
    assert current.experience_ids == (draft.record.experiences[0].id,)


def test_wording_hint_for_a_vague_verb_but_not_for_an_operational_one(
    page: CompetencesPage,
) -> None:
    """ "umie obsługiwać kasę" gets a hint naming "umie"; "Obsługuje kasę fiskalną" gets none."""
    page.add_competence(CompetenceKind.SKILL)
    page.statement_edit.setText("umie obsługiwać kasę")
    assert "umie" in page.wording_hint_text()
    assert "umie" in page.statement_edit.accessibleDescription()
    page.statement_edit.setText("Obsługuje kasę fiskalną")
    assert page.wording_hint_text() == ""
    assert page.draft.record.competences[-1].statement == "Obsługuje kasę fiskalną", (
        "a hint never blocks what is typed"
    )


def test_hint_waits_for_the_first_word_while_typing(qtbot, page: CompetencesPage) -> None:
    """No "start with a verb" hint for half a word; it comes when the advisor leaves the field."""
    page.add_competence(CompetenceKind.SKILL)
    qtbot.keyClicks(page.statement_edit, "Kasjerka")
    assert page.wording_hint_text() == ""
    page.context_edit.setFocus()
    assert "Kasjerka" not in page.wording_hint_text() and page.wording_hint_text() != ""


def test_undo_restores_the_statement(page: CompetencesPage, draft: BalanceDraft) -> None:
    """Typing a statement is one undo step: undo empties it, redo brings it back."""
    competence_id = page.add_competence()
    page.statement_edit.insert("Obsługuje ")
    page.statement_edit.insert("kasę fiskalną")
    draft.undo_stack.undo()
    assert page.statement_edit.text() == ""
    assert page.current_id == competence_id, "the competence itself is a separate step"
    draft.undo_stack.redo()
    assert page.statement_edit.text() == "Obsługuje kasę fiskalną"
    draft.undo_stack.undo()
    draft.undo_stack.undo()
    assert all(c.id != competence_id for c in draft.record.competences)
    assert page.current_id is not None, "the list selects the neighbour of what disappeared"


def test_reload_keeps_the_selection_and_the_cursor(
    qtbot, page: CompetencesPage, draft: BalanceDraft
) -> None:
    """Edits elsewhere reload the page without moving the selection or the typing cursor."""
    target = draft.record.competences[2]
    page.select(target.id)
    page.statement_edit.setFocus()
    page.statement_edit.setCursorPosition(5)
    qtbot.keyClicks(page.statement_edit, "xy")
    assert page.statement_edit.cursorPosition() == 7
    page.strength_check.setChecked(True)  # another edit, another reload
    assert page.current_id == target.id
    assert page.statement_edit.cursorPosition() == 7
    edited = next(c for c in draft.record.competences if c.id == target.id)
    assert edited.statement == target.statement[:5] + "xy" + target.statement[5:]
    assert edited.strength


def test_fields_of_a_competence_reach_the_database(
    qtbot, page: CompetencesPage, draft: BalanceDraft, services: Services
) -> None:
    """Type, context, level, status and both flags are stored by the autosave."""
    competence_id = page.add_competence()
    page.kind_combo.select_value(CompetenceKind.KNOWLEDGE)
    page.statement_edit.setText("Zna zasady BHP przy pracy z ciągnikiem")
    page.context_edit.setText("gospodarstwo rodziców, 12 ha")
    page.level_combo.select_value(4)
    page.status_combo.select_value(CompetenceStatus.DOCUMENTED)
    page.strength_check.setChecked(True)
    page.relevant_check.setChecked(True)
    stored = next(c for c in _stored(qtbot, services, draft).competences if c.id == competence_id)
    assert stored.kind is CompetenceKind.KNOWLEDGE
    assert stored.context == "gospodarstwo rodziców, 12 ha"
    assert (stored.level, stored.status) == (4, CompetenceStatus.DOCUMENTED)
    assert stored.strength and stored.relevant_to_goal
    page.level_combo.select_value(None)
    page.context_edit.clear()
    stored = next(c for c in _stored(qtbot, services, draft).competences if c.id == competence_id)
    assert (stored.level, stored.context) == (None, None)


def test_linking_a_story_links_its_experience_too(
    page: CompetencesPage, draft: BalanceDraft
) -> None:
    """Ticking a STAR story traces the competence to the story's experience as well."""
    page.add_competence()
    rows = [row[0] for row in page._episode_rows]
    page.episode_list.item(rows.index(FLOOD)).setCheckState(Qt.CheckState.Checked)
    current = next(c for c in draft.record.competences if c.id == page.current_id)
    assert (current.episode_ids, current.experience_ids) == ((FLOOD,), (SHOP,))


def test_list_is_grouped_by_kind_and_filterable(page: CompetencesPage) -> None:
    """Knowledge, skills, social competences in that order; the filter keeps one kind."""
    kinds = [
        next(c.kind for c in page.draft.record.competences if c.id == row[0]) for row in page._rows
    ]
    assert kinds == sorted(kinds, key=list(CompetenceKind).index)
    assert set(kinds) == set(CompetenceKind)
    page.filter_combo.select_value(CompetenceKind.KNOWLEDGE)
    shown = {
        next(c.kind for c in page.draft.record.competences if c.id == r[0]) for r in page._rows
    }
    current = next(c for c in page.draft.record.competences if c.id == page.current_id)
    assert shown <= {CompetenceKind.KNOWLEDGE, current.kind}
    page.filter_combo.select_value(None)
    assert page.competence_list.count() == len(page.draft.record.competences)


def test_remove_asks_and_drops_the_links_to_the_competence(
    page: CompetencesPage, draft: BalanceDraft, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Removing asks first; "keep" changes nothing, "remove" drops evidence links too."""
    supported = sid("competence.stocktaking")  # backed by the reference letter
    page.select(supported)
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: False)
    assert page.remove_current() is False
    assert any(c.id == supported for c in draft.record.competences)
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)
    assert page.remove_current() is True
    assert all(c.id != supported for c in draft.record.competences)
    assert all(supported not in e.competence_ids for e in draft.record.evidence)
    assert page.current_id is not None and page.current_id != supported


def test_pasting_100000_characters_into_the_statement_is_cut_with_a_note(
    qtbot, page: CompetencesPage, draft: BalanceDraft, services: Services
) -> None:
    """The statement keeps its first 300 characters and says so; the rest of the work stays."""
    competence_id = page.add_competence()
    page.context_edit.setText("sklep")
    QGuiApplication.clipboard().setText("Obsługuje " * 10_000)  # 100,000 characters
    page.statement_edit.setFocus()
    page.statement_edit.paste()
    assert len(page.statement_edit.text()) == 300
    assert page.note_text("statement").startswith(page.statement_edit.cut_message())
    stored = next(c for c in _stored(qtbot, services, draft).competences if c.id == competence_id)
    assert len(stored.statement) == 300
    assert stored.context == "sklep"


def test_emoji_and_right_to_left_statements_are_kept(
    qtbot, page: CompetencesPage, draft: BalanceDraft, services: Services
) -> None:
    """A statement in any script, with emoji, is stored as typed (a hint may follow)."""
    competence_id = page.add_competence()
    statement = "Obsługuje kasę 🧾 i rozmawia z klientami: مرحبا"
    page.statement_edit.setText(statement)
    stored = next(c for c in _stored(qtbot, services, draft).competences if c.id == competence_id)
    assert stored.statement == statement


def test_page_without_competences_offers_to_add_one(
    qtbot, services: Services, executor: InlineExecutor
) -> None:
    """An empty stage shows the "record at least one competence" issue and no editor."""
    record = dataclasses.replace(
        _interview_record(),
        competences=(),
        evidence=(),
        plan=None,
        experiences=(make_experience(),),
        episodes=(make_episode(),),
    )
    draft = BalanceDraft(record, services.balances.save, executor)
    page = CompetencesPage(draft, InterviewFlow())
    qtbot.addWidget(page)
    page.show()
    assert page.note_text("page") == message_text("competence_missing")
    assert not page.editor.isVisible()
    assert page.first_field() is page.add_button


def test_experiences_without_titles_and_discarded_stories_are_listed_sensibly(
    qtbot, services: Services, executor: InlineExecutor
) -> None:
    """Untitled items get a placeholder; a discarded story shows only while it is linked."""
    experience = Experience(id=new_id(), area=LifeArea.HOBBY, title="")
    kept = Episode(id=new_id(), experience_id=experience.id, title="Festyn")
    dropped = Episode(id=new_id(), experience_id=experience.id, title="Stary", discarded=True)
    record = dataclasses.replace(
        _interview_record(),
        experiences=(experience,),
        episodes=(kept, dropped),
        competences=(),
        evidence=(),
        plan=None,
    )
    draft = BalanceDraft(record, services.balances.save, executor)
    page = CompetencesPage(draft, InterviewFlow())
    qtbot.addWidget(page)
    page.add_competence()
    assert page.experience_list.count() == 1 and page.experience_list.item(0).text()
    assert [row[0] for row in page._episode_rows] == [kept.id]


def test_every_interactive_widget_has_an_accessible_name(page: CompetencesPage) -> None:
    """Screen readers get a name for the list, every field, checklist, box and button."""
    assert interactive_widgets_without_name(page) == []


def test_tab_reaches_every_field_in_visual_order(page: CompetencesPage) -> None:
    """Tab walks the list column, then the editor top to bottom, each field once."""
    expected = [w for w in page.tab_chain() if w.isEnabled() and w.isVisible()]
    assert len(expected) == len(page.tab_chain())

    def place(widget: QWidget) -> tuple[int, int, int]:
        point = widget.mapTo(page, widget.rect().topLeft())
        column = 0 if point.x() < page.width() // 3 else 1
        return column, point.y(), point.x()

    places = [place(w) for w in expected]
    assert places == sorted(places), [w.objectName() for w in expected]

    expected[0].setFocus()
    visited: list[str] = []
    for _ in expected:
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused.objectName())
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert visited == [w.objectName() for w in expected]


# --- the reference catalogue and evidence links -----------------------------------------------


def _cash_register() -> CompetenceEntry:
    return default_reference_catalogue().competence("KLI-01")


def test_picking_from_the_catalogue_adds_a_linked_competence_in_one_undo_step(
    qtbot,
    page: CompetencesPage,
    draft: BalanceDraft,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The picked entry becomes a competence with its kind, example, ref and category code."""
    asked: list[object] = []

    def ask(parent, catalogue, kind=None):
        asked.append(kind)
        return catalogue.search_competences("kasa")[0]

    monkeypatch.setattr(CompetencePickerDialog, "ask", ask)
    before = draft.record.competences
    qtbot.mouseClick(page.catalogue_button, Qt.MouseButton.LeftButton)
    assert asked == [None]
    entry = _cash_register()
    added = next(c for c in draft.record.competences if c.id == page.current_id)
    assert (added.catalogue_ref, added.category, added.kind) == (
        "KLI-01",
        "customer_service",
        CompetenceKind.SKILL,
    )
    assert added.statement == entry.example_pl == page.statement_edit.text()
    assert page.catalogue_line.isVisible()
    assert entry.name_pl in page.catalogue_line.text()
    assert "Obsługa klienta" in page.catalogue_line.text()
    stored = next(c for c in _stored(qtbot, services, draft).competences if c.id == added.id)
    assert stored.catalogue_ref == "KLI-01" and stored.category == "customer_service"
    draft.undo_stack.undo()
    assert draft.record.competences == before


def test_picking_fills_the_selected_empty_competence(
    page: CompetencesPage, draft: BalanceDraft
) -> None:
    """A competence without a statement yet is filled instead of adding another one."""
    competence_id = page.add_competence(CompetenceKind.KNOWLEDGE)
    count = len(draft.record.competences)
    assert page.use_catalogue_entry(_cash_register()) == competence_id
    assert len(draft.record.competences) == count
    filled = next(c for c in draft.record.competences if c.id == competence_id)
    assert filled.kind is CompetenceKind.SKILL and filled.catalogue_ref == "KLI-01"


def test_english_ui_starts_from_the_english_name(
    page: CompetencesPage, draft: BalanceDraft
) -> None:
    """Without an English example, the English UI starts the statement from the entry's name."""
    i18n.set_language("en")
    competence_id = page.use_catalogue_entry(_cash_register())
    filled = next(c for c in draft.record.competences if c.id == competence_id)
    assert filled.statement == "Operating a cash register"
    assert "Customer service" in page.catalogue_line.text()


def test_shortcut_opens_the_picker_and_cancel_changes_nothing(
    qtbot, page: CompetencesPage, draft: BalanceDraft, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+Shift+K asks for a catalogue competence; cancelling leaves the balance as it was."""
    asked: list[object] = []
    monkeypatch.setattr(
        CompetencePickerDialog, "ask", lambda parent, catalogue, kind=None: asked.append(kind)
    )
    page.filter_combo.select_value(CompetenceKind.SOCIAL)
    before = draft.record
    page.competence_list.setFocus()
    qtbot.keyClick(
        page.competence_list,
        Qt.Key.Key_K,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert asked == [CompetenceKind.SOCIAL]
    assert draft.record == before


def test_retired_or_unknown_catalogue_refs_keep_their_statement(
    qtbot, services: Services, executor: InlineExecutor
) -> None:
    """A ref the catalogue retired or never knew is shown as such; the statement stays."""
    shipped = default_reference_catalogue()
    retired_entry = dataclasses.replace(_cash_register(), retired_in="2026.2")
    catalogue = dataclasses.replace(
        shipped,
        version="2026.2",
        competence_entries=tuple(
            retired_entry if e.code == "KLI-01" else e for e in shipped.competence_entries
        ),
    )
    retired = Competence(
        id=new_id(), kind=CompetenceKind.SKILL, statement="Obsługuje kasę", catalogue_ref="KLI-01"
    )
    unknown = Competence(
        id=new_id(), kind=CompetenceKind.SKILL, statement="Szyje", catalogue_ref="XYZ-99"
    )
    record = dataclasses.replace(_interview_record(), competences=(retired, unknown))
    draft = BalanceDraft(record, services.balances.save, executor)
    page = CompetencesPage(draft, InterviewFlow(), catalogue=catalogue)
    qtbot.addWidget(page)
    page.show()
    page.select(retired.id)
    assert page.statement_edit.text() == "Obsługuje kasę"
    assert "2026.2" in page.catalogue_line.text()
    page.select(unknown.id)
    assert page.statement_edit.text() == "Szyje"
    assert "XYZ-99" in page.catalogue_line.text()


def test_evidence_linked_from_the_competence_side_shows_on_the_evidence(
    qtbot, page: CompetencesPage, draft: BalanceDraft, services: Services
) -> None:
    """Ticking an evidence item links it (one undo step) and the autosave stores the link."""
    till = sid("competence.till")
    cash_book = sid("evidence.cash-book")
    page.select(till)
    linked = {e.id for e in evidence_for_competence(draft.record, till)}
    ticked = {
        page._evidence_rows[i][0]
        for i in range(page.evidence_list.count())
        if page.evidence_list.item(i).checkState() == Qt.CheckState.Checked
    }
    assert ticked == linked and cash_book not in linked
    row = [r[0] for r in page._evidence_rows].index(cash_book)
    page.evidence_list.item(row).setCheckState(Qt.CheckState.Checked)
    evidence = next(e for e in draft.record.evidence if e.id == cash_book)
    assert till in evidence.competence_ids
    stored = next(e for e in _stored(qtbot, services, draft).evidence if e.id == cash_book)
    assert till in stored.competence_ids
    draft.undo_stack.undo()
    assert page.evidence_list.item(row).checkState() == Qt.CheckState.Unchecked
    assert till not in next(e for e in draft.record.evidence if e.id == cash_book).competence_ids
    page.evidence_list.item(row).setCheckState(Qt.CheckState.Checked)
    page.evidence_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert till not in next(e for e in draft.record.evidence if e.id == cash_book).competence_ids
