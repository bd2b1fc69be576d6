"""Tests of the easy-to-read (ETR) summary (SC07)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

import pypdfium2
import pytest

from advisor_app.domain.entities import BalanceRecord
from advisor_app.reports.easy_read import EasyReadResult, render_easy_read
from advisor_app.reports.style import FindingKind
from advisor_app.resources import resource_path
from advisor_app.sync.codec import parse_document
from advisor_app.sync.mapping import record_from_document
from tests.helpers.domain_factories import finishable_record

PRINTED_ON = dt.date(2026, 12, 3)
needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed"
)


def sc07_record() -> BalanceRecord:
    """The SC07 demo balance of Zdzisław Mucha."""
    raw = resource_path("demo", "sc07_zdzislaw_mucha.json").read_bytes()
    return record_from_document(parse_document(raw))


def render(record: BalanceRecord) -> EasyReadResult:
    """Render the ETR document with a fixed printer and date."""
    return render_easy_read(record, printed_by="Joanna Kurek", printed_on=PRINTED_ON)


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    """The text of a PDF as pdftotext extracts it."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def body_word_heights(pdf: bytes, tmp_path: Path) -> list[float]:
    """Heights of the words above the footer band, from ``pdftotext -bbox``."""
    path = tmp_path / "doc.html"
    (tmp_path / "doc.pdf").write_bytes(pdf)
    subprocess.run(["pdftotext", "-bbox", str(tmp_path / "doc.pdf"), str(path)], check=True)
    root = ET.fromstring(path.read_text(encoding="utf-8").replace("<!DOCTYPE html>", ""))
    heights = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        footer_top = float(page.attrib["height"]) - 60  # the footer band at the page bottom
        for word in page.iter("{http://www.w3.org/1999/xhtml}word"):
            if float(word.attrib["yMax"]) < footer_top:
                heights.append(float(word.attrib["yMax"]) - float(word.attrib["yMin"]))
    return heights


RECORDS = pytest.mark.parametrize("make", [sc07_record, finishable_record], ids=["sc07", "sc01"])


@RECORDS
def test_fits_two_pages(make: Callable[[], BalanceRecord]) -> None:
    """The document has one or two pages."""
    result = render(make())
    assert 1 <= len(pypdfium2.PdfDocument(result.pdf)) <= 2


@needs_poppler
@RECORDS
def test_body_text_is_at_least_16_pt(make: Callable[[], BalanceRecord], tmp_path: Path) -> None:
    """Every word outside the footer (pdftotext reports the font size as word height) is ≥ 16 pt."""
    heights = body_word_heights(render(make()).pdf, tmp_path)
    assert heights
    assert min(heights) >= 16.0


@needs_poppler
def test_sc07_text_names_strengths_and_no_private_data(tmp_path: Path) -> None:
    """Names with diacritics and strengths print; advisor notes, PESEL and phone do not."""
    record = sc07_record()
    text = pdf_text(render(record).pdf, tmp_path)
    flat = " ".join(text.split())
    assert "Zdzisław Mucha" in flat
    assert "Umiesz: ścina i okrzesuje drzewa" in flat
    assert "Co umiesz" in flat and "Twój cel" in flat and "Kto ci pomoże" in flat
    assert "Zadzwoń do swojego doradcy." in flat
    assert "Joanna Kurek" in flat
    assert record.participant.pesel is not None
    assert record.participant.pesel not in flat
    for meeting in record.meetings:
        assert meeting.notes[:30] not in flat
    assert "Klauzulę informacyjną" not in flat


@needs_poppler
def test_sc01_prints_numbered_steps_without_advisor_notes(tmp_path: Path) -> None:
    """Plan steps read "Twój krok N: …" with a date; episode advisor notes never print."""
    record = finishable_record()
    flat = " ".join(pdf_text(render(record).pdf, tmp_path).split())
    assert "Twój krok 1:" in flat and "Termin:" in flat
    assert "Halina Kowalczyk" in flat
    for episode in record.episodes:
        if episode.advisor_note:
            assert episode.advisor_note[:25] not in flat


@RECORDS
def test_two_renders_are_byte_identical(make: Callable[[], BalanceRecord]) -> None:
    """The same record and print data give the same bytes."""
    record = make()
    assert render(record).pdf == render(record).pdf


def test_findings_list_replaced_jargon() -> None:
    """Jargon in the plan is replaced and reported for the advisor to review."""
    result = render(finishable_record())
    jargon = [f for f in result.findings if f.kind is FindingKind.JARGON]
    assert [(f.text, f.replacement) for f in jargon] == [("Bazy Usług Rozwojowych", "bazy szkoleń")]


def test_sc07_findings_flag_the_long_goal_sentence() -> None:
    """The SC07 goal sentence over 15 words is reported before printing."""
    result = render(sc07_record())
    long = [f for f in result.findings if f.kind is FindingKind.LONG_SENTENCE]
    assert long and all(f.words is not None and f.words > 15 for f in long)


def test_metadata_has_title_and_author() -> None:
    """Title and author are set in the PDF metadata."""
    pdf = pypdfium2.PdfDocument(render(sc07_record()).pdf)
    meta = pdf.get_metadata_dict()
    assert meta["Title"].startswith("Twój bilans kompetencji")
    assert meta["Author"] == "Joanna Kurek"


@needs_poppler
@pytest.mark.parametrize("make", [sc07_record, finishable_record], ids=["sc07", "sc01"])
def test_english_fits_two_pages_in_large_print(
    make: Callable[[], BalanceRecord], tmp_path: Path
) -> None:
    """The English ETR also fits two pages with body text of at least 16 pt."""
    import dataclasses

    record = make()
    record = dataclasses.replace(
        record,
        participant=dataclasses.replace(record.participant, communication_language="en"),
    )
    result = render_easy_read(
        record, printed_by="Joanna Kurek", printed_on=PRINTED_ON, language="en"
    )
    assert len(pypdfium2.PdfDocument(result.pdf)) <= 2
    heights = body_word_heights(result.pdf, tmp_path)
    assert heights and min(heights) >= 16
    text = pdf_text(result.pdf, tmp_path)
    assert "You can:" in text
    assert "Umiesz" not in text
