"""Privacy: participant audit events, case handovers, erasure tombstones (issue 8).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 04:00:00

Runs on users' SQLite databases with foreign keys OFF (advisor_app.storage.migrate): use
``op.batch_alter_table`` for any change to an existing table, and never import advisor_app here,
so this script keeps working when the models change.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "participant_audit_event",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_participant_audit_event_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant_audit_event")),
    )
    with op.batch_alter_table("participant_audit_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_participant_audit_event_participant_id"),
            ["participant_id"],
            unique=False,
        )

    op.create_table(
        "handover",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("balance_id", sa.String(length=36), nullable=False),
        sa.Column("handed_over_on", sa.Date(), nullable=False),
        sa.Column("from_advisor_id", sa.String(length=36), nullable=False),
        sa.Column("to_advisor", sa.String(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["balance_id"],
            ["balance.id"],
            name=op.f("fk_handover_balance_id_balance"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover")),
    )
    with op.batch_alter_table("handover", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handover_balance_id"), ["balance_id"], unique=False)

    op.create_table(
        "erasure_tombstone",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("balance_id", sa.String(length=36), nullable=True),
        sa.Column("participant_id", sa.String(length=36), nullable=True),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure_tombstone")),
    )
    with op.batch_alter_table("erasure_tombstone", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_erasure_tombstone_balance_id"), ["balance_id"], unique=False
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("erasure_tombstone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_erasure_tombstone_balance_id"))
    op.drop_table("erasure_tombstone")
    with op.batch_alter_table("handover", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handover_balance_id"))
    op.drop_table("handover")
    with op.batch_alter_table("participant_audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_audit_event_participant_id"))
    op.drop_table("participant_audit_event")
