"""HTTP route of the pull."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from advisor_app.server.context import server_context
from advisor_app.server.deps import CurrentPrincipal
from advisor_app.server.feed.service import FeedService
from advisor_app.server.openapi import problems
from advisor_app.sync.protocol import ChangesPage

router = APIRouter(tags=["sync"])


@router.get(
    "/v1/sync/changes",
    response_model=ChangesPage,
    responses=problems(401, 410, 422, 426, 429, 503),
)
def changes(
    request: Request,
    principal: CurrentPrincipal,
    since: Annotated[str | None, Query(max_length=20)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> ChangesPage:
    """Participants, balance heads (with documents), catalogue versions and tombstones after
    the cursor; apply a page in one local transaction, then store ``next_cursor``."""
    return FeedService(server_context(request)).page(principal, since, limit)
