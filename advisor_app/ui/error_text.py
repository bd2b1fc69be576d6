"""Translated texts for known errors, chosen by the error's class.

``errors.py`` keeps one-line English messages and command-line hints ("use --replace"); the GUI
says the same things in the advisor's language with a next step that makes sense in a window.
The original English message stays available as details for support.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from advisor_app import errors

__all__ = ["known_error_details", "known_error_text"]

# Keyed by class name so lupdate sees plain strings; looked up along the MRO, so a new subclass
# falls back to its base class's text until it gets its own.
_TEXTS: dict[str, tuple[object, object]] = {
    "KnownError": (
        QT_TRANSLATE_NOOP("KnownError", "The operation could not be completed."),
        QT_TRANSLATE_NOOP("KnownError", "Try again. If it keeps happening, contact support."),
    ),
    "KeyringUnavailable": (
        QT_TRANSLATE_NOOP("KnownError", "The system keyring is not available."),
        QT_TRANSLATE_NOOP(
            "KnownError",
            "Unlock the system keyring (or log in to a desktop session) and try again.",
        ),
    ),
    "PassphraseRequired": (
        QT_TRANSLATE_NOOP("KnownError", "The recovery passphrase is required."),
        QT_TRANSLATE_NOOP("KnownError", "Enter the recovery passphrase of this profile."),
    ),
    "WrongKey": (
        QT_TRANSLATE_NOOP("KnownError", "The database cannot be opened with this key."),
        QT_TRANSLATE_NOOP(
            "KnownError",
            "Check the recovery passphrase and the selected profile. "
            "The data cannot be read without its key.",
        ),
    ),
    "PlaintextDatabaseRefused": (
        QT_TRANSLATE_NOOP("KnownError", "An unencrypted database was found and not opened."),
        QT_TRANSLATE_NOOP(
            "KnownError",
            "Personal data is only stored encrypted. Move the file away and start again.",
        ),
    ),
    "DiskFull": (
        QT_TRANSLATE_NOOP("KnownError", "The disk is full."),
        QT_TRANSLATE_NOOP(
            "KnownError", "Free some disk space and try again. Nothing already saved was lost."
        ),
    ),
    "InvalidImportFile": (
        QT_TRANSLATE_NOOP("KnownError", "The file is not a valid balance document."),
        QT_TRANSLATE_NOOP(
            "KnownError", "Check that the file was exported by Bilans and is complete."
        ),
    ),
    "InvalidAttachment": (
        QT_TRANSLATE_NOOP("KnownError", "The file cannot be attached as evidence."),
        QT_TRANSLATE_NOOP(
            "KnownError",
            "Attach a JPEG or PNG photo or a PDF scan, as it came from the camera or scanner.",
        ),
    ),
    "NotFound": (
        QT_TRANSLATE_NOOP("KnownError", "The record no longer exists."),
        QT_TRANSLATE_NOOP("KnownError", "Refresh the list and try again."),
    ),
    "ValidationFailed": (
        QT_TRANSLATE_NOOP("KnownError", "Some data cannot be saved."),
        QT_TRANSLATE_NOOP("KnownError", "Correct the marked fields and save again."),
    ),
    "ConflictError": (
        QT_TRANSLATE_NOOP("KnownError", "A different version of this balance already exists."),
        QT_TRANSLATE_NOOP(
            "KnownError", "Export the existing version first, then replace it if needed."
        ),
    ),
    "ProfileLocked": (
        QT_TRANSLATE_NOOP("KnownError", "The profile is locked."),
        QT_TRANSLATE_NOOP(
            "KnownError", "Unlock it with the system keyring or the recovery passphrase."
        ),
    ),
    "ServerUnreachable": (
        QT_TRANSLATE_NOOP("KnownError", "The sync server cannot be reached."),
        QT_TRANSLATE_NOOP(
            "KnownError",
            "Check the network connection and the server address. Work continues offline; "
            "everything is sent later.",
        ),
    ),
    "SignInFailed": (
        QT_TRANSLATE_NOOP("KnownError", "The server refused the sign-in."),
        QT_TRANSLATE_NOOP(
            "KnownError",
            "Check the user name and password. If they are right, the application may need "
            "an update, or this profile belongs to another account.",
        ),
    ),
    "WrongCredentials": (
        QT_TRANSLATE_NOOP("KnownError", "The user name or password is not right."),
        QT_TRANSLATE_NOOP(
            "KnownError",
            "Check the user name and password (capital letters count). "
            "Your coordinator can reset the password.",
        ),
    ),
    "SignInRateLimited": (
        QT_TRANSLATE_NOOP("KnownError", "Too many sign-in attempts."),
        QT_TRANSLATE_NOOP("KnownError", "Wait a few minutes, then try again."),
    ),
    "AppTooOld": (
        QT_TRANSLATE_NOOP(
            "KnownError", "This version of the application is too old for the server."
        ),
        QT_TRANSLATE_NOOP(
            "KnownError",
            "Install the newest version of the application, then sign in again. "
            "Nothing on this laptop is lost.",
        ),
    ),
    "ProfileBoundElsewhere": (
        QT_TRANSLATE_NOOP(
            "KnownError", "This profile belongs to another account or another sync server."
        ),
        QT_TRANSLATE_NOOP(
            "KnownError",
            "Sign in with the account this profile was used with, or open another profile "
            "for this account. The data of a profile is never sent to another account.",
        ),
    ),
    "InsecureServerUrl": (
        QT_TRANSLATE_NOOP("KnownError", "The server address must start with https://."),
        QT_TRANSLATE_NOOP(
            "KnownError", "Ask your coordinator for the https:// address of the sync server."
        ),
    ),
    "MigrationFailed": (
        QT_TRANSLATE_NOOP("KnownError", "The database could not be upgraded."),
        QT_TRANSLATE_NOOP(
            "KnownError",
            "The previous data was restored from the backup. "
            "Please report this together with the log file.",
        ),
    ),
}


def _texts_for(error: errors.KnownError) -> tuple[object, object]:
    for cls in type(error).__mro__:
        if cls.__name__ in _TEXTS:
            return _TEXTS[cls.__name__]
    return _TEXTS["KnownError"]


#: Next step of an error that says when to try again (``retry_at``: an aware datetime).
_RETRY_AT_HINT = QT_TRANSLATE_NOOP("KnownError", "Try again after %1.")


def known_error_text(error: errors.KnownError) -> str:
    """Return the translated message and next step for a known error, as one paragraph."""
    message, hint = _texts_for(error)
    translate = QCoreApplication.translate
    next_step = translate("KnownError", str(hint))
    retry_at = getattr(error, "retry_at", None)
    if isinstance(retry_at, dt.datetime):
        when = retry_at.astimezone().strftime("%H:%M")
        next_step = translate("KnownError", str(_RETRY_AT_HINT)).replace("%1", when)
    return f"{translate('KnownError', str(message))}\n\n{next_step}"


def known_error_details(error: errors.KnownError) -> str:
    """Return the error's own English message and hint (shown as details for support)."""
    return f"{error.message}\n{error.hint}".strip()
