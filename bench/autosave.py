"""Autosave of one field edit (ARCHITECTURE.md §11): GUI thread ≤ 5 ms, commit ≤ 3× raw sqlite3.

(a) GUI thread: the SC01-sized balance open in a real balance window (real stage pages,
offscreen) on the behavioural page; the median time of one ``draft.edit`` of an episode's
Action text, including the page reloading itself through ``record_did_change``. Also measured:
a real keystroke into the Action field (widget + edit), and the deferred refresh of the progress
marks and issue list (it runs at most once per ``MARKS_DELAY_MS`` while typing). Saves run on a
real db executor meanwhile, so the GUI thread competes with them as it does in use.

(b) Durable commit: ``services.balances.save`` of the SC01 balance with one text changed, on an
encrypted profile (WAL, synchronous=FULL), against a raw stdlib ``sqlite3`` one-row UPDATE and
commit with the same pragmas on a plain file in the same directory, alternating, same run.
"""

from __future__ import annotations

import dataclasses
import secrets
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import keyring

from advisor_app.app import open_app
from advisor_app.domain.editing import update_item
from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.enums import Stage
from advisor_app.storage.engine import create_encrypted_engine
from bench._common import emit
from tests.helpers.domain_factories import finishable_record
from tests.helpers.memkeyring import MemoryKeyring

EDITS, KEYSTROKES, COMMITS = 200, 200, 60
GUI_BUDGET_MS, COMMIT_BUDGET = 5.0, 3.0


def _sc01_record() -> BalanceRecord:
    """The SC01 balance as a draft the advisor is working on (behavioural stage)."""
    record = finishable_record()
    balance = dataclasses.replace(record.balance, current_stage=Stage.BEHAVIOURAL, finished_at=None)
    return dataclasses.replace(record, balance=balance)


def _with_action(record: BalanceRecord, text: str) -> BalanceRecord:
    episode_id = record.episodes[0].id
    return dataclasses.replace(
        record,
        episodes=update_item(
            record.episodes, episode_id, lambda e: dataclasses.replace(e, action=text)
        ),
    )


def _ms(samples: list[float]) -> float:
    return round(statistics.median(samples) * 1000, 3)


def _p95_ms(samples: list[float]) -> float:
    ordered = sorted(samples)
    return round(ordered[int(len(ordered) * 0.95) - 1] * 1000, 3)


def gui_thread(data_dir: Path) -> dict[str, float | int | str]:
    """Time edits and keystrokes in a real balance window (offscreen)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from advisor_app.ui.balance.balance_view import BalanceView

    QApplication.instance() or QApplication(sys.argv)
    opened = open_app(data_dir)
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
    record = _sc01_record()
    opened.services.participants.save(record.participant)
    opened.services.balances.save(record)
    view = BalanceView(record, opened.services.balances.save, executor)
    view.show()
    view.show_entry(Stage.BEHAVIOURAL)
    page = view.current_page()
    episode = record.episodes[0]
    field: QPlainTextEdit | None = None
    select, field_of = getattr(page, "select_episode", None), getattr(page, "field", None)
    if callable(select) and callable(field_of):
        select(episode.id)
        candidate = field_of("action")
        if isinstance(candidate, QPlainTextEdit):
            field = candidate

    refresh_samples: list[float] = []
    refresh = view._refresh_marks

    def timed_refresh() -> None:
        start = time.perf_counter()
        refresh()
        refresh_samples.append(time.perf_counter() - start)

    view._marks_timer.timeout.disconnect()
    view._marks_timer.timeout.connect(timed_refresh)

    edit_samples: list[float] = []
    key_samples: list[float] = []
    text = episode.action

    def edit_step() -> None:
        nonlocal text
        text += "x"
        after = text
        start = time.perf_counter()
        view.draft.edit(
            "Edit the action",
            lambda r: _with_action(r, after),
            merge_key=f"episode:{episode.id}:action",
        )
        edit_samples.append(time.perf_counter() - start)

    def key_step() -> None:
        assert field is not None
        start = time.perf_counter()
        QTest.keyClicks(field, "y")
        key_samples.append(time.perf_counter() - start)

    # Like typing: one step every 25 ms, so autosaves and mark refreshes happen in between.
    def run(step: Callable[[], None], count: int) -> None:
        loop = QEventLoop()  # a local loop: QApplication.quit() would also close the window
        timer = QTimer()
        timer.setInterval(25)
        done = [0]

        def tick() -> None:
            step()
            done[0] += 1
            if done[0] >= count:
                timer.stop()
                view.draft.all_did_save.connect(loop.quit)
                view.draft.flush()  # emits all_did_save at once when nothing waits

        timer.timeout.connect(tick)
        timer.start()
        if view.draft.is_saved or done[0] < count:
            loop.exec()
        view.draft.all_did_save.disconnect(loop.quit)

    run(edit_step, EDITS)
    if field is not None:
        field.setFocus()
        field.moveCursor(QTextCursor.MoveOperation.End)
        run(key_step, KEYSTROKES)
    view.draft.flush()
    view.close()
    executor.shutdown(wait=True)
    opened.close()
    return {
        "edit_ms": _ms(edit_samples),
        "edit_p95_ms": _p95_ms(edit_samples),
        "keystroke_ms": _ms(key_samples) if key_samples else "n/a",
        "keystroke_p95_ms": _p95_ms(key_samples) if key_samples else "n/a",
        "marks_refresh_ms": _ms(refresh_samples),
        "marks_refreshes": len(refresh_samples),
        "pages": ",".join(type(view.page(k)).__name__ for k in view.entry_keys()),
    }


def durable_commit(data_dir: Path, tmp: Path) -> dict[str, float]:
    """Median ``balances.save`` of a one-field change vs a raw one-row sqlite3 commit."""
    opened = open_app(data_dir, "commit")
    balances = opened.services.balances
    record = _sc01_record()
    opened.services.participants.save(record.participant)
    balances.save(record)

    raw = sqlite3.connect(tmp / "raw.db", isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON"):
        raw.execute(f"PRAGMA {pragma}")
    raw.execute("CREATE TABLE episode (id INTEGER PRIMARY KEY, action TEXT NOT NULL)")
    raw.execute("INSERT INTO episode VALUES (1, ?)", (record.episodes[0].action,))

    app_samples: list[float] = []
    raw_samples: list[float] = []
    for n in range(COMMITS + 5):
        changed = _with_action(record, f"{record.episodes[0].action} {n}")
        start = time.perf_counter()
        balances.save(changed)
        app_time = time.perf_counter() - start
        start = time.perf_counter()
        raw.execute("BEGIN")
        raw.execute("UPDATE episode SET action = ? WHERE id = 1", (changed.episodes[0].action,))
        raw.execute("COMMIT")
        raw_time = time.perf_counter() - start
        if n >= 5:  # the first rounds warm caches and statements
            app_samples.append(app_time)
            raw_samples.append(raw_time)
    raw.close()
    opened.close()
    app_s, raw_s = statistics.median(app_samples), statistics.median(raw_samples)
    return {
        "commit_ratio": round(app_s / raw_s, 3),
        "save_ms": round(app_s * 1000, 3),
        "raw_sqlite3_commit_ms": round(raw_s * 1000, 3),
        # Context for the ratio: the same one-row commit through SQLCipher.
        "raw_sqlcipher_commit_ms": round(_raw_sqlcipher_commit_s(tmp) * 1000, 3),
    }


def _raw_sqlcipher_commit_s(tmp: Path) -> float:
    """Median one-row UPDATE + commit on an encrypted file with the production pragmas."""
    engine = create_encrypted_engine(tmp / "raw-encrypted.db", secrets.token_bytes(32))
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute("CREATE TABLE episode (id INTEGER PRIMARY KEY, action TEXT NOT NULL)")
        cursor.execute("INSERT INTO episode VALUES (1, '')")
        connection.commit()
        samples = []
        for n in range(COMMITS + 5):
            start = time.perf_counter()
            cursor.execute("UPDATE episode SET action = ? WHERE id = 1", (str(n),))
            connection.commit()
            samples.append(time.perf_counter() - start)
        return statistics.median(samples[5:])
    finally:
        connection.close()
        engine.dispose()


def main() -> None:
    """Run both measurements and print one JSON line."""
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        commit = durable_commit(data_dir, Path(tmp))
        gui = gui_thread(data_dir)
    emit(
        "autosave_one_field",
        gui_budget_ms=GUI_BUDGET_MS,
        **gui,
        commit_budget=COMMIT_BUDGET,
        **commit,
    )


if __name__ == "__main__":
    main()
