"""The participant's master data form (DOMAIN.md §2.1) with inline validation."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from concurrent.futures import Executor
from typing import Protocol
from uuid import UUID

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from advisor_app.domain import pesel as pesel_rules
from advisor_app.domain.entities import IdDocument, Participant
from advisor_app.domain.enums import (
    AccessibilityNeed,
    EducationLevel,
    IdDocumentKind,
    LabourMarketStatus,
    Sex,
)
from advisor_app.domain.issues import Issue, Severity
from advisor_app.errors import ValidationFailed
from advisor_app.ui.enum_text import COMMUNICATION_LANGUAGES, enum_text, language_name
from advisor_app.ui.issue_text import issue_text
from advisor_app.ui.tasks import Op, show_failure
from advisor_app.ui.widgets import BoundedLineEdit, ChoiceCombo, InlineMessage, strip_mnemonic

__all__ = ["ParticipantForm", "ParticipantSaver", "parse_date"]

# Stands in for the ID while a new participant is only being checked (never stored).
_UNSAVED_ID = UUID(int=0)

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DAY_FIRST_DATE = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")


def parse_date(text: str) -> dt.date | None:
    """Parse a date typed as ``31.01.1985``, ``31-01-1985``, ``31/01/1985`` or ``1985-01-31``.

    Returns:
        The date, or None when the text is not a real date in one of these forms.
    """
    text = text.strip()
    if match := _ISO_DATE.match(text):
        year, month, day = (int(g) for g in match.groups())
    elif match := _DAY_FIRST_DATE.match(text):
        day, month, year = (int(g) for g in match.groups())
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def format_date(value: dt.date | None) -> str:
    """Format a date the way Polish forms write it (``31.01.1985``)."""
    return "" if value is None else f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


class ParticipantSaver(Protocol):
    """What the form needs from the participant service."""

    def check(self, participant: Participant) -> tuple[Issue, ...]:
        """Validate without the database (called on the GUI thread)."""
        ...

    def save(self, participant: Participant) -> object:
        """Store the participant (called on the db executor); returns a ``SaveResult``."""
        ...

    def new_id(self) -> UUID:
        """An ID for a new participant (called on the db executor)."""
        ...


class ParticipantForm(QWidget):
    """Edits one participant: names, identity, residence, contact, situation, needs.

    Validation runs on every edit through ``service.check()`` (pure, no database) and shows
    a red message under the field. Content issues such as a wrong PESEL checksum never block
    saving: the draft keeps what the advisor typed. Only text that cannot be stored at all
    (rejected by the service) or a birth date that is not a date stops a save.

    Args:
        service: The participant service (``check`` on the GUI thread, ``save`` on the executor).
        executor: The db executor.
        parent: Parent widget.

    Signals:
        participant_did_save(object): The participant was stored; carries the saved
            :class:`Participant`.
        save_did_fail(): Saving was refused or failed; messages are shown in the form.
        saving_did_change(bool): A save started (True) or ended (False).
    """

    participant_did_save = Signal(object)
    save_did_fail = Signal()
    saving_did_change = Signal(bool)

    def __init__(
        self, service: ParticipantSaver, executor: Executor, parent: QWidget | None = None
    ) -> None:
        """Build the form, empty (call :meth:`load`)."""
        super().__init__(parent)
        self.setObjectName("participantForm")
        self._service = service
        self._executor = executor
        self._original: Participant | None = None
        self._touched: set[str] = set()
        self._save_attempted = False
        self._saving = False
        self._birth_date_from_pesel = False
        self._extra_messages: dict[str, str] = {}
        self._clean_snapshot: tuple[object, ...] = ()

        self._labels: dict[str, QLabel] = {}
        self._messages: dict[str, InlineMessage] = {}
        self._text_fields: dict[str, BoundedLineEdit] = {}
        self._build()
        self.retranslateUi()
        self.load(None)

    # --- construction -------------------------------------------------------------------------

    def _line(self, key: str, max_length: int | None = None) -> BoundedLineEdit:
        field = BoundedLineEdit() if max_length is None else BoundedLineEdit(max_length)
        field.setObjectName(_object_name(key))
        field.textEdited.connect(lambda _text, key=key: self._on_edited(key))
        field.text_was_cut.connect(self._revalidate)
        self._text_fields[key] = field
        return field

    def _combo(self, key: str) -> ChoiceCombo:
        combo = ChoiceCombo()
        combo.setObjectName(_object_name(key))
        combo.activated.connect(lambda _index, key=key: self._on_edited(key))
        return combo

    def _row(self, form: QFormLayout, key: str, field: QWidget) -> None:
        label = QLabel()
        label.setObjectName(_object_name(key) + "Label")
        label.setBuddy(field)
        message = InlineMessage(field)
        message.setObjectName(_object_name(key) + "Message")
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(message)
        form.addRow(label, cell)
        self._labels[key] = label
        self._messages[key] = message

    def _heading(self, form: QFormLayout, name: str) -> QLabel:
        heading = QLabel()
        heading.setObjectName(name)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        if form.rowCount():
            form.addItem(QSpacerItem(0, 10))
        form.addRow(heading)
        return heading

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self._form_message = InlineMessage(self)
        self._form_message.setObjectName("formMessage")
        outer.addWidget(self._form_message)
        # One form layout for all sections keeps the fields of every section in one column.
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(form)

        self._person_heading = self._heading(form, "personHeading")
        self._first_name = self._line("first_name")
        self._last_name = self._line("last_name")
        self._pesel = self._line("pesel")
        self._pesel.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self._pesel.installEventFilter(self)
        self._id_kind = self._combo("id_document.kind")
        self._id_kind.currentIndexChanged.connect(self._update_id_number_enabled)
        self._id_number = self._line("id_document.number")
        self._birth_date = self._line("birth_date", 10)
        self._birth_date.installEventFilter(self)
        self._sex = self._combo("sex")
        self._citizenship = self._line("citizenship", 2)
        _fit_width(self._birth_date, "00.00.00000")
        _fit_width(self._citizenship, "WWWW")
        for key, field in (
            ("first_name", self._first_name),
            ("last_name", self._last_name),
            ("pesel", self._pesel),
            ("id_document.kind", self._id_kind),
            ("id_document.number", self._id_number),
            ("birth_date", self._birth_date),
            ("sex", self._sex),
            ("citizenship", self._citizenship),
        ):
            self._row(form, key, field)
        self._pesel.textEdited.connect(self._fill_birth_date_from_pesel)
        self._birth_date.textEdited.connect(self._birth_date_typed)

        self._place_heading = self._heading(form, "residenceHeading")
        self._gmina = self._line("gmina")
        self._powiat = self._line("powiat")
        self._locality = self._line("locality")
        self._phone = self._line("phone")
        self._phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self._email = self._line("email")
        self._email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        for key, field in (
            ("gmina", self._gmina),
            ("powiat", self._powiat),
            ("locality", self._locality),
            ("phone", self._phone),
            ("email", self._email),
        ):
            self._row(form, key, field)

        self._situation_heading = self._heading(form, "situationHeading")
        self._education = self._combo("education_level")
        self._labour = self._combo("labour_market_status")
        self._language = self._combo("communication_language")
        self._needs_panel = QWidget()
        self._needs_panel.setObjectName("accessibilityNeeds")
        needs_layout = QVBoxLayout(self._needs_panel)
        needs_layout.setContentsMargins(0, 0, 0, 0)
        self._needs: dict[AccessibilityNeed, QCheckBox] = {}
        for need in AccessibilityNeed:
            box = QCheckBox()
            box.setObjectName(_object_name(f"need_{need.value}"))
            box.toggled.connect(lambda _on: self._on_edited("accessibility_needs"))
            needs_layout.addWidget(box)
            self._needs[need] = box
        self._disability = self._combo("disability")
        situation_rows: tuple[tuple[str, QWidget], ...] = (
            ("education_level", self._education),
            ("labour_market_status", self._labour),
            ("communication_language", self._language),
            ("accessibility_needs", self._needs_panel),
            ("disability", self._disability),
        )
        for key, widget in situation_rows:
            self._row(form, key, widget)
        # The label of a group of checkboxes points at the first one (keyboard: Alt+letter).
        self._labels["accessibility_needs"].setBuddy(next(iter(self._needs.values())))
        outer.addStretch(1)

        self._fill_combos()
        self._set_tab_order()

    def _fill_combos(self) -> None:
        # Item texts are set in retranslateUi; here only the values, in display order.
        self._id_kind.set_choices([None, *IdDocumentKind])
        self._sex.set_choices([None, *Sex])
        self._education.set_choices(list(EducationLevel))
        self._labour.set_choices(list(LabourMarketStatus))
        self._language.set_choices(list(COMMUNICATION_LANGUAGES))
        self._disability.set_choices([None, True, False])

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self._first_name,
            self._last_name,
            self._pesel,
            self._id_kind,
            self._id_number,
            self._birth_date,
            self._sex,
            self._citizenship,
            self._gmina,
            self._powiat,
            self._locality,
            self._phone,
            self._email,
            self._education,
            self._labour,
            self._language,
            *self._needs.values(),
            self._disability,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- translation --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Re-set texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self._person_heading.setText(self.tr("Person"))
        self._place_heading.setText(self.tr("Residence and contact"))
        self._situation_heading.setText(self.tr("Education, work and needs"))
        labels = {
            "first_name": self.tr("&First name"),
            "last_name": self.tr("&Last name"),
            "pesel": self.tr("&PESEL"),
            "id_document.kind": self.tr("I&dentity document"),
            "id_document.number": self.tr("Document n&umber"),
            "birth_date": self.tr("&Birth date"),
            "sex": self.tr("Se&x"),
            "citizenship": self.tr("&Citizenship"),
            "gmina": self.tr("&Gmina"),
            "powiat": self.tr("Po&wiat"),
            "locality": self.tr("L&ocality"),
            "phone": self.tr("P&hone"),
            "email": self.tr("&E-mail"),
            "education_level": self.tr("Educa&tion level"),
            "labour_market_status": self.tr("Labour &market status"),
            "communication_language": self.tr("Communication lan&guage"),
            "accessibility_needs": self.tr("Accessibility &needs"),
            "disability": self.tr("Disabilit&y"),
        }
        for key, text in labels.items():
            self._labels[key].setText(text)
            name = strip_mnemonic(text)
            if key == "accessibility_needs":
                self._needs_panel.setAccessibleName(name)
            else:
                self._labels[key].buddy().setAccessibleName(name)
        self._pesel.setToolTip(self.tr("11 digits; leave empty if the participant has none"))
        self._id_kind.setToolTip(self.tr("Used when the participant has no PESEL"))
        self._birth_date.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self._citizenship.setPlaceholderText("PL")  # a country code, the same in every language
        self._citizenship.setToolTip(self.tr("Two-letter country code, e.g. PL or UA"))
        self._email.setPlaceholderText(self.tr("name@example.com"))
        self._disability.setToolTip(
            self.tr("Special category data: record it only when the project needs it.")
        )

        no_document = self.tr("None (the participant has a PESEL)")
        not_given = self.tr("Not given")
        self._id_kind.set_texts(lambda kind: enum_text(kind) if kind else no_document)
        self._sex.set_texts(lambda sex: enum_text(sex) if sex else not_given)
        for combo in (self._education, self._labour):
            combo.setPlaceholderText(self.tr("Choose…"))
            combo.set_texts(enum_text)
        self._language.set_texts(language_name)
        yes_no = {None: not_given, True: self.tr("Yes"), False: self.tr("No")}
        self._disability.set_texts(lambda value: yes_no[value])
        for need, box in self._needs.items():
            box.setText(enum_text(need))
            box.setAccessibleName(enum_text(need))
        self._revalidate()

    # --- load / collect -----------------------------------------------------------------------

    def load(self, participant: Participant | None) -> None:
        """Show a participant for editing, or an empty form for a new one (None)."""
        self._original = participant
        p = participant
        self._touched.clear()
        self._save_attempted = False
        self._extra_messages.clear()
        for field in self._text_fields.values():
            field.reset_cut()
        self._first_name.setText(p.first_name if p else "")
        self._last_name.setText(p.last_name if p else "")
        self._pesel.setText(p.pesel or "" if p else "")
        document = p.id_document if p else None
        self._id_kind.select_value(document.kind if document else None)
        self._id_number.setText(document.number if document else "")
        self._birth_date.setText(format_date(p.birth_date) if p else "")
        self._birth_date_from_pesel = False
        self._sex.select_value(p.sex if p else None)
        self._citizenship.setText(p.citizenship if p else "PL")
        self._gmina.setText(p.gmina if p else "")
        self._powiat.setText(p.powiat if p else "")
        self._locality.setText(p.locality if p else "")
        self._phone.setText(p.phone or "" if p else "")
        self._email.setText(p.email or "" if p else "")
        self._education.select_value(p.education_level if p else None)
        self._labour.select_value(p.labour_market_status if p else None)
        language = p.communication_language if p else "pl"
        if not self._language.select_value(language):
            # A code from an import or the server that the menu does not list: keep it.
            self._language.add_choice(language, language_name(language))
            self._language.select_value(language)
        for need, box in self._needs.items():
            box.blockSignals(True)
            box.setChecked(bool(p and need in p.accessibility_needs))
            box.blockSignals(False)
        self._disability.select_value(p.disability if p else None)
        self._update_id_number_enabled()
        self._clean_snapshot = self._snapshot()
        self._form_message.set_message("")
        self._revalidate()

    @property
    def participant(self) -> Participant | None:
        """The participant as last loaded or saved (None for a new, unsaved one)."""
        return self._original

    @property
    def saving(self) -> bool:
        """Tell whether a save is running."""
        return self._saving

    def is_dirty(self) -> bool:
        """Tell whether the form holds edits that were not saved."""
        return self._snapshot() != self._clean_snapshot

    def collect(self) -> Participant:
        """Build the participant from the fields (unset choices fall back to placeholders).

        Fields the form does not show (residence basis, intake channel, …) keep the values of
        the loaded participant.
        """
        education = self._education.current_value()
        labour = self._labour.current_value()
        kind = self._id_kind.current_value()
        values = {
            "first_name": self._first_name.text().strip(),
            "last_name": self._last_name.text().strip(),
            "education_level": education if education is not None else EducationLevel.NONE,
            "labour_market_status": labour if labour is not None else LabourMarketStatus.OTHER,
            # People dictate PESELs in groups ("85 01 01 …"); spaces are never part of one.
            "pesel": "".join(self._pesel.text().split()) or None,
            "id_document": (
                IdDocument(kind=kind, number=self._id_number.text().strip())
                if kind is not None
                else None
            ),
            "birth_date": parse_date(self._birth_date.text()),
            "sex": self._sex.current_value(),
            "gmina": self._gmina.text().strip(),
            "powiat": self._powiat.text().strip(),
            "locality": self._locality.text().strip(),
            "phone": self._phone.text().strip() or None,
            "email": self._email.text().strip() or None,
            "citizenship": self._citizenship.text().strip().upper(),
            "disability": self._disability.current_value(),
            "communication_language": self._language.current_value() or "pl",
            "accessibility_needs": tuple(n for n, box in self._needs.items() if box.isChecked()),
        }
        if self._original is not None:
            return dataclasses.replace(self._original, **values)
        return Participant(id=_UNSAVED_ID, **values)

    def issues(self) -> tuple[Issue, ...]:
        """Validation issues of what the form holds now."""
        return tuple(self._service.check(self.collect()))

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> bool:
        """Start saving the participant in the background.

        Returns:
            False when the form cannot be saved as it is (a birth date that is not a date,
            no education level or labour market status chosen); the fields say why. True when
            the save was started; :attr:`participant_did_save` or :attr:`save_did_fail` follows.
        """
        if self._saving:
            return False
        self._save_attempted = True
        self._revalidate()
        blocking = self._blocking_problem()
        if blocking is not None:
            self._form_message.set_message(
                self.tr("The participant was not saved: correct the marked fields.")
            )
            blocking.setFocus(Qt.FocusReason.OtherFocusReason)
            self.save_did_fail.emit()
            return False

        draft = self.collect()
        service = self._service
        is_new = self._original is None

        def store() -> Participant:
            participant = dataclasses.replace(draft, id=service.new_id()) if is_new else draft
            service.save(participant)
            return participant

        self._set_saving(True)
        self._form_message.set_message("")
        Op(self, store).success(self._saved).failure(self._save_failed).with_progress(
            self.tr("Saving…")
        ).run(self._executor)
        return True

    def _blocking_problem(self) -> QWidget | None:
        if self._birth_date.text().strip() and parse_date(self._birth_date.text()) is None:
            return self._birth_date
        if self._education.current_value() is None:
            return self._education
        if self._labour.current_value() is None:
            return self._labour
        return None

    def _saved(self, participant: Participant) -> None:
        self._set_saving(False)
        self._original = participant
        self._clean_snapshot = self._snapshot()
        self._revalidate()
        self.participant_did_save.emit(participant)

    def _save_failed(self, error: BaseException) -> None:
        self._set_saving(False)
        if isinstance(error, ValidationFailed):
            issues = tuple(error.issues)
            self._show_issues(issues, show_all=True)
            self._form_message.set_message(
                self.tr("The participant was not saved: correct the marked fields.")
            )
        else:
            self._form_message.set_message(self.tr("The participant was not saved."))
            show_failure(self, error)
        self.save_did_fail.emit()

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        self.saving_did_change.emit(saving)

    # --- reacting to edits --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-check the PESEL and birth date when focus leaves them (typing is over)."""
        if event.type() == QEvent.Type.FocusOut and watched in (self._pesel, self._birth_date):
            self._touched.add("pesel" if watched is self._pesel else "birth_date")
            self._revalidate()
        return super().eventFilter(watched, event)

    def _on_edited(self, key: str) -> None:
        self._touched.add(key)
        self._revalidate()

    def _update_id_number_enabled(self) -> None:
        self._id_number.setEnabled(self._id_kind.current_value() is not None)

    def _fill_birth_date_from_pesel(self, text: str) -> None:
        number = "".join(text.split())
        if not pesel_rules.has_valid_checksum(number):
            return
        born = pesel_rules.birth_date(number)
        if born is None:
            return
        if not self._birth_date.text().strip() or self._birth_date_from_pesel:
            self._birth_date.setText(format_date(born))
            self._birth_date_from_pesel = True
            self._revalidate()

    def _birth_date_typed(self, _text: str) -> None:
        self._birth_date_from_pesel = False

    def _revalidate(self) -> None:
        self._show_issues(self._service.check(self.collect()), show_all=self._save_attempted)

    def _show_issues(self, issues: tuple[Issue, ...], *, show_all: bool) -> None:
        found: dict[str, list[str]] = {key: [] for key in self._messages}
        for issue in issues:
            key = issue.field.removeprefix("participant.")
            if key not in found:
                continue
            if issue.severity is Severity.INCOMPLETE and not (show_all or key in self._touched):
                continue  # do not greet a new, empty form with "required" in red
            if key == "pesel" and issue.code == "invalid_format" and self._pesel_still_typing():
                continue
            text = issue_text(issue)
            if text not in found[key]:
                found[key].append(text)
        birth_text = self._birth_date.text().strip()
        if (
            birth_text
            and parse_date(birth_text) is None
            and (show_all or not self._birth_date.hasFocus())
        ):
            found["birth_date"].append(
                self.tr("Enter the date as DD.MM.YYYY, for example 31.01.1985.")
            )
        if show_all:
            if self._education.current_value() is None:
                found["education_level"].append(self.tr("Choose the education level."))
            if self._labour.current_value() is None:
                found["labour_market_status"].append(self.tr("Choose the labour market status."))
        for key, field in self._text_fields.items():
            if field.was_cut:
                found[key].insert(0, field.cut_message())
        for key, message in self._messages.items():
            message.set_message("\n".join(found[key]))

    def _pesel_still_typing(self) -> bool:
        text = self._pesel.text().strip()
        return self._pesel.hasFocus() and text.isdigit() and len(text) < 11

    def _snapshot(self) -> tuple[object, ...]:
        texts = tuple(field.text() for field in self._text_fields.values())
        combos = tuple(
            combo.current_value()
            for combo in (
                self._id_kind,
                self._sex,
                self._education,
                self._labour,
                self._language,
                self._disability,
            )
        )
        needs = tuple(box.isChecked() for box in self._needs.values())
        return texts + combos + needs

    # --- introspection for dialogs and tests --------------------------------------------------

    def field(self, key: str) -> QWidget:
        """Return the input widget of a field by its participant attribute name."""
        label = self._labels[key]
        if key == "accessibility_needs":
            return self._needs_panel
        buddy = label.buddy()
        assert buddy is not None
        return buddy

    def message(self, key: str) -> str:
        """Return the inline message currently shown for a field ("" when none)."""
        message = self._messages[key]
        return "" if message.isHidden() else message.text()

    def form_message(self) -> str:
        """Return the message shown above the form ("" when none)."""
        return "" if self._form_message.isHidden() else self._form_message.text()

    def need_box(self, need: AccessibilityNeed) -> QCheckBox:
        """Return the checkbox of an accessibility need."""
        return self._needs[need]

    def first_field(self) -> QWidget:
        """The field that gets focus when the form opens."""
        return self._first_name


def _fit_width(field: QLineEdit, sample: str) -> None:
    # Short fields as wide as what they hold: the width itself says what is expected.
    margins = field.textMargins()
    width = field.fontMetrics().horizontalAdvance(sample) + margins.left() + margins.right() + 16
    field.setFixedWidth(width)


def _object_name(key: str) -> str:
    head, *rest = key.replace(".", "_").split("_")
    return head + "".join(part.capitalize() for part in rest)
