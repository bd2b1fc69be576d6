"""Use cases on a real encrypted profile: drafts keep what was typed, limits hold, demo loads."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from advisor_app.app import OpenedApp, open_app
from advisor_app.domain.enums import BalanceStatus, Variant
from advisor_app.errors import ConflictError, InvalidImportFile, NotFound, ValidationFailed
from advisor_app.services.container import Services
from advisor_app.sync.codec import dump_document
from advisor_app.sync.mapping import document_from_record
from tests.helpers.domain_factories import finishable_record, make_participant, new_id


@pytest.fixture
def opened(data_dir: Path) -> Iterator[OpenedApp]:
    """An open profile in a fresh data directory (in-memory keyring)."""
    app = open_app(data_dir)
    yield app
    app.close()


@pytest.fixture
def services(opened: OpenedApp) -> Services:
    """The services of the open profile."""
    return opened.services


def test_draft_participant_keeps_a_flagged_pesel(services: Services) -> None:
    """A PESEL with a wrong control digit is saved as typed and reported, not refused."""
    participant = make_participant(id=new_id(), pesel="44051401358", birth_date=None)
    result = services.participants.save(participant)
    assert [i.code for i in result.issues] == ["invalid_checksum"]
    assert services.participants.get(participant.id).pesel == "44051401358"


def test_over_long_text_is_refused_with_issues(services: Services) -> None:
    """A 100,000-character paste into a name is refused with the field named."""
    participant = make_participant(id=new_id(), last_name="x" * 100_000)
    with pytest.raises(ValidationFailed, match=r"participant\.last_name") as error:
        services.participants.save(participant)
    assert {i.code for i in error.value.issues} == {"too_long"}
    with pytest.raises(NotFound):
        services.participants.get(participant.id)


def test_new_balance_belongs_to_the_profile_advisor(services: Services) -> None:
    """A new balance is a draft of the profile's advisor, with a creation audit entry."""
    participant = make_participant(id=new_id())
    services.participants.save(participant)
    record = services.balances.create(participant.id, variant=Variant.IN_DEPTH, project_code="KK")
    loaded = services.balances.load(record.balance.id)
    assert loaded == record
    assert loaded.balance.status is BalanceStatus.DRAFT
    assert loaded.balance.advisor_id == services.profile.advisor_id
    assert [a.action for a in loaded.audit] == ["create"]


def test_balance_for_unknown_participant_is_not_found(services: Services) -> None:
    """Creating a balance for a participant that does not exist fails cleanly."""
    with pytest.raises(NotFound):
        services.balances.create(new_id(), variant=Variant.BASIC, project_code="KK")


def test_save_returns_remaining_finish_issues(services: Services) -> None:
    """Saving a half-done draft stores it and lists what is still missing."""
    record = finishable_record()
    services.participants.save(record.participant)
    draft = dataclasses.replace(record, plan=None)
    result = services.balances.save(draft)
    assert any(i.code == "plan_missing" for i in result.issues)
    assert services.balances.load(record.balance.id) == draft


def test_finished_balance_cannot_change(services: Services) -> None:
    """A finished revision is never mutated through the draft save."""
    record = finishable_record()
    finished = dataclasses.replace(
        record, balance=dataclasses.replace(record.balance, status=BalanceStatus.FINISHED)
    )
    with pytest.raises(ValidationFailed, match="only drafts can change"):
        services.balances.save(finished)


def test_demo_data_loads_once(services: Services) -> None:
    """The empty profile offers demo data; loading it twice adds nothing the second time."""
    assert services.demo.is_empty()
    first = services.demo.load_demo()
    assert len(first.balance_ids) == 8
    assert not services.demo.is_empty()
    assert services.demo.load_demo().empty
    assert services.participants.count_rows() == 8


def test_search_ignores_accents_and_case(services: Services) -> None:
    """Typing without Polish letters finds names written with them."""
    services.demo.load_demo()
    rows = services.participants.rows("cieslak")
    assert [r.last_name for r in rows] == ["Cieślak"]
    assert services.participants.count_rows("ZOFIA gręboszów") == 1
    assert services.participants.count_rows("nobody-like-this") == 0


def test_reopening_keeps_the_advisor_identity(data_dir: Path) -> None:
    """The local advisor ID is created once and survives reopening the profile."""
    first = open_app(data_dir)
    advisor = first.services.profile.advisor_id
    first.close()
    second = open_app(data_dir)
    assert second.services.profile.advisor_id == advisor
    second.close()


def test_document_with_repeated_item_ids_is_refused(services: Services) -> None:
    """Two evidence items with one ID are an invalid file, not a crash."""

    record = finishable_record()
    twice = dataclasses.replace(record, evidence=(record.evidence[0], record.evidence[0]))
    raw = dump_document(document_from_record(twice, exported_at=record.balance.created_at))
    with pytest.raises(InvalidImportFile, match=r"'evidence\.id'.*same identifier"):
        services.documents.import_bytes(raw, source="twice.json")


def test_copied_document_with_new_balance_id_is_a_conflict(services: Services) -> None:
    """Item IDs already used by another balance give a clear conflict, not an SQL error."""

    record = finishable_record()
    original = dump_document(document_from_record(record, exported_at=record.balance.created_at))
    services.documents.import_bytes(original)
    copy = dataclasses.replace(
        record,
        balance=dataclasses.replace(record.balance, id=new_id(), revision_id=new_id()),
    )
    raw = dump_document(document_from_record(copy, exported_at=record.balance.created_at))
    with pytest.raises(ConflictError, match="item IDs that belong to another balance"):
        services.documents.import_bytes(raw)
    assert services.participants.count_rows() == 1
