"""Alembic environment of the server database (separate from the desktop client's).

Run through :func:`advisor_app.server.migrate.upgrade`, which passes an open connection in
``config.attributes["connection"]``; no ``fileConfig`` call, so a frozen build needs no logging
configuration file.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from advisor_app.server.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations() -> None:
    """Run the migrations on the given connection, or on ``sqlalchemy.url``."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.begin() as owned:
        _run(owned)
    engine.dispose()


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        # SQLite cannot ALTER constraints: batch mode recreates the table instead.
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
