"""Shared pieces of the benchmarks: timing, synthetic data, JSON output.

Benchmarks report ratios against a baseline measured in the same run on the same machine, so
the numbers mean something on a loaded CI box too (ARCHITECTURE.md §11).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import statistics
import time
from collections.abc import Callable
from typing import Any
from uuid import UUID

from advisor_app.domain.entities import Balance, BalanceRecord, Participant
from advisor_app.domain.enums import EducationLevel, LabourMarketStatus, Stage, Variant
from advisor_app.services.clock import new_uuid7

FIRST_NAMES = (
    "Halina",
    "Józef",
    "Zdzisław",
    "Katarzyna",
    "Wojciech",
    "Renata",
    "Kacper",
    "Zofia",
    "Marek",
    "Anna",
    "Paweł",
    "Maria",
    "Оксана",
    "Stefan",
    "Łucja",
)
LAST_NAMES = (
    "Kowalczyk",
    "Kmiecik",
    "Mucha",
    "Ptak",
    "Hajduk",
    "Sowa",
    "Lis",
    "Cieślak",
    "Bąk",
    "Rzepka",
    "Mikos",
    "Gil",
    "Ковальчук",
    "Wójcik",
    "Żółkiewska",
)
GMINY = (
    "Łososina Dolna",
    "Czarny Dunajec",
    "Sękowa",
    "Klucze",
    "Bukowina Tatrzańska",
    "Radziemice",
    "Tokarnia",
    "Gręboszów",
    "Raciechowice",
    "Gołcza",
)

ADVISOR_ID = UUID("0190d6a0-0000-7000-8000-00000000a001")


def synthetic_record(rng: random.Random, now: dt.datetime) -> BalanceRecord:
    """A draft balance with a plausible participant (no children: list/search workloads)."""
    gmina = rng.choice(GMINY)
    participant = Participant(
        id=new_uuid7(),
        first_name=rng.choice(FIRST_NAMES),
        last_name=rng.choice(LAST_NAMES),
        education_level=rng.choice(list(EducationLevel)),
        labour_market_status=rng.choice(list(LabourMarketStatus)),
        gmina=gmina,
        locality=gmina,
        phone=f"+48 600 {rng.randrange(1000):03d} {rng.randrange(1000):03d}",
    )
    balance = Balance(
        id=new_uuid7(),
        revision_id=new_uuid7(),
        advisor_id=ADVISOR_ID,
        advisor_name="Ewa Nowak",
        created_at=now,
        project_code=rng.choice(("KK", "KKZ", "MPDK-S1")),
        variant=rng.choice(list(Variant)),
        current_stage=rng.choice(list(Stage)),
        initial_goal="Praca biurowa w spółdzielni",
    )
    return BalanceRecord(balance=balance, participant=participant)


def median_time(fn: Callable[[], Any], repeat: int) -> float:
    """Median wall time of ``repeat`` calls of ``fn``, in seconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def emit(name: str, **values: Any) -> None:
    """Print the benchmark's single JSON line."""
    print(json.dumps({"bench": name, **values}, ensure_ascii=False))
