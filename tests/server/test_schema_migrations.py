"""The server's Alembic history matches its models, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from advisor_app.server import migrate
from advisor_app.server.db import make_engine
from advisor_app.server.models import Base


def test_migrations_match_the_models(database_url: str) -> None:
    """After upgrading to head, autogenerate finds no difference (no model/migration drift)."""
    engine = make_engine(database_url)
    try:
        assert migrate.is_up_to_date(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        # Upgrading again is a no-op.
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()
