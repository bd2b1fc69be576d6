"""User-interface language: Qt translators and the default locale.

Polish is the default; English is the source language. The app's own catalogue
``advisor_app_<code>.qm`` lives in ``resources/i18n`` (built from the ``.ts`` source by
``pyside6-lrelease``); for English it holds only the plural forms ("1 entry", "2 entries"),
which source strings cannot express. Qt's ``qtbase_<code>.qm`` translates standard buttons.

Switching at runtime removes the old translators and installs new ones; Qt then sends
``QEvent.LanguageChange`` to every widget, and our widgets re-set their texts in
``changeEvent`` → ``retranslateUi()``.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from advisor_app.resources import resource_root

__all__ = [
    "DEFAULT_LANGUAGE",
    "SUPPORTED_LANGUAGES",
    "app_catalogue_path",
    "current_language",
    "locale_for",
    "resources_dir",
    "set_language",
    "translations_dir",
]

_log = logging.getLogger(__name__)

DEFAULT_LANGUAGE: Final = "pl"
# Language codes the UI can switch to, in the order the settings dialog lists them.
SUPPORTED_LANGUAGES: Final = ("pl", "en")

_installed: list[QTranslator] = []
_current: str | None = None


def resources_dir() -> Path:
    """Return the ``resources`` directory (``sys._MEIPASS/resources`` in a frozen build)."""
    return resource_root()


def translations_dir() -> Path:
    """Return the directory holding the ``.ts`` sources and compiled ``.qm`` catalogues."""
    return resources_dir() / "i18n"


def app_catalogue_path(language: str) -> Path:
    """Return the path of the app's compiled catalogue for a language (it may not exist)."""
    return translations_dir() / f"advisor_app_{language}.qm"


def locale_for(language: str) -> QLocale:
    """Return the locale used for dates and numbers in a UI language."""
    if language == "pl":
        return QLocale(QLocale.Language.Polish, QLocale.Country.Poland)
    # British English: day-first dates, as Polish advisors expect.
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def current_language() -> str:
    """Return the language set last by :func:`set_language` (the default before that)."""
    return _current or DEFAULT_LANGUAGE


def set_language(language: str) -> bool:
    """Switch the UI language, installing the app's and Qt's translators.

    Args:
        language: A code of :data:`SUPPORTED_LANGUAGES`; anything else falls back to the default.

    Returns:
        False when the app's catalogue for the language is missing (the UI then shows the
        English source texts), True otherwise.
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before setting the language")
    if language not in SUPPORTED_LANGUAGES:
        _log.warning("unsupported UI language %r, using %r", language, DEFAULT_LANGUAGE)
        language = DEFAULT_LANGUAGE

    # The locale first: widgets re-read dates while handling the LanguageChange event.
    locale = locale_for(language)
    QLocale.setDefault(locale)
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current = language

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", qt_dir):
        _install(qt_translator)
    else:
        _log.info("no Qt catalogue for %s in %s", language, qt_dir)

    catalogue = app_catalogue_path(language)
    app_translator = QTranslator(app)
    if app_translator.load(str(catalogue)):
        _install(app_translator)
        return True
    _log.warning("UI catalogue %s is missing (build it with 'make translations')", catalogue)
    return False


def _install(translator: QTranslator) -> None:
    if QCoreApplication.installTranslator(translator):
        _installed.append(translator)
