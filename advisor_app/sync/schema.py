"""Wire models of the balance document, schema_version 1 (BALANCE_DOCUMENT.md).

This module is the single definition of the public interchange format: the importer and the
exporter, the sync payload and the server's validation all use it. Structural rules live here
(types, enum codes, text limits, unknown fields); references between items and content rules
(PESEL, date order, completeness) live in :mod:`advisor_app.domain.validation`.

``python -m advisor_app.sync.schema`` rewrites ``docs/balance-document.schema.json``; a test fails
when the committed file drifts from these models.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import sys
from pathlib import Path
from typing import Annotated, Any, Literal, get_args
from uuid import UUID

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    model_validator,
)

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
from advisor_app.domain.text_limits import EXPERIENCE_TITLE_MAX, LONG_TEXT_MAX, SHORT_TEXT_MAX

SCHEMA_VERSION: Literal[1] = 1

ShortText = Annotated[str, StringConstraints(max_length=SHORT_TEXT_MAX)]
LongText = Annotated[str, StringConstraints(max_length=LONG_TEXT_MAX)]
ExperienceTitle = Annotated[str, StringConstraints(min_length=1, max_length=EXPERIENCE_TITLE_MAX)]
RequiredTitle = Annotated[str, StringConstraints(min_length=1, max_length=SHORT_TEXT_MAX)]
CountryCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
LanguageTag = Annotated[
    str, StringConstraints(pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", max_length=35)
]
Pesel = Annotated[str, StringConstraints(pattern=r"^[0-9]{11}$")]
Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
DecimalString = Annotated[str, StringConstraints(pattern=r"^[0-9]{1,9}(\.[0-9]{1,2})?$")]


def _check_partial_date(text: str) -> str:
    PartialDate.parse(text)  # raises ValueError with the reason, which pydantic reports
    return text


PartialDateText = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$"),
    AfterValidator(_check_partial_date),
]


def _utc_z(value: dt.datetime) -> str:
    """Serialise timestamps as UTC with a ``Z`` suffix, as the contract requires."""
    return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ").replace(".000000Z", "Z")


Timestamp = Annotated[
    AwareDatetime,
    AfterValidator(lambda v: v.astimezone(dt.UTC)),
    PlainSerializer(_utc_z, return_type=str, when_used="json"),
]


class WireModel(BaseModel):
    """Base of every wire model: unknown fields are an error, never silently dropped.

    ``null`` for an optional field means "absent" (see :func:`drop_defaulted_nulls`).
    """

    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class ContractWire(WireModel):
    """What the participant was told before the balance started."""

    informed_purpose: bool = False
    informed_course: bool = False
    informed_effort: bool = False
    informed_duration: bool = False
    informed_meetings: bool = False
    voluntary: bool = False
    confidentiality: bool = False
    data_processing: bool = False


class BalanceWire(WireModel):
    """The balance revision itself."""

    id: UUID
    revision_id: UUID
    base_revision_id: UUID | None = None
    status: BalanceStatus
    variant: Variant
    project_code: ShortText
    support_id: ShortText | None = None
    advisor_id: UUID
    advisor_name: ShortText
    created_at: Timestamp
    finished_at: Timestamp | None = None
    withdrawn_at: Timestamp | None = None
    withdrawal_reason: ShortText | None = None
    starting_situation: LongText = ""
    reasons: list[Reason] = Field(default_factory=list)
    initial_goal: LongText = ""
    goal_type: GoalType | None = None
    target_qualification_ref: ShortText | None = None
    planned_meetings: int | None = Field(default=None, ge=0)
    constraints: LongText = ""
    contract: ContractWire = Field(default_factory=ContractWire)
    current_stage: Stage = Stage.INTRO

    @model_validator(mode="after")
    def _status_matches_timestamps(self) -> BalanceWire:
        if self.status is BalanceStatus.FINISHED and self.finished_at is None:
            raise ValueError("a finished balance needs finished_at")
        if self.status is BalanceStatus.DRAFT and self.finished_at is not None:
            raise ValueError("a draft cannot have finished_at")
        if self.status is BalanceStatus.WITHDRAWN and self.withdrawn_at is None:
            raise ValueError("a withdrawn balance needs withdrawn_at")
        return self


class IdDocumentWire(WireModel):
    """Identity document of a participant without a PESEL."""

    kind: IdDocumentKind
    number: ShortText


class ParticipantWire(WireModel):
    """The participant's master data."""

    id: UUID
    first_name: ShortText
    last_name: ShortText
    pesel: Pesel | None = None
    id_document: IdDocumentWire | None = None
    birth_date: dt.date | None = None
    sex: Sex | None = None
    gmina: ShortText = ""
    powiat: ShortText = ""
    locality: ShortText = ""
    phone: ShortText | None = None
    email: ShortText | None = None
    education_level: EducationLevel
    labour_market_status: LabourMarketStatus
    citizenship: CountryCode = "PL"
    residence_basis: ShortText | None = None
    disability: bool | None = None
    disability_document: ShortText | None = None
    communication_language: LanguageTag = "pl"
    accessibility_needs: list[AccessibilityNeed] = Field(default_factory=list)
    intake_channel: ShortText | None = None
    participation_start: dt.date | None = None


class ConsentWire(WireModel):
    """A consent or other legal basis; withdrawal is a timestamp, never a deletion."""

    id: UUID
    purpose: ConsentPurpose
    legal_basis: LegalBasis
    text_version: ShortText
    given_at: Timestamp
    witnessed_by: UUID
    form: ConsentForm
    withdrawn_at: Timestamp | None = None
    withdrawal_effects_done_at: Timestamp | None = None


class MeetingWire(WireModel):
    """One meeting."""

    id: UUID
    date: dt.date
    duration_min: int | None = Field(default=None, ge=0)
    mode: MeetingMode
    place: ShortText = ""
    accessible_location: bool = False
    stages: list[Stage] = Field(default_factory=list)
    notes: LongText = ""
    homework: LongText = ""
    next_date: dt.date | None = None


class AbroadWire(WireModel):
    """Foreign education or experience."""

    country: CountryCode
    original_name: ShortText
    translation: Translation = Translation.NONE
    recognition: Recognition = Recognition.UNKNOWN
    recognition_authority: ShortText | None = None
    recognition_date: dt.date | None = None


class ExperienceWire(WireModel):
    """One timeline item of the biographical interview."""

    id: UUID
    area: LifeArea
    title: ExperienceTitle
    organisation: ShortText = ""
    role: ShortText = ""
    start: PartialDateText | None = None
    end: PartialDateText | None = None
    ongoing: bool = False
    approximate: bool = False
    intensity: Intensity | None = None
    activities: list[ShortText] = Field(default_factory=list)
    achievements: LongText = ""
    learned: LongText = ""
    documents_mentioned: list[ShortText] = Field(default_factory=list)
    deepen: bool = False
    source: ExperienceSource = ExperienceSource.INTERVIEW
    abroad: AbroadWire | None = None


class EpisodeWire(WireModel):
    """One STAR story of the behavioural interview."""

    id: UUID
    experience_id: UUID
    title: ShortText = ""
    situation: LongText = ""
    task: LongText = ""
    action: LongText = ""
    result: LongText = ""
    reflection: LongText = ""
    possible_evidence: list[ShortText] = Field(default_factory=list)
    advisor_note: LongText = ""
    discarded: bool = False


class CompetenceWire(WireModel):
    """A learning outcome (knowledge, skill or social competence)."""

    id: UUID
    kind: CompetenceKind
    statement: ShortText
    catalogue_ref: ShortText | None = None
    category: ShortText | None = None
    context: ShortText | None = None
    level: Literal[1, 2, 3, 4] | None = None
    status: CompetenceStatus = CompetenceStatus.HYPOTHESIS
    experience_ids: list[UUID] = Field(default_factory=list)
    episode_ids: list[UUID] = Field(default_factory=list)
    relevant_to_goal: bool = False
    strength: bool = False


class EvidenceFileWire(WireModel):
    """Metadata of a file attached to evidence; the bytes travel separately."""

    id: UUID
    name: ShortText
    media_type: ShortText
    size: int = Field(ge=0)
    sha256: Sha256


class CriteriaWire(WireModel):
    """The four evidence criteria."""

    relevant: CriterionRating = CriterionRating.NOT_ASSESSED
    authentic: CriterionRating = CriterionRating.NOT_ASSESSED
    sufficient: CriterionRating = CriterionRating.NOT_ASSESSED
    current: CriterionRating = CriterionRating.NOT_ASSESSED


class EvidenceWire(WireModel):
    """An evidence item of the portfolio."""

    id: UUID
    kind: EvidenceKind
    title: RequiredTitle
    description: LongText = ""
    date: dt.date | None = None
    valid_until: dt.date | None = None
    issuer: ShortText | None = None
    files: list[EvidenceFileWire] = Field(default_factory=list)
    sighted_only: bool = False
    coauthorship: ShortText | None = None
    consent_id: UUID | None = None
    competence_ids: list[UUID] = Field(default_factory=list)
    criteria: CriteriaWire = Field(default_factory=CriteriaWire)
    visibility: Visibility = Visibility.PRINT


class DevelopmentAreaWire(WireModel):
    """A development area (gap)."""

    id: UUID
    gap: ShortText
    requirement_source: RequirementSource | None = None
    requirement_ref: ShortText | None = None
    target_competence: ShortText | None = None
    priority: Priority | None = None


class PlanActionWire(WireModel):
    """One action of the individual development plan."""

    id: UUID
    kind: ActionKind
    description: LongText
    bur_category: ShortText | None = None
    qualification_ref: ShortText | None = None
    area_ids: list[UUID] = Field(default_factory=list)
    due: PartialDateText
    owner: ActionOwner
    estimated_cost_pln: DecimalString | None = None
    vouchers: int | None = Field(default=None, ge=0)
    status: ActionStatus = ActionStatus.PLANNED


class PlanWire(WireModel):
    """The individual development plan."""

    refined_goal: LongText = ""
    actions: list[PlanActionWire] = Field(default_factory=list)
    strength_competence_ids: list[UUID] = Field(default_factory=list)
    matching_sectors: list[ShortText] = Field(default_factory=list)


class FeedbackWire(WireModel):
    """The advisor's feedback."""

    form: FeedbackForm
    text: LongText = ""
    training_scope: ShortText | None = None


class AuditEventWire(WireModel):
    """An audit entry: kept on import, never trusted for authorisation."""

    at: Timestamp
    actor: UUID
    action: ShortText
    entity: ShortText
    entity_id: UUID | None = None


class BalanceDocument(WireModel):
    """One competence balance with everything needed to print, sync or move it."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        title="BalanceDocument",
        json_schema_extra={"$id": "https://bilans.wup-krakow.pl/schema/balance-document-1.json"},
    )

    schema_version: Literal[1]
    exported_at: Timestamp
    balance: BalanceWire
    participant: ParticipantWire
    consents: list[ConsentWire] = Field(default_factory=list)
    meetings: list[MeetingWire] = Field(default_factory=list)
    experiences: list[ExperienceWire] = Field(default_factory=list)
    episodes: list[EpisodeWire] = Field(default_factory=list)
    competences: list[CompetenceWire] = Field(default_factory=list)
    evidence: list[EvidenceWire] = Field(default_factory=list)
    development_areas: list[DevelopmentAreaWire] = Field(default_factory=list)
    plan: PlanWire | None = None
    feedback: FeedbackWire | None = None
    audit: list[AuditEventWire] = Field(default_factory=list)


def drop_defaulted_nulls(model: type[WireModel], data: Any) -> Any:
    """Remove ``null`` values of optional fields so they take the documented default.

    BALANCE_DOCUMENT.md lets optional fields be null or absent; for a field whose default is an
    empty text, an empty list or false, null means the same as absent. Done on the parsed JSON
    before validation, because validators that rewrite input would switch pydantic from strict
    JSON checking to Python checking.
    """
    if not isinstance(data, dict):
        return data
    cleaned: dict[str, Any] = {}
    for key, value in data.items():
        field = model.model_fields.get(key)
        if field is None:
            cleaned[key] = value  # unknown: left for validation to report
            continue
        if value is None and not field.is_required() and field.default is not None:
            continue
        nested = _nested_model(model, key)
        if nested is not None and isinstance(value, list):
            value = [drop_defaulted_nulls(nested, item) for item in value]
        elif nested is not None:
            value = drop_defaulted_nulls(nested, value)
        cleaned[key] = value
    return cleaned


# Cached: every item of every list asks again for the same few fields (a large document spent a
# third of its parse time working out the annotations).
@functools.cache
def _nested_model(model: type[WireModel], name: str) -> type[WireModel] | None:
    """The wire model a field of ``model`` holds (directly, in a list or optional), if any."""
    return _wire_model_in(model.model_fields[name].annotation)


def _wire_model_in(annotation: Any) -> type[WireModel] | None:
    """The wire model inside an annotation (``list[X]``, ``X | None``), if any."""
    if isinstance(annotation, type) and issubclass(annotation, WireModel):
        return annotation
    for argument in get_args(annotation):
        found = _wire_model_in(argument)
        if found is not None:
            return found
    return None


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`BalanceDocument`, as committed in ``docs/``."""
    schema = BalanceDocument.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


def render_json_schema() -> str:
    """The JSON Schema as the exact text of ``docs/balance-document.schema.json``."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write the JSON Schema to the given path (default ``docs/balance-document.schema.json``)."""
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0]) if args else Path("docs/balance-document.schema.json")
    target.write_text(render_json_schema(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
