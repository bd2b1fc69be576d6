"""Interview prompts of the guided interview, read from ``resources/interview/prompts.toml``.

The prompts are data, not code (ARCHITECTURE.md §5): advisors and the product owner review and
correct the wording there. Every prompt has a Polish text (formal "Pan/Pani" form) and an
English version. Groups: the introduction (DOMAIN.md §2.2), general biographical prompts and one
group per :class:`~advisor_app.domain.enums.LifeArea` (§2.3), the behavioural STAR parts with
reflection and evidence, and the three steps of the funnel (§2.4).

A malformed file fails loudly at load time with a :class:`ValueError` naming the file and the
entry, so a bad edit is caught by the tests and never shows as an empty side panel.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

from advisor_app.domain.enums import LifeArea
from advisor_app.resources import resource_path

__all__ = [
    "FUNNEL_STEPS",
    "STAR_PARTS",
    "FunnelStep",
    "InterviewPrompts",
    "Prompt",
    "StarPart",
    "default_interview_prompts",
    "load_interview_prompts",
]

StarPart = Literal["situation", "task", "action", "result", "reflection", "evidence"]
FunnelStep = Literal["opening", "deepening", "closing"]

#: Parts of a behavioural story that have prompts: S, T, A, R, then reflection and evidence.
STAR_PARTS: Final[tuple[StarPart, ...]] = (
    "situation",
    "task",
    "action",
    "result",
    "reflection",
    "evidence",
)
#: Steps of the funnel (lejek): open question, deepening questions, closing questions.
FUNNEL_STEPS: Final[tuple[FunnelStep, ...]] = ("opening", "deepening", "closing")

_DEFAULT_FILE: Final = ("interview", "prompts.toml")


@dataclass(frozen=True, slots=True)
class Prompt:
    """One question the advisor may ask, in Polish and in English.

    Attributes:
        text_pl: The Polish wording (what the advisor says to the participant).
        text_en: The English version (shown when the UI is in English).
    """

    text_pl: str
    text_en: str

    def text(self, language: str) -> str:
        """The wording for a UI language code: ``"pl"`` gives Polish, anything else English."""
        return self.text_pl if language == "pl" else self.text_en


@dataclass(frozen=True, slots=True)
class InterviewPrompts:
    """Every prompt group of the interview, as loaded from the resources.

    Attributes:
        version: Version of the prompt file (raised when the texts change).
        sources: Where each group comes from, keyed like the file (``areas.farming``,
            ``star.action``, ``intro``), e.g. ``"DOMAIN.md §2.3, authored [N]"``.
    """

    version: int
    intro_prompts: tuple[Prompt, ...]
    general_prompts: tuple[Prompt, ...]
    area_prompts: Mapping[LifeArea, tuple[Prompt, ...]]
    star_prompts: Mapping[str, tuple[Prompt, ...]]
    funnel_prompts: Mapping[str, tuple[Prompt, ...]]
    sources: Mapping[str, str]

    def intro(self) -> tuple[Prompt, ...]:
        """Prompts of the introduction: reasons, goal, effort, boundaries (MBK 2.1)."""
        return self.intro_prompts

    def general(self) -> tuple[Prompt, ...]:
        """Biographical prompts not tied to one life area (the whole path, proudest moments)."""
        return self.general_prompts

    def for_area(self, area: LifeArea) -> tuple[Prompt, ...]:
        """Biographical prompts for one life area."""
        return self.area_prompts[area]

    def star(self, part: str) -> tuple[Prompt, ...]:
        """Behavioural prompts for one part of a story (one of :data:`STAR_PARTS`).

        Raises:
            KeyError: ``part`` is not a STAR part.
        """
        return self.star_prompts[part]

    def funnel(self, step: str) -> tuple[Prompt, ...]:
        """Funnel prompts for one step (one of :data:`FUNNEL_STEPS`).

        Raises:
            KeyError: ``step`` is not a funnel step.
        """
        return self.funnel_prompts[step]

    @staticmethod
    def text(prompt: Prompt, language: str) -> str:
        """The wording of ``prompt`` for a UI language code (``"pl"`` or ``"en"``)."""
        return prompt.text(language)


def load_interview_prompts(path: Path | None = None) -> InterviewPrompts:
    """Read and check the interview prompts.

    Args:
        path: The TOML file; the one shipped in ``resources/interview`` when None.

    Raises:
        ValueError: the file cannot be read or parsed, or an entry is missing, empty, or not
            known (an unknown life area is a typo, not something to skip silently). The message
            names the file and the entry.
    """
    file = path if path is not None else resource_path(*_DEFAULT_FILE)
    try:
        with file.open("rb") as handle:
            data = tomllib.load(handle)
    except OSError as error:
        raise ValueError(f"{file}: cannot read the interview prompts: {error}") from error
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"{file}: not valid TOML: {error}") from error
    return _Reader(file).read(data)


@functools.cache
def default_interview_prompts() -> InterviewPrompts:
    """The shipped prompts, read once per process (the file does not change while running)."""
    return load_interview_prompts()


class _Reader:
    """Turns the parsed TOML into :class:`InterviewPrompts`, naming the file in every error."""

    def __init__(self, file: Path) -> None:
        self._file = file
        self._sources: dict[str, str] = {}

    def _fail(self, where: str, problem: str) -> ValueError:
        return ValueError(f"{self._file}: {where}: {problem}")

    def read(self, data: dict[str, Any]) -> InterviewPrompts:
        version = data.get("version")
        # bool is an int in Python; "version = true" is a typo, not version 1.
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise self._fail("version", "a positive whole number is required")
        known = {"version", "intro", "general", "areas", "star", "funnel"}
        for key in data:
            if key not in known:
                raise self._fail(key, "unknown entry")
        areas = self._table(data, "areas", "areas")
        area_prompts = {
            LifeArea(code): self._group(areas, code, f"areas.{code}")
            for code in self._codes(areas, "areas", [a.value for a in LifeArea])
        }
        star = self._table(data, "star", "star")
        funnel = self._table(data, "funnel", "funnel")
        return InterviewPrompts(
            version=version,
            intro_prompts=self._group(data, "intro", "intro"),
            general_prompts=self._group(data, "general", "general"),
            area_prompts=area_prompts,
            star_prompts={
                part: self._group(star, part, f"star.{part}")
                for part in self._codes(star, "star", list(STAR_PARTS))
            },
            funnel_prompts={
                step: self._group(funnel, step, f"funnel.{step}")
                for step in self._codes(funnel, "funnel", list(FUNNEL_STEPS))
            },
            sources=dict(self._sources),
        )

    def _table(self, parent: dict[str, Any], key: str, where: str) -> dict[str, Any]:
        value = parent.get(key)
        if not isinstance(value, dict):
            raise self._fail(where, "a table is required")
        return value

    def _codes(self, table: dict[str, Any], where: str, expected: list[str]) -> list[str]:
        unknown = sorted(set(table) - set(expected))
        if unknown:
            raise self._fail(f"{where}.{unknown[0]}", f"unknown entry; expected one of {expected}")
        missing = [code for code in expected if code not in table]
        if missing:
            raise self._fail(f"{where}.{missing[0]}", "missing")
        return expected

    def _group(self, parent: dict[str, Any], key: str, where: str) -> tuple[Prompt, ...]:
        group = self._table(parent, key, where)
        source = group.get("source")
        if not isinstance(source, str) or not source.strip():
            raise self._fail(f"{where}.source", "a non-empty text is required")
        self._sources[where] = source.strip()
        items = group.get("prompts")
        if not isinstance(items, list) or not items:
            raise self._fail(f"{where}.prompts", "at least one prompt is required")
        prompts = []
        for index, item in enumerate(items):
            here = f"{where}.prompts[{index}]"
            if not isinstance(item, dict):
                raise self._fail(here, "a table with 'pl' and 'en' is required")
            texts = {}
            for language in ("pl", "en"):
                text = item.get(language)
                if not isinstance(text, str) or not text.strip():
                    raise self._fail(f"{here}.{language}", "a non-empty text is required")
                texts[language] = text.strip()
            extra = sorted(set(item) - {"pl", "en"})
            if extra:
                raise self._fail(f"{here}.{extra[0]}", "unknown entry")
            prompts.append(Prompt(text_pl=texts["pl"], text_en=texts["en"]))
        return tuple(prompts)
