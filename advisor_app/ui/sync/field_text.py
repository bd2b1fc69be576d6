"""Readable names of balance-document sections and fields, for the conflict comparison.

A field without an entry here is shown by its code with underscores as spaces, so a field added
to the document later still appears (in English) rather than vanishing.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

__all__ = ["field_text", "section_text"]

_CONTEXT = "DocumentField"

_SECTIONS: dict[str, object] = {
    "balance": QT_TRANSLATE_NOOP("DocumentField", "Balance"),
    "participant": QT_TRANSLATE_NOOP("DocumentField", "Participant"),
    "consents": QT_TRANSLATE_NOOP("DocumentField", "Consents"),
    "meetings": QT_TRANSLATE_NOOP("DocumentField", "Meetings"),
    "experiences": QT_TRANSLATE_NOOP("DocumentField", "Experiences"),
    "episodes": QT_TRANSLATE_NOOP("DocumentField", "Stories (behavioural interview)"),
    "competences": QT_TRANSLATE_NOOP("DocumentField", "Competences"),
    "evidence": QT_TRANSLATE_NOOP("DocumentField", "Evidence"),
    "development_areas": QT_TRANSLATE_NOOP("DocumentField", "Development areas"),
    "plan": QT_TRANSLATE_NOOP("DocumentField", "Development plan"),
    "feedback": QT_TRANSLATE_NOOP("DocumentField", "Feedback"),
}

_FIELDS: dict[str, object] = {
    # balance
    "variant": QT_TRANSLATE_NOOP("DocumentField", "Variant"),
    "project_code": QT_TRANSLATE_NOOP("DocumentField", "Project"),
    "support_id": QT_TRANSLATE_NOOP("DocumentField", "Support ID"),
    "advisor_id": QT_TRANSLATE_NOOP("DocumentField", "Advisor ID"),
    "advisor_name": QT_TRANSLATE_NOOP("DocumentField", "Advisor"),
    "created_at": QT_TRANSLATE_NOOP("DocumentField", "Created"),
    "withdrawn_at": QT_TRANSLATE_NOOP("DocumentField", "Withdrawn"),
    "withdrawal_reason": QT_TRANSLATE_NOOP("DocumentField", "Reason for withdrawal"),
    "starting_situation": QT_TRANSLATE_NOOP("DocumentField", "Starting situation"),
    "reasons": QT_TRANSLATE_NOOP("DocumentField", "Reasons"),
    "initial_goal": QT_TRANSLATE_NOOP("DocumentField", "Initial goal"),
    "goal_type": QT_TRANSLATE_NOOP("DocumentField", "Type of goal"),
    "target_qualification_ref": QT_TRANSLATE_NOOP("DocumentField", "Target qualification"),
    "planned_meetings": QT_TRANSLATE_NOOP("DocumentField", "Planned meetings"),
    "constraints": QT_TRANSLATE_NOOP("DocumentField", "Constraints"),
    "contract": QT_TRANSLATE_NOOP("DocumentField", "Contract"),
    # participant
    "first_name": QT_TRANSLATE_NOOP("DocumentField", "First name"),
    "last_name": QT_TRANSLATE_NOOP("DocumentField", "Last name"),
    "pesel": QT_TRANSLATE_NOOP("DocumentField", "PESEL"),
    "id_document": QT_TRANSLATE_NOOP("DocumentField", "Identity document"),
    "birth_date": QT_TRANSLATE_NOOP("DocumentField", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("DocumentField", "Sex"),
    "gmina": QT_TRANSLATE_NOOP("DocumentField", "Commune"),
    "powiat": QT_TRANSLATE_NOOP("DocumentField", "County"),
    "locality": QT_TRANSLATE_NOOP("DocumentField", "Locality"),
    "phone": QT_TRANSLATE_NOOP("DocumentField", "Phone"),
    "email": QT_TRANSLATE_NOOP("DocumentField", "E-mail"),
    "education_level": QT_TRANSLATE_NOOP("DocumentField", "Education"),
    "labour_market_status": QT_TRANSLATE_NOOP("DocumentField", "Labour market status"),
    "citizenship": QT_TRANSLATE_NOOP("DocumentField", "Citizenship"),
    "residence_basis": QT_TRANSLATE_NOOP("DocumentField", "Basis of residence"),
    "disability": QT_TRANSLATE_NOOP("DocumentField", "Disability"),
    "disability_document": QT_TRANSLATE_NOOP("DocumentField", "Disability document"),
    "communication_language": QT_TRANSLATE_NOOP("DocumentField", "Communication language"),
    "accessibility_needs": QT_TRANSLATE_NOOP("DocumentField", "Accessibility needs"),
    "intake_channel": QT_TRANSLATE_NOOP("DocumentField", "Intake channel"),
    "participation_start": QT_TRANSLATE_NOOP("DocumentField", "Start of participation"),
    # items
    "title": QT_TRANSLATE_NOOP("DocumentField", "Title"),
    "area": QT_TRANSLATE_NOOP("DocumentField", "Area"),
    "organisation": QT_TRANSLATE_NOOP("DocumentField", "Organisation"),
    "role": QT_TRANSLATE_NOOP("DocumentField", "Role"),
    "start": QT_TRANSLATE_NOOP("DocumentField", "Start"),
    "end": QT_TRANSLATE_NOOP("DocumentField", "End"),
    "ongoing": QT_TRANSLATE_NOOP("DocumentField", "Ongoing"),
    "activities": QT_TRANSLATE_NOOP("DocumentField", "Activities"),
    "achievements": QT_TRANSLATE_NOOP("DocumentField", "Achievements"),
    "learned": QT_TRANSLATE_NOOP("DocumentField", "What was learned"),
    "situation": QT_TRANSLATE_NOOP("DocumentField", "Situation"),
    "task": QT_TRANSLATE_NOOP("DocumentField", "Task"),
    "action": QT_TRANSLATE_NOOP("DocumentField", "Action"),
    "result": QT_TRANSLATE_NOOP("DocumentField", "Result"),
    "reflection": QT_TRANSLATE_NOOP("DocumentField", "Reflection"),
    "statement": QT_TRANSLATE_NOOP("DocumentField", "Statement"),
    "kind": QT_TRANSLATE_NOOP("DocumentField", "Kind"),
    "level": QT_TRANSLATE_NOOP("DocumentField", "Level"),
    "status": QT_TRANSLATE_NOOP("DocumentField", "Status"),
    "context": QT_TRANSLATE_NOOP("DocumentField", "Context"),
    "description": QT_TRANSLATE_NOOP("DocumentField", "Description"),
    "date": QT_TRANSLATE_NOOP("DocumentField", "Date"),
    "notes": QT_TRANSLATE_NOOP("DocumentField", "Notes"),
    "gap": QT_TRANSLATE_NOOP("DocumentField", "Gap"),
    "priority": QT_TRANSLATE_NOOP("DocumentField", "Priority"),
    "refined_goal": QT_TRANSLATE_NOOP("DocumentField", "Refined goal"),
    "actions": QT_TRANSLATE_NOOP("DocumentField", "Actions"),
    "due": QT_TRANSLATE_NOOP("DocumentField", "Due"),
    "owner": QT_TRANSLATE_NOOP("DocumentField", "Responsible"),
    "matching_sectors": QT_TRANSLATE_NOOP("DocumentField", "Matching sectors"),
    "form": QT_TRANSLATE_NOOP("DocumentField", "Form"),
    "text": QT_TRANSLATE_NOOP("DocumentField", "Text"),
}


def section_text(section: str) -> str:
    """The translated name of a top-level part of the document."""
    source = _SECTIONS.get(section)
    return QCoreApplication.translate(_CONTEXT, str(source)) if source else _plain(section)


def field_text(path: str) -> str:
    """The translated name of a (dotted) field path: ``"abroad.country"`` → "… › …"."""
    parts = [p for p in path.split(".") if p]
    return " › ".join(
        QCoreApplication.translate(_CONTEXT, str(_FIELDS[p])) if p in _FIELDS else _plain(p)
        for p in parts
    )


def _plain(code: str) -> str:
    text = code.replace("_", " ").strip()
    return text[:1].upper() + text[1:]
