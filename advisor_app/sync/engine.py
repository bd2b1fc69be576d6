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

import datetime as dt
import functools
import json
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar
from uuid import UUID

from pydantic import BaseModel, ValidationError

from advisor_app.sync.client import ApiResult, SyncApi, TransportFailure
from advisor_app.sync.outbox_model import (
    ACTIVE_STATES,
    ATTENTION_AFTER,
    ATTENTION_ATTEMPTS,
    BACKOFF_CAP,
    BARRIER_KINDS,
    RECHECK_AFTER,
    RECHECK_PER_PASS,
    SKEW_WARNING_SECONDS,
    ItemState,
    OutboxItem,
    OutboxKind,
    Progress,
    PullStats,
    RunOutcome,
    RunReport,
    SyncState,
    SyncStore,
    TokenStore,
    backoff_delay,
    state_from_mapping,
    state_to_mapping,
    unsynced_states,
    version_tuple,
)
from advisor_app.sync.protocol import (
    AttachmentRef,
    ChangesPage,
    ConflictResolution,
    HandoverRequest,
    Meta,
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
    "SyncEngine",
    "SyncState",
    "SyncStore",
    "TokenStore",
    "Tokens",
    "backoff_delay",
    "state_from_mapping",
    "state_to_mapping",
    "unsynced_states",
    "version_tuple",
]

_log = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)


#: States that make a barrier item wait. A handover also waits for conflicts: once the case
#: is transferred the advisor could no longer upload the merged revision. An erasure does not
#: (withdrawn consent must not wait for a merge nobody will do).
_HANDOVER_WAITS_FOR = frozenset({"queued", "uploading", "blocked_auth", "conflict"})
_ERASURE_WAITS_FOR = frozenset({"queued", "uploading", "blocked_auth"})
_IN_PROGRESS_DEFAULT_WAIT = 2.0


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
        self._progress: Progress | None = None

    @property
    def tokens(self) -> Tokens:
        """The engine's token holder."""
        return self._tokens

    # --- the pass ------------------------------------------------------------------------

    def run_once(self, *, force: bool = False, progress: Progress | None = None) -> RunReport:
        """Run one pass: meta check, push, receipts, pull. Never raises for network trouble.

        Args:
            force: Ignore the backoff schedule (the user pressed "Sync now", or the CLI).
            progress: Told ``(done, total)`` after each queued item of the push.
        """
        with self._lock:  # one pass at a time per engine
            self._progress = progress
            try:
                return self._run(force)
            finally:
                self._progress = None

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
            self._fetch_catalogue()
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
            delay = min(stop.retry_after, BACKOFF_CAP)
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
        queued = [item for item in everything if item.state == ItemState.QUEUED][: self._max_items]
        owners = (
            _participants_of(everything, self._by_key)
            if any(item.kind in BARRIER_KINDS for item in queued)
            else {}
        )
        wall = self._now().timestamp()
        total = len(queued)
        for done, item in enumerate(queued, start=1):
            if self._ready(item, states, owners, everything, wall):
                states[item.key] = self._send(item, counters)
            if self._progress is not None:
                self._progress(done, total)

    def _ready(
        self,
        item: OutboxItem,
        states: Mapping[UUID, str],
        owners: Mapping[UUID, UUID],
        everything: Sequence[OutboxItem],
        wall: float,
    ) -> bool:
        """Tell whether a queued item may be sent now."""
        if item.next_attempt_at is not None and item.next_attempt_at > wall:
            return False  # the server said it is still working on this key
        if item.kind in BARRIER_KINDS:
            # Not ``depends_on``: a rejected or superseded item of the participant must not
            # hold the erasure or handover back forever; only work still on its way does.
            waits_for = (
                _HANDOVER_WAITS_FOR if item.kind == OutboxKind.HANDOVER else _ERASURE_WAITS_FOR
            )
            return not any(
                other.key != item.key
                and owners.get(other.key) == item.entity_id
                and states.get(other.key) in waits_for
                and (other.kind not in BARRIER_KINDS or other.seq < item.seq)
                for other in everything
            )
        return item.depends_on is None or states.get(item.depends_on) in (
            None,
            ItemState.SYNCED,
            ItemState.ACKNOWLEDGED,
        )

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
            if item.kind == OutboxKind.ERASURE:
                return self._send_erasure(item, counters)
            if item.kind == OutboxKind.HANDOVER:
                return self._send_handover(item, counters)
            if item.kind == OutboxKind.RESOLUTION:
                return self._send_resolution(item, counters)
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

    def _command_done(
        self, item: OutboxItem, result: ApiResult[Any], counters: _Counters, why: str | None
    ) -> str:
        """An erasure, handover or resolution reached the server (or has nothing to act on)."""
        receipt: str | None = result.body.decode("utf-8", "replace") or None
        if why is not None:
            receipt = json.dumps({"status": result.status, "detail": why}, ensure_ascii=False)
        self._store.command_sent(item, result.status, receipt, self._now())
        counters.pushed += 1
        return ItemState.SYNCED

    def _send_erasure(self, item: OutboxItem, counters: _Counters) -> str:
        result = self._authorized(
            lambda token: self._api.erase_participant(token, item.entity_id, key=item.key)
        )
        if result.status in (200, 204):
            return self._command_done(item, result, counters, None)
        if result.status == 404:
            # Nothing of this participant is on the server for us: it never got there (the
            # balance was never finished or uploaded), it was erased already, or it was
            # transferred away (the new owner's copy is theirs to erase). Either way there is
            # nothing left to erase, and retrying would only repeat the 404.
            return self._command_done(
                item, result, counters, "the server holds nothing of this participant"
            )
        return self._per_record(item, result, counters)

    def _send_handover(self, item: OutboxItem, counters: _Counters) -> str:
        try:
            request = HandoverRequest.model_validate_json(item.payload)
        except ValidationError as error:
            return self._reject(item, counters, 0, json.dumps({"detail": f"bad payload: {error}"}))
        result = self._authorized(lambda token: self._api.handover(token, item.entity_id, request))
        if result.ok:
            return self._command_done(item, result, counters, None)
        # 422 (no such advisor) and 404 (not ours, or unknown to the server) are rejections
        # with the server's reason; the case stays with this advisor.
        return self._per_record(item, result, counters)

    def _send_resolution(self, item: OutboxItem, counters: _Counters) -> str:
        try:
            body = json.loads(item.payload)
            conflict_id = UUID(body["conflict_id"])
            resolution = ConflictResolution(value=body.get("value"))
        except (ValueError, KeyError, TypeError, ValidationError) as error:
            return self._reject(item, counters, 0, json.dumps({"detail": f"bad payload: {error}"}))
        result = self._authorized(
            lambda token: self._api.resolve_conflict(
                token, item.entity_id, conflict_id, resolution, key=item.key
            )
        )
        if result.ok:
            return self._command_done(item, result, counters, None)
        if result.status == 404:
            # The conflict (or the participant) is gone on the server: resolved elsewhere,
            # erased, or transferred. There is no flag left to clear.
            return self._command_done(item, result, counters, "the conflict is gone on the server")
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
                self._store.requeue_lost(item, 404, result.problem_json())
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
                receipt_checked_at=self._now(),
                receipt=receipt.model_dump_json(),
            )
            counters.acknowledged += 1
        self._recheck_acknowledged(counters)

    def _recheck_acknowledged(self, counters: _Counters) -> None:
        """Re-read receipts of acknowledged revisions now and then (SYNC.md §3.9: a server
        restored from an older backup answers 404, and the local copy is uploaded again)."""
        now = self._now()
        for item in self._store.stale_acknowledged(now - RECHECK_AFTER, RECHECK_PER_PASS):
            try:
                # A revision item's entity is its balance and its key the revision id.
                result = self._authorized(
                    functools.partial(self._receipt, item.entity_id, item.key)
                )
            except TransportFailure as failure:
                raise _Stop(
                    RunOutcome.OFFLINE, f"the server cannot be reached ({failure})"
                ) from None
            if result.status == 404:
                _log.warning("the server lost acknowledged revision %s: queued again", item.key)
                self._store.requeue_lost(item, 404, result.problem_json())
                counters.requeued += 1
            elif _is_transient(result.status):
                raise _Stop(
                    RunOutcome.SERVER_ERROR,
                    f"the server answered {result.status}",
                    retry_after=result.retry_after,
                )
            else:
                self._store.update_item(item.id, receipt_checked_at=now)

    def _fetch_catalogue(self) -> None:
        """Download the reference catalogue when the pull announced a newer one."""
        if self._store.catalogue_to_fetch() is None:
            return
        try:
            result = self._authorized(self._api.catalogue)
        except TransportFailure as failure:
            raise _Stop(RunOutcome.OFFLINE, f"the server cannot be reached ({failure})") from None
        if not result.ok or result.model is None:
            raise _stop_for(result, "downloading the reference catalogue failed")
        try:
            self._store.install_catalogue(result.model)
        except ValueError as error:
            # A catalogue this app cannot read (e.g. a newer format): keep using the old one;
            # the pass itself succeeded.
            _log.warning("downloaded catalogue %s not used: %s", result.model.version, error)

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


def _participants_of(
    items: Sequence[OutboxItem], by_key: Mapping[UUID, OutboxItem]
) -> dict[UUID, UUID]:
    """The participant each item is about (by item key), where it can be told."""
    owners: dict[UUID, UUID] = {}
    for item in items:
        if item.kind == OutboxKind.REVISION:
            try:
                owners[item.key] = UUID(json.loads(item.payload)["participant"]["id"])
            except (ValueError, KeyError, TypeError):
                continue  # blanked by an erasure: nothing of it is on its way any more
        elif item.kind != OutboxKind.ATTACHMENT:
            owners[item.key] = item.entity_id
    for item in items:
        if item.kind == OutboxKind.ATTACHMENT and item.depends_on is not None:
            parent = by_key.get(item.depends_on)
            if parent is not None and parent.key in owners:
                owners[item.key] = owners[parent.key]
    return owners


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
