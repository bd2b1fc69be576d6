"""Reference catalogues of the balance, read from ``resources/catalogue/`` (DOMAIN.md §3).

One TOML file per catalogue, each with ``version``, ``updated`` and a ``source`` note on every
entry: learning-outcome types (W/U/KS), evidence types and the four evidence criteria, life
areas, PRK levels, the 8 EU key competences, competence categories and the seed competence
list, BUR categories, development action types, voucher rules per project and qualifications in
the ZRK shape. :func:`load_reference_catalogue` reads and checks them all and returns one
immutable :class:`ReferenceCatalogue`. A malformed file fails loudly with a :class:`ValueError`
naming the file and the entry (unknown or missing keys, duplicate codes, dangling category or
kind codes, an enum code without a catalogue entry).

**Versioning.** ``catalogue.toml`` carries the version of the whole catalogue (dotted whole
numbers, ``"2026.1" < "2026.2"``). Competences, categories, BUR categories, qualifications,
learning-outcome sets and learning outcomes are referred to by *refs* stored in balances
(``"KLI-01"``, ``"ZRK-sample-pnzp/ZE-02"``, ``"ZRK-sample-pnzp/ZE-02/E-01"``). The rule: *a newer
catalogue keeps every ref of an older one, retired or not*. An entry no longer offered carries
``retired_in = "<version>"``: it still resolves by its ref (so what was written with it keeps its
meaning) but is left out of listings and search. :func:`update_catalogue` applies an update
from the server under that rule: refs the newer catalogue dropped are kept as retired entries;
:func:`missing_refs` lists what a newer catalogue dropped.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import logging
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from pathlib import Path
from typing import Any, Final, TypeVar

from advisor_app.domain.enums import ActionKind, CompetenceKind, EvidenceKind, LifeArea
from advisor_app.domain.listing import search_key
from advisor_app.domain.vouchers import (
    ExamRule,
    RateMethod,
    TrainingMode,
    TrainingRule,
    VoucherCategory,
    VoucherRuleSet,
    rule_set_for,
)
from advisor_app.resources import resource_path

__all__ = [
    "CATALOGUE_FILES",
    "EVIDENCE_CRITERIA",
    "QUALIFICATION_KINDS",
    "QUALIFICATION_TYPES",
    "ActionType",
    "BurCategory",
    "CatalogueRef",
    "CompetenceCategory",
    "CompetenceEntry",
    "EuKeyCompetence",
    "EvidenceCriterion",
    "EvidenceType",
    "LearningOutcome",
    "LearningOutcomeSet",
    "LearningOutcomeType",
    "LifeAreaEntry",
    "PrkLevel",
    "Qualification",
    "ReferenceCatalogue",
    "default_reference_catalogue",
    "load_reference_catalogue",
    "missing_refs",
    "parse_version",
    "update_catalogue",
    "use_downloaded_catalogue",
]

#: The files of a catalogue directory; other files there are ignored.
CATALOGUE_FILES: Final = (
    "catalogue.toml",
    "learning_outcome_types.toml",
    "evidence.toml",
    "life_areas.toml",
    "prk_levels.toml",
    "eu_key_competences.toml",
    "competence_categories.toml",
    "competences.toml",
    "bur_categories.toml",
    "action_types.toml",
    "voucher_rules.toml",
    "qualifications.toml",
)
#: Codes of the four evidence criteria (keys of the balance document's ``criteria``).
EVIDENCE_CRITERIA: Final = ("relevant", "authentic", "sufficient", "current")
#: Kinds of a qualification (rodzaj): code → (Polish, English).
QUALIFICATION_KINDS: Final[Mapping[str, tuple[str, str]]] = {
    "full": ("pełna", "full"),
    "partial": ("cząstkowa", "partial"),
}
#: Types of a qualification (typ), DOMAIN.md §3.4: code → (Polish, English).
QUALIFICATION_TYPES: Final[Mapping[str, tuple[str, str]]] = {
    "market": ("rynkowa", "market"),
    "sectoral": ("sektorowa", "sectoral"),
    "craft": ("rzemieślnicza", "craft"),
    "vocational": ("w zawodzie", "vocational"),
    "postgraduate": ("podyplomowa", "postgraduate"),
    "regulated": ("uregulowana", "regulated"),
    "general": ("ogólna", "general"),
}

_VERSION = re.compile(r"^[0-9]+(\.[0-9]+)*$")
_REF_SEPARATOR: Final = "/"
_VOWELS: Final = "aeiouy"


def parse_version(text: str) -> tuple[int, ...]:
    """``"2026.10"`` → ``(2026, 10)``, so versions compare as numbers, not as text.

    Raises:
        ValueError: not dotted whole numbers.
    """
    if not _VERSION.match(text):
        raise ValueError(f"version {text!r} is not dotted whole numbers such as '2026.1'")
    return tuple(int(part) for part in text.split("."))


# --- entries ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class _Named:
    """Base of entries with a Polish and an English name."""

    name_pl: str
    name_en: str
    source: str

    def name(self, language: str) -> str:
        """The name for a UI language code: ``"pl"`` gives Polish, anything else English."""
        return self.name_pl if language == "pl" else self.name_en


@dataclass(frozen=True, slots=True, kw_only=True)
class LearningOutcomeType(_Named):
    """A learning-outcome category (wiedza / umiejętności / kompetencje społeczne).

    Attributes:
        code: ``"W"``, ``"U"`` or ``"KS"``.
        kind: The matching competence kind.
        grammar_hint_pl: How a statement of this kind is phrased, in Polish.
        grammar_hint_en: The same hint in English.
        example_pl: An example statement.
    """

    code: str
    kind: CompetenceKind
    grammar_hint_pl: str
    grammar_hint_en: str
    example_pl: str


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceType(_Named):
    """An evidence type of the IBE validation catalogue.

    Attributes:
        code: The evidence kind.
        ibe_code: The code used in DOMAIN.md (e.g. ``"PROBKA_PRACY"``).
        description_pl: What counts as this type, in Polish.
        description_en: The same in English.
        never_sole_basis: True when this type may never be the only evidence (a statement).
    """

    code: EvidenceKind
    ibe_code: str
    description_pl: str
    description_en: str
    never_sole_basis: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceCriterion(_Named):
    """One of the four evidence quality criteria (one of :data:`EVIDENCE_CRITERIA`)."""

    code: str
    description_pl: str
    description_en: str


@dataclass(frozen=True, slots=True, kw_only=True)
class LifeAreaEntry(_Named):
    """A life area of the biographical interview."""

    code: LifeArea
    description_pl: str
    description_en: str


@dataclass(frozen=True, slots=True, kw_only=True)
class PrkLevel:
    """A level of the Polish Qualifications Framework with a short orientation descriptor.

    Attributes:
        level: 1–8.
        descriptor_pl: Typical task profile, in Polish.
        descriptor_en: The same in English.
        typical_pl: Typical full qualifications at this level, in Polish.
        typical_en: The same in English.
        source: Where the texts come from.
    """

    level: int
    descriptor_pl: str
    descriptor_en: str
    typical_pl: str
    typical_en: str
    source: str


@dataclass(frozen=True, slots=True, kw_only=True)
class EuKeyCompetence(_Named):
    """One of the 8 EU key competences for lifelong learning (2018)."""

    number: int


@dataclass(frozen=True, slots=True, kw_only=True)
class CompetenceCategory(_Named):
    """A grouping category of the seed competence list (DOMAIN.md §3.2(e))."""

    code: str
    retired_in: str | None = None

    @property
    def retired(self) -> bool:
        """Whether the category is no longer offered (it still resolves by its code)."""
        return self.retired_in is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class CompetenceEntry(_Named):
    """A competence of the seed list.

    Attributes:
        code: The ref (e.g. ``"KLI-01"``).
        kind: Knowledge, skill or social competence.
        example_pl: An operational-verb statement the advisor may adapt.
        category: Code of its :class:`CompetenceCategory`.
        eu_kc: Number of the related EU key competence, if any.
        keywords: Base forms and synonyms that search also finds.
        retired_in: Catalogue version that retired it, or None.
    """

    code: str
    kind: CompetenceKind
    example_pl: str
    category: str
    eu_kc: int | None = None
    keywords: tuple[str, ...] = ()
    retired_in: str | None = None

    @property
    def retired(self) -> bool:
        """Whether the competence is no longer offered (it still resolves by its ref)."""
        return self.retired_in is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class BurCategory(_Named):
    """A training category of the BUR used in Kierunek Kariera.

    Attributes:
        code: ASCII code (``"informatyka"``, ``"jezyki"``, …).
        kk_scope_pl: What KK training in this category covers, in Polish.
        kk_scope_en: The same in English.
        voucher_category: The voucher-rule category its trainings usually fall into, or None
            when it depends on the training (driving licence B vs C+E).
        retired_in: Catalogue version that retired it, or None.
    """

    code: str
    kk_scope_pl: str
    kk_scope_en: str
    voucher_category: VoucherCategory | None = None
    retired_in: str | None = None

    @property
    def retired(self) -> bool:
        """Whether the category is no longer offered (it still resolves by its code)."""
        return self.retired_in is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class ActionType(_Named):
    """A kind of development action in the individual development plan.

    Attributes:
        code: The action kind.
        domain_code: The code used in DOMAIN.md (e.g. ``"SZKOLENIE_BUR"``).
        needs_bur_category: The plan form asks for a BUR category.
        needs_qualification: The plan form asks for a qualification.
    """

    code: ActionKind
    domain_code: str
    needs_bur_category: bool = False
    needs_qualification: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class LearningOutcome:
    """A learning outcome of a qualification with its verification criteria.

    Attributes:
        ref: ``"<qualification>/<set>/<outcome>"``.
        code: The outcome's code within its set.
        text_pl: The outcome (Polish, as in the ZRK).
        criteria: Verification criteria (kryteria weryfikacji).
        sample: True when the text is authored by us, not imported from the ZRK.
        retired_in: Catalogue version that retired it, or None.
    """

    ref: str
    code: str
    text_pl: str
    criteria: tuple[str, ...]
    sample: bool
    retired_in: str | None = None

    @property
    def retired(self) -> bool:
        """Whether the outcome is no longer offered (it still resolves by its ref)."""
        return self.retired_in is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class LearningOutcomeSet:
    """A set of learning outcomes (zestaw efektów uczenia się) of a qualification.

    Attributes:
        ref: ``"<qualification>/<set>"``.
        code: The set's code within its qualification.
        name_pl: Name of the set.
        outcomes: Its learning outcomes, retired ones included.
        sample: True when the content is authored by us.
        retired_in: Catalogue version that retired it, or None.
    """

    ref: str
    code: str
    name_pl: str
    outcomes: tuple[LearningOutcome, ...]
    sample: bool
    retired_in: str | None = None

    @property
    def retired(self) -> bool:
        """Whether the set is no longer offered (it still resolves by its ref)."""
        return self.retired_in is not None

    def current_outcomes(self) -> tuple[LearningOutcome, ...]:
        """Its learning outcomes without the retired ones."""
        return tuple(outcome for outcome in self.outcomes if not outcome.retired)


@dataclass(frozen=True, slots=True, kw_only=True)
class Qualification:
    """A qualification in the ZRK shape of DOMAIN.md §3.4.

    Optional texts are None when not known; the UI shows "brak danych" for them.

    Attributes:
        code: The ref (``"ZRK-sample-…"`` for entries not imported from the ZRK).
        name_pl: Official name.
        name_en: English working translation, or None.
        kind: ``"full"`` or ``"partial"`` (:data:`QUALIFICATION_KINDS`).
        type: Type code (:data:`QUALIFICATION_TYPES`).
        prk_level: PRK level 1–8, or None.
        document: Name of the document confirming it (e.g. "Certyfikat").
        validity_years: How long the document is valid, or None (unknown or unlimited).
        renewal_conditions: Conditions for extending the validity.
        entry_conditions: Conditions for a person entering validation (warunki przystąpienia).
        description_pl: Short description of what the holder can do.
        cost_note: Approximate cost of validation and certification.
        minister: The competent minister.
        mp_publication: The Monitor Polski announcement (e.g. "MP 2023 poz. 1120").
        validation_requirements: Requirements for validation.
        outcome_sets: Learning-outcome sets, retired ones included.
        sample: True when any content is authored by us (the official text must be imported).
        source: Where the entry comes from.
        retired_in: Catalogue version that retired it, or None.
    """

    code: str
    name_pl: str
    name_en: str | None
    kind: str
    type: str
    prk_level: int | None
    document: str | None
    validity_years: int | None
    renewal_conditions: str | None
    entry_conditions: str | None
    description_pl: str | None
    cost_note: str | None
    minister: str | None
    mp_publication: str | None
    validation_requirements: str | None
    outcome_sets: tuple[LearningOutcomeSet, ...]
    sample: bool
    source: str
    retired_in: str | None = None

    @property
    def retired(self) -> bool:
        """Whether the qualification is no longer offered (it still resolves by its ref)."""
        return self.retired_in is not None

    def name(self, language: str) -> str:
        """The name for a UI language code (the Polish name when there is no English one)."""
        return self.name_en if language != "pl" and self.name_en else self.name_pl

    def current_sets(self) -> tuple[LearningOutcomeSet, ...]:
        """Its learning-outcome sets without the retired ones."""
        return tuple(outcome_set for outcome_set in self.outcome_sets if not outcome_set.retired)


#: Anything a ref stored in a balance may point to.
CatalogueRef = (
    CompetenceEntry
    | CompetenceCategory
    | BurCategory
    | Qualification
    | (LearningOutcomeSet | LearningOutcome)
)

_T = TypeVar("_T")
_S = TypeVar("_S", bound=StrEnum)
_E = TypeVar(
    "_E",
    CompetenceCategory,
    CompetenceEntry,
    BurCategory,
    Qualification,
    LearningOutcomeSet,
    LearningOutcome,
)


# --- the catalogue ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReferenceCatalogue:
    """All reference catalogues, with lookups by ref, listings and competence search.

    Listings and search leave retired entries out; lookups by ref find them too. Lookups raise
    :class:`KeyError` for an unknown ref; :meth:`resolve` returns None instead.

    Attributes:
        version: Version of the whole catalogue (``catalogue.toml``).
        updated: Date of that version.
        file_versions: Version of each file, keyed by file name.
    """

    version: str
    updated: dt.date
    file_versions: Mapping[str, str]
    learning_outcome_type_entries: tuple[LearningOutcomeType, ...]
    evidence_type_entries: tuple[EvidenceType, ...]
    evidence_criterion_entries: tuple[EvidenceCriterion, ...]
    life_area_entries: tuple[LifeAreaEntry, ...]
    prk_level_entries: tuple[PrkLevel, ...]
    eu_key_competence_entries: tuple[EuKeyCompetence, ...]
    category_entries: tuple[CompetenceCategory, ...]
    competence_entries: tuple[CompetenceEntry, ...]
    bur_category_entries: tuple[BurCategory, ...]
    action_type_entries: tuple[ActionType, ...]
    voucher_rule_set_entries: tuple[VoucherRuleSet, ...]
    qualification_entries: tuple[Qualification, ...]
    _refs: dict[str, CatalogueRef] = field(init=False, repr=False, compare=False)
    _category_names: dict[str, CompetenceCategory] = field(init=False, repr=False, compare=False)
    _search_words: dict[str, tuple[frozenset[str], tuple[str, ...]]] = field(
        init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        refs: dict[str, CatalogueRef] = {}
        for qualification in self.qualification_entries:
            refs[qualification.code] = qualification
            for outcome_set in qualification.outcome_sets:
                refs[outcome_set.ref] = outcome_set
                for outcome in outcome_set.outcomes:
                    refs[outcome.ref] = outcome
        # Competence codes win over category codes if they ever collide: a stored catalogue_ref
        # names a competence; categories are looked up with category().
        for bur_category in self.bur_category_entries:
            refs.setdefault(bur_category.code, bur_category)
        for category in self.category_entries:
            refs.setdefault(category.code, category)
        for competence in self.competence_entries:
            refs[competence.code] = competence
        names: dict[str, CompetenceCategory] = {}
        for category in self.category_entries:
            for key in (category.code, category.name_pl, category.name_en):
                names.setdefault(search_key(key), category)
        words: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {}
        for competence in self.competence_entries:
            category_entry = names.get(search_key(competence.category))
            name_words = frozenset(search_key(f"{competence.name_pl} {competence.name_en}").split())
            other = [competence.code, competence.example_pl, *competence.keywords]
            if category_entry is not None:
                other += [category_entry.name_pl, category_entry.name_en]
            all_words = tuple(name_words | set(search_key(" ".join(other)).split()))
            words[competence.code] = (name_words, all_words)
        object.__setattr__(self, "_refs", refs)
        object.__setattr__(self, "_category_names", names)
        object.__setattr__(self, "_search_words", words)

    # -- generic ---------------------------------------------------------------------------

    def resolve(self, ref: str) -> CatalogueRef | None:
        """The competence, category, BUR category, qualification, set or outcome of a ref."""
        return self._refs.get(ref.strip())

    def refs(self) -> frozenset[str]:
        """Every ref of the catalogue, retired ones included (what an update must keep)."""
        return frozenset(self._refs)

    def _get(self, ref: str, kind: type[_T], what: str) -> _T:
        entry = self._refs.get(ref.strip())
        if not isinstance(entry, kind):
            raise KeyError(f"no {what} {ref!r} in catalogue {self.version}")
        return entry

    # -- competences -----------------------------------------------------------------------

    def categories(self, *, include_retired: bool = False) -> tuple[CompetenceCategory, ...]:
        """The competence categories in catalogue order."""
        return tuple(c for c in self.category_entries if include_retired or not c.retired)

    def category(self, ref: str) -> CompetenceCategory:
        """A category by its code, or by its Polish or English name in any case or accents.

        Raises:
            KeyError: no such category.
        """
        category = self._category_names.get(search_key(ref))
        if category is None:
            raise KeyError(f"no competence category {ref!r} in catalogue {self.version}")
        return category

    def competence(self, ref: str) -> CompetenceEntry:
        """A competence of the seed list by its code, retired or not.

        Raises:
            KeyError: no such competence.
        """
        return self._get(ref, CompetenceEntry, "competence")

    def competences(
        self,
        kind: CompetenceKind | None = None,
        category: str | None = None,
        *,
        include_retired: bool = False,
    ) -> tuple[CompetenceEntry, ...]:
        """The seed competences in catalogue order, optionally of one kind and category.

        Args:
            kind: Only competences of this kind.
            category: Only competences of this category (code or name, see :meth:`category`).
            include_retired: Include retired competences.

        Raises:
            KeyError: ``category`` is not a category.
        """
        category_code = self.category(category).code if category is not None else None
        return tuple(
            entry
            for entry in self.competence_entries
            if (include_retired or not entry.retired)
            and (kind is None or entry.kind == kind)
            and (category_code is None or entry.category == category_code)
        )

    def search_competences(
        self,
        text: str,
        kind: CompetenceKind | None = None,
        category: str | None = None,
    ) -> tuple[CompetenceEntry, ...]:
        """Competences matching typed text, ignoring case and Polish diacritics.

        Every word typed must begin a word of the competence's names, example, keywords, code
        or category name. Words of four letters or more lose their final vowels first, a crude
        allowance for Polish endings ("kasa" finds "kasy", "kasę"). Competences whose name
        matches come first, otherwise the catalogue order is kept. Retired competences are
        never found; empty text lists all (filtered) competences.

        Raises:
            KeyError: ``category`` is not a category.
        """
        candidates = self.competences(kind, category)
        stems = [_stem(token) for token in search_key(text).split()]
        if not stems:
            return candidates
        by_name: list[CompetenceEntry] = []
        elsewhere: list[CompetenceEntry] = []
        for entry in candidates:
            name_words, all_words = self._search_words[entry.code]
            if all(any(word.startswith(stem) for word in all_words) for stem in stems):
                in_name = all(any(word.startswith(stem) for word in name_words) for stem in stems)
                (by_name if in_name else elsewhere).append(entry)
        return (*by_name, *elsewhere)

    # -- qualifications --------------------------------------------------------------------

    def qualifications(self, *, include_retired: bool = False) -> tuple[Qualification, ...]:
        """The qualifications in catalogue order."""
        return tuple(q for q in self.qualification_entries if include_retired or not q.retired)

    def qualification(self, ref: str) -> Qualification:
        """A qualification by its code, retired or not.

        Raises:
            KeyError: no such qualification.
        """
        return self._get(ref, Qualification, "qualification")

    def learning_outcome_set(self, ref: str) -> LearningOutcomeSet:
        """A learning-outcome set by ``"<qualification>/<set>"``, retired or not.

        Raises:
            KeyError: no such set.
        """
        return self._get(ref, LearningOutcomeSet, "learning-outcome set")

    def learning_outcome(self, ref: str) -> LearningOutcome:
        """A learning outcome by ``"<qualification>/<set>/<outcome>"``, retired or not.

        Raises:
            KeyError: no such outcome.
        """
        return self._get(ref, LearningOutcome, "learning outcome")

    # -- small catalogues ------------------------------------------------------------------

    def learning_outcome_types(self) -> tuple[LearningOutcomeType, ...]:
        """W, U and KS with their grammar hints."""
        return self.learning_outcome_type_entries

    def learning_outcome_type(self, kind: CompetenceKind) -> LearningOutcomeType:
        """The learning-outcome type of a competence kind."""
        return next(t for t in self.learning_outcome_type_entries if t.kind == kind)

    def evidence_types(self) -> tuple[EvidenceType, ...]:
        """The evidence types in catalogue order."""
        return self.evidence_type_entries

    def evidence_type(self, kind: EvidenceKind) -> EvidenceType:
        """The catalogue entry of an evidence kind."""
        return next(t for t in self.evidence_type_entries if t.code == kind)

    def evidence_criteria(self) -> tuple[EvidenceCriterion, ...]:
        """The four evidence criteria, in the order of :data:`EVIDENCE_CRITERIA`."""
        return self.evidence_criterion_entries

    def life_areas(self) -> tuple[LifeAreaEntry, ...]:
        """The life areas in catalogue order."""
        return self.life_area_entries

    def life_area(self, area: LifeArea) -> LifeAreaEntry:
        """The catalogue entry of a life area."""
        return next(entry for entry in self.life_area_entries if entry.code == area)

    def prk_levels(self) -> tuple[PrkLevel, ...]:
        """PRK levels 1–8."""
        return self.prk_level_entries

    def prk_level(self, level: int) -> PrkLevel:
        """One PRK level.

        Raises:
            KeyError: not 1–8.
        """
        for entry in self.prk_level_entries:
            if entry.level == level:
                return entry
        raise KeyError(f"no PRK level {level!r}")

    def eu_key_competences(self) -> tuple[EuKeyCompetence, ...]:
        """The 8 EU key competences in their official order."""
        return self.eu_key_competence_entries

    def eu_key_competence(self, number: int) -> EuKeyCompetence:
        """One EU key competence by its number.

        Raises:
            KeyError: not 1–8.
        """
        for entry in self.eu_key_competence_entries:
            if entry.number == number:
                return entry
        raise KeyError(f"no EU key competence {number!r}")

    def bur_categories(self, *, include_retired: bool = False) -> tuple[BurCategory, ...]:
        """The BUR categories in catalogue order."""
        return tuple(c for c in self.bur_category_entries if include_retired or not c.retired)

    def bur_category(self, ref: str) -> BurCategory:
        """A BUR category by its code, in any case or accents ("języki" finds "jezyki").

        Raises:
            KeyError: no such category.
        """
        key = search_key(ref)
        for entry in self.bur_category_entries:
            if key in (entry.code, search_key(entry.name_pl), search_key(entry.name_en)):
                return entry
        raise KeyError(f"no BUR category {ref!r} in catalogue {self.version}")

    def action_types(self) -> tuple[ActionType, ...]:
        """The development action types in catalogue order."""
        return self.action_type_entries

    def action_type(self, kind: ActionKind) -> ActionType:
        """The catalogue entry of an action kind."""
        return next(entry for entry in self.action_type_entries if entry.code == kind)

    # -- vouchers --------------------------------------------------------------------------

    def voucher_rule_sets(self) -> tuple[VoucherRuleSet, ...]:
        """All voucher rule sets, in file order."""
        return self.voucher_rule_set_entries

    def voucher_rule_set(self, rule_set_id: str) -> VoucherRuleSet:
        """A voucher rule set by its id (e.g. ``"KK-2019"``).

        Raises:
            KeyError: no such rule set.
        """
        for entry in self.voucher_rule_set_entries:
            if entry.id == rule_set_id:
                return entry
        raise KeyError(f"no voucher rule set {rule_set_id!r}")

    def voucher_rule_set_for(self, project: str, on: dt.date) -> VoucherRuleSet:
        """The project's voucher rules in force on a date.

        Raises:
            LookupError: the project has no rules in force on that date.
        """
        return rule_set_for(self.voucher_rule_set_entries, project, on)


def _stem(token: str) -> str:
    if len(token) < 4:
        return token
    stem = token.rstrip(_VOWELS)
    return stem if len(stem) >= 3 else token


# --- loading ----------------------------------------------------------------------------------


def load_reference_catalogue(root: Path | None = None) -> ReferenceCatalogue:
    """Read and check every catalogue file of a directory.

    Args:
        root: The directory; ``resources/catalogue`` when None.

    Raises:
        ValueError: a file is missing, unreadable or not valid TOML, or an entry is wrong
            (unknown or missing key, wrong type, duplicate code, dangling category or kind,
            an enum code without an entry). The message names the file and the entry.
    """
    directory = root if root is not None else resource_path("catalogue")
    files: dict[str, _Fields] = {}
    for name in CATALOGUE_FILES:
        path = directory / name
        try:
            with path.open("rb") as handle:
                data = tomllib.load(handle)
        except OSError as error:
            raise ValueError(f"{path}: cannot read the catalogue file: {error}") from error
        except tomllib.TOMLDecodeError as error:
            raise ValueError(f"{path}: not valid TOML: {error}") from error
        files[name] = _Fields(path, "", data)
    return _Loader(files).load()


#: A catalogue downloaded from the sync server (``use_downloaded_catalogue``), or None.
_downloaded_dir: Path | None = None


def use_downloaded_catalogue(directory: Path | None) -> None:
    """Take a downloaded catalogue directory into account from now on (None: shipped only).

    The open profile's directory is set when it opens and again after each download; the next
    :func:`default_reference_catalogue` call reads it.
    """
    global _downloaded_dir
    _downloaded_dir = directory
    default_reference_catalogue.cache_clear()


@functools.cache
def default_reference_catalogue() -> ReferenceCatalogue:
    """The catalogue in use, read once per process (until a download replaces it).

    The shipped catalogue, or the downloaded one when it is newer, applied with
    :func:`update_catalogue` so every ref the shipped one had still resolves. A downloaded
    catalogue that cannot be read is logged and ignored (the shipped one works offline).
    """
    shipped = load_reference_catalogue()
    directory = _downloaded_dir
    if directory is None or not (directory / CATALOGUE_FILES[0]).is_file():
        return shipped
    try:
        downloaded = load_reference_catalogue(directory)
        if parse_version(downloaded.version) <= parse_version(shipped.version):
            return shipped  # the app was updated past the download
        return update_catalogue(shipped, downloaded)
    except ValueError as error:
        logging.getLogger(__name__).warning("downloaded catalogue not used: %s", error)
        return shipped


class _Fields:
    """A TOML table being read: typed getters that name the file and entry in every error."""

    def __init__(self, file: Path, where: str, data: object) -> None:
        self.file = file
        self.where = where
        if not isinstance(data, dict):
            raise self.fail("", "a table is required")
        self._data: dict[str, Any] = data
        self._used: set[str] = set()

    def fail(self, key: str, problem: str) -> ValueError:
        place = ".".join(part for part in (self.where, key) if part) or "top level"
        return ValueError(f"{self.file.name}: {place}: {problem} ({self.file})")

    def name_entry(self, label: str) -> None:
        """Use ``label`` (e.g. ``competences 'KLI-01'``) instead of the index in errors."""
        self.where = label

    def has(self, key: str) -> bool:
        return key in self._data

    def _take(self, key: str) -> Any:
        self._used.add(key)
        return self._data.get(key)

    def text(self, key: str) -> str:
        value = self.opt_text(key)
        if value is None:
            raise self.fail(key, "missing (a non-empty text is required)")
        return value

    def opt_text(self, key: str) -> str | None:
        value = self._take(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(key, "a non-empty text is required")
        if key == "code" and _REF_SEPARATOR in value:
            raise self.fail(key, f"a code may not contain {_REF_SEPARATOR!r}")
        return value.strip()

    def integer(self, key: str, low: int, high: int) -> int:
        value = self.opt_integer(key, low, high)
        if value is None:
            raise self.fail(key, f"missing (a whole number {low}–{high} is required)")
        return value

    def opt_integer(self, key: str, low: int, high: int) -> int | None:
        value = self._take(key)
        if value is None:
            return None
        # bool is an int in Python; "level = true" is a typo, not level 1.
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(key, f"a whole number {low}–{high} is required")
        return value

    def boolean(self, key: str, default: bool = False) -> bool:
        value = self._take(key)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.fail(key, "true or false is required")
        return value

    def date(self, key: str) -> dt.date:
        value = self._take(key)
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise self.fail(key, "a date such as 2026-11-20 is required")
        return value

    def decimal(self, key: str) -> Decimal | None:
        value = self._take(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(key, 'an amount written as text (e.g. "15.00") is required')
        try:
            amount = Decimal(value)
        except InvalidOperation:
            raise self.fail(key, f"{value!r} is not an amount") from None
        if not amount.is_finite() or amount < 0:
            raise self.fail(key, f"{value!r} is not an amount ≥ 0")
        return amount

    def texts(self, key: str, *, required: bool) -> tuple[str, ...]:
        value = self._take(key)
        if value is None and not required:
            return ()
        if not isinstance(value, list) or (required and not value):
            raise self.fail(key, "a list of texts is required")
        if not all(isinstance(item, str) and item.strip() for item in value):
            raise self.fail(key, "every item must be a non-empty text")
        return tuple(item.strip() for item in value)

    def version(self, key: str) -> str:
        text = self.text(key)
        try:
            parse_version(text)
        except ValueError as error:
            raise self.fail(key, str(error)) from None
        return text

    def table(self, key: str) -> _Fields:
        value = self._take(key)
        return _Fields(self.file, self._join(key), value)

    def tables(self, key: str, *, required: bool = True) -> list[_Fields]:
        value = self._take(key)
        if value is None and not required:
            return []
        if not isinstance(value, list) or (required and not value):
            raise self.fail(key, "a list of tables ([[…]]) is required")
        return [
            _Fields(self.file, f"{self._join(key)}[{index}]", item)
            for index, item in enumerate(value)
        ]

    def _join(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def done(self) -> None:
        unknown = sorted(set(self._data) - self._used)
        if unknown:
            raise self.fail(unknown[0], "unknown key")


class _Loader:
    """Builds a :class:`ReferenceCatalogue` from the parsed files."""

    def __init__(self, files: Mapping[str, _Fields]) -> None:
        self._files = files
        self._versions: dict[str, str] = {}
        self._criteria: list[_Fields] = []

    def load(self) -> ReferenceCatalogue:
        manifest = self._files["catalogue.toml"]
        version = manifest.version("version")
        updated = manifest.date("updated")
        manifest.done()
        categories = self._categories()
        category_codes = {category.code: category for category in categories}
        evidence_types = self._evidence_types()  # reads the criteria tables of the same file
        catalogue = ReferenceCatalogue(
            version=version,
            updated=updated,
            file_versions=self._versions,
            learning_outcome_type_entries=self._learning_outcome_types(),
            evidence_type_entries=evidence_types,
            evidence_criterion_entries=self._evidence_criteria(),
            life_area_entries=self._life_areas(),
            prk_level_entries=self._prk_levels(),
            eu_key_competence_entries=self._eu_key_competences(),
            category_entries=categories,
            competence_entries=self._competences(category_codes),
            bur_category_entries=self._bur_categories(),
            action_type_entries=self._action_types(),
            voucher_rule_set_entries=self._voucher_rule_sets(),
            qualification_entries=self._qualifications(),
        )
        for name, file_version in self._versions.items():
            if parse_version(file_version) > parse_version(version):
                raise self._files[name].fail("version", f"newer than the catalogue ({version})")
        return catalogue

    def _entries(self, file_name: str, key: str) -> list[_Fields]:
        file = self._files[file_name]
        self._versions[file_name] = file.version("version")
        file.date("updated")
        entries = file.tables(key)
        file.done()
        return entries

    def _retired(self, entry: _Fields) -> str | None:
        if not entry.has("retired_in"):
            return None
        retired = entry.version("retired_in")
        file_version = self._versions[entry.file.name]
        if parse_version(retired) > parse_version(file_version):
            raise entry.fail("retired_in", f"later than the file's version {file_version}")
        return retired

    @staticmethod
    def _unique(entries: Sequence[_Fields], codes: Sequence[object], what: str) -> None:
        seen: set[object] = set()
        for entry, code in zip(entries, codes, strict=True):
            if code in seen:
                raise entry.fail("code", f"duplicate {what} {code!r}")
            seen.add(code)

    def _exactly(
        self, file_name: str, codes: Sequence[object], expected: Iterable[object], what: str
    ) -> None:
        missing = [code for code in expected if code not in codes]
        if missing:
            raise self._files[file_name].fail("", f"no entry for {what} {str(missing[0])!r}")

    @staticmethod
    def _enum_code(entry: _Fields, key: str, enum: type[_S], what: str) -> _S:
        code = entry.text(key)
        try:
            return enum(code)
        except ValueError:
            raise entry.fail(key, f"unknown {what} {code!r}") from None

    def _learning_outcome_types(self) -> tuple[LearningOutcomeType, ...]:
        entries = self._entries("learning_outcome_types.toml", "types")
        result = []
        for entry in entries:
            code = entry.text("code")
            entry.name_entry(f"types {code!r}")
            result.append(
                LearningOutcomeType(
                    code=code,
                    kind=self._enum_code(entry, "kind", CompetenceKind, "competence kind"),
                    name_pl=entry.text("name_pl"),
                    name_en=entry.text("name_en"),
                    grammar_hint_pl=entry.text("grammar_hint_pl"),
                    grammar_hint_en=entry.text("grammar_hint_en"),
                    example_pl=entry.text("example_pl"),
                    source=entry.text("source"),
                )
            )
            entry.done()
        self._unique(entries, [t.code for t in result], "code")
        self._unique(entries, [t.kind for t in result], "kind")
        self._exactly(
            "learning_outcome_types.toml", [t.kind for t in result], CompetenceKind, "kind"
        )
        return tuple(result)

    def _evidence_types(self) -> tuple[EvidenceType, ...]:
        entries = self._entries_and_criteria()
        result = []
        for entry in entries:
            code = self._enum_code(entry, "code", EvidenceKind, "evidence kind")
            entry.name_entry(f"types {code.value!r}")
            result.append(
                EvidenceType(
                    code=code,
                    ibe_code=entry.text("ibe_code"),
                    name_pl=entry.text("name_pl"),
                    name_en=entry.text("name_en"),
                    description_pl=entry.text("description_pl"),
                    description_en=entry.text("description_en"),
                    never_sole_basis=entry.boolean("never_sole_basis"),
                    source=entry.text("source"),
                )
            )
            entry.done()
        codes = [t.code for t in result]
        self._unique(entries, codes, "evidence kind")
        self._exactly("evidence.toml", codes, EvidenceKind, "evidence kind")
        return tuple(result)

    def _entries_and_criteria(self) -> list[_Fields]:
        file = self._files["evidence.toml"]
        self._versions["evidence.toml"] = file.version("version")
        file.date("updated")
        types = file.tables("types")
        self._criteria = file.tables("criteria")
        file.done()
        return types

    def _evidence_criteria(self) -> tuple[EvidenceCriterion, ...]:
        entries = self._criteria
        result = []
        for entry in entries:
            code = entry.text("code")
            entry.name_entry(f"criteria {code!r}")
            if code not in EVIDENCE_CRITERIA:
                raise entry.fail("code", f"unknown criterion; expected one of {EVIDENCE_CRITERIA}")
            result.append(
                EvidenceCriterion(
                    code=code,
                    name_pl=entry.text("name_pl"),
                    name_en=entry.text("name_en"),
                    description_pl=entry.text("description_pl"),
                    description_en=entry.text("description_en"),
                    source=entry.text("source"),
                )
            )
            entry.done()
        codes = [c.code for c in result]
        self._unique(entries, codes, "criterion")
        self._exactly("evidence.toml", codes, EVIDENCE_CRITERIA, "criterion")
        return tuple(sorted(result, key=lambda c: EVIDENCE_CRITERIA.index(c.code)))

    def _life_areas(self) -> tuple[LifeAreaEntry, ...]:
        entries = self._entries("life_areas.toml", "areas")
        result = []
        for entry in entries:
            code = self._enum_code(entry, "code", LifeArea, "life area")
            entry.name_entry(f"areas {code.value!r}")
            result.append(
                LifeAreaEntry(
                    code=code,
                    name_pl=entry.text("name_pl"),
                    name_en=entry.text("name_en"),
                    description_pl=entry.text("description_pl"),
                    description_en=entry.text("description_en"),
                    source=entry.text("source"),
                )
            )
            entry.done()
        codes = [a.code for a in result]
        self._unique(entries, codes, "life area")
        self._exactly("life_areas.toml", codes, LifeArea, "life area")
        return tuple(result)

    def _prk_levels(self) -> tuple[PrkLevel, ...]:
        entries = self._entries("prk_levels.toml", "levels")
        result = []
        for entry in entries:
            level = entry.integer("level", 1, 8)
            entry.name_entry(f"levels {level}")
            result.append(
                PrkLevel(
                    level=level,
                    descriptor_pl=entry.text("descriptor_pl"),
                    descriptor_en=entry.text("descriptor_en"),
                    typical_pl=entry.text("typical_pl"),
                    typical_en=entry.text("typical_en"),
                    source=entry.text("source"),
                )
            )
            entry.done()
        levels = [p.level for p in result]
        self._unique(entries, levels, "level")
        self._exactly("prk_levels.toml", levels, range(1, 9), "PRK level")
        return tuple(sorted(result, key=lambda p: p.level))

    def _eu_key_competences(self) -> tuple[EuKeyCompetence, ...]:
        entries = self._entries("eu_key_competences.toml", "competences")
        result = []
        for entry in entries:
            number = entry.integer("number", 1, 8)
            entry.name_entry(f"competences {number}")
            result.append(
                EuKeyCompetence(
                    number=number,
                    name_pl=entry.text("name_pl"),
                    name_en=entry.text("name_en"),
                    source=entry.text("source"),
                )
            )
            entry.done()
        numbers = [k.number for k in result]
        self._unique(entries, numbers, "number")
        self._exactly("eu_key_competences.toml", numbers, range(1, 9), "key competence")
        return tuple(sorted(result, key=lambda k: k.number))

    def _categories(self) -> tuple[CompetenceCategory, ...]:
        entries = self._entries("competence_categories.toml", "categories")
        result = []
        for entry in entries:
            code = entry.text("code")
            entry.name_entry(f"categories {code!r}")
            result.append(
                CompetenceCategory(
                    code=code,
                    name_pl=entry.text("name_pl"),
                    name_en=entry.text("name_en"),
                    source=entry.text("source"),
                    retired_in=self._retired(entry),
                )
            )
            entry.done()
        self._unique(entries, [c.code for c in result], "category")
        self._unique(entries, [search_key(c.name_pl) for c in result], "Polish name")
        return tuple(result)

    def _competences(
        self, categories: Mapping[str, CompetenceCategory]
    ) -> tuple[CompetenceEntry, ...]:
        entries = self._entries("competences.toml", "competences")
        result = []
        for entry in entries:
            code = entry.text("code")
            entry.name_entry(f"competences {code!r}")
            category = entry.text("category")
            if category not in categories:
                raise entry.fail("category", f"unknown category {category!r}")
            competence = CompetenceEntry(
                code=code,
                kind=self._enum_code(entry, "kind", CompetenceKind, "competence kind"),
                name_pl=entry.text("name_pl"),
                name_en=entry.text("name_en"),
                example_pl=entry.text("example_pl"),
                category=category,
                eu_kc=entry.opt_integer("eu_kc", 1, 8),
                keywords=entry.texts("keywords", required=False),
                source=entry.text("source"),
                retired_in=self._retired(entry),
            )
            if categories[category].retired and not competence.retired:
                raise entry.fail("category", f"category {category!r} is retired")
            result.append(competence)
            entry.done()
        self._unique(entries, [c.code for c in result], "competence")
        return tuple(result)

    def _bur_categories(self) -> tuple[BurCategory, ...]:
        entries = self._entries("bur_categories.toml", "categories")
        result = []
        for entry in entries:
            code = entry.text("code")
            entry.name_entry(f"categories {code!r}")
            voucher = None
            if entry.has("voucher_category"):
                voucher = self._enum_code(
                    entry, "voucher_category", VoucherCategory, "voucher category"
                )
            result.append(
                BurCategory(
                    code=code,
                    name_pl=entry.text("name_pl"),
                    name_en=entry.text("name_en"),
                    kk_scope_pl=entry.text("kk_scope_pl"),
                    kk_scope_en=entry.text("kk_scope_en"),
                    voucher_category=voucher,
                    source=entry.text("source"),
                    retired_in=self._retired(entry),
                )
            )
            entry.done()
        self._unique(entries, [c.code for c in result], "BUR category")
        return tuple(result)

    def _action_types(self) -> tuple[ActionType, ...]:
        entries = self._entries("action_types.toml", "actions")
        result = []
        for entry in entries:
            code = self._enum_code(entry, "code", ActionKind, "action kind")
            entry.name_entry(f"actions {code.value!r}")
            result.append(
                ActionType(
                    code=code,
                    domain_code=entry.text("domain_code"),
                    name_pl=entry.text("name_pl"),
                    name_en=entry.text("name_en"),
                    needs_bur_category=entry.boolean("needs_bur_category"),
                    needs_qualification=entry.boolean("needs_qualification"),
                    source=entry.text("source"),
                )
            )
            entry.done()
        codes = [a.code for a in result]
        self._unique(entries, codes, "action kind")
        self._exactly("action_types.toml", codes, ActionKind, "action kind")
        return tuple(result)

    def _voucher_rule_sets(self) -> tuple[VoucherRuleSet, ...]:
        entries = self._entries("voucher_rules.toml", "rule_sets")
        result = []
        for entry in entries:
            rule_id = entry.text("id")
            entry.name_entry(f"rule_sets {rule_id!r}")
            exam = entry.table("exam")
            exam_rule = ExamRule(
                max_price_pln=exam.decimal("max_price_pln"),
                max_vouchers=exam.opt_integer("max_vouchers", 1, 100_000),
            )
            exam.done()
            training = []
            for rule in entry.tables("training"):
                method = self._enum_code(rule, "method", RateMethod, "method")
                try:
                    training.append(
                        TrainingRule(
                            category=self._enum_code(
                                rule, "category", VoucherCategory, "voucher category"
                            ),
                            mode=self._enum_code(rule, "mode", TrainingMode, "mode"),
                            method=method,
                            vouchers_per_hour=rule.opt_integer("vouchers_per_hour", 1, 100),
                            max_hourly_price_pln=rule.decimal("max_hourly_price_pln"),
                        )
                    )
                except ValueError as error:
                    if str(error).startswith(rule.file.name):
                        raise
                    raise rule.fail("", str(error)) from None
                rule.done()
            bon_value = entry.decimal("bon_value_pln")
            if bon_value is None:
                raise entry.fail("bon_value_pln", "missing")
            try:
                rule_set = VoucherRuleSet(
                    id=rule_id,
                    project=entry.text("project"),
                    valid_from=entry.date("valid_from"),
                    training=tuple(training),
                    exam=exam_rule,
                    pool=entry.integer("pool", 1, 100_000),
                    bon_value_pln=bon_value,
                    source=entry.text("source"),
                )
            except ValueError as error:
                if str(error).startswith(entry.file.name):
                    raise
                raise entry.fail("", str(error)) from None
            result.append(rule_set)
            entry.done()
        self._unique(entries, [r.id for r in result], "rule set")
        return tuple(result)

    def _qualifications(self) -> tuple[Qualification, ...]:
        entries = self._entries("qualifications.toml", "qualifications")
        result = []
        for entry in entries:
            code = entry.text("code")
            entry.name_entry(f"qualifications {code!r}")
            sample = entry.boolean("sample")
            kind = entry.text("rodzaj")
            if kind not in QUALIFICATION_KINDS:
                raise entry.fail(
                    "rodzaj", f"unknown kind; expected one of {[*QUALIFICATION_KINDS]}"
                )
            type_code = entry.text("typ")
            if type_code not in QUALIFICATION_TYPES:
                raise entry.fail("typ", f"unknown type; expected one of {[*QUALIFICATION_TYPES]}")
            qualification = Qualification(
                code=code,
                name_pl=entry.text("nazwa"),
                name_en=entry.opt_text("nazwa_en"),
                kind=kind,
                type=type_code,
                prk_level=entry.opt_integer("poziom_prk", 1, 8),
                document=entry.opt_text("dokument"),
                validity_years=entry.opt_integer("waznosc_lata", 1, 100),
                renewal_conditions=entry.opt_text("warunki_przedluzenia"),
                entry_conditions=entry.opt_text("warunki_przystapienia"),
                description_pl=entry.opt_text("opis_krotki"),
                cost_note=entry.opt_text("koszt_orientacyjny"),
                minister=entry.opt_text("minister_wlasciwy"),
                mp_publication=entry.opt_text("mp_publikacja"),
                validation_requirements=entry.opt_text("wymagania_walidacji"),
                outcome_sets=self._outcome_sets(entry, code, sample),
                sample=sample,
                source=entry.text("source"),
                retired_in=self._retired(entry),
            )
            result.append(qualification)
            entry.done()
        self._unique(entries, [q.code for q in result], "qualification")
        return tuple(result)

    def _outcome_sets(
        self, parent: _Fields, code: str, sample: bool
    ) -> tuple[LearningOutcomeSet, ...]:
        entries = parent.tables("zestawy_efektow")
        sets = []
        for entry in entries:
            set_code = entry.text("code")
            entry.name_entry(f"{parent.where} set {set_code!r}")
            set_sample = entry.boolean("sample", sample)
            ref = f"{code}{_REF_SEPARATOR}{set_code}"
            outcome_entries = entry.tables("efekty")
            outcomes = []
            for item in outcome_entries:
                outcome_code = item.text("code")
                item.name_entry(f"{entry.where} outcome {outcome_code!r}")
                outcomes.append(
                    LearningOutcome(
                        ref=f"{ref}{_REF_SEPARATOR}{outcome_code}",
                        code=outcome_code,
                        text_pl=item.text("tresc"),
                        criteria=item.texts("kryteria_weryfikacji", required=True),
                        sample=item.boolean("sample", set_sample),
                        retired_in=self._retired(item),
                    )
                )
                item.done()
            self._unique(outcome_entries, [o.code for o in outcomes], "learning outcome")
            sets.append(
                LearningOutcomeSet(
                    ref=ref,
                    code=set_code,
                    name_pl=entry.text("nazwa"),
                    outcomes=tuple(outcomes),
                    sample=set_sample,
                    retired_in=self._retired(entry),
                )
            )
            entry.done()
        self._unique(entries, [s.code for s in sets], "learning-outcome set")
        return tuple(sets)


# --- updates ----------------------------------------------------------------------------------


def missing_refs(older: ReferenceCatalogue, newer: ReferenceCatalogue) -> frozenset[str]:
    """Refs of ``older`` that ``newer`` dropped (empty when ``newer`` follows the rule)."""
    return older.refs() - newer.refs()


def update_catalogue(
    current: ReferenceCatalogue, incoming: ReferenceCatalogue
) -> ReferenceCatalogue:
    """Apply a newer catalogue (e.g. from the server) without breaking any stored ref.

    The result is ``incoming`` plus every competence, category, BUR category, qualification,
    learning-outcome set and learning outcome of ``current`` that ``incoming`` dropped, kept as
    retired in ``incoming``'s version: old refs still resolve, but the entries are no longer
    listed or found by search. Entries present in both are taken from ``incoming``.

    Raises:
        ValueError: ``incoming`` is older than ``current`` (a downgrade).
    """
    if parse_version(incoming.version) < parse_version(current.version):
        raise ValueError(
            f"catalogue {incoming.version} is older than the installed {current.version}"
        )
    retire = incoming.version

    def keep(old: Sequence[_E], new: Sequence[_E]) -> tuple[_E, ...]:
        present = {entry.code for entry in new}
        result: list[_E] = list(new)
        for entry in old:
            if entry.code not in present:
                retired = entry.retired_in is not None
                result.append(entry if retired else dataclasses.replace(entry, retired_in=retire))
        return tuple(result)

    old_qualifications = {q.code: q for q in current.qualification_entries}
    qualifications = []
    for qualification in incoming.qualification_entries:
        old = old_qualifications.get(qualification.code)
        if old is not None:
            old_sets = {s.code: s for s in old.outcome_sets}
            sets = tuple(
                dataclasses.replace(
                    outcome_set,
                    outcomes=keep(old_sets[outcome_set.code].outcomes, outcome_set.outcomes),
                )
                if outcome_set.code in old_sets
                else outcome_set
                for outcome_set in qualification.outcome_sets
            )
            qualification = dataclasses.replace(
                qualification, outcome_sets=keep(old.outcome_sets, sets)
            )
        qualifications.append(qualification)
    return dataclasses.replace(
        incoming,
        category_entries=keep(current.category_entries, incoming.category_entries),
        competence_entries=keep(current.competence_entries, incoming.competence_entries),
        bur_category_entries=keep(current.bur_category_entries, incoming.bur_category_entries),
        qualification_entries=keep(current.qualification_entries, qualifications),
    )
