"""Fixtures of the GUI tests: compiled translations, real services on a temp profile, windows."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from advisor_app.app import OpenedApp, open_app
from advisor_app.services.container import Services
from advisor_app.ui import i18n
from advisor_app.ui.main_window import MainWindow
from advisor_app.ui.settings import AppSettings
from tests.helpers.executors import InlineExecutor

_LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


@pytest.fixture(scope="session")
def ui_catalogues() -> list[Path]:
    """The compiled UI catalogues, built from their .ts sources when missing or stale."""
    built = []
    for language in i18n.SUPPORTED_LANGUAGES:
        qm = i18n.app_catalogue_path(language)
        ts = qm.with_suffix(".ts")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            # What `make translations` does; the .qm files are build output.
            subprocess.run(
                [str(_LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60
            )
        built.append(qm)
    return built


@pytest.fixture(autouse=True)
def polish_ui(qapp: QApplication, ui_catalogues: list[Path]) -> Iterator[None]:
    """Every GUI test starts in Polish, the default UI language."""
    assert i18n.set_language("pl"), f"Polish catalogue not loaded: {ui_catalogues}"
    yield
    i18n.set_language("pl")


@pytest.fixture
def executor() -> InlineExecutor:
    """The db executor: runs jobs at once; results still arrive through the event loop."""
    return InlineExecutor()


@pytest.fixture
def opened_profile(data_dir: Path) -> Iterator[OpenedApp]:
    """A new encrypted profile in this test's data directory, closed afterwards."""
    opened = open_app(data_dir)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def services(opened_profile: OpenedApp) -> Services:
    """The real services of an empty profile."""
    return opened_profile.services


@pytest.fixture
def settings(data_dir: Path) -> AppSettings:
    """UI settings stored in this test's data directory."""
    return AppSettings(data_dir)


@pytest.fixture
def make_window(qtbot, services: Services, executor: InlineExecutor, settings: AppSettings):
    """Build a shown main window on the services and wait until its list has loaded."""

    def make(svc: Services | None = None) -> MainWindow:
        window = MainWindow(svc or services, executor, settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.model.loaded_once)
        return window

    return make
