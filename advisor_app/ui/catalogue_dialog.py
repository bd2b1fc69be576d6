"""The reference catalogues in the UI: a competence picker and a read-only browser (DOMAIN.md §3).

* :class:`CompetenceSearch` searches the seed competence list as the advisor types (case and
  Polish letters ignored, :meth:`ReferenceCatalogue.search_competences`), filtered by kind and
  category.
* :class:`CompetencePickerDialog` wraps it for the competences stage: Enter or a double click
  picks the highlighted competence. Logic calls :meth:`CompetencePickerDialog.ask`, the seam
  tests replace.
* :class:`CatalogueDialog` is a non-modal window with one read-only tab per catalogue:
  competences, evidence types with the four criteria, PRK levels, EU key competences,
  qualifications (a tree down to the verification criteria) and BUR categories.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisor_app.catalogue.reference import (
    QUALIFICATION_KINDS,
    CompetenceEntry,
    Qualification,
    ReferenceCatalogue,
)
from advisor_app.domain.enums import CompetenceKind
from advisor_app.ui.enum_text import enum_text
from advisor_app.ui.i18n import current_language
from advisor_app.ui.widgets import ChoiceCombo, strip_mnemonic

__all__ = ["CatalogueDialog", "CompetencePickerDialog", "CompetenceSearch"]


def _category_name(catalogue: ReferenceCatalogue, code: str, language: str) -> str:
    try:
        return catalogue.category(code).name(language)
    except KeyError:
        return code  # a category of a newer catalogue: its code is all we know


def _read_only_table(name: str) -> QTableWidget:
    table = QTableWidget()
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill_table(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    table.clear()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
    width = table.fontMetrics().averageCharWidth()
    for column in range(len(headers) - 1):
        table.setColumnWidth(column, min(table.columnWidth(column), width * 40))
    table.resizeRowsToContents()


class CompetenceSearch(QWidget):
    """Search field, kind and category filters and the matching seed competences.

    Args:
        catalogue: The reference catalogue.
        kind: The kind shown first (None: all kinds).
        parent: Parent widget.

    Signals:
        entry_activated(object): Enter or a double click on a competence (its CompetenceEntry).
    """

    entry_activated = Signal(object)

    def __init__(
        self,
        catalogue: ReferenceCatalogue,
        kind: CompetenceKind | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the search and list every competence of ``kind``."""
        super().__init__(parent)
        self.setObjectName("competenceSearch")
        self._catalogue = catalogue
        self._entries: tuple[CompetenceEntry, ...] = ()
        self._search_label = QLabel()
        self._search_label.setObjectName("catalogueSearchLabel")
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("catalogueSearchEdit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self.refresh())
        self.search_edit.installEventFilter(self)
        self._search_label.setBuddy(self.search_edit)
        self._kind_label = QLabel()
        self._kind_label.setObjectName("catalogueKindLabel")
        self.kind_combo = ChoiceCombo()
        self.kind_combo.setObjectName("catalogueKindCombo")
        self.kind_combo.set_choices([None, *CompetenceKind])
        self.kind_combo.select_value(kind)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self._kind_label.setBuddy(self.kind_combo)
        self._category_label = QLabel()
        self._category_label.setObjectName("catalogueCategoryLabel")
        self.category_combo = ChoiceCombo()
        self.category_combo.setObjectName("catalogueCategoryCombo")
        self.category_combo.set_choices([None, *(c.code for c in catalogue.categories())])
        self.category_combo.setCurrentIndex(0)
        self.category_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self._category_label.setBuddy(self.category_combo)
        self.results = QTreeWidget()
        self.results.setObjectName("catalogueCompetenceList")
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setAllColumnsShowFocus(True)
        self.results.setColumnCount(3)
        self.results.itemActivated.connect(self._activated)
        self._count_label = QLabel()
        self._count_label.setObjectName("catalogueCountLabel")

        filters = QHBoxLayout()
        filters.addWidget(self._search_label)
        filters.addWidget(self.search_edit, 3)
        filters.addWidget(self._kind_label)
        filters.addWidget(self.kind_combo, 1)
        filters.addWidget(self._category_label)
        filters.addWidget(self.category_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.results, 1)
        layout.addWidget(self._count_label)
        QWidget.setTabOrder(self.search_edit, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.results)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        language = current_language()
        texts = (
            (self._search_label, self.search_edit, self.tr("&Search:")),
            (self._kind_label, self.kind_combo, self.tr("&Type:")),
            (self._category_label, self.category_combo, self.tr("Categor&y:")),
        )
        for label, field, text in texts:
            label.setText(text)
            field.setAccessibleName(strip_mnemonic(text).rstrip(":"))
        self.search_edit.setAccessibleName(self.tr("Search the competence catalogue"))
        self.search_edit.setPlaceholderText(self.tr("A word of the name, e.g. kasa"))
        self.search_edit.setToolTip(
            self.tr(
                "Type part of a word; Polish letters are optional. Down arrow goes to the list."
            )
        )
        all_kinds, all_categories = self.tr("All types"), self.tr("All categories")
        self.kind_combo.set_texts(lambda kind: enum_text(kind) if kind else all_kinds)
        self.category_combo.set_texts(
            lambda code: _category_name(self._catalogue, code, language) if code else all_categories
        )
        self.results.setHeaderLabels(
            [self.tr("Competence"), self.tr("Category"), self.tr("Example")]
        )
        self.results.setAccessibleName(self.tr("Competences of the catalogue"))
        self.refresh()

    def entries(self) -> tuple[CompetenceEntry, ...]:
        """The competences listed now, in list order."""
        return self._entries

    def current_entry(self) -> CompetenceEntry | None:
        """The highlighted competence, or None."""
        item = self.results.currentItem()
        row = self.results.indexOfTopLevelItem(item) if item is not None else -1
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def refresh(self) -> None:
        """List the competences matching the search text and the filters."""
        language = current_language()
        self._entries = self._catalogue.search_competences(
            self.search_edit.text(),
            self.kind_combo.current_value(),
            self.category_combo.current_value(),
        )
        self.results.clear()
        for entry in self._entries:
            category = _category_name(self._catalogue, entry.category, language)
            item = QTreeWidgetItem([entry.name(language), category, entry.example_pl])
            item.setToolTip(0, f"{entry.name(language)} ({entry.code})\n{entry.name_pl}")
            item.setToolTip(2, entry.example_pl)
            self.results.addTopLevelItem(item)
        width = self.results.fontMetrics().averageCharWidth()
        self.results.setColumnWidth(0, width * 42)
        self.results.setColumnWidth(1, width * 22)
        first = self.results.topLevelItem(0)
        if first is not None:
            self.results.setCurrentItem(first)
        count = len(self._entries)
        self._count_label.setText(
            self.tr("%n competence(s)", "", count) if count else self.tr("No competence matches.")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down arrow in the search field moves to the list (typing then arrows, then Enter)."""
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.results.topLevelItemCount()
        ):
            self.results.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        row = self.results.indexOfTopLevelItem(item)
        if 0 <= row < len(self._entries):
            self.entry_activated.emit(self._entries[row])


class CompetencePickerDialog(QDialog):
    """Choose a competence of the seed list to start a competence from.

    Args:
        catalogue: The reference catalogue.
        kind: The kind listed first (None: all kinds).
        parent: Parent window.
    """

    def __init__(
        self,
        catalogue: ReferenceCatalogue,
        kind: CompetenceKind | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the dialog with the search field focused."""
        super().__init__(parent)
        self.setObjectName("competencePickerDialog")
        self.search = CompetenceSearch(catalogue, kind, self)
        self.search.entry_activated.connect(lambda _entry: self.accept())
        self.search.results.currentItemChanged.connect(lambda *_args: self._update())
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._ok = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setObjectName("pickCompetenceButton")
        self._ok.setDefault(True)
        self._cancel = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self._cancel.setObjectName("cancelButton")
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search, 1)
        layout.addWidget(self._buttons)
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 150, self.fontMetrics().height() * 30)
        self.retranslateUi()
        self._update()
        self.search.search_edit.setFocus()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        catalogue: ReferenceCatalogue,
        kind: CompetenceKind | None = None,
    ) -> CompetenceEntry | None:
        """Open the dialog modally.

        Returns:
            The chosen competence, or None when cancelled.
        """
        dialog = cls(catalogue, kind, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.chosen()
        finally:
            dialog.deleteLater()

    def chosen(self) -> CompetenceEntry | None:
        """The highlighted competence, or None."""
        return self.search.current_entry()

    def accept(self) -> None:
        """Close with the highlighted competence (nothing happens while none is listed)."""
        if self.chosen() is not None:
            super().accept()

    def changeEvent(self, event: QEvent) -> None:
        """Re-set texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Competence from the catalogue"))
        self.search.retranslateUi()
        self._ok.setText(self.tr("&Use competence"))
        self._ok.setAccessibleName(self.tr("Use the selected competence"))
        self._cancel.setText(self.tr("Cancel"))
        self._cancel.setAccessibleName(self.tr("Cancel"))

    def _update(self) -> None:
        self._ok.setEnabled(self.chosen() is not None)


class CatalogueDialog(QDialog):
    """A non-modal, read-only view of every reference catalogue, one tab each.

    Args:
        catalogue: The reference catalogue.
        parent: Parent window.
    """

    def __init__(self, catalogue: ReferenceCatalogue, parent: QWidget | None = None) -> None:
        """Build the tabs and fill them."""
        super().__init__(parent)
        self.setObjectName("catalogueDialog")
        self.setModal(False)
        self._catalogue = catalogue
        self._version_label = QLabel()
        self._version_label.setObjectName("catalogueVersionLabel")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("catalogueTabs")
        self.competence_search = CompetenceSearch(catalogue)
        self.evidence_table = _read_only_table("evidenceTypesTable")
        self.criteria_table = _read_only_table("evidenceCriteriaTable")
        self.prk_table = _read_only_table("prkLevelsTable")
        self.eu_table = _read_only_table("euKeyCompetencesTable")
        self.bur_table = _read_only_table("burCategoriesTable")
        self.qualification_tree = QTreeWidget()
        self.qualification_tree.setObjectName("qualificationTree")
        self.qualification_tree.setColumnCount(3)
        self.qualification_tree.setWordWrap(True)
        self._criteria_label = QLabel()
        self._criteria_label.setObjectName("evidenceCriteriaLabel")
        self._criteria_label.setBuddy(self.criteria_table)
        self._sample_note = QLabel()
        self._sample_note.setObjectName("qualificationSampleNote")
        self._sample_note.setWordWrap(True)

        evidence_tab = QWidget()
        evidence_layout = QVBoxLayout(evidence_tab)
        evidence_layout.addWidget(self.evidence_table, 3)
        evidence_layout.addWidget(self._criteria_label)
        evidence_layout.addWidget(self.criteria_table, 2)
        qualification_tab = QWidget()
        qualification_layout = QVBoxLayout(qualification_tab)
        qualification_layout.addWidget(self._sample_note)
        qualification_layout.addWidget(self.qualification_tree, 1)
        self._pages: list[tuple[QWidget, str]] = [
            (self.competence_search, "competencesTab"),
            (evidence_tab, "evidenceTab"),
            (self.prk_table, "prkLevelsTab"),
            (self.eu_table, "euKeyCompetencesTab"),
            (qualification_tab, "qualificationsTab"),
            (self.bur_table, "burCategoriesTab"),
        ]
        for page, name in self._pages:
            if not page.objectName():
                page.setObjectName(name)
            self.tabs.addTab(page, "")

        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._close = self._buttons.button(QDialogButtonBox.StandardButton.Close)
        self._close.setObjectName("closeButton")
        self._buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self._version_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._buttons)
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 160, self.fontMetrics().height() * 40)
        self.retranslateUi()

    def changeEvent(self, event: QEvent) -> None:
        """Re-set texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language and refill the tabs."""
        catalogue = self._catalogue
        self.setWindowTitle(self.tr("Reference catalogues"))
        self._version_label.setText(
            self.tr("Catalogue version {version} of {date}").format(
                version=catalogue.version, date=catalogue.updated.strftime("%d.%m.%Y")
            )
        )
        titles = (
            self.tr("&Competences"),
            self.tr("&Evidence"),
            self.tr("&PRK levels"),
            self.tr("E&U key competences"),
            self.tr("&Qualifications"),
            self.tr("&BUR categories"),
        )
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)
            self._pages[index][0].setAccessibleName(strip_mnemonic(title))
        self.tabs.setAccessibleName(self.tr("Reference catalogues"))
        self.tabs.tabBar().setAccessibleName(self.tr("Catalogues"))
        self.competence_search.retranslateUi()
        self._close.setText(self.tr("Close"))
        self._close.setAccessibleName(self.tr("Close"))
        self._fill_evidence()
        self._fill_small_tables()
        self._fill_qualifications()

    def _fill_evidence(self) -> None:
        language = current_language()
        polish = language == "pl"
        never_sole = self.tr("never the only evidence")
        _fill_table(
            self.evidence_table,
            (self.tr("Evidence type"), self.tr("Code"), self.tr("Note"), self.tr("What counts")),
            [
                (
                    t.name(language),
                    t.ibe_code,
                    never_sole if t.never_sole_basis else "",
                    t.description_pl if polish else t.description_en,
                )
                for t in self._catalogue.evidence_types()
            ],
        )
        self.evidence_table.setAccessibleName(self.tr("Evidence types"))
        criteria = self.tr("Evidence c&riteria")
        self._criteria_label.setText(criteria)
        self.criteria_table.setAccessibleName(strip_mnemonic(criteria))
        _fill_table(
            self.criteria_table,
            (self.tr("Criterion"), self.tr("Meaning")),
            [
                (c.name(language), c.description_pl if polish else c.description_en)
                for c in self._catalogue.evidence_criteria()
            ],
        )

    def _fill_small_tables(self) -> None:
        language = current_language()
        polish = language == "pl"
        _fill_table(
            self.prk_table,
            (self.tr("Level"), self.tr("Typical tasks"), self.tr("Typical qualifications")),
            [
                (
                    str(p.level),
                    p.descriptor_pl if polish else p.descriptor_en,
                    p.typical_pl if polish else p.typical_en,
                )
                for p in self._catalogue.prk_levels()
            ],
        )
        _fill_table(
            self.eu_table,
            (self.tr("No."), self.tr("Key competence")),
            [(str(k.number), k.name(language)) for k in self._catalogue.eu_key_competences()],
        )
        _fill_table(
            self.bur_table,
            (self.tr("Category"), self.tr("Code"), self.tr("Training in Kierunek Kariera")),
            [
                (b.name(language), b.code, b.kk_scope_pl if polish else b.kk_scope_en)
                for b in self._catalogue.bur_categories()
            ],
        )

    def _qualification_notes(self, qualification: Qualification) -> str:
        kind = QUALIFICATION_KINDS.get(qualification.kind, (qualification.kind,) * 2)
        parts = [kind[0] if current_language() == "pl" else kind[1]]
        if qualification.prk_level is not None:
            parts.append(self.tr("PRK level {level}").format(level=qualification.prk_level))
        if qualification.sample:
            parts.append(self.tr("sample data"))
        return " · ".join(parts)

    def _fill_qualifications(self) -> None:
        language = current_language()
        sample = self.tr("sample data")
        tree = self.qualification_tree
        tree.clear()
        tree.setHeaderLabels([self.tr("Qualification and learning outcomes"), self.tr("Code"), ""])
        tree.setAccessibleName(self.tr("Qualifications, learning outcomes, verification criteria"))
        for qualification in self._catalogue.qualifications():
            top = QTreeWidgetItem(
                [
                    qualification.name(language),
                    qualification.code,
                    self._qualification_notes(qualification),
                ]
            )
            top.setToolTip(0, qualification.name_pl)
            tree.addTopLevelItem(top)
            for outcome_set in qualification.current_sets():
                set_item = QTreeWidgetItem(
                    [outcome_set.name_pl, outcome_set.code, sample if outcome_set.sample else ""]
                )
                set_item.setToolTip(0, outcome_set.name_pl)
                top.addChild(set_item)
                for outcome in outcome_set.current_outcomes():
                    outcome_item = QTreeWidgetItem([outcome.text_pl, outcome.code, ""])
                    outcome_item.setToolTip(0, outcome.text_pl)
                    set_item.addChild(outcome_item)
                    for criterion in outcome.criteria:
                        criterion_item = QTreeWidgetItem(
                            [criterion, "", self.tr("verification criterion")]
                        )
                        criterion_item.setToolTip(0, criterion)
                        outcome_item.addChild(criterion_item)
        tree.expandAll()
        width = tree.fontMetrics().averageCharWidth()
        tree.setColumnWidth(0, width * 90)
        tree.setColumnWidth(1, width * 26)
        self._sample_note.setText(
            self.tr(
                "Entries marked “sample data” were written for the app to practise with; the "
                "official texts come from the Integrated Qualifications Register (ZRK)."
            )
        )
