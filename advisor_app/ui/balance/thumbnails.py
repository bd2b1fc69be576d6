"""Pictures of evidence files: thumbnails from bytes, a preview window, and the file dialog seam.

Attachments live only inside the encrypted database, so nothing here writes a file: thumbnails
and previews are decoded from bytes in memory (``QImage.fromData``), never through a temporary
file an external viewer could open. PDF pages are rendered in memory with pypdfium2 (the
installed Qt has no QtPdf module).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

__all__ = [
    "THUMBNAIL_PX",
    "FilePreviewDialog",
    "ThumbnailCache",
    "ask_evidence_files",
    "file_icon",
    "is_image",
    "scaled_image",
    "show_preview",
]

#: Longest side of a thumbnail in the file list (pixels).
THUMBNAIL_PX = 96

_IMAGE_TYPES = frozenset({"image/jpeg", "image/png"})


def is_image(media_type: str) -> bool:
    """Tell whether a file of this media type gets a thumbnail (JPEG, PNG)."""
    return media_type in _IMAGE_TYPES


def scaled_image(data: bytes, size: int = THUMBNAIL_PX) -> QImage | None:
    """Decode image bytes and scale them to fit ``size``×``size``; None when Qt cannot decode."""
    image = QImage.fromData(data)
    if image.isNull():
        return None
    if image.width() > size or image.height() > size:
        image = image.scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


def render_pdf_page(data: bytes, size: QSize, index: int = 0) -> tuple[QImage, int] | None:
    """Render one page of a PDF held in memory, scaled to fit ``size``.

    Returns:
        The page picture and the document's page count, or None when the bytes are no PDF that
        PDFium can open (a damaged or encrypted file).
    """
    import pypdfium2 as pdfium  # late: only a PDF preview needs it

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return None
    try:
        count = len(document)
        if not 0 <= index < count:
            return None
        page = document[index]
        width, height = page.get_size()
        scale = min(size.width() / width, size.height() / height) if width and height else 1
        bitmap = page.render(scale=max(scale, 0.1), rev_byteorder=True)
        channels = bitmap.n_channels
        image_format = (
            QImage.Format.Format_RGB888 if channels == 3 else QImage.Format.Format_RGBA8888
        )
        # copy(): the QImage must own its pixels once PDFium's buffer is freed.
        image = QImage(
            bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, image_format
        ).copy()
        return image, count
    finally:
        document.close()


def file_icon(widget: QWidget) -> QIcon:
    """The style's icon for a document (PDFs, files without a thumbnail)."""
    return widget.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)


class ThumbnailCache:
    """Thumbnails by SHA-256 of the file's bytes (the same photo in two items is decoded once).

    Only the scaled image is kept, never the file's bytes.
    """

    def __init__(self, size: int = THUMBNAIL_PX) -> None:
        """Create an empty cache for thumbnails of ``size`` pixels."""
        self.size = size
        self._images: dict[str, QImage | None] = {}

    def __contains__(self, sha256: object) -> bool:
        """Tell whether the file with this hash was decoded (successfully or not)."""
        return sha256 in self._images

    def put(self, sha256: str, image: QImage | None) -> None:
        """Remember a thumbnail made by :func:`scaled_image` (None: it could not be decoded)."""
        self._images[sha256] = image

    def get(self, sha256: str) -> QImage | None:
        """The thumbnail, or None when it is unknown or could not be decoded."""
        return self._images.get(sha256)


def ask_evidence_files(parent: QWidget | None) -> list[Path]:
    """Ask for image or PDF files to attach; empty when cancelled (tests monkeypatch this)."""
    names, _filter = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("Thumbnails", "Attach files to the evidence"),
        "",
        QCoreApplication.translate(
            "Thumbnails", "Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)"
        ),
    )
    return [Path(name) for name in names]


class FilePreviewDialog(QDialog):
    """Shows an attached image from its bytes (nothing is written to disk).

    Args:
        name: The file's name (window title).
        media_type: Its media type.
        data: Its bytes.
        parent: Parent widget.
    """

    def __init__(
        self, name: str, media_type: str, data: bytes, parent: QWidget | None = None
    ) -> None:
        """Build the preview; call ``open()`` to show it without blocking."""
        super().__init__(parent)
        self.setObjectName("filePreviewDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._name = name
        self._is_pdf = not is_image(media_type)
        self.picture = QLabel()
        self.picture.setObjectName("previewPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setWordWrap(True)
        self.picture.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._has_picture = False
        self._pages = 0
        screen = QApplication.primaryScreen()
        room = screen.availableGeometry().size() * 0.8 if screen else QSize(1000, 700)
        if self._is_pdf:
            rendered = render_pdf_page(data, room)
            if rendered is not None:
                picture, self._pages = rendered
                self.picture.setPixmap(QPixmap.fromImage(picture))
                self._has_picture = True
        else:
            image = QImage.fromData(data)
            if not image.isNull():
                if image.width() > room.width() or image.height() > room.height():
                    image = image.scaled(
                        room,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                self.picture.setPixmap(QPixmap.fromImage(image))
                self._has_picture = True
        scroll = QScrollArea()
        scroll.setObjectName("previewScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.picture)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.setObjectName("previewButtons")
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.retranslateUi()
        self.resize(720, 540)

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Preview: {name}").format(name=self._name))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close the preview"))
        if self._is_pdf and self._has_picture:
            self.setWindowTitle(
                self.tr("Preview: {name} (page 1 of {count})").format(
                    name=self._name, count=self._pages
                )
            )
        elif self._is_pdf:
            self.picture.setText(
                self.tr("The PDF cannot be shown: PDFium cannot read its content.")
            )
        elif not self._has_picture:
            self.picture.setText(
                self.tr("The image cannot be shown: its content cannot be decoded.")
            )
        self.picture.setAccessibleName(self.tr("Preview of {name}").format(name=self._name))

    def message(self) -> str:
        """The text shown instead of a picture ("" when the picture is shown)."""
        return "" if self._has_picture else self.picture.text()

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def show_preview(parent: QWidget, name: str, media_type: str, data: bytes) -> FilePreviewDialog:
    """Open a non-blocking preview of a file's bytes (tests monkeypatch or inspect it)."""
    dialog = FilePreviewDialog(name, media_type, data, parent)
    dialog.open()
    return dialog
