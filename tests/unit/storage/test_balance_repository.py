"""BalanceRepository on a real encrypted profile: exact round trips and row-by-row saving."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, event, text

from advisor_app.domain.entities import (
    AuditEvent,
    BalanceRecord,
    Evidence,
    Feedback,
    Plan,
)
from advisor_app.domain.enums import FeedbackForm
from advisor_app.storage.profile import OpenedProfile
from advisor_app.storage.unit_of_work import UnitOfWork
from tests.helpers.domain_factories import sid
from tests.unit.storage.storage_support import NOW, full_record, open_test_profile, save

_CHILD_TABLES = (
    "consent",
    "meeting",
    "experience",
    "episode",
    "competence",
    "competence_experience",
    "competence_episode",
    "evidence",
    "evidence_file",
    "evidence_competence",
    "development_area",
    "plan",
    "plan_action",
    "plan_action_area",
    "plan_strength_competence",
    "feedback",
    "audit_event",
)


@pytest.fixture
def profile(data_dir: Path) -> Iterator[OpenedProfile]:
    """An encrypted, migrated test profile, closed after the test."""
    opened = open_test_profile(data_dir)
    try:
        yield opened
    finally:
        opened.engine.dispose()


def _load(profile: OpenedProfile, record: BalanceRecord) -> BalanceRecord:
    with UnitOfWork(profile.session_factory) as uow:
        loaded = uow.balances.get_record(record.balance.id)
    assert loaded is not None
    return loaded


def _counts(profile: OpenedProfile) -> dict[str, int]:
    with profile.engine.connect() as conn:
        return {
            t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in _CHILD_TABLES
        }


def _rowids(profile: OpenedProfile, table: str) -> dict[str, int]:
    with profile.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT id, rowid FROM {table}")).all()
    return {str(row[0]): int(row[1]) for row in rows}


class _WriteLog:
    """Records the INSERT/UPDATE/DELETE statements an engine runs."""

    def __init__(self) -> None:
        self.statements: list[str] = []

    def __call__(self, conn: Connection, cursor: Any, statement: str, *args: Any) -> None:
        verb = statement.lstrip().split(" ", 1)[0].upper()
        if verb in {"INSERT", "UPDATE", "DELETE"}:
            self.statements.append(" ".join(statement.split()[:3]))


@pytest.fixture
def writes(profile: OpenedProfile) -> Iterator[_WriteLog]:
    """Log of the data-changing statements run on the profile's engine."""
    log = _WriteLog()
    event.listen(profile.engine, "before_cursor_execute", log)
    try:
        yield log
    finally:
        event.remove(profile.engine, "before_cursor_execute", log)


def _updated_at(profile: OpenedProfile, record: BalanceRecord) -> dt.datetime:
    with UnitOfWork(profile.session_factory) as uow:
        rows = uow.participants.list_rows("", 0, 10)
    return next(r.updated_at for r in rows if r.balance_id == record.balance.id)


# --- round trip -------------------------------------------------------------------------------


def test_full_record_uses_every_field() -> None:
    """Keeps the round-trip fixture strong: every field is non-default in some item."""
    record = full_record()
    assert record.plan is not None
    items: list[Any] = [record.participant, record.balance, record.balance.contract, record.plan]
    items += [record.feedback, *record.consents, *record.meetings, *record.experiences]
    items += [*record.episodes, *record.competences, *record.evidence, *record.development_areas]
    items += [*record.audit, *record.plan.actions]
    items += [f for e in record.evidence for f in e.files] + [e.criteria for e in record.evidence]
    items += [e.abroad for e in record.experiences if e.abroad is not None]
    varied: dict[str, bool] = {}
    for item in items:
        for f in dataclasses.fields(item):
            if f.default is not dataclasses.MISSING:
                default: Any = f.default
            elif f.default_factory is not dataclasses.MISSING:
                default = f.default_factory()
            else:
                continue  # required fields always carry a value
            key = f"{type(item).__name__}.{f.name}"
            varied[key] = varied.get(key, False) or getattr(item, f.name) != default

    assert [name for name, differs in varied.items() if not differs] == []


def test_full_record_round_trips_exactly(profile: OpenedProfile) -> None:
    """Protects every column, type conversion and list order of the balance schema."""
    record = full_record()

    save(profile, record)

    assert _load(profile, record) == record


def test_round_trip_keeps_the_decimal_as_written(profile: OpenedProfile) -> None:
    """Protects "1250.50" staying "1250.50" (not 1250.5 or a float) for cost estimates."""
    record = full_record()
    save(profile, record)

    assert record.plan is not None
    loaded = _load(profile, record).plan
    assert loaded is not None
    assert [str(a.estimated_cost_pln) for a in loaded.actions] == ["1250.50", "0.00"]


def test_timestamps_come_back_as_the_same_instant_in_utc(profile: OpenedProfile) -> None:
    """Protects timestamps entered with an offset from shifting by the offset."""
    record = full_record()
    save(profile, record)

    created = _load(profile, record).balance.created_at
    assert created == record.balance.created_at
    assert created.utcoffset() == dt.timedelta(0)


def test_missing_balance_is_none(profile: OpenedProfile) -> None:
    """Protects callers from an exception where "no such balance" is a normal answer."""
    with UnitOfWork(profile.session_factory) as uow:
        assert uow.balances.get_record(sid("nope")) is None
        assert not uow.balances.exists(sid("nope"))


def test_exists_count_and_ids_for_participant(profile: OpenedProfile) -> None:
    """Protects the small queries the services use to decide create vs update."""
    first = full_record()
    second = dataclasses.replace(
        first,
        balance=dataclasses.replace(
            first.balance,
            id=sid("second"),
            revision_id=sid("second.rev"),
            created_at=first.balance.created_at + dt.timedelta(days=30),
        ),
        consents=(),
        meetings=(),
        experiences=(),
        episodes=(),
        competences=(),
        evidence=(),
        development_areas=(),
        plan=None,
        feedback=None,
        audit=(),
    )
    save(profile, first)
    save(profile, second)

    with UnitOfWork(profile.session_factory) as uow:
        assert uow.balances.exists(first.balance.id)
        assert uow.balances.count() == 2
        assert uow.balances.ids_for_participant(first.participant.id) == (
            first.balance.id,
            second.balance.id,
        )
        assert uow.balances.ids_for_participant(sid("nobody")) == ()


# --- saving is a diff -------------------------------------------------------------------------


def test_saving_an_unchanged_record_writes_nothing(
    profile: OpenedProfile, writes: _WriteLog
) -> None:
    """Protects autosave from rewriting the whole balance (and moving updated_at) on no change."""
    record = full_record()
    save(profile, record)
    writes.statements.clear()

    save(profile, record, now=NOW + dt.timedelta(hours=1))

    assert writes.statements == []
    assert _updated_at(profile, record) == NOW


def test_one_field_edit_is_one_update_in_place(profile: OpenedProfile, writes: _WriteLog) -> None:
    """Protects autosave cost and row identity: an edit updates the row, never re-inserts."""
    record = full_record()
    save(profile, record)
    before = _counts(profile)
    rowids = _rowids(profile, "experience")
    edited = dataclasses.replace(record.experiences[1], title="Sad jabłoniowy - сад")
    changed = dataclasses.replace(
        record, experiences=(record.experiences[0], edited, record.experiences[2])
    )
    writes.statements.clear()

    later = NOW + dt.timedelta(minutes=5)
    save(profile, changed, now=later)

    assert sorted(writes.statements) == ["UPDATE balance SET", "UPDATE experience SET"]
    assert _counts(profile) == before
    assert _rowids(profile, "experience") == rowids
    assert _load(profile, record) == changed
    assert _updated_at(profile, record) == later


def test_reordering_items_updates_positions_only(profile: OpenedProfile, writes: _WriteLog) -> None:
    """Protects list order on screen: a reorder round-trips without delete and re-insert."""
    record = full_record()
    save(profile, record)
    assert record.plan is not None
    reordered = dataclasses.replace(
        record,
        meetings=record.meetings[::-1],
        competences=record.competences[::-1],
        plan=dataclasses.replace(
            record.plan, strength_competence_ids=record.plan.strength_competence_ids[::-1]
        ),
    )
    writes.statements.clear()

    save(profile, reordered)

    assert not [s for s in writes.statements if not s.startswith("UPDATE")]
    assert _load(profile, record) == reordered


def test_removed_items_are_deleted_with_their_links(profile: OpenedProfile) -> None:
    """Protects deletion: a removed experience takes its episode and link rows with it."""
    record = full_record()
    save(profile, record)
    farm = sid("x.exp.farm")
    fair = sid("x.ep.fair")
    competences = tuple(
        dataclasses.replace(
            c,
            experience_ids=tuple(i for i in c.experience_ids if i != farm),
            episode_ids=tuple(i for i in c.episode_ids if i != fair),
        )
        for c in record.competences
    )
    trimmed = dataclasses.replace(
        record,
        experiences=tuple(e for e in record.experiences if e.id != farm),
        episodes=tuple(e for e in record.episodes if e.id != fair),
        competences=competences,
    )
    before = _counts(profile)

    save(profile, trimmed)

    after = _counts(profile)
    assert after["experience"] == before["experience"] - 1
    assert after["episode"] == before["episode"] - 1
    assert after["competence_experience"] == before["competence_experience"] - 1
    assert after["competence_episode"] == before["competence_episode"] - 1
    assert _load(profile, record) == trimmed


def test_removing_referenced_items_with_their_references(profile: OpenedProfile) -> None:
    """Protects flush order: references are cleared before the items they point at go."""
    record = full_record()
    save(profile, record)
    assert record.plan is not None
    photo_consent, team, law = sid("x.consent.photo"), sid("x.comp.team"), sid("x.area.law")
    evidence = tuple(
        dataclasses.replace(
            e,
            consent_id=None,
            competence_ids=tuple(c for c in e.competence_ids if c != team),
        )
        for e in record.evidence
    )
    actions = tuple(
        dataclasses.replace(a, area_ids=tuple(i for i in a.area_ids if i != law))
        for a in record.plan.actions
    )
    plan = dataclasses.replace(
        record.plan,
        actions=actions,
        strength_competence_ids=tuple(c for c in record.plan.strength_competence_ids if c != team),
    )
    trimmed = dataclasses.replace(
        record,
        consents=tuple(c for c in record.consents if c.id != photo_consent),
        competences=tuple(c for c in record.competences if c.id != team),
        evidence=evidence,
        development_areas=tuple(a for a in record.development_areas if a.id != law),
        plan=plan,
    )

    save(profile, trimmed)

    assert _load(profile, record) == trimmed


def test_reference_moved_to_a_new_item_while_the_old_one_goes(profile: OpenedProfile) -> None:
    """Protects flush order: insert the new target, repoint, then delete the old target."""
    record = full_record()
    save(profile, record)
    farm = sid("x.exp.farm")
    orchard = dataclasses.replace(record.experiences[1], id=sid("x.exp.orchard"), title="Sad")
    episodes = tuple(
        dataclasses.replace(e, experience_id=orchard.id) if e.experience_id == farm else e
        for e in record.episodes
    )
    competences = tuple(
        dataclasses.replace(
            c, experience_ids=tuple(orchard.id if i == farm else i for i in c.experience_ids)
        )
        for c in record.competences
    )
    changed = dataclasses.replace(
        record,
        experiences=tuple(orchard if e.id == farm else e for e in record.experiences),
        episodes=episodes,
        competences=competences,
    )

    save(profile, changed)

    assert _load(profile, record) == changed


def test_new_items_and_links_are_inserted(profile: OpenedProfile) -> None:
    """Protects adding an item that references another new item in the same save."""
    record = full_record()
    save(profile, record)
    new_exp = dataclasses.replace(record.experiences[0], id=sid("new.exp"), title="Nowe")
    linked = dataclasses.replace(
        record.competences[0],
        experience_ids=(new_exp.id, *record.competences[0].experience_ids),
    )
    grown = dataclasses.replace(
        record,
        experiences=(*record.experiences, new_exp),
        competences=(linked, *record.competences[1:]),
    )

    save(profile, grown)

    assert _load(profile, record) == grown


def test_removing_plan_and_feedback_deletes_their_rows(profile: OpenedProfile) -> None:
    """Protects the 1:1 parts: None in the record means no plan, actions or links stored."""
    record = full_record()
    save(profile, record)

    save(profile, dataclasses.replace(record, plan=None, feedback=None))

    counts = _counts(profile)
    assert counts["plan"] == counts["plan_action"] == counts["plan_action_area"] == 0
    assert counts["plan_strength_competence"] == counts["feedback"] == 0
    loaded = _load(profile, record)
    assert loaded.plan is None
    assert loaded.feedback is None


def test_plan_and_feedback_can_be_added_later(profile: OpenedProfile) -> None:
    """Protects creating the 1:1 rows on a balance that had none."""
    record = full_record()
    save(profile, dataclasses.replace(record, plan=None, feedback=None))

    changed = dataclasses.replace(
        record,
        plan=Plan(refined_goal="Cel"),
        feedback=Feedback(form=FeedbackForm.ORAL),
    )
    save(profile, changed)

    assert _load(profile, record) == changed


def test_file_moved_to_another_evidence_item_keeps_its_row(profile: OpenedProfile) -> None:
    """Protects moving an attachment, even when its old evidence item is deleted meanwhile."""
    record = full_record()
    save(profile, record)
    photo, cert = record.evidence
    rowids = _rowids(profile, "evidence_file")
    moved = dataclasses.replace(cert, files=photo.files[::-1])

    changed = dataclasses.replace(record, evidence=(moved,))
    save(profile, changed)

    assert _load(profile, record) == changed
    assert _rowids(profile, "evidence_file") == rowids


def test_audit_log_appends_only_the_new_events(profile: OpenedProfile, writes: _WriteLog) -> None:
    """Protects the audit trail (no ids) from being rewritten on every save."""
    record = full_record()
    save(profile, record)
    event_ = AuditEvent(
        at=NOW + dt.timedelta(minutes=1), actor=sid("x.advisor"), action="finish", entity="balance"
    )
    writes.statements.clear()

    save(profile, dataclasses.replace(record, audit=(*record.audit, event_)), now=event_.at)

    assert sorted(writes.statements) == ["INSERT INTO audit_event", "UPDATE balance SET"]
    assert _load(profile, record).audit == (*record.audit, event_)


def test_decimal_written_form_is_updated(profile: OpenedProfile) -> None:
    """Protects "12.5" → "12.50": equal as numbers, but the document shows what was typed."""
    record = full_record()
    assert record.plan is not None
    first = dataclasses.replace(record.plan.actions[0], estimated_cost_pln=Decimal("12.5"))
    save(
        profile,
        dataclasses.replace(record, plan=dataclasses.replace(record.plan, actions=(first,))),
    )

    second = dataclasses.replace(first, estimated_cost_pln=Decimal("12.50"))
    save(
        profile,
        dataclasses.replace(record, plan=dataclasses.replace(record.plan, actions=(second,))),
    )

    plan = _load(profile, record).plan
    assert plan is not None
    assert str(plan.actions[0].estimated_cost_pln) == "12.50"


def test_changing_the_participant_of_a_balance(profile: OpenedProfile) -> None:
    """Protects re-assigning a balance (e.g. a duplicate participant merged away)."""
    record = full_record()
    save(profile, record)
    other = dataclasses.replace(record.participant, id=sid("other"), last_name="Inna")

    save(profile, dataclasses.replace(record, participant=other))

    assert _load(profile, record).participant == other


# --- refusals ---------------------------------------------------------------------------------


def test_balance_of_an_unsaved_participant_is_refused(profile: OpenedProfile) -> None:
    """Protects the contract that participants are saved first, with a clear message."""
    record = full_record()
    with UnitOfWork(profile.session_factory) as uow, pytest.raises(ValueError, match="saved first"):
        uow.balances.save_record(record, now=NOW)


@pytest.mark.parametrize(
    "breakage",
    ["dangling_episode", "dangling_evidence_consent", "duplicate_id", "duplicate_link"],
)
def test_records_the_schema_cannot_hold_are_refused(profile: OpenedProfile, breakage: str) -> None:
    """Protects the database from half-saved records with broken references or repeated ids."""
    record = full_record()
    if breakage == "dangling_episode":
        record = dataclasses.replace(record, experiences=record.experiences[1:])
    elif breakage == "dangling_evidence_consent":
        record = dataclasses.replace(record, consents=())
    elif breakage == "duplicate_id":
        record = dataclasses.replace(record, meetings=(record.meetings[0], record.meetings[0]))
    else:
        first = record.competences[0]
        doubled = dataclasses.replace(first, experience_ids=first.experience_ids * 2)
        record = dataclasses.replace(record, competences=(doubled, *record.competences[1:]))

    with UnitOfWork(profile.session_factory) as uow:
        uow.participants.save(record.participant, now=NOW)
        with pytest.raises(ValueError):
            uow.balances.save_record(record, now=NOW)


def test_naive_timestamps_are_refused(profile: OpenedProfile) -> None:
    """Protects against local times silently stored as UTC."""
    record = full_record()
    naive = dataclasses.replace(
        record, balance=dataclasses.replace(record.balance, created_at=dt.datetime(2024, 3, 4))
    )
    with UnitOfWork(profile.session_factory) as uow:
        uow.participants.save(record.participant, now=NOW)
        with pytest.raises(Exception, match="naive datetime"):
            uow.balances.save_record(naive, now=NOW)


def test_evidence_without_files_or_links_round_trips(profile: OpenedProfile) -> None:
    """Protects empty child lists (no rows) from coming back as anything but ()."""
    record = full_record()
    bare = Evidence(id=sid("bare"), kind=record.evidence[0].kind, title="Goły")
    changed = dataclasses.replace(record, evidence=(bare,))

    save(profile, changed)

    assert _load(profile, record).evidence == (bare,)
