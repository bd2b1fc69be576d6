"""Summary, plan and consent PDFs: content, privacy, fonts, determinism and the CLI."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from advisor_app.cli import main
from advisor_app.domain.entities import BalanceRecord, Feedback
from advisor_app.domain.enums import FeedbackForm
from advisor_app.reports.consent import render_consent
from advisor_app.reports.plan import render_plan
from advisor_app.reports.summary import render_summary
from advisor_app.sync.codec import parse_document
from advisor_app.sync.mapping import record_from_document
from tests.helpers.domain_factories import HALINA_PESEL, finishable_record

DATA = Path(__file__).resolve().parents[2] / "data"
UKRAINIAN = DATA / "polish_ukrainian_names.json"
PRINTED_ON = dt.date(2024, 3, 18)

Renderer = Callable[..., bytes]
RENDERERS: dict[str, Renderer] = {
    "summary": render_summary,
    "plan": render_plan,
    "consent": render_consent,
}

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) not installed; `make test` installs it",
)


def _ukrainian_record() -> BalanceRecord:
    """The sample document with Polish and Ukrainian names, as a record."""
    return record_from_document(parse_document(UKRAINIAN.read_bytes()))


def _render(kind: str, record: BalanceRecord, **kwargs: object) -> bytes:
    """Render one kind with the fixed printer and date."""
    return RENDERERS[kind](record, printed_by="Joanna Kurek", printed_on=PRINTED_ON, **kwargs)


def _text(pdf: bytes, tmp_path: Path) -> str:
    """The text of a PDF as pdftotext reads it (one line per layout line)."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


def _flat(text: str) -> str:
    """Whitespace collapsed, so wrapped lines still match."""
    return " ".join(text.split())


@needs_poppler
@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_halina_documents_show_name_and_page_numbers(kind: str, tmp_path: Path) -> None:
    """Each kind prints the name with diacritics and "strona 1 z" but no PESEL or advisor note."""
    record = finishable_record()
    text = _flat(_text(_render(kind, record), tmp_path))
    assert "Halina Kowalczyk" in text
    assert "strona 1 z" in text
    assert "Wydrukował(a): Joanna Kurek, 18.03.2024" in text
    assert HALINA_PESEL not in text
    for episode in record.episodes:
        if episode.advisor_note:
            assert episode.advisor_note not in text


@needs_poppler
def test_summary_has_strengths_plan_feedback_and_help(tmp_path: Path) -> None:
    """The SC01 summary has a strength, its evidence, a plan step, feedback, CIZ and receipt."""
    text = _flat(_text(_render("summary", finishable_record()), tmp_path))
    assert "Prowadzi książkę kasową koła i rozlicza zaliczki członkiń." in text
    assert "Książka kasowa KGW za 2022 rok" in text
    assert "Arkusz kalkulacyjny od podstaw" in text
    assert "Pani Halino" in text
    assert "CIZ) w Nowym Sączu" in text
    assert "Potwierdzam, że otrzymałem/otrzymałam" in text


@needs_poppler
def test_summary_hides_evidence_not_for_print_and_oral_feedback(tmp_path: Path) -> None:
    """Evidence with visibility advisor_only/excluded and oral-only feedback are not printed."""
    from advisor_app.domain.enums import Visibility

    record = finishable_record()
    hidden = [
        dataclasses.replace(e, visibility=v)
        for e, v in zip(
            record.evidence[:2], (Visibility.ADVISOR_ONLY, Visibility.EXCLUDED), strict=True
        )
    ]
    record = dataclasses.replace(
        record,
        evidence=(*hidden, *record.evidence[2:]),
        feedback=Feedback(form=FeedbackForm.ORAL, text="Tylko ustnie, nie drukować."),
    )
    text = _flat(_text(_render("summary", record), tmp_path))
    for evidence in hidden:
        assert evidence.title not in text
    assert "Tylko ustnie" not in text


@needs_poppler
def test_empty_sections_print_a_neutral_line(tmp_path: Path) -> None:
    """A record without plan, strengths or areas still renders, saying "Nie określono."."""
    full = finishable_record()
    record = BalanceRecord(balance=full.balance, participant=full.participant)
    for kind in RENDERERS:
        assert "Nie określono." in _text(_render(kind, record), tmp_path)


@needs_poppler
@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_ukrainian_sample_prints_its_names(kind: str, tmp_path: Path) -> None:
    """The Polish/Ukrainian sample prints the participant's name exactly, without its note."""
    record = _ukrainian_record()
    text = _flat(_text(_render(kind, record), tmp_path))
    name = f"{record.participant.first_name} {record.participant.last_name}"
    assert name in text
    for episode in record.episodes:
        if episode.advisor_note:
            assert _flat(episode.advisor_note) not in text
    if kind != "consent" and record.plan and record.plan.actions:
        assert _flat(record.plan.actions[0].description)[:30] in text


@needs_poppler
@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_only_embedded_dejavu_fonts(kind: str, tmp_path: Path) -> None:
    """pdffonts lists only DejaVu fonts, all embedded."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(_render(kind, _ukrainian_record(), large_print=True))
    result = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = result.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert "DejaVuSans" in row.split()[0]
        assert row.split()[-5] == "yes", row  # the "emb" column


@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_two_renders_are_byte_identical(kind: str) -> None:
    """The same input gives the same bytes (invariant=1)."""
    assert _render(kind, finishable_record()) == _render(kind, finishable_record())


@needs_poppler
def test_very_long_feedback_splits_across_pages(tmp_path: Path) -> None:
    """A 20,000-character written feedback wraps and splits over several pages."""
    words = ("Zażółć gęślą jaźń, pani Halino. " * 700)[:20_000]
    record = dataclasses.replace(
        finishable_record(), feedback=Feedback(form=FeedbackForm.WRITTEN, text=words)
    )
    text = _text(_render("summary", record, large_print=True), tmp_path)
    assert "strona 4 z" in text


def test_english_participant_gets_english_footer() -> None:
    """language="en" prints English phrases (checked through the PDF metadata title)."""
    pdf = _render("summary", finishable_record(), language="en")
    assert b"Career Balance Summary" in pdf


def _import(data_dir: Path, tmp_path: Path) -> str:
    """Import the Ukrainian sample into a fresh profile; return its balance ID."""
    assert main(["--data-dir", str(data_dir), "import", str(UKRAINIAN)]) == 0
    return str(json.loads(UKRAINIAN.read_text(encoding="utf-8"))["balance"]["id"])


@pytest.mark.parametrize("kind", sorted(RENDERERS))
def test_cli_report_writes_a_pdf(
    kind: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`advisor-app report ID --kind K -o FILE` writes a PDF and exits 0."""
    balance_id = _import(data_dir, tmp_path)
    target = tmp_path / f"{kind}.pdf"
    args = ["--data-dir", str(data_dir), "report", balance_id, "--kind", kind, "-o", str(target)]
    assert main([*args, "--large-print"]) == 0
    assert target.read_bytes().startswith(b"%PDF-")
    assert str(target) in capsys.readouterr().out


def test_cli_report_unknown_balance_exits_1(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown balance ID is a one-line user error (exit 1)."""
    unknown = "01900000-0000-7000-8000-000000000000"
    target = tmp_path / "x.pdf"
    args = ["--data-dir", str(data_dir), "report", unknown, "--kind", "summary", "-o", str(target)]
    assert main(args) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert not target.exists()
