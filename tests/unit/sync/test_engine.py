"""The sync engine against an in-memory server, on real encrypted profiles and injected clocks."""

from __future__ import annotations

import dataclasses
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from uuid import UUID

import pytest

from advisor_app.sync.engine import RunOutcome, backoff_delay, version_tuple
from tests.helpers.clock import FakeClock
from tests.unit.sync.fake_server import ADVISOR_ID, FakeServer, Scripted
from tests.unit.sync.sync_support import (
    SERVER_URL,
    START,
    Laptop,
    fresh_record,
    make_laptop,
    problem_type,
)


@pytest.fixture
def clock() -> FakeClock:
    """The laptop's wall clock."""
    return FakeClock(START)


@pytest.fixture
def server(clock: FakeClock) -> FakeServer:
    """The fake server on the same clock (no skew unless a test moves one)."""
    return FakeServer(now=clock.now)


@pytest.fixture
def laptop(data_dir: Path, server: FakeServer, clock: FakeClock) -> Iterator[Laptop]:
    """A signed-in laptop."""
    machine = make_laptop(data_dir, server, clock=clock)
    machine.sync.login(SERVER_URL, "e.nowak", server.password, "LAP-1")
    yield machine
    machine.close()


def _puts(server: FakeServer, prefix: str = "/v1/balances/") -> list[tuple[str, dict[str, str]]]:
    return [
        (path, headers)
        for method, path, headers in server.log
        if method == "PUT" and path.startswith(prefix)
    ]


def test_finished_balances_are_uploaded_and_acknowledged(
    laptop: Laptop, server: FakeServer
) -> None:
    """Queued revisions reach the server once each and are acknowledged by their receipt."""
    first, second = laptop.finish_with_file(), laptop.finish()
    report = laptop.sync.run_once()
    assert report.outcome is RunOutcome.OK
    assert report.pushed >= 2
    assert laptop.states() == ["acknowledged", "acknowledged"]
    assert set(server.heads) == {first.balance.id, second.balance.id}
    status = laptop.sync.status()
    assert status.pending == 0 and status.last_sync_at == START
    # The evidence files went as their own uploads, with Content-Digest, after the revision.
    attachment_puts = [h for p, h in _puts(server) if "/attachments/" in p]
    assert attachment_puts and all(
        h["content-digest"].startswith("sha-256=:") for h in attachment_puts
    )
    assert set(laptop.states("attachment")) == {"synced"}


def test_backoff_doubles_from_30_seconds_up_to_one_hour(
    laptop: Laptop, server: FakeServer, clock: FakeClock
) -> None:
    """Failed passes are rescheduled min(30 s·2^n, 1 h); a pass before that time does nothing."""
    laptop.finish()
    delays = []
    for _ in range(9):
        server.script.append(Scripted("GET", "/v1/meta", None))
        report = laptop.sync.run_once(force=False)
        assert report.outcome is RunOutcome.OFFLINE
        assert report.next_run_at is not None
        delays.append(round(report.next_run_at - clock.now().timestamp()))
        assert laptop.sync.run_once(force=False).outcome is RunOutcome.SKIPPED
        clock.advance(report.next_run_at - clock.now().timestamp())
    assert delays == [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]
    assert laptop.states() == ["queued"]
    assert laptop.sync.run_once(force=False).outcome is RunOutcome.OK


def test_backoff_jitter_stays_within_twenty_percent() -> None:
    """The jitter is ±20 % around the schedule."""
    assert backoff_delay(1, 0.0) == pytest.approx(24.0)
    assert backoff_delay(1, 0.999999) == pytest.approx(36.0, rel=1e-5)
    assert backoff_delay(50, 0.5) == 3600.0


def test_needs_attention_after_twenty_failed_passes(laptop: Laptop, server: FakeServer) -> None:
    """The engine never gives up, but after 20 failures the status asks for attention."""
    laptop.finish()
    for attempt in range(20):
        assert not laptop.sync.status().needs_attention, attempt
        server.script.append(Scripted("GET", "/v1/meta", 500))
        laptop.sync.run_once()
    assert laptop.sync.status().needs_attention
    assert laptop.sync.run_once().outcome is RunOutcome.OK
    assert not laptop.sync.status().needs_attention


def test_retry_after_is_honoured_and_the_pass_stops(
    laptop: Laptop, server: FakeServer, clock: FakeClock
) -> None:
    """A 503 with Retry-After stops the pass; later items wait; the wait is the server's."""
    laptop.finish()
    laptop.finish()
    server.script.append(Scripted("PUT", "/v1/balances/", 503, headers={"Retry-After": "7"}))
    report = laptop.sync.run_once()
    assert report.outcome is RunOutcome.SERVER_ERROR
    assert report.next_run_at == clock.now().timestamp() + 7
    assert laptop.states() == ["queued", "queued"]
    assert len([p for p, _ in _puts(server) if "/attachments/" not in p]) == 1
    for status in (500, 429):
        server.script.append(Scripted("PUT", "/v1/balances/", status))
        assert laptop.sync.run_once().outcome is RunOutcome.SERVER_ERROR
    assert [i.attempts for i in laptop.outbox() if i.kind == "balance_revision"] == [3, 0]


def test_per_record_failures_do_not_stop_the_queue(laptop: Laptop, server: FakeServer) -> None:
    """A 422 and a 404 park their items as rejected; the item after them is still uploaded."""
    for _ in range(3):
        laptop.finish()
    server.script.append(
        Scripted("PUT", "/v1/balances/", 422, {"type": "https://x/problems/validation"})
    )
    server.script.append(Scripted("PUT", "/v1/balances/", 404, {"type": "https://x/not-found"}))
    report = laptop.sync.run_once()
    assert report.outcome is RunOutcome.OK
    assert laptop.states() == ["rejected", "rejected", "acknowledged"]
    problems = laptop.sync.status().problems
    assert [p.problem for p in problems] == ["validation", "not-found"]
    # Rejected items are kept and never retried automatically.
    laptop.sync.run_once()
    assert laptop.states() == ["rejected", "rejected", "acknowledged"]


def test_expired_access_token_is_refreshed_once_for_many_items(
    laptop: Laptop, server: FakeServer
) -> None:
    """N items after expiry cause one refresh; the replay carries the same Idempotency-Key."""
    for _ in range(4):
        laptop.finish()
    server.expire_access_tokens()
    report = laptop.sync.run_once()
    assert report.outcome is RunOutcome.OK
    assert server.refresh_calls == 1
    assert report.refreshes == 1
    revision_puts = [(p, h) for p, h in _puts(server) if "/attachments/" not in p]
    first_path = revision_puts[0][0]
    replays = [h["idempotency-key"] for p, h in revision_puts if p == first_path]
    assert len(replays) == 2 and replays[0] == replays[1] == first_path.rsplit("/", 1)[-1]


def test_concurrent_refreshes_are_single_flight(laptop: Laptop, server: FakeServer) -> None:
    """Threads that all saw the same stale token wait for one refresh and share its result."""
    tokens = laptop.sync._engine_for_state(laptop.sync.store.load_state()).tokens
    stale = tokens.access()
    gate = threading.Barrier(6)
    results: list[str] = []

    def worker() -> None:
        gate.wait()
        results.append(tokens.refresh(stale))

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert server.refresh_calls == 1
    assert len(set(results)) == 1 and results[0] != stale


def test_revoked_refresh_token_blocks_the_queue_but_not_the_data(
    laptop: Laptop, server: FakeServer
) -> None:
    """Refused refresh → blocked_auth; the profile still works; signing in again resumes."""
    laptop.finish()
    server.revoke_all()
    report = laptop.sync.run_once()
    assert report.outcome is RunOutcome.BLOCKED_AUTH
    assert laptop.states() == ["blocked_auth"]
    assert laptop.sync.status().blocked == "auth"
    record = laptop.finish()  # offline work continues
    assert (
        laptop.opened.services.balances.load(record.balance.id).balance.status.value == "finished"
    )
    laptop.sync.login(SERVER_URL, "e.nowak", server.password)
    assert laptop.states() == ["queued", "queued"]
    assert laptop.sync.run_once().outcome is RunOutcome.OK
    assert laptop.states() == ["acknowledged", "acknowledged"]


def test_expired_leases_are_reset_and_live_ones_left_alone(
    laptop: Laptop, clock: FakeClock
) -> None:
    """An item left uploading by a crash goes back to queued once its lease expired."""
    laptop.finish()
    with laptop.uow() as uow:
        item = uow.sync.items()[0]
        uow.sync.update_item(item.id, state="uploading", lease_until=clock.now().timestamp() + 60)
        uow.commit()
    laptop.sync.run_once()
    assert laptop.states() == ["uploading"]  # someone else's live lease
    clock.advance(61)
    assert laptop.sync.run_once().outcome is RunOutcome.OK
    assert laptop.states() == ["acknowledged"]


def test_crash_after_commit_is_replayed_without_a_duplicate(
    laptop: Laptop, server: FakeServer
) -> None:
    """The server commits but the answer is lost; the retry is a replay, one revision stored."""
    record = laptop.finish()
    server.script.append(Scripted("PUT", "/v1/balances/", None, after_commit=True))
    assert laptop.sync.run_once().outcome is RunOutcome.OFFLINE
    assert laptop.states() == ["queued"]
    assert laptop.sync.run_once().outcome is RunOutcome.OK
    assert server.replays >= 1
    assert list(server.heads) == [record.balance.id] and len(server.revisions) == 1
    assert laptop.states() == ["acknowledged"]


def test_request_in_progress_waits_for_retry_after_and_continues(
    laptop: Laptop, server: FakeServer, clock: FakeClock
) -> None:
    """409 request-in-progress parks only that item until Retry-After; the others go on."""
    laptop.finish()
    laptop.finish()
    server.script.append(
        Scripted(
            "PUT",
            "/v1/balances/",
            409,
            {"type": "https://x/problems/request-in-progress"},
            {"Retry-After": "2"},
        )
    )
    assert laptop.sync.run_once().outcome is RunOutcome.OK
    assert laptop.states() == ["queued", "acknowledged"]
    laptop.sync.run_once()
    assert laptop.states() == ["queued", "acknowledged"]
    clock.advance(2)
    laptop.sync.run_once()
    assert laptop.states() == ["acknowledged", "acknowledged"]


def test_key_reuse_is_rejected(laptop: Laptop, server: FakeServer) -> None:
    """The same revision ID with other bytes is refused (422) and kept as rejected."""
    laptop.finish()
    item = laptop.outbox()[0]
    server.idempotency[str(item.revision_id)] = ("0" * 64, 201, b"{}")
    laptop.sync.run_once()
    rejected = laptop.outbox()[0]
    assert rejected.state == "rejected" and problem_type(rejected) == "idempotency-key-reused"


def test_clock_skew_warns_but_uploads(laptop: Laptop, server: FakeServer, clock: FakeClock) -> None:
    """A laptop three days ahead still uploads; the status warns about its clock."""
    server.now = FakeClock(START).now  # the server keeps real time
    clock.advance(3 * 86400)
    laptop.finish()
    report = laptop.sync.run_once()
    assert report.outcome is RunOutcome.OK and report.skew_warning
    assert report.skew_seconds == pytest.approx(-3 * 86400)
    status = laptop.sync.status()
    assert status.skew_warning and laptop.states() == ["acknowledged"]
    received = next(iter(server.revisions.values()))["received_at"]
    assert received.startswith(START.date().isoformat())


def test_unsupported_schema_is_kept_then_synced_when_the_window_moves(
    laptop: Laptop, server: FakeServer
) -> None:
    """Outside the server's schema window an item is rejected but kept; inside it, it syncs."""
    laptop.finish()
    server.schema_window = (2, 4)
    laptop.sync.run_once()
    item = laptop.outbox()[0]
    assert item.state == "rejected" and problem_type(item) == "unsupported-schema"
    laptop.sync.run_once()
    assert laptop.states() == ["rejected"]
    server.schema_window = (1, 4)
    report = laptop.sync.run_once()
    assert report.requeued == 1
    assert laptop.states() == ["acknowledged"]


def test_old_client_is_blocked_with_update_message(laptop: Laptop, server: FakeServer) -> None:
    """Below the server's minimum version nothing is uploaded and the user is told to update."""
    laptop.finish()
    server.min_client_version = "99.0"
    report = laptop.sync.run_once()
    assert report.outcome is RunOutcome.CLIENT_TOO_OLD and "update the app" in (report.reason or "")
    assert laptop.states() == ["queued"]
    server.min_client_version = "0.0.1"
    server.script.append(Scripted("PUT", "/v1/balances/", 426))
    assert laptop.sync.run_once().outcome is RunOutcome.CLIENT_TOO_OLD
    assert laptop.states() == ["queued"]


def test_receipt_404_requeues_a_revision_the_server_lost(
    laptop: Laptop, server: FakeServer
) -> None:
    """A server restored from an old backup no longer has the revision: it is uploaded again."""
    laptop.finish()
    server.receipt_status = "rejected"
    server.receipt_status = "stored"
    server.script.append(Scripted("GET", "/v1/balances/", 404))
    report = laptop.sync.run_once()
    assert report.requeued == 1 and laptop.states() == ["queued"]
    server.revisions.clear()
    server.heads.clear()
    server.idempotency.clear()
    laptop.sync.run_once()
    assert laptop.states() == ["acknowledged"] and len(server.revisions) == 1


def test_version_comparison() -> None:
    """Client versions compare numerically, suffixes ignored."""
    assert version_tuple("1.10.0") > version_tuple("1.9.9")
    assert version_tuple("1.4.0rc1") == version_tuple("1.4.0")


def test_assignment_appears_and_can_be_worked_on_offline(
    laptop: Laptop, server: FakeServer
) -> None:
    """A participant assigned on the server shows in the list after a pass; a balance can start."""
    from advisor_app.domain.enums import Variant
    from advisor_app.sync.mapping import participant_to_wire
    from tests.helpers.domain_factories import make_participant

    assigned = make_participant(id=UUID("0193a000-0000-7000-8000-0000000000aa"), last_name="Zając")
    data = participant_to_wire(assigned).model_dump(mode="json", exclude={"id"})
    server.push_participant(assigned.id, data)
    assert laptop.sync.run_once().pulled.participants == 1
    rows = laptop.opened.services.participants.rows("Zając")
    assert [r.participant_id for r in rows] == [assigned.id]
    server.script.append(Scripted("GET", "/v1/meta", None))  # offline from now on
    balance = laptop.opened.services.balances.create(
        assigned.id, variant=Variant.BASIC, project_code="KK"
    )
    assert laptop.opened.services.balances.load(balance.balance.id).participant.last_name == "Zając"


def test_participant_edits_merge_soft_and_hard(laptop: Laptop, server: FakeServer) -> None:
    """Edits of different fields merge; the same field keeps the server value, both kept."""
    record = laptop.finish()
    laptop.sync.run_once()  # uploads the revision; the pull brings the participant's version
    pid = record.participant.id
    services = laptop.opened.services
    services.participants.save(
        dataclasses.replace(services.participants.get(pid), phone="+48 600 000 003")
    )
    changes = [i for i in laptop.outbox() if i.kind == "participant_change"]
    assert len(changes) == 1 and changes[0].state == "queued"
    assert json.loads(changes[0].payload)["fields"] == {"phone": "+48 600 000 003"}
    # Another laptop changed the locality meanwhile: a soft merge, both applied.
    data = dict(server.participants[pid]["data"], locality="Nowy Sącz")
    server.participants[pid]["data"] = data
    server.participants[pid]["version"] += 1
    laptop.sync.run_once()
    assert server.participants[pid]["data"]["phone"] == "+48 600 000 003"
    assert server.participants[pid]["data"]["locality"] == "Nowy Sącz"
    assert services.participants.get(pid).locality == "Nowy Sącz"
    # Now both change the e-mail: hard conflict, the server value is kept, both are stored.
    server.participants[pid]["data"]["email"] = "server@example.pl"
    services.participants.save(
        dataclasses.replace(services.participants.get(pid), email="laptop@example.pl")
    )
    laptop.sync.run_once()
    conflicts = laptop.sync.participant_conflicts()
    assert [(c.field, c.server_value, c.client_value) for c in conflicts] == [
        ("email", "server@example.pl", "laptop@example.pl")
    ]
    assert services.participants.get(pid).email == "server@example.pl"
    laptop.sync.choose_participant_value(conflicts[0].id, keep_server=False)
    laptop.sync.run_once()
    assert server.participants[pid]["data"]["email"] == "laptop@example.pl"
    assert laptop.sync.participant_conflicts() == ()


def test_tombstone_erasure_purges_local_copies_including_drafts(
    laptop: Laptop, server: FakeServer
) -> None:
    """GDPR erasure removes the participant, their synced and draft balances; unsent work is
    marked rejected without its personal data."""
    record = laptop.finish()
    laptop.sync.run_once()
    services = laptop.opened.services
    draft = services.lifecycle.revise(record.balance.id)
    other = fresh_record()
    other = dataclasses.replace(other, participant=record.participant)
    services.balances.save(other)
    services.lifecycle.finish(other.balance.id)  # refused by the server: unsynced work
    server.script.append(
        Scripted("PUT", "/v1/balances/", 422, {"type": "https://x/problems/validation"})
    )
    laptop.sync.run_once()
    server.tombstones.append(
        {
            "type": "participant",
            "id": str(record.participant.id),
            "server_seq": server.next_seq(),
            "reason": "erasure",
        }
    )
    report = laptop.sync.run_once()
    assert report.outcome is RunOutcome.OK and report.pulled.purged == 1
    assert services.participants.rows(record.participant.last_name) == ()
    with laptop.uow() as uow:
        assert not uow.balances.exists(draft.balance.id)
        left = [i for i in uow.sync.items() if i.kind == "balance_revision"]
    assert [(i.entity_id, i.state, i.payload) for i in left] == [
        (other.balance.id, "rejected", b"")
    ]
    assert problem_type(left[0]) == "participant-erased"


def test_tombstone_transfer_never_touches_unsynced_work(laptop: Laptop, server: FakeServer) -> None:
    """A balance transferred away is purged only when nothing about it is unsynced."""
    synced = laptop.finish()
    laptop.sync.run_once()
    services = laptop.opened.services
    services.lifecycle.revise(synced.balance.id)  # a draft: unsynced local work
    kept = laptop.finish()
    server.script.append(
        Scripted("PUT", "/v1/balances/", 422, {"type": "https://x/problems/validation"})
    )
    laptop.sync.run_once()
    for balance in (synced, kept):
        server.tombstones.append(
            {
                "type": "balance",
                "id": str(balance.balance.id),
                "server_seq": server.next_seq(),
                "reason": "transferred",
            }
        )
    report = laptop.sync.run_once()
    assert report.outcome is RunOutcome.OK and report.pulled.kept == 2
    with laptop.uow() as uow:
        assert uow.balances.exists(synced.balance.id)  # its draft is kept
        assert uow.balances.exists(kept.balance.id)


def test_transferred_balance_without_unsynced_work_is_purged(
    laptop: Laptop, server: FakeServer
) -> None:
    """With everything acknowledged, a transfer tombstone removes the local copy."""
    record = laptop.finish()
    laptop.sync.run_once()
    server.tombstones.append(
        {
            "type": "balance",
            "id": str(record.balance.id),
            "server_seq": server.next_seq(),
            "reason": "transferred",
        }
    )
    assert laptop.sync.run_once().pulled.purged == 1
    with laptop.uow() as uow:
        assert not uow.balances.exists(record.balance.id)
        assert [i for i in uow.sync.items() if i.entity_id == record.balance.id] == []


def test_expired_cursor_redownloads_without_deleting_local_work(
    laptop: Laptop, server: FakeServer
) -> None:
    """After a 410 the assigned set is fetched again; tombstones are not applied then."""
    record = laptop.finish()
    laptop.sync.run_once()
    queued = laptop.finish()
    server.script.append(Scripted("PUT", "/v1/balances/", 500))
    laptop.sync.run_once()
    server.cursor_expired = True
    server.tombstones.append(
        {
            "type": "balance",
            "id": str(record.balance.id),
            "server_seq": server.next_seq(),
            "reason": "transferred",
        }
    )
    server.script.append(Scripted("PUT", "/v1/balances/", 500))
    laptop.sync.run_once()
    report = laptop.sync.run_once()
    assert report.outcome is RunOutcome.OK
    with laptop.uow() as uow:
        assert uow.balances.exists(record.balance.id)
        assert uow.balances.exists(queued.balance.id)


def test_two_laptops_on_a_stale_base(data_dir: Path, server: FakeServer, clock: FakeClock) -> None:
    """B's revision on an old base becomes a conflict (no overwrite); its other items sync;
    rebasing makes a draft on top of the server head."""
    a = make_laptop(data_dir / "a", server, clock=clock)
    b = make_laptop(data_dir / "b", server, clock=clock)
    try:
        for machine in (a, b):
            machine.sync.login(SERVER_URL, "e.nowak", server.password)
        original = a.finish()
        a.sync.run_once()
        b.sync.run_once()  # B now holds A's revision (pulled head)
        assert (
            b.opened.services.balances.load(original.balance.id).balance.status.value == "finished"
        )
        for machine in (a, b):
            draft = machine.opened.services.lifecycle.revise(original.balance.id)
            machine.opened.services.balances.save(draft)
            machine.opened.services.lifecycle.finish(original.balance.id)
        a.sync.run_once()
        head_before = server.heads[original.balance.id]
        unrelated = b.finish()
        report = b.sync.run_once()
        assert report.conflicts == 1
        assert server.heads[original.balance.id] == head_before  # nothing overwritten
        assert unrelated.balance.id in server.heads
        conflicts = b.sync.revision_conflicts()
        assert len(conflicts) == 1 and conflicts[0].server_head_revision_id == head_before
        assert conflicts[0].server_document is not None
        rebased = b.sync.rebase(conflicts[0].revision_id)
        assert rebased.balance.base_revision_id == head_before
        b.opened.services.lifecycle.finish(original.balance.id)
        b.sync.run_once()
        assert server.heads[original.balance.id] == rebased.balance.revision_id
    finally:
        a.close()
        b.close()


def test_login_binds_the_profile_to_one_advisor(laptop: Laptop, server: FakeServer) -> None:
    """A profile used by one advisor never sends its data to another account."""
    from advisor_app.services.sync import SignInFailed

    assert laptop.sync.store.load_state().advisor_id == ADVISOR_ID
    with pytest.raises(SignInFailed):
        laptop.sync.login("http://127.0.0.1:10", "e.nowak", server.password)
    with pytest.raises(SignInFailed):
        laptop.sync.login(SERVER_URL, "e.nowak", "wrong")
