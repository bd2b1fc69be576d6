"""In-memory stand-ins for the application services, for GUI tests that need no database.

They implement the same methods as ``advisor_app.services`` (participants, balances, demo,
profile) over dictionaries. The GUI tests use the real services built by
``advisor_app.app.build_services``; these fakes remain for model tests that need exact control
(slow pages, failures, many rows) without a database.
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID, uuid4

from advisor_app.domain.entities import Balance, BalanceRecord, Participant
from advisor_app.domain.enums import EducationLevel, LabourMarketStatus, Variant
from advisor_app.domain.issues import Issue, Severity
from advisor_app.domain.listing import BalanceListRow, search_key
from advisor_app.domain.validation import participant_issues
from advisor_app.errors import NotFound, ValidationFailed
from advisor_app.services.changes import Changes, SaveResult
from advisor_app.services.profile import ProfileInfo

_EPOCH = dt.datetime(2026, 11, 2, 9, 30, tzinfo=dt.UTC)


class FakeParticipantService:
    """Participants and the list, in memory; searches like the real one (accent-insensitive)."""

    def __init__(self, store: _Store) -> None:
        self._store = store
        self.calls: list[str] = []

    def count_rows(self, query: str = "") -> int:
        """Number of matching rows."""
        self.calls.append("count_rows")
        return len(self._store.rows(query))

    def rows(
        self, query: str = "", *, offset: int = 0, limit: int = 200
    ) -> tuple[BalanceListRow, ...]:
        """One page of matching rows, ordered by name."""
        self.calls.append("rows")
        return tuple(self._store.rows(query)[offset : offset + limit])

    def get(self, participant_id: UUID) -> Participant:
        """Read a participant."""
        with self._store.lock:
            try:
                return self._store.participants[participant_id]
            except KeyError:
                raise NotFound(f"no participant with id {participant_id}") from None

    def check(self, participant: Participant) -> tuple[Issue, ...]:
        """Validate without storing."""
        return tuple(participant_issues(participant, today=dt.date(2026, 11, 2)))

    def save(self, participant: Participant) -> SaveResult:
        """Store a participant unless a text is too long."""
        issues = self.check(participant)
        if any(i.severity is Severity.STRUCTURAL for i in issues):
            raise ValidationFailed("cannot store participant: the text is too long")
        with self._store.lock:
            self._store.participants[participant.id] = participant
            self._store.touch(participant.id)
        return SaveResult(Changes(participant_ids=frozenset({participant.id})), issues)

    def new_id(self) -> UUID:
        """A fresh ID."""
        return uuid4()


class FakeBalanceService:
    """Creates balances in memory."""

    def __init__(self, store: _Store, profile: ProfileInfo) -> None:
        self._store = store
        self._profile = profile

    def create(self, participant_id: UUID, *, variant: Variant, project_code: str) -> BalanceRecord:
        """Open a draft balance for a participant."""
        with self._store.lock:
            participant = self._store.participants.get(participant_id)
            if participant is None:
                raise NotFound(f"no participant with id {participant_id}")
            balance = Balance(
                id=uuid4(),
                revision_id=uuid4(),
                advisor_id=self._profile.advisor_id,
                advisor_name=self._profile.advisor_name,
                created_at=_EPOCH,
                project_code=project_code,
                variant=variant,
            )
            record = BalanceRecord(balance=balance, participant=participant)
            self._store.balances[balance.id] = record
            self._store.touch(participant_id)
        return record

    def load(self, balance_id: UUID) -> BalanceRecord:
        """Read a balance."""
        with self._store.lock:
            try:
                return self._store.balances[balance_id]
            except KeyError:
                raise NotFound(f"no balance with id {balance_id}") from None

    def project_codes(self) -> tuple[str, ...]:
        """The configured projects."""
        return ("KK", "KKZ", "MPDK-S1")


class FakeDemoService:
    """Loads a handful of fictional participants."""

    NAMES = (
        ("Wójcik", "Zofia", "Nowy Targ"),
        ("Łukasik", "Józef", "Limanowa"),
        ("Kowalska", "Anna", "Miechów"),
        ("Żak", "Paweł", "Bochnia"),
    )

    def __init__(self, store: _Store, participants: FakeParticipantService) -> None:
        self._store = store
        self._participants = participants

    def is_empty(self) -> bool:
        """Tell whether nothing is stored."""
        with self._store.lock:
            return not self._store.participants

    def load_demo(self) -> Changes:
        """Add the demo participants."""
        ids = set()
        for last, first, locality in self.NAMES:
            participant = make_participant(last_name=last, first_name=first, locality=locality)
            self._participants.save(participant)
            ids.add(participant.id)
        return Changes(participant_ids=frozenset(ids))


def make_participant(**overrides: object) -> Participant:
    """A valid participant with the given fields replaced."""
    values: dict[str, object] = {
        "id": uuid4(),
        "first_name": "Anna",
        "last_name": "Kowalska",
        "education_level": EducationLevel.BASIC_VOCATIONAL,
        "labour_market_status": LabourMarketStatus.EMPLOYED,
        "gmina": "Miechów",
        "powiat": "miechowski",
        "locality": "Miechów",
    }
    values.update(overrides)
    return Participant(**values)  # type: ignore[arg-type]


@dataclass
class _Store:
    lock: threading.Lock = field(default_factory=threading.Lock)
    participants: dict[UUID, Participant] = field(default_factory=dict)
    balances: dict[UUID, BalanceRecord] = field(default_factory=dict)
    updated: dict[UUID, dt.datetime] = field(default_factory=dict)

    def touch(self, participant_id: UUID) -> None:
        self.updated[participant_id] = _EPOCH + dt.timedelta(minutes=len(self.updated))

    def rows(self, query: str) -> list[BalanceListRow]:
        words = search_key(query).split()
        with self.lock:
            found: list[BalanceListRow] = []
            for p in self.participants.values():
                haystack = search_key(f"{p.last_name} {p.first_name} {p.locality} {p.gmina}")
                if not all(word in haystack for word in words):
                    continue
                updated = self.updated.get(p.id, _EPOCH)
                records = [r for r in self.balances.values() if r.participant.id == p.id]
                base = {
                    "participant_id": p.id,
                    "last_name": p.last_name,
                    "first_name": p.first_name,
                    "locality": p.locality or p.gmina,
                    "updated_at": updated,
                }
                if not records:
                    found.append(BalanceListRow(**base))  # type: ignore[arg-type]
                for r in records:
                    found.append(
                        BalanceListRow(
                            **base,  # type: ignore[arg-type]
                            balance_id=r.balance.id,
                            project_code=r.balance.project_code,
                            variant=r.balance.variant,
                            status=r.balance.status,
                            current_stage=r.balance.current_stage,
                        )
                    )
        found.sort(key=lambda row: (search_key(row.display_name), str(row.balance_id)))
        return found


@dataclass(frozen=True)
class FakeServices:
    """The same attributes as ``advisor_app.services.container.Services``."""

    participants: FakeParticipantService
    balances: FakeBalanceService
    demo: FakeDemoService
    profile: ProfileInfo


def make_fake_services(participants: int = 0) -> FakeServices:
    """Build fake services holding ``participants`` generated participants."""
    store = _Store()
    profile = ProfileInfo(
        profile_name="default",
        db_path=Path("/nonexistent/profile.db"),
        advisor_id=uuid4(),
        advisor_name="Maria Doradczyni",
    )
    people = FakeParticipantService(store)
    for number in range(participants):
        people.save(make_participant(last_name=f"Nazwisko{number:05d}", first_name=f"Imię{number}"))
    return FakeServices(
        participants=people,
        balances=FakeBalanceService(store, profile),
        demo=FakeDemoService(store, people),
        profile=profile,
    )
