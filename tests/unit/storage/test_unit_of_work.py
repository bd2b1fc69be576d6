"""UnitOfWork transaction boundaries and the profile settings repository."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from advisor_app.storage.profile import OpenedProfile
from advisor_app.storage.unit_of_work import UnitOfWork
from tests.unit.storage.storage_support import NOW, open_test_profile, participant


@pytest.fixture
def profile(data_dir: Path) -> Iterator[OpenedProfile]:
    """An encrypted, migrated test profile, closed after the test."""
    opened = open_test_profile(data_dir)
    try:
        yield opened
    finally:
        opened.engine.dispose()


def _participant_count(profile: OpenedProfile) -> int:
    with UnitOfWork(profile.session_factory) as uow:
        return uow.participants.count()


def test_commit_makes_the_work_durable(profile: OpenedProfile) -> None:
    """Protects the normal path: committed work is visible to the next unit of work."""
    with UnitOfWork(profile.session_factory) as uow:
        uow.participants.save(participant("a", "Anna", "Nowak"), now=NOW)
        uow.commit()

    assert _participant_count(profile) == 1


def test_leaving_without_commit_rolls_back(profile: OpenedProfile) -> None:
    """Protects against half-done use cases becoming durable because commit was forgotten."""
    with UnitOfWork(profile.session_factory) as uow:
        uow.participants.save(participant("a", "Anna", "Nowak"), now=NOW)
        assert uow.participants.count() == 1  # flushed, visible inside the transaction

    assert _participant_count(profile) == 0


def test_exception_rolls_back_and_propagates(profile: OpenedProfile) -> None:
    """Protects against a failing use case leaving part of its writes behind."""
    with pytest.raises(KeyError), UnitOfWork(profile.session_factory) as uow:
        uow.participants.save(participant("a", "Anna", "Nowak"), now=NOW)
        raise KeyError("boom")

    assert _participant_count(profile) == 0


def test_work_after_commit_needs_another_commit(profile: OpenedProfile) -> None:
    """Protects the rule that only committed work survives, also after a first commit."""
    with UnitOfWork(profile.session_factory) as uow:
        uow.participants.save(participant("a", "Anna", "Nowak"), now=NOW)
        uow.commit()
        uow.participants.save(participant("b", "Jan", "Lis"), now=NOW)

    assert _participant_count(profile) == 1


def test_session_is_closed_on_exit(profile: OpenedProfile) -> None:
    """Protects the one-job session rule: nothing of the session survives the with block."""
    sessions: list[Session] = []

    def factory() -> Session:
        session = profile.session_factory()
        sessions.append(session)
        return session

    with UnitOfWork(factory) as uow:
        uow.participants.count()
        assert sessions[0].in_transaction()

    assert not sessions[0].in_transaction()
    assert len(sessions[0].identity_map) == 0


def test_unit_of_work_is_not_reentrant(profile: OpenedProfile) -> None:
    """Protects against two nested blocks sharing (and closing) one session."""
    uow = UnitOfWork(profile.session_factory)
    with uow, pytest.raises(RuntimeError):
        uow.__enter__()


def test_commit_outside_the_block_is_an_error(profile: OpenedProfile) -> None:
    """Protects against committing a session that no longer exists."""
    uow = UnitOfWork(profile.session_factory)
    with pytest.raises(RuntimeError):
        uow.commit()


def test_profile_settings_round_trip(profile: OpenedProfile) -> None:
    """Protects profile settings (advisor id and name): unset, set, replaced."""
    with UnitOfWork(profile.session_factory) as uow:
        assert uow.meta.get("advisor_name") is None
        uow.meta.set("advisor_name", "Joanna Kurek")
        uow.meta.set("advisor_name", "Joanna Kurek-Łęcka")
        uow.meta.set("advisor_id", "0190f5a4-0000-7000-8000-000000000001")
        uow.commit()

    with UnitOfWork(profile.session_factory) as uow:
        assert uow.meta.get("advisor_name") == "Joanna Kurek-Łęcka"
        assert uow.meta.get("advisor_id") == "0190f5a4-0000-7000-8000-000000000001"
