"""Read model of the main list: one row per balance, or per participant without a balance."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from uuid import UUID

from advisor_app.domain.enums import BalanceStatus, Stage, Variant


@dataclass(frozen=True, slots=True, kw_only=True)
class BalanceListRow:
    """One line of the main list.

    Attributes:
        participant_id: The participant.
        last_name: Participant's last name.
        first_name: Participant's first name.
        locality: Where the participant lives (locality, else gmina).
        updated_at: Last change of the participant or the balance (UTC).
        balance_id: The balance, or None for a participant who has no balance yet.
        project_code: Project of the balance.
        variant: Variant of the balance.
        status: Status of the balance.
        current_stage: Stage the advisor last worked on.
        sync_state: State of the balance's newest revision in the sync outbox (``queued``,
            ``uploading``, ``synced``, ``acknowledged``, ``conflict``, ``rejected``,
            ``blocked_auth``, ``superseded``), or None when none was queued on this laptop.
        on_server: The server's head revision of the balance is known here (it was uploaded
            or pulled).
    """

    participant_id: UUID
    last_name: str
    first_name: str
    locality: str
    updated_at: dt.datetime
    balance_id: UUID | None = None
    project_code: str | None = None
    variant: Variant | None = None
    status: BalanceStatus | None = None
    current_stage: Stage | None = None
    sync_state: str | None = None
    on_server: bool = False

    @property
    def display_name(self) -> str:
        """ "Last First", the order advisors search and sort by."""
        return f"{self.last_name} {self.first_name}".strip()


# Letters NFKD does not decompose into a base letter plus a combining mark.
_FOLD_EXTRA = str.maketrans({"ł": "l", "Ł": "l", "đ": "d", "ø": "o", "ß": "ss"})


def search_key(text: str) -> str:
    """Fold text for searching: lower case, without diacritics ("Żółć" → "zolc").

    Both the stored search column and the typed query go through this, so an advisor finds
    "Wójcik" by typing "wojcik" on a keyboard without Polish layout.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Fold the extra letters after case folding: "Ø"/"Ǿ" become "ø" only there.
    return " ".join(stripped.casefold().translate(_FOLD_EXTRA).split())
