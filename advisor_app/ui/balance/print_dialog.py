"""Print dialog of a balance: pick a document, render it off the GUI thread, preview, print or save.

The document is rendered by ``services.reports`` on the io executor; for the portfolio the bytes
of its image files are read first on the db executor (the io pool never opens a database
session, ARCHITECTURE.md §3), so its thumbnails match the CLI's. Pages are previewed with
:func:`~advisor_app.ui.balance.thumbnails.render_pdf_page` (pypdfium2, in memory). Nothing is
written to a temporary file: personal data must not be left in /tmp, so "Open in viewer" first
saves to a path the advisor chose. The module functions are seams tests monkeypatch.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from concurrent.futures import Executor
from pathlib import Path
from uuid import UUID

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from advisor_app.domain.entities import BalanceRecord
from advisor_app.services.reports import (
    LARGE_PRINT_KINDS,
    RenderedReport,
    ReportFinding,
    ReportKind,
    ReportService,
)
from advisor_app.ui.balance.thumbnails import render_pdf_page
from advisor_app.ui.tasks import Op

__all__ = ["PREVIEW_SIZE", "PrintDialog", "ask_printer", "ask_save_path", "open_in_viewer"]

#: Box the preview page is scaled into (pixels; about an A4 page at 72 dpi × 1.2).
PREVIEW_SIZE = QSize(714, 1010)


def ask_printer(parent: QWidget | None) -> QPrinter | None:
    """Ask for a printer with the system print dialog; None when cancelled (test seam)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def ask_save_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to save the PDF; None when cancelled (test seam)."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PrintDialog", "Save as PDF"),
        suggested,
        QCoreApplication.translate("PrintDialog", "PDF documents (*.pdf)"),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def open_in_viewer(path: Path) -> bool:
    """Open a saved file in the system's PDF viewer (test seam)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a sibling file, so a crash leaves no half document."""
    partial = path.with_name(f".{path.name}.part")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def finding_text(finding: ReportFinding) -> str:
    """One line of the findings list, in the UI language."""
    if finding.replacement is not None:
        return QCoreApplication.translate("PrintDialog", "Replaced: {text} → {replacement}").format(
            text=finding.text, replacement=finding.replacement
        )
    return QCoreApplication.translate(
        "PrintDialog", "Long sentence (%n words): {text}", "", finding.words or 0
    ).format(text=finding.text)


class PrintDialog(QDialog):
    """Non-modal dialog that renders, previews, prints and saves a document of a balance.

    Args:
        record: Returns the record to print (the view's current draft).
        reports: ``services.reports``.
        executor: The io executor the rendering runs on.
        parent: Parent widget.
        db_executor: The db executor the portfolio's image bytes are read on; without it
            the portfolio prints without thumbnails.

    Signals:
        document_did_output(str): A document was sent to the printer or saved; carries its
            kind (the balance view records it in the audit trail).
    """

    document_did_output = Signal(str)

    def __init__(
        self,
        record: Callable[[], BalanceRecord],
        reports: ReportService,
        executor: Executor,
        parent: QWidget | None = None,
        *,
        db_executor: Executor | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printDialog")
        self.setModal(False)
        self._record = record
        self._reports = reports
        self._executor = executor
        self._db_executor = db_executor
        self.report: RenderedReport | None = None
        self.page_index = 0
        self.page_count = 0
        self._busy = False

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        # A withdrawn balance offers the confirmation of resignation instead of the summaries.
        for kind in reports.available_kinds(record()):
            self.kind_combo.addItem("", kind)
        self.large_print_check = QCheckBox()
        self.large_print_check.setObjectName("largePrintCheck")
        self.render_button = QPushButton()
        self.render_button.setObjectName("renderButton")
        self.render_button.setDefault(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.findings_label = QLabel()
        self.findings_label.setObjectName("findingsLabel")
        self.findings_list = QListWidget()
        self.findings_list.setObjectName("findingsList")
        self.findings_list.setMaximumHeight(120)
        self.findings_label.setBuddy(self.findings_list)
        self.preview = QLabel()
        self.preview.setObjectName("previewLabel")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_scroll = QScrollArea()
        self.preview_scroll.setObjectName("previewScroll")
        self.preview_scroll.setWidget(self.preview)
        self.preview_scroll.setWidgetResizable(True)
        self.previous_button = QPushButton()
        self.previous_button.setObjectName("previousPageButton")
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")
        self.next_button = QPushButton()
        self.next_button.setObjectName("nextPageButton")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveButton")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openButton")
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeButton")

        form = QFormLayout()
        self._kind_label = QLabel()
        self._kind_label.setBuddy(self.kind_combo)
        form.addRow(self._kind_label, self.kind_combo)
        form.addRow(self.large_print_check)
        top = QHBoxLayout()
        top.addLayout(form, 1)
        top.addWidget(self.render_button, 0, Qt.AlignmentFlag.AlignBottom)
        pages = QHBoxLayout()
        pages.addWidget(self.previous_button)
        pages.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        pages.addWidget(self.next_button)
        buttons = QHBoxLayout()
        for button in (self.print_button, self.save_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.findings_label)
        layout.addWidget(self.findings_list)
        layout.addWidget(self.preview_scroll, 1)
        layout.addLayout(pages)
        layout.addLayout(buttons)
        for first, second in (
            (self.kind_combo, self.large_print_check),
            (self.large_print_check, self.render_button),
            (self.render_button, self.findings_list),
            (self.findings_list, self.preview_scroll),
            (self.preview_scroll, self.previous_button),
            (self.previous_button, self.next_button),
            (self.next_button, self.print_button),
            (self.print_button, self.save_button),
            (self.save_button, self.open_button),
            (self.open_button, self.close_button),
        ):
            QWidget.setTabOrder(first, second)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.render_button.clicked.connect(self.render_document)
        self.previous_button.clicked.connect(lambda: self.show_page(self.page_index - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self.page_index + 1))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.open_button.clicked.connect(self.open_document)
        self.close_button.clicked.connect(self.close)
        self.resize(820, 900)
        self.retranslateUi()
        self._kind_changed()

    @property
    def kind(self) -> ReportKind:
        """The document kind chosen."""
        return ReportKind(self.kind_combo.currentData())

    def set_kind(self, kind: ReportKind) -> None:
        """Choose a document kind (as the advisor would in the combo box)."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Print"))
        names = {
            ReportKind.SUMMARY: self.tr("Summary for the participant"),
            ReportKind.EASY_READ: self.tr("Easy-to-read summary"),
            ReportKind.PORTFOLIO: self.tr("Portfolio"),
            ReportKind.PLAN: self.tr("Development plan"),
            ReportKind.CONSENT: self.tr("Agreement and consents"),
            ReportKind.RESIGNATION: self.tr("Confirmation of resignation"),
        }
        for index in range(self.kind_combo.count()):
            self.kind_combo.setItemText(index, names[ReportKind(self.kind_combo.itemData(index))])
        self._kind_label.setText(self.tr("&Document:"))
        self.kind_combo.setAccessibleName(self.tr("Document to print"))
        self.large_print_check.setText(self.tr("&Large print"))
        self.large_print_check.setAccessibleName(self.tr("Large print"))
        self.render_button.setText(self.tr("&Render"))
        self.render_button.setAccessibleName(self.tr("Render the document"))
        self.findings_label.setText(self.tr("Language &check:"))
        self.findings_list.setAccessibleName(self.tr("Language check findings"))
        self.preview_scroll.setAccessibleName(self.tr("Page preview"))
        self.preview.setAccessibleName(self.tr("Page preview"))
        self.previous_button.setText(self.tr("P&revious page"))
        self.previous_button.setAccessibleName(self.tr("Previous page"))
        self.next_button.setText(self.tr("&Next page"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the document"))
        self.save_button.setText(self.tr("&Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the document as PDF"))
        self.open_button.setText(self.tr("&Open in viewer…"))
        self.open_button.setAccessibleName(self.tr("Save and open the document in the PDF viewer"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close the print dialog"))
        self._update_page_label()

    def _kind_changed(self) -> None:
        self.large_print_check.setEnabled(self.kind in LARGE_PRINT_KINDS)
        self._set_report(None)

    def _set_report(self, report: RenderedReport | None) -> None:
        self.report = report
        self.findings_list.clear()
        for finding in report.findings if report is not None else ():
            self.findings_list.addItem(finding_text(finding))
        has_findings = self.findings_list.count() > 0
        self.findings_label.setVisible(has_findings)
        self.findings_list.setVisible(has_findings)
        self.page_count = 0
        self.page_index = 0
        self.preview.clear()
        if report is not None:
            self.show_page(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = self.report is not None and not self._busy
        self.render_button.setEnabled(not self._busy)
        self.kind_combo.setEnabled(not self._busy)
        for button in (self.print_button, self.save_button, self.open_button):
            button.setEnabled(ready)
        self.previous_button.setEnabled(ready and self.page_index > 0)
        self.next_button.setEnabled(ready and self.page_index < self.page_count - 1)
        self._update_page_label()

    def _update_page_label(self) -> None:
        text = f"{self.page_index + 1} / {self.page_count}" if self.page_count else ""
        self.page_label.setText(text)
        self.page_label.setAccessibleName(
            self.tr("Page {page} of {count}").format(
                page=self.page_index + 1, count=self.page_count
            )
            if self.page_count
            else self.tr("No preview")
        )

    def render_document(self) -> None:
        """Render the chosen document on the io executor; the preview shows its first page.

        The portfolio first reads its image files on the db executor, then renders.
        """
        if self._busy:
            return
        record = self._record()
        kind = self.kind
        large = self.large_print_check.isChecked() and kind in LARGE_PRINT_KINDS
        self._busy = True
        self._set_report(None)
        self.status_label.setText(self.tr("Rendering the document…"))
        if kind is ReportKind.PORTFOLIO and self._db_executor is not None:
            reports = self._reports
            Op(self, lambda: reports.portfolio_images(record)).success(
                lambda images: self._render(record, kind, large, images)
            ).failure(self._render_failed).with_progress(
                self.tr("Reading the evidence files…")
            ).run(self._db_executor)
            return
        self._render(record, kind, large, None)

    def _render(
        self,
        record: BalanceRecord,
        kind: ReportKind,
        large: bool,
        images: Mapping[UUID, bytes] | None,
    ) -> None:
        reports = self._reports
        Op(self, lambda: reports.render(record, kind, large_print=large, images=images)).success(
            self._rendered
        ).failure(self._render_failed).with_progress(self.tr("Rendering the document…")).run(
            self._executor
        )

    def _rendered(self, report: RenderedReport) -> None:
        self._busy = False
        self.status_label.clear()
        self._set_report(report)

    def _render_failed(self, error: BaseException) -> None:
        from advisor_app.ui.tasks import show_failure

        self._busy = False
        self.status_label.setText(self.tr("The document could not be rendered."))
        self._update_buttons()
        show_failure(self, error)

    def show_page(self, index: int) -> None:
        """Show page ``index`` (0-based) of the rendered document in the preview."""
        if self.report is None:
            return
        rendered = render_pdf_page(self.report.pdf, PREVIEW_SIZE, max(index, 0))
        if rendered is None:
            return
        image, self.page_count = rendered
        self.page_index = max(index, 0)
        self.preview.setPixmap(QPixmap.fromImage(image))
        self._update_buttons()

    def print_document(self) -> None:
        """Ask for a printer and paint every page onto it."""
        if self.report is None:
            return
        printer = ask_printer(self)
        if printer is None:
            return
        paint_pages(self.report.pdf, printer)
        self.status_label.setText(self.tr("Sent to the printer."))
        self.document_did_output.emit(self.report.kind.value)

    def save_document(self) -> Path | None:
        """Ask for a path and save the rendered PDF there; returns the path or None."""
        if self.report is None:
            return None
        path = ask_save_path(self, f"{self.report.kind.value}.pdf")
        if path is None:
            return None
        try:
            write_atomically(path, self.report.pdf)
        except OSError as exc:
            self.status_label.setText(
                self.tr("Could not save {path}: {error}").format(path=path, error=exc.strerror)
            )
            return None
        self.status_label.setText(self.tr("Saved to {path}.").format(path=path))
        self.document_did_output.emit(self.report.kind.value)
        return path

    def open_document(self) -> None:
        """Save the PDF where the advisor chooses, then open it in the system viewer."""
        path = self.save_document()
        if path is not None and not open_in_viewer(path):
            self.status_label.setText(self.tr("No PDF viewer could open {path}.").format(path=path))


def paint_pages(pdf: bytes, printer: QPrinter) -> int:
    """Paint every page of ``pdf`` onto ``printer``, one printer page each; returns the count."""
    rect = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
    size = QSize(max(rect.width(), 1), max(rect.height(), 1))
    first = render_pdf_page(pdf, size, 0)
    if first is None:
        return 0
    count = first[1]
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for index in range(count):
            rendered = first if index == 0 else render_pdf_page(pdf, size, index)
            if rendered is None:
                continue
            if index > 0:
                printer.newPage()
            image = rendered[0]
            x = (size.width() - image.width()) // 2
            painter.drawImage(x, 0, image)
    finally:
        painter.end()
    return count
