"""ParticipantRepository: exact round trips, updated_at, and the main list's search and paging."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor_app.domain.entities import Balance, BalanceRecord, IdDocument, Participant
from advisor_app.domain.enums import (
    AccessibilityNeed,
    EducationLevel,
    IdDocumentKind,
    LabourMarketStatus,
    Sex,
)
from advisor_app.domain.listing import BalanceListRow
from advisor_app.storage.profile import OpenedProfile
from advisor_app.storage.unit_of_work import UnitOfWork
from tests.helpers.domain_factories import sid
from tests.unit.storage.storage_support import NOW, open_test_profile, participant


@pytest.fixture
def profile(data_dir: Path) -> Iterator[OpenedProfile]:
    """An encrypted, migrated test profile, closed after the test."""
    opened = open_test_profile(data_dir)
    try:
        yield opened
    finally:
        opened.engine.dispose()


def _save_participants(profile: OpenedProfile, *people: Participant) -> None:
    with UnitOfWork(profile.session_factory) as uow:
        for person in people:
            uow.participants.save(person, now=NOW)
        uow.commit()


def _save_balance(
    profile: OpenedProfile, person: Participant, name: str, created_days: int = 0
) -> Balance:
    balance = Balance(
        id=sid(f"balance.{name}"),
        revision_id=sid(f"revision.{name}"),
        advisor_id=sid("advisor"),
        advisor_name="Joanna Kurek",
        created_at=dt.datetime(2024, 1, 1, tzinfo=dt.UTC) + dt.timedelta(days=created_days),
        project_code=name.upper(),
    )
    with UnitOfWork(profile.session_factory) as uow:
        uow.balances.save_record(BalanceRecord(balance=balance, participant=person), now=NOW)
        uow.commit()
    return balance


def _rows(
    profile: OpenedProfile, query: str, offset: int = 0, limit: int = 100
) -> tuple[BalanceListRow, ...]:
    with UnitOfWork(profile.session_factory) as uow:
        return uow.participants.list_rows(query, offset, limit)


def _names(rows: tuple[BalanceListRow, ...]) -> list[str]:
    return [row.display_name for row in rows]


def _count(profile: OpenedProfile, query: str) -> int:
    with UnitOfWork(profile.session_factory) as uow:
        return uow.participants.count_rows(query)


# --- round trip -------------------------------------------------------------------------------

_texts = st.text(max_size=300)
_optional_texts = st.none() | _texts


@st.composite
def _any_participant(draw: st.DrawFn) -> Participant:
    """Participants with arbitrary Unicode in every text field (drafts keep whatever was typed)."""
    return Participant(
        id=draw(st.uuids()),
        first_name=draw(_texts),
        last_name=draw(_texts),
        education_level=draw(st.sampled_from(EducationLevel)),
        labour_market_status=draw(st.sampled_from(LabourMarketStatus)),
        pesel=draw(_optional_texts),
        id_document=draw(
            st.none() | st.builds(IdDocument, kind=st.sampled_from(IdDocumentKind), number=_texts)
        ),
        birth_date=draw(st.none() | st.dates()),
        sex=draw(st.none() | st.sampled_from(Sex)),
        gmina=draw(_texts),
        powiat=draw(_texts),
        locality=draw(_texts),
        phone=draw(_optional_texts),
        email=draw(_optional_texts),
        citizenship=draw(_texts),
        residence_basis=draw(_optional_texts),
        disability=draw(st.none() | st.booleans()),
        disability_document=draw(_optional_texts),
        communication_language=draw(_texts),
        accessibility_needs=tuple(draw(st.lists(st.sampled_from(AccessibilityNeed), max_size=4))),
        intake_channel=draw(_optional_texts),
        participation_start=draw(st.none() | st.dates()),
    )


def test_any_participant_round_trips(profile: OpenedProfile) -> None:
    """Protects arbitrary Unicode (NUL, Cyrillic, emoji, combining marks) in every field."""

    @given(person=_any_participant())
    @settings(max_examples=75, deadline=None)
    def round_trip(person: Participant) -> None:
        with UnitOfWork(profile.session_factory) as uow:
            uow.participants.save(person, now=NOW)
            assert uow.participants.get(person.id) is not None
            uow.commit()
        with UnitOfWork(profile.session_factory) as uow:
            assert uow.participants.get(person.id) == person

    round_trip()


def test_missing_participant_is_none(profile: OpenedProfile) -> None:
    """Protects callers from an exception where "unknown id" is a normal answer."""
    with UnitOfWork(profile.session_factory) as uow:
        assert uow.participants.get(sid("nobody")) is None


def test_update_replaces_fields_and_moves_updated_at(profile: OpenedProfile) -> None:
    """Protects edits of master data and the list's "last change" column."""
    person = participant("a", "Anna", "Nowak", locality="Kraków")
    _save_participants(profile, person)
    later = NOW + dt.timedelta(hours=2)
    edited = dataclasses.replace(person, last_name="Nowak-Wójcik", id_document=None)

    with UnitOfWork(profile.session_factory) as uow:
        uow.participants.save(edited, now=later)
        uow.commit()

    with UnitOfWork(profile.session_factory) as uow:
        assert uow.participants.get(person.id) == edited
        assert uow.participants.count() == 1
    (row,) = _rows(profile, "wojcik")
    assert row.updated_at == later


def test_saving_unchanged_participant_keeps_updated_at(profile: OpenedProfile) -> None:
    """Protects the list's "last change" from moving on autosaves that change nothing."""
    person = participant("a", "Anna", "Nowak")
    _save_participants(profile, person)

    with UnitOfWork(profile.session_factory) as uow:
        uow.participants.save(person, now=NOW + dt.timedelta(days=1))
        uow.commit()

    assert _rows(profile, "")[0].updated_at == NOW


# --- the list ---------------------------------------------------------------------------------


@pytest.fixture
def people(profile: OpenedProfile) -> dict[str, Participant]:
    """A small population with diacritics, shared tokens and odd characters."""
    population = {
        "wojcik": participant("wojcik", "Anna", "Wójcik", locality="Kraków", pesel="72021748315"),
        "zak": participant("zak", "Łucja", "Żak", gmina="Gołcza"),
        "zajac": participant("zajac", "Anna", "Zając", locality="Nowy Sącz"),
        "lis": participant("lis", "Łukasz", "Lis", locality="Kraków"),
        "under": participant("under", "Jan", "Kowal_ski", locality="100% Wieś"),
        "ko": participant("ko", "Олена", "Коваленко", locality="Kraków"),
    }
    _save_participants(profile, *population.values())
    return population


def test_search_ignores_case_and_diacritics(
    profile: OpenedProfile, people: dict[str, Participant]
) -> None:
    """Protects finding "Wójcik" by typing "wojcik" or "WÓJCIK" on any keyboard."""
    assert _names(_rows(profile, "wojcik")) == ["Wójcik Anna"]
    assert _names(_rows(profile, "WÓJCIK")) == ["Wójcik Anna"]
    assert _names(_rows(profile, "lucja")) == ["Żak Łucja"]
    assert _names(_rows(profile, "олена")) == ["Коваленко Олена"]


def test_every_token_must_match(profile: OpenedProfile, people: dict[str, Participant]) -> None:
    """Protects AND search over names and places: "anna krak" is Anna from Kraków only."""
    assert _names(_rows(profile, "anna")) == ["Wójcik Anna", "Zając Anna"]
    assert _names(_rows(profile, "  anna   krak ")) == ["Wójcik Anna"]
    assert _names(_rows(profile, "golcza")) == ["Żak Łucja"]
    assert _names(_rows(profile, "7202174")) == ["Wójcik Anna"]
    assert _rows(profile, "anna gołcza") == ()


def test_like_wildcards_in_the_query_are_literal(
    profile: OpenedProfile, people: dict[str, Participant]
) -> None:
    """Protects "%" and "_" typed by the user from matching everything or any character."""
    assert _names(_rows(profile, "l_s")) == ["Kowal_ski Jan"]  # not "Lis"
    assert _names(_rows(profile, "_")) == ["Kowal_ski Jan"]
    assert _names(_rows(profile, "100%")) == ["Kowal_ski Jan"]
    assert _names(_rows(profile, "%")) == ["Kowal_ski Jan"]
    assert _rows(profile, "\\") == ()


def test_order_is_folded_last_then_first_name(
    profile: OpenedProfile, people: dict[str, Participant]
) -> None:
    """Protects the alphabetical list: "Żak" with the Z's, Cyrillic after Latin, not by bytes."""
    assert _names(_rows(profile, "")) == [
        "Kowal_ski Jan",
        "Lis Łukasz",
        "Wójcik Anna",
        "Zając Anna",
        "Żak Łucja",
        "Коваленко Олена",
    ]


def test_paging_slices_the_ordered_list(
    profile: OpenedProfile, people: dict[str, Participant]
) -> None:
    """Protects lazy fetching: pages are consecutive, disjoint and counted like the list."""
    everything = _rows(profile, "")
    pages = [_rows(profile, "", offset, 4) for offset in (0, 4, 8)]

    assert pages[0] + pages[1] + pages[2] == everything
    assert len(pages[0]) == 4
    assert pages[2] == ()
    assert _count(profile, "") == len(everything) == 6
    assert _count(profile, "anna") == 2
    assert _count(profile, "nobody") == 0


def test_participant_without_balance_appears_once(
    profile: OpenedProfile, people: dict[str, Participant]
) -> None:
    """Protects newly registered participants being listed before their first balance."""
    (row,) = _rows(profile, "wojcik")

    assert row.participant_id == people["wojcik"].id
    assert row.balance_id is None
    assert (row.project_code, row.variant, row.status, row.current_stage) == (None,) * 4
    assert row.locality == "Kraków"


def test_locality_falls_back_to_gmina(
    profile: OpenedProfile, people: dict[str, Participant]
) -> None:
    """Protects the list's place column for participants who gave only their gmina."""
    (row,) = _rows(profile, "zak")
    assert row.locality == "Gołcza"


def test_participant_with_two_balances_appears_twice_newest_first(
    profile: OpenedProfile, people: dict[str, Participant]
) -> None:
    """Protects one list row per balance, the newest balance of a person on top."""
    person = people["zajac"]
    old = _save_balance(profile, person, "kk", created_days=0)
    new = _save_balance(profile, person, "kkz", created_days=40)

    rows = _rows(profile, "zajac")

    assert [r.balance_id for r in rows] == [new.id, old.id]
    assert [r.project_code for r in rows] == ["KKZ", "KK"]
    assert all(r.participant_id == person.id for r in rows)
    assert _count(profile, "") == 7


def test_list_row_carries_balance_state_and_latest_change(
    profile: OpenedProfile, people: dict[str, Participant]
) -> None:
    """Protects the columns the list shows and "last change" covering balance edits."""
    person = people["lis"]
    balance = _save_balance(profile, person, "kk")
    later = NOW + dt.timedelta(days=3)
    with UnitOfWork(profile.session_factory) as uow:
        record = uow.balances.get_record(balance.id)
        assert record is not None
        edited = dataclasses.replace(record.balance, initial_goal="Magazynier")
        uow.balances.save_record(dataclasses.replace(record, balance=edited), now=later)
        uow.commit()

    (row,) = _rows(profile, "lis")

    assert (row.balance_id, row.variant, row.status, row.current_stage) == (
        balance.id,
        balance.variant,
        balance.status,
        balance.current_stage,
    )
    assert row.updated_at == later


def test_counts(profile: OpenedProfile, people: dict[str, Participant]) -> None:
    """Protects the summary numbers ("check" prints them)."""
    _save_balance(profile, people["lis"], "kk")
    with UnitOfWork(profile.session_factory) as uow:
        assert uow.participants.count() == 6
        assert uow.balances.count() == 1
