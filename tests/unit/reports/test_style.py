"""Tests of the plain-language style checker (SC07)."""

from __future__ import annotations

import tomllib

import pytest

from advisor_app.reports.style import (
    FindingKind,
    JargonTerm,
    StyleRules,
    check_style,
    default_rules_path,
    load_style_rules,
    simplify,
    split_sentences,
)

RULES = StyleRules(
    jargon=(
        JargonTerm(
            term="kompetencje społeczne",
            replacement="jak działasz z ludźmi",
            note="SC07",
        ),
        JargonTerm(term="kompetencje", replacement="to, co umiesz", note="test"),
    )
)
LONG = (
    "W przyszłym miesiącu pójdziesz do urzędu gminy i zapytasz tam panią w sekretariacie "
    "o wolne miejsca pracy w naszej okolicy."
)


def test_sentence_over_fifteen_words_is_flagged() -> None:
    """A 20-word sentence gives one long-sentence finding with its word count."""
    findings = check_style(f"Umiesz dużo. {LONG}", RULES)
    assert [(f.kind, f.text, f.words) for f in findings] == [(FindingKind.LONG_SENTENCE, LONG, 20)]


def test_jargon_found_regardless_of_case_and_diacritics() -> None:
    """Jargon matches in any case and without Polish letters, and the longer term wins."""
    findings = check_style("Kompetencje Społeczne. kompetencje spoleczne.", RULES)
    assert [(f.kind, f.text, f.replacement) for f in findings] == [
        (FindingKind.JARGON, "Kompetencje Społeczne", "jak działasz z ludźmi"),
        (FindingKind.JARGON, "kompetencje spoleczne", "jak działasz z ludźmi"),
    ]


def test_jargon_matches_whole_words_only() -> None:
    """A jargon word inside a longer word is not a finding."""
    assert check_style("Superkompetencjeowe rzeczy.", RULES) == ()


def test_simplify_replaces_jargon_and_capitalises_at_sentence_start() -> None:
    """simplify swaps jargon for the plain words and reports each replacement."""
    text, findings = simplify("Kompetencje Społeczne: dobre. Masz kompetencje społeczne.", RULES)
    assert text == "Jak działasz z ludźmi: dobre. Masz jak działasz z ludźmi."
    assert [f.text for f in findings] == ["Kompetencje Społeczne", "kompetencje społeczne"]


def test_simplify_reports_sentences_still_too_long() -> None:
    """A long sentence stays a finding after simplification."""
    _, findings = simplify(LONG, RULES)
    assert [f.kind for f in findings] == [FindingKind.LONG_SENTENCE]


def test_abbreviation_does_not_end_a_sentence() -> None:
    """The full stop of "np." keeps the sentence together."""
    assert split_sentences("Praca w tartaku, np. przy maszynach. Albo w gminie.") == (
        "Praca w tartaku, np. przy maszynach.",
        "Albo w gminie.",
    )


def test_bundled_list_entries_have_replacement_and_note() -> None:
    """Every entry of jargon_pl.toml has a term, a replacement and a rationale note."""
    with default_rules_path().open("rb") as handle:
        entries = tomllib.load(handle)["term"]
    assert 20 <= len(entries) <= 40
    for entry in entries:
        assert entry["term"].strip() and entry["replacement"].strip() and entry["note"].strip()


def test_bundled_list_covers_the_sc07_examples() -> None:
    """The bundled rules replace the jargon named in SC07 and the issue."""
    rules = load_style_rules()
    assert rules.max_sentence_words == 15
    text, _ = simplify("Walidacja, portfolio, BUR i kompetencje społeczne.", rules)
    assert (
        text == "Sprawdzenie, co umiesz, teczka z dowodami, baza szkoleń i jak działasz z ludźmi."
    )


def test_bundled_english_list_entries_have_replacement_and_note() -> None:
    """Every English jargon entry has a plain replacement and a note; SC07's term is there."""
    rules = load_style_rules(language="en")
    assert len(rules.jargon) >= 20
    for term in rules.jargon:
        assert term.replacement and term.note, term.term
    simplified, findings = simplify("Talk about your social competences.", rules)
    assert simplified == "Talk about your how you work with people."
    assert [f.text for f in findings] == ["social competences"]


def test_english_abbreviation_does_not_end_a_sentence() -> None:
    """ "e.g." and "Mr." keep their sentence together."""
    assert split_sentences("Bring papers, e.g. a CV. Ask Mr. Nowak.") == (
        "Bring papers, e.g. a CV.",
        "Ask Mr. Nowak.",
    )


def test_no_bundled_list_for_other_languages() -> None:
    """Asking for a language without a list is an error, not a silent Polish list."""
    with pytest.raises(ValueError, match="uk"):
        load_style_rules(language="uk")
