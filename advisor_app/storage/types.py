"""Column types that store domain values as plain, readable SQLite text.

Each type converts at the driver boundary, so rows hold domain values (UUID, aware datetime,
Decimal, enum members, tuples) and the mappers stay a field-by-field copy. The stored forms are the
ones the balance document uses, so a row read with the ``sqlite3`` shell is self-explanatory.
Migrations render these columns as their ``impl`` (see ``migrations/env.py``), so migration scripts
never import this module and keep working when it changes.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from enum import StrEnum
from typing import Any, Generic, TypeVar
from uuid import UUID

from sqlalchemy import DateTime, Dialect, String, Text
from sqlalchemy.types import TypeDecorator

from advisor_app.domain.partial_date import PartialDate

__all__ = [
    "DecimalText",
    "EnumText",
    "EnumTuple",
    "PartialDateText",
    "TextTuple",
    "UtcDateTime",
    "UuidText",
]

E = TypeVar("E", bound=StrEnum)


class UuidText(TypeDecorator[UUID]):
    """A UUID as its canonical 36-character text (``xxxxxxxx-xxxx-…``), as in the document."""

    impl = String(36)
    cache_ok = True

    def process_bind_param(self, value: UUID | None, dialect: Dialect) -> str | None:
        """Store the canonical hyphenated form."""
        if value is None:
            return None
        if not isinstance(value, UUID):
            # A str would be stored but compare unequal to UUIDs later: fail at the source.
            raise TypeError(f"expected a UUID, got {type(value).__name__}")
        return str(value)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> UUID | None:
        """Parse the stored text."""
        return None if value is None else UUID(value)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A point in time, stored as naive UTC and returned as an aware UTC datetime.

    Naive values are refused: they hide the offset, and a local time stored as UTC would shift
    every timestamp of an advisor outside the UTC zone.
    """

    impl = DateTime()
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        """Convert to UTC and drop the tzinfo (SQLite's text form has no offset)."""
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value!r}: timestamps must be timezone-aware")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> dt.datetime | None:
        """Mark the stored naive UTC value as UTC."""
        if value is None:
            return None
        assert isinstance(value, dt.datetime)  # DateTime's own result processor parsed it
        return value.replace(tzinfo=dt.UTC)


class DecimalText(TypeDecorator[Decimal]):
    """An exact decimal as text: ``Decimal("12.50")`` comes back as ``Decimal("12.50")``.

    SQLite's NUMERIC affinity would turn it into a float (and "12.50" into 12.5).
    """

    impl = String()
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        """Store ``str(value)``, which keeps the exponent."""
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"expected a Decimal, got {type(value).__name__}")
        return str(value)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> Decimal | None:
        """Parse the stored text."""
        return None if value is None else Decimal(value)

    def compare_values(self, x: Any, y: Any) -> bool:
        """Compare written forms, so the ORM flushes a change from "12.5" to "12.50"."""
        if x is None or y is None:
            return x is y
        return str(x) == str(y)


class PartialDateText(TypeDecorator[PartialDate]):
    """A :class:`PartialDate` as ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    The text sorts chronologically as it is ("1998" < "1998-03" < "1998-03-14" < "1999"), so no
    separate sort-key column is needed.
    """

    impl = String()
    cache_ok = True

    def process_bind_param(self, value: PartialDate | None, dialect: Dialect) -> str | None:
        """Store the document form."""
        return None if value is None else str(value)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> PartialDate | None:
        """Parse the document form."""
        return None if value is None else PartialDate.parse(value)


class EnumText(TypeDecorator[E], Generic[E]):
    """A :class:`~enum.StrEnum` member stored as its wire code (``"in_depth"``, not the name).

    No CHECK constraint is created: adding a code to an enum then needs no table rebuild, and
    reading an unknown code still fails loudly in :meth:`process_result_value`.

    Args:
        enum_type: The enum class of the column.
    """

    impl = String()
    cache_ok = True

    def __init__(self, enum_type: type[E]) -> None:
        super().__init__()
        self.enum_type = enum_type

    def process_bind_param(self, value: E | None, dialect: Dialect) -> str | None:
        """Store the code (``enum_type(value)`` also rejects codes of another enum)."""
        return None if value is None else self.enum_type(value).value

    def process_result_value(self, value: Any | None, dialect: Dialect) -> E | None:
        """Turn the code back into the member."""
        return None if value is None else self.enum_type(value)


class TextTuple(TypeDecorator[tuple[str, ...]]):
    """A tuple of short texts as a JSON array (order and Unicode kept exactly)."""

    impl = Text()
    cache_ok = True

    def process_bind_param(self, value: tuple[str, ...] | None, dialect: Dialect) -> str | None:
        """Store a JSON array; non-ASCII letters stay readable."""
        if value is None:
            return None
        return json.dumps([str(item) for item in value], ensure_ascii=False)

    def process_result_value(self, value: Any | None, dialect: Dialect) -> tuple[str, ...] | None:
        """Parse the JSON array into a tuple."""
        return None if value is None else tuple(str(item) for item in json.loads(value))


class EnumTuple(TypeDecorator[tuple[E, ...]], Generic[E]):
    """A tuple of enum members as a JSON array of their codes.

    Args:
        enum_type: The enum class of the members.
    """

    impl = Text()
    cache_ok = True

    def __init__(self, enum_type: type[E]) -> None:
        super().__init__()
        self.enum_type = enum_type

    def process_bind_param(self, value: tuple[E, ...] | None, dialect: Dialect) -> str | None:
        """Store a JSON array of codes."""
        if value is None:
            return None
        return json.dumps([self.enum_type(item).value for item in value])

    def process_result_value(self, value: Any | None, dialect: Dialect) -> tuple[E, ...] | None:
        """Parse the codes back into members."""
        if value is None:
            return None
        return tuple(self.enum_type(item) for item in json.loads(value))
