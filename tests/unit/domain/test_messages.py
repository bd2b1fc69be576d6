"""Every issue the rules can produce has a message; random damage never crashes validation."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING, TypeVar

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor_app.domain.entities import BalanceRecord, Feedback, Participant
from advisor_app.domain.enums import CompetenceStatus, FeedbackForm, Recognition, Stage, Variant
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.issues import Severity
from advisor_app.domain.messages import MESSAGES, message_for
from advisor_app.domain.validation import participant_issues, structural_issues
from tests.helpers.domain_factories import (
    TODAY,
    abroad_info,
    finishable_record,
    partial_dates,
    participants,
    sid,
)

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

D = TypeVar("D", bound="DataclassInstance")

FLOW = InterviewFlow(today=lambda: TODAY)

texts = st.text(max_size=40) | st.sampled_from(("", "   ", "x" * 121, "y" * 301))


def _replace_one(draw: st.DrawFn, items: tuple[D, ...], **changes: object) -> tuple[D, ...]:
    if not items:
        return items
    index = draw(st.integers(0, len(items) - 1))
    changed = list(items)
    changed[index] = dataclasses.replace(changed[index], **changes)
    return tuple(changed)


@st.composite
def damaged_records(draw: st.DrawFn) -> BalanceRecord:
    """A finishable SC01 balance with a random handful of things removed or broken."""
    record = finishable_record(draw(st.sampled_from(Variant)))
    kinds = draw(st.lists(st.integers(0, 17), max_size=6))
    for kind in kinds:
        r = record
        b = r.balance
        if kind == 0:
            record = dataclasses.replace(r, participant=draw(participants(messy=True)))
        elif kind == 1:
            contract = dataclasses.replace(b.contract, voluntary=draw(st.booleans()))
            record = dataclasses.replace(
                r,
                balance=dataclasses.replace(
                    b,
                    contract=contract,
                    initial_goal=draw(texts),
                    goal_type=None,
                    planned_meetings=draw(st.none() | st.integers(-3, 30)),
                ),
            )
        elif kind == 2:
            record = dataclasses.replace(r, consents=(), meetings=())
        elif kind == 3:
            record = dataclasses.replace(
                r,
                consents=_replace_one(
                    draw, r.consents, withdrawn_at=dt.datetime(2024, 3, 20, tzinfo=dt.UTC)
                ),
            )
        elif kind == 4:
            record = dataclasses.replace(
                r,
                experiences=_replace_one(
                    draw,
                    r.experiences,
                    title=draw(texts),
                    start=draw(st.none() | partial_dates(1960, 2024)),
                    end=draw(st.none() | partial_dates(1960, 2024)),
                    ongoing=draw(st.booleans()),
                    activities=tuple(draw(st.lists(texts, max_size=2))),
                ),
            )
        elif kind == 5:
            abroad = abroad_info(
                country=draw(st.sampled_from(("UA", "ua", "Ukraina"))),
                recognition=draw(st.sampled_from(Recognition)),
                recognition_authority=draw(st.none() | texts),
                recognition_date=draw(st.none() | st.just(dt.date(2023, 5, 12))),
            )
            record = dataclasses.replace(
                r, experiences=_replace_one(draw, r.experiences, abroad=abroad)
            )
        elif kind == 6:
            record = dataclasses.replace(
                r, experiences=draw(st.sampled_from(((), r.experiences[:1])))
            )
        elif kind == 7:
            record = dataclasses.replace(
                r,
                episodes=_replace_one(
                    draw,
                    r.episodes,
                    situation=draw(texts),
                    result=draw(texts),
                    action=draw(st.sampled_from(("A", "", "a" * 20_001))),
                    discarded=draw(st.booleans()),
                    experience_id=draw(st.sampled_from((sid("experience.shop"), sid("nowhere")))),
                ),
            )
        elif kind == 8:
            record = dataclasses.replace(r, competences=())
        elif kind == 9:
            record = dataclasses.replace(
                r,
                competences=_replace_one(
                    draw,
                    r.competences,
                    statement=draw(texts),
                    experience_ids=draw(st.sampled_from(((), (sid("nowhere"),)))),
                    level=draw(st.none() | st.integers(-2, 7)),
                    status=draw(st.sampled_from(CompetenceStatus)),
                    strength=draw(st.booleans()),
                ),
            )
        elif kind == 10:
            record = dataclasses.replace(r, evidence=())
        elif kind == 11:
            record = dataclasses.replace(
                r,
                evidence=_replace_one(
                    draw,
                    r.evidence,
                    title=draw(texts),
                    consent_id=draw(st.none() | st.just(sid("consent.gone"))),
                    competence_ids=draw(st.sampled_from(((), (sid("competence.gone"),)))),
                ),
            )
        elif kind == 12:
            record = dataclasses.replace(r, plan=None)
        elif kind == 13 and r.plan is not None:
            action = dataclasses.replace(
                r.plan.actions[0],
                description=draw(texts),
                vouchers=draw(st.none() | st.integers(-5, 5)),
                estimated_cost_pln=draw(st.none() | st.sampled_from((Decimal("-1"), Decimal(0)))),
                area_ids=draw(st.sampled_from(((), (sid("area.gone"),)))),
            )
            record = dataclasses.replace(r, plan=dataclasses.replace(r.plan, actions=(action,)))
        elif kind == 14:
            record = dataclasses.replace(
                r,
                feedback=draw(
                    st.none() | st.builds(Feedback, form=st.sampled_from(FeedbackForm), text=texts)
                ),
            )
        elif kind == 15:
            record = dataclasses.replace(
                r,
                meetings=_replace_one(
                    draw, r.meetings, duration_min=draw(st.none() | st.integers(-10, 10))
                ),
            )
        elif kind == 16:
            record = dataclasses.replace(
                r, balance=dataclasses.replace(b, variant=draw(st.sampled_from(Variant)))
            )
        elif kind == 17:
            record = dataclasses.replace(
                r, development_areas=(), balance=dataclasses.replace(b, constraints="c" * 20_001)
            )
    return record


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=damaged_records())
def test_every_issue_of_a_damaged_record_has_a_message(record: BalanceRecord) -> None:
    """Whatever is broken, each reported issue names a known message and a real stage."""
    issues = FLOW.all_issues(record) + list(structural_issues(record))
    for issue in issues:
        assert issue.message_key in MESSAGES, issue
        assert isinstance(issue.stage, Stage)
        assert isinstance(issue.severity, Severity)
        assert issue.field and issue.code
    assert FLOW.can_finish(record) is (not any(i.severity.blocks_finish for i in issues))
    for stage in Stage:
        FLOW.stage_state(record, stage)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(record=damaged_records())
def test_issue_entity_ids_point_at_items_of_the_record(record: BalanceRecord) -> None:
    """An issue's entity_id, when set, is the ID of an item the record actually holds."""
    known = {record.participant.id, record.balance.id}
    for name in (
        "consents",
        "meetings",
        "experiences",
        "episodes",
        "competences",
        "evidence",
        "development_areas",
    ):
        known |= {item.id for item in getattr(record, name)}
    known |= {f.id for e in record.evidence for f in e.files}
    if record.plan is not None:
        known |= {action.id for action in record.plan.actions}
    for issue in FLOW.all_issues(record):
        assert issue.entity_id is None or issue.entity_id in known, issue


@settings(max_examples=50, deadline=None)
@given(participant=participants(messy=True))
def test_every_participant_issue_has_a_message(participant: Participant) -> None:
    """Arbitrary participant data never crashes validation and every issue has a message."""
    for issue in participant_issues(participant, today=TODAY):
        assert issue.message_key in MESSAGES
        assert issue.stage is Stage.INTRO
        assert issue.field.startswith("participant.")


def test_messages_are_non_empty_sentences() -> None:
    """Each message is a non-empty English sentence ending with a full stop."""
    for key, text in MESSAGES.items():
        assert key == key.strip().lower()
        assert text.strip() and text.endswith("."), key


def test_message_for_falls_back_to_the_key() -> None:
    """message_for() never raises: an unknown key comes back unchanged."""
    assert message_for("goal_missing") == MESSAGES["goal_missing"]
    assert message_for("no_such_key") == "no_such_key"
