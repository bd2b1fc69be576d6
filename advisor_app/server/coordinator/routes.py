"""HTTP routes for coordinators: assignments, received balances, CSV export."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from advisor_app.server.context import server_context
from advisor_app.server.coordinator.assignments import AssignmentService
from advisor_app.server.coordinator.cases import CaseService
from advisor_app.server.coordinator.listing import BalanceFilter, BalanceListing
from advisor_app.server.deps import CoordinatorPrincipal
from advisor_app.server.openapi import problems
from advisor_app.sync.protocol import (
    AssignmentRequest,
    AssignmentResult,
    BalanceList,
    CaseCreated,
    CaseRequest,
)

router = APIRouter(tags=["coordinator"])


@router.post(
    "/v1/assignments",
    response_model=AssignmentResult,
    responses=problems(401, 403, 404, 409, 422, 426, 429, 503),
)
def assign(
    body: AssignmentRequest, request: Request, principal: CoordinatorPrincipal
) -> AssignmentResult:
    """Give a participant (existing: transfer; ``participant`` data: new case) to an advisor."""
    return AssignmentService(server_context(request)).assign(principal, body)


@router.post(
    "/v1/cases",
    status_code=201,
    response_model=CaseCreated,
    responses={
        200: {"model": CaseCreated, "description": "The same case was already stored"},
        **problems(401, 403, 404, 409, 413, 422, 426, 429, 503),
    },
)
def create_case(body: CaseRequest, request: Request, principal: CoordinatorPrincipal) -> Response:
    """Start a case online: a draft balance for an advisor, brought down by their pull."""
    return CaseService(server_context(request)).create(principal, body)


def _filter(
    advisor_id: uuid.UUID | None,
    gmina: str | None,
    project_code: str | None,
    status: str | None,
    received_from: dt.datetime | None,
    received_to: dt.datetime | None,
) -> BalanceFilter:
    return BalanceFilter(advisor_id, gmina, project_code, status, received_from, received_to)


Text = Annotated[str | None, Query(max_length=300)]
When = Annotated[dt.datetime | None, Query()]


@router.get(
    "/v1/coordinator/balances",
    response_model=BalanceList,
    responses=problems(401, 403, 422, 426, 429, 503),
)
def list_balances(
    request: Request,
    principal: CoordinatorPrincipal,
    advisor_id: uuid.UUID | None = None,
    gmina: Text = None,
    project_code: Text = None,
    status: Text = None,
    received_from: When = None,
    received_to: When = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> BalanceList:
    """Received balances (heads) with filters, newest first, and counts over all matches."""
    where = _filter(advisor_id, gmina, project_code, status, received_from, received_to)
    return BalanceListing(server_context(request)).page(principal, where, limit, offset)


@router.get(
    "/v1/coordinator/balances.csv",
    response_class=Response,
    responses={
        200: {"content": {"text/csv": {}}, "description": "CSV with a header row"},
        **problems(401, 403, 422, 426, 429, 503),
    },
)
def export_balances(
    request: Request,
    principal: CoordinatorPrincipal,
    advisor_id: uuid.UUID | None = None,
    gmina: Text = None,
    project_code: Text = None,
    status: Text = None,
    received_from: When = None,
    received_to: When = None,
) -> Response:
    """The same list as CSV for reporting (UTF-8 with BOM so spreadsheets read Polish letters)."""
    where = _filter(advisor_id, gmina, project_code, status, received_from, received_to)
    text = BalanceListing(server_context(request)).csv(principal, where)
    return Response(
        ("\ufeff" + text).encode("utf-8"),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="balances.csv"'},
    )
