"""The print dialog: render on the io executor, preview pages, findings, print, save, a11y."""

from __future__ import annotations

from pathlib import Path
from uuid import uuid4

import pytest
from PySide6.QtCore import QObject
from PySide6.QtPrintSupport import QPrinter

from advisor_app.domain.entities import BalanceRecord
from advisor_app.services.profile import ProfileInfo
from advisor_app.services.reports import ReportKind, ReportService
from advisor_app.ui.balance import print_dialog
from advisor_app.ui.balance.print_dialog import PrintDialog
from tests.gui.helpers import interactive_widgets_without_name
from tests.helpers.domain_factories import finishable_record
from tests.helpers.executors import InlineExecutor


@pytest.fixture
def record() -> BalanceRecord:
    return finishable_record()


@pytest.fixture
def dialog(qtbot, record: BalanceRecord) -> PrintDialog:
    profile = ProfileInfo("default", Path("/nonexistent/profile.db"), uuid4(), "Maria Doradczyni")
    widget = PrintDialog(lambda: record, ReportService(profile), InlineExecutor())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _render(qtbot, dialog: PrintDialog, kind: ReportKind) -> None:
    dialog.set_kind(kind)
    dialog.render_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None)


def test_summary_preview_shows_first_page(qtbot, dialog: PrintDialog) -> None:
    assert not dialog.print_button.isEnabled()
    _render(qtbot, dialog, ReportKind.SUMMARY)
    assert not dialog.preview.pixmap().isNull()
    assert dialog.page_count >= 1
    assert dialog.page_label.text() == f"1 / {dialog.page_count}"
    assert not dialog.previous_button.isEnabled()
    if dialog.page_count > 1:
        dialog.next_button.click()
        assert dialog.page_label.text() == f"2 / {dialog.page_count}"
        assert dialog.previous_button.isEnabled()
    assert not dialog.findings_list.isVisibleTo(dialog)


def test_large_print_only_for_summary_and_plan(dialog: PrintDialog) -> None:
    dialog.set_kind(ReportKind.SUMMARY)
    assert dialog.large_print_check.isEnabled()
    dialog.set_kind(ReportKind.EASY_READ)
    assert not dialog.large_print_check.isEnabled()
    dialog.set_kind(ReportKind.PLAN)
    assert dialog.large_print_check.isEnabled()


def test_easy_read_lists_findings(qtbot, dialog: PrintDialog) -> None:
    _render(qtbot, dialog, ReportKind.EASY_READ)
    items = [dialog.findings_list.item(i).text() for i in range(dialog.findings_list.count())]
    assert items, "the SC01 easy-read text has replaced jargon"
    assert any("→" in item for item in items)
    assert dialog.findings_list.isVisibleTo(dialog)


def test_save_as_pdf_writes_the_document(
    qtbot, dialog: PrintDialog, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(print_dialog, "ask_save_path", lambda _parent, _name: target)
    _render(qtbot, dialog, ReportKind.PLAN)
    dialog.save_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert list(tmp_path.iterdir()) == [target]  # no partial file left behind


def test_open_in_viewer_saves_first(
    qtbot, dialog: PrintDialog, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "consent.pdf"
    opened: list[Path] = []
    monkeypatch.setattr(print_dialog, "ask_save_path", lambda _parent, _name: target)

    def open_in_viewer(path: Path) -> bool:
        opened.append(path)
        return True

    monkeypatch.setattr(print_dialog, "open_in_viewer", open_in_viewer)
    _render(qtbot, dialog, ReportKind.CONSENT)
    dialog.open_button.click()
    assert opened == [target]
    assert target.read_bytes().startswith(b"%PDF")


def test_print_paints_pages_into_the_printer(
    qtbot, dialog: PrintDialog, tmp_path: Path, monkeypatch
) -> None:
    output = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(output))
    asked: list[object] = []

    def ask(parent: object) -> QPrinter:
        asked.append(parent)
        return printer

    monkeypatch.setattr(print_dialog, "ask_printer", ask)
    _render(qtbot, dialog, ReportKind.SUMMARY)
    dialog.print_button.click()
    assert asked == [dialog]
    assert output.stat().st_size > 0


def test_print_cancelled_does_nothing(qtbot, dialog: PrintDialog, monkeypatch) -> None:
    monkeypatch.setattr(print_dialog, "ask_printer", lambda _parent: None)
    _render(qtbot, dialog, ReportKind.SUMMARY)
    dialog.print_button.click()
    assert dialog.status_label.text() == ""


def test_every_control_has_an_accessible_name(qtbot, dialog: PrintDialog) -> None:
    assert interactive_widgets_without_name(dialog) == []
    _render(qtbot, dialog, ReportKind.EASY_READ)
    assert interactive_widgets_without_name(dialog) == []
    for name in ("kindCombo", "largePrintCheck", "renderButton", "printButton", "closeButton"):
        assert dialog.findChild(QObject, name) is not None


def test_balance_view_print_action_opens_one_dialog(make_view, services, record) -> None:
    view = make_view(record, reports=services.reports)
    action = view.action_print
    assert action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+P"
    action.trigger()
    first = view.findChild(PrintDialog)
    assert first is not None and first.isVisible()
    action.trigger()
    assert view.findChildren(PrintDialog) == [first]


def test_balance_view_without_reports_disables_print(make_view, record) -> None:
    view = make_view(record)
    assert not view.action_print.isEnabled()


def _photo(shade: int) -> bytes:
    import io

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (1000, 750), (shade, 100, 150)).save(buffer, "JPEG")
    return buffer.getvalue()


def _record_with_photos(services, record: BalanceRecord) -> tuple[BalanceRecord, dict]:
    """The record with two photos stored through services.attachments on its first evidence."""
    import dataclasses

    photos = {}
    files = []
    for shade in (60, 180):
        data = _photo(shade)
        file = services.attachments.add_bytes(f"zdjecie_{shade}.jpg", data)
        photos[file.id] = data
        files.append(file)
    first = dataclasses.replace(record.evidence[0], files=tuple(files))
    return dataclasses.replace(record, evidence=(first, *record.evidence[1:])), photos


def test_portfolio_from_the_gui_has_the_cli_thumbnails(qtbot, services, record) -> None:
    """The dialog reads the photos on the db executor and prints the same PDF as the CLI path."""
    from advisor_app.reports.labels import language_for
    from advisor_app.reports.portfolio import render_portfolio
    from advisor_app.services.reports import _catalogue

    record, photos = _record_with_photos(services, record)
    io, db = InlineExecutor(), InlineExecutor()
    widget = PrintDialog(lambda: record, services.reports, io, db_executor=db)
    qtbot.addWidget(widget)
    widget.show()
    _render(qtbot, widget, ReportKind.PORTFOLIO)
    assert widget.report is not None
    assert (db.submitted, io.submitted) == (1, 1)  # bytes read on db, rendered on io
    pdf = widget.report.pdf
    assert pdf.count(b"/Subtype /Image") == 2
    printed_on = services.reports._clock().astimezone().date()
    expected = render_portfolio(
        record,
        printed_by=services.profile.advisor_name,
        printed_on=printed_on,
        language=language_for(record.participant),
        images=photos,
        catalogue=_catalogue(),
    )
    assert pdf == expected
    assert not widget.preview.pixmap().isNull()


def test_portfolio_without_a_db_executor_has_no_thumbnails(qtbot, services, record) -> None:
    """Without the db executor the portfolio still renders, only without thumbnails."""
    record, _photos = _record_with_photos(services, record)
    widget = PrintDialog(lambda: record, services.reports, InlineExecutor())
    qtbot.addWidget(widget)
    _render(qtbot, widget, ReportKind.PORTFOLIO)
    assert widget.report is not None
    assert b"/Subtype /Image" not in widget.report.pdf


def test_balance_view_print_dialog_gets_the_db_executor(make_view, services, record) -> None:
    """The print dialog opened from a balance view reads attachments on the view's executor."""
    view = make_view(record, reports=services.reports)
    view.action_print.trigger()
    dialog = view.findChild(PrintDialog)
    assert dialog is not None
    assert dialog._db_executor is view._executor
