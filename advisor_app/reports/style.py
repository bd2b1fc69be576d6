"""Plain-language style checker for the easy-to-read (ETR) print (DOMAIN.md §2.9, SC07).

Qt-free. It flags sentences longer than ``StyleRules.max_sentence_words`` words and jargon from a
list per language (``resources/report/jargon_pl.toml``, ``jargon_en.toml``), and :func:`simplify`
swaps the jargon for the plain words. Jargon matching ignores case and diacritics (through
:func:`advisor_app.domain.listing.search_key`) and only matches whole words.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from advisor_app.domain.listing import search_key
from advisor_app.resources import resource_path

DEFAULT_MAX_SENTENCE_WORDS = 15

# A sentence ends at . ! ? … (one or more) followed by a space or the end, or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_SENTENCE_START_BEFORE = frozenset(".!?…:\n")
# Abbreviations whose full stop does not end a sentence (compared after search_key folding),
# Polish and English.
_ABBREVIATIONS = frozenset(
    [
        "e.g.",
        "i.e.",
        "etc.",
        "mr.",
        "mrs.",
        "ms.",
        "no.",
        "approx.",
        "st.",
        "np.",
        "tzw.",
        "m.in.",
        "itp.",
        "itd.",
        "ok.",
        "ul.",
        "godz.",
        "tj.",
        "wg.",
        "dr.",
        "mgr.",
        "inz.",
        "ds.",
        "nr.",
        "tel.",
        "pn.",
        "zl.",
        "r.",
    ]
)


class FindingKind(StrEnum):
    """What the style checker found."""

    LONG_SENTENCE = "long_sentence"
    JARGON = "jargon"


@dataclass(frozen=True, slots=True, kw_only=True)
class JargonTerm:
    """A jargon word or phrase and the plain words a participant reads instead.

    Attributes:
        term: The jargon as usually written (e.g. "kompetencje społeczne").
        replacement: The plain words, lower case (e.g. "jak działasz z ludźmi").
        note: Where the term comes from and why it is replaced.
        variants: Other written forms matched the same way (declined forms, acronyms).
    """

    term: str
    replacement: str
    note: str
    variants: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class StyleRules:
    """The limits the checker applies."""

    max_sentence_words: int = DEFAULT_MAX_SENTENCE_WORDS
    jargon: tuple[JargonTerm, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class StyleFinding:
    """One warning to show the advisor before printing.

    Attributes:
        kind: Long sentence or jargon.
        text: The long sentence, or the jargon exactly as written in the text.
        replacement: For jargon, the plain words; None for a long sentence.
        words: For a long sentence, its word count; None for jargon.
        note: For jargon, the rationale from the list; empty otherwise.
    """

    kind: FindingKind
    text: str
    replacement: str | None = None
    words: int | None = None
    note: str = ""


RULES_LANGUAGES = ("pl", "en")
"""Languages with a bundled jargon list."""


def default_rules_path(language: str = "pl") -> Path:
    """Path of the bundled jargon list of ``language`` (``"pl"`` or ``"en"``).

    Raises:
        ValueError: no list is bundled for ``language``.
    """
    if language not in RULES_LANGUAGES:
        raise ValueError(f"no bundled jargon list for language {language!r}")
    return resource_path("report", f"jargon_{language}.toml")


def load_style_rules(path: Path | None = None, *, language: str = "pl") -> StyleRules:
    """Read style rules from a TOML file (the bundled list of ``language`` when ``path`` is None).

    Raises:
        ValueError: an entry lacks its term, replacement or note; no list for ``language``.
        OSError, tomllib.TOMLDecodeError: the file cannot be read or parsed.
    """
    with (path or default_rules_path(language)).open("rb") as handle:
        data = tomllib.load(handle)
    terms = tuple(_term_from_toml(entry) for entry in data.get("term", ()))
    max_words = int(data.get("max_sentence_words", DEFAULT_MAX_SENTENCE_WORDS))
    return StyleRules(max_sentence_words=max_words, jargon=terms)


def _term_from_toml(entry: dict[str, Any]) -> JargonTerm:
    fields = {key: str(entry.get(key, "")).strip() for key in ("term", "replacement", "note")}
    missing = [key for key, value in fields.items() if not value]
    if missing:
        raise ValueError(f"jargon entry {entry!r} lacks {', '.join(missing)}")
    variants = tuple(str(v).strip() for v in entry.get("variants", ()) if str(v).strip())
    return JargonTerm(variants=variants, **fields)


def split_sentences(text: str) -> tuple[str, ...]:
    """Split text into sentences (at . ! ? … followed by a space, and at line breaks).

    A full stop after a common abbreviation ("np.", "m.in.", "ul.") does not end a sentence.
    """
    sentences: list[str] = []
    joining = False
    for part in _SENTENCE_END.split(text):
        part = part.strip()
        if not part:
            joining = False
            continue
        if joining and sentences:
            sentences[-1] = f"{sentences[-1]} {part}"
        else:
            sentences.append(part)
        words = part.split()
        joining = bool(words) and search_key(words[-1]) in _ABBREVIATIONS
    return tuple(sentences)


def count_words(sentence: str) -> int:
    """Number of words (runs of letters or digits; dashes and punctuation do not count)."""
    return len(_WORD.findall(sentence))


def check_style(text: str, rules: StyleRules) -> tuple[StyleFinding, ...]:
    """List the long sentences and the jargon in ``text``, in reading order per kind."""
    return _long_sentences(text, rules) + tuple(
        _jargon_finding(match) for match in _find_jargon(text, rules)
    )


def simplify(text: str, rules: StyleRules) -> tuple[str, tuple[StyleFinding, ...]]:
    """Replace jargon with the plain words.

    Returns the new text and the findings: every replaced jargon term (as written in ``text``)
    and the sentences of the new text that are still too long (the checker cannot shorten them).
    A replacement at the start of a sentence starts with a capital letter.
    """
    matches = _find_jargon(text, rules)
    pieces: list[str] = []
    cursor = 0
    for match in matches:
        pieces.append(text[cursor : match.start])
        replacement = match.term.replacement
        if _at_sentence_start(text, match.start):
            replacement = replacement[:1].upper() + replacement[1:]
        pieces.append(replacement)
        cursor = match.end
    pieces.append(text[cursor:])
    simplified = "".join(pieces)
    findings = tuple(_jargon_finding(match) for match in matches)
    return simplified, findings + _long_sentences(simplified, rules)


@dataclass(frozen=True, slots=True)
class _Match:
    start: int
    end: int
    written: str
    term: JargonTerm


def _long_sentences(text: str, rules: StyleRules) -> tuple[StyleFinding, ...]:
    findings = []
    for sentence in split_sentences(text):
        words = count_words(sentence)
        if words > rules.max_sentence_words:
            findings.append(
                StyleFinding(kind=FindingKind.LONG_SENTENCE, text=sentence, words=words)
            )
    return tuple(findings)


def _jargon_finding(match: _Match) -> StyleFinding:
    return StyleFinding(
        kind=FindingKind.JARGON,
        text=match.written,
        replacement=match.term.replacement,
        note=match.term.note,
    )


def _fold_with_index(text: str) -> tuple[str, list[int]]:
    """Fold ``text`` with search_key character by character, keeping each folded char's origin."""
    folded: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        key = " " if char.isspace() else search_key(char)
        folded.append(key)
        origin.extend([index] * len(key))
    return "".join(folded), origin


def _pattern(written: str) -> re.Pattern[str] | None:
    words = search_key(written).split()
    if not words:
        return None
    body = r"\s+".join(re.escape(word) for word in words)
    return re.compile(rf"(?<!\w){body}(?!\w)")


def _find_jargon(text: str, rules: StyleRules) -> tuple[_Match, ...]:
    """Non-overlapping jargon matches in text order; a longer form wins over a shorter one."""
    folded, origin = _fold_with_index(text)
    forms = [(form, term) for term in rules.jargon for form in (term.term, *term.variants)]
    forms.sort(key=lambda item: -len(search_key(item[0])))
    taken = [False] * len(text)
    found: list[_Match] = []
    for form, term in forms:
        pattern = _pattern(form)
        if pattern is None:
            continue
        for hit in pattern.finditer(folded):
            start, end = origin[hit.start()], origin[hit.end() - 1] + 1
            if any(taken[start:end]):
                continue
            taken[start:end] = [True] * (end - start)
            found.append(_Match(start, end, text[start:end], term))
    found.sort(key=lambda match: match.start)
    return tuple(found)


def _at_sentence_start(text: str, index: int) -> bool:
    before = text[:index].rstrip(" \t")
    return not before or before[-1] in _SENTENCE_START_BEFORE
