"""The sync engine: one bounded pass of push, receipts and pull (SYNC.md §3.2-§3.9).

Qt-free and I/O-injected: the local database is reached through :class:`SyncStore` (implemented
by ``advisor_app.services.sync``), the server through :class:`~advisor_app.sync.client.SyncApi`
over an injected transport, and time through two clocks: ``now()`` (wall, timezone-aware; used
for timestamps, scheduling and the skew warning, never for correctness) and ``monotonic()``
(access-token expiry).

Outbox states (SYNC.md §3.2)::

    queued ──lease──▶ uploading ──2xx──▶ synced ──receipt ok──▶ acknowledged
      ▲                  │  │  └─409 stale-base──▶ conflict ──rebase──▶ superseded
      │ transport/5xx/429│  └──422/403/404/413──▶ rejected   (unsupported-schema: re-queued when
      └──────────────────┘                                    /v1/meta's window includes it)
    any pending item ──refresh refused──▶ blocked_auth ──login──▶ queued

Per-record outcomes (409, 422, 403, 404) park that record and the pass goes on; transport
failures, 5xx, 429, 426 and refused authentication stop the pass and schedule the next one with
capped exponential backoff ``min(30 s·2^n, 1 h) ± 20 %`` (or the server's ``Retry-After``). The
engine never gives up: after 24 h or 20 failed passes :attr:`SyncStatus.needs_attention` says so.

**Acknowledgement rule.** A ``synced`` revision becomes ``acknowledged`` when its receipt has the
same ``payload_sha256`` as uploaded, no missing attachments, and status ``accepted`` or
``stored`` (this server has no supervisor acceptance step, so ``stored`` is final once the hash
and the attachments are confirmed). A receipt with status ``rejected`` makes the item
``rejected``; a 404 receipt re-queues it (the server lost it, e.g. restored from a backup).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol, TypeVar
from uuid import UUID

from pydantic import BaseModel, ValidationError

from advisor_app.sync.client import ApiResult, SyncApi, TransportFailure
from advisor_app.sync.protocol import (
    AttachmentRef,
    ChangesPage,
    Meta,
    ParticipantMerged,
    Problem,
    Receipt,
    RevisionStored,
    RevisionUpload,
    TokenRequest,
    TokenResponse,
    canonical_json,
    payload_sha256,
)

__all__ = [
    "ACTIVE_STATES",
    "ATTENTION_AFTER",
    "ATTENTION_ATTEMPTS",
    "SKEW_WARNING_SECONDS",
    "ItemState",
    "OutboxItem",
    "OutboxKind",
    "PullStats",
    "RunOutcome",
    "RunReport",
    "SyncEngine",
    "SyncState",
    "SyncStore",
    "TokenStore",
    "Tokens",
    "backoff_delay",
    "version_tuple",
]

_log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)


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

_BACKOFF_BASE = 30.0
_BACKOFF_CAP = 3600.0
_IN_PROGRESS_DEFAULT_WAIT = 2.0


def backoff_delay(failures: int, rand: float) -> float:
    """Seconds to wait after ``failures`` consecutive failed passes (1 = the first failure).

    ``min(30 s·2^(failures-1), 1 h)`` with ±20 % jitter; ``rand`` is uniform in [0, 1).
    """
    exponent = max(0, failures - 1)
    base = _BACKOFF_CAP if exponent >= 12 else min(_BACKOFF_BASE * 2**exponent, _BACKOFF_CAP)
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


class TokenStore(Protocol):
    """Where the refresh token lives between runs (the OS keyring, see ``credentials``)."""

    def load(self) -> str | None:
        """Return the refresh token, or None when signed out."""
        ...

    def save(self, token: str) -> None:
        """Replace the refresh token (tokens rotate on every refresh)."""
        ...


class RunOutcome(StrEnum):
    """How a pass ended."""

    OK = "ok"
    SKIPPED = "skipped"
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


class _Stop(Exception):
    """Ends a pass early (transport, server, auth or version trouble)."""

    def __init__(self, outcome: RunOutcome, reason: str, retry_after: float | None = None):
        super().__init__(reason)
        self.outcome = outcome
        self.reason = reason
        self.retry_after = retry_after


class Tokens:
    """Access token in memory, refresh token in a :class:`TokenStore`; single-flight refresh.

    Any number of threads may call :meth:`access` and :meth:`refresh`; while one refreshes, the
    others wait for it and then use its result, so N requests that all got 401 cause exactly one
    refresh (SYNC.md §3.7).

    Args:
        api: The server.
        store: Holds the refresh token.
        device_id: Bound to the refresh token.
        monotonic: Clock for expiry (seconds); never the wall clock.
    """

    def __init__(
        self,
        api: SyncApi,
        store: TokenStore,
        device_id: UUID,
        *,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._api = api
        self._store = store
        self._device_id = device_id
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._access: str | None = None
        self._expires_at = 0.0
        self.refresh_count = 0

    def accept(self, response: TokenResponse, started_at: float) -> None:
        """Take the tokens of a login or refresh answer (the refresh token is stored first)."""
        self._store.save(response.refresh_token)
        margin = min(30.0, response.expires_in * 0.1)
        self._access = response.access_token
        self._expires_at = started_at + response.expires_in - margin

    def forget(self) -> None:
        """Drop the access token (sign-out)."""
        with self._lock:
            self._access = None
            self._expires_at = 0.0

    def access(self) -> str:
        """Return a valid access token, refreshing first when there is none or it expired.

        Raises:
            _Stop: The refresh failed (see :meth:`refresh`).
            TransportFailure: The server did not answer the refresh.
        """
        with self._lock:
            if self._access is not None and self._monotonic() < self._expires_at:
                return self._access
            stale = self._access
        return self.refresh(stale)

    def refresh(self, stale: str | None) -> str:
        """Get a new access token unless another thread already replaced ``stale``.

        Raises:
            _Stop: Refused (``BLOCKED_AUTH``), app too old, or server trouble.
            TransportFailure: The server did not answer.
        """
        with self._lock:
            if (
                self._access is not None
                and self._access != stale
                and self._monotonic() < self._expires_at
            ):
                return self._access
            refresh_token = self._store.load()
            if refresh_token is None:
                raise _Stop(RunOutcome.BLOCKED_AUTH, "not signed in: sign in to the sync server")
            started = self._monotonic()
            self.refresh_count += 1
            result = self._api.token(
                TokenRequest(
                    grant_type="refresh_token",
                    device_id=self._device_id,
                    refresh_token=refresh_token,
                )
            )
            if result.ok and result.model is not None:
                self.accept(result.model, started)
                assert self._access is not None
                return self._access
            raise _stop_for(result, "signing in again failed")


def _stop_for(result: ApiResult[Any], what: str) -> _Stop:
    """The :class:`_Stop` for an answer that ends a pass."""
    status = result.status
    if status in (400, 401, 403) or result.problem_type is Problem.INVALID_GRANT:
        return _Stop(
            RunOutcome.BLOCKED_AUTH, f"{what}: the server refused the sign-in; sign in again"
        )
    if status == 426 or result.problem_type is Problem.CLIENT_TOO_OLD:
        return _Stop(
            RunOutcome.CLIENT_TOO_OLD, "this version of the app is too old: update the app"
        )
    return _Stop(
        RunOutcome.SERVER_ERROR,
        f"{what}: the server answered {status}",
        retry_after=result.retry_after,
    )


def _is_transient(status: int) -> bool:
    return status in (408, 429) or 500 <= status <= 599


class SyncEngine:
    """Runs bounded sync passes for one profile.

    Args:
        store: The local database side.
        api: The server side.
        tokens: Access and refresh tokens.
        now: Wall clock (timezone-aware UTC); injected, never trusted for correctness.
        rand: Uniform [0, 1) source for backoff jitter.
        lease_seconds: How long an ``uploading`` lease lasts (longer than a request timeout).
        page_limit: Changes requested per pull page.
        max_pages: Bound on pulled pages per pass.
        max_items: Bound on items pushed per pass.
        client_version: This app's version, compared with the server's minimum.
        schema_kind: Key of ``accepted_schema_versions`` for balance revisions.
    """

    def __init__(
        self,
        store: SyncStore,
        api: SyncApi,
        tokens: Tokens,
        *,
        now: Callable[[], dt.datetime],
        rand: Callable[[], float] = random.random,
        lease_seconds: float = 120.0,
        page_limit: int = 200,
        max_pages: int = 1000,
        max_items: int = 100_000,
        client_version: str = "0",
        schema_kind: str = "balance",
    ) -> None:
        self._store = store
        self._api = api
        self._tokens = tokens
        self._now = now
        self._rand = rand
        self._lease_seconds = lease_seconds
        self._page_limit = page_limit
        self._max_pages = max_pages
        self._max_items = max_items
        self._client_version = client_version
        self._schema_kind = schema_kind
        self._lock = threading.Lock()
        # Per pass (set by _push): the outbox by key, attachments by revision, the device.
        self._by_key: dict[UUID, OutboxItem] = {}
        self._children: dict[UUID, list[OutboxItem]] = {}
        self._device_id: UUID | None = None

    @property
    def tokens(self) -> Tokens:
        """The engine's token holder."""
        return self._tokens

    # --- the pass ------------------------------------------------------------------------

    def run_once(self, *, force: bool = False) -> RunReport:
        """Run one pass: meta check, push, receipts, pull. Never raises for network trouble.

        Args:
            force: Ignore the backoff schedule (the user pressed "Sync now", or the CLI).
        """
        with self._lock:  # one pass at a time per engine
            return self._run(force)

    def _run(self, force: bool) -> RunReport:
        now = self._now()
        state = self._store.load_state()
        if not state.configured:
            return RunReport(RunOutcome.NOT_CONFIGURED, "not signed in to a sync server")
        if not force and state.next_run_at is not None and now.timestamp() < state.next_run_at:
            return RunReport(RunOutcome.SKIPPED, state.last_problem, next_run_at=state.next_run_at)
        self._store.reset_expired_leases(now.timestamp())
        self._store.prepare(now)
        counters = _Counters()
        refreshes_before = self._tokens.refresh_count
        skew: float | None = None
        try:
            meta, skew = self._check_meta(now)
            counters.requeued += self._reevaluate_schema(meta)
            self._push(counters)
            self._poll_receipts(counters)
            pulled = self._pull(state.cursor)
        except _Stop as stop:
            return self._stopped(stop, state, counters, skew, refreshes_before)
        finished = self._now()
        self._store.save_state(
            failures=0,
            first_failure_at=None,
            next_run_at=None,
            last_sync_at=finished,
            blocked=None,
            last_problem=None,
            skew_seconds=skew,
        )
        return RunReport(
            RunOutcome.OK,
            pushed=counters.pushed,
            conflicts=counters.conflicts,
            rejected=counters.rejected,
            acknowledged=counters.acknowledged,
            requeued=counters.requeued,
            pulled=pulled,
            skew_seconds=skew,
            refreshes=self._tokens.refresh_count - refreshes_before,
        )

    def _stopped(
        self,
        stop: _Stop,
        state: SyncState,
        counters: _Counters,
        skew: float | None,
        refreshes_before: int,
    ) -> RunReport:
        now = self._now()
        failures = state.failures + 1
        if stop.retry_after is not None:
            delay = min(stop.retry_after, _BACKOFF_CAP)
        else:
            delay = backoff_delay(failures, self._rand())
        next_run_at = now.timestamp() + delay
        blocked = {
            RunOutcome.BLOCKED_AUTH: "auth",
            RunOutcome.CLIENT_TOO_OLD: "client_too_old",
        }.get(stop.outcome)
        if stop.outcome is RunOutcome.BLOCKED_AUTH:
            self._tokens.forget()
            for item in self._store.items([ItemState.QUEUED]):
                self._store.update_item(item.id, state=ItemState.BLOCKED_AUTH)
        self._store.save_state(
            failures=failures,
            first_failure_at=state.first_failure_at or now,
            next_run_at=next_run_at,
            blocked=blocked,
            last_problem=stop.reason,
            skew_seconds=skew if skew is not None else state.skew_seconds,
        )
        _log.info("sync pass stopped (%s): %s", stop.outcome, stop.reason)
        return RunReport(
            stop.outcome,
            stop.reason,
            pushed=counters.pushed,
            conflicts=counters.conflicts,
            rejected=counters.rejected,
            acknowledged=counters.acknowledged,
            requeued=counters.requeued,
            next_run_at=next_run_at,
            skew_seconds=skew,
            refreshes=self._tokens.refresh_count - refreshes_before,
        )

    # --- meta ----------------------------------------------------------------------------

    def _check_meta(self, now: dt.datetime) -> tuple[Meta, float | None]:
        try:
            result = self._api.meta()
        except TransportFailure as failure:
            raise _Stop(RunOutcome.OFFLINE, f"the server cannot be reached ({failure})") from None
        if not result.ok or result.model is None:
            raise _stop_for(result, "the server's compatibility check failed")
        meta = result.model
        server_time = result.date or meta.server_time
        skew = (server_time - now).total_seconds()
        self._store.save_state(skew_seconds=skew)
        if abs(skew) > SKEW_WARNING_SECONDS:
            _log.warning("local clock differs from the server's by %.0f s", skew)
        if version_tuple(self._client_version) < version_tuple(meta.min_client_version):
            raise _Stop(
                RunOutcome.CLIENT_TOO_OLD,
                f"the server needs app version {meta.min_client_version} or newer: update the app",
            )
        return meta, skew

    def _reevaluate_schema(self, meta: Meta) -> int:
        """Re-queue items rejected as unsupported-schema that the server's window now accepts."""
        window = meta.accepted_schema_versions.get(self._schema_kind)
        if window is None:
            return 0
        requeued = 0
        for item in self._store.items([ItemState.REJECTED]):
            if item.problem_type() is not Problem.UNSUPPORTED_SCHEMA:
                continue
            if window.min <= item.schema_version <= window.max:
                self._store.update_item(item.id, state=ItemState.QUEUED, next_attempt_at=None)
                requeued += 1
        return requeued

    # --- push ----------------------------------------------------------------------------

    def _push(self, counters: _Counters) -> None:
        everything = self._store.items()
        state = self._store.load_state()
        assert state.device_id is not None
        self._device_id = state.device_id
        self._by_key = {item.key: item for item in everything}
        self._children = {}
        for item in everything:
            if item.kind == OutboxKind.ATTACHMENT and item.depends_on is not None:
                self._children.setdefault(item.depends_on, []).append(item)
        states = {item.key: item.state for item in everything}
        queued = [item for item in everything if item.state == ItemState.QUEUED]
        wall = self._now().timestamp()
        for item in queued[: self._max_items]:
            if item.next_attempt_at is not None and item.next_attempt_at > wall:
                continue  # the server said it is still working on this key
            if item.depends_on is not None and states.get(item.depends_on) not in (
                None,
                ItemState.SYNCED,
                ItemState.ACKNOWLEDGED,
            ):
                continue  # its dependency is not on the server yet
            new_state = self._send(item, counters)
            states[item.key] = new_state

    def _send(self, item: OutboxItem, counters: _Counters) -> str:
        now = self._now()
        self._store.update_item(
            item.id,
            state=ItemState.UPLOADING,
            attempt_id=uuid.uuid4(),
            lease_until=now.timestamp() + self._lease_seconds,
            attempts=item.attempts + 1,
            first_attempt_at=item.first_attempt_at or now,
        )
        try:
            if item.kind == OutboxKind.REVISION:
                return self._send_revision(item, counters)
            if item.kind == OutboxKind.PARTICIPANT:
                return self._send_participant(item, counters)
            if item.kind == OutboxKind.ATTACHMENT:
                return self._send_attachment(item, counters)
            return self._reject(
                item, counters, 0, json.dumps({"detail": f"unknown kind {item.kind}"})
            )
        except TransportFailure as failure:
            self._requeue(item, None, json.dumps({"detail": str(failure)}))
            raise _Stop(
                RunOutcome.OFFLINE, f"the upload did not complete ({failure}); it will be retried"
            ) from None
        except _Stop as stop:
            back = ItemState.BLOCKED_AUTH if stop.outcome is RunOutcome.BLOCKED_AUTH else None
            self._requeue(item, None, json.dumps({"detail": stop.reason}), state=back)
            raise

    def _authorized(self, call: Callable[[str], ApiResult[M]]) -> ApiResult[M]:
        """Call with the access token; on 401 refresh once and replay the same request."""
        token = self._tokens.access()
        result = call(token)
        if result.status != 401:
            return result
        token = self._tokens.refresh(token)
        result = call(token)
        if result.status == 401:
            raise _Stop(RunOutcome.BLOCKED_AUTH, "the server refused the sign-in; sign in again")
        return result

    def _revision_body(self, item: OutboxItem) -> tuple[RevisionUpload, bytes]:
        document = json.loads(item.payload)
        balance = document["balance"]
        base = balance.get("base_revision_id")
        attachments = [
            AttachmentRef.model_validate(json.loads(child.payload))
            for child in self._children.get(item.key, ())
        ]
        upload = RevisionUpload(
            schema_version=item.schema_version,
            balance_id=UUID(balance["id"]),
            revision_id=item.key,
            base_revision_id=UUID(base) if base else None,
            participant_id=UUID(document["participant"]["id"]),
            finished_at=dt.datetime.fromisoformat(balance["finished_at"].replace("Z", "+00:00")),
            device_id=self._device_id,
            payload=document,
            payload_sha256=payload_sha256(document),
            attachments=attachments,
        )
        return upload, canonical_json(upload.model_dump(mode="json"))

    def _send_revision(self, item: OutboxItem, counters: _Counters) -> str:
        try:
            upload, body = self._revision_body(item)
        except (ValueError, KeyError, TypeError, ValidationError) as error:
            return self._reject(item, counters, 0, json.dumps({"detail": f"bad payload: {error}"}))
        result = self._authorized(
            lambda token: self._api.put_revision(
                token,
                upload.balance_id,
                upload.revision_id,
                body,
                base_revision_id=upload.base_revision_id,
            )
        )
        if result.ok and result.model is not None:
            self._store.revision_stored(item, result.model, self._now(), result.status)
            counters.pushed += 1
            return ItemState.SYNCED
        if result.problem_type is Problem.STALE_BASE:
            extra = result.problem.model_extra if result.problem is not None else None
            head = _uuid_or_none((extra or {}).get("current_head_revision_id"))
            seq = (extra or {}).get("head_server_seq")
            self._store.revision_conflict(
                item,
                result.problem_json(),
                head,
                seq if isinstance(seq, int) else None,
                self._now(),
            )
            counters.conflicts += 1
            return ItemState.CONFLICT
        return self._per_record(item, result, counters)

    def _send_participant(self, item: OutboxItem, counters: _Counters) -> str:
        try:
            change = json.loads(item.payload)
            base_version = change.get("base_version")
        except ValueError as error:
            return self._reject(item, counters, 0, json.dumps({"detail": f"bad payload: {error}"}))
        result = self._authorized(
            lambda token: self._api.put_participant(
                token, item.entity_id, item.key, item.payload, base_version=base_version
            )
        )
        if result.ok and result.model is not None:
            self._store.participant_merged(item, result.model, self._now(), result.status)
            counters.pushed += 1
            return ItemState.SYNCED
        return self._per_record(item, result, counters)

    def _send_attachment(self, item: OutboxItem, counters: _Counters) -> str:
        ref = json.loads(item.payload)
        parent = self._by_key.get(item.depends_on) if item.depends_on is not None else None
        content = self._store.attachment_content(item.entity_id)
        if parent is None or content is None:
            return self._reject(
                item, counters, 0, json.dumps({"detail": "the file is no longer stored locally"})
            )
        balance_id = parent.entity_id
        result = self._authorized(
            lambda token: self._api.put_attachment(
                token, balance_id, parent.key, ref["name"], content, key=item.key
            )
        )
        if result.ok:
            self._store.update_item(
                item.id,
                state=ItemState.SYNCED,
                lease_until=None,
                attempt_id=None,
                last_status=result.status,
                last_problem=None,
                synced_at=self._now(),
                receipt=result.body.decode("utf-8", "replace"),
            )
            counters.pushed += 1
            return ItemState.SYNCED
        return self._per_record(item, result, counters)

    def _per_record(self, item: OutboxItem, result: ApiResult[Any], counters: _Counters) -> str:
        """Decide an answer that is not a success: park the item, or stop the pass."""
        status = result.status
        if result.problem_type is Problem.REQUEST_IN_PROGRESS:
            wait = result.retry_after if result.retry_after is not None else 2.0
            self._requeue(
                item,
                status,
                result.problem_json(),
                next_attempt_at=self._now().timestamp() + (wait or _IN_PROGRESS_DEFAULT_WAIT),
            )
            return ItemState.QUEUED
        if status == 426 or result.problem_type is Problem.CLIENT_TOO_OLD:
            self._requeue(item, status, result.problem_json())
            raise _Stop(RunOutcome.CLIENT_TOO_OLD, "this version of the app is too old: update it")
        if _is_transient(status) or (200 <= status < 300):
            # 2xx with a body that did not parse is a server fault too: retry later.
            self._requeue(item, status, result.problem_json())
            raise _Stop(
                RunOutcome.SERVER_ERROR,
                f"the server answered {status}; the upload will be retried",
                retry_after=result.retry_after,
            )
        return self._reject(item, counters, status, result.problem_json())

    def _reject(self, item: OutboxItem, counters: _Counters, status: int, problem: str) -> str:
        self._store.update_item(
            item.id,
            state=ItemState.REJECTED,
            lease_until=None,
            attempt_id=None,
            last_status=status or None,
            last_problem=problem,
        )
        counters.rejected += 1
        return ItemState.REJECTED

    def _requeue(
        self,
        item: OutboxItem,
        status: int | None,
        problem: str,
        *,
        next_attempt_at: float | None = None,
        state: str | None = None,
    ) -> None:
        self._store.update_item(
            item.id,
            state=state or ItemState.QUEUED,
            lease_until=None,
            attempt_id=None,
            last_status=status,
            last_problem=problem,
            next_attempt_at=next_attempt_at,
        )

    # --- receipts ------------------------------------------------------------------------

    def _poll_receipts(self, counters: _Counters) -> None:
        synced = [
            item
            for item in self._store.items([ItemState.SYNCED])
            if item.kind == OutboxKind.REVISION
        ]
        for item in synced[: self._max_items]:
            stored = _stored_receipt(item)
            if stored is None:
                continue
            try:
                result = self._authorized(
                    functools.partial(self._receipt, stored.balance_id, stored.revision_id)
                )
            except TransportFailure as failure:
                raise _Stop(
                    RunOutcome.OFFLINE, f"the server cannot be reached ({failure})"
                ) from None
            if result.status == 404:
                self._store.update_item(
                    item.id,
                    state=ItemState.QUEUED,
                    synced_at=None,
                    last_status=404,
                    last_problem=result.problem_json(),
                )
                counters.requeued += 1
                continue
            if _is_transient(result.status):
                raise _Stop(
                    RunOutcome.SERVER_ERROR,
                    f"the server answered {result.status}",
                    retry_after=result.retry_after,
                )
            receipt = result.model
            if not result.ok or receipt is None:
                continue
            if receipt.status == "rejected" or receipt.payload_sha256 != stored.payload_sha256:
                reason = (
                    "the server rejected it after processing"
                    if receipt.status == "rejected"
                    else "the server holds different content under this revision"
                )
                self._store.update_item(
                    item.id,
                    state=ItemState.REJECTED,
                    last_status=result.status,
                    last_problem=json.dumps(
                        {"detail": reason, "problems": receipt.problems}, ensure_ascii=False
                    ),
                )
                counters.rejected += 1
                continue
            if receipt.missing_attachments:
                continue
            self._store.update_item(
                item.id,
                state=ItemState.ACKNOWLEDGED,
                acknowledged_at=self._now(),
                receipt=receipt.model_dump_json(),
            )
            counters.acknowledged += 1

    def _receipt(self, balance_id: UUID, revision_id: UUID, token: str) -> ApiResult[Receipt]:
        return self._api.receipt(token, balance_id, revision_id)

    def _changes(self, since: str | None, token: str) -> ApiResult[ChangesPage]:
        return self._api.changes(token, since, self._page_limit)

    # --- pull ----------------------------------------------------------------------------

    def _pull(self, cursor: str | None) -> PullStats:
        stats = PullStats()
        redownload = False
        for _ in range(self._max_pages):
            since = cursor
            try:
                result = self._authorized(functools.partial(self._changes, since))
            except TransportFailure as failure:
                raise _Stop(
                    RunOutcome.OFFLINE, f"the server cannot be reached ({failure})"
                ) from None
            if result.status == 410 and not redownload:
                # Compacted: download the assigned set again, adding and updating only.
                redownload = True
                cursor = None
                self._store.save_state(cursor=None)
                continue
            if not result.ok or result.model is None:
                raise _stop_for(result, "downloading changes failed")
            page = result.model
            stats = stats + self._store.apply_changes(page, redownload=redownload, now=self._now())
            cursor = page.next_cursor
            if not page.has_more:
                break
        return stats


@dataclass
class _Counters:
    pushed: int = 0
    conflicts: int = 0
    rejected: int = 0
    acknowledged: int = 0
    requeued: int = 0


def _uuid_or_none(value: object) -> UUID | None:
    if not isinstance(value, str):
        return None
    try:
        return UUID(value)
    except ValueError:
        return None


def _stored_receipt(item: OutboxItem) -> RevisionStored | None:
    if not item.receipt:
        return None
    try:
        return RevisionStored.model_validate_json(item.receipt)
    except ValidationError:
        return None


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
