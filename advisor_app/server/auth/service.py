"""Login, token rotation, revocation and bearer-token checks.

A *device session* is one (user, device) sign-in; its refresh tokens form a family. Each use of
a refresh token spends it and issues the next one. Presenting a spent token again means it was
copied (or a retry raced a rotation): the whole family is revoked and the device must sign in
again, the rule of OAuth 2.0 Security BCP §4.14.2.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from advisor_app.server.audit import audit
from advisor_app.server.auth.accounts import team_ids
from advisor_app.server.auth.passwords import verify_password
from advisor_app.server.auth.tokens import new_token, token_hash
from advisor_app.server.context import Principal
from advisor_app.server.db import Database, utc_now
from advisor_app.server.models import (
    AccessToken,
    DeviceSession,
    LoginFailure,
    RefreshToken,
    TeamMember,
    User,
)
from advisor_app.server.problems import ApiProblem, retry_after
from advisor_app.server.settings import Settings
from advisor_app.sync.protocol import AdvisorInfo, Problem, TokenRequest, TokenResponse


def _invalid_grant(detail: str) -> ApiProblem:
    return ApiProblem(Problem.INVALID_GRANT, 401, detail)


class AuthService:
    """Issues and checks tokens against the database."""

    def __init__(self, db: Database, settings: Settings) -> None:
        self._db = db
        self._settings = settings

    # -- grants ----------------------------------------------------------------------------

    def token(self, request: TokenRequest, ip: str | None) -> TokenResponse:
        """Answer ``POST /v1/auth/token`` (password or refresh-token grant).

        Raises:
            ApiProblem: 401 invalid-grant, 429 rate-limited, 422 validation (missing fields).
        """
        if request.grant_type == "password":
            return self._password_grant(request, ip)
        return self._refresh_grant(request, ip)

    def _password_grant(self, request: TokenRequest, ip: str | None) -> TokenResponse:
        if request.username is None or request.password is None:
            raise ApiProblem(
                Problem.VALIDATION,
                422,
                "username and password are required for grant_type=password",
                errors=[{"path": "/body/username", "msg": "required"}],
            )
        username = request.username.strip()
        address = ip or "-"
        now = utc_now()
        window_start = now - dt.timedelta(seconds=self._settings.login_window)
        with self._db.write() as session:
            failures = session.execute(
                select(func.count(), func.min(LoginFailure.at)).where(
                    LoginFailure.username == username,
                    LoginFailure.ip == address,
                    LoginFailure.at > window_start,
                )
            ).one()
            if failures[0] >= self._settings.login_max_failures:
                oldest: dt.datetime = failures[1]
                wait = int((oldest - window_start).total_seconds()) + 1
                raise ApiProblem(
                    Problem.RATE_LIMITED,
                    429,
                    "too many failed logins; try again later",
                    headers=retry_after(wait),
                )
            user = session.scalar(select(User).where(User.username == username))
            valid = verify_password(user.password_hash if user else None, request.password)
            if user is None or not valid or not user.active:
                session.add(LoginFailure(username=username, ip=address, at=now))
                audit(session, None, "login_failed", "user", username, ip=ip)
                session.commit()
                raise _invalid_grant("wrong username or password")
            session.execute(
                delete(LoginFailure).where(
                    LoginFailure.username == username, LoginFailure.ip == address
                )
            )
            device = DeviceSession(
                id=uuid.uuid4(),
                user_id=user.id,
                device_id=request.device_id,
                device_name=request.device_name,
                created_at=now,
            )
            session.add(device)
            session.flush()
            response = self._issue(session, user, device, now)
            audit(
                session,
                self._principal(session, user, device, ip),
                "login",
                "device_session",
                device.id,
            )
            session.commit()
        return response

    def _refresh_grant(self, request: TokenRequest, ip: str | None) -> TokenResponse:
        if request.refresh_token is None:
            raise ApiProblem(
                Problem.VALIDATION,
                422,
                "refresh_token is required for grant_type=refresh_token",
                errors=[{"path": "/body/refresh_token", "msg": "required"}],
            )
        now = utc_now()
        with self._db.write() as session:
            row = session.get(RefreshToken, token_hash(request.refresh_token), with_for_update=True)
            if row is None:
                raise _invalid_grant("unknown refresh token")
            device = session.get(DeviceSession, row.session_id, with_for_update=True)
            assert device is not None
            user = session.get(User, device.user_id)
            assert user is not None
            if device.revoked_at is not None:
                raise _invalid_grant("this device was signed out; sign in again")
            if row.used_at is not None:
                # A spent token came back: assume it leaked and end the whole family.
                self._revoke(session, device, now, "refresh_token_replayed")
                audit(
                    session,
                    self._principal(session, user, device, ip),
                    "refresh_replayed",
                    "device_session",
                    device.id,
                )
                session.commit()
                raise _invalid_grant("refresh token already used; the device was signed out")
            if device.device_id != request.device_id:
                raise _invalid_grant("refresh token belongs to another device")
            if row.expires_at <= now or not user.active:
                raise _invalid_grant("refresh token expired; sign in again")
            row.used_at = now
            response = self._issue(session, user, device, now)
            audit(
                session,
                self._principal(session, user, device, ip),
                "refresh",
                "device_session",
                device.id,
            )
            session.commit()
        return response

    def _issue(
        self, session: Session, user: User, device: DeviceSession, now: dt.datetime
    ) -> TokenResponse:
        access, refresh = new_token(), new_token()
        session.add(
            AccessToken(
                token_hash=token_hash(access),
                session_id=device.id,
                expires_at=now + dt.timedelta(seconds=self._settings.access_ttl),
            )
        )
        session.add(
            RefreshToken(
                token_hash=token_hash(refresh),
                session_id=device.id,
                created_at=now,
                expires_at=now + dt.timedelta(seconds=self._settings.refresh_ttl),
            )
        )
        # Expired access tokens of this device are useless; dropping them keeps the table small.
        session.execute(
            delete(AccessToken).where(
                AccessToken.session_id == device.id, AccessToken.expires_at < now
            )
        )
        return TokenResponse(
            access_token=access,
            expires_in=self._settings.access_ttl,
            refresh_token=refresh,
            refresh_expires_in=self._settings.refresh_ttl,
            advisor=advisor_info(user, sorted(team_ids(session, user.id))),
        )

    # -- revocation ------------------------------------------------------------------------

    def revoke_refresh(self, refresh_token: str, ip: str | None) -> None:
        """Sign a device out by one of its refresh tokens (unknown tokens are ignored)."""
        now = utc_now()
        with self._db.write() as session:
            row = session.get(RefreshToken, token_hash(refresh_token))
            if row is None:
                return
            device = session.get(DeviceSession, row.session_id)
            assert device is not None
            user = session.get(User, device.user_id)
            assert user is not None
            if device.revoked_at is None:
                self._revoke(session, device, now, "signed_out")
                audit(
                    session,
                    self._principal(session, user, device, ip),
                    "revoke",
                    "device_session",
                    device.id,
                )
            session.commit()

    def revoke_device(self, actor: Principal, device_id: uuid.UUID) -> int:
        """Sign every account out of a device (admin); returns how many sessions ended."""
        now = utc_now()
        with self._db.write() as session:
            devices = session.scalars(
                select(DeviceSession).where(
                    DeviceSession.device_id == device_id, DeviceSession.revoked_at.is_(None)
                )
            ).all()
            for device in devices:
                self._revoke(session, device, now, "revoked_by_admin")
            audit(session, actor, "revoke_device", "device", device_id, notes=str(len(devices)))
            session.commit()
        return len(devices)

    @staticmethod
    def _revoke(session: Session, device: DeviceSession, now: dt.datetime, reason: str) -> None:
        device.revoked_at = now
        device.revoked_reason = reason
        session.execute(delete(AccessToken).where(AccessToken.session_id == device.id))
        session.execute(delete(RefreshToken).where(RefreshToken.session_id == device.id))

    # -- bearer tokens ---------------------------------------------------------------------

    def authenticate(self, access_token: str, ip: str | None) -> Principal | None:
        """The principal of a valid access token, or None (unknown, expired or revoked).

        One indexed query per request (token hash → session → user, teams outer-joined):
        this runs before every API call, so it reads columns, not ORM objects.
        """
        now = utc_now()
        statement = (
            select(
                AccessToken.expires_at,
                DeviceSession.id,
                DeviceSession.device_id,
                DeviceSession.revoked_at,
                User.id,
                User.username,
                User.roles,
                User.active,
                TeamMember.team_id,
            )
            .join(DeviceSession, DeviceSession.id == AccessToken.session_id)
            .join(User, User.id == DeviceSession.user_id)
            .outerjoin(TeamMember, TeamMember.user_id == User.id)
            .where(AccessToken.token_hash == token_hash(access_token))
        )
        with self._db.read() as session:
            rows = session.execute(statement).all()
        if not rows:
            return None
        expires_at, session_id, device_id, revoked_at, user_id, username, roles, active, _ = rows[0]
        if expires_at <= now or revoked_at is not None or not active:
            return None
        return Principal(
            user_id=user_id,
            username=username,
            roles=frozenset(roles.split(",")),
            team_ids=frozenset(row.team_id for row in rows if row.team_id is not None),
            session_id=session_id,
            device_id=device_id,
            ip=ip,
        )

    @staticmethod
    def _principal(
        session: Session, user: User, device: DeviceSession, ip: str | None
    ) -> Principal:
        return Principal(
            user_id=user.id,
            username=user.username,
            roles=frozenset(user.roles.split(",")),
            team_ids=team_ids(session, user.id),
            session_id=device.id,
            device_id=device.device_id,
            ip=ip,
        )


def advisor_info(user: User, teams: list[uuid.UUID]) -> AdvisorInfo:
    """The ``advisor`` object of a token response."""
    roles = [role for role in ("advisor", "coordinator", "admin") if role in user.roles.split(",")]
    return AdvisorInfo(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        roles=roles,
        team_ids=teams,
    )
