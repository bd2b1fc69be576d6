"""The app's icon and display name, and the packaging smoke-test hook (packaging/smoke.sh)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from advisor_app import app as composition
from advisor_app.resources import resource_path


@pytest.fixture
def restore_branding(qapp: QApplication) -> Iterator[None]:
    """Put back the QApplication-wide icon and names the test changes."""
    icon, name, desktop = qapp.windowIcon(), qapp.applicationDisplayName(), qapp.desktopFileName()
    yield
    qapp.setWindowIcon(icon)
    qapp.setApplicationDisplayName(name)
    qapp.setDesktopFileName(desktop)


def test_every_icon_size_is_shipped() -> None:
    for size in composition.ICON_SIZES:
        assert resource_path("icons", f"advisor-app-{size}.png").is_file(), size
    assert resource_path("icons", "advisor-app.svg").is_file()
    assert resource_path("icons", "advisor-app.ico").is_file()


@pytest.mark.usefixtures("restore_branding")
@pytest.mark.parametrize(
    ("language", "name"), [("pl", "Bilans kompetencji"), ("en", "Competence balance")]
)
def test_brand_sets_icon_and_name(qapp: QApplication, language: str, name: str) -> None:
    composition._brand(qapp, language)

    assert qapp.applicationDisplayName() == name
    assert qapp.desktopFileName() == "advisor-app"
    sizes = {size.width() for size in qapp.windowIcon().availableSizes()}
    assert sizes == set(composition.ICON_SIZES)


class _FakeApp:
    """What the hook uses of the QApplication, with a quit() that does not end the test run."""

    def __init__(self) -> None:
        self.quit_calls = 0

    def windowIcon(self) -> QIcon:
        return QIcon(str(resource_path("icons", "advisor-app-32.png")))

    def applicationDisplayName(self) -> str:
        return "Bilans kompetencji"

    def quit(self) -> None:
        self.quit_calls += 1


def test_smoke_hook_prints_polish_buttons_and_quits(
    qtbot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    window = QWidget()
    window.setWindowTitle("Bilans")
    qtbot.addWidget(window)
    fake = _FakeApp()
    monkeypatch.setenv(composition.SMOKE_QUIT_ENV, "10")

    composition._smoke_quit_later(fake, window)  # type: ignore[arg-type]

    qtbot.waitUntil(lambda: fake.quit_calls == 1, timeout=5000)
    line = capsys.readouterr().out.strip()
    assert line.startswith("smoke-gui: title='Bilans' name='Bilans kompetencji' icon=ok")
    assert "pdf-preview=ok" in line
    # Qt's own Polish catalogue (qtbase_pl.qm), installed by the polish_ui fixture.
    assert {"Tak", "Nie", "Anuluj"} <= set(line.split("buttons=")[1].split("|"))
    for box in window.findChildren(QMessageBox):
        box.close()


def test_smoke_hook_is_off_without_the_variable(
    qtbot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    monkeypatch.delenv(composition.SMOKE_QUIT_ENV, raising=False)

    composition._smoke_quit_later(_FakeApp(), window)  # type: ignore[arg-type]

    assert capsys.readouterr().out == ""
    assert window.findChildren(QMessageBox) == []
