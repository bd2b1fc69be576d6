"""What a use case changed, so views refresh only what they show."""

from __future__ import annotations

from dataclasses import dataclass, field
from uuid import UUID

from advisor_app.domain.issues import Issue


@dataclass(frozen=True, slots=True)
class Changes:
    """IDs of the participants and balances a use case wrote (Anki's ``OpChanges``)."""

    participant_ids: frozenset[UUID] = field(default_factory=frozenset)
    balance_ids: frozenset[UUID] = field(default_factory=frozenset)

    @property
    def empty(self) -> bool:
        """Tell whether nothing was written."""
        return not (self.participant_ids or self.balance_ids)

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.participant_ids | other.participant_ids, self.balance_ids | other.balance_ids
        )


@dataclass(frozen=True, slots=True)
class SaveResult:
    """Outcome of saving a draft: what was written and the content issues it still has.

    Drafts keep whatever the advisor typed; ``issues`` lists what is flagged (a PESEL with a
    wrong control digit, an end date before the start) so the UI can show it next to the field.
    """

    changes: Changes
    issues: tuple[Issue, ...] = ()
