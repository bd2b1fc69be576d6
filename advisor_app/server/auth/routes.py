"""HTTP routes of authentication and device management."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from advisor_app.server.auth.service import AuthService
from advisor_app.server.context import client_ip
from advisor_app.server.deps import AdminPrincipal, auth_service
from advisor_app.server.openapi import problems
from advisor_app.sync.protocol import RevokeRequest, TokenRequest, TokenResponse

router = APIRouter(tags=["auth"])
Service = Annotated[AuthService, Depends(auth_service)]


@router.post(
    "/v1/auth/token",
    response_model=TokenResponse,
    responses=problems(401, 422, 426, 429, 503),
)
def token(body: TokenRequest, request: Request, service: Service) -> TokenResponse:
    """Sign in with a password, or rotate a refresh token (the old one is spent)."""
    return service.token(body, client_ip(request))


@router.post("/v1/auth/revoke", status_code=204, responses=problems(422, 426, 429, 503))
def revoke(body: RevokeRequest, request: Request, service: Service) -> Response:
    """Sign this device out: its refresh token family and access tokens stop working."""
    service.revoke_refresh(body.refresh_token, client_ip(request))
    return Response(status_code=204)


@router.delete(
    "/v1/devices/{device_id}", status_code=204, responses=problems(401, 403, 426, 429, 503)
)
def revoke_device(device_id: uuid.UUID, principal: AdminPrincipal, service: Service) -> Response:
    """Sign every account out of a device (admin), e.g. a stolen laptop."""
    service.revoke_device(principal, device_id)
    return Response(status_code=204)
