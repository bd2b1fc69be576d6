"""The shared factories are realistic (SC01) and the small entity helpers behave."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings

from advisor_app.domain import pesel
from advisor_app.domain.entities import Contract, Participant
from advisor_app.domain.enums import (
    CompetenceStatus,
    ConsentPurpose,
    FeedbackForm,
    GoalType,
    LifeArea,
    Variant,
)
from advisor_app.domain.issues import Severity
from advisor_app.domain.partial_date import PartialDate
from tests.helpers.domain_factories import (
    finishable_record,
    full_contract,
    make_balance,
    make_episode,
    make_participant,
    make_record,
    partial_dates,
    participants,
    sid,
    valid_pesels,
)


def test_finishable_record_follows_sc01() -> None:
    """Halina Kowalczyk from Łososina Dolna, goal: office work, ≥5 experiences in 5+ areas."""
    record = finishable_record()
    assert record.participant.display_name == "Kowalczyk Halina"
    assert record.participant.gmina == "Łososina Dolna"
    assert record.balance.goal_type is GoalType.VOCATIONAL
    assert record.balance.contract.complete
    assert any(c.purpose is ConsentPurpose.PROJECT_PROCESSING and c.active for c in record.consents)
    assert len(record.meetings) == 3
    assert len(record.experiences) >= 5
    assert len({e.area for e in record.experiences}) >= 5
    assert {LifeArea.PAID_WORK, LifeArea.SOCIAL_ACTIVITY} <= {e.area for e in record.experiences}
    assert all(e.activities for e in record.experiences)
    assert all(not ep.missing_star_parts for ep in record.episodes)
    assert all(c.experience_ids for c in record.competences)
    supported = {cid for e in record.evidence for cid in e.competence_ids}
    assert all(c.id in supported for c in record.competences if c.strength)
    assert record.plan is not None and record.plan.actions
    assert record.feedback is not None and record.feedback.form is FeedbackForm.BOTH
    assert record.feedback.text.strip()


@pytest.mark.parametrize("variant", list(Variant))
def test_finishable_record_is_deterministic(variant: Variant) -> None:
    """Two calls give equal records (fixed IDs and timestamps), differing only by variant."""
    assert finishable_record(variant) == finishable_record(variant)
    assert finishable_record(variant).balance.variant is variant


def test_ids_are_unique_within_the_record() -> None:
    """No two items of the SC01 balance share an ID."""
    record = finishable_record()
    ids = [record.balance.id, record.participant.id]
    for name in ("consents", "meetings", "experiences", "episodes", "competences", "evidence"):
        ids += [item.id for item in getattr(record, name)]
    assert len(ids) == len(set(ids))


def test_make_functions_apply_overrides() -> None:
    """Keyword arguments replace fields; everything else keeps the SC01 defaults."""
    participant = make_participant(first_name="Józef", email=None)
    assert (participant.first_name, participant.last_name, participant.email) == (
        "Józef",
        "Kowalczyk",
        None,
    )
    assert make_balance(project_code="KKZ").project_code == "KKZ"
    assert make_record(meetings=()).meetings == ()
    with pytest.raises(TypeError):
        make_participant(no_such_field=1)


def test_make_balance_is_a_fresh_draft() -> None:
    """The default balance has an empty contract and no goal, as just created by the app."""
    balance = make_balance()
    assert not balance.contract.complete
    assert balance.initial_goal == "" and balance.goal_type is None
    assert balance.current_stage.value == "intro"
    assert balance.base_revision_id is None


@settings(max_examples=50)
@given(number=valid_pesels())
def test_valid_pesels_strategy(number: str) -> None:
    """valid_pesels() yields numbers that pass the checksum and encode a real date."""
    assert pesel.has_valid_checksum(number)
    assert pesel.birth_date(number) is not None


@settings(max_examples=50)
@given(value=partial_dates(1990, 1999))
def test_partial_dates_strategy_respects_bounds(value: PartialDate) -> None:
    """partial_dates(min, max) stays within the requested years."""
    assert 1990 <= value.year <= 1999


@settings(max_examples=20, deadline=None)
@given(participant=participants())
def test_participants_strategy_agrees_with_pesel(participant: Participant) -> None:
    """Valid generated participants carry a PESEL that agrees with their birth date, or an ID."""
    if participant.pesel is None:
        assert participant.id_document is not None
    elif participant.birth_date is not None:
        assert pesel.birth_date(participant.pesel) == participant.birth_date


def test_contract_complete_needs_every_item() -> None:
    """Contract.complete is true only when all eight items are true."""
    assert full_contract().complete
    assert not Contract().complete
    names = [f.name for f in dataclasses.fields(Contract)]
    assert len(names) == 8
    for name in names:
        assert not dataclasses.replace(full_contract(), **{name: False}).complete


def test_consent_active_until_withdrawn() -> None:
    """A consent is active until withdrawn_at is set (withdrawal is recorded, not deleted)."""
    consent = finishable_record().consents[0]
    assert consent.active
    withdrawn = dataclasses.replace(consent, withdrawn_at=dt.datetime(2024, 4, 1, tzinfo=dt.UTC))
    assert not withdrawn.active


def test_missing_star_parts_lists_blank_fields_in_order() -> None:
    """missing_star_parts names the blank S, T, A, R fields; reflection is optional."""
    assert make_episode(reflection="").missing_star_parts == ()
    episode = make_episode(situation=" ", result="")
    assert episode.missing_star_parts == ("situation", "result")


def test_entities_are_frozen() -> None:
    """Entities are immutable values; edits go through dataclasses.replace."""
    participant = make_participant()
    with pytest.raises(dataclasses.FrozenInstanceError):
        participant.first_name = "Anna"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("severity", "blocks"),
    [
        (Severity.STRUCTURAL, True),
        (Severity.INVALID, True),
        (Severity.INCOMPLETE, True),
        (Severity.RECOMMENDED, False),
    ],
)
def test_only_recommendations_let_a_balance_finish(severity: Severity, blocks: bool) -> None:
    """Every severity except RECOMMENDED blocks finishing."""
    assert severity.blocks_finish is blocks


def test_strengths_in_record_have_real_statuses() -> None:
    """The SC01 strengths are documented, backed by evidence rather than a declaration."""
    record = finishable_record(Variant.IN_DEPTH)
    strengths = [c for c in record.competences if c.strength]
    assert len(strengths) == 3
    assert all(c.status is CompetenceStatus.DOCUMENTED for c in strengths)
    assert record.plan is not None
    assert set(record.plan.strength_competence_ids) == {c.id for c in strengths}
    assert sid("competence.cash-book") in record.plan.strength_competence_ids
