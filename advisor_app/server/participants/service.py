"""Participant changes, conflict resolution, reads and erasure."""

from __future__ import annotations

import uuid
from typing import Any

from fastapi.responses import Response
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from advisor_app.server import faults, idempotency
from advisor_app.server.access import can_read, not_found
from advisor_app.server.audit import audit
from advisor_app.server.context import Principal, ServerContext
from advisor_app.server.db import next_server_seq, utc_now
from advisor_app.server.models import (
    Attachment,
    Balance,
    BalanceRevision,
    IdempotencyRecord,
    Participant,
    ParticipantConflict,
    Tombstone,
)
from advisor_app.server.participants.merge import merge, normalised, unknown_fields
from advisor_app.server.problems import ApiProblem
from advisor_app.sync.protocol import (
    ErasureResult,
    Fault,
    FieldConflict,
    ParticipantChange,
    ParticipantMerged,
    ParticipantView,
    Problem,
)

CONFLICT_HARD = "hard"
CONFLICT_SOFT = "soft"


def _erased() -> ApiProblem:
    return ApiProblem(
        Problem.PARTICIPANT_ERASED, 409, "the participant was erased (consent withdrawn)"
    )


def _invalid(errors: list[dict[str, str]]) -> ApiProblem:
    return ApiProblem(Problem.VALIDATION, 422, "the participant data is not valid", errors=errors)


class ParticipantService:
    """Participant endpoints of one app."""

    def __init__(self, ctx: ServerContext) -> None:
        self._ctx = ctx

    # -- changes ---------------------------------------------------------------------------

    def put(
        self,
        principal: Principal,
        participant_id: uuid.UUID,
        key_header: str | None,
        if_match: str | None,
        change: ParticipantChange,
        fault: Fault | None,
    ) -> Response:
        """Answer ``PUT /v1/participants/{id}``: create, or merge field by field."""
        key = idempotency.require_key(key_header, change.change_id)
        fingerprint = idempotency.fingerprint(change.model_dump(mode="json"))
        with self._ctx.db.write() as session:
            stored = idempotency.lookup(session, principal.user_id, key, fingerprint)
            if stored is not None:
                return idempotency.replay(stored)
            self._check_window(change)
            participant = session.get(Participant, participant_id, with_for_update=True)
            if participant is not None and participant.owner_id != principal.user_id:
                raise not_found("participant")
            if participant is None and change.base_version is not None:
                raise not_found("participant")
            try:
                self._check_if_match(if_match, change)
                if participant is None:
                    status, merged = 201, self._create(session, principal, participant_id, change)
                else:
                    status, merged = 200, self._merge(session, principal, participant, change)
            except ApiProblem as problem:
                if not idempotency.stored_problem(problem):
                    raise
                idempotency.remember(
                    session,
                    principal.user_id,
                    key,
                    fingerprint,
                    problem.status,
                    problem.body(),
                    participant_id=participant_id,
                )
                audit(
                    session,
                    principal,
                    "refuse_change",
                    "participant",
                    participant_id,
                    notes=problem.problem.value,
                )
                faults.commit(session, fault)
                return problem.response()
            body = merged.model_dump(mode="json")
            headers = {"ETag": f'"{merged.version}"'}
            idempotency.remember(
                session,
                principal.user_id,
                key,
                fingerprint,
                status,
                body,
                headers,
                participant_id=participant_id,
            )
            faults.commit(session, fault)
        return idempotency.answer(status, body, headers)

    def _check_window(self, change: ParticipantChange) -> None:
        settings = self._ctx.settings
        low, high = settings.participant_schema_min, settings.participant_schema_max
        if not low <= change.schema_version <= high:
            raise ApiProblem(
                Problem.UNSUPPORTED_SCHEMA,
                422,
                f"participant schema_version {change.schema_version} is not accepted",
                supported={"min": low, "max": high},
            )

    @staticmethod
    def _check_if_match(if_match: str | None, change: ParticipantChange) -> None:
        if if_match is None or change.base_version is None:
            return
        if if_match.strip().strip('"') != str(change.base_version):
            raise _invalid([{"path": "/header/If-Match", "msg": "differs from base_version"}])

    def _create(
        self,
        session: Session,
        principal: Principal,
        participant_id: uuid.UUID,
        change: ParticipantChange,
    ) -> ParticipantMerged:
        unknown = unknown_fields(change.fields)
        if unknown:
            raise _invalid(
                [{"path": f"/fields/{name}", "msg": "unknown field"} for name in unknown]
            )
        data, errors = normalised({**change.fields, "id": str(participant_id)})
        if data is None:
            raise _invalid(errors)
        now = utc_now()
        seq = next_server_seq(session)
        session.add(
            Participant(
                id=participant_id,
                owner_id=principal.user_id,
                version=1,
                data=data,
                conflict=None,
                server_seq=seq,
                created_at=now,
                updated_at=now,
            )
        )
        audit(session, principal, "create", "participant", participant_id, server_seq=seq)
        return ParticipantMerged(
            participant_id=participant_id,
            version=1,
            server_seq=seq,
            applied_fields=sorted(change.fields),
        )

    def _merge(
        self,
        session: Session,
        principal: Principal,
        participant: Participant,
        change: ParticipantChange,
    ) -> ParticipantMerged:
        if participant.erased_at is not None:
            raise _erased()
        unknown = unknown_fields(change.fields) + unknown_fields(change.base_values)
        if unknown:
            raise _invalid(
                [{"path": f"/fields/{name}", "msg": "unknown field"} for name in unknown]
            )
        same_version = change.base_version == participant.version
        result = merge(
            participant.data, change.fields, change.base_values, same_version=same_version
        )
        data, errors = normalised(result.data)
        if data is None:
            raise _invalid(errors)
        now = utc_now()
        conflicts: list[FieldConflict] = []
        outcome: str | None = None
        if result.applied or result.collisions:
            seq = next_server_seq(session)
            participant.server_seq = seq
            participant.updated_at = now
        if result.applied:
            participant.version += 1
            participant.data = data
            if change.base_version is not None and not same_version:
                outcome = CONFLICT_SOFT
        for collision in result.collisions:
            row = ParticipantConflict(
                id=uuid.uuid4(),
                participant_id=participant.id,
                field=collision.field,
                base_value=collision.base_value,
                server_value=collision.server_value,
                client_value=collision.client_value,
                change_id=change.change_id,
                advisor_id=principal.user_id,
                device_id=principal.device_id,
                created_at=now,
            )
            session.add(row)
            conflicts.append(_conflict(row))
            outcome = CONFLICT_HARD
        if outcome == CONFLICT_HARD or (outcome and participant.conflict != CONFLICT_HARD):
            participant.conflict = outcome
        audit(
            session,
            principal,
            "merge",
            "participant",
            participant.id,
            server_seq=participant.server_seq,
            notes=f"applied={','.join(result.applied)};conflicts={len(conflicts)}",
        )
        return ParticipantMerged(
            participant_id=participant.id,
            version=participant.version,
            server_seq=participant.server_seq,
            applied_fields=result.applied,
            conflict=outcome,
            conflicts=conflicts,
        )

    # -- conflicts -------------------------------------------------------------------------

    def resolve(
        self,
        principal: Principal,
        participant_id: uuid.UUID,
        conflict_id: uuid.UUID,
        value: Any,
        fault: Fault | None,
    ) -> ParticipantMerged:
        """Set a conflicted field to the chosen value: a new version and an audit event."""
        with self._ctx.db.write() as session:
            participant = session.get(Participant, participant_id, with_for_update=True)
            if participant is None or not can_read(session, principal, participant.owner_id):
                raise not_found("participant")
            if participant.erased_at is not None:
                raise _erased()
            row = session.get(ParticipantConflict, conflict_id)
            if row is None or row.participant_id != participant_id:
                raise not_found("conflict")
            applied: list[str] = []
            if row.resolved_at is None:
                data, errors = normalised({**participant.data, row.field: value})
                if data is None:
                    raise _invalid(errors)
                now = utc_now()
                seq = next_server_seq(session)
                participant.data = data
                participant.version += 1
                participant.server_seq = seq
                participant.updated_at = now
                row.resolved_at = now
                row.resolved_by = principal.user_id
                applied = [row.field]
                session.flush()
                if not _open_conflicts(session, participant_id):
                    participant.conflict = None
                audit(
                    session,
                    principal,
                    "resolve_conflict",
                    "participant",
                    participant_id,
                    server_seq=seq,
                    notes=f"conflict={conflict_id};field={row.field}",
                )
            result = ParticipantMerged(
                participant_id=participant_id,
                version=participant.version,
                server_seq=participant.server_seq,
                applied_fields=applied,
                conflict=participant.conflict,
                conflicts=[_conflict(c) for c in _open_conflicts(session, participant_id)],
            )
            faults.commit(session, fault)
        return result

    # -- reads -----------------------------------------------------------------------------

    def get(self, principal: Principal, participant_id: uuid.UUID) -> ParticipantView:
        """The participant with its open conflicts (404 when erased, unknown or not readable)."""
        with self._ctx.db.read() as session:
            participant = session.get(Participant, participant_id)
            if (
                participant is None
                or participant.erased_at is not None
                or not can_read(session, principal, participant.owner_id)
            ):
                raise not_found("participant")
            return ParticipantView(
                id=participant.id,
                owner_id=participant.owner_id,
                version=participant.version,
                server_seq=participant.server_seq,
                data=participant.data,
                conflict=participant.conflict,
                conflicts=[_conflict(c) for c in _open_conflicts(session, participant_id)],
            )

    # -- erasure ---------------------------------------------------------------------------

    def erase(
        self,
        principal: Principal,
        participant_id: uuid.UUID,
        key_header: str | None,
        fault: Fault | None,
    ) -> Response:
        """Erase a participant after withdrawn consent (owner, or a coordinator who reads it)."""
        key = idempotency.require_key(key_header)
        fingerprint = idempotency.fingerprint({"erase": str(participant_id)})
        with self._ctx.db.write() as session:
            stored = idempotency.lookup(session, principal.user_id, key, fingerprint)
            if stored is not None:
                return idempotency.replay(stored)
            participant = session.get(Participant, participant_id, with_for_update=True)
            if participant is None or not can_read(session, principal, participant.owner_id):
                raise not_found("participant")
            if participant.erased_at is not None:
                result = ErasureResult(
                    participant_id=participant_id, server_seq=participant.server_seq
                )
            else:
                result = erase_participant(session, principal, participant)
            body = result.model_dump(mode="json")
            idempotency.remember(session, principal.user_id, key, fingerprint, 200, body)
            faults.commit(session, fault)
        return idempotency.answer(200, body)


def erase_participant(
    session: Session, principal: Principal, participant: Participant
) -> ErasureResult:
    """Delete a participant's personal data, payloads and files; tombstone every copy.

    What stays: IDs, hashes, timestamps and audit rows, which prove what was received and
    erased without holding personal data. The owner's next pull removes the laptop's copies,
    drafts included (SYNC.md §3.6).
    """
    now = utc_now()
    seq = next_server_seq(session)
    balances = session.scalars(
        select(Balance).where(Balance.participant_id == participant.id)
    ).all()
    for balance in balances:
        revisions = session.scalars(
            select(BalanceRevision).where(BalanceRevision.balance_id == balance.id)
        ).all()
        for revision in revisions:
            revision.payload = None
            revision.erased_at = now
            session.execute(
                delete(Attachment).where(Attachment.revision_id == revision.revision_id)
            )
        balance.erased_at = now
        balance.server_seq = seq
        session.add(
            Tombstone(
                recipient_id=balance.owner_id,
                entity_type="balance",
                entity_id=balance.id,
                reason="erasure",
                server_seq=seq,
                created_at=now,
            )
        )
    session.execute(
        delete(ParticipantConflict).where(ParticipantConflict.participant_id == participant.id)
    )
    session.execute(
        delete(IdempotencyRecord).where(IdempotencyRecord.participant_id == participant.id)
    )
    participant.data = {"id": str(participant.id)}
    participant.conflict = None
    participant.erased_at = now
    participant.server_seq = seq
    participant.updated_at = now
    session.add(
        Tombstone(
            recipient_id=participant.owner_id,
            entity_type="participant",
            entity_id=participant.id,
            reason="erasure",
            server_seq=seq,
            created_at=now,
        )
    )
    audit(
        session,
        principal,
        "erase",
        "participant",
        participant.id,
        server_seq=seq,
        notes=f"balances={len(balances)}",
    )
    return ErasureResult(
        participant_id=participant.id,
        server_seq=seq,
        erased_balances=[balance.id for balance in balances],
    )


def _open_conflicts(session: Session, participant_id: uuid.UUID) -> list[ParticipantConflict]:
    return list(
        session.scalars(
            select(ParticipantConflict)
            .where(
                ParticipantConflict.participant_id == participant_id,
                ParticipantConflict.resolved_at.is_(None),
            )
            .order_by(ParticipantConflict.created_at)
        )
    )


def _conflict(row: ParticipantConflict) -> FieldConflict:
    return FieldConflict(
        id=row.id,
        field=row.field,
        base_value=row.base_value,
        server_value=row.server_value,
        client_value=row.client_value,
    )
