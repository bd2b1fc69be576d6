"""Cold start to an idle main window listing 1,000 balances vs a bare PySide6 table window.

Budget ≤ 1.5× (ARCHITECTURE.md §11). Each start is a fresh process (interpreter, imports, Qt,
opening the encrypted profile, first page of the list painted); the baseline process shows a
QMainWindow with one empty QTableView. Wall time is measured by the parent from spawn to exit.

The app child starts the way ``python -m advisor_app --data-dir DIR`` does (``cli.main`` →
``run_gui``: one profile, so no picker; the profile opens on the db executor), and only watches
the main window to quit once its first rows are painted (to hook the window it imports Qt and
the main window module before ``cli.main``, where ``run_gui`` would import them). Both children
run with bytecode caching on, in a private cache filled by the warm-up runs: an installed app
has its ``.pyc`` files, and a ``PYTHONDONTWRITEBYTECODE=1`` shell would otherwise add
recompiling every ``advisor_app`` module to each start.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import keyring

from advisor_app.storage.keys import KEYRING_SERVICE, KeyCustody, db_key_account
from advisor_app.storage.profile import open_profile, profile_dir_for
from advisor_app.storage.unit_of_work import UnitOfWork
from bench._common import emit, synthetic_record
from bench._filekeyring import ENV, FileKeyring

BALANCES, REPEAT = 1_000, 5
ROOT = Path(__file__).resolve().parent.parent

APP_CHILD = """
import sys
from advisor_app import cli  # first, as in ``python -m advisor_app``
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from advisor_app.ui.main_window import MainWindow
built = MainWindow.__init__
def watched(window, *args, **kwargs):
    built(window, *args, **kwargs)
    def loaded():
        assert window.model.rowCount() > 0
        QTimer.singleShot(0, QApplication.quit)  # let the first paint of the rows happen
    window.model.rows_did_load.connect(loaded)
MainWindow.__init__ = watched
sys.argv = ["advisor-app", "--data-dir", sys.argv[1]]  # the command line of a real start
sys.exit(cli.main())
"""

BARE_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
window = QMainWindow()
view = QTableView()
view.setModel(QStandardItemModel(0, 7))
window.setCentralWidget(view)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def populate(data_dir: Path, count: int = BALANCES) -> None:
    """Create the default profile with ``count`` participants, each with one draft balance."""
    profile_dir = profile_dir_for(data_dir, "default")
    custody = KeyCustody(
        profile_dir, KEYRING_SERVICE, db_key_account("local", "default"), lambda _: None
    )
    opened = open_profile(profile_dir, custody)
    rng = random.Random(11)
    now = dt.datetime(2026, 11, 27, tzinfo=dt.UTC)
    with UnitOfWork(opened.session_factory) as uow:
        for _ in range(count):
            record = synthetic_record(rng, now)
            uow.participants.save(record.participant, now=now)
            uow.balances.save_record(record, now=now)
        uow.commit()
    opened.engine.dispose()


def timed_run(code: str, *args: str, env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds from spawning a Python child running ``code`` until it exits, and its CPU
    seconds (user + system; NaN where ``resource`` is missing). CPU time varies less than wall
    time on a machine other jobs load."""
    cpu_before = _children_cpu()
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, cwd=ROOT, capture_output=True, check=False
    )
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.stderr.write(done.stderr.decode(errors="replace"))
        raise SystemExit(f"benchmark child failed with exit code {done.returncode}")
    return elapsed, _children_cpu() - cpu_before


def _children_cpu() -> float:
    try:
        import resource  # Unix only
    except ImportError:
        return math.nan
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    """Populate a profile, then alternate app and baseline starts."""
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        env = dict(os.environ)
        env[ENV] = str(Path(tmp) / "keyring.json")
        env["PYTHON_KEYRING_BACKEND"] = "bench._filekeyring.FileKeyring"
        env["QT_QPA_PLATFORM"] = "offscreen"
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")  # filled by the warm-up runs
        os.environ[ENV] = env[ENV]
        keyring.set_keyring(FileKeyring())
        populate(data_dir)
        app_run = functools.partial(timed_run, APP_CHILD, str(data_dir), env=env)
        bare_run = functools.partial(timed_run, BARE_CHILD, env=env)
        app_run(), bare_run()  # warm the OS file cache for both
        app_s, bare_s = [], []
        for _ in range(REPEAT):
            app_s.append(app_run())
            bare_s.append(bare_run())
    app_median, bare_median = (
        statistics.median(wall for wall, _ in runs) for runs in (app_s, bare_s)
    )
    app_cpu, bare_cpu = (statistics.median(cpu for _, cpu in runs) for runs in (app_s, bare_s))
    emit(
        "cold_start_1000_balances",
        ratio=round(app_median / bare_median, 3),
        budget=1.5,
        app_s=round(app_median, 3),
        bare_window_s=round(bare_median, 3),
        cpu_ratio=round(app_cpu / bare_cpu, 3),
        app_cpu_s=round(app_cpu, 3),
        bare_window_cpu_s=round(bare_cpu, 3),
        load_average=round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        balances=BALANCES,
    )


if __name__ == "__main__":
    main()
