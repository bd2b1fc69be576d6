"""The biographical interview page: timeline, partial dates, abroad block, prompts, keyboard."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QWidget

from advisor_app.catalogue.interview import default_interview_prompts
from advisor_app.domain.entities import AbroadInfo, BalanceRecord, Competence, Episode, Experience
from advisor_app.domain.enums import (
    CompetenceKind,
    LifeArea,
    Recognition,
    Translation,
)
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.partial_date import PartialDate
from advisor_app.domain.text_limits import LONG_TEXT_MAX
from advisor_app.services.container import Services
from advisor_app.ui import dialogs, i18n
from advisor_app.ui.balance import prompt_panel
from advisor_app.ui.balance.biography_page import BiographyPage, timeline_dates
from advisor_app.ui.balance.draft import BalanceDraft
from advisor_app.ui.balance.partial_date_edit import PartialDateEdit, read_partial_date
from advisor_app.ui.balance.prompt_panel import PromptPanel
from advisor_app.ui.balance.text_fields import BoundedTextEdit
from advisor_app.ui.enum_text import enum_text
from advisor_app.ui.issue_text import message_text
from advisor_app.ui.widgets import ChoiceCombo
from tests.gui.helpers import interactive_widgets_without_name
from tests.helpers.domain_factories import make_record, new_id
from tests.helpers.executors import InlineExecutor

UKRAINIAN_NAME = "Київський торговельно-економічний коледж"

MakePage = Callable[[BalanceRecord], BiographyPage]


def _experience(title: str, area: LifeArea = LifeArea.PAID_WORK, **fields) -> Experience:
    return Experience(id=new_id(), area=area, title=title, activities=("praca",), **fields)


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

    def make(record: BalanceRecord) -> BiographyPage:
        services.participants.save(record.participant)
        services.balances.save(record)
        draft = BalanceDraft(record, services.balances.save, executor, save_delay_ms=20)
        drafts.append(draft)
        page = BiographyPage(draft, InterviewFlow())
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


def _stored(services: Services, page: BiographyPage) -> BalanceRecord:
    return services.balances.load(page.draft.record.balance.id)


def _current(page: BiographyPage) -> Experience:
    experience_id = page.current_experience_id()
    found = [e for e in page.draft.record.experiences if e.id == experience_id]
    assert found, "no experience selected"
    return found[0]


def _date_field(page: BiographyPage, key: str) -> PartialDateEdit:
    field = page.field(key)
    assert isinstance(field, PartialDateEdit)
    return field


def _type_date(qtbot, page: BiographyPage, key: str, text: str) -> None:
    line = _date_field(page, key).line_edit
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, text)


def _choose(combo: ChoiceCombo, value: object) -> None:
    # What choosing with the keyboard or the mouse ends with: the item selected, then activated.
    assert combo.select_value(value)
    combo.activated.emit(combo.currentIndex())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1998", PartialDate(1998)),
        ("03.2010", PartialDate(2010, 3)),
        ("3.2010", PartialDate(2010, 3)),
        ("3/2010", PartialDate(2010, 3)),
        ("2010-03", PartialDate(2010, 3)),
        ("2010-03-14", PartialDate(2010, 3, 14)),
        ("14.03.2010", PartialDate(2010, 3, 14)),
        (" 14/3/2010 ", PartialDate(2010, 3, 14)),
        ("ok. 1998", PartialDate(1998)),
        ("około 03.1998", PartialDate(1998, 3)),
        ("", None),
    ],
)
def test_partial_date_forms_are_read(text: str, expected: PartialDate | None) -> None:
    """Years, months and days in Polish and ISO forms become the right partial date."""
    typed = read_partial_date(text)
    assert typed.readable
    assert typed.date == expected
    assert typed.approximate == text.strip().startswith("ok")


@pytest.mark.parametrize("text", ["2010-13", "31.02.2010", "marzec 2010", "98", "ok.", "1998?"])
def test_unreadable_partial_dates_are_refused(text: str) -> None:
    """Impossible dates and free text are not guessed at."""
    assert not read_partial_date(text).readable


def test_typed_dates_are_stored_with_their_reading(
    qtbot, make_page: MakePage, services: Services
) -> None:
    """A month typed as 03.2010 is stored as 2010-03 and read back as "marzec 2010"."""
    page = make_page(make_record(experiences=(_experience("Magazynier"),)))
    page.select_experience(page.draft.record.experiences[0].id)
    _type_date(qtbot, page, "start", "03.2010")
    _type_date(qtbot, page, "end", "14.06.2015")

    assert _current(page).start == PartialDate(2010, 3)
    assert _current(page).end == PartialDate(2015, 6, 14)
    assert _date_field(page, "start").reading() == "= marzec 2010"
    assert _date_field(page, "end").reading() == "= 14 czerwca 2015"
    qtbot.waitUntil(lambda: page.draft.is_saved)
    stored = _stored(services, page).experiences[0]
    assert (stored.start, stored.end) == (PartialDate(2010, 3), PartialDate(2015, 6, 14))


def test_ok_prefix_marks_the_dates_approximate(qtbot, make_page: MakePage) -> None:
    """Typing "ok. 1998" stores 1998 and ticks "approximate"; the text stays as typed."""
    page = make_page(make_record(experiences=(_experience("Sklep"),)))
    page.select_experience(page.draft.record.experiences[0].id)
    _type_date(qtbot, page, "start", "ok. 1998")
    assert _current(page).start == PartialDate(1998)
    assert _current(page).approximate
    approximate = page.field("approximate")
    assert isinstance(approximate, QCheckBox) and approximate.isChecked()
    assert _date_field(page, "start").text() == "ok. 1998"


def test_unreadable_date_stays_in_the_field_and_out_of_the_record(
    qtbot, make_page: MakePage
) -> None:
    """Text that is not a date is kept and explained, and the record keeps its last date."""
    page = make_page(make_record(experiences=(_experience("Sklep", start=PartialDate(2001)),)))
    page.select_experience(page.draft.record.experiences[0].id)
    before = page.draft.record
    _type_date(qtbot, page, "start", "14.13.2010")
    field = _date_field(page, "start")
    QTest.keyClick(field.line_edit, Qt.Key.Key_Tab)  # leaving the field: typing is over

    assert field.text() == "14.13.2010"
    assert field.message() != ""
    assert page.draft.record == before
    page.load(page.draft.record)  # a reload (e.g. autosave) must not wipe the text
    assert field.text() == "14.13.2010"

    _type_date(qtbot, page, "start", "2010-12")
    assert field.message() == ""
    assert _current(page).start == PartialDate(2010, 12)


def test_unreadable_date_message_says_it_is_not_saved(qtbot, make_page: MakePage) -> None:
    """The message tells the advisor the text is kept but not saved yet."""
    i18n.set_language("en")
    page = make_page(make_record(experiences=(_experience("Sklep"),)))
    page.select_experience(page.draft.record.experiences[0].id)
    _type_date(qtbot, page, "end", "wiosna 2010")
    message = _date_field(page, "end").message()
    assert "not saved until it can be read" in message
    assert _current(page).end is None


def test_end_before_start_is_stored_and_flagged(
    qtbot, make_page: MakePage, services: Services
) -> None:
    """An end earlier than the start is kept as typed and marked next to the field."""
    page = make_page(make_record(experiences=(_experience("Zbiory", start=PartialDate(2012, 7)),)))
    page.select_experience(page.draft.record.experiences[0].id)
    _type_date(qtbot, page, "end", "2011")

    assert _current(page).end == PartialDate(2011)
    assert page.note("end") == message_text("end_before_start")
    assert page.note_is_error("end")
    assert "⚠" in page.timeline_rows()[0][2]
    qtbot.waitUntil(lambda: page.draft.is_saved)
    assert _stored(services, page).experiences[0].end == PartialDate(2011)


def test_ongoing_disables_the_end_date(qtbot, make_page: MakePage) -> None:
    """Ticking "ongoing" stores it, disables the end date and shows "since … – now"."""
    i18n.set_language("en")
    page = make_page(make_record(experiences=(_experience("Sklep", start=PartialDate(1997, 3)),)))
    page.select_experience(page.draft.record.experiences[0].id)
    ongoing = page.field("ongoing")
    assert isinstance(ongoing, QCheckBox)
    ongoing.click()

    assert _current(page).ongoing
    assert not _date_field(page, "end").is_input_enabled()
    assert ongoing.isEnabled()
    assert page.timeline_rows()[0][0] == "since 03.1997 – now"
    ongoing.click()
    assert _date_field(page, "end").is_input_enabled()
    assert not _current(page).ongoing


def test_timeline_is_sorted_by_date_and_filtered_by_area(make_page: MakePage) -> None:
    """Dated items in date order, undated last; the filter keeps one life area."""
    i18n.set_language("en")
    shop = _experience("Shop", start=PartialDate(2010, 3), end=PartialDate(2012))
    school = _experience(
        "School", LifeArea.FORMAL_EDUCATION, start=PartialDate(1998), approximate=True
    )
    undated = _experience("Neighbours' roofs", LifeArea.HOBBY)
    farm = _experience("Farm", start=PartialDate(2005, 6, 14), ongoing=True)
    cakes = _experience("Cakes", LifeArea.HOBBY, start=PartialDate(2001))
    page = make_page(make_record(experiences=(shop, school, undated, farm, cakes)))

    rows = page.timeline_rows()
    assert [r[1] for r in rows] == ["School", "Cakes", "Farm", "Shop", "Neighbours' roofs"]
    assert page.current_experience_id() == school.id  # opens on the first, not on nothing
    assert [r[0] for r in rows] == [
        "approx. 1998",
        "2001",
        "since 14.06.2005 – now",
        "03.2010 – 2012",
        "no date",
    ]
    assert rows[2][2].startswith(enum_text(LifeArea.PAID_WORK))

    page.set_area_filter(LifeArea.HOBBY)
    assert [r[1] for r in page.timeline_rows()] == ["Cakes", "Neighbours' roofs"]
    page.set_area_filter(None)
    assert len(page.timeline_rows()) == 5


def test_timeline_keeps_the_selection_while_a_date_reorders_it(qtbot, make_page: MakePage) -> None:
    """Changing a start date moves the item and it stays selected in the editor."""
    first = _experience("A", start=PartialDate(2000))
    second = _experience("B", start=PartialDate(2005))
    page = make_page(make_record(experiences=(first, second)))
    page.select_experience(second.id)
    _type_date(qtbot, page, "start", "1990")
    assert [r[1] for r in page.timeline_rows()] == ["B", "A"]
    assert page.current_experience_id() == second.id
    assert page.timeline().currentItem() is page.timeline().topLevelItem(0)


def test_removing_an_experience_removes_its_stories(
    qtbot, make_page: MakePage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After confirming, the experience, its STAR stories and the links to them are gone."""
    shop = _experience("Sklep", start=PartialDate(1997))
    kgw = _experience("KGW", LifeArea.SOCIAL_ACTIVITY, start=PartialDate(2012))
    stories = tuple(Episode(id=new_id(), experience_id=shop.id, title=f"S{i}") for i in (1, 2))
    competence = Competence(
        id=new_id(),
        kind=CompetenceKind.SKILL,
        statement="Obsługuje kasę fiskalną.",
        experience_ids=(shop.id, kgw.id),
        episode_ids=(stories[0].id,),
    )
    page = make_page(
        make_record(experiences=(shop, kgw), episodes=stories, competences=(competence,))
    )
    asked: list[str] = []

    def confirm(parent, title, text, *, yes_text, no_text) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    page.select_experience(shop.id)
    assert page.remove_current_experience()

    record = page.draft.record
    assert [e.id for e in record.experiences] == [kgw.id]
    assert record.episodes == ()
    assert record.competences[0].experience_ids == (kgw.id,)
    assert record.competences[0].episode_ids == ()
    assert page.current_experience_id() == kgw.id  # its neighbour on the timeline
    assert asked and "Sklep" in asked[0]
    qtbot.waitUntil(lambda: page.draft.is_saved)
    # The stored audit log also holds the removals (the database owns the log, not the draft).
    assert dataclasses.replace(_stored(services, page), audit=record.audit) == record

    page.draft.undo_stack.undo()
    assert len(page.draft.record.episodes) == 2


def test_remove_asks_and_keeps_the_experience_when_refused(
    make_page: MakePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Answering "Keep" leaves everything as it was."""
    page = make_page(make_record(experiences=(_experience("Sklep"),)))
    monkeypatch.setattr(dialogs, "confirm", lambda *args, **kwargs: False)
    page.select_experience(page.draft.record.experiences[0].id)
    assert not page.remove_current_experience()
    assert len(page.draft.record.experiences) == 1


def test_add_experience_starts_with_the_area_and_the_title(qtbot, make_page: MakePage) -> None:
    """Choosing an area in the Add menu creates the item there and puts the cursor in its title."""
    page = make_page(make_record())
    page.set_area_filter(LifeArea.HOBBY)
    actions = page.add_menu().actions()
    assert len(actions) == len(LifeArea)
    next(a for a in actions if a.objectName() == "addExperience_farming").trigger()

    experience = _current(page)
    assert experience.area is LifeArea.FARMING
    current = page.timeline().currentItem()
    assert current is not None and current.isSelected()
    title = page.field("title")
    assert title.hasFocus()
    qtbot.keyClicks(title, "Hodowla owiec")
    assert _current(page).title == "Hodowla owiec"
    # The new item is in another area than the filter showed, so the filter was cleared.
    assert len(page.timeline_rows()) == 1


# A popup menu on the offscreen platform: it cannot raise windows or grab the keyboard.
@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_add_shortcut_opens_the_area_menu(qtbot, make_page: MakePage) -> None:
    """Ctrl+Shift+N opens the menu of life areas (keyboard only)."""
    page = make_page(make_record())
    page.timeline().setFocus()
    QTest.keyClick(
        page.timeline(),
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(page.add_menu().isVisible)
    page.add_menu().close()


def test_typing_keeps_the_cursor_where_the_advisor_types(qtbot, make_page: MakePage) -> None:
    """Every keystroke reloads the page, yet typing in the middle of a title works."""
    page = make_page(make_record(experiences=(_experience(""),)))
    page.select_experience(page.draft.record.experiences[0].id)
    title = page.field("title")
    assert isinstance(title, QLineEdit)
    title.setFocus()
    qtbot.keyClicks(title, "Sprzedawca")
    title.setCursorPosition(0)
    qtbot.keyClicks(title, "Starszy ")
    assert _current(page).title == "Starszy Sprzedawca"
    assert title.cursorPosition() == len("Starszy ")


def test_title_typing_is_one_undo_step(qtbot, make_page: MakePage, services: Services) -> None:
    """Undo takes back a whole typed title, and the undone state is what gets saved."""
    page = make_page(make_record(experiences=(_experience("Sklep"),)))
    page.select_experience(page.draft.record.experiences[0].id)
    title = page.field("title")
    assert isinstance(title, QLineEdit)
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " GS")
    qtbot.waitUntil(lambda: page.draft.is_saved)
    assert _stored(services, page).experiences[0].title == "Sklep GS"

    page.draft.undo_stack.undo()
    assert title.text() == "Sklep"
    qtbot.waitUntil(lambda: page.draft.is_saved)
    assert _stored(services, page).experiences[0].title == "Sklep"


def test_abroad_block_with_a_ukrainian_name_round_trips(
    qtbot, make_page: MakePage, services: Services
) -> None:
    """Country, original name in Cyrillic, translation and recognition are stored as entered."""
    page = make_page(make_record(experiences=(_experience("Technikum ekonomiczne"),)))
    page.select_experience(page.draft.record.experiences[0].id)
    abroad = page.field("abroad")
    assert isinstance(abroad, QCheckBox)
    abroad.click()
    country = page.field("abroad.country")
    assert isinstance(country, QComboBox) and country.isVisible()
    line = country.lineEdit()
    assert line is not None
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "ua")
    name = page.field("abroad.original_name")
    assert isinstance(name, QLineEdit)
    name.setFocus()
    name.insert(UKRAINIAN_NAME)  # QTest cannot type Cyrillic; insert() is an edit like typing
    translation = page.field("abroad.translation")
    assert isinstance(translation, ChoiceCombo)
    _choose(translation, Translation.SWORN)
    recognition = page.field("abroad.recognition")
    assert isinstance(recognition, ChoiceCombo)
    _choose(recognition, Recognition.IN_PROGRESS)

    expected = AbroadInfo(
        country="UA",
        original_name=UKRAINIAN_NAME,
        translation=Translation.SWORN,
        recognition=Recognition.IN_PROGRESS,
    )
    assert _current(page).abroad == expected
    qtbot.waitUntil(lambda: page.draft.is_saved)
    assert _stored(services, page).experiences[0].abroad == expected

    abroad.click()  # off: the block is removed from the record …
    assert _current(page).abroad is None
    abroad.click()  # … and on again: what was entered comes back
    assert _current(page).abroad == expected


def test_recognised_without_authority_and_date_is_shown_unconfirmed(
    qtbot, make_page: MakePage, services: Services
) -> None:
    """ "Recognised" alone shows as unconfirmed everywhere until authority and date are given."""
    i18n.set_language("en")
    experience = _experience(
        "Technikum",
        LifeArea.FORMAL_EDUCATION,
        abroad=AbroadInfo(country="UA", original_name=UKRAINIAN_NAME),
    )
    page = make_page(make_record(experiences=(experience,)))
    page.select_experience(experience.id)
    recognition = page.field("abroad.recognition")
    assert isinstance(recognition, ChoiceCombo)
    _choose(recognition, Recognition.RECOGNISED)

    details = page.timeline_rows()[0][2]
    assert details.startswith("UA – recognition unconfirmed")
    assert page.recognition_status().startswith("Recognition unconfirmed")
    assert recognition.currentText() != enum_text(Recognition.RECOGNISED)

    authority = page.field("abroad.recognition_authority")
    assert isinstance(authority, QLineEdit)
    authority.setFocus()
    qtbot.keyClicks(authority, "Malopolski Kurator Oswiaty")
    assert "unconfirmed" in page.timeline_rows()[0][2]  # the date is still missing
    date = page.field("abroad.recognition_date")
    assert isinstance(date, QLineEdit)
    date.setFocus()
    qtbot.keyClicks(date, "12.05.2023")

    assert page.timeline_rows()[0][2].startswith("UA – recognised ·")
    assert page.recognition_status() == "Recognised by Malopolski Kurator Oswiaty on 12.05.2023."
    assert page.note("abroad.recognition") == ""
    qtbot.waitUntil(lambda: page.draft.is_saved)
    stored = _stored(services, page).experiences[0].abroad
    assert stored is not None and stored.recognition_date == dt.date(2023, 5, 12)


def test_unreadable_recognition_date_is_kept_but_not_stored(qtbot, make_page: MakePage) -> None:
    """A half-written decision date stays in the field with a message, outside the record."""
    experience = _experience("Technikum", abroad=AbroadInfo(country="UA", original_name="x"))
    page = make_page(make_record(experiences=(experience,)))
    page.select_experience(experience.id)
    date = page.field("abroad.recognition_date")
    assert isinstance(date, QLineEdit)
    date.setFocus()
    qtbot.keyClicks(date, "12.05.")
    assert date.text() == "12.05."
    assert page.recognition_date_message() != ""
    current = _current(page).abroad
    assert current is not None and current.recognition_date is None


def test_huge_paste_is_cut_with_a_message_and_still_saves(
    qtbot, make_page: MakePage, services: Services
) -> None:
    """100,000 pasted characters keep the first 20,000, say so, and the balance still saves."""
    page = make_page(make_record(experiences=(_experience("Sklep"),)))
    page.select_experience(page.draft.record.experiences[0].id)
    QGuiApplication.clipboard().setText("Inwentaryzacja " * 6_667)  # 100,005 characters
    achievements = page.field("achievements")
    assert isinstance(achievements, BoundedTextEdit)
    achievements.setFocus()
    achievements.paste()

    assert len(achievements.toPlainText()) == LONG_TEXT_MAX
    assert page.note("achievements") == achievements.cut_message()
    qtbot.waitUntil(lambda: page.draft.is_saved)
    assert page.draft.last_error is None
    stored = _stored(services, page).experiences[0].achievements
    assert stored == ("Inwentaryzacja " * 6_667)[:LONG_TEXT_MAX]


def test_emoji_and_right_to_left_text_are_kept(
    qtbot, make_page: MakePage, services: Services
) -> None:
    """Emoji, Arabic and Hebrew letters are stored exactly as entered."""
    page = make_page(make_record(experiences=(_experience("Sklep"),)))
    page.select_experience(page.draft.record.experiences[0].id)
    learned = page.field("learned")
    assert isinstance(learned, BoundedTextEdit)
    learned.setFocus()
    text = "Cierpliwość 👩‍🍳🎂 — مرحبا بكم — שלום"
    learned.insertPlainText(text)
    activities = page.field("activities")
    assert isinstance(activities, BoundedTextEdit)
    activities.setFocus()
    activities.moveCursor(QTextCursor.MoveOperation.End)
    activities.insertPlainText("\nobsługa klientów 🙂\n\n  przyjmowanie dostaw  ")
    qtbot.waitUntil(lambda: page.draft.is_saved)
    stored = _stored(services, page).experiences[0]
    assert stored.learned == text
    assert stored.activities == ("praca", "obsługa klientów 🙂", "przyjmowanie dostaw")


def test_missing_activities_are_a_soft_hint(make_page: MakePage) -> None:
    """No activity yet is recommended, not an error: a grey hint, not a red one."""
    page = make_page(make_record(experiences=(dataclasses.replace(_experience("Sklep")),)))
    page.select_experience(page.draft.record.experiences[0].id)
    assert page.note("activities") == ""
    activities = page.field("activities")
    assert isinstance(activities, BoundedTextEdit)
    activities.selectAll()
    activities.textCursor().removeSelectedText()
    assert page.note("activities") == message_text("activities_missing")
    assert not page.note_is_error("activities")


def test_prompts_follow_the_life_area_and_the_language(qtbot, make_page: MakePage) -> None:
    """The side panel shows the selected area's prompts, in Polish or in English."""
    prompts = default_interview_prompts()
    page = make_page(make_record())
    panel = page.prompt_panel
    assert panel.prompt_texts() == [p.text_pl for p in prompts.general()]

    page.add_experience(LifeArea.FARMING)
    assert panel.heading() == enum_text(LifeArea.FARMING)
    assert panel.prompt_texts() == [p.text_pl for p in prompts.for_area(LifeArea.FARMING)]
    i18n.set_language("en")
    assert panel.prompt_texts() == [p.text_en for p in prompts.for_area(LifeArea.FARMING)]
    # Qt delivers the language change as posted events.
    qtbot.waitUntil(lambda: "What does the farm do" in panel.prompt_list.toPlainText())
    assert panel.heading() == "Farming"

    area = page.field("area")
    assert isinstance(area, ChoiceCombo)
    _choose(area, LifeArea.FAMILY_CARE)
    assert panel.prompt_texts() == [p.text_en for p in prompts.for_area(LifeArea.FAMILY_CARE)]


def test_prompt_panel_folds_with_the_keyboard_for_the_session(qtbot, make_page: MakePage) -> None:
    """Ctrl+Shift+P folds the prompts; a panel opened later in the session stays folded."""
    page = make_page(make_record())
    assert page.prompt_panel.is_expanded()
    QTest.keyClick(
        page.timeline(),
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert not page.prompt_panel.is_expanded()
    assert not page.prompt_panel.prompt_list.isVisible()
    later = PromptPanel()
    qtbot.addWidget(later)
    assert not later.is_expanded()
    QTest.keyClick(
        page.timeline(),
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    later.show()  # a panel shown again follows the newest choice
    assert later.is_expanded()


def test_deepen_flag_is_stored_and_shown_on_the_timeline(qtbot, make_page: MakePage) -> None:
    """Marking an experience for the behavioural interview is one undoable click."""
    i18n.set_language("en")
    page = make_page(make_record(experiences=(_experience("Sklep"),)))
    deepen = page.field("deepen")
    assert isinstance(deepen, QCheckBox)
    deepen.click()
    assert _current(page).deepen
    assert page.timeline_rows()[0][2].endswith("to deepen")
    assert page.draft.undo_stack.undoText() == "Edit “Deepen in the behavioural interview”"
    page.draft.undo_stack.undo()
    assert not deepen.isChecked()


def test_every_interactive_widget_has_an_accessible_name(make_page: MakePage) -> None:
    """Screen readers get a name for every control, the abroad block included."""
    experience = _experience("Technikum", abroad=AbroadInfo(country="UA", original_name="x"))
    page = make_page(make_record(experiences=(experience,)))
    page.select_experience(experience.id)
    assert interactive_widgets_without_name(page) == []


def test_tab_order_follows_the_visual_order(make_page: MakePage) -> None:
    """Tab walks timeline, buttons, then the editor top to bottom, then the prompts."""
    experience = _experience("Technikum", abroad=AbroadInfo(country="UA", original_name="x"))
    page = make_page(make_record(experiences=(experience,)))
    page.select_experience(experience.id)
    names = [
        "areaFilter",
        "experienceTimeline",
        "addExperienceButton",
        "removeExperienceButton",
        "experienceArea",
        "experienceTitle",
        "experienceOrganisation",
        "experienceRole",
        "experienceStart",
        "experienceApproximate",
        "experienceEnd",
        "experienceOngoing",
        "experienceIntensity",
        "experienceActivities",
        "experienceAchievements",
        "experienceLearned",
        "experienceDocuments",
        "experienceDeepen",
        "experienceSource",
        "abroadEnabled",
        "abroadCountry",
        "abroadOriginalName",
        "abroadTranslation",
        "abroadRecognition",
        "abroadAuthority",
        "abroadRecognitionDate",
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
        named = focused
        # An editable combo box hands the focus to its line edit; name the box.
        parent = focused.parentWidget()
        if isinstance(parent, QComboBox) and isinstance(focused, QLineEdit):
            named = parent
        visited.append(named.objectName())
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert visited == names


def test_issue_from_the_stage_list_focuses_its_field(make_page: MakePage) -> None:
    """The balance view's issue list can jump to "end before start" in the right item."""
    other = _experience("A", start=PartialDate(2000))
    wrong = _experience("B", start=PartialDate(2012), end=PartialDate(2011))
    page = make_page(make_record(experiences=(other, wrong)))
    issue = next(i for i in page.issues() if i.code == "end_before_start")
    assert page.focus_issue(issue)
    assert page.current_experience_id() == wrong.id
    assert _date_field(page, "end").line_edit.hasFocus()


def test_timeline_dates_say_approximate_once() -> None:
    """ "approx." covers the whole range instead of every date."""
    i18n.set_language("en")
    experience = _experience("x", start=PartialDate(1994), end=PartialDate(1998), approximate=True)
    assert timeline_dates(experience) == "approx. 1994 – 1998"
