"""UI settings in settings.ini: typed language, window geometry."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from advisor_app.ui.settings import AppSettings


def test_language_defaults_to_polish_and_persists(data_dir: Path) -> None:
    """A new installation is Polish; a chosen language is read back from the INI file."""
    settings = AppSettings(data_dir)
    assert settings.language == "pl"
    settings.language = "en"
    settings.sync()
    assert (data_dir / "settings.ini").read_text(encoding="utf-8").count("language=en") == 1
    assert AppSettings(data_dir).language == "en"


def test_unknown_language_in_the_file_reads_as_polish(data_dir: Path) -> None:
    """A hand-edited or future value does not break the UI."""
    (data_dir / "settings.ini").write_text("[ui]\nlanguage=tlh\n", encoding="utf-8")
    assert AppSettings(data_dir).language == "pl"


def test_setting_an_unsupported_language_is_refused(data_dir: Path) -> None:
    """Only supported codes are stored."""
    with pytest.raises(ValueError, match="unsupported"):
        AppSettings(data_dir).language = "de"


def test_window_geometry_round_trips(qtbot, data_dir: Path) -> None:
    """The main window reopens with the size it was closed with."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(700, 455)  # within the 800x600 offscreen screen
    settings = AppSettings(data_dir)
    assert not settings.restore_window(window)
    settings.save_window(window)
    settings.sync()

    other = QMainWindow()
    qtbot.addWidget(other)
    assert AppSettings(data_dir).restore_window(other)
    assert (other.width(), other.height()) == (700, 455)
