"""CLI of issue 8: export-participant, purge, and the administrator's recovery with the org key."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from advisor_app.app import open_app
from advisor_app.cli import main
from advisor_app.services.profiles import PrivacySettings, new_profile_setup
from advisor_app.storage.keys import KEYRING_SERVICE, db_key_account
from tests.helpers.domain_factories import finishable_record
from tests.helpers.memkeyring import MemoryKeyring


def run(data_dir: Path, *args: str) -> int:
    """Run the CLI in-process on a data directory."""
    return main(["--data-dir", str(data_dir), *args])


def test_export_participant_writes_a_zip_of_their_balances(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`export-participant ID -o FILE.zip` writes the documents and the readable PDF."""
    record = finishable_record()
    opened = open_app(data_dir)
    opened.services.participants.save(record.participant)
    opened.services.balances.save(record)
    opened.close()
    target = tmp_path / "halina.zip"
    assert run(data_dir, "export-participant", str(record.participant.id), "-o", str(target)) == 0
    assert "1 balance(s)" in capsys.readouterr().out
    with zipfile.ZipFile(target) as archive:
        assert f"balances/{record.balance.id}/current.json" in archive.namelist()
        assert archive.read("copy.pdf").startswith(b"%PDF")
    assert run(data_dir, "purge", "--older-than-days", "30") == 0
    assert "nothing to purge" in capsys.readouterr().out


def test_admin_recovers_a_profile_with_the_organisation_key(
    data_dir: Path,
    tmp_path: Path,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Keyring gone and passphrase forgotten: the org key + a new passphrase reopen the data."""
    private, public = tmp_path / "org.pem", tmp_path / "org.pub.pem"
    assert run(data_dir, "recovery-keygen", str(private), str(public)) == 0
    (data_dir / "privacy.json").write_text(
        json.dumps({"org_recovery_public_key": public.read_text()})
    )
    settings = PrivacySettings.load(data_dir)
    name, setup = new_profile_setup(data_dir, "Anna Nowak", "zapomniane-haslo", settings=settings)
    opened = open_app(data_dir, name, setup=setup, privacy=settings)
    record = finishable_record()
    opened.services.participants.save(record.participant)
    opened.services.balances.save(record)
    opened.close()
    memory_keyring.delete_password(KEYRING_SERVICE, db_key_account("local", name))

    monkeypatch.setattr("sys.stdin", io.StringIO("nowe-haslo-admina\n"))
    assert run(data_dir, "--profile", name, "recover", "--org-key", str(private)) == 0
    assert "recovered the key" in capsys.readouterr().out

    monkeypatch.setenv("ADVISOR_APP_PASSPHRASE", "nowe-haslo-admina")
    assert run(data_dir, "--profile", name, "list", "--json") == 0
    assert str(record.balance.id) in capsys.readouterr().out


def test_report_of_a_withdrawn_balance_prints_only_the_resignation(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """After resignation `report --kind summary` exits 1; `--kind resignation` prints, audited."""
    record = finishable_record()
    opened = open_app(data_dir)
    opened.services.participants.save(record.participant)
    opened.services.balances.save(record)
    opened.services.lifecycle.withdraw(record.balance.id, "Rezygnacja")
    opened.close()
    balance = str(record.balance.id)
    summary, resignation = tmp_path / "summary.pdf", tmp_path / "resignation.pdf"
    assert run(data_dir, "report", balance, "--kind", "summary", "-o", str(summary)) == 1
    assert "print --kind resignation" in capsys.readouterr().err
    assert not summary.exists()
    assert run(data_dir, "report", balance, "--kind", "resignation", "-o", str(resignation)) == 0
    assert resignation.read_bytes().startswith(b"%PDF")
    reopened = open_app(data_dir)
    try:
        last = reopened.services.balances.load(record.balance.id).audit[-1]
        assert (last.action, last.entity) == ("print", "report.resignation")
    finally:
        reopened.close()
