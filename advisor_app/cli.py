"""Command line front: the GUI by default, headless subcommands for scripts (ARCHITECTURE.md §8).

Exit codes: 0 success, 1 a failure the user can act on (one line on stderr, no traceback),
2 a usage error (argparse). ``--json`` output is a stable contract.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from uuid import UUID

import advisor_app
from advisor_app import app
from advisor_app.app import OpenedApp
from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.issues import Issue
from advisor_app.domain.listing import BalanceListRow
from advisor_app.domain.messages import message_for
from advisor_app.errors import KnownError, NotFound, ValidationFailed

PROG = "advisor-app"
EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

# Rows fetched per round trip when listing; the CLI prints every row.
_PAGE = 500

# Printed documents (ARCHITECTURE.md §8).
REPORT_KINDS = ("summary", "easy-read", "portfolio", "plan", "consent")

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``advisor-app``."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Competence balance (bilans kompetencji) for career advisors. "
        "Without a command the desktop application starts.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {advisor_app.__version__}"
    )
    parser.add_argument(
        "--data-dir", type=Path, default=None, help="data directory (default: per-user data dir)"
    )
    parser.add_argument("--profile", default=None, help="profile name (default: 'default')")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("check", help="open (create) and migrate the profile, print a summary")

    importing = commands.add_parser("import", help="import a balance document (.json or .zip)")
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument(
        "--replace", action="store_true", help="overwrite a balance stored with other content"
    )

    exporting = commands.add_parser("export", help="export a balance document")
    exporting.add_argument("balance_id", type=_uuid, metavar="BALANCE_ID")
    exporting.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    exporting.add_argument(
        "--with-files", action="store_true", help="write a .zip with the document and its files"
    )

    listing = commands.add_parser("list", help="list participants and their balances")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.add_argument("--search", default="", help="only rows matching these words")

    finishing = commands.add_parser(
        "finish", help="finish a balance: check the finish rules, freeze it, queue it for sync"
    )
    finishing.add_argument("balance_id", type=_uuid, metavar="BALANCE_ID")

    reporting = commands.add_parser("report", help="print a balance document to PDF")
    reporting.add_argument("balance_id", type=_uuid, metavar="BALANCE_ID")
    reporting.add_argument("--kind", required=True, choices=REPORT_KINDS, help="which document")
    reporting.add_argument(
        "-o", "--output", type=Path, help="PDF file to write (default: <kind>-<BALANCE_ID>.pdf)"
    )
    reporting.add_argument(
        "--large-print", action="store_true", help="large print (body text 14 pt)"
    )
    return parser


def _uuid(text: str) -> UUID:
    try:
        return UUID(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a balance ID: {text!r}") from error


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = build_parser().parse_args(argv)
    data_dir: Path = args.data_dir or app.default_data_dir()
    profile: str = args.profile or app.DEFAULT_PROFILE
    try:
        log_path = app.configure_logging(data_dir)
    except OSError as error:
        print(f"{PROG}: cannot use data directory {data_dir}: {error.strerror}", file=sys.stderr)
        return EXIT_FAILURE
    if args.command is None:
        return app.run_gui(data_dir, profile)
    handler = _HANDLERS[args.command]
    try:
        opened = app.open_app(data_dir, profile)
        try:
            return handler(opened, args)
        finally:
            opened.close()
    except KnownError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return EXIT_FAILURE
    except OSError as error:
        print(f"{PROG}: {error.strerror or error}", file=sys.stderr)
        return EXIT_FAILURE
    except Exception:
        log.exception("unexpected error in %s", args.command)
        print(f"{PROG}: unexpected error, details saved to {log_path}", file=sys.stderr)
        return EXIT_FAILURE


def _check(opened: OpenedApp, args: argparse.Namespace) -> int:
    del args
    summary = opened.summary()
    info = summary.info
    custody = "system keyring" if summary.key_source == "keyring" else "recovery passphrase"
    print(f"profile: {info.profile_name}")
    print(f"database: {info.db_path} (encrypted, key in the {custody})")
    print(f"schema revision: {summary.schema_revision}")
    print(f"advisor: {info.advisor_name} ({info.advisor_id})")
    print(f"participants: {summary.participants}")
    print(f"balances: {summary.balances}")
    return EXIT_OK


def _import(opened: OpenedApp, args: argparse.Namespace) -> int:
    outcome = opened.services.documents.import_file(args.file, replace=args.replace)
    print(f"{outcome.action} balance {outcome.balance_id} (participant {outcome.participant_id})")
    return EXIT_OK


def _export(opened: OpenedApp, args: argparse.Namespace) -> int:
    documents = opened.services.documents
    if args.output is None:
        if args.with_files:
            print(f"{PROG}: --with-files needs -o FILE.zip", file=sys.stderr)
            return EXIT_USAGE
        sys.stdout.buffer.write(documents.export_bytes(args.balance_id))
        sys.stdout.flush()
        return EXIT_OK
    documents.export_file(args.balance_id, args.output, with_files=args.with_files)
    print(f"exported balance {args.balance_id} to {args.output}")
    return EXIT_OK


def _list(opened: OpenedApp, args: argparse.Namespace) -> int:
    participants = opened.services.participants
    rows: list[BalanceListRow] = []
    while batch := participants.rows(args.search, offset=len(rows), limit=_PAGE):
        rows.extend(batch)
    if args.json:
        json.dump([_row_json(r) for r in rows], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    for row in rows:
        balance = str(row.balance_id) if row.balance_id else "-" * 36
        status = f"{row.status or '-':9} {row.current_stage or '-':12} {row.project_code or '-'}"
        print(f"{balance}  {status:32} {row.display_name} ({row.locality})")
    return EXIT_OK


def _finish(opened: OpenedApp, args: argparse.Namespace) -> int:
    """Finish a balance; when rules are unmet, list each below the one-line error.

    This is the one error of the command line that spans several lines: the first line is the
    usual ``advisor-app: <message>``, then one indented line per unmet rule.
    """
    try:
        outcome = opened.services.lifecycle.finish(args.balance_id)
    except ValidationFailed as error:
        unmet = [issue for issue in error.issues if isinstance(issue, Issue)]
        if not unmet:
            raise
        print(f"{PROG}: {error}", file=sys.stderr)
        for issue in unmet:
            print(f"  {issue_line(issue)}", file=sys.stderr)
        return EXIT_FAILURE
    print(
        f"finished balance {args.balance_id} "
        f"(revision {outcome.revision_id}, sha256 {outcome.sha256})"
    )
    return EXIT_OK


def _report(opened: OpenedApp, args: argparse.Namespace) -> int:
    """Render one printed document of a balance to a PDF file."""
    from advisor_app.reports.labels import language_for

    record = opened.services.balances.load(args.balance_id)
    printed_by = opened.services.profile.advisor_name
    printed_on = dt.date.today()
    if args.kind == "portfolio":
        pdf = _render_portfolio(opened, record, printed_by, printed_on, args.large_print)
    elif args.kind == "easy-read":
        from advisor_app.reports.easy_read import render_easy_read

        result = render_easy_read(record, printed_by=printed_by, printed_on=printed_on)
        pdf = result.pdf
        for finding in result.findings:
            if finding.replacement is not None:
                print(f"note: replaced {finding.text!r} with {finding.replacement!r}")
            else:
                print(f"note: a sentence of {finding.words} words: {finding.text!r}")
    else:
        render = _RENDERERS[args.kind]()
        pdf = render(
            record,
            printed_by=printed_by,
            printed_on=printed_on,
            language=language_for(record.participant),
            large_print=args.large_print,
        )
    target: Path = args.output or Path(f"{args.kind}-{args.balance_id}.pdf")
    target.write_bytes(pdf)
    print(f"wrote {args.kind} of balance {args.balance_id} to {target}")
    return EXIT_OK


def _render_portfolio(
    opened: OpenedApp,
    record: BalanceRecord,
    printed_by: str,
    printed_on: dt.date,
    large_print: bool,
) -> bytes:
    """The portfolio with thumbnails of the image files of printable evidence.

    A file whose bytes the profile lacks (a balance imported without its files) gets no
    thumbnail and a note on stdout; the document still renders.
    """
    from advisor_app.catalogue.reference import default_reference_catalogue
    from advisor_app.reports.labels import language_for
    from advisor_app.reports.portfolio import image_files, printable, render_portfolio

    images: dict[UUID, bytes] = {}
    for file in image_files(printable(record)):
        try:
            images[file.id] = opened.services.attachments.content(file.id)
        except NotFound:
            print(f"note: the image {file.name!r} is not in this profile; no thumbnail")
    try:
        catalogue = default_reference_catalogue()
    except ValueError as error:
        print(f"note: the reference catalogue cannot be read ({error}); no validation section")
        catalogue = None
    return render_portfolio(
        record,
        printed_by=printed_by,
        printed_on=printed_on,
        language=language_for(record.participant),
        large_print=large_print,
        images=images,
        catalogue=catalogue,
    )


def _summary_renderer() -> Callable[..., bytes]:
    from advisor_app.reports.summary import render_summary

    return render_summary


def _plan_renderer() -> Callable[..., bytes]:
    from advisor_app.reports.plan import render_plan

    return render_plan


def _consent_renderer() -> Callable[..., bytes]:
    from advisor_app.reports.consent import render_consent

    return render_consent


# Imported on use: ReportLab costs start-up time every other command would pay.
_RENDERERS: dict[str, Callable[[], Callable[..., bytes]]] = {
    "summary": _summary_renderer,
    "plan": _plan_renderer,
    "consent": _consent_renderer,
}


def issue_line(issue: Issue) -> str:
    """An unmet rule as ``<stage> / <field>: <message>`` (and the item it concerns, if any)."""
    line = f"{issue.stage.value} / {issue.field}: {message_for(issue.message_key)}"
    return line if issue.entity_id is None else f"{line} (item {issue.entity_id})"


def _row_json(row: BalanceListRow) -> dict[str, str | None]:
    """One list row in the stable ``list --json`` shape."""
    return {
        "balance_id": str(row.balance_id) if row.balance_id else None,
        "participant_id": str(row.participant_id),
        "last_name": row.last_name,
        "first_name": row.first_name,
        "locality": row.locality,
        "project_code": row.project_code,
        "variant": row.variant.value if row.variant else None,
        "status": row.status.value if row.status else None,
        "current_stage": row.current_stage.value if row.current_stage else None,
        "updated_at": row.updated_at.isoformat().replace("+00:00", "Z"),
    }


_HANDLERS: dict[str, Callable[[OpenedApp, argparse.Namespace], int]] = {
    "check": _check,
    "import": _import,
    "export": _export,
    "list": _list,
    "finish": _finish,
    "report": _report,
}
