"""PESEL: control digit, birth date and sex, shape rules."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor_app.domain import pesel
from tests.helpers.domain_factories import (
    HALINA_BIRTH_DATE,
    HALINA_PESEL,
    PESEL_MAX_DATE,
    PESEL_MIN_DATE,
    valid_pesels,
)

pesel_dates = st.dates(PESEL_MIN_DATE, PESEL_MAX_DATE)
# Digits that str.isdigit() accepts but a PESEL must not: U+0660.. and U+FF10..
ARABIC_INDIC = str.maketrans("0123456789", "".join(chr(0x0660 + i) for i in range(10)))
FULLWIDTH = str.maketrans("0123456789", "".join(chr(0xFF10 + i) for i in range(10)))


def _with_check_digit(first_ten: str) -> str:
    return first_ten + str(pesel.check_digit(first_ten))


@settings(max_examples=100)
@given(born=pesel_dates, serial=st.integers(0, 999), female=st.booleans())
def test_encode_gives_valid_shape_and_checksum(born: dt.date, serial: int, female: bool) -> None:
    """encode() yields eleven ASCII digits with a correct control digit for 1800-2299."""
    number = pesel.encode(born, serial, female)
    assert pesel.has_valid_shape(number)
    assert pesel.has_valid_checksum(number)


@settings(max_examples=100)
@given(born=pesel_dates, serial=st.integers(0, 999), female=st.booleans())
def test_birth_date_and_sex_decode_what_encode_encoded(
    born: dt.date, serial: int, female: bool
) -> None:
    """birth_date() and is_female() return exactly the date and sex given to encode()."""
    number = pesel.encode(born, serial, female)
    assert pesel.birth_date(number) == born
    assert pesel.is_female(number) is female
    assert number[6:9] == f"{serial:03d}"


def test_every_weight_is_invertible_mod_10() -> None:
    """The weights 1, 3, 7, 9 are units mod 10, so any single-digit change moves the sum."""
    assert all(math.gcd(weight, 10) == 1 for weight in pesel._WEIGHTS)
    for weight in set(pesel._WEIGHTS):
        assert {weight * delta % 10 for delta in range(1, 10)} == set(range(1, 10))


@settings(max_examples=100)
@given(number=valid_pesels(), position=st.integers(0, 10), delta=st.integers(1, 9))
def test_any_single_digit_substitution_breaks_the_checksum(
    number: str, position: int, delta: int
) -> None:
    """Changing one digit anywhere (control digit included) always fails the checksum."""
    new_digit = (int(number[position]) + delta) % 10
    typo = number[:position] + str(new_digit) + number[position + 1 :]
    assert typo != number
    assert not pesel.has_valid_checksum(typo)


def test_every_single_digit_substitution_of_a_known_pesel_is_rejected() -> None:
    """Exhaustively: all 99 one-digit typos of Halina's PESEL are caught."""
    rejected = 0
    for position in range(11):
        for digit in "0123456789":
            if digit == HALINA_PESEL[position]:
                continue
            typo = HALINA_PESEL[:position] + digit + HALINA_PESEL[position + 1 :]
            assert not pesel.has_valid_checksum(typo), typo
            rejected += 1
    assert rejected == 99


@pytest.mark.parametrize(
    ("number", "born", "female"),
    [
        ("44051401359", dt.date(1944, 5, 14), False),
        ("02070803628", dt.date(1902, 7, 8), True),
        ("02270803624", dt.date(2002, 7, 8), True),
    ],
)
def test_known_examples_decode(number: str, born: dt.date, female: bool) -> None:
    """Published-format examples pass the checksum and decode to the expected date and sex."""
    assert pesel.has_valid_checksum(number)
    assert pesel.birth_date(number) == born
    assert pesel.is_female(number) is female


def test_check_digit_of_the_classic_example_is_computed_by_hand() -> None:
    """44051401359: weighted sum 101, so the control digit is (10 - 1) % 10 = 9."""
    weighted = sum(int(d) * w for d, w in zip("4405140135", pesel._WEIGHTS, strict=True))
    assert weighted == 101
    assert pesel.check_digit("4405140135") == 9


def test_check_digit_is_zero_when_the_sum_ends_in_zero() -> None:
    """A weighted sum divisible by 10 gives control digit 0, not 10."""
    assert pesel.check_digit("0000000000") == 0
    assert pesel.has_valid_checksum("00000000000")


@pytest.mark.parametrize(
    ("born", "month_field"),
    [
        (dt.date(1800, 1, 1), "81"),
        (dt.date(1899, 12, 31), "92"),
        (dt.date(1900, 1, 1), "01"),
        (dt.date(1999, 12, 31), "12"),
        (dt.date(2000, 1, 1), "21"),
        (dt.date(2099, 12, 31), "32"),
        (dt.date(2100, 1, 1), "41"),
        (dt.date(2200, 2, 28), "62"),
        (dt.date(2299, 12, 31), "72"),
    ],
)
def test_month_field_carries_the_century(born: dt.date, month_field: str) -> None:
    """Century offsets: 1800s +80, 1900s +0, 2000s +20, 2100s +40, 2200s +60."""
    number = pesel.encode(born, 0, True)
    assert number[2:4] == month_field
    assert pesel.birth_date(number) == born


def test_halina_pesel_matches_her_birth_date() -> None:
    """The factory PESEL encodes Halina's birth date and female sex."""
    assert pesel.has_valid_checksum(HALINA_PESEL)
    assert pesel.birth_date(HALINA_PESEL) == HALINA_BIRTH_DATE
    assert pesel.is_female(HALINA_PESEL)


@pytest.mark.parametrize(
    "first_ten",
    [
        "4413140135",  # month 13
        "4400140135",  # month 00
        "4433140135",  # month 13 of the 2000s
        "4402300135",  # 30 February
        "4502290135",  # 29 February 1945 (not a leap year)
        "4405000135",  # day 00
        "4405320135",  # day 32
    ],
)
def test_birth_date_is_none_for_impossible_dates(first_ten: str) -> None:
    """A PESEL with a correct checksum but an impossible date decodes to None."""
    number = _with_check_digit(first_ten)
    assert pesel.has_valid_checksum(number)
    assert pesel.birth_date(number) is None


def test_leap_day_2000_is_a_real_date() -> None:
    """29 February 2000 (a leap year divisible by 400) decodes correctly."""
    number = pesel.encode(dt.date(2000, 2, 29), 1, False)
    assert number.startswith("002229")
    assert pesel.birth_date(number) == dt.date(2000, 2, 29)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "4405140135",  # 10 digits
        "440514013591",  # 12 digits
        "4405140135X",
        "44O51401359",  # letter O instead of zero
        " 44051401359",
        "44051401359 ",
        "4405 1401359",
        "+4405140135",
        "44051401359".translate(ARABIC_INDIC),
        "00000000000".translate(ARABIC_INDIC),
        "44051401359".translate(FULLWIDTH),
        "4405140135²",  # superscript two is a digit to str.isdigit()
    ],
)
def test_shape_rejects_anything_but_eleven_ascii_digits(text: str) -> None:
    """Only exactly eleven ASCII digits have a PESEL shape; nothing else decodes."""
    assert not pesel.has_valid_shape(text)
    assert not pesel.has_valid_checksum(text)
    assert pesel.birth_date(text) is None


@settings(max_examples=100)
@given(text=st.text(max_size=14))
def test_checksum_never_raises_on_arbitrary_text(text: str) -> None:
    """Arbitrary typed text is answered with True/False, never an exception."""
    valid = pesel.has_valid_checksum(text)
    assert valid is False or pesel.has_valid_shape(text)
    pesel.birth_date(text)


def test_serial_wraps_and_sex_digit_has_the_right_parity() -> None:
    """The serial is taken mod 1000; the tenth digit is even for women, odd for men."""
    born = dt.date(1972, 2, 17)
    assert pesel.encode(born, 1483, True) == pesel.encode(born, 483, True)
    for serial in range(10):
        assert int(pesel.encode(born, serial, True)[9]) % 2 == 0
        assert int(pesel.encode(born, serial, False)[9]) % 2 == 1


@settings(max_examples=50)
@given(born=st.dates(dt.date(1, 1, 1), dt.date(1799, 12, 31)) | st.dates(dt.date(2300, 1, 1)))
def test_encode_refuses_dates_outside_1800_2299(born: dt.date) -> None:
    """PESEL has no century code outside 1800-2299, so encode() cannot build one."""
    with pytest.raises((KeyError, ValueError)):
        pesel.encode(born, 0, True)
