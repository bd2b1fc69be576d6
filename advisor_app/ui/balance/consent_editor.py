"""Consents of a balance (DOMAIN.md §2.10.2): record a consent, withdraw it, never delete it.

A consent records its purpose, the GDPR article the processing rests on, the version of the
clause text the participant signed or heard, the form it took and when it was given. A withdrawal
is recorded with its time and the consent stays in the list, greyed, so the balance shows what
happened and when (Qualiopi: "documentées, datées, traçables"). There is no delete, not even for a
consent recorded by mistake: it is withdrawn, which is the honest record of that mistake.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QLocale, Qt, QTimeZone, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from advisor_app.domain.editing import add_item, find_item, update_item
from advisor_app.domain.entities import BalanceRecord, Consent
from advisor_app.domain.enums import ConsentForm, ConsentPurpose, LegalBasis
from advisor_app.services.clock import Clock, IdFactory, new_uuid7, utc_now
from advisor_app.ui import dialogs
from advisor_app.ui.balance.draft import BalanceDraft
from advisor_app.ui.balance.text_fields import FieldNote, muted_color
from advisor_app.ui.enum_text import enum_text
from advisor_app.ui.widgets import BoundedLineEdit, ChoiceCombo, strip_mnemonic

__all__ = [
    "ConsentEditor",
    "add_consent",
    "datetime_text",
    "default_legal_basis",
    "withdraw_consent",
]

COL_PURPOSE, COL_BASIS, COL_VERSION, COL_FORM, COL_GIVEN, COL_STATE = range(6)

# DOMAIN.md §2.10.2: project data rest on a legal obligation (art. 6(1)(c)); optional processing
# (photos of work, images of others, sharing the portfolio, contact later) on consent (6(1)(a)).
_DEFAULT_BASIS: dict[ConsentPurpose, LegalBasis] = {
    ConsentPurpose.PROJECT_PROCESSING: LegalBasis.LEGAL_OBLIGATION,
    ConsentPurpose.EVIDENCE_PHOTOS: LegalBasis.CONSENT,
    ConsentPurpose.THIRD_PARTY_IMAGES: LegalBasis.CONSENT,
    ConsentPurpose.PORTFOLIO_SHARING: LegalBasis.CONSENT,
    ConsentPurpose.CONTACT_AFTER_PROJECT: LegalBasis.CONSENT,
    ConsentPurpose.OTHER: LegalBasis.CONSENT,
}


def default_legal_basis(purpose: ConsentPurpose) -> LegalBasis:
    """The legal basis a consent of ``purpose`` usually rests on (DOMAIN.md §2.10.2)."""
    return _DEFAULT_BASIS[purpose]


def add_consent(record: BalanceRecord, consent: Consent) -> BalanceRecord:
    """Return ``record`` with ``consent`` appended."""
    return dataclasses.replace(record, consents=add_item(record.consents, consent))


def withdraw_consent(record: BalanceRecord, consent_id: UUID, at: dt.datetime) -> BalanceRecord:
    """Record the withdrawal of a consent at ``at``; an already withdrawn one keeps its date."""

    def withdraw(consent: Consent) -> Consent:
        if consent.withdrawn_at is not None:
            return consent
        return dataclasses.replace(consent, withdrawn_at=at)

    return dataclasses.replace(record, consents=update_item(record.consents, consent_id, withdraw))


def datetime_text(value: dt.datetime) -> str:
    """A UTC timestamp as local date and time in the UI locale's short form."""
    moment = QDateTime.fromMSecsSinceEpoch(
        int(value.timestamp() * 1000), QTimeZone(QTimeZone.Initialization.UTC)
    ).toLocalTime()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def _article_text(basis: LegalBasis) -> str:
    # "6.1.c" → article 6, paragraph 1, letter c; Polish writes "art. 6 ust. 1 lit. c".
    article, paragraph, letter = basis.value.split(".")
    return QCoreApplication.translate(
        "ConsentEditor", "Art. {article}({paragraph})({letter})"
    ).format(article=article, paragraph=paragraph, letter=letter)


class ConsentEditor(QWidget):
    """The consents of the open balance: a table, a Withdraw button and a form to record one.

    Every change is an edit of the draft (undoable). The witness of an oral consent, and the
    person recording any consent, is the balance's advisor.

    Args:
        draft: The open balance.
        clock: Time of a new consent or a withdrawal (UTC).
        new_id: Creates the ID of a new consent.
        parent: Parent widget.

    Signals:
        consent_did_add(object): A consent was recorded; carries its ID.
        consent_did_withdraw(object): A consent was withdrawn; carries its ID.
    """

    consent_did_add = Signal(object)
    consent_did_withdraw = Signal(object)

    def __init__(
        self,
        draft: BalanceDraft,
        *,
        clock: Clock = utc_now,
        new_id: IdFactory = new_uuid7,
        parent: QWidget | None = None,
    ) -> None:
        """Build the editor and show the draft's consents."""
        super().__init__(parent)
        self.setObjectName("consentEditor")
        self.draft = draft
        self._clock = clock
        self._new_id = new_id
        self._consents: tuple[Consent, ...] | None = None
        self._build()
        self.retranslateUi()
        latest = max(draft.record.consents, key=lambda c: c.given_at, default=None)
        self.version_edit.setText(latest.text_version if latest is not None else "")
        self.load(draft.record)

    # --- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("consentTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the next field
        self.table.setWordWrap(False)
        self.table.setCornerButtonEnabled(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setObjectName("consentTableHeader")
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PURPOSE, QHeaderView.ResizeMode.Stretch)
        row_height = self.table.fontMetrics().height() + 10
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self._row_height = row_height
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._fit_table_height(0)

        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("withdrawConsentButton")
        self.withdraw_button.clicked.connect(lambda: self.withdraw_selected())
        self.note = FieldNote(self.table)
        self.note.setObjectName("consentsNote")

        self.purpose_combo = ChoiceCombo()
        self.purpose_combo.setObjectName("consentPurposeCombo")
        self.purpose_combo.set_choices(list(ConsentPurpose))
        self.purpose_combo.select_value(ConsentPurpose.PROJECT_PROCESSING)
        self.basis_combo = ChoiceCombo()
        self.basis_combo.setObjectName("consentBasisCombo")
        self.basis_combo.set_choices(list(LegalBasis))
        self.basis_combo.select_value(default_legal_basis(ConsentPurpose.PROJECT_PROCESSING))
        self.purpose_combo.currentIndexChanged.connect(self._purpose_changed)
        self.version_edit = BoundedLineEdit()
        self.version_edit.setObjectName("consentVersionEdit")
        self.version_note = FieldNote(self.version_edit)
        self.version_note.setObjectName("consentVersionNote")
        self.version_edit.textEdited.connect(lambda _text: self.version_note.set_notes([]))
        self.form_combo = ChoiceCombo()
        self.form_combo.setObjectName("consentFormCombo")
        self.form_combo.set_choices(list(ConsentForm))
        self.form_combo.select_value(ConsentForm.SIGNED_PAPER)
        self.form_combo.currentIndexChanged.connect(self._update_witness)
        self.witness_label = QLabel()
        self.witness_label.setObjectName("consentWitnessLabel")
        self.witness_label.setWordWrap(True)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addConsentButton")
        self.add_button.clicked.connect(lambda: self.add_from_form())

        self._new_heading = QLabel()
        self._new_heading.setObjectName("newConsentHeading")
        font = QFont(self._new_heading.font())
        font.setBold(True)
        self._new_heading.setFont(font)
        self._labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setContentsMargins(0, 0, 0, 0)

        def row(key: str, field: QWidget, *below: QWidget) -> None:
            label = QLabel()
            label.setObjectName(f"consent{key.capitalize()}Label")
            label.setBuddy(field)
            self._labels[key] = label
            cell = QVBoxLayout()
            cell.setContentsMargins(0, 0, 0, 0)
            cell.setSpacing(2)
            cell.addWidget(field)
            for widget in below:
                cell.addWidget(widget)
            form.addRow(label, cell)

        row("purpose", self.purpose_combo)
        row("basis", self.basis_combo)
        row("version", self.version_edit, self.version_note)
        row("form", self.form_combo, self.witness_label)
        for combo in (self.purpose_combo, self.basis_combo, self.form_combo):
            combo.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.version_edit.setMaximumWidth(self.version_edit.fontMetrics().averageCharWidth() * 32)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        form.addRow("", add_row)

        withdraw_row = QHBoxLayout()
        withdraw_row.addWidget(self.withdraw_button)
        withdraw_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.note)
        layout.addLayout(withdraw_row)
        layout.addSpacing(8)
        layout.addWidget(self._new_heading)
        layout.addLayout(form)

    def form_labels(self) -> list[QLabel]:
        """The labels of the "record a consent" form (the page aligns them with its own)."""
        return list(self._labels.values())

    def tab_chain(self) -> list[QWidget]:
        """The editor's focusable widgets in visual order (for the page's tab order)."""
        return [
            self.table,
            self.withdraw_button,
            self.purpose_combo,
            self.basis_combo,
            self.version_edit,
            self.form_combo,
            self.add_button,
        ]

    # --- translation --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Re-set texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Purpose"),
                self.tr("Legal basis"),
                self.tr("Clause version"),
                self.tr("Form"),
                self.tr("Given"),
                self.tr("State"),
            ]
        )
        self.table.setAccessibleName(self.tr("Consents"))
        self.table.horizontalHeader().setAccessibleName(self.tr("Columns"))
        self.table.setToolTip(
            self.tr(
                "Consents are never deleted. A consent recorded by mistake is withdrawn, "
                "so the balance keeps an honest record of what happened and when."
            )
        )
        self.withdraw_button.setText(self.tr("&Withdraw consent…"))
        self.withdraw_button.setAccessibleName(self.tr("Withdraw the selected consent"))
        self.withdraw_button.setToolTip(
            self.tr("Records the withdrawal with the current date and time; nothing is deleted.")
        )
        self._new_heading.setText(self.tr("Record a consent"))
        texts = {
            "purpose": self.tr("P&urpose"),
            "basis": self.tr("Legal &basis"),
            "version": self.tr("Clause &version"),
            "form": self.tr("F&orm"),
        }
        for key, text in texts.items():
            self._labels[key].setText(text)
            self._labels[key].buddy().setAccessibleName(strip_mnemonic(text))
        self.purpose_combo.set_texts(enum_text)
        self.basis_combo.set_texts(enum_text)
        self.form_combo.set_texts(enum_text)
        self.version_edit.setPlaceholderText(self.tr("e.g. WUP-KK-2026-01"))
        self.version_edit.setToolTip(
            self.tr("The version of the clause text the participant signed or heard.")
        )
        self.add_button.setText(self.tr("Record &consent"))
        self.add_button.setAccessibleName(self.tr("Record consent"))
        self._update_witness()
        if self._consents is not None:
            self._fill_table(self._consents)

    # --- load ---------------------------------------------------------------------------------

    def load(self, record: BalanceRecord) -> None:
        """Show the consents of ``record``, keeping the selected row."""
        if record.consents == self._consents:
            return
        self._fill_table(record.consents)
        self._update_witness()

    def set_issues(self, errors: Sequence[str], hints: Sequence[str]) -> None:
        """Show the issues about consents under the table."""
        self.note.set_notes(errors, hints)

    def _fill_table(self, consents: tuple[Consent, ...]) -> None:
        selected = self.selected_id()
        self._consents = consents
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(consents))
            muted = muted_color(self.palette())
            for row, consent in enumerate(consents):
                values = {
                    COL_PURPOSE: enum_text(consent.purpose),
                    COL_BASIS: _article_text(consent.legal_basis),
                    COL_VERSION: consent.text_version,
                    COL_FORM: enum_text(consent.form),
                    COL_GIVEN: datetime_text(consent.given_at),
                    COL_STATE: self._state_text(consent),
                }
                for column, text in values.items():
                    item = QTableWidgetItem(text)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    if not consent.active:
                        item.setForeground(muted)
                        font = item.font()
                        font.setItalic(True)
                        item.setFont(font)
                    # Narrow columns elide; the tooltip has the whole text.
                    item.setToolTip(enum_text(consent.legal_basis) if column == COL_BASIS else text)
                    self.table.setItem(row, column, item)
            self._fit_table_height(len(consents))
            row = next((i for i, c in enumerate(consents) if c.id == selected), -1)
            if row >= 0:
                self.table.selectRow(row)
            else:
                self.table.clearSelection()
        finally:
            self.table.blockSignals(False)
        self._update_buttons()

    def _state_text(self, consent: Consent) -> str:
        if consent.withdrawn_at is None:
            return self.tr("Active")
        return self.tr("Withdrawn on {when}").format(when=datetime_text(consent.withdrawn_at))

    def _fit_table_height(self, rows: int) -> None:
        header = self.table.horizontalHeader().sizeHint().height()
        visible = min(max(rows, 2), 6)
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(header + visible * self._row_height + frame + 2)

    # --- actions ------------------------------------------------------------------------------

    def selected_id(self) -> UUID | None:
        """The ID of the selected consent, or None."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        consents = self._consents or ()
        if not rows or not 0 <= rows[0].row() < len(consents):
            return None
        return consents[rows[0].row()].id

    def select(self, consent_id: UUID) -> None:
        """Select the row of a consent."""
        row = next((i for i, c in enumerate(self._consents or ()) if c.id == consent_id), -1)
        if row >= 0:
            self.table.selectRow(row)

    def add_from_form(self) -> UUID | None:
        """Record a consent from the form; returns its ID (None when the version is missing)."""
        version = self.version_edit.text().strip()
        if not version:
            self.version_note.set_notes(
                [self.tr("Enter the version of the clause text before recording the consent.")]
            )
            self.version_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        purpose = self.purpose_combo.current_value() or ConsentPurpose.PROJECT_PROCESSING
        consent = Consent(
            id=self._new_id(),
            purpose=purpose,
            legal_basis=self.basis_combo.current_value() or default_legal_basis(purpose),
            text_version=version,
            given_at=self._clock(),
            # The balance's advisor records every consent and is the witness of an oral one.
            witnessed_by=self.draft.record.balance.advisor_id,
            form=self.form_combo.current_value() or ConsentForm.SIGNED_PAPER,
        )
        self.draft.edit(self.tr("Record a consent"), lambda r: add_consent(r, consent))
        self.load(self.draft.record)
        self.select(consent.id)
        self.consent_did_add.emit(consent.id)
        return consent.id

    def withdraw_selected(self) -> bool:
        """Ask, then record the withdrawal of the selected consent; True when withdrawn."""
        consent_id = self.selected_id()
        consent = find_item(self._consents or (), consent_id) if consent_id else None
        if consent is None or not consent.active:
            return False
        confirmed = dialogs.confirm(
            self,
            self.tr("Withdraw consent"),
            self.tr(
                "Withdraw the consent “{purpose}” given on {given}?\n\n"
                "The withdrawal is recorded with the current date and time. The consent stays "
                "in the list; processing based on it must stop. Photos and files of the "
                "evidence linked to it are deleted for good; the evidence stays as text."
            ).format(purpose=enum_text(consent.purpose), given=datetime_text(consent.given_at)),
            yes_text=self.tr("Withdraw"),
            no_text=self.tr("Keep the consent"),
        )
        if not confirmed:
            return False
        at = self._clock()
        self.draft.edit(
            self.tr("Withdraw a consent"), lambda r: withdraw_consent(r, consent.id, at)
        )
        self.load(self.draft.record)
        self.select(consent.id)
        self.consent_did_withdraw.emit(consent.id)
        return True

    # --- reacting -----------------------------------------------------------------------------

    def _purpose_changed(self) -> None:
        purpose = self.purpose_combo.current_value()
        if purpose is not None:
            self.basis_combo.select_value(default_legal_basis(purpose))

    def _update_witness(self) -> None:
        if self.form_combo.current_value() is ConsentForm.ORAL_WITH_WITNESS:
            self.witness_label.setText(
                self.tr("Witness: {advisor} (the advisor recording the consent).").format(
                    advisor=self.draft.record.balance.advisor_name
                )
            )
            self.witness_label.show()
        else:
            self.witness_label.hide()

    def _update_buttons(self) -> None:
        consent_id = self.selected_id()
        consent = find_item(self._consents or (), consent_id) if consent_id else None
        self.withdraw_button.setEnabled(consent is not None and consent.active)
