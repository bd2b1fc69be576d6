"""Outbox: index for the list badges, receipt re-checks of acknowledged revisions.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 05:00:00

- ``ix_outbox_entity_id_seq``: the balance list's badges look up the newest item per balance.
- ``outbox.receipt_checked_at``: when an acknowledged revision's receipt was last re-read, so a
  server restored from an older backup is noticed (SYNC.md §3.9) without re-reading every
  receipt on every pass.

The new outbox kinds (``erasure``, ``handover``, ``conflict_resolution``) need no schema change:
``kind`` is free text.

Runs on users' SQLite databases with foreign keys OFF (advisor_app.storage.migrate): use
``op.batch_alter_table`` for any change to an existing table, and never import advisor_app here,
so this script keeps working when the models change.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("receipt_checked_at", sa.DateTime(), nullable=True))
        batch_op.create_index("ix_outbox_entity_id_seq", ["entity_id", "seq"], unique=False)


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_entity_id_seq")
        batch_op.drop_column("receipt_checked_at")
