"""Reading documents: clear one-line reasons for every kind of broken input."""

from __future__ import annotations

import contextlib
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor_app.errors import InvalidImportFile
from advisor_app.sync.codec import dump_document, parse_document
from advisor_app.sync.mapping import document_from_record, record_from_document
from tests.helpers.domain_factories import finishable_record, participants

EXPORTED_AT = "2026-11-27T10:00:00Z"


def _minimal() -> dict[str, Any]:
    return {
        "schema_version": 1,
        "exported_at": EXPORTED_AT,
        "balance": {
            "id": "0190d6a0-0000-7000-8000-000000000001",
            "revision_id": "0190d6a0-0000-7000-8000-000000000002",
            "status": "draft",
            "variant": "basic",
            "project_code": "KK",
            "advisor_id": "0190d6a0-0000-7000-8000-000000000003",
            "advisor_name": "Ewa Nowak",
            "created_at": "2026-11-02T09:15:00Z",
        },
        "participant": {
            "id": "0190d6a0-0000-7000-8000-000000000004",
            "first_name": "Józef",
            "last_name": "Kmiecik",
            "education_level": "primary_incomplete",
            "labour_market_status": "farmer_krus",
        },
    }


def _parse(data: dict[str, Any]) -> None:
    parse_document(json.dumps(data).encode(), source="x.json")


def test_minimal_document_takes_documented_defaults() -> None:
    """Missing optional fields take their defaults (PL citizenship, pl language, empty lists)."""
    document = parse_document(json.dumps(_minimal()), source="x.json")
    assert document.participant.citizenship == "PL"
    assert document.participant.communication_language == "pl"
    assert document.experiences == []
    assert document.plan is None


def test_truncated_file_says_it_ends_unexpectedly() -> None:
    """A file cut short (copy interrupted) is named as such, not as a syntax puzzle."""
    with pytest.raises(InvalidImportFile, match=r"x\.json: the file ends unexpectedly at line 1"):
        parse_document(b'{"schema_version": 1, "balance": {', source="x.json")


def test_broken_json_names_line_and_column() -> None:
    """A syntax error inside the file says where it is."""
    with pytest.raises(InvalidImportFile, match=r"x\.json: broken JSON at line 2, column \d+"):
        parse_document(b'{"schema_version": 1,\n "balance": {,}}', source="x.json")


def test_null_for_an_optional_field_takes_its_default() -> None:
    """Optional fields may be null: texts become empty, lists empty, flags false."""
    data = _minimal()
    data["participant"].update({"gmina": None, "accessibility_needs": None, "disability": None})
    data["meetings"] = [
        {
            "id": "0190d6a0-0000-7000-8000-000000000005",
            "date": "2026-11-02",
            "mode": "in_person",
            "notes": None,
            "stages": None,
            "accessible_location": None,
        }
    ]
    document = parse_document(json.dumps(data))
    assert document.participant.gmina == ""
    assert document.participant.accessibility_needs == []
    assert document.participant.disability is None
    assert document.meetings[0].notes == ""
    assert document.meetings[0].accessible_location is False


def test_null_for_a_required_field_is_refused() -> None:
    """A required field set to null is still an error naming the field."""
    data = _minimal()
    data["participant"]["first_name"] = None
    with pytest.raises(InvalidImportFile, match=r"'participant\.first_name'"):
        _parse(data)


@pytest.mark.parametrize(
    ("section", "field", "value"),
    [
        ("participant", "disability", "yes"),
        ("participant", "birth_date", "1968-02-19T00:00:00"),
        ("balance", "planned_meetings", "3"),
        ("balance", "created_at", 1_700_000_000),
    ],
)
def test_types_are_as_strict_as_the_published_schema(section: str, field: str, value: Any) -> None:
    """The importer accepts nothing the JSON Schema would reject (no lax coercion)."""
    data = _minimal()
    data[section][field] = value
    with pytest.raises(InvalidImportFile, match=rf"'{section}\.{field}'"):
        _parse(data)


def test_impossible_partial_date_is_refused() -> None:
    """Month 13 is refused by the pattern the schema publishes, not only by the model."""
    data = _minimal()
    data["experiences"] = [
        {
            "id": "0190d6a0-0000-7000-8000-000000000006",
            "area": "paid_work",
            "title": "Praca w tartaku",
            "start": "1998-13",
        }
    ]
    with pytest.raises(InvalidImportFile, match=r"'experiences\[0\]\.start'"):
        _parse(data)


@pytest.mark.parametrize(
    ("status", "finished_at", "message"),
    [
        ("finished", None, "a finished balance needs finished_at"),
        ("draft", "2026-11-20T10:00:00Z", "a draft cannot have finished_at"),
    ],
)
def test_status_agrees_with_its_timestamps(
    status: str, finished_at: str | None, message: str
) -> None:
    """A finished balance has its finish time and a draft has none."""
    data = _minimal()
    data["balance"].update({"status": status, "finished_at": finished_at})
    with pytest.raises(InvalidImportFile, match=message):
        _parse(data)


def test_unknown_field_is_named() -> None:
    """Unknown fields are an error naming the field, never silently dropped."""
    data = _minimal()
    data["participant"]["favourite_colour"] = "blue"
    with pytest.raises(InvalidImportFile, match=r"unknown field 'participant\.favourite_colour'"):
        _parse(data)


def test_bad_enum_code_lists_expected_codes() -> None:
    """A wrong enum code says which field, which code, and what is allowed."""
    data = _minimal()
    data["participant"]["education_level"] = "phd"
    with pytest.raises(InvalidImportFile, match=r"'participant\.education_level'.*'phd'.*higher"):
        _parse(data)


def test_newer_schema_is_refused_with_update_advice() -> None:
    """Documents from a newer app are refused as such."""
    data = _minimal()
    data["schema_version"] = 2
    with pytest.raises(InvalidImportFile, match="made by a newer version of the app"):
        _parse(data)


def test_text_over_limit_is_refused() -> None:
    """A 100,000-character paste cannot enter through an import either."""
    data = _minimal()
    data["balance"]["initial_goal"] = "x" * 100_000
    with pytest.raises(InvalidImportFile, match=r"'balance\.initial_goal' is longer than 20000"):
        _parse(data)


def test_not_an_object_is_refused() -> None:
    """A JSON list or number is not a document."""
    with pytest.raises(InvalidImportFile, match="must be a JSON object"):
        parse_document(b"[1, 2]", source="x.json")


def test_timestamps_are_written_in_utc_with_z() -> None:
    """The contract requires UTC timestamps with a Z suffix."""
    document = parse_document(json.dumps(_minimal()))
    written = json.loads(dump_document(document))
    assert written["exported_at"] == EXPORTED_AT
    assert written["balance"]["created_at"] == "2026-11-02T09:15:00Z"


def test_full_record_round_trips_through_the_document() -> None:
    """domain → document → bytes → document → domain gives back the same record."""
    record = finishable_record()
    document = document_from_record(record, exported_at=record.balance.created_at)
    again = record_from_document(parse_document(dump_document(document)))
    assert again == record


@settings(max_examples=60, deadline=None)
@given(participant=participants())
def test_any_participant_round_trips(participant: Any) -> None:
    """Arbitrary names and optional fields survive the wire unchanged."""
    record = finishable_record()
    record = type(record)(**{**_fields(record), "participant": participant})
    document = document_from_record(record, exported_at=record.balance.created_at)
    assert record_from_document(parse_document(dump_document(document))).participant == participant


def _fields(record: Any) -> dict[str, Any]:
    return {name: getattr(record, name) for name in record.__slots__}


@given(st.binary(max_size=200))
@settings(max_examples=100, deadline=None)
def test_arbitrary_bytes_never_crash_the_parser(raw: bytes) -> None:
    """Whatever a file contains, the parser answers with InvalidImportFile or a document."""
    with contextlib.suppress(InvalidImportFile):
        parse_document(raw, source="fuzz.json")
