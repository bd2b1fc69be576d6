"""Idempotent writes (SYNC.md §3.4): stored answers replayed for a retry with the same key.

The record is written in the same transaction as the business rows, so either both exist or
neither does. Stored answers include the 4xx a retry would get again anyway (validation,
stale base, an erased participant); answers that depend on the server's configuration
(unsupported schema, client too old) or on a transient state are not stored, so the same item
syncs once the configuration changes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from fastapi.responses import JSONResponse, Response
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from advisor_app.server.db import try_lock_key, utc_now
from advisor_app.server.models import IdempotencyRecord
from advisor_app.server.problems import ApiProblem, retry_after
from advisor_app.sync.protocol import PROBLEM_MEDIA_TYPE, Header, Problem, canonical_json
from advisor_app.sync.protocol import sha256_hex as _sha256_hex

#: Problems whose answer is stored and replayed like a success.
STORED_PROBLEMS = frozenset(
    {
        Problem.VALIDATION,
        Problem.STALE_BASE,
        Problem.MISSING_DEPENDENCY,
        Problem.PARTICIPANT_ERASED,
    }
)


@dataclass(frozen=True)
class StoredAnswer:
    """A completed answer to replay."""

    status: int
    body: dict[str, Any]
    headers: dict[str, str]


def fingerprint(body: Any) -> str:
    """SHA-256 of the canonical JSON of a request body (what "the same request" means)."""
    return _sha256_hex(canonical_json(body))


def require_key(header: str | None, expected: uuid.UUID | None = None) -> str:
    """The ``Idempotency-Key`` of a write; 422 when missing or not the ID it must equal."""
    if header is None or not header.strip():
        raise ApiProblem(
            Problem.VALIDATION,
            422,
            "Idempotency-Key header is required",
            errors=[{"path": "/header/Idempotency-Key", "msg": "required"}],
        )
    key = header.strip()
    if expected is not None and key.lower() != str(expected):
        raise ApiProblem(
            Problem.VALIDATION,
            422,
            f"Idempotency-Key must equal {expected}",
            errors=[{"path": "/header/Idempotency-Key", "msg": "must equal the ID in the path"}],
        )
    return key


def lookup(
    session: Session, advisor_id: uuid.UUID, key: str, request_fingerprint: str
) -> StoredAnswer | None:
    """The stored answer for this key, None for a new key.

    Raises:
        ApiProblem: 409 request-in-progress (another attempt holds the key, PostgreSQL), or
            422 idempotency-key-reused (same key, different request).
    """
    if not try_lock_key(session, str(advisor_id), key):
        raise ApiProblem(
            Problem.REQUEST_IN_PROGRESS,
            409,
            "another attempt with this Idempotency-Key is in progress",
            headers=retry_after(2),
        )
    # Columns, not an ORM object: this runs on every write.
    row = session.execute(
        select(
            IdempotencyRecord.fingerprint, IdempotencyRecord.status, IdempotencyRecord.response_json
        ).where(IdempotencyRecord.advisor_id == advisor_id, IdempotencyRecord.key == key)
    ).first()
    if row is None:
        return None
    if row.fingerprint != request_fingerprint:
        raise ApiProblem(
            Problem.IDEMPOTENCY_KEY_REUSED,
            422,
            "this Idempotency-Key was used for a different request",
            stored_fingerprint=row.fingerprint,
            request_fingerprint=request_fingerprint,
        )
    body = dict(row.response_json)
    headers = body.pop("_headers", {})
    return StoredAnswer(row.status, body, dict(headers))


def remember(
    session: Session,
    advisor_id: uuid.UUID,
    key: str,
    request_fingerprint: str,
    status: int,
    body: dict[str, Any],
    headers: dict[str, str] | None = None,
    *,
    participant_id: uuid.UUID | None = None,
) -> None:
    """Store the answer of a completed write in the current transaction.

    ``participant_id`` names the participant whose data the answer may contain, so an erasure
    can delete it with the rest.
    """
    now = utc_now()
    stored = dict(body)
    if headers:
        stored["_headers"] = headers
    session.execute(
        insert(IdempotencyRecord),
        {
            "advisor_id": advisor_id,
            "key": key,
            "fingerprint": request_fingerprint,
            "participant_id": participant_id,
            "status": status,
            "response_json": stored,
            "created_at": now,
            "completed_at": now,
        },
    )


def answer(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    """The HTTP response of an answer (problem+json for errors)."""
    media_type = PROBLEM_MEDIA_TYPE if status >= 400 else "application/json"
    return JSONResponse(body, status_code=status, headers=headers or {}, media_type=media_type)


def replay(stored: StoredAnswer) -> Response:
    """Replay a stored answer, marked ``Idempotent-Replayed: true``; a 201 replays as 200."""
    status = 200 if stored.status == 201 else stored.status
    headers = {**stored.headers, Header.REPLAYED.value: "true"}
    return answer(status, stored.body, headers)


def stored_problem(problem: ApiProblem) -> bool:
    """Tell whether a problem answer is stored for replay."""
    return problem.problem in STORED_PROBLEMS
