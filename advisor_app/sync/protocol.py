"""The sync API contract shared by the desktop client and the central server (SYNC.md §3.6).

One definition of what travels over the wire besides the balance document itself: header names,
problem types, the request and response bodies of every endpoint, and the canonical JSON used for
payload digests. The server uses these models as FastAPI request/response models (so they are
what its OpenAPI schema publishes); the client parses responses with the same models. Nothing
here does I/O: this module imports only pydantic and the standard library, so the server can
import it without pulling in httpx or keyring.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from enum import StrEnum
from typing import Annotated, Any, Literal
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field

#: Version of the HTTP API (the ``/v1`` prefix); reported by ``GET /v1/meta``.
API_VERSION = 1

#: Prefix of every problem ``type`` URI (RFC 9457); the last path segment is a :class:`Problem`.
PROBLEM_TYPE_BASE = "https://bilans.wup-krakow.pl/problems/"

#: Media type of error bodies.
PROBLEM_MEDIA_TYPE = "application/problem+json"


class Header(StrEnum):
    """HTTP header names used by the protocol."""

    IDEMPOTENCY_KEY = "Idempotency-Key"
    REPLAYED = "Idempotent-Replayed"
    DEVICE_ID = "X-Device-Id"
    CLIENT_VERSION = "X-Client-Version"
    CONTENT_DIGEST = "Content-Digest"
    RETRY_AFTER = "Retry-After"
    #: Fault injection; the server honours it only when started with ``APP_TEST_FAULTS=1``.
    TEST_FAULT = "X-Test-Fault"


class Problem(StrEnum):
    """Stable problem types; clients branch on these, never on message text."""

    INVALID_GRANT = "invalid-grant"
    RATE_LIMITED = "rate-limited"
    UNAUTHORIZED = "unauthorized"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not-found"
    STALE_BASE = "stale-base"
    REQUEST_IN_PROGRESS = "request-in-progress"
    MISSING_DEPENDENCY = "missing-dependency"
    PARTICIPANT_ERASED = "participant-erased"
    IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused"
    VALIDATION = "validation"
    UNSUPPORTED_SCHEMA = "unsupported-schema"
    CLIENT_TOO_OLD = "client-too-old"
    PAYLOAD_TOO_LARGE = "payload-too-large"
    DIGEST_MISMATCH = "digest-mismatch"
    ATTACHMENT_CONFLICT = "attachment-conflict"
    CURSOR_EXPIRED = "cursor-expired"
    UNAVAILABLE = "unavailable"
    INTERNAL = "internal"

    @property
    def uri(self) -> str:
        """The full ``type`` URI sent in problem details."""
        return PROBLEM_TYPE_BASE + self.value

    @classmethod
    def from_uri(cls, uri: str | None) -> Problem | None:
        """The problem named by a ``type`` URI, or None for an unknown or missing one."""
        if not uri:
            return None
        slug = uri.rstrip("/").rsplit("/", 1)[-1]
        try:
            return cls(slug)
        except ValueError:
            return None


class Fault(StrEnum):
    """Values of the ``X-Test-Fault`` header (SYNC.md §3.10)."""

    CRASH_AFTER_COMMIT = "crash-after-commit"
    HANG_AFTER_COMMIT = "hang-after-commit"
    FAIL_BEFORE_COMMIT = "fail-before-commit"
    UNAVAILABLE = "unavailable"
    RATE_LIMITED = "rate-limited"


# ---------------------------------------------------------------------------------------------
# Canonical JSON and digests
# ---------------------------------------------------------------------------------------------


def canonical_json(value: Any) -> bytes:
    """The canonical UTF-8 JSON bytes of ``value``: sorted keys, no whitespace, no escaping.

    Both sides hash these bytes, so a payload that was parsed and re-serialised on the way still
    has the same digest.
    """
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sha256_hex(data: bytes) -> str:
    """Lower-case hex SHA-256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def payload_sha256(payload: Any) -> str:
    """The ``payload_sha256`` of a revision: SHA-256 of the payload's canonical JSON."""
    return sha256_hex(canonical_json(payload))


def content_digest(data: bytes) -> str:
    """The RFC 9530 ``Content-Digest`` header value for ``data`` (``sha-256=:<base64>:``)."""
    return "sha-256=:" + base64.b64encode(hashlib.sha256(data).digest()).decode() + ":"


def parse_content_digest(header: str) -> str | None:
    """The hex SHA-256 carried by a ``Content-Digest`` header, or None when absent or malformed."""
    for part in header.split(","):
        name, _, value = part.strip().partition("=")
        if name.strip().lower() != "sha-256":
            continue
        value = value.strip()
        if len(value) < 2 or not (value.startswith(":") and value.endswith(":")):
            return None
        try:
            raw = base64.b64decode(value[1:-1], validate=True)
        except ValueError:
            return None
        return raw.hex() if len(raw) == 32 else None
    return None


# ---------------------------------------------------------------------------------------------
# Bodies
# ---------------------------------------------------------------------------------------------


class ApiModel(BaseModel):
    """Base of protocol bodies: unknown fields are refused, so typos do not pass silently."""

    model_config = ConfigDict(extra="forbid")


class ProblemDetails(BaseModel):
    """RFC 9457 problem details; extension members (``errors``, ``supported`` …) are allowed."""

    model_config = ConfigDict(extra="allow")

    type: str
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None


class SchemaWindow(ApiModel):
    """Inclusive range of payload schema versions the server accepts."""

    min: int
    max: int


class Meta(ApiModel):
    """``GET /v1/meta``: compatibility and clock check."""

    server_time: dt.datetime
    api_version: int
    accepted_schema_versions: dict[str, SchemaWindow]
    min_client_version: str
    max_upload_bytes: int
    idempotency_retention_days: int
    message: str | None = None


class TokenRequest(ApiModel):
    """``POST /v1/auth/token``: password login or refresh-token rotation."""

    grant_type: Literal["password", "refresh_token"]
    device_id: UUID
    username: str | None = Field(default=None, max_length=100)
    password: str | None = Field(default=None, max_length=1000)
    refresh_token: str | None = Field(default=None, max_length=200)
    device_name: str | None = Field(default=None, max_length=100)


class AdvisorInfo(ApiModel):
    """Who the token belongs to."""

    id: UUID
    username: str
    display_name: str
    roles: list[Literal["advisor", "coordinator", "admin"]]
    team_ids: list[UUID] = Field(default_factory=list)


class TokenResponse(ApiModel):
    """A fresh access token and the next refresh token (the old one is spent)."""

    access_token: str
    token_type: Literal["Bearer"] = "Bearer"
    expires_in: int
    refresh_token: str
    refresh_expires_in: int
    advisor: AdvisorInfo


class RevokeRequest(ApiModel):
    """``POST /v1/auth/revoke``: sign this device out (its refresh token family dies)."""

    refresh_token: str = Field(max_length=200)


class AttachmentRef(ApiModel):
    """A file a revision lists; its bytes are uploaded separately."""

    name: str = Field(min_length=1, max_length=255)
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size: int = Field(ge=0)


class RevisionUpload(ApiModel):
    """``PUT /v1/balances/{balance_id}/revisions/{revision_id}`` body.

    ``payload`` is the balance document (BALANCE_DOCUMENT.md) and ``payload_sha256`` is
    :func:`payload_sha256` of it.
    """

    schema_version: int
    balance_id: UUID
    revision_id: UUID
    base_revision_id: UUID | None = None
    participant_id: UUID
    finished_at: dt.datetime
    device_id: UUID
    payload: dict[str, Any]
    payload_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    attachments: list[AttachmentRef] = Field(default_factory=list)


class RevisionStored(ApiModel):
    """201 (or 200 replay) answer to a revision upload."""

    balance_id: UUID
    revision_id: UUID
    server_seq: int
    received_at: dt.datetime
    status: Literal["stored", "accepted", "rejected"]
    payload_sha256: str
    missing_attachments: list[str] = Field(default_factory=list)


class Receipt(ApiModel):
    """``GET …/receipt``: drives ``synced → acknowledged`` on the client."""

    status: Literal["stored", "accepted", "rejected"]
    payload_sha256: str
    server_seq: int
    received_at: dt.datetime
    processed_at: dt.datetime | None = None
    missing_attachments: list[str] = Field(default_factory=list)
    problems: list[str] = Field(default_factory=list)


class AttachmentStored(ApiModel):
    """Answer to an attachment upload."""

    name: str
    sha256: str
    size: int


class ParticipantChange(ApiModel):
    """``PUT /v1/participants/{participant_id}`` body: changed fields with their base values.

    Field names and value shapes are those of the document's ``participant`` object. On create
    (``base_version`` null) ``fields`` holds the whole participant and ``base_values`` is empty.
    """

    schema_version: int
    change_id: UUID
    base_version: int | None = None
    fields: dict[str, Any]
    base_values: dict[str, Any] = Field(default_factory=dict)
    client_changed_at: dt.datetime | None = None


class FieldConflict(ApiModel):
    """A hard conflict: the server kept its value; both are stored."""

    id: UUID
    field: str
    base_value: Any = None
    server_value: Any = None
    client_value: Any = None


class ParticipantMerged(ApiModel):
    """Answer to a participant change (201 created, 200 merged or replayed)."""

    participant_id: UUID
    version: int
    server_seq: int
    applied_fields: list[str]
    conflict: Literal["soft", "hard"] | None = None
    conflicts: list[FieldConflict] = Field(default_factory=list)


class ConflictResolution(ApiModel):
    """``POST /v1/participants/{id}/conflicts/{cid}/resolve``: the value the advisor chose."""

    value: Any = None


class ParticipantChangeItem(ApiModel):
    """A participant the advisor may hold (new, updated, or newly assigned to them)."""

    type: Literal["participant"] = "participant"
    id: UUID
    version: int
    server_seq: int
    data: dict[str, Any]
    conflict: Literal["soft", "hard"] | None = None


class BalanceHeadItem(ApiModel):
    """The current head revision of a balance the advisor may hold, with its document."""

    type: Literal["balance_head"] = "balance_head"
    balance_id: UUID
    participant_id: UUID
    head_revision_id: UUID
    server_seq: int
    payload_sha256: str
    document: dict[str, Any]
    #: ``draft`` for an online-started case a coordinator assigned: the advisor continues it
    #: locally and uploads the finished revision with ``base_revision_id = head_revision_id``.
    status: Literal["draft", "finished", "withdrawn"] = "finished"


class Tombstone(ApiModel):
    """Something the advisor must no longer hold: erased (GDPR) or transferred away."""

    type: Literal["participant", "balance"]
    id: UUID
    server_seq: int
    reason: Literal["erasure", "transferred"]


class CatalogueItem(ApiModel):
    """A new version of the reference catalogue is available (``GET /v1/catalogue``)."""

    type: Literal["catalogue"] = "catalogue"
    version: str
    server_seq: int


ChangeItem = Annotated[
    ParticipantChangeItem | BalanceHeadItem | CatalogueItem, Field(discriminator="type")
]


class ChangesPage(ApiModel):
    """``GET /v1/sync/changes?since=<cursor>&limit=N``: one page of the pull."""

    changes: list[ChangeItem] = Field(default_factory=list)
    tombstones: list[Tombstone] = Field(default_factory=list)
    next_cursor: str
    has_more: bool


# ---------------------------------------------------------------------------------------------
# Added with the server (issue 6): bodies of endpoints beyond the first sketch
# ---------------------------------------------------------------------------------------------


class Health(ApiModel):
    """``GET /health``: the process is up and its database answers."""

    status: Literal["ok"]
    database: Literal["sqlite", "postgresql"]


class CatalogueBundle(ApiModel):
    """``GET /v1/catalogue``: the reference catalogue as its TOML files.

    A client writes ``files`` (file name → TOML text) into a directory and reads it with
    ``advisor_app.catalogue.reference.load_reference_catalogue``, then applies it with
    ``update_catalogue`` (which keeps every ref an older version had).
    """

    version: str
    updated: dt.date
    files: dict[str, str]


class ValidationIssue(BaseModel):
    """One entry of the ``errors`` list of a ``validation`` problem.

    ``path`` is a JSON pointer into the request (``/payload/participant/pesel``); for unmet finish
    rules ``code``, ``stage`` and ``severity`` repeat the client's own validation issue and ``msg``
    is its message key.
    """

    model_config = ConfigDict(extra="allow")

    path: str
    msg: str
    code: str | None = None
    stage: str | None = None
    severity: str | None = None
    entity_id: str | None = None


class ParticipantView(ApiModel):
    """``GET /v1/participants/{id}``: master data with its version and open conflicts."""

    id: UUID
    owner_id: UUID
    version: int
    server_seq: int
    data: dict[str, Any]
    conflict: Literal["soft", "hard"] | None = None
    conflicts: list[FieldConflict] = Field(default_factory=list)


class ErasureResult(ApiModel):
    """Answer to ``DELETE /v1/participants/{id}`` (GDPR erasure after withdrawn consent)."""

    participant_id: UUID
    server_seq: int
    erased_balances: list[UUID] = Field(default_factory=list)


class AssignmentRequest(ApiModel):
    """``POST /v1/assignments``: give a participant (existing, or new from ``participant``) to an
    advisor. The previous owner's pull gets ``transferred`` tombstones; the new owner's pull gets
    the participant and its balance heads."""

    advisor_id: UUID
    participant_id: UUID | None = None
    participant: dict[str, Any] | None = None


class AssignmentResult(ApiModel):
    """Answer to an assignment."""

    participant_id: UUID
    advisor_id: UUID
    previous_owner_id: UUID | None = None
    server_seq: int
    transferred_balances: list[UUID] = Field(default_factory=list)


class BalanceSummary(ApiModel):
    """One received balance in the coordinator's list."""

    balance_id: UUID
    participant_id: UUID
    advisor_id: UUID
    advisor_username: str
    head_revision_id: UUID | None
    status: str
    variant: str
    project_code: str
    gmina: str
    finished_at: dt.datetime | None
    received_at: dt.datetime
    server_seq: int


class BalanceList(ApiModel):
    """``GET /v1/coordinator/balances``: a page of received balances and counts over all matches."""

    items: list[BalanceSummary]
    total: int
    counts: dict[str, dict[str, int]]


class HandoverRequest(ApiModel):
    """``POST /v1/participants/{participant_id}/handover``: the owner hands the case over.

    Sent with ``Idempotency-Key: <handover_id>``. The participant and its balances move to the
    advisor named ``to_username`` exactly as a coordinator's assignment would (the previous
    owner's pull gets ``transferred`` tombstones). Answered with :class:`AssignmentResult`;
    an unknown advisor is a 422 ``validation`` problem, a participant that is not yours a 404.
    """

    handover_id: UUID
    to_username: str = Field(min_length=1, max_length=100)
    note: str | None = Field(default=None, max_length=2000)
    handed_over_at: dt.datetime | None = None


class CaseRequest(ApiModel):
    """``POST /v1/cases`` (coordinator): an online-started case for an advisor.

    ``document`` is a balance document with ``balance.status == "draft"`` (typically variant
    ``online_followup``), structurally valid. Its participant is created when new (or must
    already belong to ``advisor_id``). The advisor's pull brings it down as a
    :class:`BalanceHeadItem` with ``status="draft"``.
    """

    advisor_id: UUID
    document: dict[str, Any]


class CaseCreated(ApiModel):
    """Answer to :class:`CaseRequest`."""

    balance_id: UUID
    revision_id: UUID
    participant_id: UUID
    advisor_id: UUID
    server_seq: int
