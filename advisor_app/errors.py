"""Errors caused by the environment or the user, as opposed to bugs.

A :class:`KnownError` is something the advisor can act on: no keyring, a wrong passphrase, a full
disk, a broken import file. The CLI prints ``str(error)`` as one line and exits with code 1; the UI
picks a translated text by the error's class and shows ``hint`` as what to do next. Any other
exception is a bug and is logged with its traceback (ARCHITECTURE.md §9).

Messages are in English because English is the CLI's language; keep them to one line without a
trailing full stop so callers can append context.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, ClassVar

__all__ = [
    "ConflictError",
    "DiskFull",
    "InvalidAttachment",
    "InvalidImportFile",
    "KeyringUnavailable",
    "KnownError",
    "MigrationFailed",
    "NotFound",
    "PassphraseRequired",
    "PlaintextDatabaseRefused",
    "ProfileLocked",
    "ValidationFailed",
    "WrongKey",
]


class KnownError(Exception):
    """Base class of failures the environment or the user caused.

    Subclasses set ``default_message`` and ``default_hint``; callers may pass a more specific
    message (for example naming the file) and hint.

    Attributes:
        message: One line, fit for ``advisor-app: <message>`` on stderr.
        hint: What the user can do about it; may be empty.
    """

    default_message: ClassVar[str] = "the operation could not be completed"
    default_hint: ClassVar[str] = ""

    def __init__(self, message: str | None = None, *, hint: str | None = None) -> None:
        """Create the error.

        Args:
            message: One-line description; the class default when omitted.
            hint: What to do next; the class default when omitted.
        """
        self.message = message if message is not None else self.default_message
        self.hint = hint if hint is not None else self.default_hint
        super().__init__(self.message)

    def __str__(self) -> str:
        """Return the one-line message (the hint is shown separately)."""
        return self.message


class KeyringUnavailable(KnownError):
    """The OS keyring is missing, locked or refused, and no other key custody applies."""

    default_message = "the system keyring is not available"
    default_hint = (
        "unlock the system keyring (or log in to a desktop session) and try again; "
        "without a keyring, new profiles are protected by a recovery passphrase"
    )


class PassphraseRequired(KnownError):
    """A recovery passphrase is needed but none was given."""

    default_message = "a recovery passphrase is required"
    default_hint = "enter the recovery passphrase, or set ADVISOR_APP_PASSPHRASE for headless use"


class WrongKey(KnownError):
    """The database cannot be opened: wrong key, wrong passphrase, or not a database at all."""

    default_message = "the database key is wrong or the file is not an advisor_app database"
    default_hint = (
        "check the recovery passphrase or the selected profile; the data cannot be read without "
        "its key"
    )


class PlaintextDatabaseRefused(KnownError):
    """An unencrypted SQLite file was found where the encrypted database belongs."""

    default_message = "refusing to open an unencrypted database"
    default_hint = "move the file away; advisor_app only stores personal data encrypted"


class DiskFull(KnownError):
    """The disk (or quota) is full, so nothing more can be saved."""

    default_message = "the disk is full"
    default_hint = "free some disk space and try again; nothing already saved was lost"


class InvalidImportFile(KnownError):
    """A file offered for import is not a valid balance document."""

    default_message = "the file is not a valid balance document"
    default_hint = "check that the file was exported by advisor_app and is complete"


class InvalidAttachment(KnownError):
    """A file offered as evidence cannot be kept: too large, empty, mislabelled or damaged.

    Attributes:
        reason: Why, as a code the UI words in the advisor's language: ``too_large``,
            ``empty``, ``unsupported``, ``mislabelled``, ``corrupt`` or ``unreadable``.
        details: Values the reason's text needs (``limit_mb``, ``expected``, ``actual``).
    """

    default_message = "the file cannot be attached as evidence"
    default_hint = "attach a JPEG or PNG photo or a PDF scan, as it came from the camera or scanner"

    def __init__(
        self,
        message: str | None = None,
        *,
        hint: str | None = None,
        reason: str = "unsupported",
        details: dict[str, str] | None = None,
    ) -> None:
        """Create the error.

        Args:
            message: One-line description naming the file and the reason.
            hint: What to do next.
            reason: The reason code (see the class attributes).
            details: Values for the reason's text.
        """
        super().__init__(message, hint=hint)
        self.reason = reason
        self.details = dict(details or {})


class NotFound(KnownError):
    """The requested record (balance, participant, ...) does not exist."""

    default_message = "not found"
    default_hint = "check the identifier, for example with 'advisor-app list'"


class ValidationFailed(KnownError):
    """Input was rejected by the domain's validation rules."""

    default_message = "the data is not valid"
    default_hint = "correct the fields named in the message and try again"

    def __init__(
        self, message: str | None = None, *, hint: str | None = None, issues: Sequence[Any] = ()
    ) -> None:
        """Create the error.

        Args:
            message: One-line description naming the fields.
            hint: What to do next.
            issues: The ``advisor_app.domain.issues.Issue`` values behind it, for the UI to
                show next to each field (typed loosely: errors must not import the domain).
        """
        super().__init__(message, hint=hint)
        self.issues = tuple(issues)


class ConflictError(KnownError):
    """An import would overwrite different existing content and ``--replace`` was not given."""

    default_message = "a different version of this balance already exists"
    default_hint = "use --replace to overwrite it, or export the existing one first"


class MigrationFailed(KnownError):
    """Upgrading the database schema failed; the previous state was restored from a backup."""

    default_message = "the database could not be upgraded"
    default_hint = (
        "the previous data was restored from the backup; please report this together with the "
        "log file"
    )


class ProfileLocked(KnownError):
    """The profile is locked (idle or on demand): its key is not in memory until unlocked."""

    default_message = "the profile is locked"
    default_hint = "unlock the profile with the system keyring or the recovery passphrase"
