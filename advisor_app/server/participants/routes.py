"""HTTP routes of participants: field-merge upsert, conflict resolution, read, erasure."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import Response

from advisor_app.server.context import server_context
from advisor_app.server.coordinator.assignments import AssignmentService
from advisor_app.server.deps import CurrentPrincipal
from advisor_app.server.faults import requested_fault
from advisor_app.server.openapi import problems
from advisor_app.server.participants.service import ParticipantService
from advisor_app.sync.protocol import (
    AssignmentResult,
    ConflictResolution,
    ErasureResult,
    HandoverRequest,
    ParticipantChange,
    ParticipantMerged,
    ParticipantView,
)

router = APIRouter(tags=["participants"])


async def participant_service(request: Request) -> ParticipantService:
    """The participant service of this app."""
    return ParticipantService(server_context(request))


Service = Annotated[ParticipantService, Depends(participant_service)]


@router.put(
    "/v1/participants/{participant_id}",
    response_model=ParticipantMerged,
    responses={
        201: {"model": ParticipantMerged, "description": "Created"},
        **problems(401, 404, 409, 413, 422, 426, 429, 500, 503),
    },
)
def put_participant(
    participant_id: uuid.UUID,
    change: ParticipantChange,
    request: Request,
    principal: CurrentPrincipal,
    service: Service,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
    if_match: Annotated[str | None, Header(alias="If-Match")] = None,
) -> Response:
    """Create a participant, or merge changed fields into it (3-way, per field)."""
    return service.put(
        principal, participant_id, idempotency_key, if_match, change, requested_fault(request)
    )


@router.get(
    "/v1/participants/{participant_id}",
    response_model=ParticipantView,
    responses=problems(401, 404, 426, 429, 503),
)
def get_participant(
    participant_id: uuid.UUID, principal: CurrentPrincipal, service: Service
) -> ParticipantView:
    """The participant's data, version and open conflicts."""
    return service.get(principal, participant_id)


@router.post(
    "/v1/participants/{participant_id}/conflicts/{conflict_id}/resolve",
    response_model=ParticipantMerged,
    responses=problems(401, 404, 409, 422, 426, 429, 500, 503),
)
def resolve_conflict(
    participant_id: uuid.UUID,
    conflict_id: uuid.UUID,
    resolution: ConflictResolution,
    request: Request,
    principal: CurrentPrincipal,
    service: Service,
) -> ParticipantMerged:
    """Resolve a hard conflict with the chosen value (a new version)."""
    return service.resolve(
        principal, participant_id, conflict_id, resolution.value, requested_fault(request)
    )


@router.delete(
    "/v1/participants/{participant_id}",
    response_model=ErasureResult,
    responses=problems(401, 404, 422, 426, 429, 500, 503),
)
def erase_participant(
    participant_id: uuid.UUID,
    request: Request,
    principal: CurrentPrincipal,
    service: Service,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
) -> Response:
    """Erase the participant and its balances (withdrawn consent; GDPR art. 17)."""
    return service.erase(principal, participant_id, idempotency_key, requested_fault(request))


@router.post(
    "/v1/participants/{participant_id}/handover",
    response_model=AssignmentResult,
    responses=problems(401, 404, 409, 413, 422, 426, 429, 500, 503),
)
def hand_over(
    participant_id: uuid.UUID,
    handover: HandoverRequest,
    request: Request,
    principal: CurrentPrincipal,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
) -> Response:
    """Hand the participant and its balances over to another advisor (owner only)."""
    return AssignmentService(server_context(request)).handover(
        principal, participant_id, idempotency_key, handover, requested_fault(request)
    )
