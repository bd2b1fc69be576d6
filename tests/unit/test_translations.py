"""The UI catalogues are complete: a new untranslated string fails here, not in front of users.

Polish is the default UI language (ARCHITECTURE.md §6), so every message of
``resources/i18n/advisor_app_pl.ts`` needs a translation, plural messages need Polish's three
forms, and running ``pyside6-lupdate`` over the current sources must find nothing new.
``advisor_app_en.ts`` holds only the English plural forms ("1 entry", "2 entries").
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import pytest

from advisor_app import errors
from advisor_app.domain.enums import (
    AccessibilityNeed,
    BalanceStatus,
    CompetenceKind,
    CompetenceStatus,
    ConsentForm,
    ConsentPurpose,
    EducationLevel,
    ExperienceSource,
    GoalType,
    IdDocumentKind,
    Intensity,
    LabourMarketStatus,
    LegalBasis,
    LifeArea,
    Reason,
    Recognition,
    Sex,
    Stage,
    Translation,
    Variant,
)
from advisor_app.domain.messages import MESSAGES
from advisor_app.ui import enum_text, error_text
from advisor_app.ui.issue_text import ISSUE_SOURCE_TEXTS

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
UI_SOURCES = sorted((ROOT / "advisor_app" / "ui").rglob("*.py"))
PLURAL_FORMS = {"pl": 3, "en": 2}
# lupdate flags shared with the Makefile: no line numbers (they churn with every edit), and
# strings removed from the code are dropped, not kept as "vanished".
LUPDATE_FLAGS = {
    "pl": ["-locations", "none", "-no-obsolete"],
    "en": ["-locations", "none", "-no-obsolete", "-pluralonly"],
}
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


@dataclass(frozen=True)
class Message:
    """One message of a .ts file."""

    context: str
    source: str
    numerus: bool
    kind: str | None
    forms: tuple[str, ...]


def read_ts(path: Path) -> list[Message]:
    """Parse the messages of a Qt Linguist file."""
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform"))
                if numerus
                else (translation.text or "",)
            )
            messages.append(
                Message(
                    name,
                    message.findtext("source", ""),
                    numerus,
                    translation.get("type"),
                    forms,
                )
            )
    return messages


def _lupdate() -> str:
    found = Path(sys.executable).with_name("pyside6-lupdate")
    return str(found) if found.exists() else (shutil.which("pyside6-lupdate") or "")


def _where(message: Message) -> str:
    return f"{message.context}: {message.source!r}"


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_message_is_translated(language: str) -> None:
    """No message is unfinished, vanished or empty; plurals have all their forms."""
    messages = read_ts(I18N / f"advisor_app_{language}.ts")
    assert messages, "the catalogue is empty"
    problems = []
    for message in messages:
        if message.kind is not None:
            problems.append(f"{_where(message)} is {message.kind}")
        if not all(form.strip() for form in message.forms):
            problems.append(f"{_where(message)} has an empty translation")
        if message.numerus:
            if len(message.forms) != PLURAL_FORMS[language]:
                problems.append(f"{_where(message)} has {len(message.forms)} plural forms")
            if not all("%n" in form for form in message.forms):
                problems.append(f"{_where(message)} has a plural form without %n")
    assert problems == []


def test_polish_translations_keep_the_placeholders() -> None:
    """ "{name}" in a source text is "{name}" in its translation, or format() would fail."""
    problems = [
        _where(m)
        for m in read_ts(I18N / "advisor_app_pl.ts")
        for form in m.forms
        if sorted(_PLACEHOLDER.findall(m.source)) != sorted(_PLACEHOLDER.findall(form))
    ]
    assert problems == []


def test_english_catalogue_has_only_plural_messages() -> None:
    """English is the source language: its catalogue exists only for "1 entry"/"2 entries"."""
    assert all(m.numerus for m in read_ts(I18N / "advisor_app_en.ts"))


@pytest.mark.parametrize("language", ["pl", "en"])
def test_lupdate_finds_no_untranslated_source_strings(tmp_path: Path, language: str) -> None:
    """Running lupdate over the current UI sources adds nothing unfinished to the catalogue."""
    lupdate = _lupdate()
    if not lupdate:
        pytest.fail("pyside6-lupdate is missing from the environment (PySide6-Essentials)")
    copy = tmp_path / f"advisor_app_{language}.ts"
    shutil.copyfile(I18N / copy.name, copy)
    subprocess.run(
        [lupdate, "-silent", *LUPDATE_FLAGS[language], *map(str, UI_SOURCES), "-ts", str(copy)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    unfinished = [_where(m) for m in read_ts(copy) if m.kind == "unfinished"]
    assert unfinished == [], (
        "untranslated UI strings; run `pyside6-lupdate` as in this test and translate them in "
        f"{I18N / copy.name}"
    )


def test_issue_table_repeats_every_domain_message_exactly() -> None:
    """ui/issue_text.py marks every MESSAGES text for lupdate, word for word."""
    assert ISSUE_SOURCE_TEXTS == MESSAGES


def test_issue_messages_are_in_the_polish_catalogue() -> None:
    """Every domain message reaches the translator (context "Issue")."""
    issue_sources = {m.source for m in read_ts(I18N / "advisor_app_pl.ts") if m.context == "Issue"}
    assert set(MESSAGES.values()) <= issue_sources


@pytest.mark.parametrize(
    "enum_type",
    [
        Variant,
        BalanceStatus,
        Stage,
        IdDocumentKind,
        Sex,
        EducationLevel,
        LabourMarketStatus,
        AccessibilityNeed,
        LifeArea,
        Intensity,
        ExperienceSource,
        Translation,
        Recognition,
        Reason,
        GoalType,
        ConsentPurpose,
        LegalBasis,
        ConsentForm,
        CompetenceKind,
        CompetenceStatus,
    ],
)
def test_every_member_of_a_displayed_enum_has_a_text(enum_type: type[StrEnum]) -> None:
    """A new enum member gets a display text (and so a translation), not its wire code."""
    missing = [m for m in enum_type if enum_text.enum_text(m) == str(m)]
    assert missing == []


def test_every_known_error_has_its_own_gui_text() -> None:
    """Each KnownError subclass says what happened and what to do, in the UI's words."""
    classes = [getattr(errors, name) for name in errors.__all__]
    known = [c for c in classes if isinstance(c, type) and issubclass(c, errors.KnownError)]
    missing = [c.__name__ for c in known if c.__name__ not in error_text._TEXTS]
    assert missing == []


def _translate_wrappers(tree: ast.Module) -> set[str]:
    """Module-level functions of a UI module that pass their argument to ``translate``."""
    names = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and any(
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            for call in ast.walk(node)
        ):
            names.add(node.name)
    return names


@pytest.mark.parametrize("path", UI_SOURCES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_literal_strings_reach_lupdate(path: Path) -> None:
    """lupdate reads ``self.tr("…")`` and ``QCoreApplication.translate("Ctx", "…")`` only.

    A helper such as ``def _tr(text): return QCoreApplication.translate("Ctx", text)`` called
    with a literal hides the string from lupdate (or files it under the empty context), so it
    is never translated and the tests above cannot notice. Helpers may only be called with
    texts marked elsewhere (QT_TRANSLATE_NOOP tables).
    """
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers = _translate_wrappers(tree)
    hidden = [
        f"line {call.lineno}: {call.func.id}({ast.unparse(call.args[0])})"
        for call in ast.walk(tree)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id in wrappers
        and call.args
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
    ]
    assert not hidden, "strings lupdate cannot see:\n" + "\n".join(hidden)


def test_no_message_lacks_a_context() -> None:
    """An empty context means lupdate could not tell the class; Qt would never find it."""
    messages = read_ts(I18N / "advisor_app_pl.ts")
    assert [m.source for m in messages if not m.context] == []
