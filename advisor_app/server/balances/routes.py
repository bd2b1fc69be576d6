"""HTTP routes of balance revisions, receipts and attachments."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Path, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from advisor_app.server.balances.service import BalanceService
from advisor_app.server.context import server_context
from advisor_app.server.deps import CurrentPrincipal
from advisor_app.server.faults import requested_fault
from advisor_app.server.openapi import problems
from advisor_app.server.problems import ApiProblem
from advisor_app.sync.protocol import (
    AttachmentStored,
    Problem,
    Receipt,
    RevisionStored,
    RevisionUpload,
    content_digest,
    parse_content_digest,
)

router = APIRouter(tags=["balances"])

AttachmentName = Annotated[str, Path(min_length=1, max_length=255, pattern=r"^[^/\\\x00-\x1f]+$")]


async def balance_service(request: Request) -> BalanceService:
    """The balance service of this app."""
    return BalanceService(server_context(request))


Service = Annotated[BalanceService, Depends(balance_service)]


@router.put(
    "/v1/balances/{balance_id}/revisions/{revision_id}",
    status_code=201,
    response_model=RevisionStored,
    responses={
        200: {"model": RevisionStored, "description": "Replay of a stored upload"},
        **problems(401, 404, 409, 413, 422, 426, 429, 500, 503),
    },
)
def put_revision(
    balance_id: uuid.UUID,
    revision_id: uuid.UUID,
    upload: RevisionUpload,
    request: Request,
    principal: CurrentPrincipal,
    service: Service,
    idempotency_key: Annotated[str | None, Header(alias="Idempotency-Key")] = None,
) -> Response:
    """Upload an immutable finished revision (idempotent by its revision ID)."""
    return service.upload(
        principal, balance_id, revision_id, idempotency_key, upload, requested_fault(request)
    )


@router.get(
    "/v1/balances/{balance_id}/revisions/{revision_id}/receipt",
    response_model=Receipt,
    responses=problems(401, 404, 426, 429, 503),
)
def get_receipt(
    balance_id: uuid.UUID,
    revision_id: uuid.UUID,
    principal: CurrentPrincipal,
    service: Service,
) -> Receipt:
    """What the server holds of a revision (drives ``synced → acknowledged``)."""
    return service.receipt(principal, balance_id, revision_id)


@router.put(
    "/v1/balances/{balance_id}/revisions/{revision_id}/attachments/{name}",
    status_code=201,
    response_model=AttachmentStored,
    responses={
        200: {"model": AttachmentStored, "description": "Already stored with this content"},
        **problems(401, 404, 409, 413, 422, 426, 429, 500, 503),
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/octet-stream": {"schema": {"type": "string"}}},
        }
    },
)
async def put_attachment(
    balance_id: uuid.UUID,
    revision_id: uuid.UUID,
    name: AttachmentName,
    request: Request,
    principal: CurrentPrincipal,
    service: Service,
    content_digest: Annotated[str | None, Header(alias="Content-Digest")] = None,
) -> Response:
    """Upload the bytes of a file the revision lists, with ``Content-Digest: sha-256=:…:``."""
    digest = parse_content_digest(content_digest) if content_digest else None
    if digest is None:
        raise ApiProblem(
            Problem.VALIDATION,
            422,
            "a Content-Digest header with a sha-256 value is required",
            errors=[{"path": "/header/Content-Digest", "msg": "missing or malformed"}],
        )
    data = await request.body()
    fault = requested_fault(request)
    # The database work is synchronous: run it in the thread pool, never on the event loop.
    return await run_in_threadpool(
        service.put_attachment, principal, balance_id, revision_id, name, digest, data, fault
    )


@router.get(
    "/v1/balances/{balance_id}/revisions/{revision_id}/attachments/{name}",
    response_class=Response,
    responses={
        200: {"content": {"application/octet-stream": {}}, "description": "The file"},
        **problems(401, 404, 426, 429, 503),
    },
)
def get_attachment(
    balance_id: uuid.UUID,
    revision_id: uuid.UUID,
    name: AttachmentName,
    principal: CurrentPrincipal,
    service: Service,
) -> Response:
    """The bytes of a stored attachment."""
    data, sha256 = service.get_attachment(principal, balance_id, revision_id, name)
    return Response(
        data,
        media_type="application/octet-stream",
        headers={"ETag": f'"{sha256}"', "Content-Digest": content_digest(data)},
    )
