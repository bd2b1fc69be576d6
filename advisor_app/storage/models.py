"""SQLAlchemy models of the profile database: one table per entity of the balance document.

Layout rules (so the schema reads the same everywhere):

- A balance row holds its *current* revision; every item of the balance (consents, meetings, ...)
  is a child row with ``ON DELETE CASCADE`` to it and a ``position`` column, so the order of the
  tuples in :class:`~advisor_app.domain.entities.BalanceRecord` round-trips exactly.
- Lists of references (``Competence.experience_ids`` ...) are association tables with their own
  ``position``; lists of plain texts or codes are JSON text columns (:mod:`.types`).
- Nested value objects (contract, criteria, id document, abroad info) are flattened into
  prefixed columns; a nullable one is absent exactly when its first column is NULL.
- References between items of a balance (an episode to its experience, a link to a competence)
  are real foreign keys *and* many-to-one relationships. The relationships are never assigned:
  they exist so the unit of work orders the INSERTs and DELETEs of one flush to satisfy the
  foreign keys, which SQLite checks per statement.

ORM rows never leave :mod:`advisor_app.storage`; :mod:`.mappers` converts them to domain values.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, ClassVar, Final
from uuid import UUID

from sqlalchemy import Date, ForeignKey, Index, LargeBinary, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

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
from advisor_app.storage.types import (
    DecimalText,
    EnumText,
    EnumTuple,
    PartialDateText,
    TextTuple,
    UtcDateTime,
    UuidText,
)

__all__ = [
    "NAMING_CONVENTION",
    "AuditEventRow",
    "BalanceRow",
    "BalanceSyncRow",
    "Base",
    "CompetenceEpisodeRow",
    "CompetenceExperienceRow",
    "CompetenceRow",
    "ConsentRow",
    "DevelopmentAreaRow",
    "EpisodeRow",
    "ErasureTombstoneRow",
    "EvidenceCompetenceRow",
    "EvidenceFileRow",
    "EvidenceRow",
    "ExperienceRow",
    "FeedbackRow",
    "HandoverRow",
    "MeetingRow",
    "ParticipantAuditEventRow",
    "ParticipantConflictRow",
    "ParticipantRow",
    "ParticipantSyncRow",
    "PlanActionAreaRow",
    "PlanActionRow",
    "PlanRow",
    "PlanStrengthRow",
    "ProfileMetaRow",
    "SyncStateRow",
]

#: Deterministic constraint names: Alembic's batch mode on SQLite can only drop or alter
#: constraints it can name.
NAMING_CONVENTION: Final = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Every child collection: deleting the parent row deletes the children (the ORM for loaded rows,
# the database's ON DELETE CASCADE for the rest), and a child dropped from the list is deleted.
_CHILDREN: Final = "all, delete-orphan"


class Base(DeclarativeBase):
    """Declarative base carrying the shared metadata and the default column types."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        UUID: UuidText(),
        dt.datetime: UtcDateTime(),
        dt.date: Date(),
        Decimal: DecimalText(),
        PartialDate: PartialDateText(),
        str: String(),
    }


def _balance_fk() -> Mapped[UUID]:
    return mapped_column(ForeignKey("balance.id", ondelete="CASCADE"), index=True)


# --- participant and balance ------------------------------------------------------------------


class ParticipantRow(Base):
    """A participant's master data, shared by all their balances."""

    __tablename__ = "participant"

    id: Mapped[UUID] = mapped_column(primary_key=True)
    first_name: Mapped[str]
    last_name: Mapped[str]
    pesel: Mapped[str | None]
    id_document_kind: Mapped[IdDocumentKind | None] = mapped_column(EnumText(IdDocumentKind))
    id_document_number: Mapped[str | None]
    birth_date: Mapped[dt.date | None]
    sex: Mapped[Sex | None] = mapped_column(EnumText(Sex))
    gmina: Mapped[str]
    powiat: Mapped[str]
    locality: Mapped[str]
    phone: Mapped[str | None]
    email: Mapped[str | None]
    education_level: Mapped[EducationLevel] = mapped_column(EnumText(EducationLevel))
    labour_market_status: Mapped[LabourMarketStatus] = mapped_column(EnumText(LabourMarketStatus))
    citizenship: Mapped[str]
    residence_basis: Mapped[str | None]
    disability: Mapped[bool | None]
    disability_document: Mapped[str | None]
    communication_language: Mapped[str]
    accessibility_needs: Mapped[tuple[AccessibilityNeed, ...]] = mapped_column(
        EnumTuple(AccessibilityNeed)
    )
    intake_channel: Mapped[str | None]
    participation_start: Mapped[dt.date | None]
    # Maintained by ParticipantRepository from domain.listing.search_key: folded (no case, no
    # diacritics) names, places and PESEL for the list's search, and folded "last\x1ffirst" for
    # its order (NOCASE would fold ASCII only and put "Żak" after "Zyta").
    search_text: Mapped[str]
    sort_name: Mapped[str]
    updated_at: Mapped[dt.datetime]

    # The list query filters by LIKE '%token%' (no index can seek that) and orders by sort_name:
    # with both columns in one index SQLite walks it in order and tests the LIKE on the index
    # entries, reading table rows only for matches.
    __table_args__ = (Index("ix_participant_sort_name_search_text", "sort_name", "search_text"),)


class BalanceRow(Base):
    """One competence balance: the fields of its current revision."""

    __tablename__ = "balance"

    id: Mapped[UUID] = mapped_column(primary_key=True)
    # No cascade: erasing a participant must delete their balances explicitly, never by accident.
    participant_id: Mapped[UUID] = mapped_column(ForeignKey("participant.id"), index=True)
    revision_id: Mapped[UUID] = mapped_column(unique=True)
    base_revision_id: Mapped[UUID | None]
    status: Mapped[BalanceStatus] = mapped_column(EnumText(BalanceStatus))
    variant: Mapped[Variant] = mapped_column(EnumText(Variant))
    project_code: Mapped[str]
    support_id: Mapped[str | None]
    advisor_id: Mapped[UUID]
    advisor_name: Mapped[str]
    created_at: Mapped[dt.datetime]
    finished_at: Mapped[dt.datetime | None]
    withdrawn_at: Mapped[dt.datetime | None]
    withdrawal_reason: Mapped[str | None]
    starting_situation: Mapped[str] = mapped_column(Text)
    reasons: Mapped[tuple[Reason, ...]] = mapped_column(EnumTuple(Reason))
    initial_goal: Mapped[str] = mapped_column(Text)
    goal_type: Mapped[GoalType | None] = mapped_column(EnumText(GoalType))
    target_qualification_ref: Mapped[str | None]
    planned_meetings: Mapped[int | None]
    constraints: Mapped[str] = mapped_column(Text)
    contract_informed_purpose: Mapped[bool]
    contract_informed_course: Mapped[bool]
    contract_informed_effort: Mapped[bool]
    contract_informed_duration: Mapped[bool]
    contract_informed_meetings: Mapped[bool]
    contract_voluntary: Mapped[bool]
    contract_confidentiality: Mapped[bool]
    contract_data_processing: Mapped[bool]
    current_stage: Mapped[Stage] = mapped_column(EnumText(Stage))
    updated_at: Mapped[dt.datetime]

    participant: Mapped[ParticipantRow] = relationship()
    consents: Mapped[list[ConsentRow]] = relationship(
        cascade=_CHILDREN, passive_deletes=True, order_by="ConsentRow.position"
    )
    meetings: Mapped[list[MeetingRow]] = relationship(
        cascade=_CHILDREN, passive_deletes=True, order_by="MeetingRow.position"
    )
    experiences: Mapped[list[ExperienceRow]] = relationship(
        cascade=_CHILDREN, passive_deletes=True, order_by="ExperienceRow.position"
    )
    episodes: Mapped[list[EpisodeRow]] = relationship(
        cascade=_CHILDREN, passive_deletes=True, order_by="EpisodeRow.position"
    )
    competences: Mapped[list[CompetenceRow]] = relationship(
        cascade=_CHILDREN, passive_deletes=True, order_by="CompetenceRow.position"
    )
    evidence: Mapped[list[EvidenceRow]] = relationship(
        cascade=_CHILDREN, passive_deletes=True, order_by="EvidenceRow.position"
    )
    development_areas: Mapped[list[DevelopmentAreaRow]] = relationship(
        cascade=_CHILDREN, passive_deletes=True, order_by="DevelopmentAreaRow.position"
    )
    plan: Mapped[PlanRow | None] = relationship(cascade=_CHILDREN, passive_deletes=True)
    feedback: Mapped[FeedbackRow | None] = relationship(cascade=_CHILDREN, passive_deletes=True)
    audit_events: Mapped[list[AuditEventRow]] = relationship(
        cascade=_CHILDREN, passive_deletes=True, order_by="AuditEventRow.position"
    )


# --- intro ------------------------------------------------------------------------------------


class ConsentRow(Base):
    """A consent or another legal basis of processing."""

    __tablename__ = "consent"

    id: Mapped[UUID] = mapped_column(primary_key=True)
    balance_id: Mapped[UUID] = _balance_fk()
    position: Mapped[int]
    purpose: Mapped[ConsentPurpose] = mapped_column(EnumText(ConsentPurpose))
    legal_basis: Mapped[LegalBasis] = mapped_column(EnumText(LegalBasis))
    text_version: Mapped[str]
    given_at: Mapped[dt.datetime]
    witnessed_by: Mapped[UUID]
    form: Mapped[ConsentForm] = mapped_column(EnumText(ConsentForm))
    withdrawn_at: Mapped[dt.datetime | None]
    withdrawal_effects_done_at: Mapped[dt.datetime | None]


class MeetingRow(Base):
    """A meeting of the advisor with the participant."""

    __tablename__ = "meeting"

    id: Mapped[UUID] = mapped_column(primary_key=True)
    balance_id: Mapped[UUID] = _balance_fk()
    position: Mapped[int]
    date: Mapped[dt.date]
    duration_min: Mapped[int | None]
    mode: Mapped[MeetingMode] = mapped_column(EnumText(MeetingMode))
    place: Mapped[str]
    accessible_location: Mapped[bool]
    stages: Mapped[tuple[Stage, ...]] = mapped_column(EnumTuple(Stage))
    notes: Mapped[str] = mapped_column(Text)
    homework: Mapped[str] = mapped_column(Text)
    next_date: Mapped[dt.date | None]


# --- biography and behavioural interview -------------------------------------------------------


class ExperienceRow(Base):
    """One item of the biographical timeline (``abroad_*`` is NULL when not abroad)."""

    __tablename__ = "experience"

    id: Mapped[UUID] = mapped_column(primary_key=True)
    balance_id: Mapped[UUID] = _balance_fk()
    position: Mapped[int]
    area: Mapped[LifeArea] = mapped_column(EnumText(LifeArea))
    title: Mapped[str]
    organisation: Mapped[str]
    role: Mapped[str]
    # "start"/"end" would need quoting in hand-written SQL ("end" is a keyword).
    start_date: Mapped[PartialDate | None]
    end_date: Mapped[PartialDate | None]
    ongoing: Mapped[bool]
    approximate: Mapped[bool]
    intensity: Mapped[Intensity | None] = mapped_column(EnumText(Intensity))
    activities: Mapped[tuple[str, ...]] = mapped_column(TextTuple())
    achievements: Mapped[str] = mapped_column(Text)
    learned: Mapped[str] = mapped_column(Text)
    documents_mentioned: Mapped[tuple[str, ...]] = mapped_column(TextTuple())
    deepen: Mapped[bool]
    source: Mapped[ExperienceSource] = mapped_column(EnumText(ExperienceSource))
    abroad_country: Mapped[str | None]
    abroad_original_name: Mapped[str | None]
    abroad_translation: Mapped[Translation | None] = mapped_column(EnumText(Translation))
    abroad_recognition: Mapped[Recognition | None] = mapped_column(EnumText(Recognition))
    abroad_recognition_authority: Mapped[str | None]
    abroad_recognition_date: Mapped[dt.date | None]


class EpisodeRow(Base):
    """One STAR story of the behavioural interview."""

    __tablename__ = "episode"

    id: Mapped[UUID] = mapped_column(primary_key=True)
    balance_id: Mapped[UUID] = _balance_fk()
    position: Mapped[int]
    experience_id: Mapped[UUID] = mapped_column(ForeignKey("experience.id"), index=True)
    title: Mapped[str]
    situation: Mapped[str] = mapped_column(Text)
    task: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(Text)
    result: Mapped[str] = mapped_column(Text)
    reflection: Mapped[str] = mapped_column(Text)
    possible_evidence: Mapped[tuple[str, ...]] = mapped_column(TextTuple())
    advisor_note: Mapped[str] = mapped_column(Text)
    discarded: Mapped[bool]

    experience: Mapped[ExperienceRow] = relationship()  # flush order only (module docstring)


# --- competences ------------------------------------------------------------------------------


class CompetenceRow(Base):
    """A learning outcome (knowledge, skill or social competence)."""

    __tablename__ = "competence"

    id: Mapped[UUID] = mapped_column(primary_key=True)
    balance_id: Mapped[UUID] = _balance_fk()
    position: Mapped[int]
    kind: Mapped[CompetenceKind] = mapped_column(EnumText(CompetenceKind))
    statement: Mapped[str]
    catalogue_ref: Mapped[str | None]
    category: Mapped[str | None]
    context: Mapped[str | None]
    level: Mapped[int | None]
    status: Mapped[CompetenceStatus] = mapped_column(EnumText(CompetenceStatus))
    relevant_to_goal: Mapped[bool]
    strength: Mapped[bool]

    experience_links: Mapped[list[CompetenceExperienceRow]] = relationship(
        cascade=_CHILDREN, passive_deletes=True, order_by="CompetenceExperienceRow.position"
    )
    episode_links: Mapped[list[CompetenceEpisodeRow]] = relationship(
        cascade=_CHILDREN, passive_deletes=True, order_by="CompetenceEpisodeRow.position"
    )


class CompetenceExperienceRow(Base):
    """``Competence.experience_ids``: the experiences a competence comes from."""

    __tablename__ = "competence_experience"

    competence_id: Mapped[UUID] = mapped_column(
        ForeignKey("competence.id", ondelete="CASCADE"), primary_key=True
    )
    experience_id: Mapped[UUID] = mapped_column(
        ForeignKey("experience.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int]

    experience: Mapped[ExperienceRow] = relationship()  # flush order only


class CompetenceEpisodeRow(Base):
    """``Competence.episode_ids``: the STAR stories that show a competence."""

    __tablename__ = "competence_episode"

    competence_id: Mapped[UUID] = mapped_column(
        ForeignKey("competence.id", ondelete="CASCADE"), primary_key=True
    )
    episode_id: Mapped[UUID] = mapped_column(
        ForeignKey("episode.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int]

    episode: Mapped[EpisodeRow] = relationship()  # flush order only


# --- portfolio --------------------------------------------------------------------------------


class EvidenceRow(Base):
    """An evidence item of the portfolio."""

    __tablename__ = "evidence"

    id: Mapped[UUID] = mapped_column(primary_key=True)
    balance_id: Mapped[UUID] = _balance_fk()
    position: Mapped[int]
    kind: Mapped[EvidenceKind] = mapped_column(EnumText(EvidenceKind))
    title: Mapped[str]
    description: Mapped[str] = mapped_column(Text)
    date: Mapped[dt.date | None]
    valid_until: Mapped[dt.date | None]
    issuer: Mapped[str | None]
    sighted_only: Mapped[bool]
    coauthorship: Mapped[str | None]
    consent_id: Mapped[UUID | None] = mapped_column(ForeignKey("consent.id"), index=True)
    criteria_relevant: Mapped[CriterionRating] = mapped_column(EnumText(CriterionRating))
    criteria_authentic: Mapped[CriterionRating] = mapped_column(EnumText(CriterionRating))
    criteria_sufficient: Mapped[CriterionRating] = mapped_column(EnumText(CriterionRating))
    criteria_current: Mapped[CriterionRating] = mapped_column(EnumText(CriterionRating))
    visibility: Mapped[Visibility] = mapped_column(EnumText(Visibility))

    consent: Mapped[ConsentRow | None] = relationship()  # flush order only
    files: Mapped[list[EvidenceFileRow]] = relationship(
        cascade=_CHILDREN, passive_deletes=True, order_by="EvidenceFileRow.position"
    )
    competence_links: Mapped[list[EvidenceCompetenceRow]] = relationship(
        cascade=_CHILDREN, passive_deletes=True, order_by="EvidenceCompetenceRow.position"
    )


class EvidenceFileRow(Base):
    """Metadata of a file attached to an evidence item."""

    __tablename__ = "evidence_file"

    id: Mapped[UUID] = mapped_column(primary_key=True)
    evidence_id: Mapped[UUID] = mapped_column(
        ForeignKey("evidence.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    name: Mapped[str]
    media_type: Mapped[str]
    size: Mapped[int]
    sha256: Mapped[str]


class EvidenceCompetenceRow(Base):
    """``Evidence.competence_ids``: the competences an evidence item supports."""

    __tablename__ = "evidence_competence"

    evidence_id: Mapped[UUID] = mapped_column(
        ForeignKey("evidence.id", ondelete="CASCADE"), primary_key=True
    )
    competence_id: Mapped[UUID] = mapped_column(
        ForeignKey("competence.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int]

    competence: Mapped[CompetenceRow] = relationship()  # flush order only


# --- plan and feedback ------------------------------------------------------------------------


class DevelopmentAreaRow(Base):
    """A gap between the goal's requirements and the participant's competences."""

    __tablename__ = "development_area"

    id: Mapped[UUID] = mapped_column(primary_key=True)
    balance_id: Mapped[UUID] = _balance_fk()
    position: Mapped[int]
    gap: Mapped[str]
    requirement_source: Mapped[RequirementSource | None] = mapped_column(
        EnumText(RequirementSource)
    )
    requirement_ref: Mapped[str | None]
    target_competence: Mapped[str | None]
    priority: Mapped[Priority | None] = mapped_column(EnumText(Priority))


class PlanRow(Base):
    """The individual development plan (at most one per balance)."""

    __tablename__ = "plan"

    balance_id: Mapped[UUID] = mapped_column(
        ForeignKey("balance.id", ondelete="CASCADE"), primary_key=True
    )
    refined_goal: Mapped[str] = mapped_column(Text)
    matching_sectors: Mapped[tuple[str, ...]] = mapped_column(TextTuple())

    actions: Mapped[list[PlanActionRow]] = relationship(
        cascade=_CHILDREN, passive_deletes=True, order_by="PlanActionRow.position"
    )
    strength_links: Mapped[list[PlanStrengthRow]] = relationship(
        cascade=_CHILDREN, passive_deletes=True, order_by="PlanStrengthRow.position"
    )


class PlanActionRow(Base):
    """One step of the development plan."""

    __tablename__ = "plan_action"

    id: Mapped[UUID] = mapped_column(primary_key=True)
    # Child of the plan (not directly of the balance): dropping the plan drops its actions.
    balance_id: Mapped[UUID] = mapped_column(
        ForeignKey("plan.balance_id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    kind: Mapped[ActionKind] = mapped_column(EnumText(ActionKind))
    description: Mapped[str] = mapped_column(Text)
    bur_category: Mapped[str | None]
    qualification_ref: Mapped[str | None]
    due: Mapped[PartialDate]
    owner: Mapped[ActionOwner] = mapped_column(EnumText(ActionOwner))
    estimated_cost_pln: Mapped[Decimal | None]
    vouchers: Mapped[int | None]
    status: Mapped[ActionStatus] = mapped_column(EnumText(ActionStatus))

    area_links: Mapped[list[PlanActionAreaRow]] = relationship(
        cascade=_CHILDREN, passive_deletes=True, order_by="PlanActionAreaRow.position"
    )


class PlanActionAreaRow(Base):
    """``PlanAction.area_ids``: the development areas an action addresses."""

    __tablename__ = "plan_action_area"

    action_id: Mapped[UUID] = mapped_column(
        ForeignKey("plan_action.id", ondelete="CASCADE"), primary_key=True
    )
    area_id: Mapped[UUID] = mapped_column(
        ForeignKey("development_area.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int]

    area: Mapped[DevelopmentAreaRow] = relationship()  # flush order only


class PlanStrengthRow(Base):
    """``Plan.strength_competence_ids``: competences the plan builds on."""

    __tablename__ = "plan_strength_competence"

    balance_id: Mapped[UUID] = mapped_column(
        ForeignKey("plan.balance_id", ondelete="CASCADE"), primary_key=True
    )
    competence_id: Mapped[UUID] = mapped_column(
        ForeignKey("competence.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int]

    competence: Mapped[CompetenceRow] = relationship()  # flush order only


class FeedbackRow(Base):
    """The advisor's feedback to the participant (at most one per balance)."""

    __tablename__ = "feedback"

    balance_id: Mapped[UUID] = mapped_column(
        ForeignKey("balance.id", ondelete="CASCADE"), primary_key=True
    )
    form: Mapped[FeedbackForm] = mapped_column(EnumText(FeedbackForm))
    text: Mapped[str] = mapped_column(Text)
    training_scope: Mapped[str | None]


class AuditEventRow(Base):
    """An audit event; events have no id of their own, so (balance, position) identifies one."""

    __tablename__ = "audit_event"

    # The primary key starts with balance_id, so it doubles as the balance_id index.
    balance_id: Mapped[UUID] = mapped_column(
        ForeignKey("balance.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime]
    actor: Mapped[UUID]
    action: Mapped[str]
    entity: Mapped[str]
    entity_id: Mapped[UUID | None]


# --- finished revisions, sync queue, attachment bytes -----------------------------------------


class BalanceRevisionRow(Base):
    """A finished revision, frozen: the balance document exactly as finished, with its hash.

    Never updated (SYNC.md §3.1: append-only finished data); a correction is a new revision whose
    ``base_revision_id`` names this one.
    """

    __tablename__ = "balance_revision"

    revision_id: Mapped[UUID] = mapped_column(primary_key=True)
    balance_id: Mapped[UUID] = _balance_fk()
    base_revision_id: Mapped[UUID | None]
    status: Mapped[str]
    schema_version: Mapped[int]
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str]
    created_at: Mapped[dt.datetime]


class OutboxRow(Base):
    """One item waiting to be uploaded (SYNC.md §3.2); written in the transaction that made it."""

    __tablename__ = "outbox"
    # The list badges ask "the newest item of each of these balances".
    __table_args__ = (Index("ix_outbox_entity_id_seq", "entity_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    seq: Mapped[int] = mapped_column(unique=True)
    kind: Mapped[str]
    entity_id: Mapped[UUID]
    revision_id: Mapped[UUID] = mapped_column(unique=True)
    depends_on: Mapped[UUID | None]
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    payload_sha256: Mapped[str]
    schema_version: Mapped[int]
    state: Mapped[str] = mapped_column(index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[float | None]
    lease_until: Mapped[float | None]
    last_status: Mapped[int | None]
    last_problem: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime]
    synced_at: Mapped[dt.datetime | None]
    receipt: Mapped[str | None] = mapped_column(Text)
    # The lease of the attempt in progress (state "uploading"): a crash leaves it behind and the
    # next start puts the item back to "queued" (SYNC.md §3.2).
    attempt_id: Mapped[UUID | None]
    first_attempt_at: Mapped[dt.datetime | None]
    acknowledged_at: Mapped[dt.datetime | None]
    # When the receipt of an acknowledged revision was last re-read (a server restored from an
    # older backup is found that way); acknowledged_at stays the start of the retention period.
    receipt_checked_at: Mapped[dt.datetime | None]


class AttachmentContentRow(Base):
    """The bytes of an evidence file, kept inside the encrypted database (never a plain file).

    Keyed by ``EvidenceFile.id`` without a foreign key: the bytes are stored when the advisor
    picks the file, before autosave writes the evidence item that lists it; contents whose file
    is no longer listed are purged (consent withdrawn, file removed).
    """

    __tablename__ = "attachment_content"

    file_id: Mapped[UUID] = mapped_column(primary_key=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str]
    size: Mapped[int]
    created_at: Mapped[dt.datetime]


# --- sync client state ------------------------------------------------------------------------


class SyncStateRow(Base):
    """A setting of the sync client (server URL, device id, pull cursor, backoff, ...)."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class ParticipantSyncRow(Base):
    """What the server knows of a participant: its version and the field values at it.

    ``base`` (canonical JSON of the wire participant) is the base of the next participant change:
    the changed fields are those that differ from it (SYNC.md §3.5 B). No foreign key: the row
    goes with the participant when a tombstone purges it, explicitly.
    """

    __tablename__ = "participant_sync"

    participant_id: Mapped[UUID] = mapped_column(primary_key=True)
    server_version: Mapped[int]
    server_seq: Mapped[int]
    base: Mapped[str] = mapped_column(Text)
    conflict: Mapped[str | None]
    updated_at: Mapped[dt.datetime]


class BalanceSyncRow(Base):
    """The server's head revision of a balance, as last seen (upload or pull)."""

    __tablename__ = "balance_sync"

    balance_id: Mapped[UUID] = mapped_column(primary_key=True)
    head_revision_id: Mapped[UUID]
    server_seq: Mapped[int]
    payload_sha256: Mapped[str]
    updated_at: Mapped[dt.datetime]


class ParticipantConflictRow(Base):
    """A hard field conflict the server reported: it kept its value; the advisor chooses."""

    __tablename__ = "participant_conflict"

    id: Mapped[UUID] = mapped_column(primary_key=True)
    participant_id: Mapped[UUID] = mapped_column(index=True)
    change_id: Mapped[UUID]
    field: Mapped[str]
    base_value: Mapped[str | None] = mapped_column(Text)
    server_value: Mapped[str | None] = mapped_column(Text)
    client_value: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime]
    resolved_at: Mapped[dt.datetime | None]


# --- privacy: participant audit, handovers, erasure tombstones (issue 8) -----------------------


class ParticipantAuditEventRow(Base):
    """An audit event of a participant's master data edited outside a balance (the form)."""

    __tablename__ = "participant_audit_event"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    participant_id: Mapped[UUID] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    at: Mapped[dt.datetime]
    actor: Mapped[UUID]
    action: Mapped[str]
    entity: Mapped[str]
    entity_id: Mapped[UUID | None]


class HandoverRow(Base):
    """A case handed over to another advisor (recorded locally; the server transfers it)."""

    __tablename__ = "handover"

    id: Mapped[UUID] = mapped_column(primary_key=True)
    balance_id: Mapped[UUID] = _balance_fk()
    handed_over_on: Mapped[dt.date]
    from_advisor_id: Mapped[UUID]
    to_advisor: Mapped[str]
    note: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime]
    sent_at: Mapped[dt.datetime | None]


class ErasureTombstoneRow(Base):
    """Something erased here that the server must erase too (consent withdrawal, resignation).

    No foreign key: a tombstone outlives what it names until the server has confirmed it.
    """

    __tablename__ = "erasure_tombstone"

    id: Mapped[UUID] = mapped_column(primary_key=True)
    entity: Mapped[str]
    entity_id: Mapped[UUID]
    balance_id: Mapped[UUID | None] = mapped_column(index=True)
    participant_id: Mapped[UUID | None]
    reason: Mapped[str]
    created_at: Mapped[dt.datetime]
    sent_at: Mapped[dt.datetime | None]


# --- profile ----------------------------------------------------------------------------------


class ProfileMetaRow(Base):
    """A setting of the profile (local advisor id and name, server URL, ...)."""

    __tablename__ = "profile_meta"

    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str] = mapped_column(Text)
