"""Printable documents of a balance, for front ends that must not import the report builders.

Qt-free: the GUI calls :meth:`ReportService.render` on its io executor, the CLI calls it directly.
The printer's name comes from the open profile and the date from the injected clock.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

from advisor_app.domain.entities import BalanceRecord
from advisor_app.services.clock import Clock, utc_now
from advisor_app.services.profile import ProfileInfo

if TYPE_CHECKING:
    from advisor_app.catalogue.reference import ReferenceCatalogue

# The report builders (and ReportLab) are imported when a document is rendered: loading them
# at start-up would cost every launch of the app about a fifth of a second.

__all__ = ["LARGE_PRINT_KINDS", "RenderedReport", "ReportFinding", "ReportKind", "ReportService"]


class ReportKind(enum.StrEnum):
    """The documents a balance can be printed as."""

    SUMMARY = "summary"
    EASY_READ = "easy-read"
    PLAN = "plan"
    CONSENT = "consent"
    PORTFOLIO = "portfolio"


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


class ReportService:
    """Renders the printable documents of a balance record (no database access)."""

    def __init__(self, profile: ProfileInfo, *, clock: Clock = utc_now) -> None:
        self._profile = profile
        self._clock = clock

    def available_kinds(self) -> tuple[ReportKind, ...]:
        """The kinds of documents offered for printing, in the order they are offered."""
        return tuple(ReportKind)

    def render(
        self, record: BalanceRecord, kind: ReportKind, *, large_print: bool = False
    ) -> RenderedReport:
        """Render ``record`` as ``kind``; ``large_print`` applies to the summary and the plan."""
        from advisor_app.reports.consent import render_consent
        from advisor_app.reports.easy_read import render_easy_read
        from advisor_app.reports.labels import language_for
        from advisor_app.reports.plan import render_plan
        from advisor_app.reports.portfolio import render_portfolio
        from advisor_app.reports.summary import render_summary

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
                result = render_easy_read(record, printed_by=printed_by, printed_on=printed_on)
                findings = tuple(
                    ReportFinding(f.text, replacement=f.replacement, words=f.words)
                    for f in result.findings
                )
                return RenderedReport(kind, result.pdf, findings)
            case ReportKind.PORTFOLIO:
                # Thumbnails need the attachment bytes, read on the db executor; the GUI
                # renders without them for now (the CLI passes them).
                pdf = render_portfolio(
                    record,
                    printed_by=printed_by,
                    printed_on=printed_on,
                    language=language,
                    catalogue=_catalogue(),
                )
        return RenderedReport(kind, pdf)
