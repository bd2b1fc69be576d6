"""Every printed kind in Polish and English, and the robustness rules applied to every kind.

The document language follows the participant's communication language: English for "en",
Polish for everything else (ISSUE 5: "Polish by default, English when the participant's
communication language is English").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import logging
import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from uuid import UUID

import pytest
from PIL import Image as PILImage

from advisor_app.catalogue.reference import default_reference_catalogue
from advisor_app.domain.entities import BalanceRecord, Feedback
from advisor_app.domain.enums import FeedbackForm
from advisor_app.reports.consent import render_consent
from advisor_app.reports.easy_read import render_easy_read
from advisor_app.reports.labels import Language, language_for
from advisor_app.reports.plan import render_plan
from advisor_app.reports.portfolio import (
    IMAGE_PLACEHOLDER_EN,
    IMAGE_PLACEHOLDER_PL,
    image_files,
    printable,
    render_portfolio,
)
from advisor_app.reports.summary import render_summary
from advisor_app.resources import resource_path
from advisor_app.sync.codec import parse_document
from advisor_app.sync.mapping import record_from_document
from tests.helpers.domain_factories import HALINA_PESEL, finishable_record

PRINTED_ON = dt.date(2026, 11, 27)
UKRAINIAN = Path(__file__).resolve().parents[2] / "data" / "polish_ukrainian_names.json"

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) not installed; `make test` installs it",
)


def _load(path: Path) -> BalanceRecord:
    return record_from_document(parse_document(path.read_bytes()))


def _sc09() -> BalanceRecord:
    return _load(resource_path("demo", "sc09_wojciech_hajduk.json"))


def _speaking(record: BalanceRecord, language: str) -> BalanceRecord:
    """The record with the participant's communication language set."""
    participant = dataclasses.replace(record.participant, communication_language=language)
    return dataclasses.replace(record, participant=participant)


def _jpeg(shade: int) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (1200, 900), (shade, 90, 160)).save(buffer, "JPEG")
    return buffer.getvalue()


def _images(record: BalanceRecord) -> dict[UUID, bytes]:
    return {f.id: _jpeg(40 + 50 * i) for i, f in enumerate(image_files(printable(record)))}


def _render(kind: str, record: BalanceRecord, **kwargs: object) -> bytes:
    """Render ``kind`` in the participant's language, as the report service does."""
    language = language_for(record.participant)
    common: dict[str, object] = {"printed_by": "Joanna Kurek", "printed_on": PRINTED_ON}
    common["language"] = language
    if kind == "easy-read":
        return render_easy_read(record, **common, **kwargs).pdf  # type: ignore[arg-type]
    if kind == "portfolio":
        common["catalogue"] = default_reference_catalogue()
        common["images"] = kwargs.pop("images", None) or _images(record)
    renderers: dict[str, Callable[..., bytes]] = {
        "summary": render_summary,
        "plan": render_plan,
        "consent": render_consent,
        "portfolio": render_portfolio,
    }
    return renderers[kind](record, **common, **kwargs)


KINDS = ("summary", "easy-read", "portfolio", "plan", "consent")


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return " ".join(result.stdout.decode("utf-8").split())


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


# Fixed Polish phrases of the documents; none may appear in an English document.
POLISH_PHRASES = (
    "strona ",
    "Wydrukował",
    "Nie określono",
    "Uczestnik/uczestniczka",
    "Doradca:",
    "Mój ",
    "Moje ",
    "Twój",
    "Umiesz",
    "Kryteria",
    "Poziom",
    "Rodzaj",
    "Podpis",
    "Data:",
    "Krok",
    "podstawowy",
    "szkolenie",
    "Wiedza (W)",
    "Umiejętności (U)",
)

ENGLISH_EXPECTED: dict[str, tuple[str, ...]] = {
    "summary": ("Career Balance Summary", "My strengths", "My plan (IDP)", "Step", "By when"),
    "easy-read": ("Your skills review", "What you can do", "You can:", "Your step 1:", "By:"),
    "portfolio": ("Competence portfolio", "Skills (S)", "Criteria: relevant", "Level:"),
    "plan": ("Individual Development Plan", "My competence profile", "PQF level"),
    "consent": ("Agreement and consents", "What we agreed", "Participant's signature"),
}


def _record_for(kind: str) -> BalanceRecord:
    return _sc09() if kind in ("portfolio", "plan") else finishable_record()


@needs_poppler
@pytest.mark.parametrize("kind", KINDS)
def test_english_participant_gets_every_kind_in_english(kind: str, tmp_path: Path) -> None:
    """communication_language "en": English headings, labels, enum names, dates and footer."""
    record = _speaking(_record_for(kind), "en")
    text = _text(_render(kind, record), tmp_path)
    for expected in ENGLISH_EXPECTED[kind]:
        assert expected in text, expected
    assert "page 1 of" in text
    assert "Printed by: Joanna Kurek, 27.11.2026" in text
    for phrase in POLISH_PHRASES:
        assert phrase not in text, phrase


@needs_poppler
@pytest.mark.parametrize("language", ["uk", "de", "", "pl"])
@pytest.mark.parametrize("kind", KINDS)
def test_other_languages_fall_back_to_polish(kind: str, language: str, tmp_path: Path) -> None:
    """Any communication language but English prints the Polish document."""
    record = _speaking(_record_for(kind), language)
    text = _text(_render(kind, record), tmp_path)
    assert "strona 1 z" in text
    assert "Wydrukował(a): Joanna Kurek, 27.11.2026" in text
    assert "page 1 of" not in text


@needs_poppler
def test_english_easy_read_dates_and_findings(tmp_path: Path) -> None:
    """The English ETR spells dates in English and replaces English jargon, reporting it."""
    record = _speaking(finishable_record(), "en")
    plan = record.plan
    assert plan is not None
    action = dataclasses.replace(
        plan.actions[0], description="Validation of social competences at a certifying body"
    )
    record = dataclasses.replace(
        record, plan=dataclasses.replace(plan, actions=(action, *plan.actions[1:]))
    )
    result = render_easy_read(
        record, printed_by="Joanna Kurek", printed_on=PRINTED_ON, language="en"
    )
    text = _text(result.pdf, tmp_path)
    assert "Your step 1: Skills check of how you work with people at a place where" in text
    assert "By: June 2024." in text
    replaced = {f.text: f.replacement for f in result.findings if f.replacement}
    assert replaced["Validation"] == "skills check"
    assert replaced["social competences"] == "how you work with people"
    assert replaced["certifying body"] == "place where you take the test"
    assert _pages(result.pdf) <= 2


@needs_poppler
@pytest.mark.parametrize("language", ["pl", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_empty_record_prints_neutral_lines(kind: str, language: str, tmp_path: Path) -> None:
    """A record with nothing but participant and balance renders every kind, with neutral text."""
    full = _speaking(finishable_record(), language)
    record = BalanceRecord(balance=full.balance, participant=full.participant)
    text = _text(_render(kind, record), tmp_path)
    neutral = {
        ("easy-read", "pl"): "Twoje kroki ustalisz z doradcą.",
        ("easy-read", "en"): "You will plan your steps with your advisor.",
        ("portfolio", "pl"): "Nie określono.",
        ("portfolio", "en"): "Not specified.",
    }.get((kind, language), "Nie określono." if language == "pl" else "Not specified.")
    assert neutral in text


@needs_poppler
@pytest.mark.parametrize("kind", KINDS)
def test_ukrainian_names_print_with_embedded_dejavu_only(kind: str, tmp_path: Path) -> None:
    """Cyrillic and Polish letters print as text; pdffonts lists only embedded DejaVu fonts."""
    record = _load(UKRAINIAN)
    pdf = _render(kind, record)
    name = f"{record.participant.first_name} {record.participant.last_name}"
    assert name in _text(pdf, tmp_path)
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = result.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert "DejaVuSans" in row.split()[0], row
        assert row.split()[-5] == "yes", row


@needs_poppler
@pytest.mark.parametrize("language", ["pl", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_no_pesel_and_no_advisor_notes(kind: str, language: str, tmp_path: Path) -> None:
    """No kind prints the PESEL or an advisor-only episode note, in either language."""
    record = _speaking(finishable_record(), language)
    assert record.participant.pesel == HALINA_PESEL
    text = _text(_render(kind, record), tmp_path)
    assert HALINA_PESEL not in text
    notes = [e.advisor_note for e in record.episodes if e.advisor_note]
    assert notes
    for note in notes:
        assert " ".join(note.split())[:40] not in text


@pytest.mark.parametrize("language", ["pl", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_two_renders_are_byte_identical(kind: str, language: str) -> None:
    """The same input gives the same bytes in both languages (thumbnails included)."""
    record = _speaking(_record_for(kind), language)
    assert _render(kind, record) == _render(kind, record)


LONG = ("Zażółć gęślą jaźń, Оксана. " * 800)[:20_000]


@needs_poppler
@pytest.mark.parametrize("kind", ["summary", "portfolio", "plan"])
def test_very_long_text_wraps_and_splits_across_pages(kind: str, tmp_path: Path) -> None:
    """A 20,000-character text (feedback, an evidence title, a plan step) spans several pages."""
    record = _sc09() if kind == "portfolio" else finishable_record()
    if kind == "summary":
        record = dataclasses.replace(
            record, feedback=Feedback(form=FeedbackForm.WRITTEN, text=LONG)
        )
    elif kind == "portfolio":
        first = dataclasses.replace(printable(record)[0], title=LONG)
        rest = tuple(e for e in record.evidence if e.id != first.id)
        record = dataclasses.replace(record, evidence=(first, *rest))
    else:
        assert record.plan is not None
        action = dataclasses.replace(record.plan.actions[0], description=LONG)
        plan = dataclasses.replace(record.plan, actions=(action, *record.plan.actions[1:]))
        record = dataclasses.replace(record, plan=plan)
    pdf = _render(kind, record)
    assert _pages(pdf) >= 4
    text = _text(pdf, tmp_path)
    assert text.count("Zażółć gęślą jaźń") > 700  # nothing clipped away


def test_easy_read_with_a_very_long_goal_still_renders() -> None:
    """The ETR of a 20,000-character goal renders (more than two pages, nothing fails)."""
    record = finishable_record()
    assert record.plan is not None
    record = dataclasses.replace(record, plan=dataclasses.replace(record.plan, refined_goal=LONG))
    result = render_easy_read(record, printed_by="Joanna Kurek", printed_on=PRINTED_ON)
    assert result.pdf.startswith(b"%PDF-")
    assert _pages(result.pdf) > 2


@needs_poppler
@pytest.mark.parametrize("language", ["pl", "en"])
def test_corrupt_image_placeholder_and_warning(
    language: Language, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Corrupt image bytes print the placeholder and log a warning; the good one is embedded."""
    record = _speaking(_sc09(), language)
    files = image_files(printable(record))
    images = {files[0].id: _jpeg(200), files[1].id: b"\xff\xd8\xff\xe0 truncated JPEG"}
    with caplog.at_level(logging.WARNING, logger="advisor_app.reports.portfolio"):
        pdf = _render("portfolio", record, images=images)
    placeholder = IMAGE_PLACEHOLDER_PL if language == "pl" else IMAGE_PLACEHOLDER_EN
    assert placeholder in _text(pdf, tmp_path)
    assert pdf.count(b"/Subtype /Image") == 1
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert any(str(files[1].id) in r.getMessage() for r in warnings)


def test_same_photo_on_two_files_is_embedded_once() -> None:
    """Two files with the same bytes give one image object (thumbnails cached by content)."""
    record = _sc09()
    files = image_files(printable(record))
    photo = _jpeg(120)
    pdf = _render("portfolio", record, images={files[0].id: photo, files[1].id: photo})
    assert pdf.count(b"/Subtype /Image") == 1


def test_thumbnails_are_shrunk_before_embedding() -> None:
    """A 1200×900 photo is embedded as a JPEG of at most 320 pixels a side."""
    record = _sc09()
    files = image_files(printable(record))
    pdf = _render("portfolio", record, images={files[0].id: _jpeg(10)})
    sizes = re.findall(rb"/Width (\d+)", pdf), re.findall(rb"/Height (\d+)", pdf)
    assert [int(w) for w in sizes[0]] == [320]
    assert [int(h) for h in sizes[1]] == [240]
    assert b"/DCTDecode" in pdf
