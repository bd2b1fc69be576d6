"""Structural rules: references between items and text limits (enforced on every import)."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor_app.domain.entities import (
    BalanceRecord,
    EvidenceFile,
    Feedback,
    IdDocument,
    Plan,
)
from advisor_app.domain.enums import FeedbackForm, IdDocumentKind, Stage
from advisor_app.domain.issues import Issue, Severity
from advisor_app.domain.text_limits import (
    EXPERIENCE_TITLE_MAX,
    LONG_TEXT_MAX,
    SHORT_TEXT_MAX,
    limit_for,
)
from advisor_app.domain.validation import reference_issues, structural_issues, text_limit_issues
from tests.helpers.domain_factories import (
    finishable_record,
    make_competence,
    make_episode,
    make_evidence,
    make_experience,
    make_participant,
    make_plan,
    make_record,
    sid,
)

Found = tuple[Stage, str, str, Severity]


def _found(issues: tuple[Issue, ...] | list[Issue]) -> set[Found]:
    return {(i.stage, i.field, i.code, i.severity) for i in issues}


def test_finishable_record_is_structurally_sound() -> None:
    """The SC01 balance has no dangling references and no over-long texts."""
    assert structural_issues(finishable_record()) == ()


def test_episode_pointing_at_missing_experience() -> None:
    """An episode whose experience does not exist is a STRUCTURAL unknown_ref."""
    episode = make_episode()
    issues = list(reference_issues(make_record(episodes=(episode,))))
    assert issues == [
        Issue(
            Stage.BEHAVIOURAL,
            "episodes.experience_id",
            "unknown_ref",
            "unknown_reference",
            Severity.STRUCTURAL,
            episode.id,
        )
    ]


def test_competence_pointing_at_missing_episode() -> None:
    """A competence naming an episode that does not exist is reported on episode_ids."""
    competence = make_competence()
    record = make_record(experiences=(make_experience(),), competences=(competence,))
    assert list(reference_issues(record)) == [
        Issue(
            Stage.COMPETENCES,
            "competences.episode_ids",
            "unknown_ref",
            "unknown_reference",
            Severity.STRUCTURAL,
            competence.id,
        )
    ]


def test_competence_pointing_at_missing_experience() -> None:
    """A competence naming an experience that does not exist is reported on experience_ids."""
    competence = make_competence(episode_ids=())
    assert _found(list(reference_issues(make_record(competences=(competence,))))) == {
        (Stage.COMPETENCES, "competences.experience_ids", "unknown_ref", Severity.STRUCTURAL)
    }


def test_evidence_pointing_at_missing_consent() -> None:
    """Evidence whose consent is not in the balance is reported on evidence.consent_id."""
    record = finishable_record()
    evidence = make_evidence(
        id=sid("evidence.photo"),
        competence_ids=(sid("competence.till"),),
        consent_id=sid("consent.never-given"),
    )
    record = dataclasses.replace(record, evidence=(*record.evidence, evidence))
    assert list(reference_issues(record)) == [
        Issue(
            Stage.PORTFOLIO,
            "evidence.consent_id",
            "unknown_ref",
            "unknown_reference",
            Severity.STRUCTURAL,
            evidence.id,
        )
    ]


def test_evidence_pointing_at_missing_competence() -> None:
    """Evidence naming a competence that does not exist is reported on competence_ids."""
    record = make_record(evidence=(make_evidence(),))
    assert _found(list(reference_issues(record))) == {
        (Stage.PORTFOLIO, "evidence.competence_ids", "unknown_ref", Severity.STRUCTURAL)
    }


def test_plan_references_are_checked() -> None:
    """Plan strengths and action areas must exist in the balance."""
    plan = make_plan(strength_competence_ids=(sid("competence.gone"),))
    action = dataclasses.replace(plan.actions[0], area_ids=(sid("area.gone"),))
    plan = dataclasses.replace(plan, actions=(action,))
    assert _found(list(reference_issues(make_record(plan=plan)))) == {
        (Stage.PLAN, "plan.strength_competence_ids", "unknown_ref", Severity.STRUCTURAL),
        (Stage.PLAN, "plan.actions.area_ids", "unknown_ref", Severity.STRUCTURAL),
    }


def test_reference_to_a_removed_item_is_found_by_structural_issues() -> None:
    """Deleting an experience that others point at is caught by structural_issues."""
    record = finishable_record()
    record = dataclasses.replace(
        record,
        experiences=tuple(e for e in record.experiences if e.id != sid("experience.kgw")),
    )
    assert {(i.field, i.entity_id) for i in structural_issues(record)} == {
        ("episodes.experience_id", sid("episode.harvest-festival")),
        ("competences.experience_ids", sid("competence.cash-book")),
        ("competences.experience_ids", sid("competence.money-responsibility")),
    }


def test_long_text_over_20000_chars_is_structural() -> None:
    """A long text of 20,001 characters is STRUCTURAL too_long; 20,000 is fine."""
    record = finishable_record()
    fits = dataclasses.replace(
        record, episodes=(make_episode(action="a" * LONG_TEXT_MAX), *record.episodes[1:])
    )
    assert structural_issues(fits) == ()
    episode = make_episode(action="a" * (LONG_TEXT_MAX + 1))
    issues = structural_issues(
        dataclasses.replace(record, episodes=(episode, *record.episodes[1:]))
    )
    assert issues == (
        Issue(
            Stage.BEHAVIOURAL,
            "episodes.action",
            "too_long",
            "text_too_long",
            Severity.STRUCTURAL,
            episode.id,
        ),
    )


def test_experience_title_over_120_chars_is_structural() -> None:
    """An experience title of 121 characters is too long; 120 is fine."""
    record = finishable_record()
    fits = dataclasses.replace(record, experiences=(make_experience(title="T" * 120),))
    assert not any(i.code == "too_long" for i in structural_issues(fits))
    experience = make_experience(title="Ł" * 121)
    issues = structural_issues(dataclasses.replace(record, experiences=(experience,)))
    too_long = [i for i in issues if i.code == "too_long"]
    assert too_long == [
        Issue(
            Stage.BIOGRAPHY,
            "experiences.title",
            "too_long",
            "text_too_long",
            Severity.STRUCTURAL,
            experience.id,
        )
    ]


def test_other_titles_are_short_texts() -> None:
    """An evidence title may be 300 characters (only experience titles stop at 120)."""
    record = make_record(evidence=(make_evidence(title="T" * 300, competence_ids=()),))
    assert structural_issues(record) == ()


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            make_record(experiences=(make_experience(activities=("ok", "x" * 301)),)),
            (Stage.BIOGRAPHY, "experiences.activities"),
        ),
        (
            make_record(
                participant=make_participant(
                    pesel=None, id_document=IdDocument(kind=IdDocumentKind.OTHER, number="9" * 301)
                )
            ),
            (Stage.INTRO, "participant.id_document.number"),
        ),
        (
            make_record(
                plan=make_plan(
                    actions=(dataclasses.replace(make_plan().actions[0], description="d" * 20_001),)
                )
            ),
            (Stage.PLAN, "plan.actions.description"),
        ),
        (
            make_record(plan=Plan(matching_sectors=("s" * 301,))),
            (Stage.PLAN, "plan.matching_sectors"),
        ),
        (
            make_record(feedback=Feedback(form=FeedbackForm.WRITTEN, text="f" * 20_001)),
            (Stage.PLAN, "feedback.text"),
        ),
        (
            make_record(
                evidence=(
                    make_evidence(
                        competence_ids=(),
                        files=(
                            EvidenceFile(
                                id=sid("file.x"),
                                name="n" * 301,
                                media_type="image/jpeg",
                                size=1,
                                sha256="0" * 64,
                            ),
                        ),
                    ),
                )
            ),
            (Stage.PORTFOLIO, "evidence.files.name"),
        ),
        (
            make_record(
                balance=dataclasses.replace(finishable_record().balance, project_code="K" * 301)
            ),
            (Stage.INTRO, "balance.project_code"),
        ),
    ],
    ids=[
        "tuple item",
        "nested participant",
        "plan action",
        "plan list",
        "feedback",
        "file",
        "balance",
    ],
)
def test_text_limits_reach_nested_values(
    record: BalanceRecord, expected: tuple[Stage, str]
) -> None:
    """Tuples of texts and nested entities are length-checked, under the right stage and path."""
    assert {(i.stage, i.field) for i in structural_issues(record) if i.code == "too_long"} == {
        expected
    }


@settings(max_examples=100)
@given(length=st.integers(250, 350))
def test_short_text_limit_is_exactly_300(length: int) -> None:
    """A competence statement is flagged exactly when longer than 300 characters."""
    competence = make_competence(statement="ś" * length)
    flagged = any(i.code == "too_long" for i in text_limit_issues(competence, path="competences"))
    assert flagged is (length > SHORT_TEXT_MAX)


def test_text_limit_issues_ignores_non_entities() -> None:
    """Plain values and classes are not walked."""
    assert list(text_limit_issues("x" * 30_000, path="x")) == []
    assert list(text_limit_issues(BalanceRecord, path="x")) == []


def test_structural_issues_block_finishing() -> None:
    """STRUCTURAL severity blocks finishing."""
    assert Severity.STRUCTURAL.blocks_finish


@pytest.mark.parametrize(
    ("entity", "field", "limit"),
    [
        ("Experience", "title", EXPERIENCE_TITLE_MAX),
        ("Evidence", "title", SHORT_TEXT_MAX),
        ("Episode", "situation", LONG_TEXT_MAX),
        ("Balance", "initial_goal", LONG_TEXT_MAX),
        ("Meeting", "homework", LONG_TEXT_MAX),
        ("Feedback", "text", LONG_TEXT_MAX),
        ("Participant", "first_name", SHORT_TEXT_MAX),
        ("Competence", "statement", SHORT_TEXT_MAX),
        ("Experience", "activities", SHORT_TEXT_MAX),
    ],
)
def test_limit_for(entity: str, field: str, limit: int) -> None:
    """Short text 300, long text 20,000, experience title 120 (BALANCE_DOCUMENT.md)."""
    assert limit_for(entity, field) == limit
