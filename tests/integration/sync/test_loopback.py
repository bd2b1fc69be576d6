"""The loopback matrix of SYNC.md §3.10: the real sync engine against ``advisor-server``.

Every test starts its own server process on a free port with a temp SQLite database and opens
laptops in their own temp dirs; time that matters for scheduling is a FakeClock (no sleeping),
except token expiry, which the server measures itself (ACCESS_TTL=1 and a 1.1 s wait).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import time
from collections.abc import Callable

import httpx
import pytest

from advisor_app.sync.engine import RunOutcome
from advisor_app.sync.protocol import Fault
from tests.helpers.clock import FakeClock
from tests.integration.server.conftest import PASSWORD
from tests.integration.sync.conftest import Front, LaptopFactory, LoopLaptop, utc_now
from tests.unit.sync.sync_support import fresh_record, problem_type

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def _signed_in(laptop: LoopLaptop, server: Front, user: str = "ewa") -> LoopLaptop:
    laptop.sync.login(server.url, user, PASSWORD, "LAP-TEST")
    return laptop


def _revision_puts(laptop: LoopLaptop) -> list[tuple[str, int | None, str]]:
    return [
        (s.path, s.status, s.response_headers.get("idempotent-replayed", ""))
        for s in laptop.transport.log
        if s.method == "PUT" and "/revisions/" in s.path and "/attachments/" not in s.path
    ]


def test_crash_after_commit_is_retried_without_a_duplicate(
    live_front: Front, make_laptop: LaptopFactory
) -> None:
    """The server dies after COMMIT; after its restart the retry is a replay: one revision."""
    laptop = _signed_in(make_laptop(), live_front)
    laptop.finish()
    laptop.transport.fault_next("PUT", "/v1/balances/", Fault.CRASH_AFTER_COMMIT)
    assert laptop.sync.run_once().outcome is RunOutcome.OFFLINE
    assert live_front.wait_exit() == 137
    assert laptop.states() == ["queued"]
    live_front.start()
    laptop.sync.run_once()
    assert laptop.states() == ["acknowledged"]
    puts = _revision_puts(laptop)
    assert [(status, replayed) for _, status, replayed in puts] == [(None, ""), (200, "true")]
    assert puts[0][0] == puts[1][0]


def test_client_timeout_while_the_server_finishes(
    live_front: Front, make_laptop: LaptopFactory
) -> None:
    """hang-after-commit: the client gives up after 1 s; the retry gets the stored answer."""
    laptop = _signed_in(make_laptop(timeout=1.0), live_front)
    laptop.finish()
    laptop.transport.fault_next("PUT", "/v1/balances/", Fault.HANG_AFTER_COMMIT)
    assert laptop.sync.run_once().outcome is RunOutcome.OFFLINE
    laptop.sync.run_once()
    assert laptop.states() == ["acknowledged"]
    assert [r for _, _, r in _revision_puts(laptop)] == ["", "true"]


def test_server_down_at_start_then_started(live_front: Front, make_laptop: LaptopFactory) -> None:
    """With the server down the queue waits (backoff); once it is up, everything syncs."""
    laptop = _signed_in(make_laptop(), live_front)
    live_front.kill()
    for _ in range(3):
        laptop.finish()
    report = laptop.sync.run_once(force=False)
    assert report.outcome is RunOutcome.OFFLINE
    assert laptop.states() == ["queued"] * 3
    assert laptop.sync.run_once(force=False).outcome is RunOutcome.SKIPPED
    live_front.start()
    assert report.next_run_at is not None
    laptop.clock.advance(report.next_run_at - laptop.clock.now().timestamp())
    laptop.sync.run_once(force=False)
    assert laptop.states() == ["acknowledged"] * 3


@pytest.mark.parametrize(
    ("fault", "status", "delay"),
    [
        (Fault.FAIL_BEFORE_COMMIT, 500, 30.0),
        (Fault.UNAVAILABLE, 503, 2.0),
        (Fault.RATE_LIMITED, 429, 2.0),
    ],
)
def test_server_errors_stop_the_pass_with_backoff(
    live_front: Front,
    make_laptop: LaptopFactory,
    fault: Fault,
    status: int,
    delay: float,
) -> None:
    """500 backs off 30 s (the first step); 503/429 wait the server's Retry-After; nothing is
    lost and the next item is not tried in that pass."""
    clock = FakeClock(utc_now())
    laptop = _signed_in(make_laptop(clock=clock), live_front)
    laptop.finish()
    laptop.finish()
    laptop.transport.fault_next("PUT", "/v1/balances/", fault)
    report = laptop.sync.run_once(force=False)
    assert report.outcome is RunOutcome.SERVER_ERROR
    assert report.next_run_at == pytest.approx(clock.now().timestamp() + delay)
    assert [s for _, s, _ in _revision_puts(laptop)] == [status]
    assert laptop.states() == ["queued", "queued"]
    assert laptop.sync.run_once(force=False).outcome is RunOutcome.SKIPPED
    clock.advance(delay)
    laptop.sync.run_once(force=False)
    assert laptop.states() == ["acknowledged", "acknowledged"]


def test_two_laptops_on_a_stale_base(live_front: Front, make_laptop: LaptopFactory) -> None:
    """B revises from an old base: conflict, the server head is unchanged, B's other item syncs."""
    a = _signed_in(make_laptop("a"), live_front)
    b = _signed_in(make_laptop("b"), live_front)
    original = a.finish()
    a.sync.run_once()
    exported = a.opened.services.documents.export_bytes(original.balance.id)
    b.opened.services.documents.import_bytes(exported, source="a.json")
    for machine in (a, b):
        draft = machine.opened.services.lifecycle.revise(original.balance.id)
        machine.opened.services.balances.save(draft)
        machine.opened.services.lifecycle.finish(original.balance.id)
    a.sync.run_once()
    other = b.finish()
    report = b.sync.run_once()
    assert report.conflicts == 1
    by_balance = {i.entity_id: i.state for i in b.outbox() if i.kind == "balance_revision"}
    assert by_balance[original.balance.id] == "conflict"
    assert by_balance[other.balance.id] == "acknowledged"
    a_head = next(
        i.revision_id
        for i in reversed(a.outbox())
        if i.kind == "balance_revision" and i.entity_id == original.balance.id
    )
    conflict = b.sync.revision_conflicts()[0]
    assert conflict.server_head_revision_id == a_head


def test_key_reuse_is_rejected(live_front: Front, make_laptop: LaptopFactory) -> None:
    """The same revision ID with different content (two copies of one draft) → 422 rejected."""
    a = _signed_in(make_laptop("a"), live_front)
    b = _signed_in(make_laptop("b"), live_front)
    record = fresh_record()
    a.finish(record)
    changed = dataclasses.replace(
        record, balance=dataclasses.replace(record.balance, initial_goal="Inny cel zawodowy.")
    )
    b.finish(changed)
    a.sync.run_once()
    b.sync.run_once()
    item = next(i for i in b.outbox() if i.kind == "balance_revision")
    assert item.state == "rejected" and problem_type(item) == "idempotency-key-reused"


def test_token_expiry_refreshes_once_for_many_items_and_revocation_blocks(
    front: Callable[..., Front], make_laptop: LaptopFactory
) -> None:
    """ACCESS_TTL=1: after expiry N uploads cause one refresh and replay with the same key;
    a revoked device goes blocked_auth and the local database still opens."""
    server = front(env={"ACCESS_TTL": "1"})
    server.start()
    laptop = _signed_in(make_laptop(), server)
    for _ in range(3):
        laptop.finish()
    time.sleep(1.1)
    laptop.sync.run_once()
    assert laptop.states() == ["acknowledged"] * 3
    assert laptop.transport.refreshes() == 1
    first = _revision_puts(laptop)[0][0]
    keys = [s.headers["Idempotency-Key"] for s in laptop.transport.log if s.path == first]
    assert len(keys) == 2 and keys[0] == keys[1] == first.rsplit("/", 1)[-1]
    # Revoke this device's refresh token on the server.
    token = laptop.sync._load_refresh_token()
    assert token is not None
    assert (
        httpx.post(server.url + "/v1/auth/revoke", json={"refresh_token": token}).status_code == 204
    )
    record = laptop.finish()
    time.sleep(1.1)
    report = laptop.sync.run_once()
    assert report.outcome is RunOutcome.BLOCKED_AUTH
    assert laptop.states()[-1] == "blocked_auth"
    assert laptop.opened.services.balances.load(record.balance.id).balance.id == record.balance.id


def test_clock_skew_of_three_days_still_uploads(
    live_front: Front, make_laptop: LaptopFactory
) -> None:
    """A laptop three days ahead uploads; it is warned; the server's times are its own."""
    clock = FakeClock(utc_now() + dt.timedelta(days=3))
    laptop = _signed_in(make_laptop(clock=clock), live_front)
    laptop.finish()
    report = laptop.sync.run_once()
    assert report.skew_warning
    assert report.skew_seconds == pytest.approx(-3 * 86400, abs=120)
    item = next(i for i in laptop.outbox() if i.kind == "balance_revision")
    assert item.state == "acknowledged"
    assert item.receipt is not None
    received = dt.datetime.fromisoformat(json.loads(item.receipt)["received_at"])
    assert abs((received - utc_now()).total_seconds()) < 600


def test_schema_mismatch_is_kept_then_synced(
    front: Callable[..., Front], make_laptop: LaptopFactory
) -> None:
    """Outside the server's window the item is rejected but kept; after the server's window
    moves back it syncs with the same key. An app below the minimum version gets 426."""
    server = front(env={"BALANCE_SCHEMA_MIN": "2", "BALANCE_SCHEMA_MAX": "4"})
    server.start()
    laptop = _signed_in(make_laptop(), server)
    laptop.finish()
    laptop.sync.run_once()
    item = next(i for i in laptop.outbox() if i.kind == "balance_revision")
    assert item.state == "rejected" and problem_type(item) == "unsupported-schema"
    server.kill()
    server.start(env={"BALANCE_SCHEMA_MIN": "1", "BALANCE_SCHEMA_MAX": "4"})
    laptop.sync.run_once()
    assert laptop.states() == ["acknowledged"]
    server.kill()
    server.start(env={"MIN_CLIENT_VERSION": "99.0"})
    laptop.finish()
    report = laptop.sync.run_once()
    assert report.outcome is RunOutcome.CLIENT_TOO_OLD
    assert laptop.states() == ["acknowledged", "queued"]
