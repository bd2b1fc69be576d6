"""Pure helpers for editing the immutable balance: replace, add, remove and move list items.

Entities are frozen; every edit builds a new value. These helpers keep the common cases (change
one experience among many, drop a competence and the links to it) in one tested place.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Protocol, TypeVar
from uuid import UUID

from advisor_app.domain.entities import BalanceRecord, Plan


class _HasId(Protocol):
    @property
    def id(self) -> UUID: ...


T = TypeVar("T", bound=_HasId)


def update_item(items: tuple[T, ...], item_id: UUID, change: Callable[[T], T]) -> tuple[T, ...]:
    """Return ``items`` with ``change`` applied to the item of ``item_id`` (others unchanged)."""
    return tuple(change(item) if item.id == item_id else item for item in items)


def find_item(items: tuple[T, ...], item_id: UUID) -> T | None:
    """The item with ``item_id``, or None."""
    return next((item for item in items if item.id == item_id), None)


def add_item(items: tuple[T, ...], item: T) -> tuple[T, ...]:
    """Append ``item``."""
    return (*items, item)


def remove_item(items: tuple[T, ...], item_id: UUID) -> tuple[T, ...]:
    """Drop the item with ``item_id``."""
    return tuple(item for item in items if item.id != item_id)


def move_item(items: tuple[T, ...], item_id: UUID, offset: int) -> tuple[T, ...]:
    """Move the item ``offset`` places (negative: up), clamped to the ends of the list."""
    ids = [item.id for item in items]
    if item_id not in ids:
        return items
    index = ids.index(item_id)
    target = max(0, min(len(items) - 1, index + offset))
    reordered = list(items)
    reordered.insert(target, reordered.pop(index))
    return tuple(reordered)


def _without(ids: tuple[UUID, ...], gone: UUID) -> tuple[UUID, ...]:
    return tuple(i for i in ids if i != gone)


def remove_experience(record: BalanceRecord, experience_id: UUID) -> BalanceRecord:
    """Remove a timeline item, its STAR stories and every link to them.

    Competences keep existing (the advisor decides about them) but lose the links, so the
    record never holds a reference to nothing.
    """
    gone_episodes = {e.id for e in record.episodes if e.experience_id == experience_id}
    competences = tuple(
        dataclasses.replace(
            c,
            experience_ids=_without(c.experience_ids, experience_id),
            episode_ids=tuple(i for i in c.episode_ids if i not in gone_episodes),
        )
        for c in record.competences
    )
    return dataclasses.replace(
        record,
        experiences=remove_item(record.experiences, experience_id),
        episodes=tuple(e for e in record.episodes if e.experience_id != experience_id),
        competences=competences,
    )


def remove_episode(record: BalanceRecord, episode_id: UUID) -> BalanceRecord:
    """Remove a STAR story and the competences' links to it."""
    competences = tuple(
        dataclasses.replace(c, episode_ids=_without(c.episode_ids, episode_id))
        for c in record.competences
    )
    return dataclasses.replace(
        record, episodes=remove_item(record.episodes, episode_id), competences=competences
    )


def remove_competence(record: BalanceRecord, competence_id: UUID) -> BalanceRecord:
    """Remove a competence and every link to it (evidence, plan strengths)."""
    evidence = tuple(
        dataclasses.replace(e, competence_ids=_without(e.competence_ids, competence_id))
        for e in record.evidence
    )
    plan: Plan | None = record.plan
    if plan is not None:
        plan = dataclasses.replace(
            plan,
            strength_competence_ids=_without(plan.strength_competence_ids, competence_id),
        )
    return dataclasses.replace(
        record,
        competences=remove_item(record.competences, competence_id),
        evidence=evidence,
        plan=plan,
    )
