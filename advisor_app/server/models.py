"""SQLAlchemy 2 typed models of the server database (its own schema, own Alembic history).

Timestamps are stored as UTC and always read back timezone-aware (:class:`UtcDateTime`), so the
same code runs on SQLite (no time zones) and PostgreSQL. ``server_seq`` columns hold the counter
value of the last write that touched the row; the pull compares them with the client's cursor.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Uuid,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UtcDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC and returned timezone-aware on every backend."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    """Declarative base with the naming convention Alembic needs for constraint changes."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Counter(Base):
    """Monotonic counters; one row ``server_seq`` (see :mod:`advisor_app.server.db`)."""

    __tablename__ = "server_counter"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class ServerState(Base):
    """Small key/value state, e.g. the tombstone compaction horizon."""

    __tablename__ = "server_state"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- accounts ----------------------------------------------------------------------------------


class Team(Base):
    """A group of advisors; coordinators of a team read its advisors' data."""

    __tablename__ = "team"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class User(Base):
    """An account: advisor, coordinator or admin (``roles`` is a comma-separated list)."""

    __tablename__ = "app_user"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(200))
    roles: Mapped[str] = mapped_column(String(100))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class TeamMember(Base):
    """Membership of a user in a team."""

    __tablename__ = "team_member"

    team_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("team.id"), primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"), primary_key=True)


class DeviceSession(Base):
    """A signed-in (user, device): the family of its rotating refresh tokens."""

    __tablename__ = "device_session"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    user_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"), index=True)
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid, index=True)
    device_name: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    revoked_reason: Mapped[str | None] = mapped_column(String(60))


class RefreshToken(Base):
    """A refresh token, stored only as its SHA-256; ``used_at`` marks it spent."""

    __tablename__ = "refresh_token"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device_session.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class AccessToken(Base):
    """An opaque access token, stored only as its SHA-256."""

    __tablename__ = "access_token"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("device_session.id"), index=True)
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)


class LoginFailure(Base):
    """A failed password login, counted per username and IP for rate limiting."""

    __tablename__ = "login_failure"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(100))
    ip: Mapped[str] = mapped_column(String(64))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_login_failure_key", "username", "ip", "at"),)


# --- data --------------------------------------------------------------------------------------


class Participant(Base):
    """A participant's master data (the document's ``participant`` object) and its owner."""

    __tablename__ = "participant"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    conflict: Mapped[str | None] = mapped_column(String(10))
    server_seq: Mapped[int] = mapped_column(BigInteger, index=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    erased_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class ParticipantConflict(Base):
    """A hard conflict of one field: the server kept its value; both values are stored."""

    __tablename__ = "participant_conflict"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participant.id"), index=True)
    field: Mapped[str] = mapped_column(String(60))
    base_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    server_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    client_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    change_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    advisor_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    resolved_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)


class Balance(Base):
    """A balance: owner, head revision, and columns copied from the head for listings."""

    __tablename__ = "balance"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    participant_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("participant.id"), index=True)
    owner_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"), index=True)
    head_revision_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    head_server_seq: Mapped[int | None] = mapped_column(BigInteger)
    server_seq: Mapped[int] = mapped_column(BigInteger, index=True)
    status: Mapped[str] = mapped_column(String(20))
    variant: Mapped[str] = mapped_column(String(30))
    project_code: Mapped[str] = mapped_column(String(60), index=True)
    gmina: Mapped[str] = mapped_column(String(300), index=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    erased_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class BalanceRevision(Base):
    """An immutable revision; ``payload`` is the document (None once erased).

    Revisions are finished uploads of advisors, except the head of an online-started case
    (``status`` ``draft``, no ``finished_at``), which a coordinator created for an advisor.
    """

    __tablename__ = "balance_revision"

    revision_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    balance_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("balance.id"), index=True)
    base_revision_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    participant_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    advisor_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    device_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    schema_version: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    attachments: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20))
    finished_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    processed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    server_seq: Mapped[int] = mapped_column(BigInteger)
    erased_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)


class Attachment(Base):
    """The bytes of a file a revision lists (deleted on erasure)."""

    __tablename__ = "attachment"

    revision_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("balance_revision.revision_id"), primary_key=True
    )
    name: Mapped[str] = mapped_column(String(255), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class Tombstone(Base):
    """Something one advisor must no longer hold (erased or transferred away)."""

    __tablename__ = "tombstone"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    recipient_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("app_user.id"))
    entity_type: Mapped[str] = mapped_column(String(20))
    entity_id: Mapped[uuid.UUID] = mapped_column(Uuid)
    reason: Mapped[str] = mapped_column(String(20))
    server_seq: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_tombstone_recipient_seq", "recipient_id", "server_seq"),)


class CatalogueVersion(Base):
    """A catalogue version the server has published, with the ``server_seq`` it appeared at."""

    __tablename__ = "catalogue_version"

    version: Mapped[str] = mapped_column(String(40), primary_key=True)
    server_seq: Mapped[int] = mapped_column(BigInteger)
    published_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class IdempotencyRecord(Base):
    """The stored answer of a write, replayed for a retry with the same key (SYNC.md §3.4)."""

    __tablename__ = "idempotency"

    advisor_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    #: The participant the answer concerns, so erasure can drop answers holding its data.
    participant_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    status: Mapped[int] = mapped_column(Integer)
    response_json: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, index=True)
    completed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)


class AuditEntry(Base):
    """One write: who, from which device and address, did what to which entity."""

    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, index=True)
    device_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    ip: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str | None] = mapped_column(String(100))
    revision_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    server_seq: Mapped[int | None] = mapped_column(BigInteger)
    notes: Mapped[str | None] = mapped_column(Text)
