"""Entities of one competence balance, mirroring the balance document (BALANCE_DOCUMENT.md).

Every entity is a frozen, slotted dataclass: values that may cross threads and be compared.
Edits make new values with :func:`dataclasses.replace`. Lists are tuples. Field names and enum
codes are those of the public document, so the wire mapping stays a plain copy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from decimal import Decimal
from uuid import UUID

from advisor_app.domain.enums import (
    AccessibilityNeed,
    ActionKind,
    ActionOwner,
    ActionStatus,
    BalanceStatus,
    CompetenceKind,
    CompetenceStatus,
    ConsentForm,
    ConsentPurpose,
    CriterionRating,
    EducationLevel,
    EvidenceKind,
    ExperienceSource,
    FeedbackForm,
    GoalType,
    IdDocumentKind,
    Intensity,
    LabourMarketStatus,
    LegalBasis,
    LifeArea,
    MeetingMode,
    Priority,
    Reason,
    Recognition,
    RequirementSource,
    Sex,
    Stage,
    Translation,
    Variant,
    Visibility,
)
from advisor_app.domain.partial_date import PartialDate


@dataclass(frozen=True, slots=True, kw_only=True)
class IdDocument:
    """Identity document of a participant without a PESEL."""

    kind: IdDocumentKind
    number: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Participant:
    """The person doing the balance (master data shared by their balances)."""

    id: UUID
    first_name: str
    last_name: str
    education_level: EducationLevel
    labour_market_status: LabourMarketStatus
    pesel: str | None = None
    id_document: IdDocument | None = None
    birth_date: dt.date | None = None
    sex: Sex | None = None
    gmina: str = ""
    powiat: str = ""
    locality: str = ""
    phone: str | None = None
    email: str | None = None
    citizenship: str = "PL"
    residence_basis: str | None = None
    disability: bool | None = None
    disability_document: str | None = None
    communication_language: str = "pl"
    accessibility_needs: tuple[AccessibilityNeed, ...] = ()
    intake_channel: str | None = None
    participation_start: dt.date | None = None

    @property
    def display_name(self) -> str:
        """Name as advisors read it in lists: "Last First"."""
        return f"{self.last_name} {self.first_name}".strip()


@dataclass(frozen=True, slots=True, kw_only=True)
class Contract:
    """What the participant was told before agreeing to the balance (all must be true)."""

    informed_purpose: bool = False
    informed_course: bool = False
    informed_effort: bool = False
    informed_duration: bool = False
    informed_meetings: bool = False
    voluntary: bool = False
    confidentiality: bool = False
    data_processing: bool = False

    @property
    def complete(self) -> bool:
        """Tell whether every item of the contract was covered."""
        return all(getattr(self, f.name) for f in fields(self))


@dataclass(frozen=True, slots=True, kw_only=True)
class Balance:
    """One competence balance revision: its status, goal and contract."""

    id: UUID
    revision_id: UUID
    advisor_id: UUID
    advisor_name: str
    created_at: dt.datetime
    project_code: str
    variant: Variant = Variant.BASIC
    status: BalanceStatus = BalanceStatus.DRAFT
    base_revision_id: UUID | None = None
    support_id: str | None = None
    finished_at: dt.datetime | None = None
    withdrawn_at: dt.datetime | None = None
    withdrawal_reason: str | None = None
    starting_situation: str = ""
    reasons: tuple[Reason, ...] = ()
    initial_goal: str = ""
    goal_type: GoalType | None = None
    target_qualification_ref: str | None = None
    planned_meetings: int | None = None
    constraints: str = ""
    contract: Contract = field(default_factory=Contract)
    current_stage: Stage = Stage.INTRO


@dataclass(frozen=True, slots=True, kw_only=True)
class Consent:
    """A consent or another recorded legal basis; withdrawal is recorded, never deleted."""

    id: UUID
    purpose: ConsentPurpose
    legal_basis: LegalBasis
    text_version: str
    given_at: dt.datetime
    witnessed_by: UUID
    form: ConsentForm
    withdrawn_at: dt.datetime | None = None
    withdrawal_effects_done_at: dt.datetime | None = None

    @property
    def active(self) -> bool:
        """Tell whether the consent is in force (given and not withdrawn)."""
        return self.withdrawn_at is None


@dataclass(frozen=True, slots=True, kw_only=True)
class Meeting:
    """One meeting of the advisor with the participant."""

    id: UUID
    date: dt.date
    mode: MeetingMode = MeetingMode.IN_PERSON
    duration_min: int | None = None
    place: str = ""
    accessible_location: bool = False
    stages: tuple[Stage, ...] = ()
    notes: str = ""
    homework: str = ""
    next_date: dt.date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class AbroadInfo:
    """Foreign education or experience and the state of its recognition in Poland."""

    country: str
    original_name: str
    translation: Translation = Translation.NONE
    recognition: Recognition = Recognition.UNKNOWN
    recognition_authority: str | None = None
    recognition_date: dt.date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Experience:
    """One item of the biographical timeline."""

    id: UUID
    area: LifeArea
    title: str
    organisation: str = ""
    role: str = ""
    start: PartialDate | None = None
    end: PartialDate | None = None
    ongoing: bool = False
    approximate: bool = False
    intensity: Intensity | None = None
    activities: tuple[str, ...] = ()
    achievements: str = ""
    learned: str = ""
    documents_mentioned: tuple[str, ...] = ()
    deepen: bool = False
    source: ExperienceSource = ExperienceSource.INTERVIEW
    abroad: AbroadInfo | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Episode:
    """One STAR story of the behavioural interview."""

    id: UUID
    experience_id: UUID
    title: str = ""
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    reflection: str = ""
    possible_evidence: tuple[str, ...] = ()
    advisor_note: str = ""
    discarded: bool = False

    @property
    def missing_star_parts(self) -> tuple[str, ...]:
        """Names of the S, T, A, R fields still empty (a draft episode lists some)."""
        parts = ("situation", "task", "action", "result")
        return tuple(name for name in parts if not getattr(self, name).strip())


@dataclass(frozen=True, slots=True, kw_only=True)
class Competence:
    """A learning outcome: knowledge, skill or social competence, with its sources."""

    id: UUID
    kind: CompetenceKind
    statement: str
    catalogue_ref: str | None = None
    category: str | None = None
    context: str | None = None
    level: int | None = None
    status: CompetenceStatus = CompetenceStatus.HYPOTHESIS
    experience_ids: tuple[UUID, ...] = ()
    episode_ids: tuple[UUID, ...] = ()
    relevant_to_goal: bool = False
    strength: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceFile:
    """Metadata of a file attached to an evidence item (content is stored separately)."""

    id: UUID
    name: str
    media_type: str
    size: int
    sha256: str


@dataclass(frozen=True, slots=True, kw_only=True)
class EvidenceCriteria:
    """The four evidence criteria of the IBE validation catalogue."""

    relevant: CriterionRating = CriterionRating.NOT_ASSESSED
    authentic: CriterionRating = CriterionRating.NOT_ASSESSED
    sufficient: CriterionRating = CriterionRating.NOT_ASSESSED
    current: CriterionRating = CriterionRating.NOT_ASSESSED


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    """An evidence item of the portfolio, linked to the competences it supports."""

    id: UUID
    kind: EvidenceKind
    title: str
    description: str = ""
    date: dt.date | None = None
    valid_until: dt.date | None = None
    issuer: str | None = None
    files: tuple[EvidenceFile, ...] = ()
    sighted_only: bool = False
    coauthorship: str | None = None
    consent_id: UUID | None = None
    competence_ids: tuple[UUID, ...] = ()
    criteria: EvidenceCriteria = field(default_factory=EvidenceCriteria)
    visibility: Visibility = Visibility.PRINT


@dataclass(frozen=True, slots=True, kw_only=True)
class DevelopmentArea:
    """A gap between the goal's requirements and the participant's competences."""

    id: UUID
    gap: str
    requirement_source: RequirementSource | None = None
    requirement_ref: str | None = None
    target_competence: str | None = None
    priority: Priority | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PlanAction:
    """One step of the individual development plan (IPR)."""

    id: UUID
    kind: ActionKind
    description: str
    due: PartialDate
    owner: ActionOwner = ActionOwner.PARTICIPANT
    bur_category: str | None = None
    qualification_ref: str | None = None
    area_ids: tuple[UUID, ...] = ()
    estimated_cost_pln: Decimal | None = None
    vouchers: int | None = None
    status: ActionStatus = ActionStatus.PLANNED


@dataclass(frozen=True, slots=True, kw_only=True)
class Plan:
    """The individual development plan (Indywidualny Plan Rozwoju)."""

    refined_goal: str = ""
    actions: tuple[PlanAction, ...] = ()
    strength_competence_ids: tuple[UUID, ...] = ()
    matching_sectors: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Feedback:
    """The advisor's feedback to the participant (oral, written or both)."""

    form: FeedbackForm
    text: str = ""
    training_scope: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditEvent:
    """Who did what to which entity, and when (kept, never trusted for authorisation)."""

    at: dt.datetime
    actor: UUID
    action: str
    entity: str
    entity_id: UUID | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class BalanceRecord:
    """One balance with everything it holds: the aggregate the document describes."""

    balance: Balance
    participant: Participant
    consents: tuple[Consent, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    experiences: tuple[Experience, ...] = ()
    episodes: tuple[Episode, ...] = ()
    competences: tuple[Competence, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    development_areas: tuple[DevelopmentArea, ...] = ()
    plan: Plan | None = None
    feedback: Feedback | None = None
    audit: tuple[AuditEvent, ...] = ()
