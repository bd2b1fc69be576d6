"""participant_issues: names, PESEL, birth date, e-mail, documents and text limits."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor_app.domain import pesel
from advisor_app.domain.entities import IdDocument, Participant
from advisor_app.domain.enums import (
    EducationLevel,
    IdDocumentKind,
    LabourMarketStatus,
    Sex,
    Stage,
)
from advisor_app.domain.issues import Issue, Severity
from advisor_app.domain.validation import participant_issues
from tests.helpers.domain_factories import (
    HALINA_PESEL,
    make_participant,
    participants,
    sid,
    valid_pesels,
)

# Arabic-Indic digits (U+0660..U+0669): digits to str.isdigit(), never in a PESEL.
ARABIC_INDIC = str.maketrans("0123456789", "".join(chr(0x0660 + i) for i in range(10)))


def _triples(issues: list[Issue]) -> set[tuple[Stage, str, str, Severity]]:
    return {(i.stage, i.field, i.code, i.severity) for i in issues}


def _typo(number: str) -> str:
    """The PESEL with its control digit changed (a checksum error)."""
    return number[:10] + str((int(number[10]) + 1) % 10)


def test_the_sc01_participant_has_no_issues() -> None:
    """Halina Kowalczyk, as the factory builds her, is valid."""
    assert participant_issues(make_participant(), today=dt.date(2024, 3, 4)) == []


def test_wrong_control_digit_is_invalid_checksum() -> None:
    """A typo in the PESEL is reported as invalid_checksum on participant.pesel (INVALID)."""
    issues = participant_issues(make_participant(pesel=_typo(HALINA_PESEL)))
    assert issues == [
        Issue(
            Stage.INTRO, "participant.pesel", "invalid_checksum", "pesel_checksum", Severity.INVALID
        )
    ]


@pytest.mark.parametrize(
    "text", ["7202174836", "720217483661", "72O21748366", "72021748366".translate(ARABIC_INDIC)]
)
def test_wrong_shape_is_invalid_format(text: str) -> None:
    """A PESEL that is not eleven ASCII digits is reported as invalid_format, nothing more."""
    issues = participant_issues(make_participant(pesel=text, birth_date=None))
    assert _triples(issues) == {
        (Stage.INTRO, "participant.pesel", "invalid_format", Severity.INVALID)
    }
    assert issues[0].message_key == "pesel_shape"


def test_valid_checksum_without_a_real_date_is_invalid_date() -> None:
    """Month 13 with a correct control digit is reported as invalid_date."""
    first_ten = "7213174836"
    number = first_ten + str(pesel.check_digit(first_ten))
    issues = participant_issues(make_participant(pesel=number, birth_date=None))
    assert _triples(issues) == {
        (Stage.INTRO, "participant.pesel", "invalid_date", Severity.INVALID)
    }


def test_birth_date_disagreeing_with_pesel_is_flagged_on_birth_date() -> None:
    """A birth date other than the PESEL's is reported on participant.birth_date (INVALID)."""
    issues = participant_issues(make_participant(birth_date=dt.date(1972, 2, 18)))
    assert issues == [
        Issue(
            Stage.INTRO,
            "participant.birth_date",
            "birth_date_mismatch",
            "pesel_birth_date_mismatch",
            Severity.INVALID,
        )
    ]


def test_checksum_error_hides_the_birth_date_comparison() -> None:
    """With a wrong checksum only the checksum is reported, not a spurious date mismatch."""
    issues = participant_issues(
        make_participant(pesel=_typo(HALINA_PESEL), birth_date=dt.date(1990, 1, 1))
    )
    assert [i.code for i in issues] == ["invalid_checksum"]


@settings(max_examples=100)
@given(number=valid_pesels())
def test_valid_pesel_with_matching_birth_date_has_no_issues(number: str) -> None:
    """Any valid PESEL with its own birth date (or none) yields no PESEL or date issue."""
    born = pesel.birth_date(number)
    assert born is not None
    for birth_date in (born, None):
        participant = make_participant(pesel=number, birth_date=birth_date)
        assert participant_issues(participant) == []


@settings(max_examples=50, deadline=None)
@given(participant=participants())
def test_generated_valid_participants_have_no_issues(participant: Participant) -> None:
    """The participants() strategy (Polish and Ukrainian names, PESEL or ID) is always valid."""
    assert participant_issues(participant, today=dt.date(2030, 1, 1)) == []


def test_no_pesel_is_fine() -> None:
    """A participant without a PESEL (e.g. a passport holder) gets no PESEL issue."""
    participant = make_participant(
        pesel=None, id_document=IdDocument(kind=IdDocumentKind.PASSPORT, number="FT1234567")
    )
    assert participant_issues(participant) == []


def test_empty_pesel_string_counts_as_absent() -> None:
    """An empty PESEL field is treated as "no PESEL", not as a malformed one."""
    assert participant_issues(make_participant(pesel="")) == []


@pytest.mark.parametrize("education", [EducationLevel.NONE, EducationLevel.PRIMARY_INCOMPLETE])
def test_sc05_no_formal_education_and_no_email_is_fine(education: EducationLevel) -> None:
    """SC05: Józef Kmiecik, incomplete primary, KRUS farmer, no e-mail, has no issues."""
    jozef = Participant(
        id=sid("participant.jozef-kmiecik"),
        first_name="Józef",
        last_name="Kmiecik",
        education_level=education,
        labour_market_status=LabourMarketStatus.FARMER_KRUS,
        pesel=pesel.encode(dt.date(1966, 4, 2), 57, female=False),
        birth_date=dt.date(1966, 4, 2),
        sex=Sex.MALE,
        gmina="Czarny Dunajec",
        powiat="nowotarski",
        locality="Czarny Dunajec",
        phone="18 265 00 00",
        email=None,
    )
    assert participant_issues(jozef, today=dt.date(2024, 5, 6)) == []


def test_neither_email_nor_phone_is_required() -> None:
    """Contact by post only: no e-mail and no phone give no issue."""
    assert participant_issues(make_participant(email=None, phone=None)) == []


@pytest.mark.parametrize(
    "email",
    [
        "halina.kowalczyk@",
        "@example.pl",
        "halina.kowalczyk",
        "halina kowalczyk@example.pl",
        "halina@example",
        "halina@@example.pl",
        "halina@exa@mple.pl",
        "halina@example.p",
        "halina@example.pl.",
    ],
)
def test_invalid_email_is_flagged(email: str) -> None:
    """A malformed e-mail is INVALID at participant.email."""
    issues = participant_issues(make_participant(email=email))
    assert _triples(issues) == {
        (Stage.INTRO, "participant.email", "email_invalid", Severity.INVALID)
    }


@pytest.mark.parametrize(
    "email",
    ["halina.kowalczyk@example.pl", "j.kmiecik@poczta.onet.pl", "olena+bilans@ukr.net", ""],
)
def test_plausible_email_or_empty_field_is_accepted(email: str) -> None:
    """Ordinary addresses pass; an empty field means "no e-mail"."""
    assert participant_issues(make_participant(email=email)) == []


def test_ukrainian_cyrillic_names_are_fine() -> None:
    """A Ukrainian participant with Cyrillic names, a residence card and no PESEL is valid."""
    olena = make_participant(
        first_name="Олена",
        last_name="Ковальчук-Шевченко",
        pesel=None,
        birth_date=dt.date(1988, 11, 3),
        id_document=IdDocument(kind=IdDocumentKind.RESIDENCE_CARD, number="RP1234567"),
        citizenship="UA",
        residence_basis="karta pobytu czasowego",
        communication_language="uk",
        email="olena.kovalchuk@ukr.net",
    )
    assert participant_issues(olena) == []


@pytest.mark.parametrize("field", ["first_name", "last_name"])
@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_blank_names_are_incomplete(field: str, blank: str) -> None:
    """A missing first or last name is INCOMPLETE (kept in a draft, blocks finishing)."""
    issues = participant_issues(make_participant(**{field: blank}))
    assert _triples(issues) == {
        (Stage.INTRO, f"participant.{field}", f"{field}_required", Severity.INCOMPLETE)
    }


@pytest.mark.parametrize("field", ["first_name", "last_name", "locality", "gmina", "phone"])
def test_short_text_over_300_chars_is_structural(field: str) -> None:
    """A short text of 301 characters is STRUCTURAL too_long; 300 characters is fine."""
    assert participant_issues(make_participant(**{field: "ż" * 300})) == []
    issues = participant_issues(make_participant(**{field: "ż" * 301}))
    assert _triples(issues) == {
        (Stage.INTRO, f"participant.{field}", "too_long", Severity.STRUCTURAL)
    }
    assert issues[0].message_key == "text_too_long"
    assert issues[0].entity_id == make_participant().id


def test_nested_id_document_text_is_length_checked() -> None:
    """The identity document number is a short text too (nested path)."""
    participant = make_participant(
        pesel=None, id_document=IdDocument(kind=IdDocumentKind.OTHER, number="9" * 301)
    )
    assert _triples(participant_issues(participant)) == {
        (Stage.INTRO, "participant.id_document.number", "too_long", Severity.STRUCTURAL)
    }


def test_id_document_without_number_is_incomplete() -> None:
    """An identity document needs its number."""
    participant = make_participant(
        pesel=None, id_document=IdDocument(kind=IdDocumentKind.PASSPORT, number="  ")
    )
    assert _triples(participant_issues(participant)) == {
        (
            Stage.INTRO,
            "participant.id_document.number",
            "id_document_number_required",
            Severity.INCOMPLETE,
        )
    }


@pytest.mark.parametrize("citizenship", ["pl", "POL", "Polska", "", "P1"])
def test_citizenship_must_be_two_letter_code(citizenship: str) -> None:
    """Citizenship is an upper-case ISO alpha-2 code."""
    issues = participant_issues(make_participant(citizenship=citizenship))
    assert [i.code for i in issues] == ["citizenship_invalid"]


def test_birth_date_in_the_future_needs_today() -> None:
    """A future birth date is flagged only when the caller supplies today's date."""
    participant = make_participant(pesel=None, birth_date=dt.date(2031, 1, 1))
    assert participant_issues(participant) == []
    issues = participant_issues(participant, today=dt.date(2024, 3, 4))
    assert _triples(issues) == {
        (Stage.INTRO, "participant.birth_date", "birth_date_in_future", Severity.INVALID)
    }
    assert participant_issues(participant, today=dt.date(2031, 1, 1)) == []


@settings(max_examples=100)
@given(
    first=st.text(min_size=1, max_size=300).filter(str.strip),
    last=st.text(min_size=1, max_size=300).filter(str.strip),
)
def test_any_non_blank_name_within_the_limit_is_accepted(first: str, last: str) -> None:
    """Names are stored as typed: any script, any punctuation, up to 300 characters."""
    assert participant_issues(make_participant(first_name=first, last_name=last)) == []
