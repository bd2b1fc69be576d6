"""Audit rows: every write says who did what, from which device and address (SYNC.md §3.7)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from advisor_app.server.context import Principal
from advisor_app.server.db import utc_now
from advisor_app.server.models import AuditEntry


def audit(
    session: Session,
    actor: Principal | None,
    action: str,
    entity: str,
    entity_id: object | None,
    *,
    revision_id: uuid.UUID | None = None,
    server_seq: int | None = None,
    ip: str | None = None,
    notes: str | None = None,
) -> None:
    """Add an audit row to the current transaction (it commits with the write it records)."""
    session.add(
        AuditEntry(
            at=utc_now(),
            actor_id=actor.user_id if actor is not None else None,
            device_id=actor.device_id if actor is not None else None,
            ip=actor.ip if actor is not None else ip,
            action=action,
            entity=entity,
            entity_id=str(entity_id) if entity_id is not None else None,
            revision_id=revision_id,
            server_seq=server_seq,
            notes=notes,
        )
    )


def audit_row(
    actor: Principal,
    action: str,
    entity: str,
    entity_id: object,
    *,
    revision_id: uuid.UUID | None = None,
    server_seq: int | None = None,
    notes: str | None = None,
) -> dict[str, Any]:
    """The column values of an audit row, for :func:`insert_audit`."""
    return {
        "at": utc_now(),
        "actor_id": actor.user_id,
        "device_id": actor.device_id,
        "ip": actor.ip,
        "action": action,
        "entity": entity,
        "entity_id": str(entity_id),
        "revision_id": revision_id,
        "server_seq": server_seq,
        "notes": notes,
    }


def insert_audit(session: Session, rows: list[dict[str, Any]]) -> None:
    """Insert audit rows made by :func:`audit_row` with one statement (hot write paths)."""
    # The Core table, not the ORM entity: one executemany instead of one INSERT per row.
    table = AuditEntry.__table__
    assert isinstance(table, Table)
    session.execute(insert(table), rows)
