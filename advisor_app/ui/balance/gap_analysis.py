"""What the plan stage needs from the reference catalogue, and the competence-profile chart.

The plan page asks a :class:`PlanReference` for qualifications (with their learning outcomes
as requirements), BUR training categories and voucher rules. :func:`default_reference` wraps
the shipped catalogue when it can be loaded, and falls back to :class:`BuiltinReference` (the
five KK categories of DOMAIN.md §3.5, no qualifications, no voucher rules) so the page always
works offline and without the catalogue.

:class:`ProfileChart` paints the competence profile as horizontal stacked bars (one per kind or
category, one segment per level); the page shows the same numbers in a table next to it, the
text alternative every chart needs (ARCHITECTURE.md §7).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from advisor_app.catalogue.reference import ReferenceCatalogue, default_reference_catalogue
from advisor_app.domain.enums import RequirementSource
from advisor_app.domain.gaps import LEVELS, ProfileRow, Requirement
from advisor_app.domain.vouchers import VoucherCategory, VoucherRuleSet
from advisor_app.ui.i18n import current_language

__all__ = [
    "KK_BUR_CATEGORIES",
    "BuiltinReference",
    "CatalogueReference",
    "PlanReference",
    "ProfileChart",
    "QualificationChoice",
    "default_reference",
]

_log = logging.getLogger(__name__)

# BUR categories used in Kierunek Kariera (DOMAIN.md §3.5); codes are the Polish names.
KK_BUR_CATEGORIES: tuple[str, ...] = (
    "informatyka",
    "jezyki",
    "motoryzacja",
    "organizacja",
    "szkolnictwo",
)
# Names of the built-in categories (the codes are ASCII, as in the shipped catalogue).
_KK_BUR_NAMES = {"jezyki": "języki"}
# The voucher rule category a training of a BUR category usually is (KK, DOMAIN.md §2.8).
_KK_VOUCHER_CATEGORY = {
    "informatyka": VoucherCategory.DIGITAL,
    "jezyki": VoucherCategory.LANGUAGE,
    "motoryzacja": VoucherCategory.DRIVING_LICENCE,
}


@dataclass(frozen=True, slots=True)
class QualificationChoice:
    """A qualification the advisor can pick as the target (ZRK record of the catalogue)."""

    ref: str
    name: str
    prerequisites: str | None = None  # warunki_przystapienia; None when the record lacks them


class PlanReference(Protocol):
    """Reference data the plan stage reads (qualifications, BUR categories, voucher rules)."""

    def qualifications(self) -> Sequence[QualificationChoice]:
        """Qualifications that can be a target, in display order."""
        ...

    def qualification_requirements(self, ref: str) -> tuple[Requirement, ...]:
        """The learning outcomes of a qualification as requirements (empty when unknown)."""
        ...

    def bur_categories(self) -> Sequence[str]:
        """BUR training categories (codes as stored in ``PlanAction.bur_category``)."""
        ...

    def bur_category_name(self, code: str) -> str:
        """The name of a BUR category in the UI language (the code when unknown)."""
        ...

    def voucher_category(self, bur_category: str) -> VoucherCategory | None:
        """The voucher rule category a BUR category's trainings usually fall under."""
        ...

    def voucher_rule_sets(self, project_code: str) -> Sequence[VoucherRuleSet]:
        """Voucher rule sets configured for a project (empty: vouchers are typed by hand)."""
        ...


class BuiltinReference:
    """The fallback without a catalogue: the five KK categories, nothing else."""

    def qualifications(self) -> Sequence[QualificationChoice]:
        """No qualifications are known without the catalogue."""
        return ()

    def qualification_requirements(self, ref: str) -> tuple[Requirement, ...]:
        """No learning outcomes are known without the catalogue."""
        del ref
        return ()

    def bur_categories(self) -> Sequence[str]:
        """The five BUR categories used in Kierunek Kariera."""
        return KK_BUR_CATEGORIES

    def bur_category_name(self, code: str) -> str:
        """The Polish name of a built-in category (the code otherwise)."""
        return _KK_BUR_NAMES.get(code, code)

    def voucher_category(self, bur_category: str) -> VoucherCategory | None:
        """IT, languages and driving licences have their own voucher rules; None otherwise."""
        return _KK_VOUCHER_CATEGORY.get(bur_category)

    def voucher_rule_sets(self, project_code: str) -> Sequence[VoucherRuleSet]:
        """No voucher rules without the catalogue."""
        del project_code
        return ()


class CatalogueReference:
    """The shipped reference catalogue as the plan stage sees it.

    Args:
        catalogue: The loaded catalogue.
        language: Returns the UI language code (qualification names follow it).
    """

    def __init__(self, catalogue: ReferenceCatalogue, language: Callable[[], str]) -> None:
        """Wrap a loaded catalogue."""
        self._catalogue = catalogue
        self._language = language

    def qualifications(self) -> Sequence[QualificationChoice]:
        """Current qualifications, with their entry conditions (SC09)."""
        language = self._language()
        return tuple(
            QualificationChoice(q.code, q.name(language), q.entry_conditions)
            for q in self._catalogue.qualifications()
        )

    def qualification_requirements(self, ref: str) -> tuple[Requirement, ...]:
        """The current learning outcomes of a qualification (retired ones too if it is)."""
        try:
            qualification = self._catalogue.qualification(ref)
        except (KeyError, LookupError, ValueError):
            return ()
        sets = qualification.current_sets() or qualification.outcome_sets
        return tuple(
            Requirement(outcome.ref, outcome.text_pl, RequirementSource.QUALIFICATION)
            for outcome_set in sets
            for outcome in (outcome_set.current_outcomes() or outcome_set.outcomes)
        )

    def bur_categories(self) -> Sequence[str]:
        """The current BUR categories of the catalogue."""
        return tuple(c.code for c in self._catalogue.bur_categories()) or KK_BUR_CATEGORIES

    def bur_category_name(self, code: str) -> str:
        """The category's name in the UI language (the code when the catalogue lacks it)."""
        try:
            return self._catalogue.bur_category(code).name(self._language())
        except (KeyError, LookupError, ValueError):
            return code

    def voucher_category(self, bur_category: str) -> VoucherCategory | None:
        """The voucher rule category a BUR category's trainings usually fall under."""
        try:
            found = self._catalogue.bur_category(bur_category).voucher_category
        except (KeyError, LookupError, ValueError):
            found = None
        return found or _KK_VOUCHER_CATEGORY.get(bur_category)

    def voucher_rule_sets(self, project_code: str) -> Sequence[VoucherRuleSet]:
        """The project's voucher rule sets, oldest first."""
        found = [r for r in self._catalogue.voucher_rule_sets() if r.project == project_code]
        return tuple(sorted(found, key=lambda r: r.valid_from))


def default_reference() -> PlanReference:
    """The shipped catalogue when it is readable, else :class:`BuiltinReference`."""
    try:
        catalogue = default_reference_catalogue()
    except (OSError, ValueError):
        # A broken resource is a packaging bug: log it loudly, but keep the plan stage usable.
        _log.exception("the reference catalogue could not be read; using the built-in lists")
        return BuiltinReference()
    return CatalogueReference(catalogue, current_language)


# --- the chart ------------------------------------------------------------------------------

# Segment colours from light to dark (level 1 lightest), with "not assessed" in grey. They are
# told apart by lightness as well as hue, and the table next to the chart has every number.
_LEVEL_COLOURS = ("#bdbdbd", "#c6dbef", "#6baed6", "#2171b5", "#08306b")


class ProfileChart(QWidget):
    """Horizontal stacked bars: one row per group, one segment per level.

    The widget takes no focus (it shows what the table next to it lists). Its accessible
    description summarises the counts for screen readers.

    Args:
        parent: Parent widget.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create an empty chart."""
        super().__init__(parent)
        self._rows: tuple[ProfileRow, ...] = ()
        self._labels: list[str] = []
        self._level_labels: list[str] = [str(level) for level in LEVELS]
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_rows(
        self, rows: Sequence[ProfileRow], labels: Sequence[str], level_labels: Sequence[str]
    ) -> None:
        """Show ``rows`` with a label per row and a legend text per level."""
        self._rows = tuple(rows)
        self._labels = list(labels)
        self._level_labels = list(level_labels)
        self.updateGeometry()
        self.update()

    def rows(self) -> tuple[ProfileRow, ...]:
        """The data the chart shows."""
        return self._rows

    def _line(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        """Room for every bar and the legend."""
        return QSize(360, self._line() * (len(self._rows) + 2) + 8)

    def minimumSizeHint(self) -> QSize:
        """As tall as its bars; narrow widths shorten the bars."""
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw labels, bars with their counts, and the legend."""
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        line = self._line()
        label_width = max((metrics.horizontalAdvance(t) for t in self._labels), default=0) + 12
        label_width = min(label_width, self.width() // 3)
        total_width = max(metrics.horizontalAdvance("000") + 8, 1)
        bar_left = label_width
        bar_room = max(self.width() - bar_left - total_width - 4, 10)
        biggest = max((row.total for row in self._rows), default=0) or 1
        painter.setPen(text_colour)
        for index, (row, label) in enumerate(zip(self._rows, self._labels, strict=False)):
            top = 4 + index * line
            text_rect = QRectF(0, top, label_width - 8, line)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, elided)
            x = float(bar_left)
            for count, colour in zip(row.counts, _LEVEL_COLOURS, strict=False):
                if count == 0:
                    continue
                width = bar_room * count / biggest
                rect = QRectF(x, top + 3, width, line - 6)
                painter.fillRect(rect, QColor(colour))
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Window), 1))
                painter.drawRect(rect)
                painter.setPen(text_colour)
                x += width
            total_rect = QRectF(x + 4, top, total_width, line)
            painter.drawText(total_rect, Qt.AlignmentFlag.AlignVCenter, str(row.total))
        # Legend: a swatch and the level's name for each segment colour.
        top = 4 + len(self._rows) * line + 4
        x = 0.0
        for colour, label in zip(_LEVEL_COLOURS, self._level_labels, strict=False):
            swatch = QRectF(x, top + 4, 12, 12)
            painter.fillRect(swatch, QColor(colour))
            painter.drawRect(swatch)
            width = metrics.horizontalAdvance(label)
            painter.drawText(
                QRectF(x + 16, top, width + 4, line), Qt.AlignmentFlag.AlignVCenter, label
            )
            x += 16 + width + 16
        painter.end()
