"""Conversion between ORM rows and domain values, in one place.

``*_values`` functions turn a domain value into the column values of its row (a plain dict, so
the repositories can both construct new rows and update existing ones field by field, writing
only what changed). ``*_from_row`` functions build the frozen domain values back with keyword
arguments. Foreign keys to the parent and link rows are the repositories' business.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

from advisor_app.domain.entities import (
    AbroadInfo,
    AuditEvent,
    Balance,
    Competence,
    Consent,
    Contract,
    DevelopmentArea,
    Episode,
    Evidence,
    EvidenceCriteria,
    EvidenceFile,
    Experience,
    Feedback,
    IdDocument,
    Meeting,
    Participant,
    Plan,
    PlanAction,
)
from advisor_app.domain.listing import search_key
from advisor_app.storage.models import (
    AuditEventRow,
    BalanceRow,
    CompetenceRow,
    ConsentRow,
    DevelopmentAreaRow,
    EpisodeRow,
    EvidenceFileRow,
    EvidenceRow,
    ExperienceRow,
    FeedbackRow,
    MeetingRow,
    ParticipantRow,
    PlanActionRow,
    PlanRow,
)

__all__ = [
    "Values",
    "audit_event_from_row",
    "audit_event_values",
    "balance_from_row",
    "balance_values",
    "competence_from_row",
    "competence_values",
    "consent_from_row",
    "consent_values",
    "development_area_from_row",
    "development_area_values",
    "episode_from_row",
    "episode_values",
    "evidence_file_from_row",
    "evidence_file_values",
    "evidence_from_row",
    "evidence_values",
    "experience_from_row",
    "experience_values",
    "feedback_from_row",
    "feedback_values",
    "meeting_from_row",
    "meeting_values",
    "participant_from_row",
    "participant_values",
    "plan_action_from_row",
    "plan_action_values",
    "plan_from_row",
    "plan_values",
    "search_text_of",
    "sort_name_of",
]

#: Column values of one row, keyed by mapped attribute name.
Values = Mapping[str, Any]

# Separates last and first name in the sort key; it sorts below every printable character, so
# "Kowal Zenon" comes before "Kowalska Anna". search_key() would fold it to a space, so it is
# inserted after folding.
_SORT_SEPARATOR = "\x1f"


# --- participant ------------------------------------------------------------------------------


def search_text_of(participant: Participant) -> str:
    """Build the folded text the list's search matches tokens against."""
    p = participant
    return search_key(f"{p.last_name} {p.first_name} {p.locality} {p.gmina} {p.pesel or ''}")


def sort_name_of(participant: Participant) -> str:
    """Build the folded ``last<US>first`` key the list is ordered by."""
    return search_key(participant.last_name) + _SORT_SEPARATOR + search_key(participant.first_name)


def participant_values(p: Participant) -> Values:
    """Columns of a participant row, without ``updated_at`` (the repository sets it)."""
    document = p.id_document
    return {
        "id": p.id,
        "first_name": p.first_name,
        "last_name": p.last_name,
        "pesel": p.pesel,
        "id_document_kind": document.kind if document is not None else None,
        "id_document_number": document.number if document is not None else None,
        "birth_date": p.birth_date,
        "sex": p.sex,
        "gmina": p.gmina,
        "powiat": p.powiat,
        "locality": p.locality,
        "phone": p.phone,
        "email": p.email,
        "education_level": p.education_level,
        "labour_market_status": p.labour_market_status,
        "citizenship": p.citizenship,
        "residence_basis": p.residence_basis,
        "disability": p.disability,
        "disability_document": p.disability_document,
        "communication_language": p.communication_language,
        "accessibility_needs": p.accessibility_needs,
        "intake_channel": p.intake_channel,
        "participation_start": p.participation_start,
        "search_text": search_text_of(p),
        "sort_name": sort_name_of(p),
    }


def participant_from_row(row: ParticipantRow) -> Participant:
    """Build the domain participant of a row."""
    document = (
        IdDocument(kind=row.id_document_kind, number=row.id_document_number or "")
        if row.id_document_kind is not None
        else None
    )
    return Participant(
        id=row.id,
        first_name=row.first_name,
        last_name=row.last_name,
        pesel=row.pesel,
        id_document=document,
        birth_date=row.birth_date,
        sex=row.sex,
        gmina=row.gmina,
        powiat=row.powiat,
        locality=row.locality,
        phone=row.phone,
        email=row.email,
        education_level=row.education_level,
        labour_market_status=row.labour_market_status,
        citizenship=row.citizenship,
        residence_basis=row.residence_basis,
        disability=row.disability,
        disability_document=row.disability_document,
        communication_language=row.communication_language,
        accessibility_needs=row.accessibility_needs,
        intake_channel=row.intake_channel,
        participation_start=row.participation_start,
    )


# --- balance ----------------------------------------------------------------------------------


def balance_values(b: Balance, participant_id: UUID) -> Values:
    """Columns of a balance row, without ``updated_at`` (the repository sets it)."""
    c = b.contract
    return {
        "id": b.id,
        "participant_id": participant_id,
        "revision_id": b.revision_id,
        "base_revision_id": b.base_revision_id,
        "status": b.status,
        "variant": b.variant,
        "project_code": b.project_code,
        "support_id": b.support_id,
        "advisor_id": b.advisor_id,
        "advisor_name": b.advisor_name,
        "created_at": b.created_at,
        "finished_at": b.finished_at,
        "withdrawn_at": b.withdrawn_at,
        "withdrawal_reason": b.withdrawal_reason,
        "starting_situation": b.starting_situation,
        "reasons": b.reasons,
        "initial_goal": b.initial_goal,
        "goal_type": b.goal_type,
        "target_qualification_ref": b.target_qualification_ref,
        "planned_meetings": b.planned_meetings,
        "constraints": b.constraints,
        "contract_informed_purpose": c.informed_purpose,
        "contract_informed_course": c.informed_course,
        "contract_informed_effort": c.informed_effort,
        "contract_informed_duration": c.informed_duration,
        "contract_informed_meetings": c.informed_meetings,
        "contract_voluntary": c.voluntary,
        "contract_confidentiality": c.confidentiality,
        "contract_data_processing": c.data_processing,
        "current_stage": b.current_stage,
    }


def balance_from_row(row: BalanceRow) -> Balance:
    """Build the domain balance of a row."""
    return Balance(
        id=row.id,
        revision_id=row.revision_id,
        base_revision_id=row.base_revision_id,
        status=row.status,
        variant=row.variant,
        project_code=row.project_code,
        support_id=row.support_id,
        advisor_id=row.advisor_id,
        advisor_name=row.advisor_name,
        created_at=row.created_at,
        finished_at=row.finished_at,
        withdrawn_at=row.withdrawn_at,
        withdrawal_reason=row.withdrawal_reason,
        starting_situation=row.starting_situation,
        reasons=row.reasons,
        initial_goal=row.initial_goal,
        goal_type=row.goal_type,
        target_qualification_ref=row.target_qualification_ref,
        planned_meetings=row.planned_meetings,
        constraints=row.constraints,
        contract=Contract(
            informed_purpose=row.contract_informed_purpose,
            informed_course=row.contract_informed_course,
            informed_effort=row.contract_informed_effort,
            informed_duration=row.contract_informed_duration,
            informed_meetings=row.contract_informed_meetings,
            voluntary=row.contract_voluntary,
            confidentiality=row.contract_confidentiality,
            data_processing=row.contract_data_processing,
        ),
        current_stage=row.current_stage,
    )


# --- intro ------------------------------------------------------------------------------------


def consent_values(c: Consent, position: int) -> Values:
    """Columns of a consent row."""
    return {
        "id": c.id,
        "position": position,
        "purpose": c.purpose,
        "legal_basis": c.legal_basis,
        "text_version": c.text_version,
        "given_at": c.given_at,
        "witnessed_by": c.witnessed_by,
        "form": c.form,
        "withdrawn_at": c.withdrawn_at,
        "withdrawal_effects_done_at": c.withdrawal_effects_done_at,
    }


def consent_from_row(row: ConsentRow) -> Consent:
    """Build the domain consent of a row."""
    return Consent(
        id=row.id,
        purpose=row.purpose,
        legal_basis=row.legal_basis,
        text_version=row.text_version,
        given_at=row.given_at,
        witnessed_by=row.witnessed_by,
        form=row.form,
        withdrawn_at=row.withdrawn_at,
        withdrawal_effects_done_at=row.withdrawal_effects_done_at,
    )


def meeting_values(m: Meeting, position: int) -> Values:
    """Columns of a meeting row."""
    return {
        "id": m.id,
        "position": position,
        "date": m.date,
        "duration_min": m.duration_min,
        "mode": m.mode,
        "place": m.place,
        "accessible_location": m.accessible_location,
        "stages": m.stages,
        "notes": m.notes,
        "homework": m.homework,
        "next_date": m.next_date,
    }


def meeting_from_row(row: MeetingRow) -> Meeting:
    """Build the domain meeting of a row."""
    return Meeting(
        id=row.id,
        date=row.date,
        duration_min=row.duration_min,
        mode=row.mode,
        place=row.place,
        accessible_location=row.accessible_location,
        stages=row.stages,
        notes=row.notes,
        homework=row.homework,
        next_date=row.next_date,
    )


# --- biography and behavioural interview -------------------------------------------------------


def experience_values(e: Experience, position: int) -> Values:
    """Columns of an experience row (``abroad_*`` all NULL when there is no abroad info)."""
    a = e.abroad
    return {
        "id": e.id,
        "position": position,
        "area": e.area,
        "title": e.title,
        "organisation": e.organisation,
        "role": e.role,
        "start_date": e.start,
        "end_date": e.end,
        "ongoing": e.ongoing,
        "approximate": e.approximate,
        "intensity": e.intensity,
        "activities": e.activities,
        "achievements": e.achievements,
        "learned": e.learned,
        "documents_mentioned": e.documents_mentioned,
        "deepen": e.deepen,
        "source": e.source,
        "abroad_country": a.country if a is not None else None,
        "abroad_original_name": a.original_name if a is not None else None,
        "abroad_translation": a.translation if a is not None else None,
        "abroad_recognition": a.recognition if a is not None else None,
        "abroad_recognition_authority": a.recognition_authority if a is not None else None,
        "abroad_recognition_date": a.recognition_date if a is not None else None,
    }


def experience_from_row(row: ExperienceRow) -> Experience:
    """Build the domain experience of a row."""
    abroad = None
    if row.abroad_country is not None:
        # The other non-null columns are written together with the country.
        assert row.abroad_translation is not None
        assert row.abroad_recognition is not None
        abroad = AbroadInfo(
            country=row.abroad_country,
            original_name=row.abroad_original_name or "",
            translation=row.abroad_translation,
            recognition=row.abroad_recognition,
            recognition_authority=row.abroad_recognition_authority,
            recognition_date=row.abroad_recognition_date,
        )
    return Experience(
        id=row.id,
        area=row.area,
        title=row.title,
        organisation=row.organisation,
        role=row.role,
        start=row.start_date,
        end=row.end_date,
        ongoing=row.ongoing,
        approximate=row.approximate,
        intensity=row.intensity,
        activities=row.activities,
        achievements=row.achievements,
        learned=row.learned,
        documents_mentioned=row.documents_mentioned,
        deepen=row.deepen,
        source=row.source,
        abroad=abroad,
    )


def episode_values(e: Episode, position: int) -> Values:
    """Columns of an episode row."""
    return {
        "id": e.id,
        "position": position,
        "experience_id": e.experience_id,
        "title": e.title,
        "situation": e.situation,
        "task": e.task,
        "action": e.action,
        "result": e.result,
        "reflection": e.reflection,
        "possible_evidence": e.possible_evidence,
        "advisor_note": e.advisor_note,
        "discarded": e.discarded,
    }


def episode_from_row(row: EpisodeRow) -> Episode:
    """Build the domain episode of a row."""
    return Episode(
        id=row.id,
        experience_id=row.experience_id,
        title=row.title,
        situation=row.situation,
        task=row.task,
        action=row.action,
        result=row.result,
        reflection=row.reflection,
        possible_evidence=row.possible_evidence,
        advisor_note=row.advisor_note,
        discarded=row.discarded,
    )


# --- competences ------------------------------------------------------------------------------


def competence_values(c: Competence, position: int) -> Values:
    """Columns of a competence row (its links are separate rows)."""
    return {
        "id": c.id,
        "position": position,
        "kind": c.kind,
        "statement": c.statement,
        "catalogue_ref": c.catalogue_ref,
        "category": c.category,
        "context": c.context,
        "level": c.level,
        "status": c.status,
        "relevant_to_goal": c.relevant_to_goal,
        "strength": c.strength,
    }


def competence_from_row(row: CompetenceRow) -> Competence:
    """Build the domain competence of a row and its loaded links."""
    return Competence(
        id=row.id,
        kind=row.kind,
        statement=row.statement,
        catalogue_ref=row.catalogue_ref,
        category=row.category,
        context=row.context,
        level=row.level,
        status=row.status,
        experience_ids=tuple(link.experience_id for link in row.experience_links),
        episode_ids=tuple(link.episode_id for link in row.episode_links),
        relevant_to_goal=row.relevant_to_goal,
        strength=row.strength,
    )


# --- portfolio --------------------------------------------------------------------------------


def evidence_values(e: Evidence, position: int) -> Values:
    """Columns of an evidence row (files and links are separate rows)."""
    return {
        "id": e.id,
        "position": position,
        "kind": e.kind,
        "title": e.title,
        "description": e.description,
        "date": e.date,
        "valid_until": e.valid_until,
        "issuer": e.issuer,
        "sighted_only": e.sighted_only,
        "coauthorship": e.coauthorship,
        "consent_id": e.consent_id,
        "criteria_relevant": e.criteria.relevant,
        "criteria_authentic": e.criteria.authentic,
        "criteria_sufficient": e.criteria.sufficient,
        "criteria_current": e.criteria.current,
        "visibility": e.visibility,
    }


def evidence_from_row(row: EvidenceRow) -> Evidence:
    """Build the domain evidence item of a row, its loaded files and links."""
    return Evidence(
        id=row.id,
        kind=row.kind,
        title=row.title,
        description=row.description,
        date=row.date,
        valid_until=row.valid_until,
        issuer=row.issuer,
        files=tuple(evidence_file_from_row(f) for f in row.files),
        sighted_only=row.sighted_only,
        coauthorship=row.coauthorship,
        consent_id=row.consent_id,
        competence_ids=tuple(link.competence_id for link in row.competence_links),
        criteria=EvidenceCriteria(
            relevant=row.criteria_relevant,
            authentic=row.criteria_authentic,
            sufficient=row.criteria_sufficient,
            current=row.criteria_current,
        ),
        visibility=row.visibility,
    )


def evidence_file_values(f: EvidenceFile, position: int) -> Values:
    """Columns of an evidence file row."""
    return {
        "id": f.id,
        "position": position,
        "name": f.name,
        "media_type": f.media_type,
        "size": f.size,
        "sha256": f.sha256,
    }


def evidence_file_from_row(row: EvidenceFileRow) -> EvidenceFile:
    """Build the domain file metadata of a row."""
    return EvidenceFile(
        id=row.id, name=row.name, media_type=row.media_type, size=row.size, sha256=row.sha256
    )


# --- plan and feedback ------------------------------------------------------------------------


def development_area_values(a: DevelopmentArea, position: int) -> Values:
    """Columns of a development area row."""
    return {
        "id": a.id,
        "position": position,
        "gap": a.gap,
        "requirement_source": a.requirement_source,
        "requirement_ref": a.requirement_ref,
        "target_competence": a.target_competence,
        "priority": a.priority,
    }


def development_area_from_row(row: DevelopmentAreaRow) -> DevelopmentArea:
    """Build the domain development area of a row."""
    return DevelopmentArea(
        id=row.id,
        gap=row.gap,
        requirement_source=row.requirement_source,
        requirement_ref=row.requirement_ref,
        target_competence=row.target_competence,
        priority=row.priority,
    )


def plan_values(p: Plan) -> Values:
    """Columns of the plan row (actions and strength links are separate rows)."""
    return {"refined_goal": p.refined_goal, "matching_sectors": p.matching_sectors}


def plan_from_row(row: PlanRow) -> Plan:
    """Build the domain plan of a row, its loaded actions and links."""
    return Plan(
        refined_goal=row.refined_goal,
        actions=tuple(plan_action_from_row(a) for a in row.actions),
        strength_competence_ids=tuple(link.competence_id for link in row.strength_links),
        matching_sectors=row.matching_sectors,
    )


def plan_action_values(a: PlanAction, position: int) -> Values:
    """Columns of a plan action row (its area links are separate rows)."""
    return {
        "id": a.id,
        "position": position,
        "kind": a.kind,
        "description": a.description,
        "bur_category": a.bur_category,
        "qualification_ref": a.qualification_ref,
        "due": a.due,
        "owner": a.owner,
        "estimated_cost_pln": a.estimated_cost_pln,
        "vouchers": a.vouchers,
        "status": a.status,
    }


def plan_action_from_row(row: PlanActionRow) -> PlanAction:
    """Build the domain plan action of a row and its loaded links."""
    return PlanAction(
        id=row.id,
        kind=row.kind,
        description=row.description,
        bur_category=row.bur_category,
        qualification_ref=row.qualification_ref,
        area_ids=tuple(link.area_id for link in row.area_links),
        due=row.due,
        owner=row.owner,
        estimated_cost_pln=row.estimated_cost_pln,
        vouchers=row.vouchers,
        status=row.status,
    )


def feedback_values(f: Feedback) -> Values:
    """Columns of the feedback row."""
    return {"form": f.form, "text": f.text, "training_scope": f.training_scope}


def feedback_from_row(row: FeedbackRow) -> Feedback:
    """Build the domain feedback of a row."""
    return Feedback(form=row.form, text=row.text, training_scope=row.training_scope)


def audit_event_values(e: AuditEvent, position: int) -> Values:
    """Columns of an audit event row."""
    return {
        "position": position,
        "at": e.at,
        "actor": e.actor,
        "action": e.action,
        "entity": e.entity,
        "entity_id": e.entity_id,
    }


def audit_event_from_row(row: AuditEventRow) -> AuditEvent:
    """Build the domain audit event of a row."""
    return AuditEvent(
        at=row.at, actor=row.actor, action=row.action, entity=row.entity, entity_id=row.entity_id
    )
