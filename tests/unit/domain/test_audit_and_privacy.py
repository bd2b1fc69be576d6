"""The audit vocabulary and coalescing, and the effects of withdrawals (pure domain)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from advisor_app.domain.audit import (
    COALESCE_WINDOW,
    append_events,
    merge_imported,
    participant_changes,
    record_changes,
)
from advisor_app.domain.entities import AuditEvent
from advisor_app.domain.enums import BalanceStatus, Stage
from advisor_app.domain.privacy import resignation_effects, withdrawal_effects
from advisor_app.domain.validation import structural_issues
from tests.helpers.domain_factories import finishable_record, new_id

AT = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)
ACTOR = new_id()


def test_record_changes_names_the_fields_and_items() -> None:
    """Field updates carry the field path; items added/removed carry their id."""
    before = finishable_record()
    assert before.plan is not None and before.feedback is not None
    action = before.plan.actions[0]
    after = dataclasses.replace(
        before,
        balance=dataclasses.replace(before.balance, constraints="Brak", current_stage=Stage.PLAN),
        meetings=before.meetings[1:],
        plan=dataclasses.replace(
            before.plan,
            actions=(
                dataclasses.replace(action, description="Kurs Excela"),
                *before.plan.actions[1:],
            ),
        ),
        feedback=dataclasses.replace(before.feedback, text="Krótko"),
    )
    events = {
        (e.action, e.entity, e.entity_id) for e in record_changes(before, after, actor=ACTOR, at=AT)
    }
    assert events == {
        ("update", "balance.constraints", before.balance.id),  # current_stage is navigation
        ("remove", "meeting", before.meetings[0].id),
        ("update", "plan_action.description", action.id),
        ("update", "feedback.text", before.balance.id),
    }
    assert record_changes(before, before, actor=ACTOR, at=AT) == []
    participant = before.participant
    assert [
        (e.action, e.entity) for e in participant_changes(None, participant, actor=ACTOR, at=AT)
    ] == [("create", "participant")]


def test_only_updates_are_coalesced_within_the_window() -> None:
    """Same actor, entity and id within 5 minutes: absorbed; other actions never."""
    balance_id = new_id()

    def event(action: str, minutes: float, entity: str = "balance.initial_goal") -> AuditEvent:
        return AuditEvent(
            at=AT + dt.timedelta(minutes=minutes),
            actor=ACTOR,
            action=action,
            entity=entity,
            entity_id=balance_id,
        )

    log = append_events((), [event("update", 0)])
    log = append_events(log, [event("update", 4), event("print", 4, "report.summary")])
    log = append_events(
        log, [event("print", 4.5, "report.summary"), event("update", 4.5, "balance.constraints")]
    )
    assert [(e.action, e.entity) for e in log] == [
        ("update", "balance.initial_goal"),
        ("print", "report.summary"),
        ("print", "report.summary"),
        ("update", "balance.constraints"),
    ]
    later = append_events(log, [event("update", COALESCE_WINDOW.total_seconds() / 60 + 0.1)])
    assert len(later) == len(log) + 1
    other_actor = dataclasses.replace(event("update", 1), actor=new_id())
    assert len(append_events(log, [other_actor])) == len(log) + 1
    assert merge_imported(log, (*log[:2], other_actor)) == (*log, other_actor)


def test_withdrawal_strips_only_the_files_the_consent_covers() -> None:
    """Evidence linked to the consent loses its files and is 'original only shown'."""
    record = finishable_record()
    photos = record.consents[1]
    after, removed = withdrawal_effects(record, photos.id, AT)
    covered = [e for e in record.evidence if e.consent_id == photos.id and e.files]
    assert covered and removed == tuple(f for e in covered for f in e.files)
    for item in after.evidence:
        original = next(e for e in record.evidence if e.id == item.id)
        if item.consent_id == photos.id:
            assert item.files == () and item.sighted_only
            assert (item.title, item.competence_ids) == (original.title, original.competence_ids)
        else:
            assert item == original
    consent = next(c for c in after.consents if c.id == photos.id)
    assert consent.withdrawn_at == AT and consent.withdrawal_effects_done_at == AT
    with pytest.raises(KeyError):
        withdrawal_effects(record, new_id(), AT)


@pytest.mark.parametrize(
    "keep",
    [frozenset(), frozenset({"meetings"}), frozenset({"competences", "evidence", "plan"})],
)
def test_resignation_keeps_the_configured_minimum_and_stays_storable(keep: frozenset[str]) -> None:
    """Whatever is kept, no reference dangles and every file goes."""
    record = finishable_record()
    after, removed, dropped = resignation_effects(record, AT, "Rezygnacja", keep)
    assert after.balance.status is BalanceStatus.WITHDRAWN
    assert not structural_issues(after)
    assert removed == tuple(f for e in record.evidence for f in e.files)
    assert all(not e.files for e in after.evidence)
    assert bool(after.competences) == ("competences" in keep)
    assert bool(after.meetings) == ("meetings" in keep)
    assert "experiences" in dropped
    assert all(not c.experience_ids for c in after.competences)  # experiences went
    with pytest.raises(ValueError, match="unknown sections"):
        resignation_effects(record, AT, "x", {"everything"})
