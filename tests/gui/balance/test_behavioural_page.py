"""The behavioural interview page: STAR stories, drafts, discarding, prompts, keyboard."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

from advisor_app.catalogue.interview import default_interview_prompts
from advisor_app.domain.entities import BalanceRecord, Episode, Experience
from advisor_app.domain.enums import LifeArea, Stage
from advisor_app.domain.flow import InterviewFlow, StageState
from advisor_app.domain.partial_date import PartialDate
from advisor_app.domain.text_limits import LONG_TEXT_MAX
from advisor_app.services.container import Services
from advisor_app.ui import dialogs, i18n
from advisor_app.ui.balance import prompt_panel
from advisor_app.ui.balance.behavioural_page import BehaviouralPage, missing_parts_text
from advisor_app.ui.balance.draft import BalanceDraft
from advisor_app.ui.balance.text_fields import BoundedTextEdit
from tests.gui.helpers import interactive_widgets_without_name
from tests.helpers.domain_factories import make_record, new_id
from tests.helpers.executors import InlineExecutor

MakePage = Callable[[BalanceRecord], BehaviouralPage]

# SC02: Marek Bąk, warehouse worker; story #2 was interrupted before its Result.
WAREHOUSE = Experience(
    id=new_id(),
    area=LifeArea.PAID_WORK,
    title="Magazynier w hurtowni budowlanej",
    start=PartialDate(2015, 4),
    ongoing=True,
    deepen=True,
)
FORKLIFT = Experience(
    id=new_id(),
    area=LifeArea.COURSES_LICENCES,
    title="Kurs operatora wózka widłowego",
    start=PartialDate(2016),
)
DELIVERY = Episode(
    id=new_id(),
    experience_id=WAREHOUSE.id,
    title="Rozładunek dostawy w święta",
    situation="Grudzień 2021, dwie ciężarówki naraz.",
    task="Kierownik poprosił mnie o rozładunek w dwie godziny.",
    action="Podzieliłem ludzi na dwie zmiany.",
    result="Zdążyliśmy przed zamknięciem.",
)
STOCKTAKING = Episode(
    id=new_id(),
    experience_id=WAREHOUSE.id,
    title="Inwentaryzacja po zalaniu",
    situation="Magazyn zalało w 2019 roku.",
    task="Miałem spisać straty.",
    action="Spisałem towar według regałów.",
)


def sc02_record() -> BalanceRecord:
    """Marek's balance: two experiences, one flagged, with a complete and an interrupted story."""
    return make_record(experiences=(WAREHOUSE, FORKLIFT), episodes=(DELIVERY, STOCKTAKING))


@pytest.fixture(autouse=True)
def unfolded_prompts() -> Iterator[None]:
    """Each test starts with the prompt panel unfolded, as a new session does."""
    prompt_panel._session["expanded"] = True
    yield
    prompt_panel._session["expanded"] = True


@pytest.fixture
def make_page(qtbot, services: Services, executor: InlineExecutor) -> Iterator[MakePage]:
    """Store a record through the services and open a shown, active page on its draft."""
    drafts: list[BalanceDraft] = []

    def make(record: BalanceRecord) -> BehaviouralPage:
        services.participants.save(record.participant)
        services.balances.save(record)
        draft = BalanceDraft(record, services.balances.save, executor, save_delay_ms=20)
        drafts.append(draft)
        page = BehaviouralPage(draft, InterviewFlow())
        # What the balance view does: every change of the record reloads the page.
        draft.record_did_change.connect(page.load)
        qtbot.addWidget(page)
        page.resize(1280, 800)
        with qtbot.waitActive(page):
            page.show()
            page.activateWindow()
        return page

    yield make
    for draft in drafts:
        # No save may outlive the profile the services close after the test.
        draft.flush()
        qtbot.waitUntil(lambda d=draft: d.is_saved)


def _stored(services: Services, page: BehaviouralPage) -> BalanceRecord:
    return services.balances.load(page.draft.record.balance.id)


def _story(page: BehaviouralPage, episode_id) -> Episode:
    return next(e for e in page.draft.record.episodes if e.id == episode_id)


def _text_field(page: BehaviouralPage, key: str) -> BoundedTextEdit:
    field = page.field(key)
    assert isinstance(field, BoundedTextEdit)
    return field


def test_only_flagged_experiences_and_those_with_stories_are_listed(
    make_page: MakePage,
) -> None:
    """The list starts from "deepen" experiences; "show all" adds the others."""
    i18n.set_language("en")
    page = make_page(sc02_record())
    rows = page.tree_rows()
    assert [(depth, title) for depth, title, _ in rows] == [
        (0, WAREHOUSE.title),
        (1, DELIVERY.title),
        (1, STOCKTAKING.title),
    ]
    page.show_all_box().setChecked(True)
    assert FORKLIFT.title in [title for _, title, _ in page.tree_rows()]


def test_story_without_result_is_a_draft_and_the_stage_is_not_complete(
    make_page: MakePage,
) -> None:
    """S, T, A without R: listed and shown as "Draft – missing: Result"; the stage stays open."""
    i18n.set_language("en")
    page = make_page(sc02_record())
    page.select_episode(STOCKTAKING.id)

    assert page.tree_rows()[2][2] == "Draft – missing: Result"
    assert page.status_text() == "Draft – missing: Result"
    assert missing_parts_text(STOCKTAKING) == "Draft – missing: Result"
    flow = InterviewFlow()
    assert flow.stage_state(page.draft.record, Stage.BEHAVIOURAL) is StageState.IN_PROGRESS
    assert page.note("result") != ""


def test_discarding_the_draft_completes_the_stage_and_restoring_reopens_it(
    qtbot, make_page: MakePage, services: Services
) -> None:
    """A discarded story stays listed, greyed, and no longer blocks the stage."""
    i18n.set_language("en")
    page = make_page(sc02_record())
    page.select_episode(STOCKTAKING.id)
    discard = page.findChild(QPushButton, "discardStoryButton")
    assert discard is not None
    discard.click()

    flow = InterviewFlow()
    assert _story(page, STOCKTAKING.id).discarded
    assert flow.stage_state(page.draft.record, Stage.BEHAVIOURAL) is StageState.COMPLETE
    assert page.tree_rows()[2] == (1, STOCKTAKING.title, "Discarded – not part of the balance")
    assert page.status_text().startswith("Discarded")
    assert _text_field(page, "action").isReadOnly()
    qtbot.waitUntil(lambda: page.draft.is_saved)
    assert _story(page, STOCKTAKING.id) == next(
        e for e in _stored(services, page).episodes if e.id == STOCKTAKING.id
    )

    discard.click()  # now "Restore story"
    assert not _story(page, STOCKTAKING.id).discarded
    assert flow.stage_state(page.draft.record, Stage.BEHAVIOURAL) is StageState.IN_PROGRESS
    assert not _text_field(page, "action").isReadOnly()


def test_typing_the_action_is_saved_and_undone_in_one_step(
    qtbot, make_page: MakePage, services: Services
) -> None:
    """Keystrokes in Action reach the database after autosave; one undo takes them back."""
    page = make_page(sc02_record())
    page.select_episode(STOCKTAKING.id)
    action = _text_field(page, "action")
    action.setFocus()
    action.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(action, " Then I checked the invoices")  # ASCII: real key events
    action.insertPlainText(" i porównałem z fakturą – zażółć gęślą jaźń")  # QTest cannot type ż
    typed = (
        "Spisałem towar według regałów. Then I checked the invoices"
        " i porównałem z fakturą – zażółć gęślą jaźń"
    )
    assert _story(page, STOCKTAKING.id).action == typed
    assert action.toPlainText() == typed  # reloads never reset what is being typed
    qtbot.waitUntil(lambda: page.draft.is_saved)
    stored = next(e for e in _stored(services, page).episodes if e.id == STOCKTAKING.id)
    assert stored.action == typed

    page.draft.undo_stack.undo()
    assert action.toPlainText() == STOCKTAKING.action
    qtbot.waitUntil(lambda: page.draft.is_saved)
    stored = next(e for e in _stored(services, page).episodes if e.id == STOCKTAKING.id)
    assert stored.action == STOCKTAKING.action


def test_writing_the_result_completes_the_story(qtbot, make_page: MakePage) -> None:
    """Typing the missing Result turns the draft into a complete story at once."""
    i18n.set_language("en")
    page = make_page(sc02_record())
    page.select_episode(STOCKTAKING.id)
    result = _text_field(page, "result")
    result.setFocus()
    qtbot.keyClicks(result, "Insurer accepted it.")
    assert page.status_text().startswith("Complete")
    assert page.note("result") == ""
    state = InterviewFlow().stage_state(page.draft.record, Stage.BEHAVIOURAL)
    assert state is StageState.COMPLETE


def test_add_story_to_the_selected_experience(qtbot, make_page: MakePage) -> None:
    """Add story creates an empty draft under the experience and puts the cursor in its title."""
    i18n.set_language("en")
    page = make_page(sc02_record())
    page.select_experience(FORKLIFT.id)  # not flagged: the list shows all experiences
    assert page.show_all_box().isChecked()
    QTest.keyClick(
        page.tree(),
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    new_id_ = page.current_episode_id()
    assert new_id_ is not None
    story = _story(page, new_id_)
    assert story.experience_id == FORKLIFT.id
    assert page.field("title").hasFocus()
    assert page.status_text() == "Draft – missing: Situation, Task, Action, Result"
    number = [e.id for e in page.draft.record.episodes].index(new_id_) + 1
    assert f"Episode {number}" in [title for _, title, _ in page.tree_rows()]


def test_removing_a_story_asks_first(make_page: MakePage, monkeypatch: pytest.MonkeyPatch) -> None:
    """Remove asks; confirmed, the story is gone (undo brings it back)."""
    page = make_page(sc02_record())
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: True)
    page.select_episode(DELIVERY.id)
    assert page.remove_current_episode()
    assert [e.id for e in page.draft.record.episodes] == [STOCKTAKING.id]
    page.draft.undo_stack.undo()
    assert len(page.draft.record.episodes) == 2


def test_create_competence_asks_the_view_with_the_story(qtbot, make_page: MakePage) -> None:
    """The button emits the story's ID for the competences page (both signal names work)."""
    page = make_page(sc02_record())
    page.select_episode(DELIVERY.id)
    button = page.findChild(QPushButton, "competenceFromStoryButton")
    assert button is not None and button.isEnabled()
    received: list[object] = []
    page.competence_requested_from_episode.connect(received.append)
    with qtbot.waitSignal(page.competence_was_requested) as blocker:
        button.click()
    assert blocker.args == [DELIVERY.id]
    assert received == [DELIVERY.id]


def test_prompts_follow_the_field_being_typed_in(qtbot, make_page: MakePage) -> None:
    """The side panel shows the STAR and funnel prompts of the focused field."""
    prompts = default_interview_prompts()
    page = make_page(sc02_record())
    page.select_episode(STOCKTAKING.id)
    panel = page.prompt_panel
    _text_field(page, "action").setFocus()
    assert page.prompt_context() == "action"
    assert panel.prompt_texts() == [
        p.text_pl for p in prompts.star("action") + prompts.funnel("deepening")
    ]
    _text_field(page, "result").setFocus()
    assert panel.prompt_texts() == [
        p.text_pl for p in prompts.star("result") + prompts.funnel("closing")
    ]
    assert _text_field(page, "result").placeholderText() == prompts.star("result")[0].text_pl
    page.field("title").setFocus()
    assert panel.prompt_texts() == [p.text_pl for p in prompts.funnel("opening")]
    _text_field(page, "possible_evidence").setFocus()
    assert panel.prompt_texts() == [p.text_pl for p in prompts.star("evidence")]


def test_advisor_note_is_marked_and_set_apart(make_page: MakePage) -> None:
    """The advisor's note says it is not printed and has its own background."""
    i18n.set_language("en")
    page = make_page(sc02_record())
    page.select_episode(DELIVERY.id)
    note = _text_field(page, "advisor_note")
    marker = page.findChild(QWidget, "advisorNoteMarker")
    assert marker is not None and marker.isVisible()
    assert marker.text() == "only for the advisor – not printed"  # type: ignore[attr-defined]
    action = _text_field(page, "action")
    base = QPalette.ColorRole.Base
    assert note.palette().color(base) != action.palette().color(base)


def test_huge_paste_into_a_story_is_cut_with_a_message(
    qtbot, make_page: MakePage, services: Services
) -> None:
    """100,000 characters pasted into Situation keep 20,000, with a note, and still save."""
    page = make_page(sc02_record())
    page.select_episode(DELIVERY.id)
    situation = _text_field(page, "situation")
    situation.setFocus()
    situation.moveCursor(QTextCursor.MoveOperation.Start)
    QGuiApplication.clipboard().setText("x" * 100_000)
    situation.paste()

    text = situation.toPlainText()
    assert len(text) == LONG_TEXT_MAX
    assert text.endswith(DELIVERY.situation)  # the pasted part is cut, not what was there
    assert page.note("situation") == situation.cut_message()
    qtbot.waitUntil(lambda: page.draft.is_saved)
    assert page.draft.last_error is None
    stored = next(e for e in _stored(services, page).episodes if e.id == DELIVERY.id)
    assert stored.situation == text


def test_list_keeps_the_selection_through_reloads(qtbot, make_page: MakePage) -> None:
    """Typing a story title updates the list without losing the selected story."""
    page = make_page(sc02_record())
    page.select_episode(STOCKTAKING.id)
    title = page.field("title")
    assert isinstance(title, QLineEdit)
    title.setFocus()
    qtbot.keyClicks(title, " 2019")
    assert page.current_episode_id() == STOCKTAKING.id
    current = page.tree().currentItem()
    assert current is not None and current.text(0) == STOCKTAKING.title + " 2019"


def test_issue_from_the_stage_list_focuses_the_missing_part(make_page: MakePage) -> None:
    """The balance view can jump from "Result missing" straight into the Result field."""
    page = make_page(sc02_record())
    issue = next(i for i in page.issues() if i.field == "episodes.result")
    assert page.focus_issue(issue)
    assert page.current_episode_id() == STOCKTAKING.id
    assert page.field("result").hasFocus()


def test_every_interactive_widget_has_an_accessible_name(make_page: MakePage) -> None:
    """Screen readers get a name for every control of the story editor."""
    page = make_page(sc02_record())
    page.select_episode(DELIVERY.id)
    assert interactive_widgets_without_name(page) == []


def test_tab_order_follows_the_visual_order(make_page: MakePage) -> None:
    """Tab walks the list, its buttons, the story top to bottom, then the prompts."""
    page = make_page(sc02_record())
    page.select_episode(DELIVERY.id)
    names = [
        "showAllExperiences",
        "storyTree",
        "addStoryButton",
        "removeStoryButton",
        "storyTitle",
        "storySituation",
        "storyTask",
        "storyAction",
        "storyResult",
        "storyReflection",
        "storyEvidence",
        "storyAdvisorNote",
        "competenceFromStoryButton",
        "discardStoryButton",
        "promptToggle",
        "promptList",
    ]
    first = page.findChild(QWidget, names[0])
    assert first is not None
    first.setFocus()
    visited = []
    for _ in names:
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused.objectName())
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert visited == names


def test_undoing_a_new_story_leaves_no_ghost_in_the_editor(make_page: MakePage) -> None:
    """Undoing the creation of the selected story leaves the editor on nothing, not on a ghost."""
    page = make_page(sc02_record())
    page.select_experience(WAREHOUSE.id)
    added = page.add_episode()
    assert added is not None
    page.draft.undo_stack.undo()
    assert page.current_episode_id() is None
    assert page.status_text() == ""
    assert all(e.id != added for e in page.draft.record.episodes)
