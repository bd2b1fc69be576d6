"""Files attached to evidence items: checked, then kept inside the encrypted database.

A photo of a work sample or a scan of a certificate is personal data, so its bytes never land
on disk in plaintext (ARCHITECTURE.md §4): :meth:`AttachmentService.add_file` reads the chosen
file once, checks that it is what its name says (JPEG, PNG or PDF, judged by its first bytes and
a minimal structure check, not by its extension) and stores it in ``attachment_content``. The
evidence item then lists the returned :class:`~advisor_app.domain.entities.EvidenceFile`.

The checks are deliberately small and dependency-free (no image library): they refuse the usual
mistakes (a text file renamed ``.pdf``, a PNG saved as ``.jpg``, a download cut short) without
promising that a file that passes renders perfectly.
"""

from __future__ import annotations

import hashlib
import struct
import zlib
from pathlib import Path
from uuid import UUID

from advisor_app.domain.entities import EvidenceFile
from advisor_app.errors import InvalidAttachment, NotFound
from advisor_app.services.clock import Clock, IdFactory, new_uuid7, utc_now
from advisor_app.services.unit_of_work import UnitOfWorkFactory

__all__ = [
    "DEFAULT_MAX_BYTES",
    "JPEG",
    "PDF",
    "PNG",
    "SUPPORTED_MEDIA_TYPES",
    "AttachmentService",
    "check_content",
    "sniff_media_type",
]

#: Largest file kept (10 MiB): a phone photo or a multi-page scan fits; a video does not.
DEFAULT_MAX_BYTES = 10 * 1024 * 1024

JPEG = "image/jpeg"
PNG = "image/png"
PDF = "application/pdf"
SUPPORTED_MEDIA_TYPES = (JPEG, PNG, PDF)

# What each type is called in messages, and the extensions that promise it.
_TYPE_NAMES = {JPEG: "a JPEG image", PNG: "a PNG image", PDF: "a PDF document"}
_EXTENSIONS = {
    ".jpg": JPEG,
    ".jpeg": JPEG,
    ".jpe": JPEG,
    ".jfif": JPEG,
    ".png": PNG,
    ".pdf": PDF,
}

_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SOI = b"\xff\xd8\xff"
_PDF_HEADER = b"%PDF-"
# A PDF's header may follow a few bytes of junk, and its %%EOF may be followed by some.
_PDF_SLACK = 1024
# JPEG markers that stand alone (no length field): TEM, RST0–RST7, SOI, EOI.
_JPEG_STANDALONE = {0x01, *range(0xD0, 0xDA)}


def sniff_media_type(data: bytes) -> str | None:
    """The supported media type that ``data`` starts like, or None."""
    if data.startswith(_JPEG_SOI):
        return JPEG
    if data.startswith(_PNG_SIGNATURE):
        return PNG
    if _PDF_HEADER in data[:_PDF_SLACK]:
        return PDF
    return None


def _png_is_whole(data: bytes) -> bool:
    """Walk the chunks: IHDR first, every CRC right, up to IEND."""
    position = len(_PNG_SIGNATURE)
    first = True
    while position + 12 <= len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        end = position + 12 + length
        if end > len(data):
            return False
        body = data[position + 8 : end - 4]
        (crc,) = struct.unpack(">I", data[end - 4 : end])
        if zlib.crc32(kind + body) != crc:
            return False
        if first and (kind != b"IHDR" or length != 13):
            return False
        first = False
        if kind == b"IEND":
            return True
        position = end
    return False


def _jpeg_is_whole(data: bytes) -> bool:
    """Walk the marker segments up to the scan, then look for the end-of-image marker."""
    position = 2
    while position + 4 <= len(data):
        if data[position] != 0xFF:
            return False
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker in _JPEG_STANDALONE:
            if marker == 0xD9:
                return False  # EOI before any image data
            position += 2
            continue
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        if length < 2 or position + 2 + length > len(data):
            return False
        if marker == 0xDA:  # start of scan: entropy-coded data follows, up to EOI
            return b"\xff\xd9" in data[position + 2 + length :]
        position += 2 + length
    return False


def _pdf_is_whole(data: bytes) -> bool:
    return b"%%EOF" in data[-_PDF_SLACK:]


_WHOLE = {JPEG: _jpeg_is_whole, PNG: _png_is_whole, PDF: _pdf_is_whole}


def _too_large(name: str, max_bytes: int) -> InvalidAttachment:
    limit_mb = f"{max_bytes / (1024 * 1024):g}"
    return InvalidAttachment(
        f"{name}: the file is larger than the limit of {limit_mb} MB",
        hint="reduce the photo's resolution or scan fewer pages per file",
        reason="too_large",
        details={"limit_mb": limit_mb},
    )


def check_content(name: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Check a file offered as evidence and return its media type.

    Args:
        name: The file's name (its extension is compared with the content).
        data: The file's bytes.
        max_bytes: Largest size accepted.

    Raises:
        InvalidAttachment: Too large, empty, of an unsupported type, mislabelled or damaged.
    """
    if len(data) > max_bytes:
        raise _too_large(name, max_bytes)
    if not data:
        raise InvalidAttachment(f"{name}: the file is empty", reason="empty")
    promised = _EXTENSIONS.get(Path(name).suffix.lower())
    found = sniff_media_type(data)
    if found is None:
        if promised is not None:
            expected = _TYPE_NAMES[promised]
            raise InvalidAttachment(
                f"{name}: the file's content is not {expected}",
                hint="the name promises another type than the file holds; open it and save it "
                "again as a JPEG, PNG or PDF",
                reason="mislabelled",
                details={"expected": promised, "actual": ""},
            )
        raise InvalidAttachment(
            f"{name}: the file is not a JPEG or PNG image or a PDF document",
            reason="unsupported",
        )
    if promised is not None and promised != found:
        raise InvalidAttachment(
            f"{name}: the file's content is not {_TYPE_NAMES[promised]} but {_TYPE_NAMES[found]}",
            hint="rename the file to match its content, or save it again in the intended format",
            reason="mislabelled",
            details={"expected": promised, "actual": found},
        )
    if not _WHOLE[found](data):
        raise InvalidAttachment(
            f"{name}: {_TYPE_NAMES[found]} that is damaged or incomplete",
            hint="copy the file again from the camera, phone or scanner",
            reason="corrupt",
            details={"actual": found},
        )
    return found


class AttachmentService:
    """The bytes of evidence files in the open profile.

    Args:
        uow_factory: Opens a unit of work on the profile database.
        clock: Current UTC time (when the bytes were stored).
        new_id: Creates file IDs (UUIDv7).
        max_bytes: Largest file accepted.
    """

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        *,
        clock: Clock = utc_now,
        new_id: IdFactory = new_uuid7,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._new_id = new_id
        self.max_bytes = max_bytes

    def add_file(self, path: Path) -> EvidenceFile:
        """Check a file and store its bytes; returns the metadata to list in an evidence item.

        The bytes are stored at once (committed), before autosave writes the evidence item:
        :meth:`purge_unlisted` removes them if the item never lists the file.

        Raises:
            InvalidAttachment: The file cannot be read, or fails a check of
                :func:`check_content`.
        """
        try:
            # Refuse a huge file (a video) before reading it into memory.
            if path.stat().st_size > self.max_bytes:
                raise _too_large(path.name, self.max_bytes)
            data = path.read_bytes()
        except OSError as error:
            raise InvalidAttachment(
                f"{path.name}: the file cannot be read ({error.strerror or error})",
                hint="check that the file exists and that you may read it",
                reason="unreadable",
            ) from error
        return self.add_bytes(path.name, data)

    def add_bytes(self, name: str, data: bytes) -> EvidenceFile:
        """Check and store a file given as bytes (see :meth:`add_file`)."""
        media_type = check_content(name, data, max_bytes=self.max_bytes)
        digest = hashlib.sha256(data).hexdigest()
        file = EvidenceFile(
            id=self._new_id(), name=name, media_type=media_type, size=len(data), sha256=digest
        )
        with self._uow() as uow:
            uow.attachments.put(file.id, data, sha256=digest, now=self._clock())
            uow.commit()
        return file

    def content(self, file_id: UUID) -> bytes:
        """The bytes of a file.

        Raises:
            NotFound: The profile does not hold them (e.g. a document imported without files).
        """
        with self._uow() as uow:
            data = uow.attachments.get(file_id)
        if data is None:
            raise NotFound(
                f"the content of file {file_id} is not in this profile",
                hint="import the balance from an export made with its files",
            )
        return data

    def available(self, file_ids: tuple[UUID, ...]) -> frozenset[UUID]:
        """Those of ``file_ids`` whose bytes the profile holds."""
        with self._uow() as uow:
            return uow.attachments.stored_ids(file_ids)

    def purge_unlisted(self) -> int:
        """Delete contents no evidence item lists; returns how many were deleted.

        Safe only when no view holds an added but unsaved file: the app runs it when the
        profile opens.
        """
        with self._uow() as uow:
            removed = uow.attachments.delete_unlisted()
            uow.commit()
        return removed
