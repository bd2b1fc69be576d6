"""The interview prompts shipped in resources/interview: complete, bilingual, checked on load."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from advisor_app.catalogue.interview import (
    FUNNEL_STEPS,
    STAR_PARTS,
    InterviewPrompts,
    Prompt,
    default_interview_prompts,
    load_interview_prompts,
)
from advisor_app.domain.enums import LifeArea
from advisor_app.resources import resource_path


@pytest.fixture(scope="module")
def prompts() -> InterviewPrompts:
    """The shipped prompts."""
    return load_interview_prompts()


def _all_groups(prompts: InterviewPrompts) -> list[tuple[Prompt, ...]]:
    return [
        prompts.intro(),
        prompts.general(),
        *(prompts.for_area(area) for area in LifeArea),
        *(prompts.star(part) for part in STAR_PARTS),
        *(prompts.funnel(step) for step in FUNNEL_STEPS),
    ]


@pytest.mark.parametrize("area", list(LifeArea))
def test_every_life_area_has_three_to_six_prompts_in_both_languages(
    prompts: InterviewPrompts, area: LifeArea
) -> None:
    """Each life area of the biographical interview has 3–6 Polish prompts with English."""
    found = prompts.for_area(area)
    assert 3 <= len(found) <= 6
    assert all(p.text_pl.strip() and p.text_en.strip() for p in found)


@pytest.mark.parametrize("part", STAR_PARTS)
def test_every_star_part_has_prompts(prompts: InterviewPrompts, part: str) -> None:
    """Situation, Task, Action, Result, reflection and evidence each have prompts."""
    assert prompts.star(part)


@pytest.mark.parametrize("step", FUNNEL_STEPS)
def test_every_funnel_step_has_prompts(prompts: InterviewPrompts, step: str) -> None:
    """Opening, deepening and closing questions of the funnel are all there."""
    assert prompts.funnel(step)


def test_intro_and_general_prompts_come_from_the_domain_text(prompts: InterviewPrompts) -> None:
    """The introduction and the whole-path prompts are those proposed in DOMAIN.md."""
    assert prompts.intro()[0].text_pl.startswith("Co sprawiło, że zdecydował(a) się")
    assert prompts.general()[0].text_pl.startswith("Opowie mi Pan/Pani o swojej drodze")


def test_polish_prompts_use_the_formal_form(prompts: InterviewPrompts) -> None:
    """Polish prompts address the participant as Pan/Pani, never with "ty"."""
    texts = [p.text_pl for group in _all_groups(prompts) for p in group]
    formal = [t for t in texts if "Pan" in t]
    # Short follow-ups ("Co było w tym najtrudniejsze?") need no form of address.
    assert len(formal) >= len(texts) * 2 // 3
    assert not any(word in t.split() for t in texts for word in ("ty", "Ty", "twoje", "Twoje"))


def test_prompts_are_unique_within_a_page_context(prompts: InterviewPrompts) -> None:
    """No prompt repeats inside one group, nor between a STAR part and the funnel."""
    for group in _all_groups(prompts):
        assert len({p.text_pl for p in group}) == len(group)
    star = {p.text_pl for part in STAR_PARTS for p in prompts.star(part)}
    funnel = {p.text_pl for step in FUNNEL_STEPS for p in prompts.funnel(step)}
    assert star.isdisjoint(funnel)


def test_every_group_names_its_source_and_the_file_a_version(prompts: InterviewPrompts) -> None:
    """Each group says where it comes from (DOMAIN.md section or authored)."""
    assert prompts.version >= 1
    expected = {"intro", "general"}
    expected |= {f"areas.{a.value}" for a in LifeArea}
    expected |= {f"star.{p}" for p in STAR_PARTS} | {f"funnel.{s}" for s in FUNNEL_STEPS}
    assert set(prompts.sources) == expected
    assert all("DOMAIN.md" in s or "authored" in s for s in prompts.sources.values())


def test_text_picks_the_ui_language(prompts: InterviewPrompts) -> None:
    """Polish for "pl", English for "en"."""
    prompt = prompts.star("result")[0]
    assert prompts.text(prompt, "pl") == prompt.text_pl
    assert prompts.text(prompt, "en") == prompt.text_en
    assert prompt.text("en").startswith("How did it end")


def test_default_prompts_are_read_once(prompts: InterviewPrompts) -> None:
    """The shipped file is read once per process and equals a fresh load."""
    assert default_interview_prompts() is default_interview_prompts()
    assert default_interview_prompts() == prompts


def test_unknown_star_part_is_an_error(prompts: InterviewPrompts) -> None:
    """Asking for a part that does not exist fails instead of showing nothing."""
    with pytest.raises(KeyError):
        prompts.star("outcome")


def _shipped_text() -> str:
    return resource_path("interview", "prompts.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("edit", "named"),
    [
        (
            lambda s: s.replace('en = "How did it end? How do you know it worked?"\n', ""),
            "star.result.prompts[0].en",
        ),
        (lambda s: s.replace("[areas.hobby]", "[areas.hobbies]"), "areas.hobbies"),
        (lambda s: s.replace("version = 1", "version = 0"), "version"),
        (
            lambda s: s.replace('pl = "Z czego jest', 'pl = "   "\nx = "Z czego jest'),
            "general.prompts[2].pl",
        ),
        (lambda s: s.replace("[funnel.closing]", "[funnel.closing_]"), "funnel.closing"),
        (lambda s: s + "\n[[intro.prompts]]\n", "intro.prompts[5].pl"),
        (lambda s: s.replace("[intro]", "[intro"), "not valid TOML"),
    ],
)
def test_malformed_file_names_the_file_and_the_entry(
    tmp_path: Path, edit: Callable[[str], str], named: str
) -> None:
    """A broken edit of the prompt file fails on load, saying where."""
    broken = tmp_path / "prompts.toml"
    broken.write_text(edit(_shipped_text()), encoding="utf-8")
    with pytest.raises(ValueError, match=r"prompts\.toml") as error:
        load_interview_prompts(broken)
    assert named in str(error.value)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    """A missing prompt file names the path."""
    with pytest.raises(ValueError, match=r"nowhere\.toml"):
        load_interview_prompts(tmp_path / "nowhere.toml")
