"""Sync client state: account and cursor, participant and balance server versions, conflicts.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 03:40:00

- ``sync_state``: key/value settings of the sync client (server URL, advisor id, device id,
  pull cursor, last sync, run-level backoff, clock skew, catalogue version).
- ``participant_sync``: the server's version of each participant the server knows, with the
  field values at that version (the base of the next participant change, SYNC.md §3.5 B).
- ``balance_sync``: the server head of each balance the server knows (pull and conflicts).
- ``participant_conflict``: hard field conflicts the server reported, until the advisor chooses.
- ``outbox``: the lease's ``attempt_id`` and when an item was acknowledged / first tried.

Runs on users' SQLite databases with foreign keys OFF (advisor_app.storage.migrate): use
``op.batch_alter_table`` for any change to an existing table, and never import advisor_app here,
so this script keeps working when the models change.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "participant_sync",
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("server_version", sa.Integer(), nullable=False),
        sa.Column("server_seq", sa.Integer(), nullable=False),
        sa.Column("base", sa.Text(), nullable=False),
        sa.Column("conflict", sa.String(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("participant_id", name=op.f("pk_participant_sync")),
    )
    op.create_table(
        "balance_sync",
        sa.Column("balance_id", sa.String(length=36), nullable=False),
        sa.Column("head_revision_id", sa.String(length=36), nullable=False),
        sa.Column("server_seq", sa.Integer(), nullable=False),
        sa.Column("payload_sha256", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("balance_id", name=op.f("pk_balance_sync")),
    )
    op.create_table(
        "participant_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("base_value", sa.Text(), nullable=True),
        sa.Column("server_value", sa.Text(), nullable=True),
        sa.Column("client_value", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant_conflict")),
    )
    with op.batch_alter_table("participant_conflict", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participant_conflict_participant_id"), ["participant_id"], unique=False
        )
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("attempt_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("first_attempt_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("acknowledged_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("acknowledged_at")
        batch_op.drop_column("first_attempt_at")
        batch_op.drop_column("attempt_id")
    with op.batch_alter_table("participant_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_conflict_participant_id"))
    op.drop_table("participant_conflict")
    op.drop_table("balance_sync")
    op.drop_table("participant_sync")
    op.drop_table("sync_state")
