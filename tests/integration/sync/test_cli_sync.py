"""``advisor-app login`` and ``advisor-app sync`` against the real server (ARCHITECTURE.md §8)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from advisor_app import cli
from advisor_app.app import open_app
from tests.integration.server.conftest import PASSWORD
from tests.integration.sync.conftest import Front
from tests.unit.sync.sync_support import fresh_record

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def _finish_one(data_dir: Path) -> None:
    opened = open_app(data_dir)
    try:
        record = fresh_record()
        opened.services.participants.save(record.participant)
        opened.services.balances.save(record)
        opened.services.lifecycle.finish(record.balance.id)
    finally:
        opened.close()


def test_login_then_sync_exit_codes(
    live_front: Front,
    data_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Sync exits 0 when everything reached the server, 1 with one line when items stay queued."""
    base = ["--data-dir", str(data_dir)]
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong-password\n"))
    assert cli.main([*base, "login", "--server", live_front.url, "--user", "ewa"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert cli.main([*base, "login", "--server", live_front.url, "--user", "ewa"]) == 0
    assert "signed in to" in capsys.readouterr().out
    _finish_one(data_dir)
    assert cli.main([*base, "sync", "--server", live_front.url]) == 0
    assert capsys.readouterr().out.startswith("synced: 1 uploaded")
    live_front.kill()
    _finish_one(data_dir)
    assert cli.main([*base, "sync"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "1 item(s) stay queued" in err
    assert cli.main([*base, "sync", "--server", "http://127.0.0.1:1"]) == 1
    assert "not signed in to" in capsys.readouterr().err
    live_front.start()
    assert cli.main([*base, "sync"]) == 0
