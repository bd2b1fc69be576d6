"""Per-installation UI settings stored in an INI file beside the profiles.

``QSettings`` with its default format would write to the Windows registry; an INI file in the
data directory keeps settings next to the data they belong to and easy to reset.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QWidget

from advisor_app.ui.i18n import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES

__all__ = ["DEFAULT_LOCK_MINUTES", "MAX_LOCK_MINUTES", "AppSettings"]

_LANGUAGE = "ui/language"
_GEOMETRY = "main_window/geometry"
_STATE = "main_window/state"
_LOCK_MINUTES = "privacy/lock_idle_minutes"
_LAST_PROFILE = "profiles/last"

#: Idle time before the profile locks itself, in minutes (issue 8); 0 never locks.
DEFAULT_LOCK_MINUTES = 5
MAX_LOCK_MINUTES = 240


class AppSettings:
    """Typed access to ``<data_dir>/settings.ini``.

    Args:
        data_dir: The application's data directory (created if missing).
    """

    def __init__(self, data_dir: Path) -> None:
        """Open (or create) the settings file in ``data_dir``."""
        data_dir.mkdir(parents=True, exist_ok=True)
        self.path = data_dir / "settings.ini"
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        """The UI language code; the default when unset or not supported."""
        value = self._qsettings.value(_LANGUAGE, DEFAULT_LANGUAGE)
        return (
            value if isinstance(value, str) and value in SUPPORTED_LANGUAGES else DEFAULT_LANGUAGE
        )

    @language.setter
    def language(self, value: str) -> None:
        if value not in SUPPORTED_LANGUAGES:
            raise ValueError(f"unsupported UI language: {value!r}")
        self._qsettings.setValue(_LANGUAGE, value)

    @property
    def lock_idle_minutes(self) -> int:
        """Minutes without input before the profile locks; 0 means never."""
        value = self._qsettings.value(_LOCK_MINUTES, DEFAULT_LOCK_MINUTES)
        try:
            minutes = int(str(value))
        except ValueError:
            return DEFAULT_LOCK_MINUTES
        return minutes if 0 <= minutes <= MAX_LOCK_MINUTES else DEFAULT_LOCK_MINUTES

    @lock_idle_minutes.setter
    def lock_idle_minutes(self, value: int) -> None:
        if not 0 <= value <= MAX_LOCK_MINUTES:
            raise ValueError(f"idle lock minutes out of range: {value}")
        self._qsettings.setValue(_LOCK_MINUTES, value)

    @property
    def last_profile(self) -> str | None:
        """The profile opened last (preselected in the profile picker)."""
        value = self._qsettings.value(_LAST_PROFILE)
        return value if isinstance(value, str) and value else None

    @last_profile.setter
    def last_profile(self, value: str) -> None:
        self._qsettings.setValue(_LAST_PROFILE, value)

    def save_window(self, widget: QWidget) -> None:
        """Remember a main window's geometry (and toolbar state when it has one)."""
        self._qsettings.setValue(_GEOMETRY, widget.saveGeometry())
        save_state = getattr(widget, "saveState", None)
        if callable(save_state):
            self._qsettings.setValue(_STATE, save_state())

    def restore_window(self, widget: QWidget) -> bool:
        """Restore what :meth:`save_window` stored; False when nothing usable was stored."""
        geometry = self._qsettings.value(_GEOMETRY)
        if not isinstance(geometry, QByteArray) or not widget.restoreGeometry(geometry):
            return False
        state = self._qsettings.value(_STATE)
        restore_state = getattr(widget, "restoreState", None)
        if isinstance(state, QByteArray) and callable(restore_state):
            restore_state(state)
        return True

    def sync(self) -> None:
        """Write pending changes to disk now."""
        self._qsettings.sync()
