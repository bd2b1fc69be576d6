"""InterviewFlow: stage order, reachability and the per-stage progress mark."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest

from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.enums import GoalType, Stage, Variant
from advisor_app.domain.flow import InterviewFlow, StageState
from advisor_app.domain.partial_date import PartialDate
from tests.helpers.domain_factories import (
    HALINA_BIRTH_DATE,
    TODAY,
    finishable_record,
    make_balance,
    make_competence,
    make_consent,
    make_episode,
    make_evidence,
    make_experience,
    make_meeting,
    make_participant,
    make_plan,
    make_record,
)

FLOW = InterviewFlow(today=lambda: TODAY)
ORDER = [
    Stage.INTRO,
    Stage.BIOGRAPHY,
    Stage.BEHAVIOURAL,
    Stage.COMPETENCES,
    Stage.PORTFOLIO,
    Stage.PLAN,
    Stage.SUMMARY,
]


def _states(record: BalanceRecord) -> dict[Stage, StageState]:
    return {stage: FLOW.stage_state(record, stage) for stage in ORDER}


def test_stage_order_is_the_method_order() -> None:
    """Stages run intro → biography → behavioural → competences → portfolio → plan → summary."""
    assert list(FLOW.STAGES) == ORDER


def test_next_stage_walks_the_order() -> None:
    """next_stage() leads from each stage to the following one and ends after the summary."""
    walked = [Stage.INTRO]
    while (following := FLOW.next_stage(walked[-1])) is not None:
        walked.append(following)
    assert walked == ORDER
    assert FLOW.next_stage(Stage.SUMMARY) is None


def test_previous_stage_walks_back() -> None:
    """previous_stage() is the inverse of next_stage() and ends before the intro."""
    assert FLOW.previous_stage(Stage.INTRO) is None
    for earlier, later in itertools.pairwise(ORDER):
        assert FLOW.previous_stage(later) is earlier
        assert FLOW.next_stage(earlier) is later


@pytest.mark.parametrize("stage", ORDER)
def test_every_stage_is_reachable_at_any_time(stage: Stage) -> None:
    """Advisors follow the participant: each stage opens on a fresh and a complete balance."""
    assert FLOW.is_reachable(make_record(), stage)
    assert FLOW.is_reachable(finishable_record(), stage)


def test_fresh_record_states() -> None:
    """A record with only balance and participant: every stage empty, summary in progress."""
    assert _states(make_record()) == {
        Stage.INTRO: StageState.EMPTY,
        Stage.BIOGRAPHY: StageState.EMPTY,
        Stage.BEHAVIOURAL: StageState.EMPTY,
        Stage.COMPETENCES: StageState.EMPTY,
        Stage.PORTFOLIO: StageState.EMPTY,
        Stage.PLAN: StageState.EMPTY,
        Stage.SUMMARY: StageState.IN_PROGRESS,
    }


@pytest.mark.parametrize("variant", list(Variant))
def test_finishable_record_is_complete_everywhere(variant: Variant) -> None:
    """Every interview stage of the SC01 balance is complete; the summary waits for finishing."""
    states = _states(finishable_record(variant))
    assert states.pop(Stage.SUMMARY) is StageState.IN_PROGRESS
    assert set(states.values()) == {StageState.COMPLETE}


def test_adding_a_complete_experience_completes_the_biography() -> None:
    """One valid experience with activities turns the biography from empty to complete."""
    record = make_record(experiences=(make_experience(),))
    assert FLOW.stage_state(record, Stage.BIOGRAPHY) is StageState.COMPLETE


def test_experience_without_activities_leaves_biography_in_progress() -> None:
    """A recommendation still open keeps the stage in progress (it does not block finishing)."""
    record = make_record(experiences=(make_experience(activities=()),))
    assert FLOW.stage_state(record, Stage.BIOGRAPHY) is StageState.IN_PROGRESS


def test_invalid_end_date_marks_biography_has_issues() -> None:
    """An end before the start marks the biography as having issues."""
    experience = make_experience(start=PartialDate(2010), end=PartialDate(2008), ongoing=False)
    record = make_record(experiences=(experience,))
    assert FLOW.stage_state(record, Stage.BIOGRAPHY) is StageState.HAS_ISSUES


def test_goal_alone_puts_intro_in_progress() -> None:
    """Typing the goal starts the intro; missing contract and consent keep it in progress."""
    record = make_record(balance=make_balance(initial_goal="Praca biurowa"))
    assert FLOW.stage_state(record, Stage.INTRO) is StageState.IN_PROGRESS


@pytest.mark.parametrize(
    "record",
    [
        make_record(balance=make_balance(goal_type=GoalType.OTHER)),
        make_record(balance=make_balance(starting_situation="Sklep zamykają.")),
        make_record(consents=(make_consent(),)),
        make_record(meetings=(make_meeting(),)),
        make_record(
            balance=make_balance(
                contract=dataclasses.replace(make_balance().contract, voluntary=True)
            )
        ),
    ],
    ids=["goal type", "situation", "consent", "meeting", "one contract item"],
)
def test_any_intro_data_starts_the_intro(record: BalanceRecord) -> None:
    """Each kind of intro data moves the intro from empty to in progress."""
    assert FLOW.stage_state(record, Stage.INTRO) is StageState.IN_PROGRESS


def test_invalid_participant_marks_intro_has_issues_even_without_intro_data() -> None:
    """A PESEL typo shows on the intro page at once, before any contract data."""
    participant = make_participant(pesel="72021748360")
    record = make_record(participant=participant)
    assert FLOW.stage_state(record, Stage.INTRO) is StageState.HAS_ISSUES


def test_future_birth_date_uses_the_injected_today() -> None:
    """The "birth date in the future" rule uses the flow's today(), not the real clock."""
    participant = make_participant(pesel=None, birth_date=dt.date(2024, 6, 1))
    record = make_record(participant=participant)
    early = InterviewFlow(today=lambda: dt.date(2024, 5, 31))
    late = InterviewFlow(today=lambda: dt.date(2024, 6, 1))

    def date_codes(flow: InterviewFlow) -> list[str]:
        return [i.code for i in flow.stage_issues(record, Stage.INTRO) if "birth" in i.field]

    assert date_codes(early) == ["birth_date_in_future"]
    assert date_codes(late) == []
    assert HALINA_BIRTH_DATE < TODAY


def test_incomplete_episode_puts_behavioural_in_progress() -> None:
    """A draft STAR story (no Result) is in progress, not an error."""
    record = make_record(experiences=(make_experience(),), episodes=(make_episode(result=""),))
    assert FLOW.stage_state(record, Stage.BEHAVIOURAL) is StageState.IN_PROGRESS
    complete = make_record(experiences=(make_experience(),), episodes=(make_episode(),))
    assert FLOW.stage_state(complete, Stage.BEHAVIOURAL) is StageState.COMPLETE


def test_too_long_text_marks_its_stage_has_issues() -> None:
    """A structural issue (text over the limit) marks the stage it belongs to."""
    record = make_record(
        experiences=(make_experience(),), episodes=(make_episode(action="x" * 20_001),)
    )
    states = _states(record)
    assert states[Stage.BEHAVIOURAL] is StageState.HAS_ISSUES
    assert states[Stage.BIOGRAPHY] is StageState.COMPLETE


def test_dangling_reference_marks_its_stage_has_issues() -> None:
    """An episode pointing at a missing experience marks the behavioural stage."""
    record = make_record(episodes=(make_episode(),))
    assert FLOW.stage_state(record, Stage.BEHAVIOURAL) is StageState.HAS_ISSUES


def test_competences_and_portfolio_states() -> None:
    """Linked competences complete their stage; evidence completes the portfolio."""
    record = make_record(
        experiences=(make_experience(),),
        episodes=(make_episode(),),
        competences=(make_competence(),),
        evidence=(make_evidence(),),
    )
    assert FLOW.stage_state(record, Stage.COMPETENCES) is StageState.COMPLETE
    assert FLOW.stage_state(record, Stage.PORTFOLIO) is StageState.COMPLETE
    unlinked = make_record(competences=(make_competence(experience_ids=(), episode_ids=()),))
    assert FLOW.stage_state(unlinked, Stage.COMPETENCES) is StageState.IN_PROGRESS


def test_plan_without_feedback_is_in_progress() -> None:
    """A plan with an action but no feedback is in progress."""
    record = make_record(plan=make_plan())
    assert FLOW.stage_state(record, Stage.PLAN) is StageState.IN_PROGRESS


def test_summary_state_follows_finish_issues_and_finishing() -> None:
    """The summary is in progress until the balance is finished, even when finishable."""
    blocked = dataclasses.replace(finishable_record(), feedback=None)
    assert FLOW.stage_state(blocked, Stage.SUMMARY) is StageState.IN_PROGRESS
    assert FLOW.stage_state(finishable_record(), Stage.SUMMARY) is StageState.IN_PROGRESS
    finished = dataclasses.replace(
        blocked,
        balance=dataclasses.replace(
            blocked.balance, finished_at=dt.datetime(2024, 3, 18, 12, tzinfo=dt.UTC)
        ),
    )
    assert FLOW.stage_state(finished, Stage.SUMMARY) is StageState.COMPLETE


def test_structural_issue_is_not_reported_twice() -> None:
    """A too-long name found by both the structural and the participant check appears once."""
    record = make_record(participant=make_participant(first_name="H" * 301))
    issues = FLOW.stage_issues(record, Stage.INTRO)
    assert [i.code for i in issues].count("too_long") == 1


def test_default_today_is_the_real_clock() -> None:
    """Without an injected clock the flow still works (it uses date.today)."""
    assert InterviewFlow().can_finish(finishable_record())


def test_stage_state_values_are_stable_codes() -> None:
    """The stage marks are the string codes the GUI stores and styles."""
    assert [s.value for s in StageState] == ["empty", "in_progress", "complete", "has_issues"]
