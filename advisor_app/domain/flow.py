"""The interview flow: stage order, per-stage state and the rules for finishing a balance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from enum import StrEnum

from advisor_app.domain import validation
from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.enums import Stage
from advisor_app.domain.issues import Issue, Severity


class StageState(StrEnum):
    """Progress mark of one stage, as the stage list shows it."""

    EMPTY = "empty"
    IN_PROGRESS = "in_progress"
    COMPLETE = "complete"
    HAS_ISSUES = "has_issues"


def _has_intro_data(record: BalanceRecord) -> bool:
    b = record.balance
    return bool(
        b.initial_goal.strip()
        or b.starting_situation.strip()
        or b.reasons
        or b.goal_type is not None
        or record.consents
        or record.meetings
        or any(getattr(b.contract, name) for name in b.contract.__slots__)
    )


def _has_plan_data(record: BalanceRecord) -> bool:
    plan = record.plan
    has_plan = plan is not None and bool(plan.actions or plan.refined_goal.strip())
    return has_plan or record.feedback is not None or bool(record.development_areas)


_DATA_PRESENT: dict[Stage, Callable[[BalanceRecord], bool]] = {
    Stage.INTRO: _has_intro_data,
    Stage.BIOGRAPHY: lambda r: bool(r.experiences),
    Stage.BEHAVIOURAL: lambda r: bool(r.episodes),
    Stage.COMPETENCES: lambda r: bool(r.competences),
    Stage.PORTFOLIO: lambda r: bool(r.evidence),
    Stage.PLAN: _has_plan_data,
    Stage.SUMMARY: lambda r: False,
}


class InterviewFlow:
    """Decides stage order, reachability, per-stage state and finishing.

    Every stage is reachable at any time (advisors follow the participant, not a wizard);
    the order only says where "next" leads. ``today`` is injected so checks that depend on
    the date stay testable.
    """

    STAGES: Sequence[Stage] = tuple(Stage)

    def __init__(self, today: Callable[[], dt.date] = dt.date.today) -> None:
        self._today = today
        self._cached: tuple[BalanceRecord, dict[Stage, tuple[Issue, ...]]] | None = None

    def next_stage(self, stage: Stage) -> Stage | None:
        """The stage after ``stage``, or None after the summary."""
        index = self.STAGES.index(stage)
        return self.STAGES[index + 1] if index + 1 < len(self.STAGES) else None

    def previous_stage(self, stage: Stage) -> Stage | None:
        """The stage before ``stage``, or None before the intro."""
        index = self.STAGES.index(stage)
        return self.STAGES[index - 1] if index > 0 else None

    def is_reachable(self, record: BalanceRecord, stage: Stage) -> bool:
        """Every stage can be opened at any time; kept as the single place to change that."""
        del record
        return stage in self.STAGES

    def stage_issues(self, record: BalanceRecord, stage: Stage) -> list[Issue]:
        """All issues shown on one stage's page."""
        return list(self._issues_by_stage(record)[stage])

    def all_issues(self, record: BalanceRecord) -> list[Issue]:
        """Issues of every stage before the summary, in stage order."""
        by_stage = self._issues_by_stage(record)
        return [
            issue
            for stage in self.STAGES
            if stage is not Stage.SUMMARY
            for issue in by_stage[stage]
        ]

    def _issues_by_stage(self, record: BalanceRecord) -> dict[Stage, tuple[Issue, ...]]:
        # Views ask for every stage's state after each keystroke; records are immutable, so the
        # result for the last record asked about is reused (checked by identity, not equality:
        # comparing two big records would cost as much as validating them).
        if self._cached is not None and self._cached[0] is record:
            return self._cached[1]
        checks: dict[Stage, Callable[[BalanceRecord], list[Issue]]] = {
            Stage.INTRO: lambda r: validation.intro_issues(r, today=self._today()),
            Stage.BIOGRAPHY: validation.biography_issues,
            Stage.BEHAVIOURAL: validation.behavioural_issues,
            Stage.COMPETENCES: validation.competence_issues,
            Stage.PORTFOLIO: validation.portfolio_issues,
            Stage.PLAN: validation.plan_issues,
        }
        structural = validation.structural_issues(record)
        by_stage: dict[Stage, tuple[Issue, ...]] = {}
        for stage, check in checks.items():
            own_structural = [i for i in structural if i.stage is stage]
            own = [i for i in check(record) if i not in own_structural]
            by_stage[stage] = (*own_structural, *own)
        by_stage[Stage.SUMMARY] = tuple(
            i
            for stage in self.STAGES
            if stage is not Stage.SUMMARY
            for i in by_stage[stage]
            if i.severity.blocks_finish
        )
        self._cached = (record, by_stage)
        return by_stage

    def stage_state(self, record: BalanceRecord, stage: Stage) -> StageState:
        """Progress mark: empty, in progress, complete, or has issues (an invalid value)."""
        issues = self.stage_issues(record, stage)
        if stage is Stage.SUMMARY:
            # The summary is done when the balance is finished, not merely finishable: a
            # "complete" mark on an unfinished balance reads as if nothing were left to do.
            if record.balance.finished_at is not None:
                return StageState.COMPLETE
            return StageState.IN_PROGRESS
        if any(i.severity in (Severity.STRUCTURAL, Severity.INVALID) for i in issues):
            return StageState.HAS_ISSUES
        if not _DATA_PRESENT[stage](record):
            return StageState.EMPTY
        return StageState.IN_PROGRESS if issues else StageState.COMPLETE

    def finish_issues(self, record: BalanceRecord) -> list[Issue]:
        """Issues that prevent finishing; empty when the balance may be finished."""
        return [i for i in self.all_issues(record) if i.severity.blocks_finish]

    def can_finish(self, record: BalanceRecord) -> bool:
        """Tell whether every finish rule holds."""
        return not self.finish_issues(record)
