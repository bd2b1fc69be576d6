"""SQLCipher vs plain SQLite on the same workload (budget: ≤ 1.3×, ARCHITECTURE.md §11).

The workload is what a profile does: batches of participant/balance writes committed with the
production pragmas (WAL, synchronous=FULL), searches of the list and loads of whole balances.
The same code runs on an encrypted engine and on a plain SQLite engine with the same pragmas.
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import sessionmaker
from sqlalchemy.pool import SingletonThreadPool

from advisor_app.storage.engine import create_encrypted_engine
from advisor_app.storage.models import Base
from advisor_app.storage.unit_of_work import UnitOfWork
from bench._common import emit, median_time, synthetic_record

BATCHES, PER_BATCH, SEARCHES, LOADS, REPEAT = 10, 100, 200, 100, 3
QUERIES = ("kow", "wojcik", "łososina", "zofia", "ptak klucze", "a", "sowa", "ков", "mucha", "lis")


def _plain_engine(path: Path) -> Engine:
    # The same pool class as the encrypted engine, so only the cipher differs.
    engine = create_engine(f"sqlite:///{path}", poolclass=SingletonThreadPool)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, record: Any) -> None:
        cursor = dbapi_connection.cursor()
        for pragma in (
            "busy_timeout=5000",
            "foreign_keys=ON",
            "journal_mode=WAL",
            "synchronous=FULL",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    return engine


def workload(engine: Engine) -> None:
    """Writes, searches and loads on a fresh schema."""
    Base.metadata.create_all(engine)
    factory = sessionmaker(engine)
    rng = random.Random(7)
    now = dt.datetime(2026, 11, 27, tzinfo=dt.UTC)
    ids = []
    for _ in range(BATCHES):
        with UnitOfWork(factory) as uow:
            for _ in range(PER_BATCH):
                record = synthetic_record(rng, now)
                uow.participants.save(record.participant, now=now)
                uow.balances.save_record(record, now=now)
                ids.append(record.balance.id)
            uow.commit()
    for index in range(SEARCHES):
        with UnitOfWork(factory) as uow:
            query = QUERIES[index % len(QUERIES)]
            uow.participants.count_rows(query)
            uow.participants.list_rows(query, 0, 200)
    for balance_id in ids[:LOADS]:
        with UnitOfWork(factory) as uow:
            uow.balances.get_record(balance_id)
    engine.dispose()


def main() -> None:
    """Run both variants alternately and print the ratio."""
    key = secrets.token_bytes(32)

    def encrypted() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            workload(create_encrypted_engine(Path(tmp) / "enc.db", key))

    def plain() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            workload(_plain_engine(Path(tmp) / "plain.db"))

    plain()  # warm imports and the page cache of the code paths
    plain_s = median_time(plain, REPEAT)
    encrypted_s = median_time(encrypted, REPEAT)
    emit(
        "sqlcipher_vs_plain",
        ratio=round(encrypted_s / plain_s, 3),
        budget=1.3,
        encrypted_s=round(encrypted_s, 3),
        plain_s=round(plain_s, 3),
        rows=BATCHES * PER_BATCH,
    )


if __name__ == "__main__":
    main()
