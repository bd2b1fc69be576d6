"""Audit trail, consent withdrawal, resignation, data-subject export and retention (issue 8)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy import text

from advisor_app.app import OpenedApp, open_app
from advisor_app.domain.audit import COALESCE_WINDOW
from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.enums import BalanceStatus, Variant
from advisor_app.errors import ValidationFailed
from advisor_app.services.container import Services
from advisor_app.services.reports import ReportKind
from advisor_app.sync.codec import parse_document
from tests.helpers.clock import FakeClock
from tests.helpers.domain_factories import finishable_record, make_participant, new_id

START = dt.datetime(2026, 3, 2, 10, 0, tzinfo=dt.UTC)


@pytest.fixture
def clock() -> FakeClock:
    """The profile's clock, moved by the tests."""
    return FakeClock(START)


@pytest.fixture
def opened(data_dir: Path, clock: FakeClock) -> Iterator[OpenedApp]:
    """An open profile in a fresh data directory, on the fake clock."""
    app = open_app(data_dir, clock=clock.now)
    yield app
    app.close()


@pytest.fixture
def services(opened: OpenedApp) -> Services:
    """The services of the open profile."""
    return opened.services


def _events(record: BalanceRecord) -> list[tuple[str, str]]:
    return [(e.action, e.entity) for e in record.audit]


def _sc01_walk(services: Services, clock: FakeClock) -> BalanceRecord:
    """SC01 through the services as the GUI's autosave does: stage by stage, then finish."""
    sc01 = finishable_record()
    services.participants.save(sc01.participant)
    created = services.balances.create(
        sc01.participant.id, variant=Variant.BASIC, project_code="KK"
    )
    intro = dataclasses.replace(
        created.balance,
        starting_situation=sc01.balance.starting_situation,
        reasons=sc01.balance.reasons,
        goal_type=sc01.balance.goal_type,
        planned_meetings=sc01.balance.planned_meetings,
        constraints=sc01.balance.constraints,
        contract=sc01.balance.contract,
    )
    record = dataclasses.replace(created, balance=intro, consents=sc01.consents)
    services.balances.save(record)
    goal = sc01.balance.initial_goal
    for length in range(5, len(goal) + 1, 5):  # keystrokes, autosaved every few seconds
        clock.advance(3)
        balance = dataclasses.replace(record.balance, initial_goal=goal[:length])
        record = dataclasses.replace(record, balance=balance)
        services.balances.save(record)
    clock.advance(3)
    record = dataclasses.replace(
        record, balance=dataclasses.replace(record.balance, initial_goal=goal)
    )
    services.balances.save(record)
    for part in ("meetings", "experiences", "episodes", "competences", "evidence"):
        clock.advance(60)
        record = dataclasses.replace(record, **{part: getattr(sc01, part)})
        services.balances.save(record)
    clock.advance(60)
    record = dataclasses.replace(
        record,
        development_areas=sc01.development_areas,
        plan=sc01.plan,
        feedback=sc01.feedback,
    )
    services.balances.save(record)
    clock.advance(60)
    return services.lifecycle.finish(record.balance.id).record


def test_audit_trail_of_an_sc01_walk(services: Services, clock: FakeClock, tmp_path: Path) -> None:
    """Create, field updates (coalesced), items added, finish, print, export, revise, handover."""
    finished = _sc01_walk(services, clock)
    balance_id = finished.balance.id
    services.audit.record_print(balance_id, "summary")
    services.documents.export_file(balance_id, tmp_path / "bilans.json")
    revised = services.lifecycle.revise(balance_id)
    clock.advance(60)
    services.audit.handover(balance_id, to_advisor="Piotr Nowak", note="Urlop macierzyński")

    stored = services.balances.load(balance_id)
    events = _events(stored)
    assert events[0] == ("create", "balance")
    # The goal was typed in one burst of autosaves: one event, not one per keystroke.
    assert events.count(("update", "balance.initial_goal")) == 1
    for field in ("starting_situation", "reasons", "goal_type", "contract", "constraints"):
        assert ("update", f"balance.{field}") in events
    for kind, items in (
        ("consent", finished.consents),
        ("meeting", finished.meetings),
        ("experience", finished.experiences),
        ("episode", finished.episodes),
        ("competence", finished.competences),
        ("evidence", finished.evidence),
        ("development_area", finished.development_areas),
    ):
        added = {e.entity_id for e in stored.audit if e.action == "add" and e.entity == kind}
        assert added == {item.id for item in items}, kind
    assert ("add", "plan") in events and ("add", "feedback") in events
    tail = [a for a, _ in events if a in {"finish", "print", "export", "revise", "handover"}]
    assert tail == ["finish", "print", "export", "revise", "handover"]
    assert ("print", "report.summary") in events
    advisor = services.profile.advisor_id
    assert {e.actor for e in stored.audit} == {advisor}
    assert [h.to_advisor for h in services.audit.handovers(balance_id)] == ["Piotr Nowak"]
    assert revised.balance.status is BalanceStatus.DRAFT
    # The history view shows the balance's log and the participant's own log, oldest first.
    history = services.audit.history(balance_id)
    assert [h.event for h in history if h.source == "balance"] == list(stored.audit)
    assert (history[0].event.action, history[0].source) == ("create", "participant")
    assert all(h.actor_name == services.profile.advisor_name for h in history)


def test_updates_of_a_field_are_coalesced_per_five_minutes(
    services: Services, clock: FakeClock
) -> None:
    """Saves within the window add no event; after it, the same field gets a new one."""
    participant = make_participant()
    services.participants.save(participant)
    record = services.balances.create(participant.id, variant=Variant.BASIC, project_code="KK")
    for step, text_value in enumerate(("a", "ab", "abc")):
        clock.advance(60 * step)
        balance = dataclasses.replace(record.balance, initial_goal=text_value)
        record = dataclasses.replace(record, balance=balance)
        services.balances.save(record)
    assert (
        _events(services.balances.load(record.balance.id)).count(("update", "balance.initial_goal"))
        == 1
    )
    clock.advance(COALESCE_WINDOW.total_seconds() + 1)
    balance = dataclasses.replace(record.balance, initial_goal="abcd", constraints="x")
    services.balances.save(dataclasses.replace(record, balance=balance))
    events = _events(services.balances.load(record.balance.id))
    assert events.count(("update", "balance.initial_goal")) == 2
    assert events.count(("update", "balance.constraints")) == 1
    # The draft's own (stale) copy of the log never overwrites the stored one.
    stale = dataclasses.replace(record, audit=(), balance=balance)
    services.balances.save(stale)
    assert _events(services.balances.load(record.balance.id)) == events


def test_participant_form_edits_are_audited(services: Services, clock: FakeClock) -> None:
    """Creating and editing a participant outside a balance lands in the participant's log."""
    participant = make_participant()
    services.participants.save(participant)
    clock.advance(10)
    services.participants.save(dataclasses.replace(participant, phone="+48 600 000 000"))
    record = services.balances.create(participant.id, variant=Variant.BASIC, project_code="KK")
    history = services.audit.history(record.balance.id)
    own = [(h.event.action, h.event.entity) for h in history if h.source == "participant"]
    assert own == [("create", "participant"), ("update", "participant.phone")]


def test_audit_is_exported_in_the_document_and_imported_read_only(
    data_dir: Path, services: Services, clock: FakeClock
) -> None:
    """The document's audit list carries the log; another profile keeps it beside its own."""
    finished = _sc01_walk(services, clock)
    document = services.documents.export(finished.balance.id)
    assert [(a.action, a.entity) for a in document.audit] == _events(finished)
    other = open_app(data_dir, "other", clock=clock.now)
    try:
        outcome = other.services.documents.import_bytes(
            services.documents.export_bytes(finished.balance.id)
        )
        imported = other.services.balances.load(outcome.balance_id)
        assert imported.audit == finished.audit
        # A print there grows that log; re-importing the same document is still "unchanged".
        other.services.audit.record_print(outcome.balance_id, "plan")
        again = other.services.documents.import_bytes(
            services.documents.export_bytes(finished.balance.id)
        )
        assert again.action == "unchanged"
        assert other.services.balances.load(outcome.balance_id).audit[-1].action == "print"
    finally:
        other.close()


# --- resignation ------------------------------------------------------------------------------


def test_resignation_keeps_the_legal_minimum_and_blocks_the_summary(
    services: Services, clock: FakeClock
) -> None:
    """Withdrawing a balance erases the content beyond the legal minimum and its files."""
    record = finishable_record()
    services.participants.save(record.participant)
    services.balances.save(record)
    withdrawn = services.lifecycle.withdraw(record.balance.id, "Podjęła pracę")
    stored = services.balances.load(record.balance.id)
    assert stored == withdrawn
    assert stored.balance.status is BalanceStatus.WITHDRAWN
    assert stored.experiences == () and stored.competences == () and stored.evidence == ()
    assert stored.plan is None and stored.feedback is None and stored.balance.initial_goal == ""
    assert [m.date for m in stored.meetings] == [m.date for m in record.meetings]
    assert all(m.notes == "" and m.homework == "" for m in stored.meetings)
    consents = {c.purpose: c for c in stored.consents}
    assert all(
        c.withdrawn_at is not None for c in stored.consents if c.legal_basis.value == "6.1.a"
    )
    assert any(c.active for c in consents.values())  # the legal-obligation basis stays
    tombstones = services.privacy.tombstones()
    assert ("balance_content", record.balance.id) in {(t.entity, t.entity_id) for t in tombstones}
    assert stored.audit[-1].action == "withdraw"
    reports = services.reports
    assert reports.available_kinds(stored) == (ReportKind.RESIGNATION, ReportKind.CONSENT)
    assert ReportKind.RESIGNATION not in reports.available_kinds(record)
    with pytest.raises(ValidationFailed, match="cannot be printed"):
        reports.render(stored, ReportKind.SUMMARY)
    pdf = reports.render(stored, ReportKind.RESIGNATION).pdf
    assert pdf.startswith(b"%PDF")


# --- data-subject export ----------------------------------------------------------------------


def test_participant_export_holds_all_their_balances_and_nobody_else(
    services: Services, clock: FakeClock, tmp_path: Path
) -> None:
    """The zip has every balance and revision of the participant, none of another's data."""
    halina = _sc01_walk(services, clock)
    services.lifecycle.revise(halina.balance.id)
    second = services.balances.create(
        halina.participant.id, variant=Variant.BASIC, project_code="KKZ"
    )
    other = make_participant(
        id=new_id(), first_name="Zbigniew", last_name="Odrębny", pesel=None, phone="+48 555 999 111"
    )
    services.participants.save(other)
    theirs = services.balances.create(other.id, variant=Variant.BASIC, project_code="KK")

    target = tmp_path / "halina.zip"
    result = services.privacy.export_participant(halina.participant.id, target)

    assert set(result.balance_ids) == {halina.balance.id, second.balance.id}
    assert result.revisions == 1
    with zipfile.ZipFile(target) as archive:
        names = archive.namelist()
        contents = b"".join(archive.read(n) for n in names if not n.endswith(".pdf"))
        meta = json.loads(archive.read("participant.json"))
        current = {
            n.split("/")[1]: parse_document(archive.read(n))
            for n in names
            if n.endswith("current.json")
        }
        assert archive.read("copy.pdf").startswith(b"%PDF")
    assert meta["participant"]["id"] == str(halina.participant.id)
    assert set(current) == {str(halina.balance.id), str(second.balance.id)}
    assert all(d.participant.id == halina.participant.id for d in current.values())
    assert f"balances/{halina.balance.id}/revisions/{halina.balance.revision_id}.json" in names
    for foreign in (str(other.id), str(theirs.balance.id), "Odrębny", "Zbigniew", "555 999 111"):
        assert foreign.encode() not in contents
    assert services.balances.load(halina.balance.id).audit[-1].action == "export_participant"


# --- retention --------------------------------------------------------------------------------


def _finish_copy(services: Services, name: str) -> BalanceRecord:
    base = finishable_record()
    participant = dataclasses.replace(base.participant, id=new_id(), last_name=name, pesel=None)
    services.participants.save(participant)
    created = services.balances.create(participant.id, variant=Variant.BASIC, project_code="KK")
    record = dataclasses.replace(
        base,
        balance=dataclasses.replace(
            base.balance, id=created.balance.id, revision_id=created.balance.revision_id
        ),
        participant=participant,
        audit=created.audit,
    )
    record = _fresh_item_ids(record)
    services.balances.save(record)
    return services.lifecycle.finish(record.balance.id).record


def _fresh_item_ids(record: BalanceRecord) -> BalanceRecord:
    """The record with new IDs for every item (item IDs are global across balances)."""
    from advisor_app.sync.codec import dump_document
    from advisor_app.sync.mapping import document_from_record, record_from_document

    raw = dump_document(document_from_record(record, exported_at=START)).decode()
    keep = {str(record.balance.id), str(record.balance.revision_id), str(record.participant.id)}
    keep |= {str(e.actor) for e in record.audit} | {str(c.witnessed_by) for c in record.consents}
    import re

    for old in set(
        re.findall(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", raw)
    ):
        if old not in keep:
            raw = raw.replace(old, str(new_id()))
    return record_from_document(parse_document(raw.encode()))


def _set_outbox(opened: OpenedApp, balance_id: UUID, state: str, at: dt.datetime | None) -> None:
    with opened.gate.engine.begin() as conn:
        conn.execute(
            text("UPDATE outbox SET state = :s, acknowledged_at = :a WHERE entity_id = :b"),
            {
                "s": state,
                "a": None if at is None else at.replace(tzinfo=None),
                "b": str(balance_id),
            },
        )


def _set_revision_state(opened: OpenedApp, revision_id: UUID, state: str, at: dt.datetime) -> None:
    with opened.gate.engine.begin() as conn:
        conn.execute(
            text("UPDATE outbox SET state = :s, acknowledged_at = :a WHERE revision_id = :r"),
            {"s": state, "a": at.replace(tzinfo=None), "r": str(revision_id)},
        )


def test_purge_removes_only_old_acknowledged_balances(
    opened: OpenedApp, services: Services, clock: FakeClock
) -> None:
    """Acknowledged and old: purged; queued, synced, recent, draft or withdrawn: kept."""
    old_acked = _finish_copy(services, "Stara")
    queued = _finish_copy(services, "Wkolejce")
    synced = _finish_copy(services, "Wyslana")
    recent = _finish_copy(services, "Swieza")
    draft = finishable_record()
    services.participants.save(draft.participant)
    services.balances.save(draft)
    long_ago = START - dt.timedelta(days=200)
    _set_outbox(opened, old_acked.balance.id, "acknowledged", long_ago)
    _set_outbox(opened, synced.balance.id, "synced", long_ago)
    _set_outbox(opened, recent.balance.id, "acknowledged", START - dt.timedelta(days=10))

    summary = services.privacy.purge_acknowledged(dt.timedelta(days=90))

    assert [b.balance_id for b in summary.balances] == [old_acked.balance.id]
    assert "Stara" in summary.text()
    remaining = {r.balance_id for r in services.participants.rows() if r.balance_id}
    assert remaining == {queued.balance.id, synced.balance.id, recent.balance.id, draft.balance.id}
    assert services.lifecycle.revisions(old_acked.balance.id) == ()
    for kept in (queued, synced, recent):
        assert services.balances.load(kept.balance.id) == kept
    # Two revisions: an older one superseded + the current acknowledged → purged; the current
    # one acknowledged but an older one rejected (unsynced work) → kept.
    superseded = _finish_copy(services, "Nadpisana")
    services.lifecycle.revise(superseded.balance.id)
    superseded_now = services.lifecycle.finish(superseded.balance.id).record
    rejected = _finish_copy(services, "Odrzucona")
    services.lifecycle.revise(rejected.balance.id)
    rejected_now = services.lifecycle.finish(rejected.balance.id).record
    for item, state in (
        (superseded.balance.revision_id, "superseded"),
        (superseded_now.balance.revision_id, "acknowledged"),
        (rejected.balance.revision_id, "rejected"),
        (rejected_now.balance.revision_id, "acknowledged"),
    ):
        _set_revision_state(opened, item, state, long_ago)
    again = services.privacy.purge_acknowledged(dt.timedelta(days=90))
    assert [b.balance_id for b in again.balances] == [superseded.balance.id]
    assert services.balances.load(rejected.balance.id) == rejected_now
    # A balance revised after acknowledgement is a draft again: never purged.
    services.lifecycle.revise(recent.balance.id)
    clock.advance(dt.timedelta(days=365).total_seconds())
    assert services.privacy.purge_acknowledged(dt.timedelta(days=90)).balances == ()
