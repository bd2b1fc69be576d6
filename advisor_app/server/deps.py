"""FastAPI dependencies: the signed-in principal, role checks and the client-version gate."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from advisor_app.server.auth.service import AuthService
from advisor_app.server.context import Principal, client_ip, server_context
from advisor_app.server.problems import ApiProblem
from advisor_app.sync.protocol import Header, Problem

_BEARER = HTTPBearer(auto_error=False, description="Opaque access token from /v1/auth/token")
_CLIENT_VERSION = re.compile(r"^\s*advisor-app/([0-9]+(?:\.[0-9]+)*)")


def auth_service(request: Request) -> AuthService:
    """The :class:`AuthService` of this app."""
    ctx = server_context(request)
    return AuthService(ctx.db, ctx.settings)


def current_principal(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_BEARER)],
) -> Principal:
    """The principal of the request's bearer token; 401 without a valid one."""
    challenge = {"WWW-Authenticate": "Bearer"}
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiProblem(Problem.UNAUTHORIZED, 401, "a bearer token is required", headers=challenge)
    principal = auth_service(request).authenticate(credentials.credentials, client_ip(request))
    if principal is None:
        raise ApiProblem(
            Problem.UNAUTHORIZED,
            401,
            "the access token is invalid or expired",
            headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
        )
    return principal


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


async def coordinator(principal: CurrentPrincipal) -> Principal:
    """The principal, required to be a coordinator or an admin (403 otherwise)."""
    if not principal.is_coordinator:
        raise ApiProblem(Problem.FORBIDDEN, 403, "this needs the coordinator role")
    return principal


async def admin(principal: CurrentPrincipal) -> Principal:
    """The principal, required to be an admin (403 otherwise)."""
    if not principal.is_admin:
        raise ApiProblem(Problem.FORBIDDEN, 403, "this needs the admin role")
    return principal


CoordinatorPrincipal = Annotated[Principal, Depends(coordinator)]
AdminPrincipal = Annotated[Principal, Depends(admin)]


def version_tuple(text: str) -> tuple[int, ...]:
    """``"1.4.2"`` → ``(1, 4, 2)``."""
    return tuple(int(part) for part in text.split("."))


async def client_version_gate(request: Request) -> None:
    """426 client-too-old when ``X-Client-Version`` names an app older than the minimum.

    Requests without the header, or from another product, pass: the gate exists to stop old
    desktop apps from writing data they no longer understand, not to lock out other tools.
    """
    header = request.headers.get(Header.CLIENT_VERSION.value)
    if not header:
        return
    match = _CLIENT_VERSION.match(header)
    if match is None:
        return
    minimum = server_context(request).settings.min_client_version
    if version_tuple(match.group(1)) < version_tuple(minimum):
        raise ApiProblem(
            Problem.CLIENT_TOO_OLD,
            426,
            f"this app version is too old; update to {minimum} or newer",
            headers={"Upgrade": f"advisor-app/{minimum}"},
            min_client_version=minimum,
        )
