"""Gap analysis: which requirements of the goal the participant's competences already cover.

A goal brings requirements: the learning outcomes of a qualification from the catalogue, or
lines the advisor types from a job offer (DOMAIN.md §2.8, SC09). A requirement is covered by a
competence whose ``catalogue_ref`` is the requirement's ref, or that the advisor linked to it by
hand; it is *evidenced* when a portfolio item supports one of those competences, *declared*
when only the competences are there, and *none* otherwise (SC09: brak / deklaracja / dowód).
Development areas are suggested for the requirements nobody covers yet.

Everything here is a pure function of values; the GUI decides where requirements and links
come from.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from advisor_app.domain.entities import BalanceRecord, Competence, DevelopmentArea, Plan
from advisor_app.domain.enums import CompetenceKind, Priority, RequirementSource, Visibility
from advisor_app.domain.text_limits import SHORT_TEXT_MAX

__all__ = [
    "LEVELS",
    "CoverageStatus",
    "ProfileRow",
    "Requirement",
    "RequirementCoverage",
    "area_addresses",
    "competence_profile",
    "coverage",
    "remove_development_area",
    "requirements_from_lines",
    "suggest_areas",
    "with_plan",
]

# Columns of the competence profile: not assessed, then the four levels of DOMAIN.md §2.5.
LEVELS: tuple[int | None, ...] = (None, 1, 2, 3, 4)


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass(frozen=True, slots=True)
class Requirement:
    """One requirement of the goal.

    Attributes:
        ref: Catalogue ref (e.g. of a qualification's learning outcome); None for a line typed
            from a job offer.
        text: What is required, as the source words it.
        source: Kind of standard it comes from.
    """

    ref: str | None
    text: str
    source: RequirementSource

    @property
    def key(self) -> str:
        """Identity of the requirement: its ref, or its text (case and spacing ignored)."""
        return f"ref:{self.ref}" if self.ref else f"text:{_normalised(self.text)}"


class CoverageStatus(StrEnum):
    """How far a requirement is covered: brak, deklaracja, dowód (SC09)."""

    NONE = "none"
    DECLARED = "declared"
    EVIDENCED = "evidenced"


@dataclass(frozen=True, slots=True)
class RequirementCoverage:
    """What covers one requirement.

    Attributes:
        requirement: The requirement.
        competence_ids: Competences that cover it, in the balance's order.
        evidence_ids: Evidence items supporting those competences, in the balance's order.
        status: none, declared or evidenced.
    """

    requirement: Requirement
    competence_ids: tuple[UUID, ...]
    evidence_ids: tuple[UUID, ...]
    status: CoverageStatus

    @property
    def covered(self) -> bool:
        """Tell whether at least one competence covers the requirement."""
        return self.status is not CoverageStatus.NONE


def requirements_from_lines(
    text: str, source: RequirementSource = RequirementSource.JOB_OFFER
) -> tuple[Requirement, ...]:
    """Read requirements typed one per line (empty lines and repeated lines are skipped).

    Bullets the advisor pastes from an offer ("- ", "• ", "* ") are removed; a line longer than
    a short text is cut, so a suggested area can always be stored.
    """
    found: dict[str, Requirement] = {}
    for line in text.splitlines():
        cleaned = line.strip().lstrip("-•*–").strip()[:SHORT_TEXT_MAX].strip()
        if cleaned:
            requirement = Requirement(None, cleaned, source)
            found.setdefault(requirement.key, requirement)
    return tuple(found.values())


def _covers(competence: Competence, requirement: Requirement, linked: Collection[UUID]) -> bool:
    if competence.id in linked:
        return True
    return requirement.ref is not None and competence.catalogue_ref == requirement.ref


def coverage(
    record: BalanceRecord,
    requirements: Iterable[Requirement],
    outcome_links: Mapping[str, Collection[UUID]] | None = None,
) -> tuple[RequirementCoverage, ...]:
    """Tell for each requirement which competences and evidence cover it.

    Args:
        record: The balance.
        requirements: Requirements of the goal, in the order to report them.
        outcome_links: Competences the advisor linked to a requirement by hand, keyed by
            :attr:`Requirement.key`; links to competences no longer in the balance are ignored.

    Evidence marked "excluded" does not count: it is kept out of every document, so it cannot
    prove anything to an assessor.
    """
    links = outcome_links or {}
    usable_evidence = [e for e in record.evidence if e.visibility is not Visibility.EXCLUDED]
    result = []
    for requirement in requirements:
        linked = links.get(requirement.key, ())
        competence_ids = tuple(c.id for c in record.competences if _covers(c, requirement, linked))
        chosen = set(competence_ids)
        evidence_ids = tuple(e.id for e in usable_evidence if chosen.intersection(e.competence_ids))
        if evidence_ids:
            status = CoverageStatus.EVIDENCED
        elif competence_ids:
            status = CoverageStatus.DECLARED
        else:
            status = CoverageStatus.NONE
        result.append(RequirementCoverage(requirement, competence_ids, evidence_ids, status))
    return tuple(result)


def area_addresses(area: DevelopmentArea, requirement: Requirement) -> bool:
    """Tell whether a development area is already about ``requirement``.

    Same ref when the requirement has one; otherwise the same gap text (typed lines have no
    ref, and the suggested area's gap is the line itself).
    """
    if requirement.ref is not None:
        return area.requirement_ref == requirement.ref
    return _normalised(area.gap) == _normalised(requirement.text)


def suggest_areas(
    coverage: Iterable[RequirementCoverage],
    new_id: Callable[[], UUID],
    existing: Iterable[DevelopmentArea] = (),
) -> tuple[DevelopmentArea, ...]:
    """Propose a development area for every requirement nothing covers.

    Args:
        coverage: Result of :func:`coverage`.
        new_id: Creates the ID of each new area.
        existing: Areas the balance already has; a requirement one of them addresses (see
            :func:`area_addresses`) gets no second area.

    Returns:
        New areas with the requirement's text as the gap, its source and ref, and a medium
        priority (the advisor re-prioritises them), at most one per requirement.
    """
    known = list(existing)
    suggested: list[DevelopmentArea] = []
    for item in coverage:
        requirement = item.requirement
        if item.covered or any(area_addresses(a, requirement) for a in (*known, *suggested)):
            continue
        suggested.append(
            DevelopmentArea(
                id=new_id(),
                gap=requirement.text[:SHORT_TEXT_MAX],
                requirement_source=requirement.source,
                requirement_ref=requirement.ref,
                priority=Priority.MEDIUM,
            )
        )
    return tuple(suggested)


@dataclass(frozen=True, slots=True)
class ProfileRow:
    """One bar of the competence profile: a group and its competences per level.

    Attributes:
        group: A :class:`CompetenceKind`, a category code, or None (no category).
        counts: Number of competences per entry of :data:`LEVELS` (not assessed, 1, 2, 3, 4).
    """

    group: CompetenceKind | str | None
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        """All competences of the group."""
        return sum(self.counts)


def competence_profile(
    record: BalanceRecord, *, by_category: bool = False
) -> tuple[ProfileRow, ...]:
    """Count the competences by kind (W, U, KS) or by category, and by level.

    By kind every kind has a row, in the W/U/KS order, even with no competence. By category only
    categories in use have rows, sorted by code, then "no category" last.
    """
    column = {level: index for index, level in enumerate(LEVELS)}
    groups: dict[CompetenceKind | str | None, list[int]] = {}
    if not by_category:
        groups = {kind: [0] * len(LEVELS) for kind in CompetenceKind}
    for competence in record.competences:
        group: CompetenceKind | str | None
        group = (competence.category or None) if by_category else competence.kind
        level = competence.level if competence.level in column else None
        groups.setdefault(group, [0] * len(LEVELS))[column[level]] += 1
    keys = list(groups)
    if by_category:
        named = sorted(k for k in keys if isinstance(k, str))
        keys = [*named, *([None] if None in groups else [])]
    return tuple(ProfileRow(key, tuple(groups[key])) for key in keys)


# --- edits of areas and the plan (pure) -------------------------------------------------------


def remove_development_area(record: BalanceRecord, area_id: UUID) -> BalanceRecord:
    """Remove a development area and the plan actions' links to it."""
    plan = record.plan
    if plan is not None:
        actions = tuple(
            dataclasses.replace(a, area_ids=tuple(i for i in a.area_ids if i != area_id))
            for a in plan.actions
        )
        plan = dataclasses.replace(plan, actions=actions)
    areas = tuple(a for a in record.development_areas if a.id != area_id)
    return dataclasses.replace(record, development_areas=areas, plan=plan)


def with_plan(record: BalanceRecord, change: Callable[[Plan], Plan]) -> BalanceRecord:
    """Apply ``change`` to the plan, creating it first when the balance has none.

    A new plan starts with the competences marked as strengths (the page shows them ticked
    before the plan exists, so the stored plan must hold what the advisor saw).
    """
    plan = record.plan
    if plan is None:
        strengths = tuple(c.id for c in record.competences if c.strength)
        plan = Plan(strength_competence_ids=strengths)
    return dataclasses.replace(record, plan=change(plan))
