"""Draft revisions: an online-started case stores its draft as the balance's head revision.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 04:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    # A draft has no finish time yet.
    with op.batch_alter_table("balance_revision") as batch:
        batch.alter_column("finished_at", existing_type=sa.DateTime(timezone=True), nullable=True)


def downgrade() -> None:
    """Revert this revision (fails while draft revisions exist)."""
    with op.batch_alter_table("balance_revision") as batch:
        batch.alter_column("finished_at", existing_type=sa.DateTime(timezone=True), nullable=False)
