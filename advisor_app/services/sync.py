"""Sync use cases: sign in, run a pass, status, conflicts (issue 7; SYNC.md §3).

:class:`SyncService` is what the CLI and the GUI use. It owns one
:class:`~advisor_app.sync.engine.SyncEngine` per server, built on :class:`SqlSyncStore` (the
engine's view of the profile database) and an HTTP transport. Every method does network and
database work, so a GUI calls them on its io pool; each database step is one short transaction
through ``db_call`` (by default run on the calling thread; a GUI passes a function that runs it
on the db executor and waits).

**Pull rules** (:meth:`SqlSyncStore.apply_changes`, one transaction per page with its cursor):

- *Participants* are merged field by field against the last server version this laptop saw:
  a field the advisor did not change locally takes the server value; a field changed locally
  keeps the local value and a participant change is queued for it. A participant that is new
  here is added: that is how an assignment appears in the advisor's list.
- *Balance heads* are stored as frozen revisions (read-only, status finished). A local balance
  is replaced by the head only when it holds no unsynced work (no draft, no pending, conflicting
  or rejected item); otherwise the head is kept beside it for the conflict view.
- *Draft heads* (``status="draft"``: a case a coordinator started online) become a local
  editable draft whose ``base_revision_id`` is the server draft, only when this laptop holds no
  copy of that balance; an existing local copy is never overwritten.
- *Catalogue* announcements are remembered; the engine then downloads the bundle into the
  profile's ``catalogue`` directory (plain files: the catalogue is public reference data, and
  the loader used by the whole app reads directories, also from the GUI thread without the db
  executor) and it becomes the catalogue in use when newer than the shipped one.
- *Tombstones* with reason ``transferred`` purge local copies only when nothing about them is
  unsynced; otherwise everything is kept and reported. Reason ``erasure`` is the GDPR path
  (SYNC.md §3.5 C, §3.6): local copies go **including drafts**; outbox items that had not been
  accepted become ``rejected`` with type ``participant-erased`` and lose their payload (the
  personal data), so the advisor sees that work was dropped and why; accepted items are deleted.
  Exception: the erasure this laptop itself sent (a resignation) purges nothing more here, since
  the resignation already erased locally what had to go and kept the legal minimum on purpose.
- After a 410 (cursor expired) the assigned set is downloaded again and only added or updated;
  tombstones of that re-download are not applied.

The engine, the HTTP transport and the pydantic protocol models are imported inside the methods
that run a pass or talk to the server: the app builds this service at start-up, and those
imports would otherwise cost every start about 0.15 s and 15 MiB before anything is synced.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from uuid import UUID

from keyring.errors import KeyringError

import advisor_app
from advisor_app.credentials import CredentialStore, refresh_token_account
from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.enums import BalanceStatus
from advisor_app.errors import (
    KnownError,
    NotFound,
    ProfileLocked,
    ValidationFailed,
)
from advisor_app.services.clock import Clock, IdFactory, new_uuid7, utc_now
from advisor_app.services.sync_outbox import (
    queue_conflict_resolution,
    queue_participant_change,
)
from advisor_app.services.sync_store import DbCall, SqlSyncStore, run_here, set_local_fields
from advisor_app.services.unit_of_work import UnitOfWorkFactory
from advisor_app.storage.sync_repository import (
    OutboxRecord,
)
from advisor_app.sync.outbox_model import (
    ATTENTION_AFTER,
    ATTENTION_ATTEMPTS,
    SKEW_WARNING_SECONDS,
    ItemState,
    OutboxKind,
    Progress,
    RunOutcome,
    RunReport,
    SyncState,
)

if TYPE_CHECKING:
    from advisor_app.sync.client import Transport
    from advisor_app.sync.engine import SyncEngine

__all__ = [
    "AppTooOld",
    "ItemProblem",
    "LoginResult",
    "ParticipantFieldConflict",
    "ProfileBoundElsewhere",
    "RevisionConflict",
    "ServerUnreachable",
    "SignInFailed",
    "SignInRateLimited",
    "SqlSyncStore",
    "SyncService",
    "SyncStatus",
    "WrongCredentials",
]

_log = logging.getLogger(__name__)

#: ``sync_state`` key of the refresh token when no keyring is usable (inside the encrypted DB).
_FALLBACK_TOKEN_KEY = "refresh_token"


class ServerUnreachable(KnownError):
    """The sync server did not answer."""

    default_message = "the sync server cannot be reached"
    default_hint = "check the network connection and the server address; work continues offline"


class SignInFailed(KnownError):
    """The sign-in did not succeed (base of the specific reasons below)."""

    default_message = "signing in failed"
    default_hint = "check the user name and password"


class WrongCredentials(SignInFailed):
    """The server refused the user name or password."""

    default_message = "the server refused the user name or password"
    default_hint = "check the user name and password"


class SignInRateLimited(SignInFailed):
    """Too many sign-in attempts; the server says when to try again.

    Attributes:
        retry_at: When another attempt is allowed (local wall time, UTC), if the server said.
    """

    default_message = "too many sign-in attempts"
    default_hint = "wait a minute and try again"

    def __init__(
        self,
        message: str | None = None,
        *,
        hint: str | None = None,
        retry_at: dt.datetime | None = None,
    ) -> None:
        if retry_at is not None and hint is None:
            hint = f"try again after {retry_at.astimezone():%H:%M}"
        super().__init__(message, hint=hint)
        self.retry_at = retry_at


class AppTooOld(SignInFailed):
    """The server needs a newer version of the app."""

    default_message = "this version of the app is too old for the sync server"
    default_hint = "update the app"


class ProfileBoundElsewhere(SignInFailed):
    """This profile already syncs with another advisor account or server."""

    default_message = "this profile belongs to another advisor or server"
    default_hint = "open (or create) another profile with --profile for this account"


@dataclass(frozen=True, slots=True)
class LoginResult:
    """Who signed in.

    Attributes:
        server_url: The server.
        advisor_id: The advisor's id on it.
        display_name: Their name.
        keyring: The refresh token went to the OS keyring (else into the encrypted database).
    """

    server_url: str
    advisor_id: UUID
    display_name: str
    keyring: bool


@dataclass(frozen=True, slots=True)
class ItemProblem:
    """An outbox item that needs the advisor (conflict or rejected), for lists and badges.

    Attributes:
        key: The item's idempotency key (the revision id for a balance).
        kind: ``balance_revision``, ``participant_change`` or ``attachment``.
        entity_id: The balance, participant or file.
        state: ``conflict`` or ``rejected``.
        problem: The stable problem type (``stale-base``, ``validation`` …), if known.
        detail: One line of explanation.
    """

    key: UUID
    kind: str
    entity_id: UUID
    state: str
    problem: str | None
    detail: str


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the status bar shows.

    Attributes:
        server_url: The server, or None before the first sign-in.
        username: Who is signed in (or was).
        signed_in: A refresh token is held.
        counts: Outbox items per state.
        pending: Items not yet on the server (queued, uploading, blocked_auth).
        last_sync_at: End of the last complete pass.
        last_problem: One line about the last failed pass.
        blocked: ``"auth"`` (sign in again) or ``"client_too_old"`` (update the app).
        needs_attention: Failing for 24 h or 20 passes, or an item tried 20 times.
        skew_seconds: Server minus local clock.
        skew_warning: The local clock is off by more than five minutes (never blocks).
        next_run_at: Wall time of the next timer-triggered pass after failures.
        problems: Items in conflict or rejected.
        participant_conflicts: Unresolved participant field conflicts.
    """

    server_url: str | None
    username: str | None
    signed_in: bool
    counts: Mapping[str, int]
    pending: int
    last_sync_at: dt.datetime | None
    last_problem: str | None
    blocked: str | None
    needs_attention: bool
    skew_seconds: float | None
    skew_warning: bool
    next_run_at: float | None
    problems: tuple[ItemProblem, ...]
    participant_conflicts: int


@dataclass(frozen=True, slots=True)
class RevisionConflict:
    """A finished revision the server refused because its base is not the server head.

    Attributes:
        revision_id: The local revision (its outbox key).
        balance_id: The balance.
        server_head_revision_id: The server head, when known.
        local_document: The local revision's document (JSON bytes).
        server_document: The server head's document, once pulled (None before).
    """

    revision_id: UUID
    balance_id: UUID
    server_head_revision_id: UUID | None
    local_document: bytes
    server_document: bytes | None


@dataclass(frozen=True, slots=True)
class ParticipantFieldConflict:
    """Both values of a participant field the server kept (hard conflict).

    Attributes:
        id: The conflict (server id).
        participant_id: The participant.
        field: Field name as in the balance document's ``participant``.
        base_value: Value both sides started from.
        server_value: Value kept on the server (and now shown locally).
        client_value: Value this laptop sent.
    """

    id: UUID
    participant_id: UUID
    field: str
    base_value: Any
    server_value: Any
    client_value: Any


class _StoredTokens:
    """Refresh token in the keyring; in the encrypted database when no keyring is usable."""

    def __init__(self, service: SyncService) -> None:
        self._service = service

    def load(self) -> str | None:
        return self._service._load_refresh_token()

    def save(self, token: str) -> None:
        self._service._save_refresh_token(token)


TransportFactory = Callable[[str, UUID], "Transport"]


class SyncService:
    """Sign-in, sync passes, status and conflict resolution for the open profile.

    Args:
        uow_factory: Opens a unit of work on the profile database.
        credentials: The OS keyring access (refresh token).
        clock: Wall clock for timestamps, scheduling and the skew check (never correctness).
        monotonic: Clock for access-token expiry.
        new_id: Creates IDs (UUIDv7).
        transport_factory: Builds the transport for ``(server_url, device_id)``; httpx by
            default.
        rand: Jitter source for backoff.
        db_call: Runs each database step (see the module docstring).
        timeout: Seconds per HTTP request (default transport).
        client_version: Compared with the server's ``min_client_version``.
        catalogue_dir: Where a reference catalogue downloaded from the server is kept (the
            profile's ``catalogue`` directory); None: never downloaded.
    """

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        *,
        credentials: CredentialStore | None = None,
        clock: Clock = utc_now,
        monotonic: Callable[[], float] = time.monotonic,
        new_id: IdFactory = new_uuid7,
        transport_factory: TransportFactory | None = None,
        rand: Callable[[], float] = random.random,
        db_call: DbCall[Any] = run_here,
        timeout: float = 30.0,
        client_version: str = advisor_app.__version__,
        catalogue_dir: Path | None = None,
    ) -> None:
        self._uow = uow_factory
        self._credentials = credentials or CredentialStore()
        self._clock = clock
        self._monotonic = monotonic
        self._new_id = new_id
        self._timeout = timeout
        self._transport_factory = transport_factory or self._httpx_transport
        self._rand = rand
        self._client_version = client_version
        self.store = SqlSyncStore(
            uow_factory, new_id=new_id, db_call=db_call, catalogue_dir=catalogue_dir
        )
        self._db = db_call
        if catalogue_dir is not None:
            from advisor_app.catalogue.reference import use_downloaded_catalogue

            # The catalogue this profile downloaded before (if any) is the one in use.
            use_downloaded_catalogue(catalogue_dir)
        #: Whether a refresh token is held, once known: ``status()`` runs every 30 s and must
        #: not ask the keyring each time. Set by login, logout and every token load or save.
        self._signed_in: bool | None = None
        self._lock = threading.Lock()
        self._engine: SyncEngine | None = None
        self._engine_for: tuple[str, UUID] | None = None
        self._transport: Transport | None = None

    def _httpx_transport(self, url: str, device_id: UUID) -> Transport:
        from advisor_app.sync.client import HttpxTransport

        return HttpxTransport(url, device_id, timeout=self._timeout)

    # --- engine --------------------------------------------------------------------------

    def _engine_for_state(self, state: SyncState) -> SyncEngine:
        from advisor_app.sync.client import SyncApi
        from advisor_app.sync.engine import SyncEngine, Tokens

        assert state.server_url is not None and state.device_id is not None
        wanted = (state.server_url, state.device_id)
        with self._lock:
            if self._engine is None or self._engine_for != wanted:
                self._close_transport()
                transport = self._transport_factory(*wanted)
                api = SyncApi(transport)
                tokens = Tokens(
                    api, _StoredTokens(self), state.device_id, monotonic=self._monotonic
                )
                self._engine = SyncEngine(
                    self.store,
                    api,
                    tokens,
                    now=self._clock,
                    rand=self._rand,
                    lease_seconds=max(60.0, 4 * self._timeout),
                    client_version=self._client_version,
                )
                self._engine_for = wanted
                self._transport = transport
            return self._engine

    def _close_transport(self) -> None:
        close = getattr(self._transport, "close", None)
        if callable(close):
            close()
        self._transport = None

    def close(self) -> None:
        """Close network connections (the data stays)."""
        with self._lock:
            self._close_transport()
            self._engine = None
            self._engine_for = None

    # --- refresh token -------------------------------------------------------------------

    def _token_account(self, state: SyncState) -> str:
        from advisor_app.sync.client import server_host

        assert state.server_url is not None and state.advisor_id is not None
        return refresh_token_account(server_host(state.server_url), str(state.advisor_id))

    def _load_refresh_token(self) -> str | None:
        """The refresh token (keyring first; the keyring is asked on the calling thread, the
        database through ``db_call``)."""
        state = self.store.load_state()
        if state.server_url is None or state.advisor_id is None:
            self._signed_in = False
            return None
        token: str | None = None
        if self._credentials.usable():
            try:
                token = self._credentials.get(self._token_account(state))
            except KeyringError as error:
                _log.warning("keyring locked, refresh token unavailable: %s", error)
        if token is None:
            token = self._fallback_token()
        self._signed_in = token is not None
        return token

    def _fallback_token(self) -> str | None:
        def step() -> str | None:
            with self._uow() as uow:
                return uow.sync.state().get(_FALLBACK_TOKEN_KEY)

        result: str | None = self._db(step)
        return result

    def _set_fallback_token(self, token: str | None, extra: Mapping[str, str | None]) -> None:
        def step() -> None:
            with self._uow() as uow:
                uow.sync.set_state({_FALLBACK_TOKEN_KEY: token, **extra})
                uow.commit()

        self._db(step)

    def _save_refresh_token(self, token: str) -> bool:
        """Store the rotated refresh token; True when it went to the keyring."""
        state = self.store.load_state()
        in_keyring = self._credentials.put(self._token_account(state), token)
        # Without a keyring the token lives in the encrypted database (never in plaintext).
        self._set_fallback_token(None if in_keyring else token, {})
        self._signed_in = True
        return in_keyring

    # --- use cases -----------------------------------------------------------------------

    def login(
        self, server_url: str, username: str, password: str, device_name: str | None = None
    ) -> LoginResult:
        """Sign in with a user name and password; items blocked on auth are queued again.

        Raises:
            InsecureServerUrl: The address is not https:// (or loopback http://).
            ServerUnreachable: No answer.
            SignInFailed: Wrong credentials, the app is too old, or this profile belongs to
                another advisor or server (its data is never sent to another account).
        """
        from advisor_app.sync.client import SyncApi, TransportFailure, check_server_url
        from advisor_app.sync.protocol import Problem, TokenRequest

        url = check_server_url(server_url)
        state = self.store.load_state()
        device_id = state.device_id or uuid.uuid4()
        if state.device_id is None:
            self.store.save_state(device_id=device_id)
        transport = self._transport_factory(url, device_id)
        try:
            api = SyncApi(transport)
            started = self._monotonic()
            try:
                result = api.token(
                    TokenRequest(
                        grant_type="password",
                        device_id=device_id,
                        username=username,
                        password=password,
                        device_name=device_name,
                    )
                )
            except TransportFailure as failure:
                raise ServerUnreachable(f"the sync server {url} cannot be reached") from failure
        finally:
            close = getattr(transport, "close", None)
            if callable(close):
                close()
        if result.status == 426 or result.problem_type is Problem.CLIENT_TOO_OLD:
            raise AppTooOld()
        if result.status == 429 or result.problem_type is Problem.RATE_LIMITED:
            retry_at = (
                self._clock() + dt.timedelta(seconds=result.retry_after)
                if result.retry_after is not None
                else None
            )
            raise SignInRateLimited(retry_at=retry_at)
        if result.status in (400, 401, 403) or result.problem_type is Problem.INVALID_GRANT:
            raise WrongCredentials(f"the server refused the sign-in for {username!r}")
        if not result.ok or result.model is None:
            raise SignInFailed(f"the sign-in failed: the server answered {result.status}")
        answer = result.model
        if state.advisor_id is not None and (
            state.advisor_id != answer.advisor.id or state.server_url not in (None, url)
        ):
            raise ProfileBoundElsewhere()
        self.store.save_state(
            server_url=url,
            advisor_id=answer.advisor.id,
            username=username,
            blocked=None,
            failures=0,
            next_run_at=None,
            first_failure_at=None,
            last_problem=None,
        )

        def unblock() -> None:
            with self._uow() as uow:
                uow.sync.move_all(ItemState.BLOCKED_AUTH.value, ItemState.QUEUED.value)
                uow.commit()

        self._db(unblock)
        engine = self._engine_for_state(self.store.load_state())
        engine.tokens.accept(answer, started)
        in_keyring = self._fallback_token() is None
        return LoginResult(url, answer.advisor.id, answer.advisor.display_name, in_keyring)

    def logout(self) -> None:
        """Sign out: revoke this device's token (best effort) and forget it locally.

        Local data, including unsynced items, is never deleted; they wait for the next sign-in.
        """
        from advisor_app.sync.client import SyncApi, TransportFailure

        state = self.store.load_state()
        token = self._load_refresh_token()
        if state.configured and token is not None:
            engine = self._engine_for_state(state)
            try:
                SyncApi(self._transport_required()).revoke(token)
            except TransportFailure:
                _log.info("revoking the refresh token failed (offline); forgotten locally")
            engine.tokens.forget()
        if state.server_url is not None and state.advisor_id is not None:
            self._credentials.delete(self._token_account(state))
        self._set_fallback_token(None, {"blocked": "auth"})
        self._signed_in = False

    def _transport_required(self) -> Transport:
        assert self._transport is not None
        return self._transport

    def run_once(self, *, force: bool = True, progress: Progress | None = None) -> RunReport:
        """Run one sync pass (never raises for network trouble; see the report).

        Args:
            force: Ignore the backoff schedule.
            progress: Told ``(items done, items to push)`` during the push (from this thread).

        While the profile is locked the pass does nothing and reports ``LOCKED`` (its key is
        not in memory; an item left ``uploading`` goes back to the queue when its lease ends).
        """
        try:
            state = self.store.load_state()
            if not state.configured:
                return RunReport(RunOutcome.NOT_CONFIGURED, "not signed in to a sync server")
            return self._engine_for_state(state).run_once(force=force, progress=progress)
        except ProfileLocked:
            return RunReport(RunOutcome.LOCKED, "the profile is locked")

    def status(self) -> SyncStatus:
        """Counts per state, last sync, problems, attention and clock warnings."""
        now = self._clock()
        state = self.store.load_state()
        with self._uow() as uow:
            counts = uow.sync.counts()
            records = uow.sync.items(
                [ItemState.CONFLICT, ItemState.REJECTED, ItemState.QUEUED, ItemState.UPLOADING]
            )
            conflicts = len(uow.sync.conflicts())
        stuck = any(
            r.state in (ItemState.QUEUED, ItemState.UPLOADING)
            and (
                r.attempts >= ATTENTION_ATTEMPTS
                or (r.first_attempt_at is not None and now - r.first_attempt_at >= ATTENTION_AFTER)
            )
            for r in records
        )
        failing = state.failures >= ATTENTION_ATTEMPTS or (
            state.first_failure_at is not None and now - state.first_failure_at >= ATTENTION_AFTER
        )
        problems = tuple(
            _item_problem(r) for r in records if r.state in (ItemState.CONFLICT, ItemState.REJECTED)
        )
        pending = sum(
            counts.get(s, 0)
            for s in (ItemState.QUEUED, ItemState.UPLOADING, ItemState.BLOCKED_AUTH)
        )
        skew = state.skew_seconds
        return SyncStatus(
            server_url=state.server_url,
            username=state.username,
            signed_in=state.configured and self._is_signed_in(),
            counts=counts,
            pending=pending,
            last_sync_at=state.last_sync_at,
            last_problem=state.last_problem,
            blocked=state.blocked,
            needs_attention=stuck or failing,
            skew_seconds=skew,
            skew_warning=skew is not None and abs(skew) > SKEW_WARNING_SECONDS,
            next_run_at=state.next_run_at,
            problems=problems,
            participant_conflicts=conflicts,
        )

    def _is_signed_in(self) -> bool:
        if self._signed_in is None:
            self._load_refresh_token()  # once per service; then login/logout/refresh keep it
        return bool(self._signed_in)

    def revision_conflicts(self) -> tuple[RevisionConflict, ...]:
        """Revisions in ``conflict`` with both documents for a side-by-side view."""
        found: list[RevisionConflict] = []
        with self._uow() as uow:
            for record in uow.sync.items([ItemState.CONFLICT]):
                if record.kind != OutboxKind.REVISION:
                    continue
                head = uow.sync.balance_sync(record.entity_id)
                head_id = head.head_revision_id if head is not None else None
                server = uow.revisions.get(head_id) if head_id is not None else None
                found.append(
                    RevisionConflict(
                        revision_id=record.revision_id,
                        balance_id=record.entity_id,
                        server_head_revision_id=head_id,
                        local_document=record.payload,
                        server_document=server.payload if server is not None else None,
                    )
                )
        return tuple(found)

    def participant_conflicts(self) -> tuple[ParticipantFieldConflict, ...]:
        """Unresolved participant field conflicts with both values."""
        with self._uow() as uow:
            entries = uow.sync.conflicts()
        return tuple(
            ParticipantFieldConflict(
                id=e.id,
                participant_id=e.participant_id,
                field=e.field,
                base_value=json.loads(e.base_value) if e.base_value else None,
                server_value=json.loads(e.server_value) if e.server_value else None,
                client_value=json.loads(e.client_value) if e.client_value else None,
            )
            for e in entries
        )

    def rebase(self, revision_id: UUID) -> BalanceRecord:
        """Resolve a stale-base conflict: a new local draft on top of the server head.

        The draft holds the local revision's content with ``base_revision_id`` = the server
        head; the advisor merges what the server version added (side-by-side view) and finishes
        it, which queues a new revision. The conflicting revision stays frozen locally and its
        item becomes ``superseded`` (kept for audit, never uploaded).

        Raises:
            NotFound: No conflict for this revision.
            ValidationFailed: The server head is not known yet (sync first).
        """
        from advisor_app.sync.codec import parse_document
        from advisor_app.sync.mapping import record_from_document

        now = self._clock()
        with self._uow() as uow:
            item = uow.sync.item_by_key(revision_id)
            if item is None or item.state != ItemState.CONFLICT:
                raise NotFound(f"no conflicting revision {revision_id}")
            head = uow.sync.balance_sync(item.entity_id)
            if head is None:
                raise ValidationFailed(
                    "the server's version of this balance is not known yet",
                    hint="sync first, then resolve the conflict",
                )
            local = record_from_document(parse_document(item.payload, source="local revision"))
            draft = dataclasses.replace(
                local,
                balance=dataclasses.replace(
                    local.balance,
                    revision_id=self._new_id(),
                    base_revision_id=head.head_revision_id,
                    status=BalanceStatus.DRAFT,
                    finished_at=None,
                ),
            )
            uow.participants.save(draft.participant, now=now)
            uow.balances.save_record(draft, now=now)
            uow.sync.update_item(item.id, state=ItemState.SUPERSEDED.value)
            uow.commit()
        return draft

    def choose_participant_value(self, conflict_id: UUID, *, keep_server: bool) -> None:
        """Resolve a participant field conflict.

        Keeping the server value marks the conflict resolved (the local participant already
        shows it). Choosing this laptop's value sets it locally and queues a participant change
        with the server value as its base, so the server applies it. Either way the choice is
        queued for ``POST …/conflicts/{cid}/resolve`` so the server's conflict flag clears.

        Raises:
            NotFound: No unresolved conflict with this id.
        """
        now = self._clock()
        with self._uow() as uow:
            entry = next((c for c in uow.sync.conflicts() if c.id == conflict_id), None)
            if entry is None:
                raise NotFound(f"no participant conflict {conflict_id}")
            chosen = entry.server_value if keep_server else entry.client_value
            value = json.loads(chosen) if chosen else None
            if not keep_server:
                set_local_fields(uow, entry.participant_id, {entry.field: value}, now)
                queue_participant_change(uow, entry.participant_id, now, self._new_id)
            # The server keeps its conflict flag until told; through the outbox this works
            # offline and survives restarts like any other change.
            queue_conflict_resolution(
                uow, entry.participant_id, conflict_id, value, now, self._new_id
            )
            uow.sync.resolve_conflict(conflict_id, now)
            uow.commit()


def _item_problem(record: OutboxRecord) -> ItemProblem:
    from advisor_app.sync.protocol import Problem

    problem: str | None = None
    detail = record.state
    if record.last_problem:
        try:
            data = json.loads(record.last_problem)
        except ValueError:
            data = {}
        if isinstance(data, dict):
            kind = Problem.from_uri(data.get("type"))
            problem = kind.value if kind is not None else None
            detail = str(data.get("detail") or data.get("title") or problem or record.state)
    return ItemProblem(
        key=record.revision_id,
        kind=record.kind,
        entity_id=record.entity_id,
        state=record.state,
        problem=problem,
        detail=detail,
    )
