"""The client killed (SIGKILL) mid-upload and restarted: the lease expires, the retry replays."""

from __future__ import annotations

import datetime as dt
import functools
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import keyring
import pytest
from keyring.backends import null

from advisor_app.app import open_app
from advisor_app.services.sync import SyncService
from advisor_app.storage.unit_of_work import UnitOfWork
from tests.helpers.clock import FakeClock
from tests.integration.server.conftest import PASSWORD
from tests.integration.sync.conftest import FaultTransport, Front, utc_now
from tests.unit.sync.sync_support import fresh_record

pytestmark = [pytest.mark.integration, pytest.mark.slow]

REPO_ROOT = Path(__file__).resolve().parents[3]
PASSPHRASE = "client crash passphrase"


def _committed(url: str, balance_id: uuid.UUID, revision_id: uuid.UUID) -> bool:
    grant = {
        "grant_type": "password",
        "username": "ewa",
        "password": PASSWORD,
        "device_id": str(uuid.uuid4()),
    }
    token = httpx.post(url + "/v1/auth/token", json=grant).json()["access_token"]
    receipt = httpx.get(
        f"{url}/v1/balances/{balance_id}/revisions/{revision_id}/receipt",
        headers={"Authorization": f"Bearer {token}"},
    )
    return receipt.status_code == 200


def test_client_killed_mid_upload_then_restarted(
    live_front: Front, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGKILL while the upload hangs after the server's commit; on restart the expired lease is
    reset and the retry is answered from the server's stored result."""
    monkeypatch.setenv("ADVISOR_APP_PASSPHRASE", PASSPHRASE)
    keyring.set_keyring(null.Keyring())
    opened = open_app(data_dir)
    record = fresh_record()
    try:
        opened.services.participants.save(record.participant)
        opened.services.balances.save(record)
        revision_id = opened.services.lifecycle.finish(record.balance.id).revision_id
        assert opened.services.sync is not None
        opened.services.sync.login(live_front.url, "ewa", PASSWORD)
    finally:
        opened.close()

    env = dict(
        os.environ,
        ADVISOR_APP_PASSPHRASE=PASSPHRASE,
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        QT_QPA_PLATFORM="offscreen",
    )
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.sync.sync_child", str(data_dir)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "running"
        deadline = time.monotonic() + 30
        while not _committed(live_front.url, record.balance.id, revision_id):
            assert time.monotonic() < deadline, "the server never committed the upload"
            assert child.poll() is None, "the child ended early"
            time.sleep(0.1)
    finally:
        child.kill()
        child.wait(timeout=10)
        if child.stdout is not None:
            child.stdout.close()

    # Beyond the child's lease (4 request timeouts = 40 minutes).
    clock = FakeClock(utc_now() + dt.timedelta(hours=2))
    opened = open_app(data_dir, clock=clock.now)
    transport = FaultTransport(timeout=10.0)
    try:
        assert opened.gate is not None
        sync = SyncService(
            functools.partial(UnitOfWork, opened.gate),
            clock=clock.now,
            transport_factory=transport.bind,
        )
        with UnitOfWork(opened.gate) as uow:
            assert [i.state for i in uow.sync.items()] == ["uploading"]
        sync.run_once()
        with UnitOfWork(opened.gate) as uow:
            assert [i.state for i in uow.sync.items()] == ["acknowledged"]
        replayed = [
            s.response_headers.get("idempotent-replayed")
            for s in transport.log
            if s.method == "PUT"
        ]
        assert replayed == ["true"]
        sync.close()
    finally:
        opened.close()
        if transport.inner is not None:
            transport.inner.close()
