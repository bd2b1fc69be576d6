"""English texts of validation messages, keyed by ``Issue.message_key``.

The command line prints these texts. The GUI translates the same texts through Qt (context
``Issue``), so a key added here must also be added to ``advisor_app/ui/issue_text.py``; a test
keeps the two in step.
"""

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "text_too_long": "The text is longer than allowed.",
    "title_required": "A title is required.",
    "unknown_reference": "It refers to an item that does not exist in this balance.",
    "duplicate_id": "Two items of the same list have the same identifier.",
    "first_name_required": "The first name is required.",
    "last_name_required": "The last name is required.",
    "pesel_shape": "A PESEL has exactly 11 digits.",
    "pesel_checksum": "The PESEL control digit is wrong; check for a typing mistake.",
    "pesel_no_date": "The PESEL does not encode a real birth date.",
    "pesel_birth_date_mismatch": "The birth date does not agree with the PESEL.",
    "birth_date_in_future": "The birth date is in the future.",
    "email_invalid": "The e-mail address is not valid.",
    "id_document_number_required": "The identity document needs its number.",
    "citizenship_invalid": "Citizenship is a two-letter country code, e.g. PL or UA.",
    "contract_incomplete": "Not every item of the contract has been discussed.",
    "consent_missing": "There is no valid consent or legal basis for processing project data.",
    "goal_missing": "The initial goal is required.",
    "goal_type_missing": "Choose the type of the goal.",
    "meeting_missing": "Record at least one meeting.",
    "planned_meetings_range": "The planned number of meetings must be at least 1.",
    "duration_invalid": "The duration must be a positive number of minutes.",
    "experience_missing": "Record at least one experience on the timeline.",
    "activities_missing": "Add at least one activity: what the person actually did.",
    "end_before_start": "The end date is earlier than the start date.",
    "recognition_unconfirmed": (
        "Recognition needs the recognising authority and the date; until then it is not shown "
        "as recognised."
    ),
    "country_invalid": "The country is a two-letter code, e.g. UA or DE.",
    "episode_incomplete": (
        "The story needs its Situation, Task, Action and Result, or must be discarded."
    ),
    "competence_missing": "Record at least one competence.",
    "statement_required": "The competence needs a statement.",
    "competence_without_experience": "Link the competence to at least one experience.",
    "level_range": "The level must be between 1 and 4.",
    "strength_without_evidence": (
        "In the in-depth variant a strength needs evidence or must be marked as declared."
    ),
    "plan_missing": "The development plan needs at least one action.",
    "action_description_required": "Describe the action.",
    "vouchers_negative": "The number of vouchers cannot be negative.",
    "cost_negative": "The cost cannot be negative.",
    "feedback_missing": "Record the feedback and its form.",
    "feedback_text_missing": "Written feedback needs its text.",
}


def message_for(key: str) -> str:
    """Return the English message for a key (the key itself when unknown, never raising)."""
    return MESSAGES.get(key, key)
