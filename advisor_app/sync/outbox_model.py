"""The sync engine's data model: outbox states and kinds, items, run state and reports.

Kept apart from :mod:`advisor_app.sync.engine` so that the GUI and the services can name states,
outcomes and reports without importing the engine's transport and the pydantic protocol models
(they are loaded only when a pass actually runs, which keeps them out of the app's start-up).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Protocol
from uuid import UUID

if TYPE_CHECKING:
    from advisor_app.sync.protocol import (
        CatalogueBundle,
        ChangesPage,
        ParticipantMerged,
        Problem,
        RevisionStored,
    )

__all__ = [
    "ACTIVE_STATES",
    "ATTENTION_AFTER",
    "ATTENTION_ATTEMPTS",
    "BACKOFF_CAP",
    "BARRIER_KINDS",
    "RECHECK_AFTER",
    "RECHECK_PER_PASS",
    "SKEW_WARNING_SECONDS",
    "ItemState",
    "OutboxItem",
    "OutboxKind",
    "Progress",
    "PullStats",
    "RunOutcome",
    "RunReport",
    "SyncState",
    "SyncStore",
    "TokenStore",
    "backoff_delay",
    "state_from_mapping",
    "state_to_mapping",
    "unsynced_states",
    "version_tuple",
]


class ItemState(StrEnum):
    """``outbox.state`` values."""

    QUEUED = "queued"
    UPLOADING = "uploading"
    SYNCED = "synced"
    ACKNOWLEDGED = "acknowledged"
    CONFLICT = "conflict"
    REJECTED = "rejected"
    BLOCKED_AUTH = "blocked_auth"
    #: A conflict the advisor resolved with a new revision on top of the server head; kept for
    #: audit, never uploaded.
    SUPERSEDED = "superseded"


class OutboxKind(StrEnum):
    """``outbox.kind`` values."""

    REVISION = "balance_revision"
    PARTICIPANT = "participant_change"
    ATTACHMENT = "attachment"
    #: ``DELETE /v1/participants/{id}`` after a resignation (GDPR erasure on the server).
    ERASURE = "erasure"
    #: ``POST /v1/participants/{id}/handover``: the case goes to another advisor.
    HANDOVER = "handover"
    #: ``POST /v1/participants/{id}/conflicts/{cid}/resolve``: the advisor's choice.
    RESOLUTION = "conflict_resolution"


#: Kinds that act on the whole participant on the server: they go only after every other
#: pending item of that participant (its uploads must reach the server while it is still ours).
BARRIER_KINDS = frozenset({OutboxKind.ERASURE, OutboxKind.HANDOVER})


#: Acknowledged revisions still held locally are re-checked this often, at most this many per
#: pass: a server restored from an older backup answers 404 and the revision is queued again.
RECHECK_AFTER = dt.timedelta(days=1)
RECHECK_PER_PASS = 20


#: States of items that hold local work the server has not accepted yet (never purged).
ACTIVE_STATES = frozenset(
    {
        ItemState.QUEUED,
        ItemState.UPLOADING,
        ItemState.CONFLICT,
        ItemState.REJECTED,
        ItemState.BLOCKED_AUTH,
    }
)

#: After this long failing (or this many failed passes) the status says "needs attention".
ATTENTION_AFTER = dt.timedelta(hours=24)
ATTENTION_ATTEMPTS = 20

#: Clock difference to the server above which a warning is shown (never blocks).
SKEW_WARNING_SECONDS = 300.0

#: Backoff after failed passes: 30 s doubling up to one hour (SYNC.md §3.9).
BACKOFF_BASE = 30.0
BACKOFF_CAP = 3600.0


def backoff_delay(failures: int, rand: float) -> float:
    """Seconds to wait after ``failures`` consecutive failed passes (1 = the first failure).

    ``min(30 s·2^(failures-1), 1 h)`` with ±20 % jitter; ``rand`` is uniform in [0, 1).
    """
    exponent = max(0, failures - 1)
    base = BACKOFF_CAP if exponent >= 12 else min(BACKOFF_BASE * 2**exponent, BACKOFF_CAP)
    return base * (0.8 + 0.4 * rand)


def version_tuple(version: str) -> tuple[int, ...]:
    """``"1.4.2"`` → ``(1, 4, 2)``; a non-numeric part counts as 0 (``"1.4.0rc1"`` → 1.4.0)."""
    parts: list[int] = []
    for piece in version.split(".")[:4]:
        digits = ""
        for char in piece:
            if not char.isdigit():
                break
            digits += char
        parts.append(int(digits or 0))
    return tuple(parts)


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """An outbox item as the engine sees it.

    Attributes:
        id: Row id (stable handle for updates).
        seq: Queue order.
        kind: What it uploads.
        entity_id: Balance (revision), participant (change) or evidence file (attachment).
        key: The idempotency key (revision_id, change_id, or the attachment's key).
        depends_on: Key of an item that must be synced first.
        payload: What is uploaded (document bytes, change body, or attachment descriptor).
        payload_sha256: Hex SHA-256 of the local payload (of the file bytes for attachments).
        schema_version: Schema version of the payload.
        state: Current :class:`ItemState` value.
        attempts: Upload attempts so far.
        next_attempt_at: Wall time before which the item is not tried (request in progress).
        created_at: When it was queued.
        first_attempt_at: When it was first tried.
        receipt: JSON of the server's answer (synced) or receipt (acknowledged).
        last_problem: JSON problem details of the last failure.
        last_status: HTTP status of the last answer.
    """

    id: int
    seq: int
    kind: str
    entity_id: UUID
    key: UUID
    depends_on: UUID | None
    payload: bytes
    payload_sha256: str
    schema_version: int
    state: str
    attempts: int
    next_attempt_at: float | None
    created_at: dt.datetime
    first_attempt_at: dt.datetime | None = None
    receipt: str | None = None
    last_problem: str | None = None
    last_status: int | None = None

    def problem_type(self) -> Problem | None:
        """The stable problem type of the last failure, if any."""
        # Imported here: the protocol module loads pydantic, which start-up does without.
        from advisor_app.sync.protocol import Problem

        if not self.last_problem:
            return None
        try:
            data = json.loads(self.last_problem)
        except ValueError:
            return None
        return Problem.from_uri(data.get("type")) if isinstance(data, dict) else None


@dataclass(frozen=True, slots=True)
class SyncState:
    """Run-level state of the sync client, kept in the profile database.

    Attributes:
        server_url: The server this profile syncs with (None before the first login).
        advisor_id: The advisor on that server.
        username: Login name (shown, and pre-filled when signing in again).
        device_id: UUIDv4 of this installation, bound to the refresh token.
        cursor: Pull cursor (``next_cursor`` of the last applied page).
        failures: Consecutive failed passes.
        first_failure_at: When the current series of failures began.
        next_run_at: Wall time before which a timer-triggered pass does nothing.
        last_sync_at: When the last pass completed.
        blocked: ``"auth"`` (sign in again) or ``"client_too_old"`` (update the app), or None.
        skew_seconds: Server clock minus local clock at the last ``/v1/meta``.
        last_problem: One line about the last failed pass.
        catalogue_version: Newest reference catalogue version announced by the server.
    """

    server_url: str | None = None
    advisor_id: UUID | None = None
    username: str | None = None
    device_id: UUID | None = None
    cursor: str | None = None
    failures: int = 0
    first_failure_at: dt.datetime | None = None
    next_run_at: float | None = None
    last_sync_at: dt.datetime | None = None
    blocked: str | None = None
    skew_seconds: float | None = None
    last_problem: str | None = None
    catalogue_version: str | None = None

    @property
    def configured(self) -> bool:
        """A server, an advisor and a device id are known (signed in at least once)."""
        return (
            self.server_url is not None
            and self.advisor_id is not None
            and self.device_id is not None
        )


@dataclass(frozen=True, slots=True)
class PullStats:
    """What applying pulled pages changed locally."""

    participants: int = 0
    balances: int = 0
    purged: int = 0
    kept: int = 0

    def __add__(self, other: PullStats) -> PullStats:
        return PullStats(
            self.participants + other.participants,
            self.balances + other.balances,
            self.purged + other.purged,
            self.kept + other.kept,
        )


class SyncStore(Protocol):
    """The local side of the engine; every method is one short transaction."""

    def load_state(self) -> SyncState:
        """Return the run-level state."""
        ...

    def save_state(self, **changes: Any) -> None:
        """Change fields of the run-level state (names of :class:`SyncState`)."""
        ...

    def reset_expired_leases(self, now: float) -> int:
        """Put ``uploading`` items whose lease expired back to ``queued``."""
        ...

    def prepare(self, now: dt.datetime) -> None:
        """Queue participant changes for edits no change covers yet (before a push)."""
        ...

    def items(self, states: Collection[str] | None = None) -> list[OutboxItem]:
        """Return outbox items (all, or those in ``states``) in queue order."""
        ...

    def update_item(self, item_id: int, **values: Any) -> None:
        """Change state columns of an item."""
        ...

    def attachment_content(self, file_id: UUID) -> bytes | None:
        """Return the stored bytes of an evidence file, or None when gone."""
        ...

    def revision_stored(
        self, item: OutboxItem, stored: RevisionStored, now: dt.datetime, status: int
    ) -> None:
        """Mark a revision ``synced`` with its receipt and record the server head."""
        ...

    def participant_merged(
        self, item: OutboxItem, merged: ParticipantMerged, now: dt.datetime, status: int
    ) -> None:
        """Mark a participant change ``synced``; record version, conflicts and kept values."""
        ...

    def revision_conflict(
        self,
        item: OutboxItem,
        problem: str,
        head_revision_id: UUID | None,
        head_server_seq: int | None,
        now: dt.datetime,
    ) -> None:
        """Mark a revision ``conflict`` and remember the server head it conflicts with."""
        ...

    def apply_changes(self, page: ChangesPage, *, redownload: bool, now: dt.datetime) -> PullStats:
        """Apply one pulled page and store its ``next_cursor``, in one transaction."""
        ...

    def command_sent(
        self, item: OutboxItem, status: int, receipt: str | None, now: dt.datetime
    ) -> None:
        """Mark an erasure, handover or conflict resolution ``synced`` and record it locally
        (tombstones and handovers get their ``sent_at``, the conflict is resolved)."""
        ...

    def stale_acknowledged(self, checked_before: dt.datetime, limit: int) -> list[OutboxItem]:
        """Acknowledged revisions whose receipt was last checked before ``checked_before`` and
        whose local copy is still held, oldest check first (at most ``limit``)."""
        ...

    def requeue_lost(self, item: OutboxItem, status: int, problem: str) -> None:
        """Queue a revision the server lost again, with the attachments uploaded for it."""
        ...

    def catalogue_to_fetch(self) -> str | None:
        """The announced catalogue version when it is newer than the one in use, else None."""
        ...

    def install_catalogue(self, bundle: CatalogueBundle) -> None:
        """Store a downloaded catalogue and use it from now on.

        Raises:
            ValueError: The bundle is not a valid catalogue (kept out; the old one stays).
        """
        ...


class TokenStore(Protocol):
    """Where the refresh token lives between runs (the OS keyring, see ``credentials``)."""

    def load(self) -> str | None:
        """Return the refresh token, or None when signed out."""
        ...

    def save(self, token: str) -> None:
        """Replace the refresh token (tokens rotate on every refresh)."""
        ...


#: Told ``(items done, items to do)`` while a pass pushes (from the pass's thread).
Progress = Callable[[int, int], None]


class RunOutcome(StrEnum):
    """How a pass ended."""

    OK = "ok"
    SKIPPED = "skipped"
    #: The profile is locked (its key is not in memory): nothing was done, nothing failed.
    LOCKED = "locked"
    NOT_CONFIGURED = "not_configured"
    OFFLINE = "offline"
    SERVER_ERROR = "server_error"
    BLOCKED_AUTH = "blocked_auth"
    CLIENT_TOO_OLD = "client_too_old"


@dataclass(frozen=True, slots=True)
class RunReport:
    """What one pass did.

    Attributes:
        outcome: How it ended.
        reason: One line for the user when it did not end well.
        pushed: Items that reached ``synced`` in this pass.
        conflicts: Items that became ``conflict``.
        rejected: Items that became ``rejected``.
        acknowledged: Items that became ``acknowledged``.
        requeued: Items put back to ``queued`` by a receipt 404 or a schema window change.
        pulled: What the pull changed locally.
        next_run_at: Wall time of the next timer-triggered pass after a failure.
        skew_seconds: Server minus local clock, when ``/v1/meta`` answered.
        refreshes: Token refreshes done in this pass.
    """

    outcome: RunOutcome
    reason: str | None = None
    pushed: int = 0
    conflicts: int = 0
    rejected: int = 0
    acknowledged: int = 0
    requeued: int = 0
    pulled: PullStats = PullStats()
    next_run_at: float | None = None
    skew_seconds: float | None = None
    refreshes: int = 0

    @property
    def skew_warning(self) -> bool:
        """The local clock differs from the server's by more than five minutes."""
        return self.skew_seconds is not None and abs(self.skew_seconds) > SKEW_WARNING_SECONDS


def state_from_mapping(values: Mapping[str, str]) -> SyncState:
    """Build a :class:`SyncState` from its stored text form (see :func:`state_to_mapping`)."""

    def text(name: str) -> str | None:
        return values.get(name)

    def number(name: str) -> float | None:
        raw = values.get(name)
        return float(raw) if raw is not None else None

    def when(name: str) -> dt.datetime | None:
        raw = values.get(name)
        return dt.datetime.fromisoformat(raw) if raw is not None else None

    def ident(name: str) -> UUID | None:
        raw = values.get(name)
        return UUID(raw) if raw is not None else None

    return SyncState(
        server_url=text("server_url"),
        advisor_id=ident("advisor_id"),
        username=text("username"),
        device_id=ident("device_id"),
        cursor=text("cursor"),
        failures=int(values.get("failures", "0")),
        first_failure_at=when("first_failure_at"),
        next_run_at=number("next_run_at"),
        last_sync_at=when("last_sync_at"),
        blocked=text("blocked"),
        skew_seconds=number("skew_seconds"),
        last_problem=text("last_problem"),
        catalogue_version=text("catalogue_version"),
    )


def state_to_mapping(changes: Mapping[str, Any]) -> dict[str, str | None]:
    """The stored text form of :class:`SyncState` field changes (None deletes)."""
    names = {f.name for f in dataclasses.fields(SyncState)}
    unknown = set(changes) - names
    if unknown:
        raise ValueError(f"unknown sync state fields {sorted(unknown)}")
    stored: dict[str, str | None] = {}
    for name, value in changes.items():
        if value is None:
            stored[name] = None
        elif isinstance(value, dt.datetime):
            stored[name] = value.isoformat()
        else:
            stored[name] = str(value)
    return stored


def unsynced_states() -> Sequence[str]:
    """States of items that have not reached the server (for "everything synced?")."""
    return (ItemState.QUEUED, ItemState.UPLOADING, ItemState.BLOCKED_AUTH)
