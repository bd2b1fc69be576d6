"""Creating users and teams (the ``create-user`` command and test fixtures)."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from advisor_app.server.auth.passwords import hash_password
from advisor_app.server.context import ROLES
from advisor_app.server.db import utc_now
from advisor_app.server.models import Team, TeamMember, User


class AccountError(ValueError):
    """A user cannot be created as asked (duplicate name, unknown role, empty password)."""


def create_user(
    session: Session,
    username: str,
    password: str,
    *,
    roles: tuple[str, ...] = ("advisor",),
    display_name: str | None = None,
    team: str | None = None,
) -> User:
    """Add a user (and its team when new) to the session; the caller commits.

    Raises:
        AccountError: the username is taken or empty, a role is unknown, the password is empty.
    """
    username = username.strip()
    if not username or len(username) > 100:
        raise AccountError("the username must have 1 to 100 characters")
    if not password:
        raise AccountError("the password must not be empty")
    unknown = [role for role in roles if role not in ROLES]
    if unknown or not roles:
        raise AccountError(f"unknown role {', '.join(unknown) or '(none)'}; use {'|'.join(ROLES)}")
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise AccountError(f"user {username!r} already exists")
    user = User(
        id=uuid.uuid4(),
        username=username,
        display_name=(display_name or username).strip()[:200],
        password_hash=hash_password(password),
        roles=",".join(roles),
        active=True,
        created_at=utc_now(),
    )
    session.add(user)
    session.flush()
    if team:
        team_row = ensure_team(session, team)
        session.add(TeamMember(team_id=team_row.id, user_id=user.id))
        session.flush()
    return user


def ensure_team(session: Session, name: str) -> Team:
    """The team called ``name``, created when missing."""
    name = name.strip()
    if not name:
        raise AccountError("the team name must not be empty")
    team = session.scalar(select(Team).where(Team.name == name))
    if team is None:
        team = Team(id=uuid.uuid4(), name=name)
        session.add(team)
        session.flush()
    return team


def team_ids(session: Session, user_id: uuid.UUID) -> frozenset[uuid.UUID]:
    """The teams a user belongs to."""
    rows = session.scalars(select(TeamMember.team_id).where(TeamMember.user_id == user_id))
    return frozenset(rows)


def team_mates(session: Session, teams: frozenset[uuid.UUID]) -> frozenset[uuid.UUID]:
    """Every user in any of ``teams``."""
    if not teams:
        return frozenset()
    rows = session.scalars(select(TeamMember.user_id).where(TeamMember.team_id.in_(teams)))
    return frozenset(rows)
