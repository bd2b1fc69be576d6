"""Wording hints for competence statements (DOMAIN.md §2.5, stage E2C).

A competence statement should start with an *operational verb* (an action that can be observed,
checked and assessed), follow the grammar of its kind (W "zna…", U "potrafi…/obsługuje…",
KS "jest gotów do…"), be written in the third person and avoid vague phrases ("umie",
"zna się na", "lubi"). :func:`statement_hints` reports what a statement misses as
:class:`WordingHint` values: codes and the offending words, never sentences, so the UI words
them in its own language. Hints never block anything.

The verb and phrase lists live in ``resources/interview/competence_wording.toml`` with a source
note for every entry; :func:`load_wording_rules` reads them.
"""

from __future__ import annotations

import dataclasses
import functools
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from advisor_app.domain.enums import CompetenceKind
from advisor_app.resources import resource_path

__all__ = [
    "HintCode",
    "KindGrammar",
    "OperationalVerb",
    "VagueAdvice",
    "VaguePhrase",
    "WordingHint",
    "WordingRules",
    "WordingRulesError",
    "default_rules_path",
    "fold",
    "load_wording_rules",
    "statement_hints",
]

#: The only schema of the TOML file this module reads.
SCHEMA = 1


class HintCode(StrEnum):
    """What a wording hint is about."""

    #: The statement does not start with a known operational verb.
    NO_OPERATIONAL_VERB = "no_operational_verb"
    #: It starts with a verb typical of another kind (e.g. "zna" for a skill).
    VERB_OF_OTHER_KIND = "verb_of_other_kind"
    #: It starts with a verb in the first person ("obsługuję" instead of "obsługuje").
    FIRST_PERSON = "first_person"
    #: It uses a vague phrase ("umie", "zna się na", "lubi").
    VAGUE_PHRASE = "vague_phrase"


class VagueAdvice(StrEnum):
    """Why a vague phrase is vague, which decides what the hint suggests."""

    UNOBSERVABLE = "unobservable"
    PREFERENCE = "preference"
    TRAIT = "trait"
    TOO_GENERAL = "too_general"


class WordingRulesError(ValueError):
    """The wording rules file is missing entries or has values of the wrong type."""


@dataclass(frozen=True, slots=True)
class WordingHint:
    """One hint about a statement.

    Attributes:
        code: What the hint is about.
        word: The offending words exactly as typed (the first word for a missing verb).
        start: Index of ``word`` in the statement.
        end: Index just after ``word``.
        suggestions: Polish words or phrases to write instead (verbs of the kind, the
            third-person form, better phrasings), in the order the UI should offer them.
        advice: For :attr:`HintCode.VAGUE_PHRASE`, why the phrase is vague.
        word_kinds: For :attr:`HintCode.VERB_OF_OTHER_KIND`, the kinds the verb belongs to.
    """

    code: HintCode
    word: str
    start: int
    end: int
    suggestions: tuple[str, ...] = ()
    advice: VagueAdvice | None = None
    word_kinds: frozenset[CompetenceKind] = frozenset()


@dataclass(frozen=True, slots=True)
class OperationalVerb:
    """An operational verb (or a fixed verb phrase such as "dba o") and its kinds."""

    text: str
    kinds: frozenset[CompetenceKind]
    source: str


@dataclass(frozen=True, slots=True)
class VaguePhrase:
    """Phrases that cannot be observed or checked, with what to write instead.

    Attributes:
        phrases: Variants of the phrase (gendered forms: "jest zaangażowany/-a").
        advice: Why they are vague.
        instead: Polish phrasings to suggest.
        kinds: Kinds of statement in which the phrases are flagged.
        whole: Flag only when a phrase is the whole statement (ambiguous on its own).
        source: Where the entry comes from.
    """

    phrases: tuple[str, ...]
    advice: VagueAdvice
    instead: tuple[str, ...]
    kinds: frozenset[CompetenceKind]
    whole: bool
    source: str


@dataclass(frozen=True, slots=True)
class KindGrammar:
    """How statements of one kind usually start, with an example statement."""

    kind: CompetenceKind
    starters: tuple[str, ...]
    example: str
    source: str


@dataclass(frozen=True)
class WordingRules:
    """The operational verbs, vague phrases and grammar of each kind."""

    verbs: tuple[OperationalVerb, ...]
    vague: tuple[VaguePhrase, ...]
    grammar: tuple[KindGrammar, ...]

    @classmethod
    def load(cls, path: Path) -> WordingRules:
        """Read the rules from a TOML file.

        Raises:
            OSError: The file cannot be read.
            WordingRulesError: The file is not valid TOML or misses required entries.
        """
        try:
            with path.open("rb") as stream:
                data = tomllib.load(stream)
        except tomllib.TOMLDecodeError as error:
            raise WordingRulesError(f"{path}: {error}") from error
        try:
            return cls.from_mapping(data)
        except WordingRulesError as error:
            raise WordingRulesError(f"{path}: {error}") from error

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> WordingRules:
        """Build the rules from parsed TOML data.

        Raises:
            WordingRulesError: An entry is missing or has the wrong type.
        """
        if data.get("schema") != SCHEMA:
            raise WordingRulesError(f"schema must be {SCHEMA}, not {data.get('schema')!r}")
        kinds_table = _table(data, "kinds")
        grammar = tuple(
            KindGrammar(
                kind=kind,
                starters=_strings(entry, "starters"),
                example=_string(entry, "example"),
                source=_string(entry, "source"),
            )
            for kind in CompetenceKind
            for entry in (_table(kinds_table, kind.value),)
        )
        verbs = tuple(
            OperationalVerb(text=text, kinds=_kinds(group), source=_string(group, "source"))
            for group in _tables(data, "verbs")
            for text in _strings(group, "verbs")
        )
        vague = tuple(
            VaguePhrase(
                phrases=_strings(entry, "phrases"),
                advice=_advice(entry),
                instead=_strings(entry, "instead", required=False),
                kinds=_kinds(entry, default=frozenset(CompetenceKind)),
                whole=_bool(entry, "whole"),
                source=_string(entry, "source"),
            )
            for entry in _tables(data, "vague")
        )
        return cls(verbs=verbs, vague=vague, grammar=grammar)

    def grammar_for(self, kind: CompetenceKind) -> KindGrammar:
        """The grammar of statements of ``kind``."""
        return next(g for g in self.grammar if g.kind is kind)

    def verbs_for(self, kind: CompetenceKind) -> tuple[OperationalVerb, ...]:
        """The operational verbs of ``kind``, in file order."""
        return tuple(v for v in self.verbs if kind in v.kinds)

    # Not slotted: cached_property keeps its value in the instance __dict__.
    @functools.cached_property
    def _verbs_longest_first(self) -> tuple[OperationalVerb, ...]:
        # "kieruje się" (KS) must win over "kieruje" (U): try longer phrases first.
        return tuple(sorted(self.verbs, key=lambda v: len(fold(v.text)), reverse=True))

    def match_verb(self, folded: str, at: int) -> OperationalVerb | None:
        """The longest verb starting at ``at`` of an already :func:`fold`-ed text, or None."""
        for verb in self._verbs_longest_first:
            if _matches_at(folded, fold(verb.text), at):
                return verb
        return None


def default_rules_path() -> Path:
    """Path of the wording rules shipped with the app."""
    return resource_path("interview", "competence_wording.toml")


@functools.cache
def load_wording_rules() -> WordingRules:
    """The wording rules shipped with the app (read once, then cached)."""
    return WordingRules.load(default_rules_path())


# --- matching ---------------------------------------------------------------------------------


def _fold_char(char: str) -> str:
    # "ł" has no decomposition in Unicode, unlike "ą" = "a" + ogonek; map it by hand.
    folded = char.casefold().replace("ł", "l")
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1024)
def fold(text: str) -> str:
    """Fold ``text`` for matching: lower case, no diacritics, single spaces, trimmed."""
    return _fold_with_map(text)[0].strip()


def _fold_with_map(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` and map every folded character back to its index in ``text``."""
    out: list[str] = []
    index_of: list[int] = []
    previous_space = False
    for index, char in enumerate(text):
        if char.isspace():
            if not previous_space:
                out.append(" ")
                index_of.append(index)
            previous_space = True
            continue
        previous_space = False
        for folded in _fold_char(char):
            out.append(folded)
            index_of.append(index)
    return "".join(out), index_of


def _matches_at(folded: str, phrase: str, at: int) -> bool:
    if not phrase or not folded.startswith(phrase, at):
        return False
    before_ok = at == 0 or not folded[at - 1].isalnum()
    end = at + len(phrase)
    after_ok = end == len(folded) or not folded[end].isalnum()
    return before_ok and after_ok


def _find_all(folded: str, phrase: str) -> Iterator[int]:
    at = folded.find(phrase)
    while at != -1:
        if _matches_at(folded, phrase, at):
            yield at
        at = folded.find(phrase, at + 1)


# First-person endings and what replaces them in the third person: "potrafię" → "potrafi",
# "obsługuję" → "obsługuje", "prowadzę" → "prowadzi", "znam" → "zna", "jestem" → "jest".
# "e" → "i" catches "prowadze" typed without diacritics.
_FIRST_PERSON_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ę", ("", "e", "i")),
    ("em", ("",)),
    ("m", ("",)),
    ("e", ("i",)),
)


@dataclass(frozen=True, slots=True)
class _Folded:
    """A statement folded for matching, with the way back to what was typed."""

    original: str
    text: str
    index_of: tuple[int, ...]

    @classmethod
    def of(cls, statement: str) -> _Folded:
        text, index_of = _fold_with_map(statement)
        return cls(statement, text, tuple(index_of))

    def hint(self, code: HintCode, at: int, length: int, **details: Any) -> WordingHint:
        """A hint about ``length`` folded characters from ``at``, quoting what was typed."""
        begin = self.index_of[at]
        end = self.index_of[at + length - 1] + 1
        return WordingHint(code, self.original[begin:end], begin, end, **details)


def statement_hints(
    statement: str, kind: CompetenceKind, rules: WordingRules
) -> tuple[WordingHint, ...]:
    """Hints for a competence statement of ``kind``; empty when it reads well.

    The first hint (if any) is about how the statement starts: first person, a verb of another
    kind, or no operational verb; it is left out when a vague phrase starts the statement (that
    hint already says what to write). Vague phrases follow in the order they appear. A statement
    without letters has no hints (the competence's "statement required" issue covers it).
    """
    folded = _Folded.of(statement)
    start = next((i for i, c in enumerate(folded.text) if c.isalpha()), None)
    if start is None:
        return ()

    vague_hints: list[WordingHint] = []
    for entry in rules.vague:
        if kind not in entry.kinds:
            continue
        for phrase in entry.phrases:
            key = fold(phrase)
            if entry.whole:
                whole = folded.text[start:].rstrip(" .;!") == key
                hits: Iterable[int] = (start,) if whole else ()
            else:
                hits = _find_all(folded.text, key)
            vague_hints.extend(
                folded.hint(
                    HintCode.VAGUE_PHRASE,
                    at,
                    len(key),
                    suggestions=entry.instead,
                    advice=entry.advice,
                )
                for at in hits
            )
    vague_hints.sort(key=lambda hint: hint.start)

    if vague_hints and vague_hints[0].start == folded.index_of[start]:
        return tuple(vague_hints)
    opening = _opening_hint(folded, start, kind, rules)
    return ((opening,) if opening is not None else ()) + tuple(vague_hints)


def _opening_hint(
    folded: _Folded, start: int, kind: CompetenceKind, rules: WordingRules
) -> WordingHint | None:
    first_end = start
    while first_end < len(folded.text) and folded.text[first_end].isalnum():
        first_end += 1
    first = folded.hint(HintCode.NO_OPERATIONAL_VERB, start, first_end - start)
    rest = folded.text[first_end:]
    # Folding turns "obsługuję" into "obsluguje", which matches the verb; no third-person
    # verb ends in "ę", so look for the first person before matching verbs.
    third_person = _third_person(first.word, rest, rules, first_person_only=True)
    verb = rules.match_verb(folded.text, start) if third_person is None else None
    if verb is not None:
        if kind in verb.kinds:
            return None
        return folded.hint(
            HintCode.VERB_OF_OTHER_KIND,
            start,
            len(fold(verb.text)),
            suggestions=rules.grammar_for(kind).starters,
            word_kinds=verb.kinds,
        )
    third_person = third_person or _third_person(first.word, rest, rules)
    if third_person is not None:
        return dataclasses.replace(first, code=HintCode.FIRST_PERSON, suggestions=(third_person,))
    return dataclasses.replace(first, suggestions=rules.grammar_for(kind).starters)


def _third_person(
    word: str, folded_rest: str, rules: WordingRules, *, first_person_only: bool = False
) -> str | None:
    """The third-person form of a first-person verb ``word`` that the rules know, or None.

    Args:
        word: The first word as typed.
        folded_rest: The folded text after it (verbs may be phrases: "dbam o" → "dba o").
        rules: The known verbs.
        first_person_only: Try only endings that never end a third-person verb ("ę").
    """
    lowered = word.casefold()
    for ending, replacements in _FIRST_PERSON_ENDINGS:
        if not lowered.endswith(ending) or (first_person_only and ending != "ę"):
            continue
        for replacement in replacements:
            candidate = lowered[: -len(ending)] + replacement
            if rules.match_verb(fold(candidate) + folded_rest, 0) is not None:
                return candidate
    return None


# --- reading the TOML -------------------------------------------------------------------------


def _table(data: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise WordingRulesError(f"[{key}] must be a table")
    return value


def _tables(data: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise WordingRulesError(f"[[{key}]] must be an array of tables")
    return value


def _string(entry: Mapping[str, Any], key: str) -> str:
    value = entry.get(key)
    if not isinstance(value, str) or not value.strip():
        raise WordingRulesError(f"{key!r} must be a non-empty string in {dict(entry)!r}")
    return value


def _strings(entry: Mapping[str, Any], key: str, *, required: bool = True) -> tuple[str, ...]:
    value = entry.get(key, None if required else [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise WordingRulesError(f"{key!r} must be a list of non-empty strings in {dict(entry)!r}")
    if required and not value:
        raise WordingRulesError(f"{key!r} must not be empty in {dict(entry)!r}")
    return tuple(value)


def _bool(entry: Mapping[str, Any], key: str) -> bool:
    value = entry.get(key, False)
    if not isinstance(value, bool):
        raise WordingRulesError(f"{key!r} must be true or false in {dict(entry)!r}")
    return value


def _kinds(
    entry: Mapping[str, Any], default: frozenset[CompetenceKind] | None = None
) -> frozenset[CompetenceKind]:
    if "kinds" not in entry and default is not None:
        return default
    codes = _strings(entry, "kinds")
    try:
        return frozenset(CompetenceKind(code) for code in codes)
    except ValueError as error:
        raise WordingRulesError(f"unknown kind in {codes!r}") from error


def _advice(entry: Mapping[str, Any]) -> VagueAdvice:
    code = _string(entry, "advice")
    try:
        return VagueAdvice(code)
    except ValueError as error:
        raise WordingRulesError(f"unknown advice {code!r}") from error
