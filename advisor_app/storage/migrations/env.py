"""Alembic environment of the profile database.

Two ways in:

- The app (:mod:`advisor_app.storage.migrate`) passes an open connection to the encrypted
  database in ``config.attributes["connection"]``, with foreign keys already OFF.
- The ``alembic`` CLI (``check`` in CI, ``revision --autogenerate`` for developers) gets no
  connection: it works on a scratch in-memory SQLite database upgraded to head with the
  migration scripts themselves, so ``check`` compares the models with what the migrations build
  and fails on drift. No personal data and no key are ever involved.

No ``logging.config.fileConfig`` here: it needs logging sections in an .ini and breaks frozen
apps; the app configures logging itself.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from alembic.autogenerate.api import AutogenContext
from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, create_engine
from sqlalchemy.pool import StaticPool
from sqlalchemy.types import TypeDecorator

from advisor_app.storage.models import Base

config = context.config


def render_item(type_: str, obj: Any, autogen_context: AutogenContext) -> str | bool:
    """Render the app's column types as their plain SQLAlchemy ``impl``.

    Migration scripts must not import ``advisor_app.storage.types``: a script has to keep
    working after the module it was generated from changes or disappears.
    """
    if type_ == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl_instance!r}"
    return False


OPTIONS: dict[str, Any] = {
    "target_metadata": Base.metadata,
    # SQLite can only ALTER a table by recreating it: autogenerate emits batch operations.
    "render_as_batch": True,
    "compare_type": True,
    "render_item": render_item,
}


def run_on(connection: Connection) -> None:
    """Run the current command (upgrade, downgrade, check, ...) on ``connection``."""
    context.configure(connection=connection, **OPTIONS)
    with context.begin_transaction():
        context.run_migrations()


def upgrade_scratch_database(connection: Connection) -> None:
    """Build the schema of the head revision on an empty database and stamp it.

    Runs the scripts directly instead of through ``alembic.command``: a nested command would
    replace (and then remove) the ``alembic.context`` proxy this env.py is running under.
    """
    script = ScriptDirectory.from_config(config)
    revisions = list(script.walk_revisions("base", "heads"))
    migration = MigrationContext.configure(connection, opts={"render_as_batch": True})
    with Operations.context(migration):
        for revision in reversed(revisions):  # walk_revisions goes from head down
            revision.module.upgrade()
    migration.stamp(script, "heads")
    connection.commit()


def run_online() -> None:
    """Use the app's connection, or a scratch database for the developer CLI."""
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        with engine.connect() as scratch:
            upgrade_scratch_database(scratch)
            run_on(scratch)
    finally:
        engine.dispose()


def run_offline() -> None:
    """Emit SQL for SQLite (``alembic upgrade head --sql``) without any database."""
    context.configure(url="sqlite://", literal_binds=True, **OPTIONS)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
