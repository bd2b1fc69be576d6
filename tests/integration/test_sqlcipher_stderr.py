"""In a fresh process, a wrong key is one clean error: SQLCipher prints nothing on stderr."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from advisor_app.storage.engine import create_encrypted_engine

pytestmark = pytest.mark.integration

REPO_ROOT = Path(__file__).resolve().parents[2]

# SQLCipher's log level is process-wide state, so only a fresh interpreter shows whether the
# engine silences it before the key is tried (an earlier test in this process may have done it).
OPEN_WITH_ENGINE = """
import sys
from pathlib import Path
from advisor_app.errors import WrongKey
from advisor_app.storage.engine import create_encrypted_engine
try:
    create_encrypted_engine(Path(sys.argv[1]), bytes.fromhex(sys.argv[2]))
except WrongKey as error:
    print("WrongKey:", error)
"""

OPEN_WITH_RAW_DRIVER = """
import sys
import sqlcipher3
conn = sqlcipher3.connect(sys.argv[1])
conn.execute("PRAGMA key = \\"x'" + sys.argv[2] + "'\\"")
try:
    conn.execute("SELECT count(*) FROM sqlite_master")
except sqlcipher3.DatabaseError as error:
    print("DatabaseError:", error)
"""


def run_python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a new interpreter that imports advisor_app from this checkout."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


@pytest.fixture
def encrypted_db(tmp_path: Path) -> Path:
    """An encrypted database with one table, closed."""
    path = tmp_path / "advisor.db"
    engine = create_encrypted_engine(path, secrets.token_bytes(32))
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x)")
    engine.dispose()
    return path


def test_wrong_key_in_fresh_process_prints_only_our_message(encrypted_db: Path) -> None:
    """The CLI's one-line error is not preceded by SQLCipher 'hmac check failed' lines."""
    result = run_python(OPEN_WITH_ENGINE, str(encrypted_db), secrets.token_hex(32))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("WrongKey: cannot open")
    assert result.stderr == ""


def test_raw_driver_does_print_noise(encrypted_db: Path) -> None:
    """Canary: the raw driver still logs on a wrong key, so the test above is not vacuous."""
    result = run_python(OPEN_WITH_RAW_DRIVER, str(encrypted_db), secrets.token_hex(32))
    assert result.stdout.startswith("DatabaseError: file is not a database")
    assert "hmac check failed" in result.stderr
