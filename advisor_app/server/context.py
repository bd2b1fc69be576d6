"""What every request handler needs: settings, the database, the catalogue, and who is asking."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from fastapi import Request

from advisor_app.server.db import Database
from advisor_app.server.settings import Settings

if TYPE_CHECKING:
    from advisor_app.server.catalogue import CatalogueBundleSource

ROLE_ADVISOR = "advisor"
ROLE_COORDINATOR = "coordinator"
ROLE_ADMIN = "admin"
ROLES = (ROLE_ADVISOR, ROLE_COORDINATOR, ROLE_ADMIN)


@dataclass
class ServerContext:
    """Long-lived objects of one app instance (``app.state.ctx``)."""

    settings: Settings
    db: Database
    catalogue: CatalogueBundleSource


@dataclass(frozen=True)
class Principal:
    """The signed-in user of a request; ``advisor_id`` always comes from here, never a body.

    Attributes:
        user_id: The account.
        username: Its login name.
        roles: Its roles (advisor, coordinator, admin).
        team_ids: Teams it belongs to.
        session_id: The device session of the access token.
        device_id: The device the token is bound to.
        ip: Address the request came from.
    """

    user_id: uuid.UUID
    username: str
    roles: frozenset[str]
    team_ids: frozenset[uuid.UUID]
    session_id: uuid.UUID
    device_id: uuid.UUID
    ip: str | None = field(default=None, compare=False)

    @property
    def is_admin(self) -> bool:
        """Tell whether the user administers the server (reads everything)."""
        return ROLE_ADMIN in self.roles

    @property
    def is_coordinator(self) -> bool:
        """Tell whether the user coordinates advisors (reads their data, assigns cases)."""
        return ROLE_COORDINATOR in self.roles or self.is_admin


def server_context(request: Request) -> ServerContext:
    """The :class:`ServerContext` of the app serving ``request``."""
    ctx = request.app.state.ctx
    assert isinstance(ctx, ServerContext)
    return ctx


def client_ip(request: Request) -> str | None:
    """The peer address of the request (no proxy headers are trusted)."""
    return request.client.host if request.client is not None else None
