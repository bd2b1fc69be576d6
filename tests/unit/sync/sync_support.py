"""A "laptop" for sync tests: an open encrypted profile with a SyncService on injected clocks."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import json
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import UUID

from advisor_app.app import OpenedApp, open_app
from advisor_app.domain.entities import BalanceRecord
from advisor_app.services.sync import SyncService
from advisor_app.storage.sync_repository import OutboxRecord
from advisor_app.storage.unit_of_work import UnitOfWork
from advisor_app.sync.client import Transport
from advisor_app.sync.codec import dump_document, parse_document
from advisor_app.sync.mapping import document_from_record, record_from_document
from tests.helpers.clock import FakeClock
from tests.helpers.domain_factories import finishable_record

START = dt.datetime(2026, 3, 2, 10, 15, 30, tzinfo=dt.UTC)
SERVER_URL = "http://127.0.0.1:9"

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class Monotonic:
    """A monotonic clock that moves only when told."""

    def __init__(self) -> None:
        self.value = 1000.0

    def __call__(self) -> float:
        return self.value


def fresh_record(template: BalanceRecord | None = None) -> BalanceRecord:
    """A finishable balance with every ID replaced by a new one (references kept intact)."""
    record = template or finishable_record()
    text = dump_document(document_from_record(record, exported_at=START)).decode()
    mapping: dict[str, str] = {}

    def swap(match: re.Match[str]) -> str:
        return mapping.setdefault(match.group(0), str(uuid.uuid4()))

    return record_from_document(parse_document(_UUID.sub(swap, text)))


@dataclass
class Laptop:
    """One profile with its sync service."""

    opened: OpenedApp
    sync: SyncService
    clock: FakeClock
    monotonic: Monotonic

    @property
    def uow(self) -> Callable[[], UnitOfWork]:
        """Units of work on this profile."""
        assert self.opened.gate is not None
        return functools.partial(UnitOfWork, self.opened.gate)

    def finish(self, record: BalanceRecord | None = None) -> BalanceRecord:
        """Store a new balance as a draft and finish it (queues its upload)."""
        record = record or fresh_record()
        services = self.opened.services
        services.participants.save(record.participant)
        services.balances.save(record)
        return services.lifecycle.finish(record.balance.id).record

    def finish_with_file(self, content: bytes = b"%PDF-1.4 consent scan") -> BalanceRecord:
        """Finish a new balance whose first evidence file has stored bytes."""
        record = fresh_record()
        evidence = record.evidence[0]
        file = dataclasses.replace(
            evidence.files[0], size=len(content), sha256=hashlib.sha256(content).hexdigest()
        )
        evidence = dataclasses.replace(evidence, files=(file, *evidence.files[1:]))
        record = dataclasses.replace(record, evidence=(evidence, *record.evidence[1:]))
        with self.uow() as uow:
            uow.attachments.put(file.id, content, sha256=file.sha256, now=self.clock.now())
            uow.commit()
        return self.finish(record)

    def outbox(self) -> tuple[OutboxRecord, ...]:
        """Every outbox item, in queue order."""
        with self.uow() as uow:
            return uow.sync.items()

    def states(self, kind: str = "balance_revision") -> list[str]:
        """States of the outbox items of one kind, in queue order."""
        return [item.state for item in self.outbox() if item.kind == kind]

    def close(self) -> None:
        """Close the profile."""
        self.sync.close()
        self.opened.close()


def make_laptop(
    data_dir: Path,
    transport: Transport,
    *,
    clock: FakeClock | None = None,
    rand: float = 0.5,
    profile: str = "default",
) -> Laptop:
    """Open a profile and a SyncService whose transport is ``transport``."""
    clock = clock or FakeClock(START)
    monotonic = Monotonic()
    opened = open_app(data_dir, profile, clock=clock.now)
    assert opened.gate is not None
    sync = SyncService(
        functools.partial(UnitOfWork, opened.gate),
        clock=clock.now,
        monotonic=monotonic,
        transport_factory=lambda url, device: transport,
        rand=lambda: rand,
    )
    return Laptop(opened, sync, clock, monotonic)


def problem_type(item: OutboxRecord) -> str | None:
    """The last problem's type slug of an outbox item."""
    if not item.last_problem:
        return None
    data: dict[str, Any] = json.loads(item.last_problem)
    return str(data.get("type", "")).rsplit("/", 1)[-1] or None


def replace_balance(record: BalanceRecord, **changes: Any) -> BalanceRecord:
    """The record with balance fields replaced."""
    return dataclasses.replace(record, balance=dataclasses.replace(record.balance, **changes))


def uuid_of(value: str) -> UUID:
    """Parse a UUID."""
    return UUID(value)
