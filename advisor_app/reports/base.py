"""Shared base of every printed document: page template, styles, footer and rendering.

A document module builds a list of Platypus flowables (its *story*) from domain values and calls
:func:`render` with a :class:`ReportMeta`. Output is deterministic (``invariant=1``): the same
story and metadata give byte-identical PDFs.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from advisor_app.reports.fonts import BOLD, REGULAR, register_fonts
from advisor_app.reports.labels import Language, tr

PAGE_SIZE = A4
MARGIN = 20 * mm
FOOTER_SIZE = 8.5
BODY_SIZE = 11.0
LARGE_BODY_SIZE = 14.0
_LANG_TAGS: dict[str, str] = {"pl": "pl-PL", "en": "en-GB"}


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportMeta:
    """What a document says about itself: PDF metadata and the footer of every page.

    Attributes:
        title: Document title (PDF metadata and the browser/viewer window).
        subject: One-line description (PDF metadata).
        author: Who the document is from (the advisor's name).
        participant_name: Whose document it is, printed in the footer.
        printed_by: The advisor who printed it.
        printed_on: The print date.
        language: ``"pl"`` or ``"en"``; also sets the PDF ``lang``.
    """

    title: str
    subject: str
    author: str
    participant_name: str
    printed_by: str
    printed_on: dt.date
    language: Language = "pl"


@dataclass(frozen=True, slots=True)
class ReportStyles:
    """Paragraph styles of one document (regular or large print)."""

    title: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    neutral: ParagraphStyle
    body_size: float


def make_styles(*, large_print: bool = False) -> ReportStyles:
    """Styles in DejaVu Sans; ``large_print`` raises the body to 14 pt and headings with it."""
    register_fonts()
    size = LARGE_BODY_SIZE if large_print else BODY_SIZE
    leading = size * 1.4

    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {
            "fontName": REGULAR,
            "bulletFontName": REGULAR,
            "bulletFontSize": size,
            "fontSize": size,
            "leading": leading,
            "alignment": TA_LEFT,
            "spaceAfter": size * 0.45,
        }
        base.update(kw)
        return ParagraphStyle(name, **base)

    return ReportStyles(
        title=style(
            "Title", fontName=BOLD, fontSize=size * 1.8, leading=size * 2.2, spaceAfter=size * 0.8
        ),
        heading=style(
            "Heading",
            fontName=BOLD,
            fontSize=size * 1.3,
            leading=size * 1.7,
            spaceBefore=size * 1.0,
            spaceAfter=size * 0.4,
            textColor=colors.HexColor("#1F3A5F"),
            keepWithNext=1,
        ),
        subheading=style("Subheading", fontName=BOLD, spaceBefore=size * 0.4, keepWithNext=1),
        body=style("Body"),
        bullet=style("Bullet", leftIndent=size * 1.2, bulletIndent=size * 0.3),
        small=style("Small", fontSize=size * 0.85, leading=size * 1.15, textColor=colors.dimgrey),
        note=style(
            "Note",
            fontSize=size * 0.85,
            leading=size * 1.15,
            textColor=colors.dimgrey,
            leftIndent=size * 1.2,
        ),
        cell=style("Cell", fontSize=size * 0.9, leading=size * 1.2, spaceAfter=0),
        cell_bold=style("CellBold", fontName=BOLD, fontSize=size * 0.9, leading=size * 1.2),
        neutral=style("Neutral", textColor=colors.dimgrey),
        body_size=size,
    )


def text(value: str) -> str:
    """Escape user text for a Paragraph and keep its line breaks."""
    return escape(value.strip()).replace("\n", "<br/>")


def para(value: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain (escaped) user text."""
    return Paragraph(text(value), style)


def neutral(styles: ReportStyles, language: Language) -> Paragraph:
    """The neutral line printed for a section with nothing to show ("Nie określono.")."""
    return Paragraph(escape(tr("not_specified", language)), styles.neutral)


def format_date(value: dt.date | dt.datetime | None, language: Language) -> str:
    """A date as ``dd.mm.yyyy`` (Polish and British readers both know it)."""
    if value is None:
        return tr("not_specified", language)
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def data_table(
    rows: Sequence[Sequence[str]],
    styles: ReportStyles,
    *,
    col_widths: Sequence[float] | None = None,
) -> Table:
    """A table with a bold header row; every cell wraps and the header repeats on each page."""
    cells = [
        [Paragraph(text(c), styles.cell_bold if i == 0 else styles.cell) for c in row]
        for i, row in enumerate(rows)
    ]
    # splitInRow: a row taller than a page (a 20,000-character cell) splits inside the row
    # instead of failing the whole document with a LayoutError.
    table = Table(cells, colWidths=col_widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                # Tables set their own font (Helvetica) even around Paragraph cells.
                ("FONT", (0, 0), (-1, -1), REGULAR, styles.cell.fontSize),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4EAF2")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def content_width() -> float:
    """Width of the text frame in points."""
    return float(PAGE_SIZE[0] - 2 * MARGIN)


def _canvas_class(meta: ReportMeta) -> type[Canvas]:
    """A canvas that remembers its pages and draws "page X of Y" footers when saved."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                _draw_footer(self, meta, self.getPageNumber(), total)
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_footer(canvas: Canvas, meta: ReportMeta, page: int, total: int) -> None:
    lang = meta.language
    width = PAGE_SIZE[0]
    y = MARGIN * 0.55
    canvas.saveState()
    canvas.setStrokeColor(colors.grey)
    canvas.setLineWidth(0.4)
    canvas.line(MARGIN, y + FOOTER_SIZE * 1.6, width - MARGIN, y + FOOTER_SIZE * 1.6)
    canvas.setFont(REGULAR, FOOTER_SIZE)
    canvas.setFillColor(colors.dimgrey)
    printed = tr("printed_by", lang).format(
        name=meta.printed_by, date=format_date(meta.printed_on, lang)
    )
    canvas.drawString(MARGIN, y, f"{meta.participant_name} · {printed}")
    canvas.drawRightString(width - MARGIN, y, tr("page_of", lang).format(page=page, total=total))
    canvas.restoreState()


def render(story: list[Flowable], meta: ReportMeta) -> bytes:
    """Lay out ``story`` on A4 pages with the footer of ``meta``; return the PDF bytes."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + FOOTER_SIZE * 2,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        creator="advisor_app",
        lang=_LANG_TAGS.get(meta.language, meta.language),
        invariant=1,
        initialFontName=REGULAR,
    )
    doc.build(story, canvasmaker=_canvas_class(meta))
    return buffer.getvalue()
