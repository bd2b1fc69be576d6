"""Sync push of 1,000 finished balances over loopback (ARCHITECTURE.md §11): ≤ 3× raw httpx PUTs.

(a) The real client: an encrypted profile with 1,000 queued balance revisions (each a full SC01
document with its own IDs) pushed by ``SyncService.run_once`` to a real ``advisor-server``
process on 127.0.0.1 (SQLite). Timed: the push phase, until every item is ``synced`` (leases,
outbox transitions and the server's idempotency bookkeeping included); the receipts and the
pull of the same pass are reported separately.

(b) Baseline: the same request bodies sent with one ``httpx.Client`` as sequential PUTs to a
trivial ASGI endpoint under uvicorn (reads the body, answers ``{}``), in its own process.

The ratio compares (a)'s push with (b). The server does real work (a transaction, the revision
row, the idempotency row, document validation) that the trivial endpoint does not, so the
budget bounds the client's overhead plus the server's; ``ratio_to_raw_server_puts`` (the same
number of raw httpx PUTs straight to the real server, another 1,000 documents) isolates the
client's share.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from pathlib import Path
from typing import Any

import httpx
import keyring

from advisor_app.app import open_app
from advisor_app.services.sync import SyncService
from advisor_app.storage.repositories import OutboxEntry
from advisor_app.storage.unit_of_work import UnitOfWork
from advisor_app.sync.codec import dump_document
from advisor_app.sync.mapping import document_from_record
from advisor_app.sync.protocol import RevisionUpload, canonical_json, payload_sha256, sha256_hex
from bench._common import emit
from tests.helpers.domain_factories import finishable_record
from tests.helpers.memkeyring import MemoryKeyring
from tests.helpers.server_process import ServerProcess, free_port

BALANCES = 1000
BUDGET = 3.0
PASSWORD = "bench-password-1"
_UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]


async def trivial_app(scope: Scope, receive: Receive, send: Send) -> None:
    """The baseline endpoint: read the whole body, answer 200 ``{}``."""
    if scope["type"] != "http":
        return
    more = True
    while more:
        message = await receive()
        more = bool(message.get("more_body"))
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", b"application/json")],
        }
    )
    await send({"type": "http.response.body", "body": b"{}"})


def _documents(count: int) -> list[bytes]:
    """``count`` finished SC01 documents, each with fresh IDs (references kept)."""
    template = dump_document(document_from_record(_finished(), exported_at=_finished_at()))
    documents = []
    for _ in range(count):
        mapping: dict[bytes, bytes] = {}

        def swap(match: re.Match[bytes], mapping: dict[bytes, bytes] = mapping) -> bytes:
            return mapping.setdefault(match.group(0), str(uuid.uuid4()).encode())

        documents.append(_UUID.sub(swap, template))
    return documents


def _finished_at() -> Any:
    import datetime as dt

    return dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.UTC)


def _finished() -> Any:
    import dataclasses

    from advisor_app.domain.enums import BalanceStatus

    record = finishable_record()
    balance = dataclasses.replace(
        record.balance, status=BalanceStatus.FINISHED, finished_at=_finished_at()
    )
    return dataclasses.replace(record, balance=balance)


def _queue(opened: Any, documents: list[bytes]) -> None:
    """Put the documents into the outbox as finished revisions (what finish() queues)."""
    import datetime as dt

    assert opened.gate is not None
    with UnitOfWork(opened.gate) as uow:
        for payload in documents:
            doc = json.loads(payload)
            uow.revisions.enqueue(
                OutboxEntry(
                    seq=0,
                    kind="balance_revision",
                    entity_id=uuid.UUID(doc["balance"]["id"]),
                    revision_id=uuid.UUID(doc["balance"]["revision_id"]),
                    payload=payload,
                    payload_sha256=sha256_hex(payload),
                    schema_version=1,
                    state="queued",
                    attempts=0,
                    created_at=dt.datetime.now(dt.UTC),
                )
            )
        uow.commit()


def _bodies(documents: list[bytes], device_id: uuid.UUID) -> list[tuple[str, bytes]]:
    """The same request bodies the engine sends, with their paths."""
    bodies = []
    for payload in documents:
        doc = json.loads(payload)
        upload = RevisionUpload(
            schema_version=1,
            balance_id=doc["balance"]["id"],
            revision_id=doc["balance"]["revision_id"],
            base_revision_id=None,
            participant_id=doc["participant"]["id"],
            finished_at=doc["balance"]["finished_at"],
            device_id=device_id,
            payload=doc,
            payload_sha256=payload_sha256(doc),
        )
        path = f"/v1/balances/{upload.balance_id}/revisions/{upload.revision_id}"
        bodies.append((path, canonical_json(upload.model_dump(mode="json"))))
    return bodies


@contextlib.contextmanager
def _trivial_server() -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "uvicorn",
            "bench.sync_client:trivial_app",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        cwd=Path(__file__).resolve().parents[1],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                httpx.put(url + "/ping", content=b"x", timeout=1.0)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise RuntimeError("the trivial endpoint did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        process.kill()
        process.wait(timeout=10)


def _raw_to_server(url: str, documents: list[bytes]) -> float:
    """The same kind of PUTs with raw httpx straight to the real server (no client engine)."""
    device_id = uuid.uuid4()
    grant = {
        "grant_type": "password",
        "username": "bench",
        "password": PASSWORD,
        "device_id": str(device_id),
    }
    token = httpx.post(url + "/v1/auth/token", json=grant).json()["access_token"]
    bodies = _bodies(documents, device_id)
    with httpx.Client(base_url=url, timeout=30.0) as client:
        started = time.perf_counter()
        for path, body in bodies:
            response = client.put(
                path,
                content=body,
                headers={
                    "Content-Type": "application/json",
                    "Authorization": f"Bearer {token}",
                    "Idempotency-Key": path.rsplit("/", 1)[-1],
                    "If-None-Match": "*",
                },
            )
            response.raise_for_status()
        return time.perf_counter() - started


def _baseline(url: str, bodies: list[tuple[str, bytes]]) -> float:
    with httpx.Client(base_url=url, timeout=30.0) as client:
        started = time.perf_counter()
        for path, body in bodies:
            response = client.put(
                path,
                content=body,
                headers={"Content-Type": "application/json", "Authorization": "Bearer x"},
            )
            response.raise_for_status()
        return time.perf_counter() - started


class _Timed:
    """Wraps the store to time the push phase (until the last item is synced)."""

    def __init__(self) -> None:
        self.started = 0.0
        self.last_synced = 0.0


def main() -> None:
    """Run the benchmark and print its JSON line."""
    keyring.set_keyring(MemoryKeyring())
    os.environ.pop("ADVISOR_APP_PASSPHRASE", None)
    documents = _documents(BALANCES)
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as tmp:
        root = Path(tmp)
        server = ServerProcess(root / "server.db")
        server.migrate()
        server.create_user("bench", PASSWORD, role="advisor")
        server.start()
        try:
            opened = open_app(root / "data")
            try:
                assert opened.gate is not None
                sync = SyncService(functools.partial(UnitOfWork, opened.gate))
                sync.login(server.url, "bench", PASSWORD, "BENCH")
                server_raw_s = _raw_to_server(server.url, _documents(BALANCES))
                _queue(opened, documents)
                timer = _Timed()
                store = sync.store
                original = store.revision_stored

                def stored(*args: Any, **kwargs: Any) -> None:
                    original(*args, **kwargs)
                    timer.last_synced = time.perf_counter()

                store.revision_stored = stored  # type: ignore[method-assign]
                timer.started = time.perf_counter()
                report = sync.run_once()
                finished = time.perf_counter()
                status = sync.status()
                device_id = sync.store.load_state().device_id
                assert device_id is not None
                sync.close()
            finally:
                opened.close()
        finally:
            server.stop()
        if report.pushed != BALANCES:
            raise SystemExit(f"pushed {report.pushed} of {BALANCES}: {report.reason}")
        push_s = timer.last_synced - timer.started
        with _trivial_server() as url:
            _baseline(url, _bodies(documents[:50], device_id))  # warm-up
            baseline_s = _baseline(url, _bodies(documents, device_id))
    ratio = push_s / baseline_s
    emit(
        "sync_client_push",
        balances=BALANCES,
        budget=BUDGET,
        push_s=round(push_s, 3),
        whole_pass_s=round(finished - timer.started, 3),
        baseline_s=round(baseline_s, 3),
        ratio=round(ratio, 2),
        server_raw_s=round(server_raw_s, 3),
        ratio_to_raw_server_puts=round(push_s / server_raw_s, 2),
        within_budget=ratio <= BUDGET,
        acknowledged=status.counts.get("acknowledged", 0),
    )


if __name__ == "__main__":
    main()
