"""KnownError: one-line messages and hints that the CLI and the UI can show as they are."""

from __future__ import annotations

import pytest

from advisor_app import errors
from advisor_app.errors import KnownError, WrongKey

ALL_KNOWN = [
    errors.KeyringUnavailable,
    errors.PassphraseRequired,
    errors.WrongKey,
    errors.PlaintextDatabaseRefused,
    errors.DiskFull,
    errors.InvalidImportFile,
    errors.NotFound,
    errors.ValidationFailed,
    errors.ConflictError,
    errors.MigrationFailed,
]


@pytest.mark.parametrize("cls", ALL_KNOWN)
def test_defaults_are_one_line_messages_with_hints(cls: type[KnownError]) -> None:
    """Every error has a one-line default message (CLI exit 1 prints it) and a hint."""
    error = cls()
    assert isinstance(error, KnownError)
    assert str(error) == error.message
    assert error.message and "\n" not in error.message
    assert not error.message.endswith(".")
    assert error.hint


def test_message_and_hint_can_be_specific() -> None:
    """Callers can name the file involved; str() stays the message alone."""
    error = WrongKey("cannot open /x/advisor.db", hint="check the profile")
    assert str(error) == "cannot open /x/advisor.db"
    assert error.hint == "check the profile"
    assert error.args == ("cannot open /x/advisor.db",)
