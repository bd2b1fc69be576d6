"""Outbox commands, receipt re-checks, online-started drafts, progress and sign-in errors,
against the in-memory server."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from advisor_app.catalogue.reference import (
    CATALOGUE_FILES,
    default_reference_catalogue,
    use_downloaded_catalogue,
)
from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.enums import BalanceStatus
from advisor_app.resources import resource_path
from advisor_app.services.sync import (
    AppTooOld,
    ProfileBoundElsewhere,
    SignInRateLimited,
    WrongCredentials,
)
from advisor_app.sync.engine import RECHECK_AFTER, RunOutcome
from advisor_app.sync.mapping import document_from_record
from advisor_app.sync.protocol import CatalogueBundle, payload_sha256
from tests.helpers.clock import FakeClock
from tests.unit.sync.fake_server import FakeServer, Scripted
from tests.unit.sync.sync_support import SERVER_URL, START, Laptop, fresh_record, make_laptop


@pytest.fixture
def clock() -> FakeClock:
    """The laptop's wall clock."""
    return FakeClock(START)


@pytest.fixture
def server(clock: FakeClock) -> FakeServer:
    """The fake server on the same clock; access tokens outlive the day-long clock jumps."""
    return FakeServer(now=clock.now, access_ttl=10 * 86400)


@pytest.fixture
def laptop(data_dir: Path, server: FakeServer, clock: FakeClock) -> Iterator[Laptop]:
    """A signed-in laptop."""
    machine = make_laptop(data_dir, server, clock=clock)
    machine.sync.login(SERVER_URL, "e.nowak", server.password, "LAP-1")
    yield machine
    machine.close()


def _receipt_gets(server: FakeServer) -> int:
    return sum(1 for m, p, _ in server.log if m == "GET" and p.endswith("/receipt"))


def test_acknowledged_receipts_are_rechecked_once_a_day(
    laptop: Laptop, server: FakeServer, clock: FakeClock
) -> None:
    """An acknowledged revision's receipt is read again only after a day; a 404 then queues the
    revision (and its file) again, and it is uploaded to the server that lost it."""
    laptop.finish_with_file()
    laptop.sync.run_once()
    assert laptop.states() == ["acknowledged"]
    before = _receipt_gets(server)
    laptop.sync.run_once()
    assert _receipt_gets(server) == before  # not due yet

    clock.advance(RECHECK_AFTER.total_seconds() + 60)
    laptop.sync.run_once()
    assert _receipt_gets(server) == before + 1
    assert laptop.states() == ["acknowledged"]

    server.revisions.clear()
    server.heads.clear()
    server.idempotency.clear()
    server.attachments.clear()
    clock.advance(RECHECK_AFTER.total_seconds() + 60)
    report = laptop.sync.run_once()
    assert report.requeued == 1
    assert laptop.states() == ["queued"] and laptop.states("attachment") == ["queued"]
    laptop.sync.run_once()
    assert laptop.states() == ["acknowledged"] and len(server.revisions) == 1
    assert len(server.attachments) == 1


def test_recheck_is_bounded_per_pass_and_skips_purged_copies(
    laptop: Laptop, server: FakeServer, clock: FakeClock
) -> None:
    """At most RECHECK_PER_PASS receipts are re-read per pass, and never for a revision whose
    local copy is gone (nothing could be uploaded again)."""
    from advisor_app.sync import engine

    records = [laptop.finish() for _ in range(3)]
    laptop.sync.run_once()
    assert laptop.states() == ["acknowledged"] * 3
    with laptop.uow() as uow:
        uow.sync.delete_balance(records[0].balance.id)
        uow.commit()
    clock.advance(RECHECK_AFTER.total_seconds() + 60)
    before = _receipt_gets(server)
    original = engine.RECHECK_PER_PASS
    engine.RECHECK_PER_PASS = 1
    try:
        laptop.sync.run_once()
        assert _receipt_gets(server) == before + 1
        laptop.sync.run_once()
        assert _receipt_gets(server) == before + 2
        laptop.sync.run_once()
        assert _receipt_gets(server) == before + 2  # the purged one is never asked about
    finally:
        engine.RECHECK_PER_PASS = original


def _draft_head(server: FakeServer, record: BalanceRecord) -> uuid.UUID:
    """Put a coordinator's draft case for ``record`` on the fake server's feed."""
    draft = dataclasses.replace(
        record,
        balance=dataclasses.replace(record.balance, status=BalanceStatus.DRAFT, finished_at=None),
    )
    document = document_from_record(draft, exported_at=START).model_dump(mode="json")
    revision_id = record.balance.revision_id
    server.revisions[revision_id] = {"payload": document}
    server.heads[record.balance.id] = revision_id
    server.feed.append(
        {
            "type": "balance_head",
            "balance_id": str(record.balance.id),
            "participant_id": str(record.participant.id),
            "head_revision_id": str(revision_id),
            "server_seq": server.next_seq(),
            "payload_sha256": payload_sha256(document),
            "document": document,
            "status": "draft",
        }
    )
    return revision_id


def test_online_started_draft_is_imported_as_an_editable_draft(
    laptop: Laptop, server: FakeServer
) -> None:
    """A draft head becomes a local draft based on the server draft; a later pull of the same
    head never overwrites the advisor's edits."""
    record = fresh_record()
    server_revision = _draft_head(server, record)
    assert laptop.sync.run_once().pulled.balances == 1
    services = laptop.opened.services
    local = services.balances.load(record.balance.id)
    assert local.balance.status is BalanceStatus.DRAFT
    assert local.balance.base_revision_id == server_revision
    assert local.balance.revision_id != server_revision
    services.balances.save(
        dataclasses.replace(local, balance=dataclasses.replace(local.balance, project_code="ED"))
    )
    server.feed[-1]["server_seq"] = server.next_seq()  # the same head announced again
    laptop.sync.store.save_state(cursor=None)
    laptop.sync.run_once()
    assert services.balances.load(record.balance.id).balance.project_code == "ED"
    with laptop.uow() as uow:
        assert uow.revisions.get(server_revision) is None  # a draft is no frozen revision


def test_push_reports_progress(laptop: Laptop) -> None:
    """The progress callback hears (done, total) for every queued item of the push."""
    for _ in range(3):
        laptop.finish()
    seen: list[tuple[int, int]] = []
    laptop.sync.run_once(progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_locked_profile_pass_is_skipped_quietly(laptop: Laptop) -> None:
    """While the profile is locked a pass reports LOCKED and records no failure."""
    laptop.finish()
    laptop.opened.gate.lock()
    try:
        report = laptop.sync.run_once(force=False)
    finally:
        laptop.opened.services.profile_lock.unlock_with_keyring()
    assert report.outcome is RunOutcome.LOCKED
    assert laptop.sync.store.load_state().failures == 0
    assert laptop.states() == ["queued"]


def test_status_does_not_ask_the_keyring_every_time(
    laptop: Laptop, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``status()`` (every 30 s) reads the keyring at most once; logout updates the answer."""
    calls: list[str] = []
    credentials = laptop.sync._credentials
    original = credentials.get

    def counting(account: str) -> str | None:
        calls.append(account)
        return original(account)

    monkeypatch.setattr(credentials, "get", counting)
    for _ in range(5):
        assert laptop.sync.status().signed_in
    assert len(calls) <= 1
    laptop.sync.logout()
    assert not laptop.sync.status().signed_in


def test_db_work_of_login_goes_through_db_call(
    data_dir: Path, server: FakeServer, clock: FakeClock
) -> None:
    """Every unit of work of login and logout runs inside ``db_call`` (the db executor)."""
    machine = make_laptop(data_dir, server, clock=clock)
    inside = {"depth": 0}
    outside: list[str] = []
    opened_uow = machine.sync._uow

    def guarded_uow() -> Any:
        if inside["depth"] == 0:
            outside.append("uow")
        return opened_uow()

    def db_call(step: Any) -> Any:
        inside["depth"] += 1
        try:
            return step()
        finally:
            inside["depth"] -= 1

    machine.sync._uow = guarded_uow
    machine.sync._db = db_call
    machine.sync.store._uow = guarded_uow
    machine.sync.store._db = db_call
    try:
        machine.sync.login(SERVER_URL, "e.nowak", server.password, "LAP-1")
        machine.sync.logout()
    finally:
        machine.close()
    assert outside == []


@pytest.mark.parametrize(
    ("status", "headers", "error"),
    [
        (401, {}, WrongCredentials),
        (429, {"Retry-After": "120"}, SignInRateLimited),
        (426, {}, AppTooOld),
    ],
)
def test_sign_in_failures_are_told_apart(
    data_dir: Path,
    server: FakeServer,
    clock: FakeClock,
    status: int,
    headers: dict[str, str],
    error: type[Exception],
) -> None:
    """Wrong credentials, rate limiting (with its time) and an old app are distinct errors."""
    machine = make_laptop(data_dir, server, clock=clock)
    server.script.append(
        Scripted("POST", "/v1/auth/token", status, {"type": "about:blank"}, headers)
    )
    try:
        with pytest.raises(error) as raised:
            machine.sync.login(SERVER_URL, "e.nowak", "whatever", "LAP-1")
    finally:
        machine.close()
    if isinstance(raised.value, SignInRateLimited):
        assert raised.value.retry_at == clock.now() + dt.timedelta(seconds=120)


def test_profile_bound_to_another_advisor_is_refused(laptop: Laptop, server: FakeServer) -> None:
    """Signing a profile in to another server is its own error."""
    with pytest.raises(ProfileBoundElsewhere):
        laptop.sync.login("http://127.0.0.1:10", "e.nowak", server.password, "LAP-1")


@pytest.fixture
def downloaded_catalogue_reset() -> Iterator[None]:
    """The catalogue in use is process-wide: back to the shipped one after the test."""
    yield
    use_downloaded_catalogue(None)


def _bundle(version: str, *, drop: str | None = None) -> CatalogueBundle:
    folder = resource_path("catalogue")
    shipped = default_reference_catalogue()
    files = {name: (folder / name).read_text(encoding="utf-8") for name in CATALOGUE_FILES}
    files["catalogue.toml"] = files["catalogue.toml"].replace(
        f'version = "{shipped.version}"', f'version = "{version}"', 1
    )
    if drop is not None:
        del files[drop]
    return CatalogueBundle(version=version, updated=shipped.updated, files=files)


def test_catalogue_in_use_is_the_newest_of_shipped_and_downloaded(
    laptop: Laptop, tmp_path: Path, downloaded_catalogue_reset: None
) -> None:
    """A newer download becomes the catalogue in use (old refs kept); a broken or older one
    never replaces what is in use."""
    shipped = default_reference_catalogue()
    store = laptop.sync.store
    store.catalogue_dir = tmp_path / "profile" / "catalogue"
    store.save_state(catalogue_version="2099.1")
    assert store.catalogue_to_fetch() == "2099.1"
    with pytest.raises(ValueError, match="lacks"):
        store.install_catalogue(_bundle("2099.1", drop="competences.toml"))
    assert default_reference_catalogue().version == shipped.version

    store.install_catalogue(_bundle("2099.1"))
    assert default_reference_catalogue().version == "2099.1"
    assert shipped.refs() <= default_reference_catalogue().refs()
    assert store.catalogue_to_fetch() is None

    use_downloaded_catalogue(None)
    store.install_catalogue(_bundle(shipped.version))  # not newer than the shipped one
    assert default_reference_catalogue() == shipped


def test_opened_profile_uses_its_downloaded_catalogue(
    data_dir: Path, downloaded_catalogue_reset: None
) -> None:
    """``open_app`` points the sync service and the catalogue loader at the profile's
    ``catalogue`` directory."""
    from advisor_app.app import open_app

    opened = open_app(data_dir)
    try:
        assert opened.services.sync is not None
        store = opened.services.sync.store
        assert store.catalogue_dir == opened.services.profile.db_path.parent / "catalogue"
        store.install_catalogue(_bundle("2099.2"))
    finally:
        opened.close()
    use_downloaded_catalogue(None)
    assert default_reference_catalogue().version != "2099.2"
    reopened = open_app(data_dir)
    try:
        assert default_reference_catalogue().version == "2099.2"
    finally:
        reopened.close()


def test_erasure_waits_for_the_participants_pending_uploads(
    laptop: Laptop, server: FakeServer, clock: FakeClock
) -> None:
    """A resignation's DELETE goes only once no upload of that participant is still on its
    way; another participant's item does not hold it back."""
    record = laptop.finish()
    services = laptop.opened.services
    draft = services.lifecycle.revise(record.balance.id)
    services.lifecycle.withdraw(draft.balance.id, "moved away")
    server.script.append(
        Scripted(
            "PUT",
            "/v1/balances/",
            409,
            {"type": "https://x/problems/request-in-progress"},
            {"Retry-After": "5"},
        )
    )
    laptop.sync.run_once()
    assert laptop.states() == ["queued"]
    assert laptop.states("erasure") == ["queued"]
    assert not [p for m, p, _ in server.log if m == "DELETE"]

    clock.advance(5)
    laptop.sync.run_once()
    calls = [(m, p) for m, p, _ in server.log if m in ("PUT", "DELETE")]
    assert calls[-1] == ("DELETE", f"/v1/participants/{record.participant.id}")
    assert laptop.states("erasure") == ["synced"]
