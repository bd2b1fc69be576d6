"""``advisor-server``: run, migrate and administer the central server (ARCHITECTURE.md §8).

Exit codes: 0 success, 1 a failure the operator can act on (one line on stderr, no traceback),
2 a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from pydantic import ValidationError

from advisor_app.server.settings import Settings

PROG = "advisor-server"


class CliError(Exception):
    """A failure reported as one line with exit code 1."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Central sync server of advisor_app.")
    parser.add_argument(
        "--database",
        metavar="URL",
        help="database URL (default: DATABASE_URL, or a SQLite file in the server data dir)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    serve = commands.add_parser("serve", help="run the HTTP server (uvicorn)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    commands.add_parser("migrate", help="create or upgrade the database schema")
    user = commands.add_parser("create-user", help="add an account (password read from stdin)")
    user.add_argument("name")
    user.add_argument("--role", required=True, choices=("advisor", "coordinator", "admin"))
    user.add_argument("--display-name")
    user.add_argument("--team")
    compact = commands.add_parser(
        "compact", help="drop tombstones older than N days (older pull cursors then get 410)"
    )
    compact.add_argument("--days", type=int, default=180)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except CliError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 1


def _settings(args: argparse.Namespace) -> Settings:
    try:
        if args.database:
            return Settings(database_url=args.database)
        return Settings()
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "settings"
        raise CliError(f"invalid configuration: {where}: {first['msg']}") from error


def _run(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import OperationalError, SQLAlchemyError

    settings = _settings(args)
    try:
        if args.command == "migrate":
            return _migrate(settings)
        if args.command == "create-user":
            return _create_user(settings, args)
        if args.command == "compact":
            return _compact(settings, args.days)
        return _serve(settings, args.host, args.port)
    except OperationalError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        raise CliError(f"cannot use the database: {reason}") from error
    except SQLAlchemyError as error:
        raise CliError(f"database error: {str(error).splitlines()[0]}") from error
    except OSError as error:
        raise CliError(f"cannot use the database location: {error}") from error


def _migrate(settings: Settings) -> int:
    from advisor_app.server import migrate
    from advisor_app.server.db import make_engine

    engine = make_engine(settings.database_url)
    try:
        migrate.upgrade(engine)
        print(f"database at schema {migrate.current_revision(engine)}")
    finally:
        engine.dispose()
    return 0


def _create_user(settings: Settings, args: argparse.Namespace) -> int:
    from advisor_app.server import migrate
    from advisor_app.server.auth.accounts import AccountError, create_user
    from advisor_app.server.db import Database, make_engine

    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise CliError("no password on stdin (pipe it in, e.g. `printf '%s\\n' \"$PW\" | ...`)")
    engine = make_engine(settings.database_url)
    try:
        if settings.is_sqlite:
            migrate.upgrade(engine)
        elif not migrate.is_up_to_date(engine):
            raise CliError("the database schema is not up to date; run `advisor-server migrate`")
        db = Database(engine)
        with db.write() as session:
            try:
                user = create_user(
                    session,
                    args.name,
                    password,
                    roles=(args.role,),
                    display_name=args.display_name,
                    team=args.team,
                )
            except AccountError as error:
                raise CliError(str(error)) from error
            session.commit()
            print(f"created {args.role} {user.username} ({user.id})")
    finally:
        engine.dispose()
    return 0


def _compact(settings: Settings, days: int) -> int:
    from advisor_app.server.db import Database, make_engine
    from advisor_app.server.feed.service import compact_tombstones

    engine = make_engine(settings.database_url)
    try:
        horizon, removed = compact_tombstones(
            Database(engine), days, retention_days=settings.idempotency_retention_days
        )
        print(f"removed {removed} tombstones; cursors below {horizon} now get 410")
    finally:
        engine.dispose()
    return 0


def _serve(settings: Settings, host: str, port: int) -> int:
    import uvicorn

    from advisor_app.server import migrate
    from advisor_app.server.app import SchemaNotMigrated, create_app
    from advisor_app.server.db import make_engine

    if settings.is_sqlite:
        # The embedded database migrates itself; a PostgreSQL server is the operator's to
        # upgrade (with a backup first), so serve only checks it.
        engine = make_engine(settings.database_url)
        try:
            migrate.upgrade(engine)
        finally:
            engine.dispose()
    try:
        app = create_app(settings)
    except SchemaNotMigrated as error:
        raise CliError(str(error)) from error
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
