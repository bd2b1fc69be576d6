"""Memory with 10,000 participants vs a bare PySide6 table window plus the data size.

Budget: resident set ≤ 1.5× the bare window + data size (ARCHITECTURE.md §11), read as
``ratio`` = app / (bare + data) ≤ 1.5; ``ratio_over_bare`` = (app − data) / bare, the stricter
reading, is reported beside it. The app child starts as ``python -m advisor_app --data-dir DIR``
does (see ``bench/cold_start.py``) on an encrypted profile of ``PARTICIPANTS`` participants with
one draft balance each, then scrolls the list to its end, so every row has been loaded into the
model and painted once, and reports its peak resident set. The baseline child is the bare window
of the cold start benchmark (a QMainWindow with one empty QTableView). The data size is the
profile's database file(s) on disk. Both run from bytecode, as in the cold start benchmark.
Unix only (``resource.getrusage``); medians of ``REPEAT`` runs of each.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import keyring

from advisor_app.storage.profile import profile_dir_for
from bench._common import emit
from bench._filekeyring import ENV, FileKeyring
from bench.cold_start import BARE_CHILD, ROOT, populate

PARTICIPANTS, REPEAT, BUDGET = 10_000, 3, 1.5

# Printed by both children when their window is up: the peak resident set in bytes.
_REPORT_RSS = """
import json, resource, sys
def report_rss():
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"rss": peak * (1 if sys.platform == "darwin" else 1024)}), flush=True)
"""

APP_CHILD = (
    _REPORT_RSS
    + """
from advisor_app import cli  # first, as in ``python -m advisor_app``
from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import QApplication
from advisor_app.ui.main_window import MainWindow
built = MainWindow.__init__
def watched(window, *args, **kwargs):
    built(window, *args, **kwargs)
    model = window.model
    def loaded():
        if model.rowCount() < model.total:
            window.view.scrollToBottom()  # the advisor scrolls on: the view asks for more
            model.fetchMore(QModelIndex())
            return
        def done():
            report_rss()
            QApplication.quit()
        QTimer.singleShot(0, done)  # after the last rows are painted
    model.rows_did_load.connect(loaded)
MainWindow.__init__ = watched
sys.argv = ["advisor-app", "--data-dir", sys.argv[1]]  # the command line of a real start
sys.exit(cli.main())
"""
)

BARE_CHILD_RSS = _REPORT_RSS + BARE_CHILD.replace("app.exec()", "app.exec()\nreport_rss()")


def rss_of(code: str, *args: str, env: dict[str, str]) -> int:
    """Peak resident set (bytes) a Python child running ``code`` reports."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, cwd=ROOT, capture_output=True, check=False
    )
    if done.returncode != 0:
        sys.stderr.write(done.stderr.decode(errors="replace"))
        raise SystemExit(f"benchmark child failed with exit code {done.returncode}")
    last = done.stdout.decode().strip().splitlines()[-1]
    return int(json.loads(last)["rss"])


def data_size(data_dir: Path) -> int:
    """Bytes of the default profile's database files."""
    profile_dir = profile_dir_for(data_dir, "default")
    return sum(path.stat().st_size for path in profile_dir.glob("advisor.db*") if path.is_file())


def main() -> None:
    """Populate a profile, then alternate app and baseline children."""
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        env = dict(os.environ)
        env[ENV] = str(Path(tmp) / "keyring.json")
        env["PYTHON_KEYRING_BACKEND"] = "bench._filekeyring.FileKeyring"
        env["QT_QPA_PLATFORM"] = "offscreen"
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # compiling modules would raise the peak
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")  # filled by the warm-up runs
        os.environ[ENV] = env[ENV]
        keyring.set_keyring(FileKeyring())
        populate(data_dir, PARTICIPANTS)
        data_bytes = data_size(data_dir)
        rss_of(APP_CHILD, str(data_dir), env=env), rss_of(BARE_CHILD_RSS, env=env)  # warm-up
        app_rss, bare_rss = [], []
        for _ in range(REPEAT):
            app_rss.append(rss_of(APP_CHILD, str(data_dir), env=env))
            bare_rss.append(rss_of(BARE_CHILD_RSS, env=env))
    app, bare = statistics.median(app_rss), statistics.median(bare_rss)
    mib = 1024 * 1024
    emit(
        "memory_10000_participants",
        ratio=round(app / (bare + data_bytes), 3),
        budget=BUDGET,
        ratio_over_bare=round((app - data_bytes) / bare, 3),
        app_rss_mib=round(app / mib, 1),
        bare_window_rss_mib=round(bare / mib, 1),
        data_mib=round(data_bytes / mib, 1),
        participants=PARTICIPANTS,
    )


if __name__ == "__main__":
    main()
