"""Printable documents of a balance, for front ends that must not import the report builders.

Qt-free: the GUI calls :meth:`ReportService.render` on its io executor, the CLI calls it directly.
The printer's name comes from the open profile and the date from the injected clock.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol
from uuid import UUID

from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.enums import BalanceStatus, Visibility
from advisor_app.domain.privacy import DEFAULT_LEGAL_MINIMUM
from advisor_app.errors import NotFound, ValidationFailed
from advisor_app.services.clock import Clock, utc_now
from advisor_app.services.profile import ProfileInfo

if TYPE_CHECKING:
    from advisor_app.catalogue.reference import ReferenceCatalogue

# The report builders (and ReportLab) are imported when a document is rendered: loading them
# at start-up would cost every launch of the app about a fifth of a second.

__all__ = [
    "LARGE_PRINT_KINDS",
    "AttachmentContent",
    "RenderedReport",
    "ReportFinding",
    "ReportKind",
    "ReportService",
]


class ReportKind(enum.StrEnum):
    """The documents a balance can be printed as."""

    SUMMARY = "summary"
    EASY_READ = "easy-read"
    PLAN = "plan"
    CONSENT = "consent"
    PORTFOLIO = "portfolio"
    RESIGNATION = "resignation"


#: Kinds offered in large print.
LARGE_PRINT_KINDS = frozenset({ReportKind.SUMMARY, ReportKind.PLAN})


@dataclass(frozen=True, slots=True)
class ReportFinding:
    """A style warning of an easy-read text: replaced jargon or a long sentence.

    Attributes:
        text: The jargon as written, or the long sentence.
        replacement: The plain words that replaced the jargon; None for a long sentence.
        words: The long sentence's word count; None for jargon.
    """

    text: str
    replacement: str | None = None
    words: int | None = None


@dataclass(frozen=True, slots=True)
class RenderedReport:
    """A rendered document: the PDF bytes and, for easy-read, the style findings."""

    kind: ReportKind
    pdf: bytes
    findings: tuple[ReportFinding, ...] = ()


def _catalogue() -> ReferenceCatalogue | None:
    """The reference catalogue for the "for validation" section (None when unreadable)."""
    from advisor_app.catalogue.reference import default_reference_catalogue

    try:
        return default_reference_catalogue()
    except (OSError, ValueError):
        return None


class AttachmentContent(Protocol):
    """What the report service reads of ``services.attachments``."""

    def content(self, file_id: UUID) -> bytes: ...


class ReportService:
    """Renders the printable documents of a balance record.

    :meth:`render` has no database access (the GUI runs it on the io executor);
    :meth:`portfolio_images` reads the attachment store, so it runs on the db executor.
    """

    def __init__(
        self,
        profile: ProfileInfo,
        *,
        clock: Clock = utc_now,
        attachments: AttachmentContent | None = None,
    ) -> None:
        self._profile = profile
        self._clock = clock
        self._attachments = attachments

    def portfolio_images(self, record: BalanceRecord) -> dict[UUID, bytes]:
        """The bytes of the image files the portfolio prints thumbnails of (db executor).

        The same files as ``reports.portfolio.image_files(printable(record))`` (image files
        of evidence whose visibility is ``print``), as the CLI reads them; a file whose bytes
        the profile lacks (a balance imported without its files) is left out and gets no thumbnail.
        Empty when the service has no attachment store.
        """
        if self._attachments is None:
            return {}
        images: dict[UUID, bytes] = {}
        for evidence in record.evidence:
            if evidence.visibility is not Visibility.PRINT:
                continue
            for file in evidence.files:
                if not file.media_type.lower().startswith("image/") or file.id in images:
                    continue
                try:
                    images[file.id] = self._attachments.content(file.id)
                except NotFound:
                    continue
        return images

    #: What a resignation keeps, printed on the confirmation of resignation.
    legal_minimum: frozenset[str] = DEFAULT_LEGAL_MINIMUM

    def available_kinds(self, record: BalanceRecord | None = None) -> tuple[ReportKind, ...]:
        """The kinds of documents offered for printing, in the order they are offered.

        A withdrawn balance (the participant resigned) offers the confirmation of resignation
        and the consents instead of the summaries; the others never offer it.
        """
        if record is not None and record.balance.status is BalanceStatus.WITHDRAWN:
            return (ReportKind.RESIGNATION, ReportKind.CONSENT)
        return tuple(k for k in ReportKind if k is not ReportKind.RESIGNATION)

    def render(
        self,
        record: BalanceRecord,
        kind: ReportKind,
        *,
        large_print: bool = False,
        images: Mapping[UUID, bytes] | None = None,
    ) -> RenderedReport:
        """Render ``record`` as ``kind`` (no database access: the io executor runs it).

        Args:
            record: The balance.
            kind: Which document.
            large_print: Applies to the summary and the plan.
            images: For the portfolio, the bytes of its image files by file ID (from
                :meth:`portfolio_images`); without them it prints no thumbnails.
        """
        from advisor_app.reports.consent import render_consent
        from advisor_app.reports.easy_read import render_easy_read
        from advisor_app.reports.labels import language_for
        from advisor_app.reports.plan import render_plan
        from advisor_app.reports.portfolio import render_portfolio
        from advisor_app.reports.summary import render_summary

        if kind not in self.available_kinds(record):
            raise ValidationFailed(
                f"balance {record.balance.id} is {record.balance.status.value}: "
                f"the {kind.value} document cannot be printed",
                hint="print the confirmation of resignation instead"
                if record.balance.status is BalanceStatus.WITHDRAWN
                else None,
            )
        printed_by = self._profile.advisor_name
        printed_on = self._clock().astimezone().date()
        language = language_for(record.participant)
        large = large_print and kind in LARGE_PRINT_KINDS
        match kind:
            case ReportKind.SUMMARY:
                pdf = render_summary(
                    record,
                    printed_by=printed_by,
                    printed_on=printed_on,
                    language=language,
                    large_print=large,
                )
            case ReportKind.PLAN:
                pdf = render_plan(
                    record,
                    printed_by=printed_by,
                    printed_on=printed_on,
                    language=language,
                    large_print=large,
                )
            case ReportKind.CONSENT:
                pdf = render_consent(
                    record, printed_by=printed_by, printed_on=printed_on, language=language
                )
            case ReportKind.EASY_READ:
                result = render_easy_read(
                    record, printed_by=printed_by, printed_on=printed_on, language=language
                )
                findings = tuple(
                    ReportFinding(f.text, replacement=f.replacement, words=f.words)
                    for f in result.findings
                )
                return RenderedReport(kind, result.pdf, findings)
            case ReportKind.RESIGNATION:
                from advisor_app.reports.resignation import render_resignation

                pdf = render_resignation(
                    record,
                    printed_by=printed_by,
                    printed_on=printed_on,
                    kept=tuple(sorted(self.legal_minimum)),
                    language=language,
                )
            case ReportKind.PORTFOLIO:
                pdf = render_portfolio(
                    record,
                    printed_by=printed_by,
                    printed_on=printed_on,
                    language=language,
                    images=images,
                    catalogue=_catalogue(),
                )
        return RenderedReport(kind, pdf)
