"""The completeness rules for finish (BALANCE_DOCUMENT.md), one missing ingredient at a time."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from advisor_app.domain.entities import BalanceRecord, Contract, Feedback
from advisor_app.domain.enums import CompetenceStatus, ConsentPurpose, FeedbackForm, Stage, Variant
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.issues import Severity
from advisor_app.domain.messages import MESSAGES
from advisor_app.domain.partial_date import PartialDate
from tests.helpers.domain_factories import TODAY, finishable_record, make_record, sid

Triple = tuple[Stage, str, str]
Mutation = Callable[[BalanceRecord], BalanceRecord]

FLOW = InterviewFlow(today=lambda: TODAY)


def _finish_triples(record: BalanceRecord) -> set[Triple]:
    return {(i.stage, i.field, i.code) for i in FLOW.finish_issues(record)}


def _replace_balance(record: BalanceRecord, **changes: Any) -> BalanceRecord:
    return dataclasses.replace(record, balance=dataclasses.replace(record.balance, **changes))


def _replace_item(record: BalanceRecord, name: str, index: int, **changes: Any) -> BalanceRecord:
    items = list(getattr(record, name))
    items[index] = dataclasses.replace(items[index], **changes)
    replaced: dict[str, Any] = {name: tuple(items)}
    return dataclasses.replace(record, **replaced)


def _strength_without_evidence(record: BalanceRecord, status: CompetenceStatus) -> BalanceRecord:
    """Make the "cash book" strength lose its evidence and take ``status``."""
    target = sid("competence.cash-book")
    competences = tuple(
        dataclasses.replace(c, status=status) if c.id == target else c for c in record.competences
    )
    evidence = tuple(
        dataclasses.replace(e, competence_ids=tuple(i for i in e.competence_ids if i != target))
        for e in record.evidence
    )
    return dataclasses.replace(record, competences=competences, evidence=evidence)


@pytest.mark.parametrize("variant", list(Variant))
def test_finishable_record_can_finish(variant: Variant) -> None:
    """The SC01 balance meets every finish rule in every variant."""
    record = finishable_record(variant)
    assert FLOW.finish_issues(record) == []
    assert FLOW.can_finish(record)
    assert FLOW.all_issues(record) == []


@pytest.mark.parametrize("item", [f.name for f in dataclasses.fields(Contract)])
def test_each_contract_item_is_required(item: str) -> None:
    """Any single contract item left false gives contract_incomplete on balance.contract."""
    record = finishable_record()
    contract = dataclasses.replace(record.balance.contract, **{item: False})
    record = _replace_balance(record, contract=contract)
    assert _finish_triples(record) == {(Stage.INTRO, "balance.contract", "contract_incomplete")}


CASES: list[tuple[str, Mutation, set[Triple]]] = [
    (
        "project consent withdrawn",
        lambda r: _replace_item(
            r, "consents", 0, withdrawn_at=dt.datetime(2024, 3, 20, tzinfo=dt.UTC)
        ),
        {(Stage.INTRO, "consents", "consent_missing")},
    ),
    (
        "only a consent for another purpose",
        lambda r: dataclasses.replace(r, consents=r.consents[1:]),
        {(Stage.INTRO, "consents", "consent_missing")},
    ),
    (
        "project consent recorded for another purpose",
        lambda r: _replace_item(r, "consents", 0, purpose=ConsentPurpose.CONTACT_AFTER_PROJECT),
        {(Stage.INTRO, "consents", "consent_missing")},
    ),
    (
        "empty goal",
        lambda r: _replace_balance(r, initial_goal=""),
        {(Stage.INTRO, "balance.initial_goal", "goal_missing")},
    ),
    (
        "blank goal",
        lambda r: _replace_balance(r, initial_goal=" \n\t "),
        {(Stage.INTRO, "balance.initial_goal", "goal_missing")},
    ),
    (
        "no goal type",
        lambda r: _replace_balance(r, goal_type=None),
        {(Stage.INTRO, "balance.goal_type", "goal_type_missing")},
    ),
    (
        "no meetings",
        lambda r: dataclasses.replace(r, meetings=()),
        {(Stage.INTRO, "meetings", "meeting_missing")},
    ),
    (
        "no experiences (episodes and competences now point at nothing)",
        lambda r: dataclasses.replace(r, experiences=()),
        {
            (Stage.BIOGRAPHY, "experiences", "experience_missing"),
            (Stage.BEHAVIOURAL, "episodes.experience_id", "unknown_ref"),
            (Stage.COMPETENCES, "competences.experience_ids", "unknown_ref"),
        },
    ),
    (
        "episode without Result",
        lambda r: _replace_item(r, "episodes", 1, result="  "),
        {(Stage.BEHAVIOURAL, "episodes.result", "star_part_missing")},
    ),
    (
        "episode without Situation and Task",
        lambda r: _replace_item(r, "episodes", 0, situation="", task=""),
        {
            (Stage.BEHAVIOURAL, "episodes.situation", "star_part_missing"),
            (Stage.BEHAVIOURAL, "episodes.task", "star_part_missing"),
        },
    ),
    (
        "no competences (and no references to them)",
        lambda r: dataclasses.replace(
            r,
            competences=(),
            evidence=tuple(dataclasses.replace(e, competence_ids=()) for e in r.evidence),
            plan=dataclasses.replace(r.plan, strength_competence_ids=()) if r.plan else None,
        ),
        {(Stage.COMPETENCES, "competences", "competence_missing")},
    ),
    (
        "competence without experiences",
        lambda r: _replace_item(r, "competences", 3, experience_ids=()),
        {(Stage.COMPETENCES, "competences.experience_ids", "competence_without_experience")},
    ),
    (
        "no plan",
        lambda r: dataclasses.replace(r, plan=None),
        {(Stage.PLAN, "plan.actions", "plan_missing")},
    ),
    (
        "plan without actions",
        lambda r: dataclasses.replace(
            r, plan=dataclasses.replace(r.plan, actions=()) if r.plan else None
        ),
        {(Stage.PLAN, "plan.actions", "plan_missing")},
    ),
    (
        "no feedback",
        lambda r: dataclasses.replace(r, feedback=None),
        {(Stage.PLAN, "feedback.form", "feedback_missing")},
    ),
    (
        "written feedback without text",
        lambda r: dataclasses.replace(r, feedback=Feedback(form=FeedbackForm.WRITTEN, text="")),
        {(Stage.PLAN, "feedback.text", "feedback_text_missing")},
    ),
    (
        "oral and written feedback without text",
        lambda r: dataclasses.replace(r, feedback=Feedback(form=FeedbackForm.BOTH, text="   ")),
        {(Stage.PLAN, "feedback.text", "feedback_text_missing")},
    ),
]


@pytest.mark.parametrize("variant", [Variant.BASIC, Variant.IN_DEPTH])
@pytest.mark.parametrize(("mutate", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_each_missing_ingredient_yields_exactly_its_issue(
    variant: Variant, mutate: Mutation, expected: set[Triple]
) -> None:
    """Removing one rule's ingredient from a finishable balance gives exactly that issue."""
    record = mutate(finishable_record(variant))
    assert _finish_triples(record) == expected
    assert not FLOW.can_finish(record)


def test_episode_issue_names_the_episode() -> None:
    """A STAR gap carries the ID of the incomplete episode, so the GUI can jump to it."""
    record = _replace_item(finishable_record(), "episodes", 1, result="")
    [issue] = FLOW.finish_issues(record)
    assert issue.entity_id == sid("episode.harvest-festival")
    assert issue.severity is Severity.INCOMPLETE


def test_discarded_incomplete_episode_does_not_block() -> None:
    """SC02: a story with S, T, A but no R stops blocking once explicitly discarded."""
    record = _replace_item(finishable_record(), "episodes", 1, result="", discarded=True)
    assert FLOW.can_finish(record)
    assert FLOW.stage_issues(record, Stage.BEHAVIOURAL) == []


def test_balance_without_any_episode_can_finish() -> None:
    """The rules require complete episodes, not that there are any."""
    record = finishable_record()
    record = dataclasses.replace(
        record,
        episodes=(),
        competences=tuple(dataclasses.replace(c, episode_ids=()) for c in record.competences),
    )
    assert FLOW.can_finish(record)


def test_competence_issue_names_the_competence() -> None:
    """competence_without_experience is tied to the unlinked competence."""
    record = _replace_item(finishable_record(), "competences", 3, experience_ids=())
    [issue] = FLOW.finish_issues(record)
    assert issue.entity_id == sid("competence.food-hygiene")


def test_in_depth_strength_without_evidence_blocks_when_hypothesis() -> None:
    """In depth: a strength with no evidence and status hypothesis blocks finishing."""
    record = _strength_without_evidence(
        finishable_record(Variant.IN_DEPTH), CompetenceStatus.HYPOTHESIS
    )
    assert _finish_triples(record) == {
        (Stage.PORTFOLIO, "competences.strength", "strength_without_evidence")
    }
    [issue] = FLOW.finish_issues(record)
    assert issue.entity_id == sid("competence.cash-book")


@pytest.mark.parametrize(
    "status",
    [CompetenceStatus.HYPOTHESIS, CompetenceStatus.DOCUMENTED, CompetenceStatus.CONFIRMED_EXTERNAL],
)
def test_in_depth_strength_without_evidence_blocks_unless_declared(
    status: CompetenceStatus,
) -> None:
    """Only the "declared" status excuses a strength without evidence in the in-depth variant."""
    record = _strength_without_evidence(finishable_record(Variant.IN_DEPTH), status)
    assert not FLOW.can_finish(record)


def test_in_depth_declared_strength_without_evidence_does_not_block() -> None:
    """In depth: a strength explicitly marked declared may have no evidence."""
    record = _strength_without_evidence(
        finishable_record(Variant.IN_DEPTH), CompetenceStatus.DECLARED
    )
    assert FLOW.can_finish(record)


@pytest.mark.parametrize("variant", [Variant.BASIC, Variant.ONLINE_FOLLOWUP])
def test_strength_evidence_rule_applies_to_in_depth_only(variant: Variant) -> None:
    """Outside the in-depth variant a strength needs no evidence."""
    record = _strength_without_evidence(finishable_record(variant), CompetenceStatus.HYPOTHESIS)
    assert FLOW.can_finish(record)


def test_in_depth_non_strength_needs_no_evidence() -> None:
    """A competence not marked as a strength needs no evidence even in depth."""
    record = finishable_record(Variant.IN_DEPTH)
    assert any(
        not c.strength and c.status is CompetenceStatus.HYPOTHESIS for c in record.competences
    )
    assert FLOW.can_finish(record)


def test_oral_feedback_needs_no_text() -> None:
    """Oral feedback is complete with its form alone."""
    record = dataclasses.replace(finishable_record(), feedback=Feedback(form=FeedbackForm.ORAL))
    assert FLOW.can_finish(record)


def test_content_rules_block_finishing() -> None:
    """A wrong PESEL checksum and a reversed date range are INVALID and block finishing."""
    record = finishable_record()
    number = record.participant.pesel
    assert number is not None
    typo = number[:10] + str((int(number[10]) + 1) % 10)
    record = dataclasses.replace(
        record, participant=dataclasses.replace(record.participant, pesel=typo)
    )
    record = _replace_item(record, "experiences", 0, start=PartialDate(1990), end=PartialDate(1988))
    assert _finish_triples(record) == {
        (Stage.INTRO, "participant.pesel", "invalid_checksum"),
        (Stage.BIOGRAPHY, "experiences.end", "end_before_start"),
    }


def test_fresh_record_reports_every_completeness_rule() -> None:
    """A balance with only its participant lists each unmet rule with its stage and field."""
    assert _finish_triples(make_record()) == {
        (Stage.INTRO, "balance.contract", "contract_incomplete"),
        (Stage.INTRO, "consents", "consent_missing"),
        (Stage.INTRO, "balance.initial_goal", "goal_missing"),
        (Stage.INTRO, "balance.goal_type", "goal_type_missing"),
        (Stage.INTRO, "meetings", "meeting_missing"),
        (Stage.BIOGRAPHY, "experiences", "experience_missing"),
        (Stage.COMPETENCES, "competences", "competence_missing"),
        (Stage.PLAN, "plan.actions", "plan_missing"),
        (Stage.PLAN, "feedback.form", "feedback_missing"),
    }


def test_finish_issues_are_in_stage_order_and_have_messages() -> None:
    """Finish issues come in stage order, each with a known message and a blocking severity."""
    issues = FLOW.finish_issues(make_record())
    order = list(Stage)
    assert [order.index(i.stage) for i in issues] == sorted(order.index(i.stage) for i in issues)
    assert all(i.message_key in MESSAGES for i in issues)
    assert all(i.severity.blocks_finish for i in issues)


def test_summary_stage_lists_the_finish_issues() -> None:
    """The summary page shows exactly the issues that block finishing."""
    record = _replace_item(finishable_record(), "episodes", 1, result="")
    assert FLOW.stage_issues(record, Stage.SUMMARY) == FLOW.finish_issues(record)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            {"planned_meetings": 0},
            {(Stage.INTRO, "balance.planned_meetings", "planned_meetings_range")},
        ),
        (
            {"planned_meetings": -1},
            {(Stage.INTRO, "balance.planned_meetings", "planned_meetings_range")},
        ),
        ({"planned_meetings": None}, set()),
        ({"planned_meetings": 7}, set()),
        ({"planned_meetings": 40}, set()),
    ],
)
def test_planned_meetings_range(change: dict[str, Any], expected: set[Triple]) -> None:
    """Planned meetings, when given, are at least one."""
    assert _finish_triples(_replace_balance(finishable_record(), **change)) == expected


@pytest.mark.parametrize(
    ("index", "changes", "expected"),
    [
        (0, {"vouchers": -1}, (Stage.PLAN, "plan.actions.vouchers", "vouchers_negative")),
        (
            0,
            {"estimated_cost_pln": -1},
            (Stage.PLAN, "plan.actions.estimated_cost_pln", "cost_negative"),
        ),
        (
            1,
            {"description": " "},
            (Stage.PLAN, "plan.actions.description", "action_description_required"),
        ),
    ],
)
def test_plan_action_rules(index: int, changes: dict[str, Any], expected: Triple) -> None:
    """Plan actions need a description and non-negative vouchers and cost."""
    record = finishable_record()
    assert record.plan is not None
    actions = list(record.plan.actions)
    actions[index] = dataclasses.replace(actions[index], **changes)
    record = dataclasses.replace(
        record, plan=dataclasses.replace(record.plan, actions=tuple(actions))
    )
    assert _finish_triples(record) == {expected}


@pytest.mark.parametrize(
    ("level", "blocks"), [(0, True), (1, False), (4, False), (5, True), (None, False)]
)
def test_competence_level_range(level: int | None, blocks: bool) -> None:
    """A competence level, when given, is between 1 and 4."""
    record = _replace_item(finishable_record(), "competences", 0, level=level)
    assert (
        _finish_triples(record) == {(Stage.COMPETENCES, "competences.level", "level_range")}
    ) is blocks
    assert FLOW.can_finish(record) is not blocks


def test_meeting_duration_must_be_positive() -> None:
    """A meeting of zero minutes is INVALID."""
    record = _replace_item(finishable_record(), "meetings", 1, duration_min=0)
    assert _finish_triples(record) == {(Stage.INTRO, "meetings.duration_min", "duration_invalid")}


def test_evidence_and_competence_need_their_texts() -> None:
    """An untitled evidence item and a competence without a statement block finishing."""
    record = _replace_item(finishable_record(), "evidence", 2, title="")
    record = _replace_item(record, "competences", 5, statement=" ")
    assert _finish_triples(record) == {
        (Stage.PORTFOLIO, "evidence.title", "title_required"),
        (Stage.COMPETENCES, "competences.statement", "statement_required"),
    }
