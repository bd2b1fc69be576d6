"""The committed JSON Schema is the public contract: it must match the wire models."""

from __future__ import annotations

import json
from pathlib import Path

from advisor_app.sync.schema import render_json_schema

SCHEMA_FILE = Path(__file__).resolve().parents[3] / "docs" / "balance-document.schema.json"


def test_committed_schema_matches_models() -> None:
    """Fails when the models change without regenerating docs/balance-document.schema.json."""
    committed = SCHEMA_FILE.read_text(encoding="utf-8")
    assert committed == render_json_schema(), (
        "docs/balance-document.schema.json is stale: run "
        "'.venv/bin/python -m advisor_app.sync.schema' and commit the result"
    )


def test_schema_names_every_top_level_section() -> None:
    """Keeps the binding top-level field names of BALANCE_DOCUMENT.md in the schema."""
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert set(schema["properties"]) == {
        "schema_version",
        "exported_at",
        "balance",
        "participant",
        "consents",
        "meetings",
        "experiences",
        "episodes",
        "competences",
        "evidence",
        "development_areas",
        "plan",
        "feedback",
        "audit",
    }
    assert set(schema["required"]) == {"schema_version", "exported_at", "balance", "participant"}


def test_enum_codes_are_the_documented_ones() -> None:
    """Guards a few binding enum code lists against accidental renames."""
    defs = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))["$defs"]
    assert defs["Stage"]["enum"] == [
        "intro",
        "biography",
        "behavioural",
        "competences",
        "portfolio",
        "plan",
        "summary",
    ]
    assert defs["LegalBasis"]["enum"] == ["6.1.a", "6.1.c", "6.1.e", "9.2.b", "9.2.g"]
    assert "primary_incomplete" in defs["EducationLevel"]["enum"]
