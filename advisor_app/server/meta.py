"""``GET /health`` and ``GET /v1/meta`` (compatibility and clock check, no auth)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from sqlalchemy import text

from advisor_app.server.context import server_context
from advisor_app.server.db import utc_now
from advisor_app.server.faults import early_fault_gate
from advisor_app.server.openapi import problems
from advisor_app.sync.protocol import API_VERSION, Health, Meta, SchemaWindow

router = APIRouter(tags=["meta"])


@router.get("/health", response_model=Health, responses=problems(503))
def health(request: Request) -> Health:
    """The process is up and its database answers a query."""
    db = server_context(request).db
    with db.read() as session:
        session.execute(text("SELECT 1"))
    return Health(status="ok", database="sqlite" if db.is_sqlite else "postgresql")


@router.get(
    "/v1/meta",
    response_model=Meta,
    responses=problems(429, 503),
    dependencies=[Depends(early_fault_gate)],
)
def meta(request: Request) -> Meta:
    """What this server accepts, and its clock (clients measure skew; it never blocks)."""
    settings = server_context(request).settings
    return Meta(
        server_time=utc_now(),
        api_version=API_VERSION,
        accepted_schema_versions={
            "balance": SchemaWindow(
                min=settings.balance_schema_min, max=settings.balance_schema_max
            ),
            "participant": SchemaWindow(
                min=settings.participant_schema_min, max=settings.participant_schema_max
            ),
        },
        min_client_version=settings.min_client_version,
        max_upload_bytes=settings.max_upload_bytes,
        idempotency_retention_days=settings.idempotency_retention_days,
        message=settings.server_message,
    )
