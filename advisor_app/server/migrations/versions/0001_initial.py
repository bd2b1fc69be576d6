"""Initial server schema: accounts, tokens, participants, balances, revisions, sync state.

Revision ID: 0001
Revises:
Create Date: 2026-11-27 03:30:29.533220
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""

    op.create_table(
        "app_user",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("roles", sa.String(length=100), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("ip", sa.String(length=64), nullable=True),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("entity", sa.String(length=30), nullable=False),
        sa.Column("entity_id", sa.String(length=100), nullable=True),
        sa.Column("revision_id", sa.Uuid(), nullable=True),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit")),
    )
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_actor_id"), ["actor_id"], unique=False)

    op.create_table(
        "catalogue_version",
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("version", name=op.f("pk_catalogue_version")),
    )
    op.create_table(
        "idempotency",
        sa.Column("advisor_id", sa.Uuid(), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=True),
        sa.Column("status", sa.Integer(), nullable=False),
        sa.Column("response_json", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("advisor_id", "key", name=op.f("pk_idempotency")),
    )
    with op.batch_alter_table("idempotency", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_idempotency_created_at"), ["created_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_idempotency_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "login_failure",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("ip", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_login_failure")),
    )
    with op.batch_alter_table("login_failure", schema=None) as batch_op:
        batch_op.create_index("ix_login_failure_key", ["username", "ip", "at"], unique=False)

    op.create_table(
        "server_counter",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_server_counter")),
    )
    op.create_table(
        "server_state",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_server_state")),
    )
    op.create_table(
        "team",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team")),
        sa.UniqueConstraint("name", name=op.f("uq_team_name")),
    )
    op.create_table(
        "device_session",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("device_name", sa.String(length=100), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_reason", sa.String(length=60), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_device_session_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_device_session")),
    )
    with op.batch_alter_table("device_session", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_device_session_device_id"), ["device_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_device_session_user_id"), ["user_id"], unique=False)

    op.create_table(
        "participant",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("conflict", sa.String(length=10), nullable=True),
        sa.Column("server_seq", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["app_user.id"], name=op.f("fk_participant_owner_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_participant_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "team_member",
        sa.Column("team_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], name=op.f("fk_team_member_team_id_team")),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_team_member_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("team_id", "user_id", name=op.f("pk_team_member")),
    )
    op.create_table(
        "tombstone",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("recipient_id", sa.Uuid(), nullable=False),
        sa.Column("entity_type", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("server_seq", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["recipient_id"], ["app_user.id"], name=op.f("fk_tombstone_recipient_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tombstone")),
    )
    with op.batch_alter_table("tombstone", schema=None) as batch_op:
        batch_op.create_index(
            "ix_tombstone_recipient_seq", ["recipient_id", "server_seq"], unique=False
        )

    op.create_table(
        "access_token",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["device_session.id"],
            name=op.f("fk_access_token_session_id_device_session"),
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_access_token")),
    )
    with op.batch_alter_table("access_token", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_access_token_expires_at"), ["expires_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_access_token_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "balance",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("owner_id", sa.Uuid(), nullable=False),
        sa.Column("head_revision_id", sa.Uuid(), nullable=True),
        sa.Column("head_server_seq", sa.BigInteger(), nullable=True),
        sa.Column("server_seq", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("variant", sa.String(length=30), nullable=False),
        sa.Column("project_code", sa.String(length=60), nullable=False),
        sa.Column("gmina", sa.String(length=300), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["app_user.id"], name=op.f("fk_balance_owner_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_balance_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_balance")),
    )
    with op.batch_alter_table("balance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_balance_gmina"), ["gmina"], unique=False)
        batch_op.create_index(batch_op.f("ix_balance_owner_id"), ["owner_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_balance_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_balance_project_code"), ["project_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_balance_received_at"), ["received_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_balance_server_seq"), ["server_seq"], unique=False)

    op.create_table(
        "participant_conflict",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("base_value", sa.JSON(), nullable=True),
        sa.Column("server_value", sa.JSON(), nullable=True),
        sa.Column("client_value", sa.JSON(), nullable=True),
        sa.Column("change_id", sa.Uuid(), nullable=False),
        sa.Column("advisor_id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_participant_conflict_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant_conflict")),
    )
    with op.batch_alter_table("participant_conflict", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participant_conflict_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "refresh_token",
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("used_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["device_session.id"],
            name=op.f("fk_refresh_token_session_id_device_session"),
        ),
        sa.PrimaryKeyConstraint("token_hash", name=op.f("pk_refresh_token")),
    )
    with op.batch_alter_table("refresh_token", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_refresh_token_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "balance_revision",
        sa.Column("revision_id", sa.Uuid(), nullable=False),
        sa.Column("balance_id", sa.Uuid(), nullable=False),
        sa.Column("base_revision_id", sa.Uuid(), nullable=True),
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("advisor_id", sa.Uuid(), nullable=False),
        sa.Column("device_id", sa.Uuid(), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=True),
        sa.Column("payload_sha256", sa.String(length=64), nullable=False),
        sa.Column("attachments", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("server_seq", sa.BigInteger(), nullable=False),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["advisor_id"], ["app_user.id"], name=op.f("fk_balance_revision_advisor_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["balance_id"], ["balance.id"], name=op.f("fk_balance_revision_balance_id_balance")
        ),
        sa.PrimaryKeyConstraint("revision_id", name=op.f("pk_balance_revision")),
    )
    with op.batch_alter_table("balance_revision", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_balance_revision_balance_id"), ["balance_id"], unique=False
        )

    op.create_table(
        "attachment",
        sa.Column("revision_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["balance_revision.revision_id"],
            name=op.f("fk_attachment_revision_id_balance_revision"),
        ),
        sa.PrimaryKeyConstraint("revision_id", "name", name=op.f("pk_attachment")),
    )

    # The one counter row server_seq is taken from (advisor_app.server.db.next_server_seq).
    counter = sa.table(
        "server_counter", sa.column("name", sa.String), sa.column("value", sa.BigInteger)
    )
    op.bulk_insert(counter, [{"name": "server_seq", "value": 0}])


def downgrade() -> None:
    """Revert this revision."""

    op.drop_table("attachment")
    with op.batch_alter_table("balance_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_balance_revision_balance_id"))

    op.drop_table("balance_revision")
    with op.batch_alter_table("refresh_token", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refresh_token_session_id"))

    op.drop_table("refresh_token")
    with op.batch_alter_table("participant_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_conflict_participant_id"))

    op.drop_table("participant_conflict")
    with op.batch_alter_table("balance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_balance_server_seq"))
        batch_op.drop_index(batch_op.f("ix_balance_received_at"))
        batch_op.drop_index(batch_op.f("ix_balance_project_code"))
        batch_op.drop_index(batch_op.f("ix_balance_participant_id"))
        batch_op.drop_index(batch_op.f("ix_balance_owner_id"))
        batch_op.drop_index(batch_op.f("ix_balance_gmina"))

    op.drop_table("balance")
    with op.batch_alter_table("access_token", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_access_token_session_id"))
        batch_op.drop_index(batch_op.f("ix_access_token_expires_at"))

    op.drop_table("access_token")
    with op.batch_alter_table("tombstone", schema=None) as batch_op:
        batch_op.drop_index("ix_tombstone_recipient_seq")

    op.drop_table("tombstone")
    op.drop_table("team_member")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_server_seq"))
        batch_op.drop_index(batch_op.f("ix_participant_owner_id"))

    op.drop_table("participant")
    with op.batch_alter_table("device_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_device_session_user_id"))
        batch_op.drop_index(batch_op.f("ix_device_session_device_id"))

    op.drop_table("device_session")
    op.drop_table("team")
    op.drop_table("server_state")
    op.drop_table("server_counter")
    with op.batch_alter_table("login_failure", schema=None) as batch_op:
        batch_op.drop_index("ix_login_failure_key")

    op.drop_table("login_failure")
    with op.batch_alter_table("idempotency", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_idempotency_participant_id"))
        batch_op.drop_index(batch_op.f("ix_idempotency_created_at"))

    op.drop_table("idempotency")
    op.drop_table("catalogue_version")
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_actor_id"))

    op.drop_table("audit")
    op.drop_table("app_user")
