"""Child process of the crash test: the real app code typing into an episode until it is killed.

Run as ``python -m tests.integration.crash_child DATA_DIR BALANCE_ID EPISODE_ID LOG SEED`` from
the repository root, with ``ADVISOR_APP_PASSPHRASE`` set (the profile uses a key file) and
``QT_QPA_PLATFORM=offscreen``. It does the expensive imports first, prints ``ready``, and waits
for a line on stdin before it opens the profile: the parent starts the next child while the
previous one types, and lets it touch the database only after checking the crashed state.

Then it opens a :class:`~advisor_app.ui.balance.balance_view.BalanceView` on the balance (real
pages, real db executor, real autosave), puts the cursor at the end of the episode's Action
field and types the next characters of :func:`known_text`, one every 20-40 ms. After each
keystroke it appends ``"<N> <time.monotonic()>"`` to LOG (flushed and fsynced), N being the
length of the text after the keystroke: the text is then exactly ``known_text()[:N]``.
"""

from __future__ import annotations

import dataclasses
import random
import string

#: Exit code when the stored text is not a prefix of the known text at start.
BAD_START = 3
#: Exit code when the field's text does not match what was typed.
BAD_TEXT = 4

TEXT_LENGTH = 15_000


def known_text() -> str:
    """The deterministic text the children type, in lower-case ASCII words."""
    rng = random.Random(1998)
    words = []
    length = 0
    while length < TEXT_LENGTH:
        word = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 9)))
        words.append(word)
        length += len(word) + 1
    return " ".join(words)[:TEXT_LENGTH]


def main(argv: list[str]) -> int:
    """Type until killed; returns an error code only when something is wrong."""
    # Everything slow comes before "ready": interpreter, imports, the QApplication.
    import os
    import sys
    import time
    from concurrent.futures import ThreadPoolExecutor
    from pathlib import Path
    from uuid import UUID

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit

    from advisor_app.app import open_app
    from advisor_app.domain.editing import find_item, update_item
    from advisor_app.domain.entities import BalanceRecord
    from advisor_app.domain.enums import Stage
    from advisor_app.ui.balance import pages
    from advisor_app.ui.balance.balance_view import BalanceView

    data_dir, balance_id, episode_id = Path(argv[0]), UUID(argv[1]), UUID(argv[2])
    log_path, seed = Path(argv[3]), int(argv[4])
    app = QApplication([])
    page_types = pages.stage_pages()
    text = known_text()
    print("ready", flush=True)
    if not sys.stdin.readline():
        return 0  # the parent is done and closed the pipe without a "go"

    opened = open_app(data_dir)
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
    record = opened.services.balances.load(balance_id)
    episode = find_item(record.episodes, episode_id)
    assert episode is not None
    if not text.startswith(episode.action):
        print(f"stored text is not a prefix: {episode.action[:40]!r}", file=sys.stderr)
        return BAD_START
    view = BalanceView(record, opened.services.balances.save, executor, page_types=page_types)
    view.show()
    view.show_entry(Stage.BEHAVIOURAL)
    page = view.current_page()
    select = getattr(page, "select_episode", None)
    field_of = getattr(page, "field", None)
    field = None
    if callable(select) and callable(field_of):
        select(episode_id)
        candidate = field_of("action")
        if isinstance(candidate, QPlainTextEdit) and candidate.toPlainText() == episode.action:
            field = candidate
            field.setFocus()
            field.moveCursor(QTextCursor.MoveOperation.End)
    print("mode widget" if field is not None else "mode draft", flush=True)

    rng = random.Random(seed)
    log = open(log_path, "a", encoding="ascii")  # noqa: SIM115 (open until the kill)
    typed = len(episode.action)

    def current_action() -> str:
        found = find_item(view.draft.record.episodes, episode_id)
        return found.action if found is not None else ""

    def keystroke() -> None:
        nonlocal typed
        char = text[typed]
        if field is not None:
            QTest.keyClicks(field, char)  # ASCII only: QTest's key table
        else:
            after = text[: typed + 1]
            view.draft.edit(
                "Edit the action",
                lambda r: _with_action(r, after),
                merge_key=f"episode:{episode_id}:action",
            )
        typed += 1
        if current_action() != text[:typed]:
            print(f"typed text diverged at {typed}", file=sys.stderr)
            app.exit(BAD_TEXT)
            return
        log.write(f"{typed} {time.monotonic():.6f}\n")
        log.flush()
        os.fsync(log.fileno())
        QTimer.singleShot(rng.randint(20, 40), keystroke)

    def _with_action(record: BalanceRecord, action: str) -> BalanceRecord:
        return dataclasses.replace(
            record,
            episodes=update_item(
                record.episodes, episode_id, lambda e: dataclasses.replace(e, action=action)
            ),
        )

    QTimer.singleShot(0, keystroke)
    return app.exec()


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv[1:]))
