"""PartialDate: parsing, printing, validity and the "certainly before" comparison."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor_app.domain.partial_date import PartialDate, PartialDateError
from tests.helpers.domain_factories import partial_dates

# Digits that the regex class \d accepts unless it is ASCII-only: U+0660.. and U+FF10..
ARABIC_INDIC = str.maketrans("0123456789", "".join(chr(0x0660 + i) for i in range(10)))
FULLWIDTH = str.maketrans("0123456789", "".join(chr(0xFF10 + i) for i in range(10)))


def _earliest(value: PartialDate) -> dt.date:
    return dt.date(value.year, value.month or 1, value.day or 1)


def _latest(value: PartialDate) -> dt.date:
    month = value.month or 12
    return dt.date(value.year, month, value.day or calendar.monthrange(value.year, month)[1])


@settings(max_examples=100)
@given(value=partial_dates())
def test_str_then_parse_round_trips(value: PartialDate) -> None:
    """parse(str(d)) == d for every partial date, and str() is canonical."""
    text = str(value)
    assert PartialDate.parse(text) == value
    assert str(PartialDate.parse(text)) == text


@settings(max_examples=100)
@given(value=partial_dates())
def test_str_has_the_document_shape(value: PartialDate) -> None:
    """str() is YYYY, YYYY-MM or YYYY-MM-DD with zero padding, matching the precision."""
    text = str(value)
    expected_length = 4 if value.month is None else 7 if value.day is None else 10
    assert len(text) == expected_length
    assert text.isascii()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1998", PartialDate(1998)),
        ("1998-03", PartialDate(1998, 3)),
        ("1998-03-14", PartialDate(1998, 3, 14)),
        ("2024-02-29", PartialDate(2024, 2, 29)),
        ("2000-02-29", PartialDate(2000, 2, 29)),
        ("0999", PartialDate(999)),
        (" 1998-03 ", PartialDate(1998, 3)),
        ("1998-03\n", PartialDate(1998, 3)),
    ],
)
def test_parse_accepts_the_three_precisions(text: str, expected: PartialDate) -> None:
    """Year, month and day precision parse; surrounding whitespace is ignored."""
    assert PartialDate.parse(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "98",
        "19980",
        "1998-3",
        "1998-03-1",
        "1998-003",
        "1998/03",
        "1998.03.14",
        "14-03-1998",
        "1998-03-14T00:00",
        "1998-",
        "1998-03-",
        "ok. 1998",
        "abcd",
        "+1998",
        "-998",
        "2010".translate(ARABIC_INDIC),
        "2010-05".translate(FULLWIDTH),
        "1998-0" + "3".translate(ARABIC_INDIC),
    ],
)
def test_parse_rejects_other_shapes(text: str) -> None:
    """Anything but YYYY[-MM[-DD]] in ASCII digits raises PartialDateError."""
    with pytest.raises(PartialDateError):
        PartialDate.parse(text)


@pytest.mark.parametrize(
    "text",
    [
        "2023-02-29",
        "1900-02-29",
        "2023-13",
        "2023-00",
        "2023-13-01",
        "2023-04-31",
        "2023-01-00",
        "2023-01-32",
        "0000",
    ],
)
def test_parse_rejects_impossible_dates(text: str) -> None:
    """The right shape but an impossible year, month or day raises PartialDateError."""
    with pytest.raises(PartialDateError):
        PartialDate.parse(text)


def test_partial_date_error_is_a_value_error() -> None:
    """Callers catching ValueError also catch bad partial dates."""
    assert issubclass(PartialDateError, ValueError)


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [(2020, None, 5), (0, None, None), (10000, None, None), (2020, 0, None), (2021, 2, 29)],
)
def test_constructor_validates_like_parse(year: int, month: int | None, day: int | None) -> None:
    """Building a PartialDate directly enforces the same rules (a day needs a month, ranges)."""
    with pytest.raises(PartialDateError):
        PartialDate(year, month, day)


@pytest.mark.parametrize(
    ("earlier", "later", "before", "after"),
    [
        ("2010", "2010-05", False, False),
        ("2010", "2010-05-17", False, False),
        ("2010-05", "2010-05-17", False, False),
        ("2009", "2010-01", True, False),
        ("2009-12-31", "2010", True, False),
        ("2009-12", "2010-01", True, False),
        ("2010-04-30", "2010-05", True, False),
        ("2010-05-01", "2010-05-02", True, False),
        ("2010-05-17", "2010-05-17", False, False),
        ("2010", "2010", False, False),
        ("2010-05", "2010-05", False, False),
        ("2010-05-31", "2010-06-01", True, False),
    ],
)
def test_is_before_uses_only_the_shared_precision(
    earlier: str, later: str, before: bool, after: bool
) -> None:
    """ "2010" vs "2010-05" is not before either way; otherwise compare what both dates know."""
    a, b = PartialDate.parse(earlier), PartialDate.parse(later)
    assert a.is_before(b) is before
    assert b.is_before(a) is after


@settings(max_examples=100)
@given(a=partial_dates(1990, 2012), b=partial_dates(1990, 2012))
def test_is_before_is_antisymmetric(a: PartialDate, b: PartialDate) -> None:
    """Two dates are never each certainly before the other."""
    assert not (a.is_before(b) and b.is_before(a))


@settings(max_examples=100)
@given(a=partial_dates(1990, 2012), b=partial_dates(1990, 2012))
def test_is_before_means_every_reading_of_a_precedes_every_reading_of_b(
    a: PartialDate, b: PartialDate
) -> None:
    """a.is_before(b) exactly when the last day a may mean is before the first day b may mean."""
    assert a.is_before(b) is (_latest(a) < _earliest(b))


@settings(max_examples=100)
@given(a=partial_dates(2000, 2003), b=partial_dates(2000, 2003), c=partial_dates(2000, 2003))
def test_is_before_is_transitive(a: PartialDate, b: PartialDate, c: PartialDate) -> None:
    """If a is before b and b before c, then a is before c."""
    if a.is_before(b) and b.is_before(c):
        assert a.is_before(c)


@settings(max_examples=100)
@given(value=partial_dates())
def test_is_before_is_irreflexive(value: PartialDate) -> None:
    """No date is before itself."""
    assert not value.is_before(value)


@settings(max_examples=100)
@given(a=st.dates(), b=st.dates())
def test_day_precision_compares_like_dates(a: dt.date, b: dt.date) -> None:
    """With full dates, is_before is plain date ordering."""
    pa = PartialDate(a.year, a.month, a.day)
    pb = PartialDate(b.year, b.month, b.day)
    assert pa.is_before(pb) is (a < b)


@settings(max_examples=100)
@given(a=partial_dates(1990, 2012), b=partial_dates(1990, 2012))
def test_sort_key_is_consistent_with_is_before(a: PartialDate, b: PartialDate) -> None:
    """Sorting by sort_key never puts a date after one it is certainly before."""
    if a.is_before(b):
        assert a.sort_key < b.sort_key


def test_sort_key_puts_unknown_parts_first() -> None:
    """ "1998" sorts before "1998-01", which sorts before "1998-01-01"."""
    values = [PartialDate(1998, 1, 1), PartialDate(1998, 1), PartialDate(1998), PartialDate(1997)]
    assert sorted(values, key=lambda v: v.sort_key) == list(reversed(values))


def test_partial_dates_are_hashable_values() -> None:
    """Equal partial dates are equal and hash alike (frozen value objects)."""
    assert PartialDate.parse("1998-03") == PartialDate(1998, 3)
    assert len({PartialDate(1998, 3), PartialDate.parse("1998-03"), PartialDate(1998)}) == 2
