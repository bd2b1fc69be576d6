"""Rules of the portfolio's evidence items that pages and documents share (DOMAIN.md §2.7).

* **Validity** ("aktualne" criterion, SC17): evidence with a ``valid_until`` date warns when it
  has expired or expires within six months.
* **Consent for copies** (§2.10.2): stored copies of documents or images of people need a
  consent of the participant; an original only shown to the advisor needs none.
* **Links to competences** are many-to-many and live on the evidence item
  (``Evidence.competence_ids``); :func:`toggle_link` and :func:`set_link` edit them from either
  side (the portfolio page, the competences page).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from enum import StrEnum
from uuid import UUID

from advisor_app.domain.editing import find_item, update_item
from advisor_app.domain.entities import BalanceRecord, Consent, Evidence
from advisor_app.domain.enums import ConsentPurpose, EvidenceKind

__all__ = [
    "COPY_CONSENT_PURPOSES",
    "VALIDITY_WARNING_MONTHS",
    "ConsentProblem",
    "ValidityWarning",
    "consent_problem",
    "consent_required",
    "copy_consents",
    "evidence_for_competence",
    "months_later",
    "set_link",
    "shows_people",
    "toggle_link",
    "validity_warning",
]

#: Evidence expiring within this many months is flagged (the "aktualne" criterion, SC17).
VALIDITY_WARNING_MONTHS = 6

#: Consent purposes that can cover stored copies of evidence (photos, scans, images of people).
COPY_CONSENT_PURPOSES = (
    ConsentPurpose.EVIDENCE_PHOTOS,
    ConsentPurpose.THIRD_PARTY_IMAGES,
    ConsentPurpose.OTHER,
)

# Kinds whose files usually show people (the participant, clients, an audience).
_IMAGE_KINDS = frozenset({EvidenceKind.PHOTO, EvidenceKind.FILM, EvidenceKind.SCREENSHOT})


class ValidityWarning(StrEnum):
    """Why an evidence item's validity needs attention."""

    EXPIRED = "expired"
    EXPIRING = "expiring"


class ConsentProblem(StrEnum):
    """What is wrong with the consent behind an item's stored files."""

    MISSING = "missing"
    WITHDRAWN = "withdrawn"


def months_later(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clamped to the month's last day (31 Aug + 6 → 28 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return dt.date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable: every month has at least 28 days")


def validity_warning(evidence: Evidence, today: dt.date) -> ValidityWarning | None:
    """Tell whether an item's validity has run out or runs out within six months.

    The day ``valid_until`` names still counts as valid.
    """
    until = evidence.valid_until
    if until is None:
        return None
    if until < today:
        return ValidityWarning.EXPIRED
    if until <= months_later(today, VALIDITY_WARNING_MONTHS):
        return ValidityWarning.EXPIRING
    return None


def consent_required(evidence: Evidence) -> bool:
    """Tell whether the item keeps copies that need the participant's consent.

    Every stored file is a copy of a document or an image (often of people); an original that
    was only shown to the advisor keeps no copy and needs none.
    """
    return bool(evidence.files) and not evidence.sighted_only


def shows_people(evidence: Evidence) -> bool:
    """Tell whether the item's kind usually shows people (photo, film, screenshot)."""
    return evidence.kind in _IMAGE_KINDS


def consent_problem(evidence: Evidence, consents: tuple[Consent, ...]) -> ConsentProblem | None:
    """What is wrong with the consent covering the item's copies, if anything."""
    if not consent_required(evidence):
        return None
    consent = find_item(consents, evidence.consent_id) if evidence.consent_id else None
    if consent is None:
        return ConsentProblem.MISSING
    if not consent.active:
        return ConsentProblem.WITHDRAWN
    return None


def copy_consents(record: BalanceRecord, keep: UUID | None = None) -> tuple[Consent, ...]:
    """Consents of the balance that can cover stored copies (plus ``keep``, the linked one)."""
    return tuple(c for c in record.consents if c.purpose in COPY_CONSENT_PURPOSES or c.id == keep)


def set_link(
    record: BalanceRecord, evidence_id: UUID, competence_id: UUID, on: bool
) -> BalanceRecord:
    """Link (``on``) or unlink an evidence item and a competence; other links are unchanged.

    Unknown IDs leave the record as it is (an edit racing a removal is harmless).
    """
    evidence = find_item(record.evidence, evidence_id)
    if evidence is None or find_item(record.competences, competence_id) is None:
        return record
    linked = competence_id in evidence.competence_ids
    if linked == on:
        return record
    ids = (
        (*evidence.competence_ids, competence_id)
        if on
        else tuple(i for i in evidence.competence_ids if i != competence_id)
    )
    items = update_item(
        record.evidence, evidence_id, lambda e: dataclasses.replace(e, competence_ids=ids)
    )
    return dataclasses.replace(record, evidence=items)


def toggle_link(record: BalanceRecord, evidence_id: UUID, competence_id: UUID) -> BalanceRecord:
    """Link an evidence item and a competence, or unlink them when they are linked."""
    evidence = find_item(record.evidence, evidence_id)
    if evidence is None:
        return record
    return set_link(
        record, evidence_id, competence_id, competence_id not in evidence.competence_ids
    )


def evidence_for_competence(record: BalanceRecord, competence_id: UUID) -> tuple[Evidence, ...]:
    """The evidence items linked to a competence, in portfolio order (the other side's view)."""
    return tuple(e for e in record.evidence if competence_id in e.competence_ids)
