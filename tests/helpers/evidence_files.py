"""Small but well-formed evidence files (PNG, JPEG, PDF) built with the standard library."""

from __future__ import annotations

import struct
import zlib


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png_bytes(marker: str = "", *, width: int = 4, height: int = 3) -> bytes:
    """A valid RGB PNG; ``marker`` goes into a tEXt chunk as plain ASCII."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\0" + bytes((200, 40, 40)) * width for _ in range(height))
    chunks = [_chunk(b"IHDR", header)]
    if marker:
        chunks.append(_chunk(b"tEXt", b"Comment\0" + marker.encode("ascii")))
    chunks.append(_chunk(b"IDAT", zlib.compress(rows)))
    chunks.append(_chunk(b"IEND", b""))
    return b"\x89PNG\r\n\x1a\n" + b"".join(chunks)


def jpeg_bytes() -> bytes:
    """A JPEG with the marker structure the service checks (SOI, APP0, SOS, data, EOI)."""
    app0 = b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"
    sos = b"\x01\x01\0\0\x3f\0"
    return (
        b"\xff\xd8"
        + b"\xff\xe0"
        + struct.pack(">H", len(app0) + 2)
        + app0
        + b"\xff\xda"
        + struct.pack(">H", len(sos) + 2)
        + sos
        + b"\x12\x34\x56"
        + b"\xff\xd9"
    )


def pdf_bytes(text: str = "Zaswiadczenie") -> bytes:
    """A tiny PDF: header, one object, trailer and ``%%EOF``."""
    return (
        b"%PDF-1.4\n1 0 obj\n<< /Title (" + text.encode("ascii") + b") >>\nendobj\n"
        b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


def renderable_pdf_bytes(width: int = 200, height: int = 100) -> bytes:
    """A small but complete one-page PDF (with a cross-reference table) that PDFium renders."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] >>" % (width, height),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
