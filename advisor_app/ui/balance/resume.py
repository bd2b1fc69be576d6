"""Where to continue a balance that was left unfinished (DOMAIN.md §2.10.1, scenario SC02).

Pure apart from the translated texts: :func:`find_resume_point` reads the record through the
interview flow; :func:`resume_text` says it in the UI language, e.g. "Resume: Episode 2 –
missing: Result" ("Wznów: Epizod 2 – brakuje: Rezultat").
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from uuid import UUID

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.enums import Stage
from advisor_app.domain.flow import InterviewFlow, StageState
from advisor_app.domain.issues import Issue, Severity
from advisor_app.ui.enum_text import enum_text
from advisor_app.ui.issue_text import message_text

__all__ = [
    "ResumePoint",
    "field_name",
    "find_resume_point",
    "item_name",
    "missing_text",
    "resume_text",
]

# Names of the fields an INCOMPLETE issue can point at (Issue.field), as the pages label them.
_FIELD_NAMES: dict[str, object] = {
    "participant.first_name": QT_TRANSLATE_NOOP("FieldName", "First name"),
    "participant.last_name": QT_TRANSLATE_NOOP("FieldName", "Last name"),
    "participant.id_document.number": QT_TRANSLATE_NOOP("FieldName", "Document number"),
    "balance.contract": QT_TRANSLATE_NOOP("FieldName", "Contract"),
    "consents": QT_TRANSLATE_NOOP("FieldName", "Consent"),
    "balance.initial_goal": QT_TRANSLATE_NOOP("FieldName", "Initial goal"),
    "balance.goal_type": QT_TRANSLATE_NOOP("FieldName", "Goal type"),
    "meetings": QT_TRANSLATE_NOOP("FieldName", "Meeting"),
    "experiences": QT_TRANSLATE_NOOP("FieldName", "Experience"),
    "experiences.title": QT_TRANSLATE_NOOP("FieldName", "Title"),
    "episodes.situation": QT_TRANSLATE_NOOP("FieldName", "Situation"),
    "episodes.task": QT_TRANSLATE_NOOP("FieldName", "Task"),
    "episodes.action": QT_TRANSLATE_NOOP("FieldName", "Action"),
    "episodes.result": QT_TRANSLATE_NOOP("FieldName", "Result"),
    "competences": QT_TRANSLATE_NOOP("FieldName", "Competence"),
    "competences.statement": QT_TRANSLATE_NOOP("FieldName", "Statement"),
    "competences.experience_ids": QT_TRANSLATE_NOOP("FieldName", "Linked experience"),
    "competences.strength": QT_TRANSLATE_NOOP("FieldName", "Evidence"),
    "evidence.title": QT_TRANSLATE_NOOP("FieldName", "Title"),
    "plan.actions": QT_TRANSLATE_NOOP("FieldName", "Plan action"),
    "plan.actions.description": QT_TRANSLATE_NOOP("FieldName", "Description"),
}

# How one item of a list is called, numbered by its position in the balance.
_ITEM_NAMES: dict[str, object] = {
    "episodes": QT_TRANSLATE_NOOP("ResumeBanner", "Episode {number}"),
    "experiences": QT_TRANSLATE_NOOP("ResumeBanner", "Experience {number}"),
    "competences": QT_TRANSLATE_NOOP("ResumeBanner", "Competence {number}"),
    "meetings": QT_TRANSLATE_NOOP("ResumeBanner", "Meeting {number}"),
    "evidence": QT_TRANSLATE_NOOP("ResumeBanner", "Evidence {number}"),
}

# At most this many field names are listed; the rest is counted.
_MAX_FIELDS = 4


@dataclass(frozen=True, slots=True)
class ResumePoint:
    """What is left to do where the advisor stopped.

    Attributes:
        stage: The stage to continue on.
        issues: The INCOMPLETE issues named (all of one item, or of the stage itself).
        collection: The list the item belongs to ("episodes"), or None for the stage itself.
        number: The item's 1-based position in that list.
        entity_id: The item's ID.
    """

    stage: Stage
    issues: tuple[Issue, ...]
    collection: str | None = None
    number: int | None = None
    entity_id: UUID | None = None


def _incomplete(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.severity is Severity.INCOMPLETE]


def _point_in_stage(record: BalanceRecord, stage: Stage, issues: list[Issue]) -> ResumePoint:
    """The first item with issues (in the balance's order), else the stage's own issues."""
    for collection in _ITEM_NAMES:
        items = getattr(record, collection, ())
        for position, item in enumerate(items, start=1):
            own = tuple(i for i in issues if i.entity_id == item.id)
            if own:
                return ResumePoint(stage, own, collection, position, item.id)
    return ResumePoint(stage, tuple(i for i in issues if i.entity_id is None) or tuple(issues))


def find_resume_point(
    record: BalanceRecord, flow: InterviewFlow, stages: Collection[Stage]
) -> ResumePoint | None:
    """Decide what the "continue where you stopped" banner names, if anything.

    The stage the advisor was on comes first when it was started and still misses something;
    otherwise a half-finished STAR story (SC02: the participant had to leave mid-episode).

    Args:
        record: The balance as loaded.
        flow: The interview rules.
        stages: Stages that have a page (a point on a page that does not exist is useless).
    """
    current = record.balance.current_stage
    if current in stages and flow.stage_state(record, current) is not StageState.EMPTY:
        issues = _incomplete(flow.stage_issues(record, current))
        if issues:
            return _point_in_stage(record, current, issues)
    if Stage.BEHAVIOURAL in stages:
        issues = _incomplete(flow.stage_issues(record, Stage.BEHAVIOURAL))
        drafts = [i for i in issues if i.entity_id is not None]
        if drafts:
            return _point_in_stage(record, Stage.BEHAVIOURAL, drafts)
    return None


def field_name(issue: Issue) -> str:
    """The translated name of the field an issue is about (its message when unnamed)."""
    source = _FIELD_NAMES.get(issue.field)
    if source is None:
        return message_text(issue.message_key)
    return QCoreApplication.translate("FieldName", str(source))


def item_name(point: ResumePoint) -> str:
    """ "Episode 2", or the stage's name when the point is about the stage itself."""
    if point.collection is None or point.number is None:
        return enum_text(point.stage)
    template = QCoreApplication.translate("ResumeBanner", str(_ITEM_NAMES[point.collection]))
    return template.format(number=point.number)


def missing_text(point: ResumePoint) -> str:
    """ "Episode 2 – missing: Result" in the UI language."""
    names: list[str] = []
    for issue in point.issues:
        name = field_name(issue)
        if name not in names:
            names.append(name)
    shown = ", ".join(names[:_MAX_FIELDS])
    if len(names) > _MAX_FIELDS:
        more = len(names) - _MAX_FIELDS
        # A plural through translate() is not seen as one by pyside6-lupdate: say it plainly.
        shown += QCoreApplication.translate("ResumeBanner", " (+{count})").format(count=more)
    return QCoreApplication.translate("ResumeBanner", "{item} – missing: {fields}").format(
        item=item_name(point), fields=shown
    )


def resume_text(point: ResumePoint) -> str:
    """The banner's sentence: "Resume (Behavioural interview): Episode 2 – missing: Result"."""
    return QCoreApplication.translate("ResumeBanner", "Resume ({stage}): {what}").format(
        stage=enum_text(point.stage), what=missing_text(point)
    )
