"""An in-memory sync server at the HTTP level, for engine unit tests (no sockets, no sleeping).

It implements the rules of SYNC.md §3.4-§3.6 that the client depends on (idempotent replay,
key reuse, stale base, field merge, receipts, the changes feed) plus scripted faults: a test
queues answers or transport failures that the next matching requests get instead.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import secrets
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from advisor_app.sync.client import HttpResponse, TransportFailure
from advisor_app.sync.protocol import (
    PROBLEM_MEDIA_TYPE,
    Problem,
    canonical_json,
    parse_content_digest,
    sha256_hex,
)

ADVISOR_ID = UUID("0193a000-0000-7000-8000-000000000001")


@dataclass
class Scripted:
    """A canned answer (or a transport failure when ``status`` is None)."""

    method: str
    path_prefix: str
    status: int | None
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    #: Let the real handler run first (the server commits), then answer with this instead.
    after_commit: bool = False


@dataclass
class FakeServer:
    """The fake; ``now`` is the server's own clock."""

    now: Callable[[], dt.datetime]
    password: str = "secret-pw"
    access_ttl: int = 900
    min_client_version: str = "0.0.1"
    schema_window: tuple[int, int] = (1, 1)
    seq: int = 0
    revisions: dict[UUID, dict[str, Any]] = field(default_factory=dict)
    heads: dict[UUID, UUID] = field(default_factory=dict)
    idempotency: dict[str, tuple[str, int, bytes]] = field(default_factory=dict)
    participants: dict[UUID, dict[str, Any]] = field(default_factory=dict)
    attachments: dict[tuple[UUID, str], str] = field(default_factory=dict)
    feed: list[dict[str, Any]] = field(default_factory=list)
    tombstones: list[dict[str, Any]] = field(default_factory=list)
    script: list[Scripted] = field(default_factory=list)
    log: list[tuple[str, str, dict[str, str]]] = field(default_factory=list)
    access_tokens: dict[str, float] = field(default_factory=dict)
    refresh_tokens: set[str] = field(default_factory=set)
    refresh_calls: int = 0
    replays: int = 0
    cursor_expired: bool = False
    receipt_status: str = "stored"

    # --- transport ----------------------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        *,
        headers: Mapping[str, str] | None = None,
        content: bytes | None = None,
        params: Mapping[str, str] | None = None,
    ) -> HttpResponse:
        """Answer one request like the real server would (or as scripted)."""
        hdrs = {k.lower(): v for k, v in (headers or {}).items()}
        self.log.append((method, path, hdrs))
        scripted = self._scripted(method, path)
        if scripted is not None and not scripted.after_commit:
            return self._canned(scripted)
        response = self._handle(method, path, hdrs, content or b"", dict(params or {}))
        if scripted is not None:
            return self._canned(scripted)
        return response

    def _scripted(self, method: str, path: str) -> Scripted | None:
        for i, entry in enumerate(self.script):
            if entry.method == method and path.startswith(entry.path_prefix):
                return self.script.pop(i)
        return None

    def _canned(self, entry: Scripted) -> HttpResponse:
        if entry.status is None:
            raise TransportFailure("scripted connection failure", timed_out=True)
        body = canonical_json(
            {
                "type": "about:blank",
                "title": "scripted",
                "status": entry.status,
                **(entry.body or {}),
            }
        )
        return HttpResponse(
            entry.status,
            {
                "content-type": PROBLEM_MEDIA_TYPE,
                **{k.lower(): v for k, v in entry.headers.items()},
            },
            body,
        )

    # --- helpers ------------------------------------------------------------------------

    def _json(self, status: int, body: Any, **headers: str) -> HttpResponse:
        return HttpResponse(
            status,
            {
                "content-type": "application/json",
                "date": email.utils.format_datetime(self.now(), usegmt=True),
                **{k.lower().replace("_", "-"): v for k, v in headers.items()},
            },
            canonical_json(body),
        )

    def _problem(self, status: int, problem: Problem, **extra: Any) -> HttpResponse:
        body = {"type": problem.uri, "title": problem.value, "status": status, **extra}
        return HttpResponse(
            status,
            {
                "content-type": PROBLEM_MEDIA_TYPE,
                "date": email.utils.format_datetime(self.now(), usegmt=True),
            },
            canonical_json(body),
        )

    def _authorized(self, headers: Mapping[str, str]) -> bool:
        token = headers.get("authorization", "").removeprefix("Bearer ")
        expires = self.access_tokens.get(token)
        return expires is not None and self.now().timestamp() < expires

    def _tokens(self) -> dict[str, Any]:
        access = secrets.token_urlsafe(24)
        refresh = secrets.token_urlsafe(32)
        self.access_tokens[access] = self.now().timestamp() + self.access_ttl
        self.refresh_tokens.add(refresh)
        return {
            "access_token": access,
            "token_type": "Bearer",
            "expires_in": self.access_ttl,
            "refresh_token": refresh,
            "refresh_expires_in": 7776000,
            "advisor": {
                "id": str(ADVISOR_ID),
                "username": "e.nowak",
                "display_name": "Ewa Nowak",
                "roles": ["advisor"],
                "team_ids": [],
            },
        }

    def expire_access_tokens(self) -> None:
        """Make every issued access token expired (as after ACCESS_TTL)."""
        self.access_tokens.clear()

    def revoke_all(self) -> None:
        """Revoke every refresh token (an admin removed the device)."""
        self.refresh_tokens.clear()
        self.access_tokens.clear()

    def next_seq(self) -> int:
        """The next server_seq."""
        self.seq += 1
        return self.seq

    def push_participant(self, participant_id: UUID, data: dict[str, Any]) -> None:
        """A participant created or changed on the server (another advisor, an assignment)."""
        current = self.participants.get(participant_id)
        version = (current["version"] if current else 0) + 1
        self.participants[participant_id] = {"version": version, "data": dict(data)}
        self.feed.append(
            {
                "type": "participant",
                "id": str(participant_id),
                "version": version,
                "server_seq": self.next_seq(),
                "data": dict(data),
                "conflict": None,
            }
        )

    # --- endpoints ----------------------------------------------------------------------

    def _handle(
        self,
        method: str,
        path: str,
        headers: Mapping[str, str],
        body: bytes,
        params: dict[str, str],
    ) -> HttpResponse:
        if path == "/v1/meta":
            return self._json(
                200,
                {
                    "server_time": self.now().isoformat(),
                    "api_version": 1,
                    "accepted_schema_versions": {
                        "balance": {"min": self.schema_window[0], "max": self.schema_window[1]},
                        "participant": {"min": 1, "max": 1},
                    },
                    "min_client_version": self.min_client_version,
                    "max_upload_bytes": 10485760,
                    "idempotency_retention_days": 90,
                    "message": None,
                },
            )
        if path == "/v1/auth/token":
            request = json.loads(body)
            if request["grant_type"] == "password":
                if request.get("password") != self.password:
                    return self._problem(401, Problem.INVALID_GRANT)
                return self._json(200, self._tokens())
            self.refresh_calls += 1
            token = request.get("refresh_token")
            if token not in self.refresh_tokens:
                return self._problem(401, Problem.INVALID_GRANT)
            self.refresh_tokens.discard(token)
            return self._json(200, self._tokens())
        if path == "/v1/auth/revoke":
            self.refresh_tokens.discard(json.loads(body)["refresh_token"])
            return HttpResponse(204, {}, b"")
        if not self._authorized(headers):
            return self._problem(401, Problem.UNAUTHORIZED)
        parts = path.strip("/").split("/")
        if path == "/v1/sync/changes":
            return self._changes(params)
        if parts[1] == "participants" and method == "PUT":
            return self._idempotent(
                headers, body, lambda: self._put_participant(UUID(parts[2]), body)
            )
        if parts[1] == "balances" and len(parts) == 5 and method == "PUT":
            return self._idempotent(
                headers, body, lambda: self._put_revision(UUID(parts[2]), UUID(parts[4]), body)
            )
        if parts[1] == "balances" and len(parts) == 6 and parts[5] == "receipt":
            return self._receipt(UUID(parts[4]))
        if parts[1] == "balances" and len(parts) == 7 and parts[5] == "attachments":
            return self._put_attachment(UUID(parts[4]), parts[6], headers, body)
        return self._problem(404, Problem.NOT_FOUND)

    def _idempotent(
        self, headers: Mapping[str, str], body: bytes, handler: Callable[[], HttpResponse]
    ) -> HttpResponse:
        key = headers["idempotency-key"]
        fingerprint = sha256_hex(body)
        stored = self.idempotency.get(key)
        if stored is not None:
            if stored[0] != fingerprint:
                return self._problem(422, Problem.IDEMPOTENCY_KEY_REUSED)
            self.replays += 1
            return HttpResponse(
                stored[1],
                {"content-type": "application/json", "idempotent-replayed": "true"},
                stored[2],
            )
        response = handler()
        # An unsupported-schema answer is not stored: the same key must succeed once the
        # server's window moves (SYNC.md §3.9).
        unsupported = b"unsupported-schema" in response.body
        if response.status < 500 and response.status != 401 and not unsupported:
            self.idempotency[key] = (fingerprint, response.status, response.body)
        return response

    def _put_revision(self, balance_id: UUID, revision_id: UUID, body: bytes) -> HttpResponse:
        upload = json.loads(body)
        low, high = self.schema_window
        if not low <= upload["schema_version"] <= high:
            return self._problem(
                422, Problem.UNSUPPORTED_SCHEMA, supported={"min": low, "max": high}
            )
        if sha256_hex(canonical_json(upload["payload"])) != upload["payload_sha256"]:
            return self._problem(422, Problem.VALIDATION)
        base = upload["base_revision_id"]
        head = self.heads.get(balance_id)
        if (str(head) if head else None) != base:
            return self._problem(
                409,
                Problem.STALE_BASE,
                current_head_revision_id=str(head) if head else None,
                head_server_seq=self.revisions[head]["server_seq"] if head else None,
            )
        seq = self.next_seq()
        stored = {
            "balance_id": str(balance_id),
            "revision_id": str(revision_id),
            "server_seq": seq,
            "received_at": self.now().isoformat(),
            "status": "stored",
            "payload_sha256": upload["payload_sha256"],
            "missing_attachments": [a["name"] for a in upload["attachments"]],
        }
        self.revisions[revision_id] = {**stored, "upload": upload}
        self.heads[balance_id] = revision_id
        participant_id = UUID(upload["participant_id"])
        if participant_id not in self.participants:
            data = dict(upload["payload"]["participant"])
            data.pop("id", None)
            self.push_participant(participant_id, data)
        self.feed.append(
            {
                "type": "balance_head",
                "balance_id": str(balance_id),
                "participant_id": upload["participant_id"],
                "head_revision_id": str(revision_id),
                "server_seq": seq,
                "payload_sha256": upload["payload_sha256"],
                "document": upload["payload"],
            }
        )
        return self._json(201, stored)

    def _put_attachment(
        self, revision_id: UUID, name: str, headers: Mapping[str, str], body: bytes
    ) -> HttpResponse:
        digest = parse_content_digest(headers.get("content-digest", ""))
        if digest != sha256_hex(body):
            return self._problem(422, Problem.DIGEST_MISMATCH)
        known = self.attachments.get((revision_id, name))
        if known is not None and known != digest:
            return self._problem(409, Problem.ATTACHMENT_CONFLICT)
        self.attachments[(revision_id, name)] = digest
        revision = self.revisions.get(revision_id)
        if revision is not None and name in revision["missing_attachments"]:
            revision["missing_attachments"].remove(name)
        return self._json(201, {"name": name, "sha256": digest, "size": len(body)})

    def _receipt(self, revision_id: UUID) -> HttpResponse:
        revision = self.revisions.get(revision_id)
        if revision is None:
            return self._problem(404, Problem.NOT_FOUND)
        return self._json(
            200,
            {
                "status": self.receipt_status,
                "payload_sha256": revision["payload_sha256"],
                "server_seq": revision["server_seq"],
                "received_at": revision["received_at"],
                "processed_at": self.now().isoformat(),
                "missing_attachments": revision["missing_attachments"],
                "problems": [],
            },
        )

    def _put_participant(self, participant_id: UUID, body: bytes) -> HttpResponse:
        change = json.loads(body)
        current = self.participants.get(participant_id)
        if current is None:
            return self._problem(404, Problem.NOT_FOUND)
        data = current["data"]
        applied, conflicts = [], []
        for name, value in change["fields"].items():
            base_value = change["base_values"].get(name)
            if data.get(name) == base_value or data.get(name) == value:
                data[name] = value
                applied.append(name)
            else:
                conflicts.append(
                    {
                        "id": str(uuid.uuid4()),
                        "field": name,
                        "base_value": base_value,
                        "server_value": data.get(name),
                        "client_value": value,
                    }
                )
        kind = (
            "hard"
            if conflicts
            else ("soft" if current["version"] != change["base_version"] else None)
        )
        current["version"] += 1
        seq = self.next_seq()
        self.feed.append(
            {
                "type": "participant",
                "id": str(participant_id),
                "version": current["version"],
                "server_seq": seq,
                "data": dict(data),
                "conflict": kind,
            }
        )
        return self._json(
            200,
            {
                "participant_id": str(participant_id),
                "version": current["version"],
                "server_seq": seq,
                "applied_fields": applied,
                "conflict": kind,
                "conflicts": conflicts,
            },
        )

    def _changes(self, params: dict[str, str]) -> HttpResponse:
        if self.cursor_expired and params.get("since") is not None:
            return self._problem(410, Problem.CURSOR_EXPIRED)
        since = int(params.get("since") or 0)
        limit = int(params.get("limit", "200"))
        newer = [c for c in self.feed if c["server_seq"] > since]
        # The latest state per entity only, as a compacting server would send.
        page = newer[:limit]
        dead = [t for t in self.tombstones if t["server_seq"] > since]
        last = max([c["server_seq"] for c in page] + [t["server_seq"] for t in dead] + [since])
        return self._json(
            200,
            {
                "changes": page,
                "tombstones": dead if len(newer) <= limit else [],
                "next_cursor": str(last),
                "has_more": len(newer) > limit,
            },
        )
