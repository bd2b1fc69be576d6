"""Saves that compare only what changed since the last stored snapshot stay correct."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from advisor_app.domain.editing import remove_competence, update_item
from advisor_app.domain.entities import BalanceRecord
from advisor_app.storage.profile import OpenedProfile
from advisor_app.storage.snapshots import RecordSnapshots
from advisor_app.storage.unit_of_work import UnitOfWork
from tests.unit.storage.storage_support import full_record, open_test_profile

T0 = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[OpenedProfile]:
    """An encrypted profile holding the full record."""
    opened = open_test_profile(tmp_path)
    yield opened
    opened.engine.dispose()


def _save(
    profile: OpenedProfile, record: BalanceRecord, snapshots: RecordSnapshots | None, at: int
) -> None:
    now = T0 + dt.timedelta(seconds=at)
    with UnitOfWork(profile.session_factory, snapshots) as uow:
        uow.participants.save(record.participant, now=now)
        uow.balances.save_record(record, now=now)
        uow.commit()


def _load(profile: OpenedProfile) -> BalanceRecord:
    with UnitOfWork(profile.session_factory) as uow:
        record = uow.balances.get_record(full_record().balance.id)
    assert record is not None
    return record


def _with_action(record: BalanceRecord, text: str) -> BalanceRecord:
    episode = record.episodes[0]
    return dataclasses.replace(
        record,
        episodes=update_item(
            record.episodes, episode.id, lambda e: dataclasses.replace(e, action=text)
        ),
    )


def _count_statements(profile: OpenedProfile) -> list[str]:
    statements: list[str] = []
    event.listen(
        profile.engine,
        "before_cursor_execute",
        lambda conn, cursor, statement, *args: statements.append(statement),
    )
    return statements


def test_edit_of_one_episode_loads_only_episodes(profile: OpenedProfile) -> None:
    """With a current snapshot, a one-field save reads the episodes, not every collection."""
    snapshots = RecordSnapshots()
    record = full_record()
    _save(profile, record, snapshots, at=0)
    statements = _count_statements(profile)
    changed = _with_action(record, "Policzyła towar po powodzi i spisała straty.")
    _save(profile, changed, snapshots, at=1)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert any("FROM episode" in s for s in selects)
    assert not any("FROM competence" in s or "FROM evidence" in s for s in selects)
    assert _load(profile) == changed


def test_write_by_someone_else_falls_back_to_a_full_comparison(profile: OpenedProfile) -> None:
    """A snapshot made stale by another writer never hides a difference."""
    snapshots = RecordSnapshots()
    record = full_record()
    _save(profile, record, snapshots, at=0)
    # Another writer (an import, another process) removes the competences.
    without = record
    for competence in record.competences:
        without = remove_competence(without, competence.id)
    _save(profile, without, None, at=1)
    # The view still believes the original is stored and edits one episode.
    edited = _with_action(record, "Nowy opis działania")
    _save(profile, edited, snapshots, at=2)
    assert _load(profile) == edited


def test_rolled_back_save_does_not_fool_the_next_one(profile: OpenedProfile) -> None:
    """A save whose transaction never committed leaves no trusted snapshot behind."""
    snapshots = RecordSnapshots()
    record = full_record()
    _save(profile, record, snapshots, at=0)
    lost = _with_action(record, "lost")
    with UnitOfWork(profile.session_factory, snapshots) as uow:
        uow.balances.save_record(lost, now=T0 + dt.timedelta(seconds=1))
        # no commit: rolled back on exit
    again = dataclasses.replace(lost, meetings=())
    _save(profile, again, snapshots, at=2)
    assert _load(profile) == again


def test_capacity_forgets_the_oldest() -> None:
    """The map stays small: the least recently used balance is dropped first."""
    snapshots = RecordSnapshots(capacity=1)
    record = full_record()
    other = dataclasses.replace(
        record, balance=dataclasses.replace(record.balance, id=record.participant.id)
    )
    snapshots.put(record.balance.id, T0, record)
    snapshots.put(other.balance.id, T0, other)
    assert snapshots.get(record.balance.id) is None
    assert snapshots.get(other.balance.id) is not None
