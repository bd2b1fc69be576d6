"""Child process of the client-crash test: one sync pass whose revision upload hangs.

Run as ``python -m tests.integration.sync.sync_child DATA_DIR`` with ``ADVISOR_APP_PASSPHRASE``
set and ``PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring`` (the profile's key and refresh
token live in its key file and encrypted database). The upload carries ``X-Test-Fault:
hang-after-commit``: the server commits and never answers, and the parent kills this process.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

from advisor_app.app import open_app
from advisor_app.services.sync import SyncService
from advisor_app.storage.unit_of_work import UnitOfWork
from advisor_app.sync.protocol import Fault
from tests.integration.sync.conftest import FaultTransport


def main(data_dir: str) -> int:
    """Open the profile and run one pass; never returns normally (the parent kills it)."""
    opened = open_app(Path(data_dir))
    assert opened.gate is not None
    transport = FaultTransport(timeout=600.0)
    transport.fault_next("PUT", "/v1/balances/", Fault.HANG_AFTER_COMMIT)
    sync = SyncService(
        functools.partial(UnitOfWork, opened.gate), transport_factory=transport.bind, timeout=600.0
    )
    print("running", flush=True)
    report = sync.run_once()
    print(f"unexpected end: {report}", flush=True)
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
