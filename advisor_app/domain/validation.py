"""Validation rules of a balance, returning :class:`Issue` values instead of raising.

Structural rules (text limits, references between items) hold for every stored value.
Content rules (PESEL, date order, completeness) are reported for drafts, so the GUI can mark
them, and block only finishing (BALANCE_DOCUMENT.md, "Completeness rules for finish").
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import Any
from uuid import UUID

from advisor_app.domain import pesel as pesel_rules
from advisor_app.domain.entities import (
    AbroadInfo,
    AuditEvent,
    Balance,
    BalanceRecord,
    Competence,
    Consent,
    DevelopmentArea,
    Episode,
    Evidence,
    Experience,
    Feedback,
    Meeting,
    Participant,
    Plan,
    PlanAction,
)
from advisor_app.domain.enums import (
    CompetenceStatus,
    ConsentPurpose,
    FeedbackForm,
    Recognition,
    Stage,
    Variant,
    Visibility,
)
from advisor_app.domain.issues import Issue, Severity
from advisor_app.domain.text_limits import limit_for

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")

# The stage whose page edits each kind of entity.
_STAGE_OF: dict[type[Any], Stage] = {
    Participant: Stage.INTRO,
    Balance: Stage.INTRO,
    Consent: Stage.INTRO,
    Meeting: Stage.INTRO,
    Experience: Stage.BIOGRAPHY,
    AbroadInfo: Stage.BIOGRAPHY,
    Episode: Stage.BEHAVIOURAL,
    Competence: Stage.COMPETENCES,
    Evidence: Stage.PORTFOLIO,
    DevelopmentArea: Stage.PLAN,
    Plan: Stage.PLAN,
    PlanAction: Stage.PLAN,
    Feedback: Stage.PLAN,
    AuditEvent: Stage.SUMMARY,
}


def _issue(
    stage: Stage,
    field: str,
    key: str,
    severity: Severity,
    entity_id: UUID | None = None,
    code: str | None = None,
) -> Issue:
    return Issue(stage, field, code or key, key, severity, entity_id)


# --- structural -------------------------------------------------------------------------------


def text_limit_issues(value: object, *, path: str, stage: Stage | None = None) -> Iterator[Issue]:
    """Report every text of a (nested) entity that is longer than the document allows.

    Args:
        value: An entity dataclass, possibly holding other entities and tuples of them.
        path: Dotted prefix for the field names, e.g. ``experiences``.
        stage: Stage to report under; derived from the entity type when None.
    """
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return
    owner = type(value).__name__
    stage = _STAGE_OF.get(type(value), stage or Stage.INTRO)
    entity_id = getattr(value, "id", None)
    entity_id = entity_id if isinstance(entity_id, UUID) else None
    for f in dataclasses.fields(value):
        item = getattr(value, f.name)
        items = item if isinstance(item, tuple) else (item,)
        for element in items:
            if isinstance(element, str):
                if len(element) > limit_for(owner, f.name):
                    yield _issue(
                        stage,
                        f"{path}.{f.name}",
                        "text_too_long",
                        Severity.STRUCTURAL,
                        entity_id,
                        code="too_long",
                    )
            elif dataclasses.is_dataclass(element):
                yield from text_limit_issues(element, path=f"{path}.{f.name}", stage=stage)


def duplicate_id_issues(record: BalanceRecord) -> Iterator[Issue]:
    """Report items of one list that share an ID (IDs are the identity of every item)."""
    plan_actions = record.plan.actions if record.plan is not None else ()
    groups: tuple[tuple[Stage, str, Iterable[UUID]], ...] = (
        (Stage.INTRO, "consents", (c.id for c in record.consents)),
        (Stage.INTRO, "meetings", (m.id for m in record.meetings)),
        (Stage.BIOGRAPHY, "experiences", (e.id for e in record.experiences)),
        (Stage.BEHAVIOURAL, "episodes", (e.id for e in record.episodes)),
        (Stage.COMPETENCES, "competences", (c.id for c in record.competences)),
        (Stage.PORTFOLIO, "evidence", (e.id for e in record.evidence)),
        (Stage.PORTFOLIO, "evidence.files", (f.id for e in record.evidence for f in e.files)),
        (Stage.PLAN, "development_areas", (a.id for a in record.development_areas)),
        (Stage.PLAN, "plan.actions", (a.id for a in plan_actions)),
    )
    for stage, field, ids in groups:
        seen: set[UUID] = set()
        for item_id in ids:
            if item_id in seen:
                yield _issue(stage, f"{field}.id", "duplicate_id", Severity.STRUCTURAL, item_id)
            seen.add(item_id)


def reference_issues(record: BalanceRecord) -> Iterator[Issue]:
    """Report references between items of the balance that point at nothing."""
    experiences = {e.id for e in record.experiences}
    episodes = {e.id for e in record.episodes}
    competences = {c.id for c in record.competences}
    consents = {c.id for c in record.consents}
    areas = {a.id for a in record.development_areas}

    def unknown(stage: Stage, field: str, entity_id: UUID | None) -> Issue:
        return _issue(
            stage, field, "unknown_reference", Severity.STRUCTURAL, entity_id, code="unknown_ref"
        )

    for episode in record.episodes:
        if episode.experience_id not in experiences:
            yield unknown(Stage.BEHAVIOURAL, "episodes.experience_id", episode.id)
    for competence in record.competences:
        if not set(competence.experience_ids) <= experiences:
            yield unknown(Stage.COMPETENCES, "competences.experience_ids", competence.id)
        if not set(competence.episode_ids) <= episodes:
            yield unknown(Stage.COMPETENCES, "competences.episode_ids", competence.id)
    for evidence in record.evidence:
        if not set(evidence.competence_ids) <= competences:
            yield unknown(Stage.PORTFOLIO, "evidence.competence_ids", evidence.id)
        if evidence.consent_id is not None and evidence.consent_id not in consents:
            yield unknown(Stage.PORTFOLIO, "evidence.consent_id", evidence.id)
    if record.plan is not None:
        if not set(record.plan.strength_competence_ids) <= competences:
            yield unknown(Stage.PLAN, "plan.strength_competence_ids", None)
        for action in record.plan.actions:
            if not set(action.area_ids) <= areas:
                yield unknown(Stage.PLAN, "plan.actions.area_ids", action.id)


def structural_issues(record: BalanceRecord) -> tuple[Issue, ...]:
    """Everything that makes a balance impossible to store or import."""
    found = list(text_limit_issues(record.participant, path="participant"))
    found += text_limit_issues(record.balance, path="balance")
    for name in (
        "consents",
        "meetings",
        "experiences",
        "episodes",
        "competences",
        "evidence",
        "development_areas",
        "audit",
    ):
        for item in getattr(record, name):
            found += text_limit_issues(item, path=name)
    if record.plan is not None:
        found += text_limit_issues(record.plan, path="plan")
    if record.feedback is not None:
        found += text_limit_issues(record.feedback, path="feedback")
    found += duplicate_id_issues(record)
    found += reference_issues(record)
    return tuple(found)


# --- participant ------------------------------------------------------------------------------


def participant_issues(participant: Participant, *, today: dt.date | None = None) -> list[Issue]:
    """Check a participant's master data: names, PESEL, birth date, e-mail, documents.

    Args:
        participant: The participant to check.
        today: The current date for the "birth date in the future" rule; skipped when None.
    """
    found: list[Issue] = list(text_limit_issues(participant, path="participant"))
    stage = Stage.INTRO

    def add(field: str, key: str, severity: Severity = Severity.INVALID) -> None:
        found.append(_issue(stage, f"participant.{field}", key, severity))

    if not participant.first_name.strip():
        add("first_name", "first_name_required", Severity.INCOMPLETE)
    if not participant.last_name.strip():
        add("last_name", "last_name_required", Severity.INCOMPLETE)
    if participant.pesel:
        found.extend(_pesel_issues(participant))
    if today is not None and participant.birth_date is not None and participant.birth_date > today:
        add("birth_date", "birth_date_in_future")
    if participant.email and not _EMAIL.match(participant.email):
        add("email", "email_invalid")
    if participant.id_document is not None and not participant.id_document.number.strip():
        add("id_document.number", "id_document_number_required", Severity.INCOMPLETE)
    if not _COUNTRY.match(participant.citizenship):
        add("citizenship", "citizenship_invalid")
    return found


def _pesel_issues(participant: Participant) -> Iterator[Issue]:
    number = participant.pesel or ""
    stage, field = Stage.INTRO, "participant.pesel"
    if not pesel_rules.has_valid_shape(number):
        yield _issue(stage, field, "pesel_shape", Severity.INVALID, code="invalid_format")
        return
    if not pesel_rules.has_valid_checksum(number):
        yield _issue(stage, field, "pesel_checksum", Severity.INVALID, code="invalid_checksum")
        return
    encoded = pesel_rules.birth_date(number)
    if encoded is None:
        yield _issue(stage, field, "pesel_no_date", Severity.INVALID, code="invalid_date")
    elif participant.birth_date is not None and participant.birth_date != encoded:
        yield _issue(
            stage,
            "participant.birth_date",
            "pesel_birth_date_mismatch",
            Severity.INVALID,
            code="birth_date_mismatch",
        )


# --- stages -----------------------------------------------------------------------------------


def intro_issues(record: BalanceRecord, *, today: dt.date | None = None) -> list[Issue]:
    """Contract, consent, goal, meetings and the participant's data (stage intro)."""
    balance = record.balance
    found = participant_issues(record.participant, today=today)
    stage = Stage.INTRO
    if not balance.contract.complete:
        found.append(_issue(stage, "balance.contract", "contract_incomplete", Severity.INCOMPLETE))
    if not any(
        c.purpose is ConsentPurpose.PROJECT_PROCESSING and c.active for c in record.consents
    ):
        found.append(_issue(stage, "consents", "consent_missing", Severity.INCOMPLETE))
    if not balance.initial_goal.strip():
        found.append(_issue(stage, "balance.initial_goal", "goal_missing", Severity.INCOMPLETE))
    if balance.goal_type is None:
        found.append(_issue(stage, "balance.goal_type", "goal_type_missing", Severity.INCOMPLETE))
    if balance.planned_meetings is not None and balance.planned_meetings < 1:
        found.append(
            _issue(stage, "balance.planned_meetings", "planned_meetings_range", Severity.INVALID)
        )
    if not record.meetings:
        found.append(_issue(stage, "meetings", "meeting_missing", Severity.INCOMPLETE))
    for meeting in record.meetings:
        if meeting.duration_min is not None and meeting.duration_min <= 0:
            found.append(
                _issue(
                    stage, "meetings.duration_min", "duration_invalid", Severity.INVALID, meeting.id
                )
            )
    return found


def experience_issues(experience: Experience) -> list[Issue]:
    """Check one timeline item: title, dates, activities, foreign recognition."""
    stage = Stage.BIOGRAPHY
    found: list[Issue] = []

    def add(field: str, key: str, severity: Severity, code: str | None = None) -> None:
        found.append(_issue(stage, f"experiences.{field}", key, severity, experience.id, code))

    if not experience.title.strip():
        add("title", "title_required", Severity.INCOMPLETE)
    if (
        experience.start is not None
        and experience.end is not None
        and not experience.ongoing
        and experience.end.is_before(experience.start)
    ):
        add("end", "end_before_start", Severity.INVALID)
    if not any(a.strip() for a in experience.activities):
        add("activities", "activities_missing", Severity.RECOMMENDED)
    abroad = experience.abroad
    if abroad is not None:
        if not _COUNTRY.match(abroad.country):
            add("abroad.country", "country_invalid", Severity.INVALID)
        if abroad.recognition is Recognition.RECOGNISED and (
            not (abroad.recognition_authority or "").strip() or abroad.recognition_date is None
        ):
            add("abroad.recognition", "recognition_unconfirmed", Severity.INVALID)
    return found


def biography_issues(record: BalanceRecord) -> list[Issue]:
    """The timeline: at least one experience, each one valid (stage biography)."""
    if not record.experiences:
        return [_issue(Stage.BIOGRAPHY, "experiences", "experience_missing", Severity.INCOMPLETE)]
    return [issue for e in record.experiences for issue in experience_issues(e)]


def behavioural_issues(record: BalanceRecord) -> list[Issue]:
    """STAR stories: every story not discarded has S, T, A and R (stage behavioural)."""
    found: list[Issue] = []
    for episode in record.episodes:
        if episode.discarded:
            continue
        for part in episode.missing_star_parts:
            found.append(
                _issue(
                    Stage.BEHAVIOURAL,
                    f"episodes.{part}",
                    "episode_incomplete",
                    Severity.INCOMPLETE,
                    episode.id,
                    code="star_part_missing",
                )
            )
    return found


def competence_issues(record: BalanceRecord) -> list[Issue]:
    """Competences: at least one, each worded and linked to an experience (stage competences)."""
    stage = Stage.COMPETENCES
    if not record.competences:
        return [_issue(stage, "competences", "competence_missing", Severity.INCOMPLETE)]
    found: list[Issue] = []
    for c in record.competences:
        if not c.statement.strip():
            found.append(
                _issue(
                    stage, "competences.statement", "statement_required", Severity.INCOMPLETE, c.id
                )
            )
        if not c.experience_ids:
            found.append(
                _issue(
                    stage,
                    "competences.experience_ids",
                    "competence_without_experience",
                    Severity.INCOMPLETE,
                    c.id,
                )
            )
        if c.level is not None and not 1 <= c.level <= 4:
            found.append(_issue(stage, "competences.level", "level_range", Severity.INVALID, c.id))
    return found


def portfolio_issues(record: BalanceRecord) -> list[Issue]:
    """Evidence: titled items; in the in-depth variant every strength is supported."""
    stage = Stage.PORTFOLIO
    found = [
        _issue(stage, "evidence.title", "title_required", Severity.INCOMPLETE, e.id)
        for e in record.evidence
        if not e.title.strip()
    ]
    if record.balance.variant is Variant.IN_DEPTH:
        # Excluded evidence is out of the portfolio, so it cannot support a strength.
        supported = {
            cid
            for e in record.evidence
            if e.visibility is not Visibility.EXCLUDED
            for cid in e.competence_ids
        }
        for c in record.competences:
            if c.strength and c.id not in supported and c.status is not CompetenceStatus.DECLARED:
                found.append(
                    _issue(
                        stage,
                        "competences.strength",
                        "strength_without_evidence",
                        Severity.INCOMPLETE,
                        c.id,
                    )
                )
    return found


def plan_issues(record: BalanceRecord) -> list[Issue]:
    """Development plan and feedback (stage plan)."""
    stage = Stage.PLAN
    found: list[Issue] = []
    plan = record.plan
    if plan is None or not plan.actions:
        found.append(_issue(stage, "plan.actions", "plan_missing", Severity.INCOMPLETE))
    for action in plan.actions if plan is not None else ():
        if not action.description.strip():
            found.append(
                _issue(
                    stage,
                    "plan.actions.description",
                    "action_description_required",
                    Severity.INCOMPLETE,
                    action.id,
                )
            )
        if action.vouchers is not None and action.vouchers < 0:
            found.append(
                _issue(
                    stage, "plan.actions.vouchers", "vouchers_negative", Severity.INVALID, action.id
                )
            )
        if action.estimated_cost_pln is not None and action.estimated_cost_pln < 0:
            found.append(
                _issue(
                    stage,
                    "plan.actions.estimated_cost_pln",
                    "cost_negative",
                    Severity.INVALID,
                    action.id,
                )
            )
    feedback = record.feedback
    if feedback is None:
        found.append(_issue(stage, "feedback.form", "feedback_missing", Severity.INCOMPLETE))
    elif feedback.form in (FeedbackForm.WRITTEN, FeedbackForm.BOTH) and not feedback.text.strip():
        found.append(_issue(stage, "feedback.text", "feedback_text_missing", Severity.INCOMPLETE))
    return found
