"""The full portfolio: every competence with its evidence, criteria and image thumbnails.

Competences print grouped by kind (W/U/KS), each with the evidence items linked to it: title,
kind, date, issuer, the four criteria and validity, plus thumbnails of image files. When the
balance has a target qualification known to the catalogue, a "Do walidacji" section maps each
learning outcome to brak / deklaracja / dowód (:func:`advisor_app.domain.gaps.coverage`).

What never prints: evidence whose visibility is not ``print``, advisor notes and the PESEL. A
corrupt image prints a placeholder (and logs a warning); the document still renders.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
from collections.abc import Mapping, Sequence
from typing import Protocol
from uuid import UUID
from xml.sax.saxutils import escape

from PIL import Image as PILImage
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Table, TableStyle

from advisor_app.domain.entities import BalanceRecord, Competence, Evidence, EvidenceFile
from advisor_app.domain.enums import (
    CompetenceKind,
    CompetenceStatus,
    CriterionRating,
    EvidenceKind,
    RequirementSource,
    Visibility,
)
from advisor_app.domain.evidence import ValidityWarning, validity_warning
from advisor_app.domain.gaps import CoverageStatus, Requirement, coverage
from advisor_app.reports.base import (
    ReportMeta,
    ReportStyles,
    content_width,
    data_table,
    format_date,
    make_styles,
    neutral,
    para,
    render,
    text,
)
from advisor_app.reports.fonts import BOLD
from advisor_app.reports.labels import Language, label, pick

__all__ = [
    "IMAGE_PLACEHOLDER_EN",
    "IMAGE_PLACEHOLDER_PL",
    "THUMBNAIL_PIXELS",
    "THUMBNAIL_SIZE",
    "PortfolioCatalogue",
    "Qualification",
    "image_files",
    "printable",
    "render_portfolio",
]

_log = logging.getLogger(__name__)


# The reference catalogue as this document reads it. Reports may not import
# ``advisor_app.catalogue`` (sibling layers); ``ReferenceCatalogue`` fits these protocols.


class _Named(Protocol):
    def name(self, language: str) -> str: ...


class _Outcome(Protocol):
    @property
    def ref(self) -> str: ...
    @property
    def text_pl(self) -> str: ...


class _OutcomeSet(Protocol):
    @property
    def outcomes(self) -> Sequence[_Outcome]: ...
    def current_outcomes(self) -> Sequence[_Outcome]: ...


class Qualification(_Named, Protocol):
    """A target qualification with its learning-outcome sets."""

    @property
    def code(self) -> str: ...
    @property
    def outcome_sets(self) -> Sequence[_OutcomeSet]: ...
    def current_sets(self) -> Sequence[_OutcomeSet]: ...


class PortfolioCatalogue(Protocol):
    """Lookups the portfolio needs (``catalogue.reference.ReferenceCatalogue`` fits)."""

    def qualification(self, ref: str) -> Qualification: ...
    def evidence_type(self, kind: EvidenceKind) -> _Named: ...


THUMBNAIL_SIZE = 40 * mm
"""The longer side of an evidence thumbnail."""

THUMBNAIL_PIXELS = 320
"""Thumbnails are shrunk to this many pixels on the longer side (about 200 dpi at 40 mm)."""

IMAGE_PLACEHOLDER_PL = "[obraz nieczytelny]"
IMAGE_PLACEHOLDER_EN = "[image cannot be read]"

_STATUS: dict[CompetenceStatus, tuple[str, str]] = {
    CompetenceStatus.HYPOTHESIS: ("do sprawdzenia", "to be checked"),
    CompetenceStatus.DECLARED: ("deklarowana", "declared"),
    CompetenceStatus.DOCUMENTED: ("udokumentowana", "documented"),
    CompetenceStatus.CONFIRMED_EXTERNAL: ("potwierdzona zewnętrznie", "confirmed externally"),
}
_RATING: dict[CriterionRating, tuple[str, str]] = {
    CriterionRating.MET: ("spełnione", "met"),
    CriterionRating.PARTLY: ("częściowo", "partly"),
    CriterionRating.NOT_MET: ("niespełnione", "not met"),
    CriterionRating.NOT_ASSESSED: ("nie oceniono", "not assessed"),
}
_COVERAGE: dict[CoverageStatus, tuple[str, str]] = {
    CoverageStatus.NONE: ("brak", "none"),
    CoverageStatus.DECLARED: ("deklaracja", "declared"),
    CoverageStatus.EVIDENCED: ("dowód", "evidence"),
}


def render_portfolio(
    record: BalanceRecord,
    *,
    printed_by: str,
    printed_on: dt.date,
    language: Language = "pl",
    large_print: bool = False,
    images: Mapping[UUID, bytes] | None = None,
    catalogue: PortfolioCatalogue | None = None,
) -> bytes:
    """The portfolio of ``record`` as PDF bytes.

    Args:
        record: The balance.
        printed_by: The advisor printing it (footer).
        printed_on: The print date (footer; also the day validity is judged on).
        language: ``"pl"`` or ``"en"``.
        large_print: 14 pt body instead of 11 pt.
        images: Bytes of image files by :attr:`EvidenceFile.id`; files not in it get no
            thumbnail.
        catalogue: Reference catalogue for evidence-type names and the target qualification;
            without one, kinds print as codes and the "for validation" section is left out.
    """
    styles = make_styles(large_print=large_print)
    participant = record.participant
    name = f"{participant.first_name} {participant.last_name}".strip()
    title = pick(language, "Portfolio kompetencji", "Competence portfolio")
    story: list[Flowable] = [Paragraph(escape(title), styles.title), para(name, styles.subheading)]
    context = _Context(styles, language, printed_on, images or {}, catalogue)
    story += competences_section(record, context)
    story += unlinked_section(record, context)
    story += validation_section(record, context)
    meta = ReportMeta(
        title=f"{title}: {name}",
        subject=pick(language, "Portfolio bilansu kompetencji", "Portfolio of the balance"),
        author=record.balance.advisor_name,
        participant_name=name,
        printed_by=printed_by,
        printed_on=printed_on,
        language=language,
    )
    return render(story, meta)


class _Context:
    """What every section needs: styles, language, the print date, images and the catalogue.

    Also the thumbnails made so far in this render, by SHA-256 of the file's bytes: the same
    photo attached to two items (or an item listed under two competences) is decoded once.
    """

    __slots__ = (
        "catalogue",
        "evidence_detail",
        "evidence_title",
        "facts",
        "images",
        "language",
        "printed_on",
        "statement",
        "styles",
        "thumbnails",
    )

    def __init__(
        self,
        styles: ReportStyles,
        language: Language,
        printed_on: dt.date,
        images: Mapping[UUID, bytes],
        catalogue: PortfolioCatalogue | None,
    ) -> None:
        self.styles = styles
        self.language = language
        self.printed_on = printed_on
        self.images = images
        self.catalogue = catalogue
        self.thumbnails: dict[str, tuple[bytes, int, int] | None] = {}
        # Made once per render and shared by every paragraph of their kind.
        self.statement = ParagraphStyle(
            "Statement", parent=styles.subheading, spaceBefore=styles.body_size * 0.6, spaceAfter=0
        )
        self.facts = ParagraphStyle(
            "Facts",
            parent=styles.note,
            leftIndent=0,
            spaceAfter=styles.body_size * 0.3,
            keepWithNext=1,
        )
        self.evidence_title = ParagraphStyle(
            "EvidenceTitle", parent=styles.bullet, fontName=BOLD, spaceAfter=0, keepWithNext=1
        )
        self.evidence_detail = ParagraphStyle(
            "EvidenceDetail", parent=styles.note, spaceAfter=0, keepWithNext=1
        )

    def pick(self, pl: str, en: str) -> str:
        return pick(self.language, pl, en)

    def heading(self, pl: str, en: str) -> Paragraph:
        return Paragraph(escape(self.pick(pl, en)), self.styles.heading)


def printable(record: BalanceRecord) -> list[Evidence]:
    """Evidence items that may be printed (visibility ``print``), in portfolio order."""
    return [e for e in record.evidence if e.visibility is Visibility.PRINT]


def image_files(evidence: Sequence[Evidence]) -> list[EvidenceFile]:
    """The image files of ``evidence`` (the ones a thumbnail is printed for)."""
    return [f for e in evidence for f in e.files if f.media_type.lower().startswith("image/")]


def competences_section(record: BalanceRecord, context: _Context) -> list[Flowable]:
    """One heading per kind (W/U/KS), each competence with its printable evidence."""
    out: list[Flowable] = []
    evidence = printable(record)
    for kind in CompetenceKind:
        competences = [c for c in record.competences if c.kind is kind]
        out.append(Paragraph(escape(label(kind, context.language)), context.styles.heading))
        if not competences:
            out.append(neutral(context.styles, context.language))
            continue
        for competence in competences:
            linked = [e for e in evidence if competence.id in e.competence_ids]
            out += _competence(competence, linked, context)
    return out


def _competence(
    competence: Competence, evidence: Sequence[Evidence], context: _Context
) -> list[Flowable]:
    styles = context.styles
    level = (
        str(competence.level)
        if competence.level is not None
        else context.pick("nie oceniono", "not assessed")
    )
    status = _STATUS.get(competence.status, (str(competence.status),) * 2)
    facts = (
        f"{context.pick('Poziom', 'Level')}: {level} · "
        f"{context.pick('Status', 'Status')}: {context.pick(*status)}"
    )
    # One style per paragraph: ReportLab breaks a single-style paragraph on its fast path,
    # while inline <font>/<br/> markup sends it through the per-word slow path (profiled:
    # about a quarter of the portfolio's render time).
    out: list[Flowable] = [
        Paragraph(text(competence.statement), context.statement),
        Paragraph(escape(facts), context.facts),
    ]
    if not evidence:
        out.append(
            Paragraph(
                escape(context.pick("Brak dowodów w portfolio.", "No evidence in the portfolio.")),
                styles.note,
            )
        )
    for item in evidence:
        out += _evidence(item, context)
    return out


def _evidence(evidence: Evidence, context: _Context) -> list[Flowable]:
    styles = context.styles
    title = evidence.title.strip() or context.pick("(bez tytułu)", "(untitled)")
    # Title, details and criteria stay together (keepWithNext), each a single-style paragraph.
    item: list[Flowable] = [
        Paragraph(text(title), context.evidence_title, bulletText="•"),
        Paragraph(escape(" · ".join(_details(evidence, context))), context.evidence_detail),
        Paragraph(escape(_criteria(evidence, context)), styles.note),
    ]
    thumbnails = [_thumbnail(f, context) for f in image_files([evidence])]
    shown = [t for t in thumbnails if t is not None]
    if not shown:
        return item
    return [KeepTogether([*item, _thumbnail_row(shown, styles)])]


def _details(evidence: Evidence, context: _Context) -> list[str]:
    kind = _kind_name(evidence, context)
    date = format_date(evidence.date, context.language)
    parts = [
        f"{context.pick('Rodzaj', 'Kind')}: {kind}",
        f"{context.pick('Data', 'Date')}: {date}",
    ]
    if evidence.issuer:
        parts.append(f"{context.pick('Wystawca', 'Issuer')}: {evidence.issuer.strip()}")
    parts.append(f"{context.pick('Ważność', 'Validity')}: {_validity(evidence, context)}")
    return parts


def _kind_name(evidence: Evidence, context: _Context) -> str:
    if context.catalogue is not None:
        try:
            return context.catalogue.evidence_type(evidence.kind).name(context.language)
        except (KeyError, LookupError):
            pass
    return label(evidence.kind, context.language)


def _validity(evidence: Evidence, context: _Context) -> str:
    if evidence.valid_until is None:
        return context.pick("bezterminowo", "no expiry")
    until = format_date(evidence.valid_until, context.language)
    text = context.pick(f"do {until}", f"until {until}")
    warning = validity_warning(evidence, context.printed_on)
    if warning is ValidityWarning.EXPIRED:
        text += context.pick(" (wygasło)", " (expired)")
    elif warning is ValidityWarning.EXPIRING:
        text += context.pick(" (wkrótce wygasa)", " (expires soon)")
    return text


def _criteria(evidence: Evidence, context: _Context) -> str:
    criteria = evidence.criteria
    pairs = (
        (context.pick("adekwatność", "relevant"), criteria.relevant),
        (context.pick("autentyczność", "authentic"), criteria.authentic),
        (context.pick("wystarczalność", "sufficient"), criteria.sufficient),
        (context.pick("aktualność", "current"), criteria.current),
    )
    rated = ", ".join(
        f"{name}: {context.pick(*_RATING.get(rating, (str(rating),) * 2))}"
        for name, rating in pairs
    )
    return f"{context.pick('Kryteria', 'Criteria')}: {rated}"


def _thumbnail(file: EvidenceFile, context: _Context) -> Flowable | None:
    """A thumbnail of an image file; a placeholder when its bytes cannot be read."""
    data = context.images.get(file.id)
    if data is None:
        return None
    digest = hashlib.sha256(data).hexdigest()
    if digest not in context.thumbnails:
        context.thumbnails[digest] = _thumbnail_jpeg(file, data)
    small = context.thumbnails[digest]
    if small is None:
        placeholder = context.pick(IMAGE_PLACEHOLDER_PL, IMAGE_PLACEHOLDER_EN)
        return Paragraph(escape(placeholder), context.styles.small)
    jpeg, width, height = small
    scale = THUMBNAIL_SIZE / max(width, height)
    return Image(io.BytesIO(jpeg), width=width * scale, height=height * scale)


def _thumbnail_jpeg(file: EvidenceFile, data: bytes) -> tuple[bytes, int, int] | None:
    """The image shrunk to :data:`THUMBNAIL_PIXELS` as JPEG (embedded as is), or None.

    Photos from phones are megabytes; shrinking them first keeps the PDF small and fast to
    write. A JPEG is decoded at a reduced scale (``draft``) and the shrinking starts with a
    cheap box reduction (``reducing_gap``): a 40 mm thumbnail needs no more. Transparency is
    flattened onto white. None (and a warning) when it cannot be read.
    """
    try:
        with PILImage.open(io.BytesIO(data)) as opened:
            if opened.format == "JPEG":
                opened.draft("RGB", (THUMBNAIL_PIXELS, THUMBNAIL_PIXELS))
            opened.load()
            opened.thumbnail((THUMBNAIL_PIXELS, THUMBNAIL_PIXELS), reducing_gap=1.0)
            picture: PILImage.Image = opened
            if picture.mode not in ("RGB", "L"):
                rgba = picture.convert("RGBA")
                picture = PILImage.new("RGB", rgba.size, (255, 255, 255))
                picture.paste(rgba, mask=rgba.getchannel("A"))
            width, height = picture.size
            if width <= 0 or height <= 0:
                raise ValueError("empty image")
            out = io.BytesIO()
            picture.save(out, "JPEG", quality=85)
    except Exception as error:
        _log.warning("portfolio: image %s (%s) cannot be read: %s", file.id, file.name, error)
        return None
    return out.getvalue(), width, height


def _thumbnail_row(thumbnails: list[Flowable], styles: ReportStyles) -> Table:
    """Thumbnails side by side, as many per row as fit the frame."""
    cell = THUMBNAIL_SIZE + 4 * mm
    per_row = max(1, int((content_width() - styles.body_size * 1.2) // cell))
    columns = min(per_row, len(thumbnails))
    rows: list[list[Flowable | str]] = []
    for start in range(0, len(thumbnails), columns):
        row: list[Flowable | str] = list(thumbnails[start : start + columns])
        rows.append(row + [""] * (columns - len(row)))
    table = Table(rows, colWidths=[cell] * columns, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), styles.body_size * 1.2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def unlinked_section(record: BalanceRecord, context: _Context) -> list[Flowable]:
    """Printable evidence not linked to any competence of the balance (left out when none)."""
    known = {c.id for c in record.competences}
    loose = [e for e in printable(record) if not known.intersection(e.competence_ids)]
    if not loose:
        return []
    out: list[Flowable] = [
        context.heading("Inne dowody", "Other evidence"),
    ]
    for item in loose:
        out += _evidence(item, context)
    return out


def _target(record: BalanceRecord, catalogue: PortfolioCatalogue | None) -> Qualification | None:
    ref = record.balance.target_qualification_ref
    if not ref or catalogue is None:
        return None
    try:
        return catalogue.qualification(ref)
    except (KeyError, LookupError, ValueError):
        return None


def _requirements(qualification: Qualification) -> tuple[Requirement, ...]:
    """Current learning outcomes of a qualification (all of them when it is retired)."""
    sets = qualification.current_sets() or qualification.outcome_sets
    return tuple(
        Requirement(outcome.ref, outcome.text_pl, RequirementSource.QUALIFICATION)
        for outcome_set in sets
        for outcome in (outcome_set.current_outcomes() or outcome_set.outcomes)
    )


def validation_section(record: BalanceRecord, context: _Context) -> list[Flowable]:
    """ "Do walidacji": each learning outcome of the target qualification and what covers it.

    Left out when the balance has no target qualification or the catalogue does not know it.
    """
    qualification = _target(record, context.catalogue)
    if qualification is None:
        return []
    styles = context.styles
    out: list[Flowable] = [
        context.heading("Do walidacji", "For validation"),
        para(f"{qualification.name(context.language)} ({qualification.code})", styles.body),
    ]
    requirements = _requirements(qualification)
    if not requirements:
        return [*out, neutral(styles, context.language)]
    titles = {e.id: e.title.strip() for e in printable(record)}
    rows = [
        [
            context.pick("Efekt uczenia się", "Learning outcome"),
            context.pick("Stan", "Status"),
            context.pick("Dowody", "Evidence"),
        ]
    ]
    for item in coverage(record, requirements):
        ref = item.requirement.ref or ""
        code = "/".join(ref.split("/")[1:]) or ref
        shown = "; ".join(titles[i] for i in item.evidence_ids if titles.get(i))
        rows.append(
            [
                f"{code}: {item.requirement.text}",
                context.pick(*_COVERAGE[item.status]),
                shown or "–",
            ]
        )
    width = content_width()
    out.append(data_table(rows, styles, col_widths=[0.52 * width, 0.16 * width, 0.32 * width]))
    return out
