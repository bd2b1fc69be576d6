"""Who may read whose data: owners their own, coordinators their teams', admins everything.

Anything a principal may not read is answered 404, exactly like something that does not exist,
so IDs of other advisors' participants do not leak (SYNC.md §3.5C).
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from advisor_app.server.auth.accounts import team_mates
from advisor_app.server.context import Principal
from advisor_app.server.problems import ApiProblem
from advisor_app.sync.protocol import Problem


def readable_owners(session: Session, principal: Principal) -> frozenset[uuid.UUID] | None:
    """Owners whose data ``principal`` may read; None means every owner.

    A coordinator in no team reads everything (a small office with one coordinator); one in
    teams reads the members of those teams.
    """
    if principal.is_admin:
        return None
    if principal.is_coordinator:
        if not principal.team_ids:
            return None
        return team_mates(session, principal.team_ids) | {principal.user_id}
    return frozenset({principal.user_id})


def can_read(session: Session, principal: Principal, owner_id: uuid.UUID) -> bool:
    """Tell whether ``principal`` may read data owned by ``owner_id``."""
    if owner_id == principal.user_id:
        return True
    owners = readable_owners(session, principal)
    return owners is None or owner_id in owners


def not_found(what: str = "resource") -> ApiProblem:
    """The 404 of something missing or not the principal's."""
    return ApiProblem(Problem.NOT_FOUND, 404, f"no such {what}")
