"""The profile picker at start and File → Switch profile in the running application (issue 8)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from advisor_app import app as app_module
from advisor_app.services.profiles import new_profile_setup
from advisor_app.ui.main_window import MainWindow
from advisor_app.ui.privacy_dialogs import ProfileChoice, ProfilePickerDialog
from advisor_app.ui.settings import AppSettings


def test_picker_at_start_and_switching_profiles(
    qapp: QApplication, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two profiles: the picker chooses at start; Switch profile closes one and opens the other."""
    names = []
    for display in ("Anna Nowak", "Piotr Kowal"):
        name, setup = new_profile_setup(data_dir, display, "kot-ma-ale-1234")
        app_module.open_app(data_dir, name, setup=setup).close()
        names.append(name)
    answers = [ProfileChoice(names[0]), ProfileChoice(names[1])]
    asked: list[str | None] = []

    def ask(cls, parent, data_dir_, last=None, settings=None):
        asked.append(last)
        return answers.pop(0)

    monkeypatch.setattr(ProfilePickerDialog, "ask", classmethod(ask))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    seen: list[str] = []

    def step() -> None:
        windows = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        if not windows:
            QTimer.singleShot(20, step)
            return
        window = windows[0]
        advisor = window.services.profile.advisor_name
        if advisor in seen:
            QTimer.singleShot(20, step)
            return
        seen.append(advisor)
        if len(seen) == 1:
            window.action_switch_profile.trigger()
            QTimer.singleShot(20, step)
        else:
            window.close()

    QTimer.singleShot(0, step)
    assert app_module.run_gui(data_dir) == 0
    assert seen == ["Anna Nowak", "Piotr Kowal"]
    assert asked == [None, names[0]]  # the second time the last profile is preselected
    assert AppSettings(data_dir).last_profile == names[1]
