"""Dates people remember only in part: ``1998``, ``1998-03`` or ``1998-03-14``."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", re.ASCII)


class PartialDateError(ValueError):
    """Raised when a text is not a valid partial date."""


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A calendar date known to the year, the month or the day.

    Attributes:
        year: Four-digit year.
        month: 1–12, or None when only the year is known.
        day: Day of the month, or None when it is not known (requires a month).
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise PartialDateError(f"year out of range: {self.year}")
        if self.month is None:
            if self.day is not None:
                raise PartialDateError("a day needs a month")
            return
        if not 1 <= self.month <= 12:
            raise PartialDateError(f"month out of range: {self.month}")
        if self.day is not None:
            last = calendar.monthrange(self.year, self.month)[1]
            if not 1 <= self.day <= last:
                raise PartialDateError(f"day out of range: {self.day}")

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

        Raises:
            PartialDateError: the text has another shape or names an impossible date.
        """
        match = _PATTERN.match(text.strip())
        if match is None:
            raise PartialDateError(f"not a partial date: {text!r}")
        year, month, day = match.groups()
        return cls(
            int(year),
            int(month) if month is not None else None,
            int(day) if day is not None else None,
        )

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """Key that orders dates chronologically; unknown parts sort first."""
        return (self.year, self.month or 0, self.day or 0)

    def is_before(self, other: PartialDate) -> bool:
        """Tell whether this date is certainly earlier than ``other``.

        The comparison uses only the precision both dates share: ``2010`` is not before
        ``2010-05``, because the person may mean any month of 2010.
        """
        mine, theirs = self.sort_key, other.sort_key
        if self.month is None or other.month is None:
            return mine[0] < theirs[0]
        if self.day is None or other.day is None:
            return mine[:2] < theirs[:2]
        return mine < theirs
