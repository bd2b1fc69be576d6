"""The portfolio PDF: competences with evidence, thumbnails, "Do walidacji", privacy, the CLI."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import shutil
import subprocess
from pathlib import Path
from uuid import UUID

import pytest
from PIL import Image as PILImage

from advisor_app.catalogue.reference import default_reference_catalogue
from advisor_app.cli import main
from advisor_app.domain.entities import BalanceRecord, Evidence
from advisor_app.domain.enums import Visibility
from advisor_app.reports.portfolio import IMAGE_PLACEHOLDER_PL, image_files, render_portfolio
from advisor_app.sync.codec import parse_document
from advisor_app.sync.mapping import record_from_document

ROOT = Path(__file__).resolve().parents[3]
SC09 = ROOT / "resources" / "demo" / "sc09_wojciech_hajduk.json"
PRINTED_ON = dt.date(2026, 11, 27)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) not installed; `make test` installs it",
)


def _sc09() -> BalanceRecord:
    return record_from_document(parse_document(SC09.read_bytes()))


def _png() -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGBA", (300, 200), (200, 60, 60, 128)).save(buffer, "PNG")
    return buffer.getvalue()


def _render(record: BalanceRecord, images: dict[UUID, bytes] | None = None) -> bytes:
    return render_portfolio(
        record,
        printed_by="Joanna Kurek",
        printed_on=PRINTED_ON,
        images=images,
        catalogue=default_reference_catalogue(),
    )


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "portfolio.pdf"
    path.write_bytes(pdf)
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return " ".join(result.stdout.decode("utf-8").split())


def _printable(record: BalanceRecord) -> list[Evidence]:
    return [e for e in record.evidence if e.visibility is Visibility.PRINT]


@needs_poppler
def test_sc09_shows_competences_evidence_and_validation(tmp_path: Path) -> None:
    """A competence statement, an evidence title, its criteria and the "Do walidacji" table."""
    record = _sc09()
    text = _text(_render(record), tmp_path)
    assert record.competences[0].statement[:40] in text
    assert _printable(record)[0].title[:40] in text
    assert "Kryteria: adekwatność" in text
    assert "Do walidacji" in text
    for status in ("brak", "deklaracja", "dowód"):
        assert status in text
    assert "Wojciech Hajduk" in text
    assert "strona 1 z" in text
    if record.participant.pesel:
        assert record.participant.pesel not in text


@needs_poppler
def test_advisor_only_and_excluded_evidence_never_print(tmp_path: Path) -> None:
    """Items with visibility other than "print" are absent."""
    record = _sc09()
    first, second = record.evidence[0], record.evidence[1]
    hidden = (
        dataclasses.replace(
            first, title="Notatka tylko dla doradcy XYZ", visibility=Visibility.ADVISOR_ONLY
        ),
        dataclasses.replace(second, title="Wykluczony dowód QWE", visibility=Visibility.EXCLUDED),
    )
    record = dataclasses.replace(record, evidence=(*hidden, *record.evidence[2:]))
    text = _text(_render(record), tmp_path)
    assert "XYZ" not in text
    assert "QWE" not in text
    assert record.evidence[2].title[:30] in text


@needs_poppler
def test_corrupt_image_prints_a_placeholder(tmp_path: Path) -> None:
    """A good image becomes a thumbnail, corrupt bytes the placeholder; the PDF still renders."""
    record = _sc09()
    files = image_files(_printable(record))
    assert len(files) >= 2
    images = {files[0].id: _png(), files[1].id: b"\x89PNG not really"}
    pdf = _render(record, images)
    assert b"/Subtype /Image" in pdf
    assert IMAGE_PLACEHOLDER_PL in _text(pdf, tmp_path)


def test_two_renders_are_byte_identical() -> None:
    """The same input (thumbnails included) gives the same bytes."""
    record = _sc09()
    images = {f.id: _png() for f in image_files(_printable(record))}
    assert _render(record, images) == _render(record, images)


@needs_poppler
def test_no_validation_section_without_a_target(tmp_path: Path) -> None:
    """Without a target qualification the section is left out."""
    record = _sc09()
    record = dataclasses.replace(
        record, balance=dataclasses.replace(record.balance, target_qualification_ref=None)
    )
    assert "Do walidacji" not in _text(_render(record), tmp_path)


@needs_poppler
def test_only_embedded_dejavu_fonts(tmp_path: Path) -> None:
    """pdffonts lists only DejaVu fonts, all embedded."""
    path = tmp_path / "portfolio.pdf"
    path.write_bytes(_render(_sc09()))
    result = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = result.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert "DejaVuSans" in row.split()[0]
        assert row.split()[-5] == "yes", row


def test_cli_report_portfolio(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`advisor-app report ID --kind portfolio -o FILE` exits 0 and writes a PDF."""
    assert main(["--data-dir", str(data_dir), "import", str(SC09)]) == 0
    balance_id = str(json.loads(SC09.read_text(encoding="utf-8"))["balance"]["id"])
    target = tmp_path / "portfolio.pdf"
    args = ["--data-dir", str(data_dir), "report", balance_id, "--kind", "portfolio"]
    assert main([*args, "-o", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF-")
    assert str(target) in capsys.readouterr().out
