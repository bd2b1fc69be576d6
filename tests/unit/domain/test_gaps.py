"""Gap analysis: coverage of requirements, suggested areas, the competence profile, plan edits."""

from __future__ import annotations

import dataclasses
import itertools

from hypothesis import given
from hypothesis import strategies as st

from advisor_app.domain.entities import BalanceRecord, DevelopmentArea
from advisor_app.domain.enums import CompetenceKind, Priority, RequirementSource, Visibility
from advisor_app.domain.gaps import (
    CoverageStatus,
    Requirement,
    competence_profile,
    coverage,
    remove_development_area,
    requirements_from_lines,
    suggest_areas,
    with_plan,
)
from tests.helpers.domain_factories import finishable_record, new_id, sid

QUALIFICATION = RequirementSource.QUALIFICATION
CASH_BOOK = sid("competence.cash-book")
STOCKTAKING = sid("competence.stocktaking")


def _record() -> BalanceRecord:
    """SC01 with two competences tagged with learning-outcome refs of a qualification."""
    record = finishable_record()
    competences = tuple(
        dataclasses.replace(c, catalogue_ref="LO-1")
        if c.id == CASH_BOOK
        else dataclasses.replace(c, catalogue_ref="LO-2")
        if c.id == STOCKTAKING
        else c
        for c in record.competences
    )
    evidence = tuple(
        dataclasses.replace(
            e, competence_ids=tuple(i for i in e.competence_ids if i != STOCKTAKING)
        )
        for e in record.evidence
    )
    return dataclasses.replace(record, competences=competences, evidence=evidence)


def _outcomes() -> tuple[Requirement, ...]:
    return (
        Requirement("LO-1", "Prowadzi książkę kasową", QUALIFICATION),
        Requirement("LO-2", "Przeprowadza inwentaryzację", QUALIFICATION),
        Requirement("LO-3", "Obsługuje arkusz kalkulacyjny", QUALIFICATION),
    )


def test_statuses_none_declared_evidenced() -> None:
    """A ref match with evidence is evidenced, without evidence declared, no match none."""
    found = coverage(_record(), _outcomes())
    assert [c.status for c in found] == [
        CoverageStatus.EVIDENCED,
        CoverageStatus.DECLARED,
        CoverageStatus.NONE,
    ]
    assert found[0].competence_ids == (CASH_BOOK,)
    assert found[0].evidence_ids  # the KGW cash book supports it
    assert found[1].competence_ids == (STOCKTAKING,) and found[1].evidence_ids == ()
    assert found[2].competence_ids == () and not found[2].covered


def test_explicit_link_covers_a_typed_requirement() -> None:
    """A job-offer line has no ref; the advisor's link makes the linked competence cover it."""
    (line,) = requirements_from_lines("Obsługa kasy fiskalnej")
    record = _record()
    assert coverage(record, [line])[0].status is CoverageStatus.NONE
    till = sid("competence.till")
    (linked,) = coverage(record, [line], {line.key: {till, new_id()}})
    assert linked.competence_ids == (till,)  # a link to a removed competence is ignored
    assert linked.status is CoverageStatus.EVIDENCED  # the course certificate supports it


def test_excluded_evidence_does_not_count() -> None:
    """Evidence kept out of every document proves nothing: the requirement is only declared."""
    record = _record()
    record = dataclasses.replace(
        record,
        evidence=tuple(
            dataclasses.replace(e, visibility=Visibility.EXCLUDED) for e in record.evidence
        ),
    )
    assert coverage(record, _outcomes())[0].status is CoverageStatus.DECLARED


def test_requirements_from_lines_strip_bullets_and_repeats() -> None:
    """Pasted bullets, blank lines and repeated lines do not make extra requirements."""
    text = "- Obsługa kasy\n\n• Prawo jazdy kat. B\n  obsługa  KASY \n" + "x" * 400
    found = requirements_from_lines(text)
    assert [r.text for r in found] == ["Obsługa kasy", "Prawo jazdy kat. B", "x" * 300]
    assert {r.source for r in found} == {RequirementSource.JOB_OFFER}
    assert all(r.ref is None for r in found)


def test_suggestions_only_for_uncovered() -> None:
    """Only the uncovered outcome gets an area, worded as the requirement, medium priority."""
    ids = iter([sid("area.suggested")])
    (area,) = suggest_areas(coverage(_record(), _outcomes()), lambda: next(ids))
    assert area.id == sid("area.suggested")
    assert area.gap == "Obsługuje arkusz kalkulacyjny"
    assert (area.requirement_source, area.requirement_ref) == (QUALIFICATION, "LO-3")
    assert area.priority is Priority.MEDIUM


def test_suggestions_skip_typed_lines_that_already_have_an_area() -> None:
    """A typed line whose text is already an area's gap gets no second area."""
    lines = requirements_from_lines("Excel\nPrawo jazdy kat. B")
    existing = DevelopmentArea(id=new_id(), gap="  excel ")
    found = suggest_areas(coverage(_record(), lines), new_id, [existing])
    assert [a.gap for a in found] == ["Prawo jazdy kat. B"]


@given(
    refs=st.lists(st.sampled_from(["LO-1", "LO-2", "LO-3", "LO-4", "LO-5"]), max_size=8),
    existing_refs=st.lists(st.sampled_from(["LO-1", "LO-3", "LO-5", None]), max_size=4),
)
def test_suggestions_never_duplicate_an_existing_ref(
    refs: list[str], existing_refs: list[str | None]
) -> None:
    """No suggested area repeats the requirement_ref of an existing area or of another one."""
    requirements = [Requirement(ref, f"outcome {ref}", QUALIFICATION) for ref in refs]
    existing = [DevelopmentArea(id=new_id(), gap="gap", requirement_ref=r) for r in existing_refs]
    suggested = suggest_areas(coverage(_record(), requirements), new_id, existing)
    new_refs = [a.requirement_ref for a in suggested]
    assert len(new_refs) == len(set(new_refs))
    assert not set(new_refs) & set(existing_refs)
    assert all(r not in ("LO-1", "LO-2") for r in new_refs)  # covered by competences


def test_profile_by_kind_and_by_category() -> None:
    """Counts per kind and level add up to the competences; categories sort, none last."""
    record = _record()
    by_kind = competence_profile(record)
    assert [row.group for row in by_kind] == list(CompetenceKind)
    assert sum(row.total for row in by_kind) == len(record.competences)
    skills = next(row for row in by_kind if row.group is CompetenceKind.SKILL)
    levels = [c.level for c in record.competences if c.kind is CompetenceKind.SKILL]
    assert skills.counts == tuple(levels.count(level) for level in (None, 1, 2, 3, 4))

    categories = itertools.cycle(["office", "care", None])
    tagged = dataclasses.replace(
        record,
        competences=tuple(
            dataclasses.replace(c, category=next(categories)) for c in record.competences
        ),
    )
    by_category = competence_profile(tagged, by_category=True)
    assert [row.group for row in by_category] == ["care", "office", None]
    assert sum(row.total for row in by_category) == len(record.competences)


def test_removing_an_area_unlinks_the_actions() -> None:
    """Plan actions lose the link to a removed area, so no reference points at nothing."""
    record = remove_development_area(finishable_record(), sid("area.spreadsheet"))
    assert record.development_areas == ()
    assert record.plan is not None
    assert all(not a.area_ids for a in record.plan.actions)


def test_new_plan_starts_with_the_marked_strengths() -> None:
    """The first plan edit stores the competences flagged as strengths (what the page ticks)."""
    record = dataclasses.replace(finishable_record(), plan=None)
    changed = with_plan(record, lambda p: dataclasses.replace(p, refined_goal="Biuro"))
    assert changed.plan is not None
    assert changed.plan.refined_goal == "Biuro"
    assert set(changed.plan.strength_competence_ids) == {
        c.id for c in record.competences if c.strength
    }
