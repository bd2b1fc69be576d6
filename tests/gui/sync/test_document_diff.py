"""The field-by-field comparison behind the stale-base conflict view (pure, no Qt)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from advisor_app.sync.codec import dump_document
from advisor_app.sync.mapping import document_from_record
from advisor_app.ui.sync.document_diff import (
    DiffKind,
    DiffRow,
    diff_documents,
    parse_document_json,
    render_value,
)
from tests.helpers.domain_factories import finishable_record


def _document() -> dict[str, Any]:
    return {
        "schema_version": 1,
        "exported_at": "2026-11-20T10:00:00Z",
        "balance": {
            "id": "b1",
            "revision_id": "r1",
            "base_revision_id": None,
            "initial_goal": "Office work",
            "reasons": ["change_job"],
            "contract": {"voluntary": True, "confidentiality": True},
        },
        "participant": {"id": "p1", "first_name": "Halina", "phone": "600 000 001"},
        "experiences": [
            {"id": "e1", "title": "Shop assistant", "activities": ["sales", "stock"]},
            {"id": "e2", "title": "KGW treasurer", "activities": ["cash book"]},
        ],
        "plan": {
            "refined_goal": "Office clerk",
            "actions": [{"id": "a1", "description": "Excel course", "due": "2027-03"}],
        },
        "audit": [{"at": "2026-11-20T10:00:00Z", "action": "finish"}],
    }


def _changed(rows: tuple[DiffRow, ...]) -> list[tuple[str, str, str, str, str]]:
    return [(r.section, r.item, r.field, r.local, r.server) for r in rows if r.differs]


def test_identical_documents_have_no_differences() -> None:
    """Two equal documents produce only SAME rows (and the bookkeeping fields are skipped)."""
    rows = diff_documents(_document(), _document())
    assert rows and all(r.kind is DiffKind.SAME for r in rows)
    assert not {"revision_id", "exported_at", "audit"} & {r.field for r in rows}


def test_revision_bookkeeping_is_no_difference() -> None:
    """A new revision id, base and export time alone are not shown as a difference."""
    server = _document()
    server["balance"]["revision_id"] = "r2"
    server["balance"]["base_revision_id"] = "r1"
    server["exported_at"] = "2026-11-21T08:00:00Z"
    server["audit"].append({"at": "2026-11-21T08:00:00Z", "action": "revise"})
    assert _changed(diff_documents(_document(), server)) == []


def test_changed_fields_show_both_values() -> None:
    """A field changed on one side is one CHANGED row with the local and the server value."""
    server = _document()
    server["balance"]["initial_goal"] = "Bookkeeping"
    server["participant"]["phone"] = "600 000 002"
    server["balance"]["contract"]["voluntary"] = False
    assert _changed(diff_documents(_document(), server)) == [
        ("balance", "", "initial_goal", "Office work", "Bookkeeping"),
        ("balance", "", "contract.voluntary", "✓", "✗"),
        ("participant", "", "phone", "600 000 001", "600 000 002"),
    ]


def test_list_items_are_matched_by_id_not_position() -> None:
    """Reordered items are no difference; an edited item is compared field by field."""
    server = _document()
    server["experiences"].reverse()
    server["experiences"][1]["activities"] = ["sales", "stock", "ordering"]
    assert _changed(diff_documents(_document(), server)) == [
        ("experiences", "Shop assistant", "activities", "sales; stock", "sales; stock; ordering")
    ]


def test_items_on_one_side_are_one_row_each() -> None:
    """An item only one revision has is a single LOCAL_ONLY / SERVER_ONLY row with its content."""
    server = _document()
    del server["experiences"][1]
    server["experiences"].append({"id": "e3", "title": "Choir", "activities": []})
    rows = [r for r in diff_documents(_document(), server) if r.differs]
    assert [(r.item, r.kind) for r in rows] == [
        ("KGW treasurer", DiffKind.LOCAL_ONLY),
        ("Choir", DiffKind.SERVER_ONLY),
    ]
    assert rows[0].local == "title: KGW treasurer\nactivities: cash book"
    assert rows[0].server == ""
    assert rows[1].server == "title: Choir"


def test_nested_item_lists_carry_their_path() -> None:
    """Plan actions are matched by id too; the field path names the list."""
    server = _document()
    server["plan"]["actions"][0]["due"] = "2027-06"
    server["plan"]["actions"].append({"id": "a2", "description": "Internship"})
    assert _changed(diff_documents(_document(), server)) == [
        ("plan", "Excel course", "actions.due", "2027-03", "2027-06"),
        ("plan", "Internship", "actions", "", "description: Internship"),
    ]


def test_empty_values_are_equal() -> None:
    """Absent, null, empty text and empty lists mean the same: not filled in."""
    local: dict[str, Any] = {"participant": {"id": "p", "email": None, "phone": "", "needs": []}}
    server = {"participant": {"id": "p"}}
    assert _changed(diff_documents(local, server)) == []


def test_without_the_server_document_every_local_value_is_shown() -> None:
    """Before the head is downloaded, the local values are listed against nothing."""
    rows = diff_documents(_document(), None)
    goal = next(r for r in rows if r.field == "initial_goal")
    assert (goal.local, goal.server, goal.kind) == ("Office work", "", DiffKind.CHANGED)


def test_sections_follow_the_document_order() -> None:
    """Sections come in the balance document's order, whatever the JSON order."""
    local = {"plan": {"refined_goal": "x"}, "participant": {"first_name": "a"}}
    server = {"plan": {"refined_goal": "y"}, "participant": {"first_name": "b"}}
    assert [r.section for r in diff_documents(local, server)] == ["participant", "plan"]


def test_real_documents_differ_only_where_edited() -> None:
    """A real exported balance against itself with one edit gives exactly that difference."""
    record = finishable_record()
    local = parse_document_json(
        dump_document(
            document_from_record(record, exported_at=dt.datetime(2026, 3, 2, tzinfo=dt.UTC))
        )
    )
    assert local is not None
    server = json.loads(json.dumps(local))
    server["balance"]["initial_goal"] = "Something else"
    assert _changed(diff_documents(local, server)) == [
        ("balance", "", "initial_goal", local["balance"]["initial_goal"], "Something else")
    ]


def test_parse_and_render_helpers() -> None:
    """Unreadable input parses to None; values render as one readable text."""
    assert parse_document_json(None) is None
    assert parse_document_json(b"not json") is None
    assert parse_document_json(b"[1, 2]") is None
    assert render_value(["a", "b"]) == "a; b"
    assert render_value({"country": "UA", "id": "x", "note": None}) == "country: UA"
    assert render_value(None) == ""
    assert render_value(3) == "3"
