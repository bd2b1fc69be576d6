"""Assigning participants to advisors: new online-started cases and ownership transfers.

A transfer moves the participant and its balances to the new owner in one transaction with one
``server_seq``: the new owner's pull brings the participant and the balance heads down; the
previous owner's pull gets ``transferred`` tombstones and drops its copies.
"""

from __future__ import annotations

import uuid

from fastapi.responses import Response
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from advisor_app.server import faults, idempotency
from advisor_app.server.access import can_read, not_found
from advisor_app.server.audit import audit
from advisor_app.server.context import ROLE_ADVISOR, Principal, ServerContext
from advisor_app.server.db import next_server_seq, utc_now
from advisor_app.server.models import Balance, Participant, Tombstone, User
from advisor_app.server.participants.merge import normalised
from advisor_app.server.problems import ApiProblem
from advisor_app.sync.protocol import (
    AssignmentRequest,
    AssignmentResult,
    Fault,
    HandoverRequest,
    Problem,
)


def is_active_advisor(user: User | None) -> bool:
    """Tell whether ``user`` is an active account with the advisor role."""
    return user is not None and user.active and ROLE_ADVISOR in user.roles.split(",")


class AssignmentService:
    """Coordinator assignments of one app."""

    def __init__(self, ctx: ServerContext) -> None:
        self._ctx = ctx

    def assign(self, principal: Principal, request: AssignmentRequest) -> AssignmentResult:
        """Create or transfer a participant to ``request.advisor_id``.

        Raises:
            ApiProblem: 404 (advisor or participant unknown or outside the coordinator's
                teams), 409 participant-erased, 422 validation.
        """
        with self._ctx.db.write() as session:
            advisor = session.get(User, request.advisor_id)
            if not is_active_advisor(advisor) or not can_read(
                session, principal, request.advisor_id
            ):
                raise not_found("advisor")
            assert advisor is not None
            if request.participant is not None:
                result = self._create(session, principal, advisor, request)
            elif request.participant_id is not None:
                result = self._transfer(session, principal, advisor, request.participant_id)
            else:
                raise ApiProblem(
                    Problem.VALIDATION,
                    422,
                    "give participant_id (transfer) or participant (new case)",
                    errors=[{"path": "/body/participant_id", "msg": "required"}],
                )
            session.commit()
        return result

    def handover(
        self,
        principal: Principal,
        participant_id: uuid.UUID,
        key_header: str | None,
        request: HandoverRequest,
        fault: Fault | None,
    ) -> Response:
        """Answer ``POST /v1/participants/{id}/handover``: the owner gives the case away.

        Idempotent by ``Idempotency-Key = handover_id`` with a stored answer, like every write.
        Only the owner may hand over (anyone else gets 404); an unknown or inactive target
        advisor is 422 validation, an erased participant 409 participant-erased (both stored).
        """
        key = idempotency.require_key(key_header, request.handover_id)
        fingerprint = idempotency.fingerprint(
            {"handover": str(participant_id), **request.model_dump(mode="json")}
        )
        with self._ctx.db.write() as session:
            stored = idempotency.lookup(session, principal.user_id, key, fingerprint)
            if stored is not None:
                return idempotency.replay(stored)
            participant = session.get(Participant, participant_id, with_for_update=True)
            if participant is None or participant.owner_id != principal.user_id:
                raise not_found("participant")
            try:
                if participant.erased_at is not None:
                    raise ApiProblem(Problem.PARTICIPANT_ERASED, 409, "the participant was erased")
                target = session.scalar(
                    select(User).where(User.username == request.to_username.strip())
                )
                if target is None or not is_active_advisor(target):
                    raise ApiProblem(
                        Problem.VALIDATION,
                        422,
                        "no active advisor has this username",
                        errors=[{"path": "/body/to_username", "msg": "unknown advisor"}],
                    )
                result = move_participant(
                    session,
                    principal,
                    participant,
                    target.id,
                    action="handover",
                    note=request.note,
                )
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
                    "refuse_handover",
                    "participant",
                    participant_id,
                    notes=problem.problem.value,
                )
                faults.commit(session, fault)
                return problem.response()
            body = result.model_dump(mode="json")
            idempotency.remember(
                session,
                principal.user_id,
                key,
                fingerprint,
                200,
                body,
                participant_id=participant_id,
            )
            faults.commit(session, fault)
        return idempotency.answer(200, body)

    def _create(
        self, session: Session, principal: Principal, advisor: User, request: AssignmentRequest
    ) -> AssignmentResult:
        assert request.participant is not None
        participant_id = request.participant_id or uuid.uuid4()
        given = request.participant.get("id")
        if given is not None and given != str(participant_id):
            raise ApiProblem(
                Problem.VALIDATION,
                422,
                "participant.id differs from participant_id",
                errors=[{"path": "/body/participant/id", "msg": "differs from participant_id"}],
            )
        if session.get(Participant, participant_id) is not None:
            raise ApiProblem(
                Problem.VALIDATION,
                422,
                "a participant with this ID exists; transfer it with participant_id alone",
                errors=[{"path": "/body/participant_id", "msg": "exists"}],
            )
        data, errors = normalised({**request.participant, "id": str(participant_id)})
        if data is None:
            raise ApiProblem(Problem.VALIDATION, 422, "invalid participant", errors=errors)
        now = utc_now()
        seq = next_server_seq(session)
        session.add(
            Participant(
                id=participant_id,
                owner_id=advisor.id,
                version=1,
                data=data,
                conflict=None,
                server_seq=seq,
                created_at=now,
                updated_at=now,
            )
        )
        audit(
            session,
            principal,
            "assign_new",
            "participant",
            participant_id,
            server_seq=seq,
            notes=f"advisor={advisor.id}",
        )
        return AssignmentResult(
            participant_id=participant_id, advisor_id=advisor.id, server_seq=seq
        )

    def _transfer(
        self, session: Session, principal: Principal, advisor: User, participant_id: uuid.UUID
    ) -> AssignmentResult:
        participant = session.get(Participant, participant_id, with_for_update=True)
        if participant is None or not can_read(session, principal, participant.owner_id):
            raise not_found("participant")
        if participant.erased_at is not None:
            raise ApiProblem(Problem.PARTICIPANT_ERASED, 409, "the participant was erased")
        return move_participant(session, principal, participant, advisor.id, action="transfer")


def move_participant(
    session: Session,
    actor: Principal,
    participant: Participant,
    new_owner: uuid.UUID,
    *,
    action: str,
    note: str | None = None,
) -> AssignmentResult:
    """Give a (not erased) participant and its balances to ``new_owner``, audited as ``action``.

    One ``server_seq`` for everything: the new owner's pull brings the participant and the
    balance heads, the previous owner's pull gets ``transferred`` tombstones. Giving it to its
    owner changes nothing.
    """
    participant_id = participant.id
    previous = participant.owner_id
    if previous == new_owner:
        return AssignmentResult(
            participant_id=participant_id,
            advisor_id=new_owner,
            previous_owner_id=previous,
            server_seq=participant.server_seq,
        )
    now = utc_now()
    seq = next_server_seq(session)
    balances = session.scalars(
        select(Balance).where(Balance.participant_id == participant_id, Balance.erased_at.is_(None))
    ).all()
    moved = [(participant_id, "participant")] + [(b.id, "balance") for b in balances]
    # Tombstones the new owner got when these left it earlier would make a full re-download
    # delete what it now owns.
    session.execute(
        delete(Tombstone).where(
            Tombstone.recipient_id == new_owner,
            Tombstone.entity_id.in_([entity_id for entity_id, _ in moved]),
        )
    )
    participant.owner_id = new_owner
    participant.server_seq = seq
    participant.updated_at = now
    for balance in balances:
        balance.owner_id = new_owner
        balance.server_seq = seq
    for entity_id, entity_type in moved:
        session.add(
            Tombstone(
                recipient_id=previous,
                entity_type=entity_type,
                entity_id=entity_id,
                reason="transferred",
                server_seq=seq,
                created_at=now,
            )
        )
    notes = f"from={previous};to={new_owner};balances={len(balances)}"
    audit(
        session,
        actor,
        action,
        "participant",
        participant_id,
        server_seq=seq,
        notes=f"{notes};note={note}" if note else notes,
    )
    return AssignmentResult(
        participant_id=participant_id,
        advisor_id=new_owner,
        previous_owner_id=previous,
        server_seq=seq,
        transferred_balances=[balance.id for balance in balances],
    )
