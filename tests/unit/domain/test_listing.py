"""listing: the search key of the participant list and the list row."""

from __future__ import annotations

import datetime as dt
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor_app.domain.enums import BalanceStatus, Stage, Variant
from advisor_app.domain.listing import BalanceListRow, search_key
from tests.helpers.domain_factories import sid


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Żółć Łąka", "zolc laka"),
        ("ŻÓŁĆ ŁĄKA", "zolc laka"),
        ("Wójcik", "wojcik"),
        ("Łososina Dolna", "lososina dolna"),
        ("Kmiecik  Józef", "kmiecik jozef"),
        ("  Bąk\tMarek\n", "bak marek"),
        ("ęóąśłżźćń ĘÓĄŚŁŻŹĆŃ", "eoaslzzcn eoaslzzcn"),
        ("Straße", "strasse"),
        ("Ørsted Ǿ", "orsted o"),
        ("Đorđe", "dorde"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_search_key_folds_letters_case_and_spaces(text: str, expected: str) -> None:
    """Polish (and a few other) letters fold to ASCII, case folds, whitespace collapses."""
    assert search_key(text) == expected


def test_search_key_keeps_cyrillic_searchable() -> None:
    """Ukrainian names fold case but stay Cyrillic, so a Cyrillic query still finds them."""
    assert search_key("КОВАЛЬЧУК Олена") == search_key("ковальчук олена")
    assert search_key("Ковальчук").startswith("ковал")


def test_typed_query_matches_stored_name() -> None:
    """An advisor typing without Polish letters finds the participant by substring."""
    stored = search_key("Kowalczyk Halina, Łososina Dolna")
    assert search_key("kowalczyk") in stored
    assert search_key("LOSOSINA") in stored
    assert search_key("łososina") in stored


@settings(max_examples=100)
@given(text=st.text())
def test_search_key_is_idempotent(text: str) -> None:
    """search_key(search_key(x)) == search_key(x), so folding stored keys again is harmless."""
    key = search_key(text)
    assert search_key(key) == key


@settings(max_examples=100)
@given(text=st.text())
def test_search_key_output_is_clean(text: str) -> None:
    """The key has no combining marks, no upper case, no doubled or edge whitespace."""
    key = search_key(text)
    assert not any(unicodedata.combining(ch) for ch in key)
    assert key == key.casefold()
    assert key == " ".join(key.split())


@settings(max_examples=100)
@given(text=st.text(alphabet="aąbcćdeęfghijklłmnńoóprsśtuwyzźżAĄBCĆDEĘŁŃÓŚŹŻ "))
def test_polish_text_folds_to_ascii(text: str) -> None:
    """Any Polish text folds to plain ASCII letters and spaces."""
    assert search_key(text).isascii()


def test_search_key_is_idempotent_for_every_single_character() -> None:
    """Exhaustively over assigned planes: folding a folded character changes nothing."""
    planes = [*range(0x0, 0xD800), *range(0xE000, 0x20000), *range(0xE0000, 0xE1000)]
    broken = [
        f"U+{cp:04X}" for cp in planes if search_key(search_key(chr(cp))) != search_key(chr(cp))
    ]
    assert broken == []
    assert sys.maxunicode >= 0xE1000


def test_list_row_display_name_and_defaults() -> None:
    """A participant without a balance is a row with only participant data."""
    row = BalanceListRow(
        participant_id=sid("participant.halina-kowalczyk"),
        last_name="Kowalczyk",
        first_name="Halina",
        locality="Łososina Dolna",
        updated_at=dt.datetime(2024, 3, 18, 12, tzinfo=dt.UTC),
    )
    assert row.display_name == "Kowalczyk Halina"
    assert row.balance_id is None and row.status is None and row.current_stage is None
    with_balance = BalanceListRow(
        participant_id=row.participant_id,
        last_name="",
        first_name="Halina",
        locality="",
        updated_at=row.updated_at,
        balance_id=sid("balance.halina"),
        project_code="KK",
        variant=Variant.BASIC,
        status=BalanceStatus.DRAFT,
        current_stage=Stage.BIOGRAPHY,
    )
    assert with_balance.display_name == "Halina"
