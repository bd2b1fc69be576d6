"""Language switching: app and Qt catalogues, locale, resource lookup in frozen builds."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDialogButtonBox

from advisor_app.ui import i18n


def _translate(source: str) -> str:
    return QCoreApplication.translate("MainWindow", source)


def test_polish_installs_app_and_qt_catalogues(qtbot) -> None:
    """In Polish our texts, Qt's standard buttons and dates are Polish."""
    assert i18n.set_language("pl")
    assert i18n.current_language() == "pl"
    assert _translate("Search participants…") == "Szukaj uczestników…"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Anuluj"
    assert QLocale().toString(QDate(2026, 11, 2), QLocale.FormatType.ShortFormat) == "2.11.2026"


def test_english_removes_the_polish_translators(qtbot) -> None:
    """Switching to English shows the source texts and English plural forms."""
    assert i18n.set_language("en")
    assert _translate("Search participants…") == "Search participants…"
    assert QCoreApplication.translate("MainWindow", "%n entries", "", 1) == "1 entry"
    assert QLocale().language() == QLocale.Language.English


def test_unsupported_language_falls_back_to_polish(qtbot) -> None:
    """An unknown code from a hand-edited settings file still gives a working Polish UI."""
    assert i18n.set_language("xx")
    assert i18n.current_language() == "pl"


def test_missing_catalogue_is_reported(
    qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Without a compiled catalogue set_language() says so and the UI falls back to English."""
    monkeypatch.setattr(i18n, "app_catalogue_path", lambda language: tmp_path / "none.qm")
    with caplog.at_level(logging.WARNING, logger="advisor_app.ui.i18n"):
        assert not i18n.set_language("pl")
    assert "none.qm" in caplog.text
    assert _translate("Search participants…") == "Search participants…"


def test_frozen_build_finds_resources_in_the_bundle(monkeypatch: pytest.MonkeyPatch) -> None:
    """PyInstaller unpacks resources under sys._MEIPASS/resources."""
    monkeypatch.setattr(sys, "_MEIPASS", "/opt/bilans/_internal", raising=False)
    assert i18n.translations_dir() == Path("/opt/bilans/_internal/resources/i18n")
