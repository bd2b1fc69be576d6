"""PESEL, the Polish national identification number: checksum, birth date and sex."""

from __future__ import annotations

import datetime as dt

_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9, 1, 3)

# The month field carries the century: 1800s +80, 1900s +0, 2000s +20, 2100s +40, 2200s +60.
_CENTURY_BY_MONTH_OFFSET = {80: 1800, 0: 1900, 20: 2000, 40: 2100, 60: 2200}


def has_valid_shape(pesel: str) -> bool:
    """Tell whether the text is exactly eleven ASCII digits."""
    return len(pesel) == 11 and pesel.isascii() and pesel.isdigit()


def check_digit(first_ten: str) -> int:
    """Compute the control digit for the first ten digits of a PESEL."""
    total = sum(int(digit) * weight for digit, weight in zip(first_ten, _WEIGHTS, strict=True))
    return (10 - total % 10) % 10


def has_valid_checksum(pesel: str) -> bool:
    """Tell whether an eleven-digit PESEL has the right control digit."""
    return has_valid_shape(pesel) and check_digit(pesel[:10]) == int(pesel[10])


def birth_date(pesel: str) -> dt.date | None:
    """Return the birth date encoded in a PESEL, or None when it encodes no real date."""
    if not has_valid_shape(pesel):
        return None
    year, month, day = int(pesel[0:2]), int(pesel[2:4]), int(pesel[4:6])
    offset = (month // 20) * 20
    century = _CENTURY_BY_MONTH_OFFSET.get(offset)
    if century is None:
        return None
    try:
        return dt.date(century + year, month - offset, day)
    except ValueError:
        return None


def is_female(pesel: str) -> bool:
    """Tell the sex encoded in the tenth digit (even = female)."""
    return int(pesel[9]) % 2 == 0


def encode(born: dt.date, serial: int, female: bool) -> str:
    """Build a valid PESEL for a birth date (used by tests and demo data).

    Args:
        born: Birth date (1800–2299).
        serial: Three-digit serial number, 0–999.
        female: Sex to encode in the tenth digit.
    """
    offset = {v: k for k, v in _CENTURY_BY_MONTH_OFFSET.items()}[born.year // 100 * 100]
    sex_digit = (serial % 5) * 2 + (0 if female else 1)
    date_part = f"{born.year % 100:02d}{born.month + offset:02d}{born.day:02d}"
    first_ten = f"{date_part}{serial % 1000:03d}{sex_digit}"
    return first_ten + str(check_digit(first_ten))
