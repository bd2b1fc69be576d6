"""Where the read-only resources (catalogues, prompts, translations, fonts, demo data) live.

In a source checkout or an editable install they sit in ``resources/`` beside the package; a
frozen build (PyInstaller) unpacks them under ``sys._MEIPASS/resources``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import advisor_app


def resource_root() -> Path:
    """The directory holding ``catalogue/``, ``i18n/``, ``demo/`` and the other resources."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(advisor_app.__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a resource, e.g. ``resource_path("i18n", "advisor_app_pl.qm")``."""
    return resource_root().joinpath(*parts)
