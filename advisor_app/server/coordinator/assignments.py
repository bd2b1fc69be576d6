"""Assigning participants to advisors: new online-started cases and ownership transfers.

A transfer moves the participant and its balances to the new owner in one transaction with one
``server_seq``: the new owner's pull brings the participant and the balance heads down; the
previous owner's pull gets ``transferred`` tombstones and drops its copies.
"""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from advisor_app.server.access import can_read, not_found
from advisor_app.server.audit import audit
from advisor_app.server.context import ROLE_ADVISOR, Principal, ServerContext
from advisor_app.server.db import next_server_seq, utc_now
from advisor_app.server.models import Balance, Participant, Tombstone, User
from advisor_app.server.participants.merge import normalised
from advisor_app.server.problems import ApiProblem
from advisor_app.sync.protocol import AssignmentRequest, AssignmentResult, Problem


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
            if (
                advisor is None
                or not advisor.active
                or ROLE_ADVISOR not in advisor.roles.split(",")
                or not can_read(session, principal, advisor.id)
            ):
                raise not_found("advisor")
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
        previous = participant.owner_id
        if previous == advisor.id:
            return AssignmentResult(
                participant_id=participant_id,
                advisor_id=advisor.id,
                previous_owner_id=previous,
                server_seq=participant.server_seq,
            )
        now = utc_now()
        seq = next_server_seq(session)
        balances = session.scalars(
            select(Balance).where(
                Balance.participant_id == participant_id, Balance.erased_at.is_(None)
            )
        ).all()
        moved = [(participant_id, "participant")] + [(b.id, "balance") for b in balances]
        # Tombstones the new owner got when these left it earlier would make a full re-download
        # delete what it now owns.
        session.execute(
            delete(Tombstone).where(
                Tombstone.recipient_id == advisor.id,
                Tombstone.entity_id.in_([entity_id for entity_id, _ in moved]),
            )
        )
        participant.owner_id = advisor.id
        participant.server_seq = seq
        participant.updated_at = now
        for balance in balances:
            balance.owner_id = advisor.id
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
        audit(
            session,
            principal,
            "transfer",
            "participant",
            participant_id,
            server_seq=seq,
            notes=f"from={previous};to={advisor.id};balances={len(balances)}",
        )
        return AssignmentResult(
            participant_id=participant_id,
            advisor_id=advisor.id,
            previous_owner_id=previous,
            server_seq=seq,
            transferred_balances=[balance.id for balance in balances],
        )
