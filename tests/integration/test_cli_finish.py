"""`advisor-app finish BALANCE_ID`: exit codes, the printed revision, the unmet rules."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path

import pytest

from advisor_app.cli import main
from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.messages import message_for
from advisor_app.sync.codec import dump_document, parse_document
from advisor_app.sync.mapping import document_from_record
from tests.helpers.domain_factories import finishable_record


def run(data_dir: Path, *args: str) -> int:
    """Run the CLI in-process on a data directory."""
    return main(["--data-dir", str(data_dir), *args])


def _import(data_dir: Path, tmp_path: Path, record: BalanceRecord) -> str:
    """Import a record as a draft document; return its balance ID."""
    source = tmp_path / "draft.json"
    source.write_bytes(
        dump_document(document_from_record(record, exported_at=record.balance.created_at))
    )
    assert run(data_dir, "import", str(source)) == 0
    return str(record.balance.id)


def test_finish_refused_lists_every_unmet_rule(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An incomplete balance is refused with exit 1, a first line and one line per rule."""
    record = dataclasses.replace(finishable_record(), plan=None, feedback=None, meetings=())
    balance_id = _import(data_dir, tmp_path, record)
    capsys.readouterr()
    assert run(data_dir, "finish", balance_id) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == [
        f"advisor-app: cannot finish balance {balance_id}: 3 rules are not met",
        f"  intro / meetings: {message_for('meeting_missing')}",
        f"  plan / plan.actions: {message_for('plan_missing')}",
        f"  plan / feedback.form: {message_for('feedback_missing')}",
    ]
    assert run(data_dir, "list", "--json") == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["status"] == "draft"


def test_finish_prints_the_revision_and_its_hash(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A complete balance is finished with exit 0; the printed hash is the export's snapshot."""
    record = finishable_record()
    balance_id = _import(data_dir, tmp_path, record)
    capsys.readouterr()
    assert run(data_dir, "finish", balance_id) == 0
    line = capsys.readouterr().out.strip()
    revision = record.balance.revision_id
    assert line.startswith(f"finished balance {balance_id} (revision {revision}, sha256 ")
    digest = line.removesuffix(")").rsplit(" ", 1)[1]
    assert len(digest) == 64

    target = tmp_path / "finished.json"
    assert run(data_dir, "export", balance_id, "-o", str(target)) == 0
    exported = parse_document(target.read_bytes())
    assert exported.balance.status == "finished"
    assert exported.balance.finished_at is not None
    frozen = exported.model_copy(update={"exported_at": exported.balance.finished_at})
    assert hashlib.sha256(dump_document(frozen)).hexdigest() == digest


def test_finishing_twice_is_refused_with_one_line(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The second finish of the same balance fails with exit 1 and a clear one-line message."""
    balance_id = _import(data_dir, tmp_path, finishable_record())
    assert run(data_dir, "finish", balance_id) == 0
    capsys.readouterr()
    assert run(data_dir, "finish", balance_id) == 1
    error = capsys.readouterr().err
    assert error == (
        f"advisor-app: balance {balance_id} is finished; only a draft balance can be finished\n"
    )


def test_unknown_balance_and_usage_errors(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown ID exits 1 with one line; a missing or malformed ID is a usage error (2)."""
    unknown = str(finishable_record().balance.id)
    assert run(data_dir, "finish", unknown) == 1
    assert capsys.readouterr().err == f"advisor-app: no balance with id {unknown}\n"
    with pytest.raises(SystemExit) as missing:
        run(data_dir, "finish")
    assert missing.value.code == 2
    with pytest.raises(SystemExit) as malformed:
        run(data_dir, "finish", "not-an-id")
    assert malformed.value.code == 2
    assert "not a balance ID" in capsys.readouterr().err
