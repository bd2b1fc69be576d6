"""A controllable clock for code that takes a ``now()`` callable."""

from __future__ import annotations

import datetime as dt

_DEFAULT_START = dt.datetime(2026, 1, 15, 9, 30, tzinfo=dt.UTC)


class FakeClock:
    """Returns a fixed UTC time that moves only when the test says so.

    Args:
        start: The initial time; must be timezone-aware.
    """

    def __init__(self, start: dt.datetime = _DEFAULT_START) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs a timezone-aware start time")
        self._now = start.astimezone(dt.UTC)

    def now(self) -> dt.datetime:
        """Return the current fake time (timezone-aware, UTC)."""
        return self._now

    def advance(self, seconds: float) -> dt.datetime:
        """Move the clock forward by ``seconds`` (not backwards) and return the new time."""
        if seconds < 0:
            raise ValueError("a clock does not go backwards; use a new FakeClock")
        self._now += dt.timedelta(seconds=seconds)
        return self._now
