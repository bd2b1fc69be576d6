"""The participant form: inline validation, drafts that always save, limits, keyboard, a11y."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from advisor_app.domain import pesel
from advisor_app.domain.entities import Participant
from advisor_app.domain.enums import (
    AccessibilityNeed,
    EducationLevel,
    IdDocumentKind,
    LabourMarketStatus,
    Stage,
)
from advisor_app.domain.issues import Issue, Severity
from advisor_app.errors import ValidationFailed
from advisor_app.services.container import Services
from advisor_app.ui import dialogs
from advisor_app.ui.dialogs import ParticipantDialog
from advisor_app.ui.participant_form import ParticipantForm, parse_date
from advisor_app.ui.widgets import ChoiceCombo
from tests.gui.helpers import interactive_widgets_without_name
from tests.helpers.executors import InlineExecutor
from tests.helpers.fake_services import make_fake_services, make_participant

VALID_PESEL = pesel.encode(dt.date(1985, 1, 1), 123, female=True)
# The same number with the control digit changed: a typical typing mistake.
WRONG_CHECKSUM = VALID_PESEL[:10] + str((int(VALID_PESEL[10]) + 1) % 10)

CHECKSUM_PL = "Cyfra kontrolna numeru PESEL się nie zgadza; sprawdź, czy nie ma literówki."


@pytest.fixture
def form(qtbot, services: Services, executor: InlineExecutor) -> ParticipantForm:
    """An empty, shown and active participant form on the real services."""
    widget = ParticipantForm(services.participants, executor)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    return widget


def _line(form: ParticipantForm, key: str) -> QLineEdit:
    field = form.field(key)
    assert isinstance(field, QLineEdit)
    return field


def _combo(form: ParticipantForm, key: str) -> ChoiceCombo:
    field = form.field(key)
    assert isinstance(field, ChoiceCombo)
    return field


def _type(qtbot, form: ParticipantForm, key: str, text: str) -> None:
    field = _line(form, key)
    field.setFocus()
    qtbot.keyClicks(field, text)  # ASCII only: QTest aborts on letters like "ż"


def _fill_required(qtbot, form: ParticipantForm) -> None:
    _type(qtbot, form, "first_name", "Anna")
    _type(qtbot, form, "last_name", "Kowalska")
    _combo(form, "education_level").select_value(EducationLevel.PRIMARY_INCOMPLETE)
    _combo(form, "labour_market_status").select_value(LabourMarketStatus.FARMER_KRUS)


def _save(qtbot, form: ParticipantForm) -> Participant:
    with qtbot.waitSignal(form.participant_did_save) as blocker:
        assert form.save()
    saved = blocker.args[0]
    assert isinstance(saved, Participant)
    return saved


def test_wrong_pesel_checksum_is_shown_and_the_draft_still_saves(
    qtbot, form: ParticipantForm, services: Services
) -> None:
    """A PESEL typo is flagged in Polish next to the field, yet saving keeps what was typed."""
    _fill_required(qtbot, form)
    _type(qtbot, form, "pesel", WRONG_CHECKSUM)
    assert form.message("pesel") == CHECKSUM_PL
    assert form.field("pesel").accessibleDescription() == CHECKSUM_PL

    saved = _save(qtbot, form)
    stored = services.participants.get(saved.id)
    assert stored.pesel == WRONG_CHECKSUM
    assert (stored.first_name, stored.last_name) == ("Anna", "Kowalska")
    assert stored.education_level is EducationLevel.PRIMARY_INCOMPLETE
    assert form.message("pesel") == CHECKSUM_PL, "the issue stays visible after saving"


def test_incomplete_pesel_is_not_flagged_while_typing(qtbot, form: ParticipantForm) -> None:
    """ "A PESEL has 11 digits" waits until the advisor leaves the field."""
    _type(qtbot, form, "pesel", "85010")
    assert form.message("pesel") == ""
    form.field("first_name").setFocus()
    qtbot.waitUntil(lambda: form.message("pesel") == "PESEL ma dokładnie 11 cyfr.")


def test_valid_pesel_fills_an_empty_birth_date(qtbot, form: ParticipantForm) -> None:
    """The birth date is taken from a valid PESEL when it was not given."""
    _type(qtbot, form, "pesel", VALID_PESEL)
    assert _line(form, "birth_date").text() == "01.01.1985"
    assert form.message("birth_date") == ""


def test_birth_date_disagreeing_with_pesel_is_flagged(qtbot, form: ParticipantForm) -> None:
    """A typed birth date that the PESEL contradicts gets a message under the date."""
    _type(qtbot, form, "birth_date", "02.01.1985")
    _type(qtbot, form, "pesel", VALID_PESEL)
    assert _line(form, "birth_date").text() == "02.01.1985", "a typed date is never replaced"
    assert form.message("birth_date") == "Data urodzenia nie zgadza się z numerem PESEL."


def test_a_birth_date_that_is_not_a_date_blocks_saving(qtbot, form: ParticipantForm) -> None:
    """An unreadable date cannot be stored, so saving stops and says how to write it."""
    _fill_required(qtbot, form)
    _type(qtbot, form, "birth_date", "31.02.1985")
    with qtbot.assertNotEmitted(form.participant_did_save):
        assert form.save() is False
    assert form.message("birth_date") == "Wpisz datę w formacie DD.MM.RRRR, np. 31.01.1985."
    assert form.form_message() == "Nie zapisano uczestnika: popraw oznaczone pola."


def test_missing_education_level_is_asked_for_on_save(qtbot, form: ParticipantForm) -> None:
    """Education level and labour market status have no default: saving asks for them."""
    _type(qtbot, form, "first_name", "Jan")
    assert form.save() is False
    assert form.message("education_level") == "Wybierz poziom wykształcenia."
    assert form.field("education_level").hasFocus()


def test_pasting_100000_characters_is_cut_with_a_message(
    qtbot, form: ParticipantForm, services: Services
) -> None:
    """A huge paste keeps the first 300 characters, says so, and loses nothing else."""
    _fill_required(qtbot, form)
    _type(qtbot, form, "gmina", "Miechow")
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("Krakowska " * 10_000)  # 100,000 characters
    locality = _line(form, "locality")
    locality.setFocus()
    locality.paste()

    assert len(locality.text()) == 300
    assert form.message("locality") == "Tekst był za długi i został skrócony do 300 znaków."
    assert _line(form, "gmina").text() == "Miechow"
    saved = _save(qtbot, form)
    stored = services.participants.get(saved.id)
    assert stored.locality == ("Krakowska " * 30).strip()
    assert stored.gmina == "Miechow"


def test_structural_rejection_is_shown_in_the_form(qtbot) -> None:
    """When the service refuses a value, the form names the field instead of closing."""
    fake = make_fake_services()
    issue = Issue(
        Stage.INTRO, "participant.phone", "too_long", "text_too_long", Severity.STRUCTURAL
    )

    def refuse(participant: Participant) -> object:
        raise ValidationFailed("cannot store participant.phone", issues=(issue,))

    fake.participants.save = refuse  # type: ignore[method-assign, assignment]
    form = ParticipantForm(fake.participants, InlineExecutor())
    qtbot.addWidget(form)
    form.load(make_participant())
    with qtbot.waitSignal(form.save_did_fail):
        assert form.save()
    assert form.message("phone") == "Tekst jest dłuższy, niż to dozwolone."
    assert form.form_message() == "Nie zapisano uczestnika: popraw oznaczone pola."


def test_editing_keeps_fields_the_form_does_not_show(qtbot, form: ParticipantForm) -> None:
    """Residence basis and intake channel survive an edit made through the form."""
    original = make_participant(
        residence_basis="karta pobytu", intake_channel="CIZ Tarnów", disability=True
    )
    form.load(original)
    _type(qtbot, form, "phone", "600100200")
    collected = form.collect()
    assert collected == dataclasses.replace(original, phone="600100200")


def test_accessibility_needs_and_disability_round_trip(qtbot, form: ParticipantForm) -> None:
    """Checked needs and the yes/no/not-given disability come back from collect()."""
    original = make_participant(
        accessibility_needs=(AccessibilityNeed.LARGE_PRINT,),
        disability=False,
        id_document=None,
    )
    form.load(original)
    assert form.need_box(AccessibilityNeed.LARGE_PRINT).isChecked()
    form.need_box(AccessibilityNeed.READER).setChecked(True)
    collected = form.collect()
    assert collected.accessibility_needs == (
        AccessibilityNeed.LARGE_PRINT,
        AccessibilityNeed.READER,
    )
    assert collected.disability is False
    assert form.is_dirty()


def test_tab_order_reaches_every_field_in_visual_order(qtbot, form: ParticipantForm) -> None:
    """Tab walks the fields top to bottom, each exactly once per round."""
    _combo(form, "id_document.kind").select_value(IdDocumentKind.PASSPORT)
    form.field("id_document.number").setEnabled(True)
    keys = [
        "first_name",
        "last_name",
        "pesel",
        "id_document.kind",
        "id_document.number",
        "birth_date",
        "sex",
        "citizenship",
        "gmina",
        "powiat",
        "locality",
        "phone",
        "email",
        "education_level",
        "labour_market_status",
        "communication_language",
    ]
    expected: list[QWidget] = [form.field(key) for key in keys]
    expected += [form.need_box(need) for need in AccessibilityNeed]
    expected.append(form.field("disability"))

    form.first_field().setFocus()
    visited: list[QWidget] = []
    for _ in expected:
        focused = QApplication.focusWidget()
        assert focused is not None
        visited.append(focused)
        QTest.keyClick(focused, Qt.Key.Key_Tab)
    assert [w.objectName() for w in visited] == [w.objectName() for w in expected]


def test_every_interactive_widget_has_an_accessible_name(form: ParticipantForm) -> None:
    """Screen readers get a name for every field, checkbox and combo box."""
    assert interactive_widgets_without_name(form) == []


def test_dialog_closes_with_the_saved_participant(
    qtbot, services: Services, executor: InlineExecutor
) -> None:
    """Save in the dialog stores the participant and closes it with the result."""
    dialog = ParticipantDialog(services.participants, executor, None)
    qtbot.addWidget(dialog)
    dialog.show()
    assert interactive_widgets_without_name(dialog) == []
    _fill_required(qtbot, dialog.form)
    with qtbot.waitSignal(dialog.accepted):
        dialog.form.save()
    assert dialog.saved_participant is not None
    assert services.participants.get(dialog.saved_participant.id).last_name == "Kowalska"


def test_cancelling_with_unsaved_edits_asks_first(
    qtbot, services: Services, executor: InlineExecutor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel with edits asks before discarding; answering "keep editing" keeps the dialog."""
    questions: list[str] = []

    def answer_keep_editing(parent, title, text, *, yes_text, no_text) -> bool:
        questions.append(text)
        return False

    monkeypatch.setattr(dialogs, "confirm", answer_keep_editing)
    dialog = ParticipantDialog(services.participants, executor, None)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.form, "first_name", "Jan")
    dialog.reject()
    assert questions and dialog.isVisible()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("31.01.1985", dt.date(1985, 1, 31)),
        ("1.2.1985", dt.date(1985, 2, 1)),
        ("31-01-1985", dt.date(1985, 1, 31)),
        ("31/01/1985", dt.date(1985, 1, 31)),
        ("1985-01-31", dt.date(1985, 1, 31)),
        (" 1985-1-3 ", dt.date(1985, 1, 3)),
        ("31.02.1985", None),
        ("1985", None),
        ("", None),
    ],
)
def test_parse_date_accepts_polish_and_iso_forms(text: str, expected: dt.date | None) -> None:
    """Birth dates may be typed the Polish way or as ISO dates; impossible dates are None."""
    assert parse_date(text) == expected
