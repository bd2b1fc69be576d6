"""The competence picker and the reference catalogue browser: search, picking, tabs, a11y."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMenu,
    QTreeWidgetItem,
    QWidget,
)

from advisor_app.catalogue.reference import ReferenceCatalogue, default_reference_catalogue
from advisor_app.domain.enums import CompetenceKind
from advisor_app.ui import dialogs
from advisor_app.ui.catalogue_dialog import CatalogueDialog, CompetencePickerDialog
from advisor_app.ui.main_window import MainWindow
from tests.gui.helpers import child, interactive_widgets_without_name

CASH_REGISTER = "KLI-01"
SKI = "ZRK-sample-pnzp"


@pytest.fixture
def catalogue() -> ReferenceCatalogue:
    """The shipped reference catalogue."""
    return default_reference_catalogue()


@pytest.fixture
def picker(qtbot, catalogue: ReferenceCatalogue) -> CompetencePickerDialog:
    """The shown competence picker over every kind."""
    dialog = CompetencePickerDialog(catalogue)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.fixture
def browser(qtbot, catalogue: ReferenceCatalogue) -> CatalogueDialog:
    """The shown catalogue browser."""
    dialog = CatalogueDialog(catalogue)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _codes(picker: CompetencePickerDialog) -> list[str]:
    return [entry.code for entry in picker.search.entries()]


def test_typing_kasa_finds_the_cash_register_competence(
    qtbot, picker: CompetencePickerDialog
) -> None:
    """The list filters as the advisor types; "kasa" lists the cash register first."""
    everything = len(_codes(picker))
    qtbot.keyClicks(picker.search.search_edit, "kasa")
    assert 0 < len(_codes(picker)) < everything
    assert _codes(picker)[0] == CASH_REGISTER
    chosen = picker.chosen()
    assert chosen is not None and chosen.code == CASH_REGISTER


@pytest.mark.parametrize("typed", ["obsluga kasy", "OBSŁUGA KASY", "Obsluga kasy fiskalnej"])
def test_search_ignores_case_and_polish_letters(picker: CompetencePickerDialog, typed: str) -> None:
    """Polish letters and capitals are optional when searching."""
    picker.search.search_edit.setText(typed)  # QTest cannot type "Ł"
    assert CASH_REGISTER in _codes(picker)


def test_kind_and_category_filters_narrow_the_list(picker: CompetencePickerDialog) -> None:
    """The kind and category filters keep only matching competences; nothing matched says so."""
    picker.search.kind_combo.select_value(CompetenceKind.SOCIAL)
    entries = picker.search.entries()
    assert entries and all(e.kind is CompetenceKind.SOCIAL for e in entries)
    picker.search.kind_combo.select_value(None)
    picker.search.category_combo.select_value("customer_service")
    assert {e.category for e in picker.search.entries()} == {"customer_service"}
    picker.search.search_edit.setText("zzzz-nic-takiego")
    assert picker.search.entries() == ()
    assert not child(picker, QWidget, "pickCompetenceButton").isEnabled()


def test_enter_in_the_search_field_picks_the_first_match(
    qtbot, picker: CompetencePickerDialog
) -> None:
    """Type, press Enter: the dialog closes with the highlighted competence."""
    qtbot.keyClicks(picker.search.search_edit, "kasa")
    qtbot.keyClick(picker.search.search_edit, Qt.Key.Key_Return)
    assert picker.result() == CompetencePickerDialog.DialogCode.Accepted
    chosen = picker.chosen()
    assert chosen is not None and chosen.code == CASH_REGISTER


def test_down_arrow_and_double_click_pick_from_the_list(
    qtbot, picker: CompetencePickerDialog
) -> None:
    """Down arrow moves from the search to the list; a double click on a row picks it."""
    qtbot.keyClicks(picker.search.search_edit, "kasa")
    qtbot.keyClick(picker.search.search_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is picker.search.results
    results = picker.search.results
    second = results.topLevelItem(1)
    assert second is not None
    rect = results.visualItemRect(second)
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picker.result() == CompetencePickerDialog.DialogCode.Accepted
    assert picker.chosen() == picker.search.entries()[1]


def test_picker_controls_are_named(picker: CompetencePickerDialog) -> None:
    """Every control of the picker has an accessible name and an object name."""
    assert interactive_widgets_without_name(picker) == []


def test_browser_shows_every_catalogue_in_named_tabs(
    browser: CatalogueDialog, catalogue: ReferenceCatalogue
) -> None:
    """Six tabs, each populated, with the catalogue version; every control is named."""
    assert browser.tabs.count() == 6
    assert catalogue.version in child(browser, QWidget, "catalogueVersionLabel").property("text")
    assert browser.competence_search.entries() == catalogue.competences()
    assert browser.evidence_table.rowCount() == len(catalogue.evidence_types())
    assert browser.criteria_table.rowCount() == 4
    assert browser.prk_table.rowCount() == 8
    assert browser.eu_table.rowCount() == 8
    assert browser.bur_table.rowCount() == len(catalogue.bur_categories())
    assert browser.qualification_tree.topLevelItemCount() == len(catalogue.qualifications())
    for index in range(browser.tabs.count()):
        browser.tabs.setCurrentIndex(index)
        page = browser.tabs.widget(index)
        assert page is not None and page.objectName() and page.accessibleName()
        assert browser.tabs.tabText(index)
        assert interactive_widgets_without_name(browser) == []
    tables = (browser.evidence_table, browser.prk_table, browser.bur_table)
    assert all(t.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers for t in tables)


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    children = [item.child(i) for i in range(item.childCount())]
    return [c for c in children if c is not None]


def test_qualification_tree_shows_the_ski_sets_outcomes_and_criteria(
    browser: CatalogueDialog, catalogue: ReferenceCatalogue
) -> None:
    """The ski qualification opens into its sets, outcomes and verification criteria."""
    tree = browser.qualification_tree
    tops = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    ski = next(item for item in tops if item is not None and item.text(1) == SKI)
    qualification = catalogue.qualification(SKI)
    assert "sample data" in ski.text(2) or "przykładowe" in ski.text(2)
    sets = _children(ski)
    assert [s.text(1) for s in sets] == [s.code for s in qualification.current_sets()]
    first_set = qualification.current_sets()[0]
    outcomes = _children(sets[0])
    assert [o.text(0) for o in outcomes] == [o.text_pl for o in first_set.current_outcomes()]
    criteria = [c.text(0) for c in _children(outcomes[0])]
    assert criteria == list(first_set.current_outcomes()[0].criteria)
    assert ski.isExpanded() and sets[0].isExpanded()


def test_main_window_menu_opens_one_non_modal_browser(
    make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Help → Reference catalogues opens the browser without blocking; again raises the same."""
    main_window = make_window()
    monkeypatch.setattr(dialogs, "show_error", lambda *args, **kwargs: pytest.fail("error"))
    action = main_window.action_catalogues
    assert action in child(main_window, QMenu, "helpMenu").actions()
    action.trigger()
    first = main_window.findChild(CatalogueDialog)
    assert first is not None and first.isVisible() and not first.isModal()
    first.close()
    action.trigger()
    assert main_window.findChildren(CatalogueDialog) == [first] and first.isVisible()
