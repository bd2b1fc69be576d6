"""Translated texts of validation issues (context ``Issue``).

``advisor_app.domain.messages.MESSAGES`` holds the English texts the command line prints. The
table below repeats every one of them inside ``QT_TRANSLATE_NOOP`` so ``lupdate`` extracts them
for the Polish catalogue; ``tests/unit/test_issue_text.py`` fails when the two drift apart.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from advisor_app.domain.issues import Issue
from advisor_app.domain.messages import MESSAGES

__all__ = ["ISSUE_SOURCE_TEXTS", "issue_text", "message_text"]

# English source text of every message key, as lupdate sees it.
ISSUE_SOURCE_TEXTS: dict[str, object] = {
    "text_too_long": QT_TRANSLATE_NOOP("Issue", "The text is longer than allowed."),
    "title_required": QT_TRANSLATE_NOOP("Issue", "A title is required."),
    "unknown_reference": QT_TRANSLATE_NOOP(
        "Issue", "It refers to an item that does not exist in this balance."
    ),
    "duplicate_id": QT_TRANSLATE_NOOP(
        "Issue", "Two items of the same list have the same identifier."
    ),
    "first_name_required": QT_TRANSLATE_NOOP("Issue", "The first name is required."),
    "last_name_required": QT_TRANSLATE_NOOP("Issue", "The last name is required."),
    "pesel_shape": QT_TRANSLATE_NOOP("Issue", "A PESEL has exactly 11 digits."),
    "pesel_checksum": QT_TRANSLATE_NOOP(
        "Issue", "The PESEL control digit is wrong; check for a typing mistake."
    ),
    "pesel_no_date": QT_TRANSLATE_NOOP("Issue", "The PESEL does not encode a real birth date."),
    "pesel_birth_date_mismatch": QT_TRANSLATE_NOOP(
        "Issue", "The birth date does not agree with the PESEL."
    ),
    "birth_date_in_future": QT_TRANSLATE_NOOP("Issue", "The birth date is in the future."),
    "email_invalid": QT_TRANSLATE_NOOP("Issue", "The e-mail address is not valid."),
    "id_document_number_required": QT_TRANSLATE_NOOP(
        "Issue", "The identity document needs its number."
    ),
    "citizenship_invalid": QT_TRANSLATE_NOOP(
        "Issue", "Citizenship is a two-letter country code, e.g. PL or UA."
    ),
    "contract_incomplete": QT_TRANSLATE_NOOP(
        "Issue", "Not every item of the contract has been discussed."
    ),
    "consent_missing": QT_TRANSLATE_NOOP(
        "Issue", "There is no valid consent or legal basis for processing project data."
    ),
    "goal_missing": QT_TRANSLATE_NOOP("Issue", "The initial goal is required."),
    "goal_type_missing": QT_TRANSLATE_NOOP("Issue", "Choose the type of the goal."),
    "meeting_missing": QT_TRANSLATE_NOOP("Issue", "Record at least one meeting."),
    "planned_meetings_range": QT_TRANSLATE_NOOP(
        "Issue", "The planned number of meetings must be at least 1."
    ),
    "duration_invalid": QT_TRANSLATE_NOOP(
        "Issue", "The duration must be a positive number of minutes."
    ),
    "experience_missing": QT_TRANSLATE_NOOP(
        "Issue", "Record at least one experience on the timeline."
    ),
    "activities_missing": QT_TRANSLATE_NOOP(
        "Issue", "Add at least one activity: what the person actually did."
    ),
    "end_before_start": QT_TRANSLATE_NOOP("Issue", "The end date is earlier than the start date."),
    "recognition_unconfirmed": QT_TRANSLATE_NOOP(
        "Issue",
        "Recognition needs the recognising authority and the date; until then "
        "it is not shown as recognised.",
    ),
    "country_invalid": QT_TRANSLATE_NOOP(
        "Issue", "The country is a two-letter code, e.g. UA or DE."
    ),
    "episode_incomplete": QT_TRANSLATE_NOOP(
        "Issue", "The story needs its Situation, Task, Action and Result, or must be discarded."
    ),
    "competence_missing": QT_TRANSLATE_NOOP("Issue", "Record at least one competence."),
    "statement_required": QT_TRANSLATE_NOOP("Issue", "The competence needs a statement."),
    "competence_without_experience": QT_TRANSLATE_NOOP(
        "Issue", "Link the competence to at least one experience."
    ),
    "level_range": QT_TRANSLATE_NOOP("Issue", "The level must be between 1 and 4."),
    "strength_without_evidence": QT_TRANSLATE_NOOP(
        "Issue", "In the in-depth variant a strength needs evidence or must be marked as declared."
    ),
    "plan_missing": QT_TRANSLATE_NOOP("Issue", "The development plan needs at least one action."),
    "action_description_required": QT_TRANSLATE_NOOP("Issue", "Describe the action."),
    "vouchers_negative": QT_TRANSLATE_NOOP("Issue", "The number of vouchers cannot be negative."),
    "cost_negative": QT_TRANSLATE_NOOP("Issue", "The cost cannot be negative."),
    "feedback_missing": QT_TRANSLATE_NOOP("Issue", "Record the feedback and its form."),
    "feedback_text_missing": QT_TRANSLATE_NOOP("Issue", "Written feedback needs its text."),
}


def message_text(message_key: str) -> str:
    """Return the translated text of a message key (the English text if not translated)."""
    return QCoreApplication.translate("Issue", MESSAGES.get(message_key, message_key))


def issue_text(issue: Issue) -> str:
    """Return the translated human text of a validation issue."""
    return message_text(issue.message_key)
