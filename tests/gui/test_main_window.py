"""The main window: search, empty state, actions, status bar, language and accessibility."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from advisor_app.domain.entities import Participant
from advisor_app.domain.enums import Variant
from advisor_app.services.changes import Changes
from advisor_app.services.container import Services
from advisor_app.ui import tasks
from advisor_app.ui.dialogs import NewBalanceDialog, ParticipantDialog, SettingsDialog
from advisor_app.ui.main_window import MainWindow
from advisor_app.ui.participant_list_model import COL_NAME, COL_PROJECT, COL_VARIANT
from advisor_app.ui.settings import AppSettings
from tests.gui.helpers import child, interactive_widgets_without_name
from tests.helpers.fake_services import make_participant

MakeWindow = Callable[..., MainWindow]


def _names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def _add(services: Services, *names: tuple[str, str, str]) -> list[Participant]:
    added = []
    for last, first, locality in names:
        participant = make_participant(last_name=last, first_name=first, locality=locality)
        services.participants.save(participant)
        added.append(participant)
    return added


def _settle(qtbot) -> None:
    qtbot.waitUntil(lambda: tasks.in_flight() == 0)


def test_texts_are_polish_by_default(make_window: MakeWindow) -> None:
    """Polish is the default UI language: title, menus, search placeholder, status bar."""
    window = make_window()
    assert window.windowTitle() == "Bilans"
    assert window.search_field.placeholderText() == "Szukaj uczestników…"
    assert window.action_new_participant.text() == "&Nowy uczestnik…"
    assert child(window, QLabel, "countLabel").text() == "0 wpisów"


def test_switching_language_retranslates_visible_texts(
    qtbot,
    make_window: MakeWindow,
    settings: AppSettings,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Choosing English in the settings changes the open window at once and is remembered."""
    _add(services, ("Nowak", "Jan", "Bochnia"))
    window = make_window()
    monkeypatch.setattr(
        SettingsDialog, "ask", classmethod(lambda cls, parent, language, settings=None: "en")
    )
    window.action_settings.trigger()
    qtbot.waitUntil(lambda: window.search_field.placeholderText() == "Search participants…")
    assert window.action_new_participant.text() == "&New participant…"
    assert window.model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Name"
    assert child(window, QLabel, "countLabel").text() == "1 entry"
    assert settings.language == "en"
    assert AppSettings(settings.path.parent).language == "en", "written to settings.ini"

    monkeypatch.setattr(
        SettingsDialog, "ask", classmethod(lambda cls, parent, language, settings=None: "pl")
    )
    window.action_settings.trigger()
    qtbot.waitUntil(lambda: window.search_field.placeholderText() == "Szukaj uczestników…")
    assert window.model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Nazwisko i imię"


def test_typing_in_search_filters_once_typing_pauses(
    qtbot, make_window: MakeWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing "lacko" finds the participant from Łącko with one query, not one per key."""
    _add(services, ("Wójcik", "Zofia", "Łącko"), ("Nowak", "Jan", "Bochnia"))
    window = make_window()
    assert _names(window) == ["Nowak Jan", "Wójcik Zofia"]
    queries: list[str] = []
    original = window.model.set_query

    def recording_set_query(text: str) -> None:
        queries.append(text)
        original(text)

    monkeypatch.setattr(window.model, "set_query", recording_set_query)

    window.search_field.setFocus()
    qtbot.keyClicks(window.search_field, "lacko")
    qtbot.waitUntil(lambda: _names(window) == ["Wójcik Zofia"])
    assert queries == ["lacko"]
    assert child(window, QLabel, "countLabel").text() == "1 pasujący wpis"


def test_search_without_matches_says_so(qtbot, make_window: MakeWindow, services: Services) -> None:
    """An empty result keeps the list page and explains that nothing matched."""
    _add(services, ("Nowak", "Jan", "Bochnia"))
    window = make_window()
    window.search_field.setText("xyz")
    label = child(window, QLabel, "noMatchLabel")
    qtbot.waitUntil(lambda: label.isVisible())
    assert label.text() == "Żaden uczestnik nie pasuje do „xyz”."


def test_empty_profile_offers_demo_data(qtbot, make_window: MakeWindow, services: Services) -> None:
    """A new profile shows the empty state; loading demo data fills and shows the list."""

    class DemoLoader:
        def load_demo(self) -> Changes:
            added = _add(services, ("Wójcik", "Zofia", "Łącko"), ("Żak", "Paweł", "Bochnia"))
            return Changes(participant_ids=frozenset(p.id for p in added))

        def is_empty(self) -> bool:
            return False

    window = make_window(dataclasses.replace(services, demo=DemoLoader()))  # type: ignore[arg-type]
    empty_page = child(window, QWidget, "emptyPage")
    assert empty_page.isVisible()
    assert interactive_widgets_without_name(window) == []

    child(window, QPushButton, "loadDemoButton").click()
    qtbot.waitUntil(lambda: window.model.total == 2)
    assert not empty_page.isVisible()
    assert window.view.isVisible()
    assert child(window, QLabel, "saveStateLabel").text() == ("Wczytano dane demonstracyjne")


def test_missing_demo_data_is_reported(qtbot, make_window: MakeWindow, services: Services) -> None:
    """When the installation ships no demo data, the button says so instead of doing nothing."""

    class NoDemo:
        def load_demo(self) -> Changes:
            return Changes()

    window = make_window(dataclasses.replace(services, demo=NoDemo()))  # type: ignore[arg-type]
    child(window, QPushButton, "loadDemoButton").click()
    status = child(window, QLabel, "saveStateLabel")
    qtbot.waitUntil(lambda: status.text() == "W tej instalacji nie ma danych demonstracyjnych")
    assert child(window, QWidget, "emptyPage").isVisible()
    assert child(window, QPushButton, "loadDemoButton").isEnabled(), "it may be tried again"


def test_status_message_follows_a_language_switch(
    qtbot, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Zapisano" becomes "Saved" when the UI switches to English."""
    window = make_window()
    monkeypatch.setattr(
        ParticipantDialog,
        "ask",
        classmethod(lambda cls, parent, service, executor, p: make_participant()),
    )
    window.action_new_participant.trigger()
    status = child(window, QLabel, "saveStateLabel")
    qtbot.waitUntil(lambda: status.text() == "Zapisano")
    monkeypatch.setattr(
        SettingsDialog, "ask", classmethod(lambda cls, parent, language, settings=None: "en")
    )
    window.action_settings.trigger()
    qtbot.waitUntil(lambda: status.text() == "Saved")


def test_new_participant_is_saved_listed_and_selected(
    qtbot, make_window: MakeWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+N opens the participant form; the saved participant appears selected."""
    window = make_window()
    new = make_participant(last_name="Kowalska", first_name="Anna")

    def fake_ask(cls, parent, service, executor, participant):
        assert participant is None
        service.save(new)
        return new

    monkeypatch.setattr(ParticipantDialog, "ask", classmethod(fake_ask))
    assert window.action_new_participant.shortcut() == QKeySequence("Ctrl+N")
    window.action_new_participant.trigger()
    qtbot.waitUntil(lambda: window.selected_row() is not None)
    selected = window.selected_row()
    assert selected is not None and selected.participant_id == new.id
    assert child(window, QLabel, "saveStateLabel").text() == "Zapisano"


def test_enter_on_a_row_opens_the_participant_form(
    qtbot, make_window: MakeWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pressing Enter on a list row opens that participant for editing."""
    (anna,) = _add(services, ("Kowalska", "Anna", "Miechów"))
    window = make_window()
    opened: list[Participant | None] = []
    monkeypatch.setattr(
        ParticipantDialog,
        "ask",
        classmethod(lambda cls, parent, service, executor, participant: opened.append(participant)),
    )
    window.search_field.setFocus()
    QTest.keyClick(window.search_field, Qt.Key.Key_Down)  # into the list, first row selected
    assert window.view.hasFocus()
    QTest.keyClick(window.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(opened) == 1)
    assert opened[0] == anna


def test_new_balance_for_the_selected_participant(
    qtbot, make_window: MakeWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl+B asks for variant and project, creates the balance and lists it."""
    (anna,) = _add(services, ("Kowalska", "Anna", "Miechów"))
    window = make_window()
    asked: list[tuple[tuple[str, ...], str]] = []

    def choose(cls, parent, codes, participant_name=""):
        asked.append((tuple(codes), participant_name))
        return Variant.IN_DEPTH, "KKZ"

    monkeypatch.setattr(NewBalanceDialog, "ask", classmethod(choose))
    window.view.selectRow(0)
    assert window.action_new_balance.isEnabled()
    assert window.action_new_balance.shortcut() == QKeySequence("Ctrl+B")
    with qtbot.waitSignal(window.balance_did_create) as created:
        window.action_new_balance.trigger()
    assert asked == [(("KK", "KKZ", "MPDK-S1"), "Kowalska Anna")]
    assert created.args[0].participant.id == anna.id
    _settle(qtbot)
    row = window.model.find_row(balance_id=created.args[0].balance.id)
    assert row >= 0
    assert window.model.index(row, COL_VARIANT).data() == "Pogłębiony"
    assert window.model.index(row, COL_PROJECT).data() == "KKZ"
    selected = window.selected_row()
    assert selected is not None and selected.balance_id == created.args[0].balance.id


def test_actions_on_a_row_need_a_selection(make_window: MakeWindow, services: Services) -> None:
    """Edit and New balance are disabled until a row is selected."""
    _add(services, ("Kowalska", "Anna", "Miechów"))
    window = make_window()
    assert not window.action_edit_participant.isEnabled()
    assert not window.action_new_balance.isEnabled()
    window.view.selectRow(0)
    assert window.action_edit_participant.isEnabled()
    assert window.action_new_balance.isEnabled()


@pytest.mark.parametrize(
    ("count", "text"), [(1, "1 wpis"), (3, "3 wpisy"), (5, "5 wpisów"), (22, "22 wpisy")]
)
def test_row_count_uses_polish_plural_forms(
    make_window: MakeWindow, services: Services, count: int, text: str
) -> None:
    """The status bar count says "1 wpis", "3 wpisy", "5 wpisów", "22 wpisy"."""
    _add(services, *[(f"Nowak{n:02d}", "Jan", "Bochnia") for n in range(count)])
    window = make_window()
    assert child(window, QLabel, "countLabel").text() == text


def test_every_interactive_widget_has_an_accessible_name(
    make_window: MakeWindow, services: Services
) -> None:
    """Toolbar buttons, search, list and its header all carry accessible names."""
    _add(services, ("Kowalska", "Anna", "Miechów"))
    window = make_window()
    assert interactive_widgets_without_name(window) == []
    for action in window.findChildren(type(window.action_quit)):
        if action.isSeparator() or not action.text():
            continue
        assert action.toolTip(), f"{action.objectName()} has no tooltip"


def test_profile_and_advisor_are_shown(make_window: MakeWindow, services: Services) -> None:
    """The status bar names the open profile and its advisor."""
    window = make_window()
    label = child(window, QLabel, "profileLabel")
    assert label.text() == (
        f"Profil: {services.profile.profile_name} · Doradca: {services.profile.advisor_name}"
    )
