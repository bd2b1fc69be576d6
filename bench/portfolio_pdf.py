"""Full portfolio PDF vs a plain ReportLab document of the same page count (budget: ≤ 2×).

ARCHITECTURE.md §11: a portfolio of 40 competences and 60 evidence items (a tenth of them with an
image thumbnail) is rendered; the baseline is the same content as a plain ``SimpleDocTemplate``
in the same DejaVu fonts with the same images (see :func:`baseline` for what is fair about it),
padded with plain paragraphs to the same number of pages. Median of 7 alternating renders each.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import statistics
from uuid import UUID

from PIL import Image as PILImage
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, SimpleDocTemplate

from advisor_app.catalogue.reference import default_reference_catalogue
from advisor_app.domain.entities import BalanceRecord, EvidenceFile
from advisor_app.domain.enums import CompetenceKind, EvidenceKind
from advisor_app.reports.fonts import BOLD, REGULAR, register_fonts
from advisor_app.reports.portfolio import THUMBNAIL_PIXELS, render_portfolio
from bench._common import emit, median_time
from tests.helpers.domain_factories import make_competence, make_evidence, make_record, sid

COMPETENCES, EVIDENCE, IMAGES, REPEAT = 40, 60, 6, 7
FILLER = "Zażółć gęślą jaźń – referencje od właściciela sklepu, obsługa kasy i utargu. " * 4
"""Plain text that pads the baseline to the portfolio's page count."""
PRINTED_ON = dt.date(2026, 11, 27)
_PAGE = re.compile(rb"/Type /Page\b(?!s)")


def _png(index: int) -> bytes:
    """A small deterministic photo stand-in (ReportLab decodes and embeds it like a real one)."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (640, 480), (40 + index * 30, 120, 200 - index * 20)).save(buffer, "PNG")
    return buffer.getvalue()


def portfolio_record() -> tuple[BalanceRecord, dict[UUID, bytes]]:
    """40 competences (W/U/KS in turn) and 60 evidence items, the first six with an image."""
    kinds = list(CompetenceKind)
    competences = tuple(
        make_competence(
            id=sid(f"bench.competence.{i}"),
            kind=kinds[i % len(kinds)],
            statement=f"Kompetencja {i + 1}: obsługuje kasę fiskalną, rozlicza utarg i "
            "uzgadnia stany magazynowe z dokumentacją sklepu.",
            level=1 + i % 4,
        )
        for i in range(COMPETENCES)
    )
    images: dict[UUID, bytes] = {}
    evidence = []
    for i in range(EVIDENCE):
        files: tuple[EvidenceFile, ...] = ()
        if i < IMAGES:
            data = _png(i)
            file = EvidenceFile(
                id=sid(f"bench.file.{i}"),
                name=f"zdjecie_{i}.png",
                media_type="image/png",
                size=len(data),
                sha256="0" * 64,
            )
            images[file.id] = data
            files = (file,)
        linked = (competences[i % COMPETENCES].id, competences[(i * 7) % COMPETENCES].id)
        evidence.append(
            make_evidence(
                id=sid(f"bench.evidence.{i}"),
                kind=EvidenceKind.PHOTO if files else EvidenceKind.REFERENCE_LETTER,
                title=f"Dowód {i + 1}: referencje od właściciela sklepu w Łososinie Dolnej",
                files=files,
                competence_ids=tuple(dict.fromkeys(linked)),
            )
        )
    record = make_record()
    return dataclasses.replace(
        record,
        competences=competences,
        evidence=tuple(evidence),
        balance=dataclasses.replace(record.balance, target_qualification_ref=None),
    ), images


def page_count(pdf: bytes) -> int:
    """Pages of a ReportLab PDF (its page objects are written uncompressed)."""
    return len(_PAGE.findall(pdf))


def baseline(record: BalanceRecord, images: dict[UUID, bytes], filler: int) -> bytes:
    """The portfolio's content as a plain ReportLab document (``filler``: extra paragraphs).

    Fair, not flattering either way: the same text (kind headings, competence statements with
    level and status, each evidence item's title, details and criteria under every competence
    it is linked to), the same fonts (DejaVu Sans regular and bold, subset and embedded), and
    the same embedded pictures (``images``: the 320-pixel JPEGs the portfolio embeds, made
    before timing, so ReportLab only copies them) at the same 40 mm size through the ordinary
    ``Image`` flowable. What it leaves out is the work the portfolio does on top: shrinking the
    photos, keep-together rules, the tables of thumbnails, the two-pass "page X of Y" footer
    and the catalogue look-ups. Giving it the original photos instead would make ReportLab
    decode and re-compress them on every run (measured: slower than the portfolio itself).
    :func:`filler_for` finds how many paragraphs of plain text make it as long as the
    portfolio.
    """
    register_fonts()
    body = ParagraphStyle("Body", fontName=REGULAR, fontSize=11, leading=15.4, spaceAfter=5)
    bold = ParagraphStyle("Bold", parent=body, fontName=BOLD)
    small = ParagraphStyle("Small", parent=body, fontSize=9.35, leading=12.65, leftIndent=13)
    heading = ParagraphStyle("Heading", parent=bold, fontSize=14.3, leading=18.7, spaceBefore=11)
    story: list[Flowable] = [Paragraph("Portfolio kompetencji", heading)]
    for kind in CompetenceKind:
        story.append(Paragraph(kind.value, heading))
        for competence in (c for c in record.competences if c.kind is kind):
            story.append(Paragraph(competence.statement, bold))
            story.append(Paragraph(f"Poziom: {competence.level} · Status: deklarowana", small))
            for evidence in record.evidence:
                if competence.id not in evidence.competence_ids:
                    continue
                story.append(Paragraph(f"• {evidence.title}", bold))
                story.append(
                    Paragraph(
                        f"Rodzaj: {evidence.kind.value} · Data: 12.05.2025 · Ważność: bezterminowo",
                        small,
                    )
                )
                story.append(
                    Paragraph(
                        "Kryteria: adekwatność: spełnione, autentyczność: spełnione, "
                        "wystarczalność: częściowo, aktualność: spełnione",
                        small,
                    )
                )
                for file in evidence.files:
                    story.append(Image(io.BytesIO(images[file.id]), width=40 * mm, height=30 * mm))
    story += [Paragraph(FILLER, body) for _ in range(filler)]
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(story)
    return buffer.getvalue()


def filler_for(record: BalanceRecord, images: dict[UUID, bytes], pages: int) -> int:
    """The fewest filler paragraphs that give the baseline ``pages`` pages."""
    filler = 0
    while page_count(baseline(record, images, filler)) < pages:
        filler += 1
    return filler


def embedded(images: dict[UUID, bytes]) -> dict[UUID, bytes]:
    """The pictures as the portfolio embeds them: JPEGs of at most 320 pixels a side."""
    out = {}
    for file_id, data in images.items():
        with PILImage.open(io.BytesIO(data)) as picture:
            picture.thumbnail((THUMBNAIL_PIXELS, THUMBNAIL_PIXELS))
            buffer = io.BytesIO()
            picture.convert("RGB").save(buffer, "JPEG", quality=85)
        out[file_id] = buffer.getvalue()
    return out


def main() -> None:
    """Render both alternately and print the ratio."""
    record, images = portfolio_record()
    pictures = embedded(images)
    catalogue = default_reference_catalogue()

    def portfolio() -> bytes:
        return render_portfolio(
            record,
            printed_by="Ewa Nowak",
            printed_on=PRINTED_ON,
            images=images,
            catalogue=catalogue,
        )

    pages = page_count(portfolio())  # also warms fonts and imports
    filler = filler_for(record, pictures, pages)
    baseline_pages = page_count(baseline(record, pictures, filler))
    assert baseline_pages == pages, (baseline_pages, pages)
    # Alternate the two (one of each per round) so a burst of load on a shared machine hits
    # both sides alike, then compare the medians.
    portfolio_times, baseline_times = [], []
    for _ in range(REPEAT):
        portfolio_times.append(median_time(portfolio, 1))
        baseline_times.append(median_time(lambda: baseline(record, pictures, filler), 1))
    portfolio_s = statistics.median(portfolio_times)
    baseline_s = statistics.median(baseline_times)
    emit(
        "portfolio_pdf",
        ratio=round(portfolio_s / baseline_s, 3),
        budget=2.0,
        portfolio_s=round(portfolio_s, 3),
        baseline_s=round(baseline_s, 3),
        pages=pages,
        competences=COMPETENCES,
        evidence=EVIDENCE,
        images=IMAGES,
        filler_paragraphs=filler,
    )


if __name__ == "__main__":
    main()
