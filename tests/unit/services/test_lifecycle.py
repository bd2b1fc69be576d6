"""Finishing, revising and withdrawing balances on a real encrypted profile (issue 4, items 5–6)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest
from sqlalchemy.orm import sessionmaker

from advisor_app.app import OpenedApp, open_app
from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.enums import BalanceStatus
from advisor_app.errors import ConflictError, NotFound, ValidationFailed
from advisor_app.services.container import Services
from advisor_app.storage.repositories import OutboxEntry, RevisionEntry, RevisionRepository
from advisor_app.storage.unit_of_work import UnitOfWork
from advisor_app.sync.codec import dump_document, parse_document
from advisor_app.sync.mapping import document_from_record, record_from_document
from tests.helpers.clock import FakeClock
from tests.helpers.domain_factories import finishable_record

START = dt.datetime(2026, 3, 2, 10, 15, 30, 250_000, tzinfo=dt.UTC)


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


def _store(services: Services, record: BalanceRecord) -> BalanceRecord:
    """Store a draft through the services, as the GUI's autosave does."""
    services.participants.save(record.participant)
    services.balances.save(record)
    return record


def _rows(
    opened: OpenedApp, revision_id: UUID
) -> tuple[RevisionEntry | None, tuple[OutboxEntry, ...]]:
    """The stored revision with this ID and the whole outbox, read in a session of its own."""
    with UnitOfWork(sessionmaker(bind=opened.engine, expire_on_commit=False)) as uow:
        return uow.revisions.get(revision_id), uow.revisions.outbox()


def _incomplete() -> BalanceRecord:
    """The SC01 balance without meetings, plan and feedback."""
    return dataclasses.replace(finishable_record(), meetings=(), plan=None, feedback=None)


def test_finish_is_refused_with_every_unmet_rule(opened: OpenedApp, services: Services) -> None:
    """An incomplete draft is not finished; the error names each unmet rule in stage order."""
    record = _store(services, _incomplete())
    with pytest.raises(ValidationFailed) as refused:
        services.lifecycle.finish(record.balance.id)
    assert str(refused.value) == (f"cannot finish balance {record.balance.id}: 3 rules are not met")
    assert [(i.stage.value, i.field, i.code) for i in refused.value.issues] == [
        ("intro", "meetings", "meeting_missing"),
        ("plan", "plan.actions", "plan_missing"),
        ("plan", "feedback.form", "feedback_missing"),
    ]
    loaded = services.balances.load(record.balance.id)
    assert loaded.balance.status is BalanceStatus.DRAFT
    assert _rows(opened, record.balance.revision_id) == (None, ())


def test_finish_freezes_the_revision_and_queues_it(
    opened: OpenedApp, services: Services, clock: FakeClock
) -> None:
    """Finishing stores status, finish time, the hashed document and a queued outbox row."""
    record = _store(services, finishable_record())
    clock.advance(60)
    outcome = services.lifecycle.finish(record.balance.id)

    loaded = services.balances.load(record.balance.id)
    assert loaded == outcome.record
    assert loaded.balance.status is BalanceStatus.FINISHED
    assert loaded.balance.finished_at == clock.now() == outcome.finished_at
    assert [a.action for a in loaded.audit] == ["create", "finish"]
    assert loaded.audit[-1].actor == services.profile.advisor_id

    revision, outbox = _rows(opened, record.balance.revision_id)
    assert revision is not None
    assert revision.revision_id == outcome.revision_id == record.balance.revision_id
    assert revision.base_revision_id is None
    assert revision.status == "finished" and revision.schema_version == 1
    assert revision.sha256 == hashlib.sha256(revision.payload).hexdigest() == outcome.sha256
    assert revision.created_at == clock.now()
    document = parse_document(revision.payload)
    assert document.exported_at == loaded.balance.finished_at
    assert record_from_document(document) == loaded

    (queued,) = outbox
    assert (queued.kind, queued.state, queued.attempts, queued.seq) == (
        "balance_revision",
        "queued",
        0,
        outcome.outbox_seq,
    )
    assert queued.entity_id == record.balance.id
    assert queued.revision_id == revision.revision_id
    assert queued.payload == revision.payload and queued.payload_sha256 == revision.sha256
    assert queued.created_at == clock.now()


def test_finish_is_one_transaction(
    opened: OpenedApp, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When queueing fails, nothing of the finish is stored and a later finish still works."""
    record = _store(services, finishable_record())

    def broken_enqueue(self: RevisionRepository, entry: OutboxEntry) -> OutboxEntry:
        raise RuntimeError("outbox insert failed")

    with monkeypatch.context() as patch:
        patch.setattr(RevisionRepository, "enqueue", broken_enqueue)
        with pytest.raises(RuntimeError, match="outbox insert failed"):
            services.lifecycle.finish(record.balance.id)

    loaded = services.balances.load(record.balance.id)
    assert loaded.balance.status is BalanceStatus.DRAFT
    assert loaded.balance.finished_at is None
    assert [a.action for a in loaded.audit] == ["create"]
    assert _rows(opened, record.balance.revision_id) == (None, ())
    outcome = services.lifecycle.finish(record.balance.id)
    assert services.balances.load(record.balance.id) == outcome.record


def test_a_finished_balance_refuses_changes_and_a_second_finish(services: Services) -> None:
    """Draft saves of a finished balance are refused, even a stale copy still marked draft."""
    record = _store(services, finishable_record())
    outcome = services.lifecycle.finish(record.balance.id)
    with pytest.raises(ValidationFailed, match="only drafts can change"):
        services.balances.save(outcome.record)
    stale = dataclasses.replace(
        record, balance=dataclasses.replace(record.balance, initial_goal="Zmieniony cel")
    )
    with pytest.raises(ValidationFailed, match="only drafts can change"):
        services.balances.save(stale)
    with pytest.raises(ValidationFailed, match="is finished; only a draft balance can be finished"):
        services.lifecycle.finish(record.balance.id)
    assert services.balances.load(record.balance.id) == outcome.record


def test_revise_starts_a_new_draft_and_keeps_the_finished_revision(
    opened: OpenedApp, services: Services, clock: FakeClock
) -> None:
    """Revise gives a new draft revision based on the finished one, which stays frozen."""
    record = _store(services, finishable_record())
    finished = services.lifecycle.finish(record.balance.id)
    frozen_before, _ = _rows(opened, finished.revision_id)
    clock.advance(3600)

    draft = services.lifecycle.revise(record.balance.id)
    assert draft.balance.status is BalanceStatus.DRAFT
    assert draft.balance.finished_at is None
    assert draft.balance.revision_id != finished.revision_id
    assert draft.balance.revision_id.version == 7
    assert draft.balance.base_revision_id == finished.revision_id
    assert [a.action for a in draft.audit] == ["create", "finish", "revise"]
    assert services.balances.load(record.balance.id) == draft

    frozen_after, outbox = _rows(opened, finished.revision_id)
    assert frozen_after == frozen_before
    assert len(outbox) == 1
    assert _rows(opened, draft.balance.revision_id)[0] is None
    edited = dataclasses.replace(
        draft, balance=dataclasses.replace(draft.balance, initial_goal="Poprawiony cel")
    )
    services.balances.save(edited)  # the new revision is an ordinary draft
    with pytest.raises(ValidationFailed, match="only a finished balance can be revised"):
        services.lifecycle.revise(record.balance.id)

    second = services.lifecycle.finish(record.balance.id)
    assert [r.revision_id for r in services.lifecycle.revisions(record.balance.id)] == [
        finished.revision_id,
        second.revision_id,
    ]
    latest = services.lifecycle.revisions(record.balance.id)[-1]
    assert latest.base_revision_id == finished.revision_id
    assert latest.status is BalanceStatus.FINISHED
    assert latest.sha256 == second.sha256
    assert [item.seq for item in _rows(opened, second.revision_id)[1]] == [1, 2]


def test_withdraw_records_date_and_reason_and_makes_it_read_only(
    services: Services, clock: FakeClock
) -> None:
    """A withdrawn draft keeps its date and reason; it can no longer be saved or finished."""
    record = _store(services, finishable_record())
    with pytest.raises(ValidationFailed, match="needs its reason"):
        services.lifecycle.withdraw(record.balance.id, "   ")
    with pytest.raises(ValidationFailed, match="longer than 300"):
        services.lifecycle.withdraw(record.balance.id, "x" * 301)

    withdrawn = services.lifecycle.withdraw(record.balance.id, "  Podjęła pracę za granicą. ")
    loaded = services.balances.load(record.balance.id)
    assert loaded == withdrawn
    assert loaded.balance.status is BalanceStatus.WITHDRAWN
    assert loaded.balance.withdrawn_at == clock.now()
    assert loaded.balance.withdrawal_reason == "Podjęła pracę za granicą."
    assert loaded.audit[-1].action == "withdraw"
    with pytest.raises(ValidationFailed, match="only drafts can change"):
        services.balances.save(record)
    with pytest.raises(ValidationFailed, match="is withdrawn"):
        services.lifecycle.finish(record.balance.id)
    with pytest.raises(ValidationFailed, match="is withdrawn"):
        services.lifecycle.revise(record.balance.id)


def test_a_finished_balance_cannot_be_withdrawn(services: Services) -> None:
    """Withdrawal is for drafts: a finished revision is frozen."""
    record = _store(services, finishable_record())
    services.lifecycle.finish(record.balance.id)
    with pytest.raises(ValidationFailed, match="only a draft balance can be withdrawn"):
        services.lifecycle.withdraw(record.balance.id, "Rezygnacja")


def test_unknown_balance_is_not_found(services: Services) -> None:
    """Every lifecycle action on an unknown ID is a NotFound."""
    unknown = finishable_record().balance.id
    with pytest.raises(NotFound):
        services.lifecycle.finish(unknown)
    with pytest.raises(NotFound):
        services.lifecycle.revise(unknown)
    with pytest.raises(NotFound):
        services.lifecycle.withdraw(unknown, "Rezygnacja")
    assert services.lifecycle.revisions(unknown) == ()


def test_export_of_a_finished_balance_is_the_frozen_snapshot(
    opened: OpenedApp, services: Services, clock: FakeClock
) -> None:
    """The export's content is the stored snapshot; only exported_at is the export time."""
    record = _store(services, finishable_record())
    outcome = services.lifecycle.finish(record.balance.id)
    clock.advance(86_400)
    exported = services.documents.export(record.balance.id)
    revision, _ = _rows(opened, outcome.revision_id)
    assert revision is not None
    snapshot = parse_document(revision.payload)
    assert exported.exported_at == clock.now()
    assert exported.model_copy(update={"exported_at": snapshot.exported_at}) == snapshot
    assert exported.balance.status is BalanceStatus.FINISHED
    assert exported.balance.revision_id == outcome.revision_id
    assert exported.balance.finished_at == outcome.finished_at


def test_imported_finished_balance_is_finished_read_only_and_not_queued(
    services: Services, data_dir: Path, tmp_path: Path
) -> None:
    """The export imported into a fresh profile is finished, read-only and has its revision."""
    record = _store(services, finishable_record())
    outcome = services.lifecycle.finish(record.balance.id)
    raw = services.documents.export_bytes(record.balance.id)

    other = open_app(tmp_path / "other")
    try:
        imported = other.services.documents.import_bytes(raw, source="export.json")
        loaded = other.services.balances.load(imported.balance_id)
        assert loaded.balance.status is BalanceStatus.FINISHED
        assert loaded.balance.revision_id == outcome.revision_id
        assert loaded == outcome.record
        with pytest.raises(ValidationFailed, match="only drafts can change"):
            other.services.balances.save(
                dataclasses.replace(
                    loaded, balance=dataclasses.replace(loaded.balance, status=BalanceStatus.DRAFT)
                )
            )
        (info,) = other.services.lifecycle.revisions(record.balance.id)
        assert (info.revision_id, info.sha256) == (outcome.revision_id, outcome.sha256)
        revision, outbox = _rows(other, outcome.revision_id)
        assert revision is not None and outbox == ()
        again = other.services.documents.export_bytes(record.balance.id)
        assert parse_document(again).model_dump(exclude={"exported_at"}) == parse_document(
            raw
        ).model_dump(exclude={"exported_at"})
        # Importing it again changes nothing, and it can be revised like a local one.
        assert other.services.documents.import_bytes(raw).action.value == "unchanged"
        revised = other.services.lifecycle.revise(record.balance.id)
        assert revised.balance.base_revision_id == outcome.revision_id
    finally:
        other.close()


def test_import_cannot_change_a_finished_revision(services: Services) -> None:
    """A document claiming a stored finished revision with other content is a conflict."""
    record = _store(services, finishable_record())
    outcome = services.lifecycle.finish(record.balance.id)
    altered = dataclasses.replace(
        outcome.record,
        balance=dataclasses.replace(outcome.record.balance, initial_goal="Inny cel"),
    )
    assert altered.balance.finished_at is not None
    raw = dump_document(document_from_record(altered, exported_at=altered.balance.finished_at))
    with pytest.raises(ConflictError, match="is finished here with different content"):
        services.documents.import_bytes(raw, replace=True)
    assert services.balances.load(record.balance.id) == outcome.record
