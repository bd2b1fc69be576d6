"""What withdrawing a consent and resigning do to a balance (DOMAIN.md §2.10.2, SC03).

Pure functions: they return the new record and what must be erased; the services delete the
bytes, queue the tombstones and record the events in one transaction.

* **Partial withdrawal** (one consent, e.g. photos of work samples): every evidence item linked
  to that consent loses its stored copies. The item stays as text (title, description,
  competences) and is marked "original only shown" (``sighted_only``): the advisor did see the
  original, no copy is kept. The consent records when its effects were carried out.
* **Full resignation**: the balance is withdrawn; every consent resting on consent (art. 6(1)(a))
  is withdrawn with its effects; the content beyond the legal minimum is dropped. The legal
  minimum (what a public employment project must keep to document the service, art. 6(1)(c)) is
  configurable; by default it is the participant's master data, the contract, the consents and
  the meetings (dates, duration, mode, place, stages) without their notes and homework.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from uuid import UUID

from advisor_app.domain.entities import BalanceRecord, Consent, Evidence, EvidenceFile
from advisor_app.domain.enums import BalanceStatus, LegalBasis

__all__ = [
    "DEFAULT_LEGAL_MINIMUM",
    "RESIGNATION_SECTIONS",
    "resignation_effects",
    "withdrawal_effects",
]

#: Parts of a balance that resignation can keep (everything else always goes).
RESIGNATION_SECTIONS = frozenset(
    {
        "meetings",  # dates, duration, mode, place, stages: the service was delivered
        "meeting_notes",  # the notes and homework of the meetings
        "goal",  # starting situation, reasons, initial goal, constraints
        "experiences",
        "episodes",
        "competences",
        "evidence",  # as text; stored copies always go
        "development_areas",
        "plan",
        "feedback",
    }
)

#: What resignation keeps unless configured otherwise.
DEFAULT_LEGAL_MINIMUM = frozenset({"meetings"})


def _strip_files(evidence: Evidence) -> Evidence:
    return dataclasses.replace(evidence, files=(), sighted_only=True)


def _withdraw(consent: Consent, at: dt.datetime) -> Consent:
    return dataclasses.replace(
        consent,
        withdrawn_at=consent.withdrawn_at or at,
        withdrawal_effects_done_at=at,
    )


def withdrawal_effects(
    record: BalanceRecord, consent_id: UUID, at: dt.datetime
) -> tuple[BalanceRecord, tuple[EvidenceFile, ...]]:
    """Withdraw one consent (if not yet) and carry out its effects.

    Args:
        record: The balance.
        consent_id: The consent withdrawn.
        at: Now.

    Returns:
        The new record and the files whose stored bytes must be erased.

    Raises:
        KeyError: the balance has no such consent.
    """
    if not any(c.id == consent_id for c in record.consents):
        raise KeyError(consent_id)
    removed: list[EvidenceFile] = []
    evidence: list[Evidence] = []
    for item in record.evidence:
        if item.consent_id == consent_id and item.files:
            removed.extend(item.files)
            item = _strip_files(item)
        evidence.append(item)
    consents = tuple(_withdraw(c, at) if c.id == consent_id else c for c in record.consents)
    return (
        dataclasses.replace(record, consents=consents, evidence=tuple(evidence)),
        tuple(removed),
    )


def resignation_effects(
    record: BalanceRecord,
    at: dt.datetime,
    reason: str,
    keep: Iterable[str] = DEFAULT_LEGAL_MINIMUM,
) -> tuple[BalanceRecord, tuple[EvidenceFile, ...], tuple[str, ...]]:
    """Withdraw the balance and drop what the legal minimum does not keep.

    Args:
        record: The balance.
        at: Now.
        reason: Why the participant resigned.
        keep: Sections of :data:`RESIGNATION_SECTIONS` to keep.

    Returns:
        The new record, the files whose bytes must be erased, and the sections dropped.

    Raises:
        ValueError: ``keep`` names an unknown section.
    """
    kept = frozenset(keep)
    unknown = kept - RESIGNATION_SECTIONS
    if unknown:
        raise ValueError(f"unknown sections to keep: {sorted(unknown)}")
    removed = tuple(f for e in record.evidence for f in e.files)
    dropped: list[str] = []
    balance = dataclasses.replace(
        record.balance, status=BalanceStatus.WITHDRAWN, withdrawn_at=at, withdrawal_reason=reason
    )
    if "goal" not in kept:
        balance = dataclasses.replace(
            balance,
            starting_situation="",
            reasons=(),
            initial_goal="",
            goal_type=None,
            target_qualification_ref=None,
            constraints="",
        )
        dropped.append("goal")
    consents = tuple(
        _withdraw(c, at) if c.legal_basis is LegalBasis.CONSENT and c.active else c
        for c in record.consents
    )
    changes: dict[str, object] = {"balance": balance, "consents": consents}
    meetings = record.meetings
    if "meetings" not in kept:
        meetings = ()
        dropped.append("meetings")
    elif "meeting_notes" not in kept:
        meetings = tuple(dataclasses.replace(m, notes="", homework="") for m in meetings)
        dropped.append("meeting_notes")
    changes["meetings"] = meetings
    for section in ("experiences", "episodes", "competences", "development_areas"):
        if section not in kept and getattr(record, section):
            changes[section] = ()
            dropped.append(section)
    if "evidence" in kept:
        changes["evidence"] = tuple(_strip_files(e) if e.files else e for e in record.evidence)
    elif record.evidence:
        changes["evidence"] = ()
        dropped.append("evidence")
    for section in ("plan", "feedback"):
        if section not in kept and getattr(record, section) is not None:
            changes[section] = None
            dropped.append(section)
    new = dataclasses.replace(record, **changes)  # type: ignore[arg-type]
    return _without_dangling(new), removed, tuple(dropped)


def _without_dangling(record: BalanceRecord) -> BalanceRecord:
    """Drop references to items that resignation removed (kept items must stay storable)."""
    experiences = {e.id for e in record.experiences}
    episodes = tuple(e for e in record.episodes if e.experience_id in experiences)
    episode_ids = {e.id for e in episodes}
    competences = tuple(
        dataclasses.replace(
            c,
            experience_ids=tuple(i for i in c.experience_ids if i in experiences),
            episode_ids=tuple(i for i in c.episode_ids if i in episode_ids),
        )
        for c in record.competences
    )
    competence_ids = {c.id for c in competences}
    evidence = tuple(
        dataclasses.replace(
            e, competence_ids=tuple(i for i in e.competence_ids if i in competence_ids)
        )
        for e in record.evidence
    )
    plan = record.plan
    if plan is not None:
        areas = {a.id for a in record.development_areas}
        plan = dataclasses.replace(
            plan,
            strength_competence_ids=tuple(
                i for i in plan.strength_competence_ids if i in competence_ids
            ),
            actions=tuple(
                dataclasses.replace(a, area_ids=tuple(i for i in a.area_ids if i in areas))
                for a in plan.actions
            ),
        )
    return dataclasses.replace(
        record, episodes=episodes, competences=competences, evidence=evidence, plan=plan
    )
