"""The FastAPI application factory: ``create_app(settings)``.

Nothing connects to a database at import time; each app owns its engine, so tests run several
apps (SQLite and PostgreSQL) in one process.
"""

from __future__ import annotations

from fastapi import Depends, FastAPI

import advisor_app
from advisor_app.server import migrate
from advisor_app.server.auth.routes import router as auth_router
from advisor_app.server.balances.routes import router as balances_router
from advisor_app.server.catalogue import CatalogueBundleSource
from advisor_app.server.catalogue import router as catalogue_router
from advisor_app.server.context import ServerContext
from advisor_app.server.coordinator.routes import router as coordinator_router
from advisor_app.server.db import Database, make_engine
from advisor_app.server.deps import client_version_gate
from advisor_app.server.faults import early_fault_gate
from advisor_app.server.feed.routes import router as feed_router
from advisor_app.server.limits import BodyLimitMiddleware
from advisor_app.server.meta import router as meta_router
from advisor_app.server.openapi import install_openapi
from advisor_app.server.participants.routes import router as participants_router
from advisor_app.server.problems import install_handlers
from advisor_app.server.settings import Settings


class SchemaNotMigrated(RuntimeError):
    """The database is not at the schema this version needs (run ``advisor-server migrate``)."""


def create_app(settings: Settings | None = None) -> FastAPI:
    """Build the server for ``settings`` (read from the environment when None).

    Raises:
        SchemaNotMigrated: the database schema is missing or older than this version's.
    """
    settings = settings if settings is not None else Settings()
    engine = make_engine(settings.database_url)
    if not migrate.is_up_to_date(engine):
        engine.dispose()
        raise SchemaNotMigrated(
            "the database schema is not up to date; run `advisor-server migrate` first"
        )
    db = Database(engine)
    catalogue = CatalogueBundleSource(settings.catalogue_dir)
    with db.write() as session:
        catalogue.publish(session)
        session.commit()
    ctx = ServerContext(settings=settings, db=db, catalogue=catalogue)

    app = FastAPI(
        title="advisor_app sync server",
        version=advisor_app.__version__,
        description="Central server of the competence balance app (SYNC.md §3.6).",
    )
    app.state.ctx = ctx
    install_handlers(app)
    install_openapi(app)
    app.add_middleware(BodyLimitMiddleware, limit=settings.max_upload_bytes)

    app.include_router(meta_router)
    gates = [Depends(early_fault_gate), Depends(client_version_gate)]
    routers = (
        auth_router,
        balances_router,
        catalogue_router,
        participants_router,
        feed_router,
        coordinator_router,
    )
    for router in routers:
        app.include_router(router, dependencies=gates)
    return app
