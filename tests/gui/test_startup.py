"""Opening the profile before the main window: off the GUI thread, passphrase on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtWidgets import QApplication, QMessageBox

from advisor_app.app import OpenedApp, open_app
from advisor_app.storage.keys import PassphrasePurpose
from advisor_app.ui.startup import AskPassphrase, ProfileStartup


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A machine without a usable keyring: the profile needs a recovery passphrase."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def executor() -> Iterator[ThreadPoolExecutor]:
    """A real db executor thread, as in the application."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db")
    yield pool
    pool.shutdown(wait=True)


def _opener(data_dir: Path) -> Callable[[Callable[[str], None], AskPassphrase], OpenedApp]:
    def open_profile(progress: Callable[[str], None], ask: AskPassphrase) -> OpenedApp:
        def passphrase(purpose: PassphrasePurpose) -> str | None:
            return ask(purpose is PassphrasePurpose.CREATE)

        return open_app(data_dir, passphrase_provider=passphrase, progress=progress)

    return open_profile


def test_profile_opens_on_the_executor_and_asks_on_the_gui_thread(
    qtbot, data_dir: Path, no_keyring: None, executor: ThreadPoolExecutor
) -> None:
    """The worker opens the profile; the passphrase dialog runs on the GUI thread."""
    asked: list[tuple[bool, bool]] = []
    opened: list[OpenedApp] = []
    opened_on: list[str] = []

    def ask(creating: bool) -> str | None:
        asked.append((creating, threading.current_thread() is threading.main_thread()))
        return "correct horse battery"

    def open_profile(progress: Callable[[str], None], ask_: AskPassphrase) -> OpenedApp:
        opened_on.append(threading.current_thread().name)
        return _opener(data_dir)(progress, ask_)

    startup = ProfileStartup(open_profile, opened.append, executor, ask)
    startup.start()
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    assert asked == [(True, True)]
    assert opened_on[0].startswith("db")
    services = opened[0].services
    assert executor.submit(services.demo.is_empty).result() is True
    executor.submit(opened[0].close).result()
    assert (data_dir / "profiles" / "default" / "keyfile.json").exists()


def test_cancelled_passphrase_shows_why_and_opens_nothing(
    qtbot, data_dir: Path, no_keyring: None, executor: ThreadPoolExecutor
) -> None:
    """Cancelling the passphrase dialog fails closed with a message, never a plaintext DB."""
    opened: list[OpenedApp] = []
    startup = ProfileStartup(_opener(data_dir), opened.append, executor, lambda creating: None)
    failed: list[bool] = []
    startup.opening_did_fail.connect(lambda: failed.append(True))
    startup.start()

    def error_box() -> QMessageBox | None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        return boxes[0] if boxes and boxes[0].isVisible() else None

    qtbot.waitUntil(lambda: error_box() is not None, timeout=30_000)
    box = error_box()
    assert box is not None
    assert box.windowTitle() == "Nie można otworzyć profilu"
    assert not opened
    assert not (data_dir / "profiles" / "default" / "advisor.db").exists()
    box.close()
    qtbot.waitUntil(lambda: failed == [True])
