"""Length limits of the balance document: short text ≤ 300, long text ≤ 20,000 characters."""

from typing import Final

SHORT_TEXT_MAX: Final = 300
LONG_TEXT_MAX: Final = 20_000
EXPERIENCE_TITLE_MAX: Final = 120

# Free-text fields the document declares as "long text"; every other text is short.
LONG_TEXT_FIELDS: Final = frozenset(
    {
        "starting_situation",
        "initial_goal",
        "constraints",
        "notes",
        "homework",
        "achievements",
        "learned",
        "situation",
        "task",
        "action",
        "result",
        "reflection",
        "advisor_note",
        "description",
        "refined_goal",
        "text",
    }
)


def limit_for(entity_name: str, field_name: str) -> int:
    """Return the maximum length of a text field of an entity (by class and field name)."""
    if entity_name == "Experience" and field_name == "title":
        return EXPERIENCE_TITLE_MAX
    if field_name in LONG_TEXT_FIELDS:
        return LONG_TEXT_MAX
    return SHORT_TEXT_MAX
