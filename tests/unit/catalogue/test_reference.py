"""Reference catalogues: the shipped files, lookups, search, validation and versioning."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from advisor_app.catalogue.reference import (
    CATALOGUE_FILES,
    EVIDENCE_CRITERIA,
    ReferenceCatalogue,
    default_reference_catalogue,
    load_reference_catalogue,
    missing_refs,
    parse_version,
    update_catalogue,
)
from advisor_app.domain.enums import ActionKind, CompetenceKind, EvidenceKind, LifeArea
from advisor_app.resources import resource_path

SHIPPED = resource_path("catalogue")
SKI = "ZRK-sample-pnzp"


@pytest.fixture(scope="module")
def catalogue() -> ReferenceCatalogue:
    """The catalogue shipped with the app."""
    return load_reference_catalogue()


@pytest.fixture
def copy(tmp_path: Path) -> Callable[..., Path]:
    """Copy the shipped catalogue to a temporary directory, applying text replacements."""

    def make(name: str = "cat", **edits: tuple[str, str] | list[tuple[str, str]]) -> Path:
        root = tmp_path / name
        shutil.copytree(SHIPPED, root)
        for file_stem, change in edits.items():
            path = root / f"{file_stem}.toml"
            text = path.read_text(encoding="utf-8")
            for old, new in change if isinstance(change, list) else [change]:
                assert old in text, f"{old!r} not in {path.name}"
                text = text.replace(old, new, 1)
            path.write_text(text, encoding="utf-8")
        return root

    return make


def all_entries(catalogue: ReferenceCatalogue) -> Iterator[Any]:
    """Every top-level entry of every catalogue."""
    yield from catalogue.learning_outcome_types()
    yield from catalogue.evidence_types()
    yield from catalogue.evidence_criteria()
    yield from catalogue.life_areas()
    yield from catalogue.prk_levels()
    yield from catalogue.eu_key_competences()
    yield from catalogue.categories(include_retired=True)
    yield from catalogue.competences(include_retired=True)
    yield from catalogue.bur_categories(include_retired=True)
    yield from catalogue.action_types()
    yield from catalogue.voucher_rule_sets()
    yield from catalogue.qualifications(include_retired=True)


# --- the shipped files ------------------------------------------------------------------------


def test_every_file_loads_with_a_version(catalogue: ReferenceCatalogue) -> None:
    """All catalogue files load and carry a version no newer than the catalogue's."""
    assert parse_version(catalogue.version) >= (2026, 1)
    assert isinstance(catalogue.updated, dt.date)
    assert set(catalogue.file_versions) == set(CATALOGUE_FILES) - {"catalogue.toml"}
    for version in catalogue.file_versions.values():
        assert parse_version(version) <= parse_version(catalogue.version)


def test_default_catalogue_is_read_once() -> None:
    """The shipped catalogue is cached per process."""
    assert default_reference_catalogue() is default_reference_catalogue()


def test_every_entry_has_a_source(catalogue: ReferenceCatalogue) -> None:
    """Each entry of every catalogue says where it comes from."""
    entries = list(all_entries(catalogue))
    assert len(entries) > 150
    for entry in entries:
        assert entry.source.strip(), entry


def test_enum_codes_all_have_entries(catalogue: ReferenceCatalogue) -> None:
    """Every EvidenceKind, LifeArea, ActionKind and CompetenceKind code has exactly one entry."""
    assert [t.code for t in catalogue.evidence_types()] == list(EvidenceKind)
    assert [a.code for a in catalogue.life_areas()] == list(LifeArea)
    assert sorted(a.code for a in catalogue.action_types()) == sorted(ActionKind)
    assert {t.kind for t in catalogue.learning_outcome_types()} == set(CompetenceKind)
    assert catalogue.evidence_type(EvidenceKind.STATEMENT).never_sole_basis
    assert catalogue.action_type(ActionKind.VALIDATION).needs_qualification
    assert catalogue.action_type(ActionKind.TRAINING).needs_bur_category
    assert catalogue.life_area(LifeArea.FARMING).name("pl") == "Gospodarstwo rolne"


def test_small_catalogues_are_complete(catalogue: ReferenceCatalogue) -> None:
    """W/U/KS, the four criteria, PRK 1–8 and the 8 EU key competences are all there."""
    assert [t.code for t in catalogue.learning_outcome_types()] == ["W", "U", "KS"]
    skill = catalogue.learning_outcome_type(CompetenceKind.SKILL)
    assert "potrafi" in skill.grammar_hint_pl
    assert tuple(c.code for c in catalogue.evidence_criteria()) == EVIDENCE_CRITERIA
    assert all(c.description_pl and c.description_en for c in catalogue.evidence_criteria())
    assert [p.level for p in catalogue.prk_levels()] == list(range(1, 9))
    assert "matura" in catalogue.prk_level(4).typical_pl
    assert [k.number for k in catalogue.eu_key_competences()] == list(range(1, 9))
    assert catalogue.eu_key_competence(4).name_en == "Digital competence"
    assert all("[N]" in k.source for k in catalogue.eu_key_competences())
    with pytest.raises(KeyError):
        catalogue.prk_level(9)


def test_seed_list_size_languages_and_categories(catalogue: ReferenceCatalogue) -> None:
    """60–100 seed competences, each in Polish and English, in every §3.2(e) category."""
    competences = catalogue.competences()
    assert 60 <= len(competences) <= 100
    assert len({c.code for c in competences}) == len(competences)
    for competence in competences:
        assert competence.name_pl and competence.name_en and competence.example_pl
        assert competence.example_pl[0].isupper() and competence.example_pl.endswith(".")
        assert competence.eu_kc is None or 1 <= competence.eu_kc <= 8
    assert len(catalogue.categories()) == 14
    used = {c.category for c in competences}
    assert used == {category.code for category in catalogue.categories()}
    assert {c.kind for c in competences} == set(CompetenceKind)


def test_bur_categories_and_voucher_rules(catalogue: ReferenceCatalogue) -> None:
    """The five KK BUR categories and the three KK voucher rule sets are configured."""
    assert [c.code for c in catalogue.bur_categories()] == [
        "informatyka",
        "jezyki",
        "motoryzacja",
        "organizacja",
        "szkolnictwo",
    ]
    assert catalogue.bur_category("Języki").code == "jezyki"
    assert [r.id for r in catalogue.voucher_rule_sets()] == ["KK-2018", "KK-2019", "KK-2022"]
    assert catalogue.voucher_rule_set("KK-2019").valid_from == dt.date(2019, 3, 15)
    assert catalogue.voucher_rule_set_for("KK", dt.date(2019, 3, 14)).id == "KK-2018"
    assert catalogue.voucher_rule_set_for("KK", dt.date(2019, 3, 15)).id == "KK-2019"
    assert catalogue.voucher_rule_set_for("KK", dt.date(2026, 1, 1)).id == "KK-2022"
    with pytest.raises(LookupError):
        catalogue.voucher_rule_set_for("KK", dt.date(2017, 12, 31))


# --- qualifications ---------------------------------------------------------------------------


def test_qualifications_have_the_zrk_shape(catalogue: ReferenceCatalogue) -> None:
    """Three sample qualifications, each with ≥2 sets of ≥2 outcomes with ≥2 criteria."""
    qualifications = catalogue.qualifications()
    assert len(qualifications) >= 3
    for qualification in qualifications:
        assert qualification.code.startswith("ZRK-sample-")
        assert qualification.sample and "ZRK" in qualification.source
        assert len(qualification.outcome_sets) >= 2
        for outcome_set in qualification.outcome_sets:
            assert outcome_set.sample and len(outcome_set.outcomes) >= 2
            for outcome in outcome_set.outcomes:
                assert outcome.sample and len(outcome.criteria) >= 2
                assert catalogue.learning_outcome(outcome.ref) is outcome


def test_verified_qualification_headers(catalogue: ReferenceCatalogue) -> None:
    """The two verified qualifications carry their verified MP entry, document and validity."""
    ski = catalogue.qualification(SKI)
    assert ski.name_pl == "Prowadzenie narciarskich zajęć pozatrasowych"
    assert (ski.mp_publication, ski.document, ski.validity_years) == (
        "MP 2023 poz. 1120",
        "Certyfikat",
        3,
    )
    assert ski.entry_conditions is None  # not known: the UI shows "brak danych"
    trainer = next(q for q in catalogue.qualifications() if q.mp_publication == "MP 2022 poz. 386")
    assert "trener biznesu" in trainer.name_pl
    assert trainer.document == "Certyfikat"
    assert any(q.entry_conditions for q in catalogue.qualifications())


def test_ski_qualification_sets_outcomes_and_criteria(catalogue: ReferenceCatalogue) -> None:
    """The ski qualification resolves by set and outcome refs (used by the SC09 demo)."""
    avalanche = catalogue.learning_outcome_set(f"{SKI}/ZE-02")
    assert avalanche.name_pl.startswith("Zapewnianie bezpieczeństwa")
    outcome = catalogue.learning_outcome(f"{SKI}/ZE-02/E-01")
    assert outcome.text_pl == "Ocenia zagrożenie lawinowe."
    assert len(outcome.criteria) == 3
    assert catalogue.resolve(f"{SKI}/ZE-03") is catalogue.qualification(SKI).outcome_sets[2]
    assert catalogue.resolve(f"{SKI}/ZE-09") is None
    with pytest.raises(KeyError):
        catalogue.learning_outcome(f"{SKI}/ZE-02")  # a set, not an outcome
    with pytest.raises(KeyError):
        catalogue.qualification("KLI-01")


def test_demo_data_refs_resolve(catalogue: ReferenceCatalogue) -> None:
    """Every catalogue ref, category and BUR category used by the demo balances resolves."""
    seen = 0
    for path in resource_path("demo").glob("*.json"):
        for key, value in _leaves(json.loads(path.read_text(encoding="utf-8"))):
            if not isinstance(value, str):
                continue
            if key in ("catalogue_ref", "qualification_ref", "target_qualification_ref") or (
                key == "requirement_ref" and value.startswith("ZRK-")
            ):
                assert catalogue.resolve(value) is not None, (path.name, value)
            elif key == "category":
                catalogue.category(value)
            elif key == "bur_category":
                catalogue.bur_category(value)
            else:
                continue
            seen += 1
    assert seen > 10


def _leaves(node: object, key: str = "") -> Iterator[tuple[str, object]]:
    """(key, value) of every scalar in a JSON tree."""
    if isinstance(node, dict):
        for child_key, child in node.items():
            yield from _leaves(child, child_key)
    elif isinstance(node, list):
        for child in node:
            yield from _leaves(child, key)
    else:
        yield key, node


# --- search -----------------------------------------------------------------------------------


def test_search_ignores_case_and_accents(catalogue: ReferenceCatalogue) -> None:
    """ "kasa fiskalna", "KASA" and "obsluga kasy" all find the cash-register competence."""
    for typed in ("kasa fiskalna", "KASA", "obsluga kasy", "Kasę fiskalną", "cash register"):
        found = [c.code for c in catalogue.search_competences(typed)]
        assert found and found[0] == "KLI-01", typed


def test_search_filters_by_kind_and_category(catalogue: ReferenceCatalogue) -> None:
    """Kind and category (code or name) narrow the results; empty text lists all."""
    assert catalogue.search_competences("kasa", kind=CompetenceKind.KNOWLEDGE) == ()
    safety = catalogue.search_competences("", category="Bezpieczeństwo (BHP, pierwsza pomoc)")
    assert safety == catalogue.competences(category="safety")
    assert all(c.category == "safety" for c in safety) and len(safety) >= 5
    assert catalogue.search_competences("pierwszej pomocy")[0].code == "BEZ-01"
    assert catalogue.search_competences("zzzz nic") == ()
    with pytest.raises(KeyError):
        catalogue.search_competences("kasa", category="no such category")


def test_category_resolves_by_code_or_name(catalogue: ReferenceCatalogue) -> None:
    """A category is found by its code and by its Polish or English name in any case."""
    by_code = catalogue.category("physical_technical")
    assert catalogue.category("praca fizyczna i techniczna") is by_code
    assert catalogue.category("PHYSICAL AND TECHNICAL WORK") is by_code


# --- validation -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file_stem", "old", "new", "message"),
    [
        ("competences", 'code = "KOM-01"', 'code = "KOM-01"\ncolour = "red"', "unknown key"),
        ("competences", 'name_en = "Giving clear spoken information"\n', "", "name_en: missing"),
        ("competences", 'code = "KOM-02"', 'code = "KOM-01"', "duplicate competence 'KOM-01'"),
        ("competences", 'category = "communication"', 'category = "telepathy"', "telepathy"),
        ("competences", 'kind = "skill"', 'kind = "talent"', "unknown competence kind"),
        ("competences", 'code = "KOM-01"', 'code = "KOM/01"', "may not contain"),
        ("competences", "eu_kc = 1", "eu_kc = 9", "eu_kc"),
        ("competences", 'code = "KOM-01"', 'code = "KOM-01"\nretired_in = "2099.1"', "later"),
        ("life_areas", 'code = "hobby"', 'code = "hobbies"', "unknown life area"),
        ("evidence", 'code = "film"', 'code = "photo"', "duplicate evidence kind"),
        ("action_types", 'code = "other"', 'code = "internship"', "duplicate action kind"),
        ("prk_levels", "level = 8", "level = 9", "level"),
        ("voucher_rules", 'bon_value_pln = "15"', "bon_value_pln = 15.0", "amount written as text"),
        (
            "voucher_rules",
            "vouchers_per_hour = 3 }",
            "vouchers_per_hour = 3, x = 1 }",
            "x: unknown",
        ),
        ("voucher_rules", 'method = "hourly_price" }', 'method = "hours_multiplier" }', "KK-2019"),
        ("qualifications", 'code = "E-02"', 'code = "E-01"', "duplicate learning outcome"),
        ("qualifications", 'typ = "market"', 'typ = "magic"', "unknown type"),
        ("qualifications", "waznosc_lata = 3", 'waznosc_lata = "3"', "waznosc_lata"),
        ("catalogue", 'version = "2026.1"', 'version = "v1"', "dotted whole numbers"),
    ],
)
def test_malformed_files_name_the_file_and_entry(
    copy: Callable[..., Path], file_stem: str, old: str, new: str, message: str
) -> None:
    """A bad edit fails with a ValueError naming the file and what is wrong."""
    root = copy(**{file_stem: (old, new)})
    with pytest.raises(ValueError, match=r"\.toml") as error:
        load_reference_catalogue(root)
    assert message in str(error.value)
    assert f"{file_stem}.toml" in str(error.value)


def test_missing_enum_entry_is_refused(copy: Callable[..., Path]) -> None:
    """Dropping the entry of an enum code (here the 'other' life area) fails loudly."""
    root = copy()
    path = root / "life_areas.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text[: text.index('[[areas]]\ncode = "other"')], encoding="utf-8")
    with pytest.raises(ValueError, match="no entry for life area 'other'"):
        load_reference_catalogue(root)


def test_missing_file_is_refused(copy: Callable[..., Path]) -> None:
    """A catalogue directory without one of its files does not load."""
    root = copy()
    (root / "prk_levels.toml").unlink()
    with pytest.raises(ValueError, match=r"prk_levels\.toml: cannot read"):
        load_reference_catalogue(root)


# --- versioning -------------------------------------------------------------------------------


def test_retired_entries_resolve_but_are_not_listed(copy: Callable[..., Path]) -> None:
    """A retired competence or outcome keeps its ref but leaves listings and search."""
    root = copy(
        catalogue=('version = "2026.1"', 'version = "2026.2"'),
        competences=[
            ('version = "2026.1"', 'version = "2026.2"'),
            ('code = "KLI-01"', 'code = "KLI-01"\nretired_in = "2026.2"'),
        ],
        qualifications=[
            ('version = "2026.1"', 'version = "2026.2"'),
            ('code = "E-03"', 'code = "E-03"\nretired_in = "2026.2"'),
        ],
    )
    catalogue = load_reference_catalogue(root)
    retired = catalogue.competence("KLI-01")
    assert retired.retired and retired.retired_in == "2026.2"
    assert retired not in catalogue.competences()
    assert retired in catalogue.competences(include_retired=True)
    assert "KLI-01" not in [c.code for c in catalogue.search_competences("kasa fiskalna")]
    outcome = catalogue.learning_outcome(f"{SKI}/ZE-02/E-03")
    assert outcome.retired
    assert outcome not in catalogue.learning_outcome_set(f"{SKI}/ZE-02").current_outcomes()


def test_update_keeps_every_older_ref(copy: Callable[..., Path]) -> None:
    """Loading an older and a newer version: refs the newer one dropped still resolve."""
    older = load_reference_catalogue(copy("older"))
    newer_root = copy(
        "newer",
        catalogue=('version = "2026.1"', 'version = "2026.2"'),
        competences=[
            ('version = "2026.1"', 'version = "2026.2"'),
            ('code = "KLI-02"', 'code = "KLI-02"\nretired_in = "2026.2"'),
            ('code = "KLI-01"', 'code = "KLI-99"'),  # KLI-01 dropped outright (against the rule)
        ],
        qualifications=[
            ('version = "2026.1"', 'version = "2026.2"'),
            ('code = "E-03"', 'code = "E-04"'),  # the ski ZE-02/E-03 outcome dropped
        ],
    )
    newer = load_reference_catalogue(newer_root)
    assert missing_refs(older, newer) == {"KLI-01", f"{SKI}/ZE-02/E-03"}
    assert missing_refs(older, older) == frozenset()

    updated = update_catalogue(older, newer)
    assert updated.version == "2026.2"
    assert missing_refs(older, updated) == frozenset()
    for ref in older.refs():
        assert updated.resolve(ref) is not None, ref
    kept = updated.competence("KLI-01")
    assert kept.retired_in == "2026.2" and kept.name_pl == "Obsługa kasy fiskalnej"
    assert kept not in updated.competences()
    assert "KLI-01" not in [c.code for c in updated.search_competences("kasa")]
    assert updated.competence("KLI-99") in updated.competences()
    assert updated.competence("KLI-02").retired
    assert updated.learning_outcome(f"{SKI}/ZE-02/E-03").retired
    assert not updated.learning_outcome(f"{SKI}/ZE-02/E-04").retired
    # Updating again with the same newer catalogue changes nothing.
    assert update_catalogue(updated, newer).refs() == updated.refs()


def test_update_refuses_a_downgrade(catalogue: ReferenceCatalogue) -> None:
    """An older catalogue never replaces a newer one."""
    newer = dataclasses.replace(catalogue, version="2027.1")
    with pytest.raises(ValueError, match="older"):
        update_catalogue(newer, catalogue)


def test_versions_compare_as_numbers() -> None:
    """'2026.10' is newer than '2026.9'; malformed versions are refused."""
    assert parse_version("2026.10") > parse_version("2026.9")
    with pytest.raises(ValueError):
        parse_version("2026.x")
