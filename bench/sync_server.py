"""Server side of the sync row of ARCHITECTURE.md §11: 1,000 revision PUTs over loopback.

Each backend (SQLite file; PostgreSQL when its binaries are installed) gets a real
``advisor-server serve`` process. 1,000 finished SC01-sized revisions (~18 KB of JSON each) are
uploaded sequentially on one connection, then another 1,000 by 20 concurrent clients. The
baseline is the same bytes PUT, in the same way, to a trivial FastAPI endpoint (reads the body,
answers 201) served by uvicorn in another process in the same run. Budget: ≤ 3× the baseline.

Server and baseline alternate in chunks of :data:`CHUNK` requests, so a load change on a shared
machine affects both sides of the ratio alike. PostgreSQL runs with its durable defaults (fsync,
synchronous commit), like SQLite's ``synchronous=FULL``: the ratio includes what durability
costs.

Run: ``python -m bench.sync_server`` (one JSON line; ``"postgresql": null`` when PostgreSQL is
unavailable, with the reason).
"""

from __future__ import annotations

import json
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

from bench._common import emit
from tests.helpers.server_data import finished_record, password_grant, revision_body, revision_path
from tests.helpers.server_postgres import PostgresUnavailable, start_cluster
from tests.helpers.server_process import ServerProcess, free_port, seed_users

PUTS, CLIENTS, BUDGET, CHUNK = 1_000, 20, 3.0, 100
PASSWORD = "bench-password"

#: A one-route app: the cost of HTTP, uvicorn and FastAPI routing with no work behind it.
TRIVIAL_APP = """
import sys
import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import Response

app = FastAPI()

@app.put("/v1/balances/{balance_id}/revisions/{revision_id}")
async def put(balance_id: str, revision_id: str, request: Request) -> Response:
    await request.body()
    return Response(b'{"status":"stored"}', status_code=201, media_type="application/json")

@app.get("/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}

uvicorn.run(app, host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False)
"""

Request = tuple[str, bytes, dict[str, str]]


def _requests(token: str, count: int) -> list[Request]:
    """Pre-serialised uploads, so the timing covers only the HTTP round trips."""
    result = []
    for _ in range(count):
        body = revision_body(finished_record())
        headers = {
            "Authorization": f"Bearer {token}",
            "Idempotency-Key": body["revision_id"],
            "Content-Type": "application/json",
            "X-Client-Version": "advisor-app/0.1.0 (bench)",
        }
        result.append((revision_path(body), json.dumps(body).encode(), headers))
    return result


def _sequential(client: httpx.Client, requests: list[Request]) -> float:
    start = time.perf_counter()
    for path, data, headers in requests:
        response = client.put(path, content=data, headers=headers)
        assert response.status_code == 201, response.text
    return time.perf_counter() - start


class _Concurrent:
    """``CLIENTS`` threads, each with its own keep-alive connection per base URL."""

    def __init__(self) -> None:
        self._local = threading.local()
        self.pool = ThreadPoolExecutor(CLIENTS)

    def _client(self, base: str) -> httpx.Client:
        clients: dict[str, httpx.Client] = getattr(self._local, "clients", {})
        self._local.clients = clients
        if base not in clients:
            clients[base] = httpx.Client(base_url=base, timeout=120)
        return clients[base]

    def run(self, base: str, requests: list[Request]) -> float:
        def one(request: Request) -> int:
            path, data, headers = request
            return self._client(base).put(path, content=data, headers=headers).status_code

        start = time.perf_counter()
        statuses = list(self.pool.map(one, requests))
        elapsed = time.perf_counter() - start
        assert statuses.count(201) == len(requests), {s: statuses.count(s) for s in set(statuses)}
        return elapsed


def _alternating(
    run: Callable[[str, list[Request]], float],
    server: str,
    trivial: str,
    requests: list[Request],
) -> tuple[float, float]:
    """Time ``requests`` against both, alternating chunks; (server seconds, baseline seconds)."""
    server_s = base_s = 0.0
    for start in range(0, len(requests), CHUNK):
        chunk = requests[start : start + CHUNK]
        base_s += run(trivial, chunk)
        server_s += run(server, chunk)
    return server_s, base_s


def _trivial_server() -> tuple[str, Callable[[], None]]:
    import subprocess

    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-c", TRIVIAL_APP, str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 15
    while True:
        try:
            if httpx.get(base + "/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            process.kill()
            raise RuntimeError("the trivial baseline server did not start")
        time.sleep(0.05)

    def stop() -> None:
        process.kill()
        process.wait()

    return base, stop


def _measure(server: ServerProcess, trivial: str) -> dict[str, float]:
    server.start()
    concurrent = _Concurrent()
    clients = {base: httpx.Client(base_url=base, timeout=60) for base in (server.url, trivial)}
    try:
        login = httpx.post(
            server.url + "/v1/auth/token",
            json=password_grant("bench", PASSWORD, uuid.uuid4()),
            timeout=30,
        )
        token = login.json()["access_token"]

        def sequential(base: str, requests: list[Request]) -> float:
            return _sequential(clients[base], requests)

        # Warm both servers (imports, connection pools) before timing.
        sequential(server.url, _requests(token, 20))
        sequential(trivial, _requests(token, 20))
        server_seq, base_seq = _alternating(sequential, server.url, trivial, _requests(token, PUTS))
        server_conc, base_conc = _alternating(
            concurrent.run, server.url, trivial, _requests(token, PUTS)
        )
    finally:
        concurrent.pool.shutdown()
        for client in clients.values():
            client.close()
        server.stop()
    return {
        "sequential_s": round(server_seq, 3),
        "sequential_baseline_s": round(base_seq, 3),
        "sequential_ratio": round(server_seq / base_seq, 2),
        "concurrent_s": round(server_conc, 3),
        "concurrent_baseline_s": round(base_conc, 3),
        "concurrent_ratio": round(server_conc / base_conc, 2),
        "puts_per_s_sequential": round(PUTS / server_seq, 1),
        "puts_per_s_concurrent": round(PUTS / server_conc, 1),
    }


def main() -> None:
    """Run the benchmark and print its JSON line."""
    results: dict[str, Any] = {}
    trivial, stop_trivial = _trivial_server()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            sqlite = ServerProcess(Path(tmp) / "bench.db", faults=False)
            seed_users(sqlite.database_url, ["bench"], PASSWORD)
            results["sqlite"] = _measure(sqlite, trivial)
        try:
            cluster = start_cluster(durable=True)
        except PostgresUnavailable as error:
            results["postgresql"] = None
            results["postgresql_skipped"] = str(error)
        else:
            try:
                url = cluster.new_database()
                seed_users(url, ["bench"], PASSWORD)
                results["postgresql"] = _measure(ServerProcess(url, faults=False), trivial)
            finally:
                cluster.stop()
    finally:
        stop_trivial()
    ratios = [
        backend[key]
        for backend in (results["sqlite"], results.get("postgresql"))
        if backend
        for key in ("sequential_ratio", "concurrent_ratio")
    ]
    emit(
        "sync_server",
        puts=PUTS,
        clients=CLIENTS,
        budget=BUDGET,
        within_budget=all(ratio <= BUDGET for ratio in ratios),
        **results,
    )


if __name__ == "__main__":
    main()
