"""Validation findings: what is wrong or missing, where, and how to say it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from advisor_app.domain.enums import Stage


class Severity(StrEnum):
    """How an issue affects saving and finishing.

    ``STRUCTURAL`` values cannot be stored or imported at all (text over the limit, a reference
    to an item that does not exist). ``INVALID`` values are kept in a draft but block finishing
    (a PESEL with a wrong checksum). ``INCOMPLETE`` marks something still missing for finishing.
    ``RECOMMENDED`` marks what the method expects for a stage to look complete but the finish
    rules do not require (an experience without any activity).
    """

    STRUCTURAL = "structural"
    INVALID = "invalid"
    INCOMPLETE = "incomplete"
    RECOMMENDED = "recommended"

    @property
    def blocks_finish(self) -> bool:
        """Tell whether an issue of this severity prevents finishing the balance."""
        return self is not Severity.RECOMMENDED


@dataclass(frozen=True, slots=True)
class Issue:
    """One validation finding.

    Attributes:
        stage: Stage whose page shows the issue.
        field: Dotted path of the field, e.g. ``participant.pesel`` or ``episodes.result``.
        code: Stable machine code of the rule, e.g. ``invalid_checksum``.
        message_key: Key of the human message in :data:`advisor_app.domain.messages.MESSAGES`.
        severity: Effect on saving and finishing.
        entity_id: The list item concerned, when the field belongs to one.
    """

    stage: Stage
    field: str
    code: str
    message_key: str
    severity: Severity
    entity_id: UUID | None = None
