"""The command line contract of ARCHITECTURE.md §8: exit codes, one-line errors, round trips."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from advisor_app.cli import main
from advisor_app.sync.codec import parse_document

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLES = [
    "minimal_no_education_no_email.json",
    "polish_ukrainian_names.json",
    "full_balance_finished.json",
]
INVALID = sorted((DATA / "invalid").glob("*.json"))


def run(data_dir: Path, *args: str) -> int:
    """Run the CLI in-process on a data directory."""
    return main(["--data-dir", str(data_dir), *args])


def _comparable(raw: bytes) -> dict[str, Any]:
    """The document's content with defaults filled in, without the export timestamp."""
    return parse_document(raw).model_dump(mode="json", exclude={"exported_at"})


@pytest.mark.parametrize("sample", SAMPLES)
def test_import_then_export_gives_back_an_equivalent_document(
    sample: str, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Import of each sample followed by export returns the same document (IDs, text, order)."""
    source = DATA / sample
    assert run(data_dir, "import", str(source)) == 0
    balance_id = json.loads(source.read_text(encoding="utf-8"))["balance"]["id"]
    assert f"created balance {balance_id}" in capsys.readouterr().out
    target = tmp_path / "out.json"
    assert run(data_dir, "export", balance_id, "-o", str(target)) == 0
    assert _comparable(target.read_bytes()) == _comparable(source.read_bytes())


def test_import_is_idempotent(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Importing the same document twice changes nothing the second time."""
    source = DATA / SAMPLES[2]
    assert run(data_dir, "import", str(source)) == 0
    assert run(data_dir, "import", str(source)) == 0
    assert "unchanged balance" in capsys.readouterr().out
    assert run(data_dir, "list", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 1


def test_different_content_needs_replace(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Same balance ID with other content is refused unless --replace is given."""
    source = DATA / SAMPLES[0]
    assert run(data_dir, "import", str(source)) == 0
    changed = json.loads(source.read_text(encoding="utf-8"))
    changed["balance"]["initial_goal"] = "Praca w tartaku w pełnym wymiarze"
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert run(data_dir, "import", str(edited)) == 1
    error = capsys.readouterr().err
    assert "already exists with different content" in error
    assert error.count("\n") == 1
    assert run(data_dir, "import", str(edited), "--replace") == 0
    assert "replaced balance" in capsys.readouterr().out


@pytest.mark.parametrize("broken", INVALID, ids=lambda p: p.stem)
def test_invalid_files_fail_with_one_line(
    broken: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every broken sample is refused with exit 1 and one line naming the file, no traceback."""
    assert run(data_dir, "import", str(broken)) == 1
    error = capsys.readouterr().err
    assert error.startswith(f"advisor-app: {broken.name}: ")
    assert error.count("\n") == 1
    assert "Traceback" not in error


def test_missing_file_and_unknown_balance_are_user_errors(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing import file or an unknown balance ID exits 1 with a message."""
    assert run(data_dir, "import", str(data_dir / "nope.json")) == 1
    assert "no such file" in capsys.readouterr().err
    assert run(data_dir, "export", "0190d6a0-0000-7000-8000-00000000ffff") == 1
    assert "no balance with id" in capsys.readouterr().err


def test_usage_errors_exit_2(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A malformed balance ID or unknown command is a usage error."""
    with pytest.raises(SystemExit) as exit_info:
        run(data_dir, "export", "not-a-uuid")
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        run(data_dir, "frobnicate")
    assert exit_info.value.code == 2


def test_list_json_has_a_stable_shape(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`list --json` rows carry exactly the documented keys, sorted by name."""
    for sample in SAMPLES:
        assert run(data_dir, "import", str(DATA / sample)) == 0
    capsys.readouterr()
    assert run(data_dir, "list", "--json") == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["last_name"] for r in rows] == sorted(
        (r["last_name"] for r in rows), key=lambda n: n.casefold()
    )
    assert set(rows[0]) == {
        "balance_id",
        "participant_id",
        "last_name",
        "first_name",
        "locality",
        "project_code",
        "variant",
        "status",
        "current_stage",
        "updated_at",
    }


def _subprocess_env(tmp_path: Path, passphrase: str | None) -> dict[str, str]:
    env = dict(os.environ)
    # A headless machine has no keyring: force the passphrase path deterministically.
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env.pop("ADVISOR_APP_PASSPHRASE", None)
    if passphrase is not None:
        env["ADVISOR_APP_PASSPHRASE"] = passphrase
    env["HOME"] = str(tmp_path)
    return env


def _cli(tmp_path: Path, passphrase: str | None, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "advisor_app", *args],
        capture_output=True,
        text=True,
        env=_subprocess_env(tmp_path, passphrase),
        timeout=120,
        check=False,
    )


@pytest.mark.integration
def test_check_creates_an_encrypted_profile(tmp_path: Path) -> None:
    """`check` in a real process creates an encrypted profile and prints its summary."""
    data_dir = tmp_path / "data"
    done = _cli(tmp_path, "correct horse battery", "--data-dir", str(data_dir), "check")
    assert done.returncode == 0, done.stderr
    assert "participants: 0" in done.stdout
    assert "encrypted, key in the recovery passphrase" in done.stdout
    db = data_dir / "profiles" / "default" / "advisor.db"
    assert not db.read_bytes().startswith(b"SQLite format 3\x00")
    assert (db.parent / "keyfile.json").exists()
    wrong = _cli(tmp_path, "wrong passphrase!", "--data-dir", str(data_dir), "check")
    assert wrong.returncode == 1
    assert wrong.stderr.count("\n") == 1 and "Traceback" not in wrong.stderr


@pytest.mark.integration
def test_no_keyring_and_no_passphrase_fails_closed(tmp_path: Path) -> None:
    """Without keyring or passphrase nothing is created: one line, exit 1, no plaintext DB."""
    data_dir = tmp_path / "data"
    done = _cli(tmp_path, None, "--data-dir", str(data_dir), "check")
    assert done.returncode == 1
    assert done.stderr.startswith("advisor-app: ") and done.stderr.count("\n") == 1
    assert not (data_dir / "profiles" / "default" / "advisor.db").exists()


def test_only_the_program_entry_freezes_the_imported_objects(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only main() on the process's own command line freezes the collector's old objects."""
    frozen: list[bool] = []
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    monkeypatch.setattr(sys, "argv", ["advisor-app", "--version"])
    with pytest.raises(SystemExit):
        main()
    assert frozen == [True]
    with pytest.raises(SystemExit):
        main(["--version"])
    assert frozen == [True]
    assert capsys.readouterr().out.startswith("advisor-app ")


@pytest.mark.integration
def test_version_and_import_in_a_real_process(tmp_path: Path) -> None:
    """The installed entry point answers --version and imports a sample."""
    version = _cli(tmp_path, None, "--version")
    assert version.returncode == 0 and version.stdout.startswith("advisor-app ")
    data_dir = tmp_path / "data"
    done = _cli(
        tmp_path, "passphrase 123", "--data-dir", str(data_dir), "import", str(DATA / SAMPLES[1])
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("created balance ")
