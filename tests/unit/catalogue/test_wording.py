"""Wording hints for competence statements: operational verbs, vague phrases, the rules file."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advisor_app.catalogue.wording import (
    HintCode,
    VagueAdvice,
    WordingRules,
    WordingRulesError,
    default_rules_path,
    fold,
    load_wording_rules,
    statement_hints,
)
from advisor_app.domain.enums import CompetenceKind

K, U, KS = CompetenceKind.KNOWLEDGE, CompetenceKind.SKILL, CompetenceKind.SOCIAL


@pytest.fixture(scope="module")
def rules() -> WordingRules:
    """The rules shipped with the app."""
    return load_wording_rules()


def codes(statement: str, kind: CompetenceKind, rules: WordingRules) -> list[HintCode]:
    """The hint codes of a statement, in order."""
    return [hint.code for hint in statement_hints(statement, kind, rules)]


# --- the file ---------------------------------------------------------------------------------


def test_shipped_file_loads_with_every_kind_and_a_realistic_verb_list(rules: WordingRules) -> None:
    """The TOML loads; each kind has starters, an example and 10+ verbs; 40–80 verbs in all."""
    assert 40 <= len(rules.verbs) <= 80
    for kind in CompetenceKind:
        grammar = rules.grammar_for(kind)
        assert grammar.starters and grammar.example
        assert len(rules.verbs_for(kind)) >= 10, kind
    assert {entry.advice for entry in rules.vague} == set(VagueAdvice)


def test_every_entry_of_the_file_names_its_source() -> None:
    """Each kind, verb group and vague phrase says where it comes from."""
    data = tomllib.loads(default_rules_path().read_text(encoding="utf-8"))
    entries = [*data["kinds"].values(), *data["verbs"], *data["vague"]]
    assert entries
    for entry in entries:
        source = entry.get("source", "")
        assert "DOMAIN.md" in source or "authored for the app" in source, entry


def test_verbs_are_unique_within_a_kind(rules: WordingRules) -> None:
    """No verb is listed twice for the same kind (a duplicate hides a typo)."""
    for kind in CompetenceKind:
        folded = [fold(v.text) for v in rules.verbs_for(kind)]
        assert len(folded) == len(set(folded)), kind


def test_statement_examples_of_the_file_need_no_hint(rules: WordingRules) -> None:
    """The example statement of each kind reads well by the file's own rules."""
    for grammar in rules.grammar:
        assert statement_hints(grammar.example, grammar.kind, rules) == ()


def test_malformed_file_is_refused_with_its_path(tmp_path: Path) -> None:
    """A file with a vague phrase lacking its source names the file and the key."""
    text = default_rules_path().read_text(encoding="utf-8")
    broken = tmp_path / "wording.toml"
    broken.write_text(text.replace('phrases = ["lubi"', 'phrases = ["lubi", 7'), encoding="utf-8")
    with pytest.raises(WordingRulesError, match=r"wording\.toml.*'phrases'"):
        WordingRules.load(broken)


def test_unknown_kind_and_schema_are_refused(rules: WordingRules) -> None:
    """Only the three kinds and schema 1 are accepted."""
    with pytest.raises(WordingRulesError, match="schema"):
        WordingRules.from_mapping({"schema": 2})
    data = tomllib.loads(default_rules_path().read_text(encoding="utf-8"))
    data["verbs"][0]["kinds"] = ["attitude"]
    with pytest.raises(WordingRulesError, match="unknown kind"):
        WordingRules.from_mapping(data)


# --- hints ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "kind"),
    [
        ("Obsługuje kasę fiskalną", U),
        ("Obsługuje kasę fiskalną i terminal płatniczy; rozlicza zmianę.", U),
        ("Potrafi samodzielnie przygotować wniosek o dopłaty ARiMR", U),
        ("Prowadzi ewidencję przychodów i wydatków w arkuszu (Excel/Calc).", U),
        ("Zna zasady przechowywania żywności", K),
        ("Rozumie zasady BHP przy pracy z ciągnikiem", K),
        ("Jest gotowa do współpracy w zespole ochotników przy dożynkach", KS),
        ("Dba o bezpieczeństwo dzieci podczas zajęć świetlicy", KS),
        ("Udziela pierwszej pomocy zgodnie z zasadami KPP (zaświadczenie OSP).", U),
    ],
)
def test_well_worded_statements_get_no_hint(
    statement: str, kind: CompetenceKind, rules: WordingRules
) -> None:
    """Statements starting with an operational verb of their kind read well."""
    assert statement_hints(statement, kind, rules) == ()


def test_vague_verb_is_pointed_out_with_what_to_write_instead(rules: WordingRules) -> None:
    """ "umie obsługiwać kasę" gets one hint quoting "umie" and suggesting concrete verbs."""
    (hint,) = statement_hints("umie obsługiwać kasę", U, rules)
    assert hint.code is HintCode.VAGUE_PHRASE
    assert (hint.word, hint.start, hint.end) == ("umie", 0, 4)
    assert hint.advice is VagueAdvice.UNOBSERVABLE
    assert "potrafi…" in hint.suggestions


def test_missing_operational_verb_quotes_the_first_word(rules: WordingRules) -> None:
    """A statement opening with an adverb or a noun is told to start with a verb of its kind."""
    (hint,) = statement_hints("Samodzielnie obsługuje kasę", U, rules)
    assert hint.code is HintCode.NO_OPERATIONAL_VERB
    assert hint.word == "Samodzielnie"
    assert hint.suggestions == rules.grammar_for(U).starters
    (hint,) = statement_hints("  – Prawo jazdy kat. B", U, rules)
    assert (hint.word, hint.start) == ("Prawo", 4)


def test_verb_of_another_kind_is_pointed_out(rules: WordingRules) -> None:
    """ "Rozumie" opens knowledge, not skills; "Potrafi" opens skills, not social competences."""
    (hint,) = statement_hints("Rozumie obsługę kasy", U, rules)
    assert hint.code is HintCode.VERB_OF_OTHER_KIND
    assert hint.word == "Rozumie"
    assert hint.word_kinds == {K}
    assert codes("Potrafi współpracować z sąsiadami", KS, rules) == [HintCode.VERB_OF_OTHER_KIND]
    assert codes("Kieruje się zasadami etyki", U, rules) == [HintCode.VERB_OF_OTHER_KIND]
    assert codes("Kieruje ciągnikiem rolniczym", U, rules) == []


def test_first_person_gets_the_third_person_form(rules: WordingRules) -> None:
    """ "Obsługuję", "Prowadzę", "Znam", "Jestem gotowa" are answered with the third person."""
    expected = {
        "Obsługuję kasę": (U, "obsługuje"),
        "Prowadzę ewidencję": (U, "prowadzi"),
        "Potrafię spawać": (U, "potrafi"),
        "Znam przepisy BHP": (K, "zna"),
        "Jestem gotowa do pomocy sąsiadom": (KS, "jest"),
        "Dbam o porządek": (KS, "dba"),
    }
    for statement, (kind, third) in expected.items():
        hints = statement_hints(statement, kind, rules)
        assert [(h.code, h.suggestions) for h in hints] == [(HintCode.FIRST_PERSON, (third,))]


def test_case_diacritics_and_spacing_are_ignored(rules: WordingRules) -> None:
    """Capitals, missing Polish letters, double spaces and bullets do not change the verdict."""
    assert statement_hints("OBSŁUGUJE KASĘ", U, rules) == ()
    assert statement_hints("obsluguje kase fiskalna", U, rules) == ()
    assert statement_hints("• Obsługuje  kasę", U, rules) == ()
    (hint,) = statement_hints("JEST  ZAANGAZOWANA w pracę KGW", KS, rules)
    assert hint.code is HintCode.VAGUE_PHRASE
    assert hint.word == "JEST  ZAANGAZOWANA", "the hint quotes what was typed"
    assert hint.advice is VagueAdvice.TRAIT


def test_vague_phrases_are_found_inside_the_statement_as_whole_words(rules: WordingRules) -> None:
    """ "lubi" later in the statement is flagged; "umie" inside "rozumie" is not."""
    hints = statement_hints("Obsługuje kasę i lubi kontakt z klientami", U, rules)
    assert [(h.code, h.word, h.advice) for h in hints] == [
        (HintCode.VAGUE_PHRASE, "lubi", VagueAdvice.PREFERENCE)
    ]
    assert statement_hints("Rozumie działanie kasy fiskalnej", K, rules) == ()
    assert statement_hints("Obsługuje umiejętnie kosiarkę", U, rules) == ()


def test_vague_start_does_not_also_ask_for_a_verb(rules: WordingRules) -> None:
    """ "Zna się na komputerach" gets the vague-phrase hint only, not a second one."""
    hints = statement_hints("Zna się na komputerach", K, rules)
    assert [(h.code, h.word) for h in hints] == [(HintCode.VAGUE_PHRASE, "Zna się na")]


def test_ambiguous_cooperation_is_flagged_only_on_its_own(rules: WordingRules) -> None:
    """ "Jest gotów do współpracy." alone is ambiguous (S24); with a context it reads well."""
    (hint,) = statement_hints("Jest gotów do współpracy.", KS, rules)
    assert hint.advice is VagueAdvice.TOO_GENERAL
    assert statement_hints("Jest gotów do współpracy w zespole OSP przy akcjach", KS, rules) == ()


def test_empty_statement_has_no_hints(rules: WordingRules) -> None:
    """Nothing typed (or only spaces and punctuation) gets no hint; the issue list covers it."""
    assert statement_hints("", U, rules) == ()
    assert statement_hints("  … ", U, rules) == ()


@given(st.text(max_size=120), st.sampled_from(list(CompetenceKind)))
def test_any_text_gets_hints_that_quote_it(statement: str, kind: CompetenceKind) -> None:
    """Whatever is typed (emoji, RTL, control characters), each hint quotes a part of it."""
    for hint in statement_hints(statement, kind, load_wording_rules()):
        assert statement[hint.start : hint.end] == hint.word
        assert hint.word.strip()
