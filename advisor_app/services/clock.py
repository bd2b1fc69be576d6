"""Time and identity sources, injected so tests control them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from uuid import UUID

import uuid6

Clock = Callable[[], dt.datetime]
IdFactory = Callable[[], UUID]


def utc_now() -> dt.datetime:
    """The current time in UTC, timezone-aware."""
    return dt.datetime.now(dt.UTC)


def new_uuid7() -> UUID:
    """A time-ordered UUIDv7 as a standard :class:`uuid.UUID` (IDs are created on the laptop)."""
    value = uuid6.uuid7()
    return UUID(bytes=value.bytes)
