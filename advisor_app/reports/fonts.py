"""Registration of the bundled DejaVu Sans family (base-14 fonts cannot print Polish letters)."""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from advisor_app.resources import resource_path

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FACES = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)
_lock = threading.Lock()


def register_fonts() -> str:
    """Register DejaVu Sans and its bold/oblique faces as one family; return the family name.

    Idempotent and thread-safe: later calls do nothing.
    """
    with _lock:
        registered = set(pdfmetrics.getRegisteredFontNames())
        for face in _FACES:
            if face not in registered:
                path = resource_path("fonts", f"{face}.ttf")
                pdfmetrics.registerFont(TTFont(face, str(path)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
    return FAMILY
