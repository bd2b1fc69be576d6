"""Loopback scenarios of the outbox commands: erasure, handover, conflict resolution, receipt
re-checks after a server restore, online-started cases and catalogue downloads."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from advisor_app.catalogue.reference import default_reference_catalogue, use_downloaded_catalogue
from advisor_app.domain.enums import BalanceStatus
from advisor_app.sync.engine import OutboxKind, RunOutcome
from advisor_app.sync.mapping import document_from_record
from tests.helpers.server_process import seed_users
from tests.integration.server.conftest import PASSWORD
from tests.integration.sync.conftest import Front, LaptopFactory, LoopLaptop
from tests.unit.sync.sync_support import fresh_record

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def _token(url: str, user: str) -> str:
    grant = {
        "grant_type": "password",
        "username": user,
        "password": PASSWORD,
        "device_id": str(uuid.uuid4()),
    }
    answer = httpx.post(url + "/v1/auth/token", json=grant)
    answer.raise_for_status()
    return str(answer.json()["access_token"])


def _get(url: str, user: str, path: str) -> httpx.Response:
    return httpx.get(url + path, headers={"Authorization": f"Bearer {_token(url, user)}"})


def _coordinator(server: Front) -> str:
    seed_users(server.process.database_url, ["koordynator"], PASSWORD, role="coordinator")
    return "koordynator"


def _signed_in(laptop: LoopLaptop, server: Front, user: str = "ewa") -> LoopLaptop:
    laptop.sync.login(server.url, user, PASSWORD)
    return laptop


def _server_db(server: Front) -> Path:
    return Path(server.process.database_url.removeprefix("sqlite:///"))


def _kinds(laptop: LoopLaptop, kind: str) -> list[str]:
    return [item.state for item in laptop.outbox() if item.kind == kind]


def test_resignation_erases_the_participant_on_the_server(
    live_front: Front, make_laptop: LaptopFactory
) -> None:
    """A full withdrawal on the laptop reaches the server as an erasure: tombstones are written
    there, the coordinator can no longer read the participant, and the laptop keeps its legal
    minimum."""
    coordinator = _coordinator(live_front)
    laptop = _signed_in(make_laptop(), live_front)
    record = laptop.finish()
    pid = record.participant.id
    assert laptop.sync.run_once().outcome is RunOutcome.OK
    assert _get(live_front.url, coordinator, f"/v1/participants/{pid}").status_code == 200
    services = laptop.opened.services
    draft = services.lifecycle.revise(record.balance.id)
    services.lifecycle.withdraw(draft.balance.id, "moved away")
    assert _kinds(laptop, OutboxKind.ERASURE) == ["queued"]
    assert all(t.sent_at is None for t in services.privacy.tombstones())

    report = laptop.sync.run_once()

    assert report.outcome is RunOutcome.OK
    assert _kinds(laptop, OutboxKind.ERASURE) == ["synced"]
    assert _get(live_front.url, coordinator, f"/v1/participants/{pid}").status_code == 404
    listed = _get(live_front.url, coordinator, "/v1/coordinator/balances").json()["items"]
    assert str(record.balance.id) not in {item["balance_id"] for item in listed}
    with sqlite3.connect(_server_db(live_front)) as db:
        rows = db.execute("SELECT entity_type, reason FROM tombstone").fetchall()
    assert ("participant", "erasure") in rows and ("balance", "erasure") in rows
    assert services.privacy.tombstones() and all(
        t.sent_at is not None for t in services.privacy.tombstones()
    )
    # The pull brought the erasure tombstones of our own request: the legal minimum stays.
    kept = services.balances.load(record.balance.id)
    assert kept.balance.status is BalanceStatus.WITHDRAWN


def test_erasure_of_a_participant_the_server_never_had_is_done(
    live_front: Front, make_laptop: LaptopFactory
) -> None:
    """A resignation before anything was uploaded: the server answers 404, which means there is
    nothing to erase there, so the item is synced and not retried."""
    laptop = _signed_in(make_laptop(), live_front)
    record = fresh_record()
    laptop.opened.services.participants.save(record.participant)
    laptop.opened.services.balances.save(record)
    laptop.opened.services.lifecycle.withdraw(record.balance.id, "changed her mind")
    assert laptop.sync.run_once().outcome is RunOutcome.OK
    erasures = [i for i in laptop.outbox() if i.kind == OutboxKind.ERASURE]
    assert [(i.state, i.last_status) for i in erasures] == [("synced", 404)]


def test_handover_moves_the_case_to_the_other_advisor(
    live_front: Front, make_laptop: LaptopFactory
) -> None:
    """A handover recorded before the first upload goes after the revision; the other advisor's
    pull brings the case and the first laptop's synced copy goes."""
    a = _signed_in(make_laptop("a"), live_front)
    b = _signed_in(make_laptop("b"), live_front, "jan")
    record = a.finish()
    a.opened.services.audit.handover(record.balance.id, to_advisor="jan", note="I am on leave")
    assert [i.kind for i in a.outbox()] == [OutboxKind.REVISION, OutboxKind.HANDOVER]

    assert a.sync.run_once().outcome is RunOutcome.OK  # upload, handover, and the pull

    sent = [s.path for s in a.transport.log if s.method in ("PUT", "POST") and "/v1/" in s.path]
    assert sent.index(f"/v1/participants/{record.participant.id}/handover") > sent.index(
        f"/v1/balances/{record.balance.id}/revisions/{record.balance.revision_id}"
    )
    report = b.sync.run_once()
    assert report.pulled.balances == 1
    assert b.opened.services.balances.load(record.balance.id).participant.id == (
        record.participant.id
    )
    a.sync.run_once()
    with a.uow() as uow:
        assert not uow.balances.exists(record.balance.id)
        assert uow.participants.get(record.participant.id) is None


def test_handover_to_an_unknown_advisor_is_rejected_and_the_case_stays(
    live_front: Front, make_laptop: LaptopFactory
) -> None:
    """422 from the server: the handover item is rejected with the reason; nothing moves."""
    laptop = _signed_in(make_laptop(), live_front)
    record = laptop.finish()
    laptop.opened.services.audit.handover(record.balance.id, to_advisor="nobody", note="")
    laptop.sync.run_once()
    laptop.sync.run_once()
    item = next(i for i in laptop.outbox() if i.kind == OutboxKind.HANDOVER)
    assert (item.state, item.last_status) == ("rejected", 422)
    assert laptop.opened.services.balances.load(record.balance.id).balance.id == record.balance.id
    problems = laptop.sync.status().problems
    assert [p.problem for p in problems if p.kind == OutboxKind.HANDOVER] == ["validation"]


def test_choosing_a_conflict_value_clears_the_server_flag(
    live_front: Front, make_laptop: LaptopFactory
) -> None:
    """After a hard conflict the advisor's choice reaches the server's resolve endpoint: the
    server holds the chosen value and no open conflict."""
    a = _signed_in(make_laptop("a"), live_front)
    b = _signed_in(make_laptop("b"), live_front)
    record = a.finish()
    a.sync.run_once()
    a.sync.run_once()
    b.sync.run_once()
    pid = record.participant.id
    for machine, email in ((a, "a@example.pl"), (b, "b@example.pl")):
        people = machine.opened.services.participants
        people.save(dataclasses.replace(people.get(pid), email=email))
    a.sync.run_once()
    b.sync.run_once()
    server = _get(live_front.url, "ewa", f"/v1/participants/{pid}").json()
    assert server["conflict"] == "hard" and len(server["conflicts"]) == 1
    (conflict,) = b.sync.participant_conflicts()

    b.sync.choose_participant_value(conflict.id, keep_server=False)
    assert b.sync.run_once().outcome is RunOutcome.OK

    server = _get(live_front.url, "ewa", f"/v1/participants/{pid}").json()
    assert server["data"]["email"] == "b@example.pl"
    assert server["conflicts"] == [] and server["conflict"] is None
    assert _kinds(b, OutboxKind.RESOLUTION) == ["synced"]


def _copy_db(source: Path, target: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        origin = source.with_name(source.name + suffix)
        copy = target.with_name(target.name + suffix)
        copy.unlink(missing_ok=True)
        if origin.exists():
            shutil.copyfile(origin, copy)


def test_acknowledged_revision_lost_by_a_restored_server_is_uploaded_again(
    live_front: Front, make_laptop: LaptopFactory, tmp_path: Path
) -> None:
    """The server is restored from a backup taken before the upload: a day later the receipt
    re-check gets 404 and the laptop uploads the revision (and its file) again."""
    laptop = _signed_in(make_laptop(), live_front)
    database = _server_db(live_front)
    live_front.kill()
    _copy_db(database, tmp_path / "backup.db")
    live_front.start()
    record = laptop.finish_with_file()
    laptop.sync.run_once()
    laptop.sync.run_once()
    assert laptop.states() == ["acknowledged"]
    assert laptop.sync.run_once().requeued == 0  # checked less than a day ago: not asked again

    live_front.kill()
    _copy_db(tmp_path / "backup.db", database)
    live_front.start()
    laptop.sync.login(live_front.url, "ewa", PASSWORD)  # the restored server lost the token
    laptop.clock.advance(2 * 24 * 3600)
    report = laptop.sync.run_once()
    assert report.requeued == 1
    assert laptop.states() == ["queued"]
    assert _kinds(laptop, OutboxKind.ATTACHMENT) == ["queued"]

    laptop.sync.run_once()
    laptop.sync.run_once()
    assert laptop.states() == ["acknowledged"]
    revision = record.balance.revision_id
    receipt = _get(
        live_front.url, "ewa", f"/v1/balances/{record.balance.id}/revisions/{revision}/receipt"
    )
    assert receipt.status_code == 200 and receipt.json()["missing_attachments"] == []


def test_online_started_case_becomes_a_local_draft_and_finishes_on_top(
    live_front: Front, make_laptop: LaptopFactory
) -> None:
    """A coordinator's case comes down as an editable draft based on the server draft; finishing
    it uploads the first finished revision on top of it."""
    coordinator = _coordinator(live_front)
    laptop = _signed_in(make_laptop(), live_front)
    advisor_id = laptop.sync.store.load_state().advisor_id
    record = fresh_record()
    draft = dataclasses.replace(
        record,
        balance=dataclasses.replace(record.balance, status=BalanceStatus.DRAFT, finished_at=None),
    )
    document = document_from_record(draft, exported_at=dt.datetime.now(dt.UTC))
    created = httpx.post(
        f"{live_front.url}/v1/cases",
        json={"advisor_id": str(advisor_id), "document": document.model_dump(mode="json")},
        headers={"Authorization": f"Bearer {_token(live_front.url, coordinator)}"},
    )
    assert created.status_code in (200, 201), created.text
    server_revision = uuid.UUID(created.json()["revision_id"])

    assert laptop.sync.run_once().pulled.balances == 1
    services = laptop.opened.services
    local = services.balances.load(record.balance.id)
    assert local.balance.status is BalanceStatus.DRAFT
    assert local.balance.base_revision_id == server_revision
    assert local.balance.revision_id != server_revision
    edited = dataclasses.replace(
        local, balance=dataclasses.replace(local.balance, project_code="KK-EDIT")
    )
    services.balances.save(edited)
    laptop.sync.run_once()  # the same draft head again: the local edit stays
    assert services.balances.load(record.balance.id).balance.project_code == "KK-EDIT"

    services.lifecycle.finish(record.balance.id)
    assert laptop.sync.run_once().pushed == 1
    assert laptop.states() in (["synced"], ["acknowledged"])
    listed = _get(live_front.url, coordinator, "/v1/coordinator/balances").json()["items"]
    head = next(i for i in listed if i["balance_id"] == str(record.balance.id))
    assert head["head_revision_id"] == str(local.balance.revision_id)


@pytest.fixture
def downloaded_catalogue_reset() -> Iterator[None]:
    """The catalogue in use is process-wide: back to the shipped one after the test."""
    yield
    use_downloaded_catalogue(None)


def test_newer_catalogue_is_downloaded_and_used(
    front: Callable[..., Front],
    make_laptop: LaptopFactory,
    tmp_path: Path,
    downloaded_catalogue_reset: None,
) -> None:
    """The pull announces a newer catalogue: it is downloaded into the profile and becomes the
    catalogue in use, keeping every ref of the shipped one."""
    shipped = default_reference_catalogue()
    folder = tmp_path / "newer-catalogue"
    shutil.copytree(Path(__file__).parents[3] / "resources" / "catalogue", folder)
    manifest = folder / "catalogue.toml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(
        text.replace(f'version = "{shipped.version}"', 'version = "2099.1"', 1), encoding="utf-8"
    )
    server = front({"CATALOGUE_DIR": str(folder)})
    server.start()
    laptop = _signed_in(make_laptop(), server)
    profile_dir = laptop.opened.services.profile.db_path.parent
    laptop.sync.store.catalogue_dir = profile_dir / "catalogue"  # as open_app sets it

    assert laptop.sync.run_once().outcome is RunOutcome.OK

    in_use = default_reference_catalogue()
    assert in_use.version == "2099.1"
    assert shipped.refs() <= in_use.refs()
    assert (
        laptop.opened.services.profile.db_path.parent / "catalogue" / "catalogue.toml"
    ).is_file()
    gets = [s.path for s in laptop.transport.log if s.path == "/v1/catalogue"]
    laptop.sync.run_once()
    assert [s.path for s in laptop.transport.log if s.path == "/v1/catalogue"] == gets
