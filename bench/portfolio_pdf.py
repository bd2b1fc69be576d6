"""Full portfolio PDF vs a plain ReportLab document of the same page count (budget: ≤ 2×).

ARCHITECTURE.md §11: a portfolio of 40 competences and 60 evidence items (a tenth of them with an
image thumbnail) is rendered; the baseline is a plain ``SimpleDocTemplate`` with DejaVu Sans
registered, filled with paragraphs to the same number of pages. Median of 5 renders each.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from uuid import UUID

from PIL import Image as PILImage
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

from advisor_app.catalogue.reference import default_reference_catalogue
from advisor_app.domain.entities import BalanceRecord, EvidenceFile
from advisor_app.domain.enums import CompetenceKind, EvidenceKind
from advisor_app.reports.fonts import REGULAR, register_fonts
from advisor_app.reports.portfolio import render_portfolio
from bench._common import emit, median_time
from tests.helpers.domain_factories import make_competence, make_evidence, make_record, sid

COMPETENCES, EVIDENCE, IMAGES, REPEAT = 40, 60, 6, 5
PARAGRAPHS_PER_PAGE = 11
"""Fills an A4 page of the baseline (11 pt DejaVu, default margins), as the portfolio does."""
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


def baseline(pages: int) -> bytes:
    """A plain DejaVu document of ``pages`` full pages of paragraphs."""
    register_fonts()
    style = ParagraphStyle("Body", fontName=REGULAR, fontSize=11, leading=15.4)
    line = "Zażółć gęślą jaźń – referencje od właściciela sklepu, obsługa kasy i utargu. " * 4
    story = []
    for page in range(pages):
        story += [Paragraph(line, style) for _ in range(PARAGRAPHS_PER_PAGE)]
        if page < pages - 1:
            story.append(PageBreak())
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(story)
    return buffer.getvalue()


def main() -> None:
    """Render both alternately and print the ratio."""
    record, images = portfolio_record()
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
    baseline_pages = page_count(baseline(pages))
    assert baseline_pages == pages, (baseline_pages, pages)
    portfolio_s = median_time(portfolio, REPEAT)
    baseline_s = median_time(lambda: baseline(pages), REPEAT)
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
    )


if __name__ == "__main__":
    main()
