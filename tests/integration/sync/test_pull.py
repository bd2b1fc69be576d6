"""Loopback scenarios that need the server's pull: participant merge, erasure, assignments."""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

import httpx
import pytest

from advisor_app.domain.enums import Variant
from advisor_app.sync.mapping import participant_to_wire
from tests.helpers.domain_factories import make_participant
from tests.integration.server.conftest import PASSWORD
from tests.integration.sync.conftest import Front, LaptopFactory, LoopLaptop

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


def _server_participant(url: str, participant_id: uuid.UUID) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {_token(url, 'ewa')}"}
    answer = httpx.get(f"{url}/v1/participants/{participant_id}", headers=headers)
    answer.raise_for_status()
    data: dict[str, Any] = answer.json()
    return data


def _signed_in(laptop: LoopLaptop, server: Front) -> LoopLaptop:
    laptop.sync.login(server.url, "ewa", PASSWORD)
    return laptop


def test_participant_field_merge_soft_and_hard(
    live_front: Front, make_laptop: LaptopFactory
) -> None:
    """Different fields on two laptops merge (soft); the same field keeps the server value, and
    the second laptop holds both values to choose from (hard)."""
    a = _signed_in(make_laptop("a"), live_front)
    b = _signed_in(make_laptop("b"), live_front)
    record = a.finish()
    a.sync.run_once()
    a.sync.run_once()  # the pull brings the participant's server version
    b.sync.run_once()
    pid = record.participant.id
    people_a, people_b = a.opened.services.participants, b.opened.services.participants
    people_a.save(dataclasses.replace(people_a.get(pid), phone="+48 600 000 111"))
    people_b.save(dataclasses.replace(people_b.get(pid), locality="Grybów"))
    a.sync.run_once()
    b.sync.run_once()
    data = _server_participant(live_front.url, pid)["data"]
    assert (data["phone"], data["locality"]) == ("+48 600 000 111", "Grybów")
    a.sync.run_once()
    assert a.opened.services.participants.get(pid).locality == "Grybów"
    for machine, email in ((a, "a@example.pl"), (b, "b@example.pl")):
        people = machine.opened.services.participants
        people.save(dataclasses.replace(people.get(pid), email=email))
    a.sync.run_once()
    b.sync.run_once()
    assert _server_participant(live_front.url, pid)["data"]["email"] == "a@example.pl"
    conflicts = b.sync.participant_conflicts()
    assert [(c.field, c.server_value, c.client_value) for c in conflicts] == [
        ("email", "a@example.pl", "b@example.pl")
    ]
    assert b.opened.services.participants.get(pid).email == "a@example.pl"


def test_erasure_tombstone_purges_local_copies_including_drafts(
    live_front: Front, make_laptop: LaptopFactory
) -> None:
    """A participant erased on the server disappears from the laptop with its balances and
    drafts after the next pull."""
    laptop = _signed_in(make_laptop(), live_front)
    record = laptop.finish()
    laptop.sync.run_once()
    draft = laptop.opened.services.lifecycle.revise(record.balance.id)
    headers = {"Authorization": f"Bearer {_token(live_front.url, 'ewa')}", "Idempotency-Key": "e1"}
    erased = httpx.delete(
        f"{live_front.url}/v1/participants/{record.participant.id}", headers=headers
    )
    assert erased.status_code == 200
    laptop.sync.run_once()
    with laptop.uow() as uow:
        assert uow.participants.get(record.participant.id) is None
        assert not uow.balances.exists(draft.balance.id)
        assert [i for i in uow.sync.items() if i.entity_id == record.balance.id] == []


def test_assignment_appears_and_can_be_worked_on_offline(
    live_front: Front, make_laptop: LaptopFactory
) -> None:
    """A case a coordinator assigns shows in the advisor's list after a sync; a balance for it
    can be started and saved with the server gone."""
    live_front.process.create_user("koordynator", PASSWORD, role="coordinator")
    laptop = _signed_in(make_laptop(), live_front)
    advisor_id = laptop.sync.store.load_state().advisor_id
    person = make_participant(id=uuid.uuid4(), last_name="Przydzielona")
    wire = participant_to_wire(person).model_dump(mode="json", exclude={"id"})
    headers = {"Authorization": f"Bearer {_token(live_front.url, 'koordynator')}"}
    assigned = httpx.post(
        f"{live_front.url}/v1/assignments",
        json={"advisor_id": str(advisor_id), "participant_id": str(person.id), "participant": wire},
        headers=headers,
    )
    assert assigned.status_code == 200, assigned.text
    report = laptop.sync.run_once()
    assert report.pulled.participants >= 1
    rows = laptop.opened.services.participants.rows("Przydzielona")
    assert [r.participant_id for r in rows] == [person.id]
    live_front.kill()
    balance = laptop.opened.services.balances.create(
        person.id, variant=Variant.BASIC, project_code="KK"
    )
    assert laptop.opened.services.balances.load(balance.balance.id).participant.id == person.id
