"""Mapping between the balance document (wire) and the domain: the only place that knows both.

Field names are the same on both sides, so each mapping is a plain copy with the few type
changes the wire needs: tuples ↔ lists, partial dates ↔ text, Decimal ↔ decimal string.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from advisor_app.domain.entities import (
    AbroadInfo,
    AuditEvent,
    Balance,
    BalanceRecord,
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
from advisor_app.domain.partial_date import PartialDate
from advisor_app.sync.schema import (
    SCHEMA_VERSION,
    AbroadWire,
    AuditEventWire,
    BalanceDocument,
    BalanceWire,
    CompetenceWire,
    ConsentWire,
    ContractWire,
    CriteriaWire,
    DevelopmentAreaWire,
    EpisodeWire,
    EvidenceFileWire,
    EvidenceWire,
    ExperienceWire,
    FeedbackWire,
    IdDocumentWire,
    MeetingWire,
    ParticipantWire,
    PlanActionWire,
    PlanWire,
)


def _pd(text: str | None) -> PartialDate | None:
    return PartialDate.parse(text) if text is not None else None


def _pd_text(value: PartialDate | None) -> str | None:
    return str(value) if value is not None else None


# --- document → domain -------------------------------------------------------------------------


def record_from_document(doc: BalanceDocument) -> BalanceRecord:
    """Build the domain aggregate from a validated document."""
    return BalanceRecord(
        balance=_balance(doc.balance),
        participant=participant_from_wire(doc.participant),
        consents=tuple(Consent(**c.model_dump()) for c in doc.consents),
        meetings=tuple(_meeting(m) for m in doc.meetings),
        experiences=tuple(_experience(e) for e in doc.experiences),
        episodes=tuple(_episode(e) for e in doc.episodes),
        competences=tuple(_competence(c) for c in doc.competences),
        evidence=tuple(_evidence(e) for e in doc.evidence),
        development_areas=tuple(DevelopmentArea(**a.model_dump()) for a in doc.development_areas),
        plan=_plan(doc.plan) if doc.plan is not None else None,
        feedback=Feedback(**doc.feedback.model_dump()) if doc.feedback is not None else None,
        audit=tuple(AuditEvent(**a.model_dump()) for a in doc.audit),
    )


def _balance(w: BalanceWire) -> Balance:
    data = w.model_dump(exclude={"contract", "reasons"})
    return Balance(**data, reasons=tuple(w.reasons), contract=Contract(**w.contract.model_dump()))


def participant_from_wire(w: ParticipantWire) -> Participant:
    """Build a domain participant from its wire form."""
    data = w.model_dump(exclude={"id_document", "accessibility_needs"})
    document = IdDocument(**w.id_document.model_dump()) if w.id_document is not None else None
    return Participant(
        **data, id_document=document, accessibility_needs=tuple(w.accessibility_needs)
    )


def _meeting(w: MeetingWire) -> Meeting:
    return Meeting(**w.model_dump(exclude={"stages"}), stages=tuple(w.stages))


def _experience(w: ExperienceWire) -> Experience:
    data = w.model_dump(exclude={"start", "end", "activities", "documents_mentioned", "abroad"})
    return Experience(
        **data,
        start=_pd(w.start),
        end=_pd(w.end),
        activities=tuple(w.activities),
        documents_mentioned=tuple(w.documents_mentioned),
        abroad=AbroadInfo(**w.abroad.model_dump()) if w.abroad is not None else None,
    )


def _episode(w: EpisodeWire) -> Episode:
    data = w.model_dump(exclude={"possible_evidence"})
    return Episode(**data, possible_evidence=tuple(w.possible_evidence))


def _competence(w: CompetenceWire) -> Competence:
    data = w.model_dump(exclude={"experience_ids", "episode_ids"})
    return Competence(
        **data, experience_ids=tuple(w.experience_ids), episode_ids=tuple(w.episode_ids)
    )


def _evidence(w: EvidenceWire) -> Evidence:
    data = w.model_dump(exclude={"files", "competence_ids", "criteria"})
    return Evidence(
        **data,
        files=tuple(EvidenceFile(**f.model_dump()) for f in w.files),
        competence_ids=tuple(w.competence_ids),
        criteria=EvidenceCriteria(**w.criteria.model_dump()),
    )


def _plan(w: PlanWire) -> Plan:
    return Plan(
        refined_goal=w.refined_goal,
        actions=tuple(_action(a) for a in w.actions),
        strength_competence_ids=tuple(w.strength_competence_ids),
        matching_sectors=tuple(w.matching_sectors),
    )


def _action(w: PlanActionWire) -> PlanAction:
    data = w.model_dump(exclude={"due", "area_ids", "estimated_cost_pln"})
    cost = Decimal(w.estimated_cost_pln) if w.estimated_cost_pln is not None else None
    return PlanAction(
        **data,
        due=PartialDate.parse(w.due),
        area_ids=tuple(w.area_ids),
        estimated_cost_pln=cost,
    )


# --- domain → document -------------------------------------------------------------------------


def document_from_record(record: BalanceRecord, *, exported_at: dt.datetime) -> BalanceDocument:
    """Build the document of a balance, exactly as stored (drafts keep flagged values)."""
    return BalanceDocument(
        schema_version=SCHEMA_VERSION,
        exported_at=exported_at,
        balance=_balance_wire(record.balance),
        participant=participant_to_wire(record.participant),
        consents=[ConsentWire.model_validate(c, from_attributes=True) for c in record.consents],
        meetings=[_meeting_wire(m) for m in record.meetings],
        experiences=[_experience_wire(e) for e in record.experiences],
        episodes=[_episode_wire(e) for e in record.episodes],
        competences=[_competence_wire(c) for c in record.competences],
        evidence=[_evidence_wire(e) for e in record.evidence],
        development_areas=[
            DevelopmentAreaWire.model_validate(a, from_attributes=True)
            for a in record.development_areas
        ],
        plan=_plan_wire(record.plan) if record.plan is not None else None,
        feedback=(
            FeedbackWire.model_validate(record.feedback, from_attributes=True)
            if record.feedback is not None
            else None
        ),
        audit=[AuditEventWire.model_validate(a, from_attributes=True) for a in record.audit],
    )


def _balance_wire(b: Balance) -> BalanceWire:
    return BalanceWire(
        id=b.id,
        revision_id=b.revision_id,
        base_revision_id=b.base_revision_id,
        status=b.status,
        variant=b.variant,
        project_code=b.project_code,
        support_id=b.support_id,
        advisor_id=b.advisor_id,
        advisor_name=b.advisor_name,
        created_at=b.created_at,
        finished_at=b.finished_at,
        withdrawn_at=b.withdrawn_at,
        withdrawal_reason=b.withdrawal_reason,
        starting_situation=b.starting_situation,
        reasons=list(b.reasons),
        initial_goal=b.initial_goal,
        goal_type=b.goal_type,
        target_qualification_ref=b.target_qualification_ref,
        planned_meetings=b.planned_meetings,
        constraints=b.constraints,
        contract=ContractWire.model_validate(b.contract, from_attributes=True),
        current_stage=b.current_stage,
    )


def participant_to_wire(p: Participant) -> ParticipantWire:
    """Build the wire form of a participant."""
    return ParticipantWire(
        id=p.id,
        first_name=p.first_name,
        last_name=p.last_name,
        pesel=p.pesel,
        id_document=(
            IdDocumentWire(kind=p.id_document.kind, number=p.id_document.number)
            if p.id_document is not None
            else None
        ),
        birth_date=p.birth_date,
        sex=p.sex,
        gmina=p.gmina,
        powiat=p.powiat,
        locality=p.locality,
        phone=p.phone,
        email=p.email,
        education_level=p.education_level,
        labour_market_status=p.labour_market_status,
        citizenship=p.citizenship,
        residence_basis=p.residence_basis,
        disability=p.disability,
        disability_document=p.disability_document,
        communication_language=p.communication_language,
        accessibility_needs=list(p.accessibility_needs),
        intake_channel=p.intake_channel,
        participation_start=p.participation_start,
    )


def _meeting_wire(m: Meeting) -> MeetingWire:
    return MeetingWire(
        id=m.id,
        date=m.date,
        duration_min=m.duration_min,
        mode=m.mode,
        place=m.place,
        accessible_location=m.accessible_location,
        stages=list(m.stages),
        notes=m.notes,
        homework=m.homework,
        next_date=m.next_date,
    )


def _experience_wire(e: Experience) -> ExperienceWire:
    return ExperienceWire(
        id=e.id,
        area=e.area,
        title=e.title,
        organisation=e.organisation,
        role=e.role,
        start=_pd_text(e.start),
        end=_pd_text(e.end),
        ongoing=e.ongoing,
        approximate=e.approximate,
        intensity=e.intensity,
        activities=list(e.activities),
        achievements=e.achievements,
        learned=e.learned,
        documents_mentioned=list(e.documents_mentioned),
        deepen=e.deepen,
        source=e.source,
        abroad=(
            AbroadWire.model_validate(e.abroad, from_attributes=True)
            if e.abroad is not None
            else None
        ),
    )


def _episode_wire(e: Episode) -> EpisodeWire:
    return EpisodeWire(
        id=e.id,
        experience_id=e.experience_id,
        title=e.title,
        situation=e.situation,
        task=e.task,
        action=e.action,
        result=e.result,
        reflection=e.reflection,
        possible_evidence=list(e.possible_evidence),
        advisor_note=e.advisor_note,
        discarded=e.discarded,
    )


def _competence_wire(c: Competence) -> CompetenceWire:
    return CompetenceWire(
        id=c.id,
        kind=c.kind,
        statement=c.statement,
        catalogue_ref=c.catalogue_ref,
        category=c.category,
        context=c.context,
        level=c.level,  # the wire re-checks the 1–4 range
        status=c.status,
        experience_ids=list(c.experience_ids),
        episode_ids=list(c.episode_ids),
        relevant_to_goal=c.relevant_to_goal,
        strength=c.strength,
    )


def _evidence_wire(e: Evidence) -> EvidenceWire:
    return EvidenceWire(
        id=e.id,
        kind=e.kind,
        title=e.title,
        description=e.description,
        date=e.date,
        valid_until=e.valid_until,
        issuer=e.issuer,
        files=[EvidenceFileWire.model_validate(f, from_attributes=True) for f in e.files],
        sighted_only=e.sighted_only,
        coauthorship=e.coauthorship,
        consent_id=e.consent_id,
        competence_ids=list(e.competence_ids),
        criteria=CriteriaWire.model_validate(e.criteria, from_attributes=True),
        visibility=e.visibility,
    )


def _plan_wire(p: Plan) -> PlanWire:
    return PlanWire(
        refined_goal=p.refined_goal,
        actions=[_action_wire(a) for a in p.actions],
        strength_competence_ids=list(p.strength_competence_ids),
        matching_sectors=list(p.matching_sectors),
    )


def _action_wire(a: PlanAction) -> PlanActionWire:
    return PlanActionWire(
        id=a.id,
        kind=a.kind,
        description=a.description,
        bur_category=a.bur_category,
        qualification_ref=a.qualification_ref,
        area_ids=list(a.area_ids),
        due=str(a.due),
        owner=a.owner,
        estimated_cost_pln=(
            format(a.estimated_cost_pln, "f") if a.estimated_cost_pln is not None else None
        ),
        vouchers=a.vouchers,
        status=a.status,
    )
