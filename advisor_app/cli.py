"""Command line front: the GUI by default, headless subcommands for scripts (ARCHITECTURE.md §8).

Exit codes: 0 success, 1 a failure the user can act on (one line on stderr, no traceback),
2 a usage error (argparse). ``--json`` output is a stable contract.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import logging
import platform
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

import advisor_app
from advisor_app import app
from advisor_app.app import OpenedApp
from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.issues import Issue
from advisor_app.domain.listing import BalanceListRow
from advisor_app.domain.messages import message_for
from advisor_app.errors import KnownError, NotFound, ValidationFailed
from advisor_app.services.profiles import PrivacySettings

if TYPE_CHECKING:
    from advisor_app.services.sync import SyncService

PROG = "advisor-app"
EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

# Rows fetched per round trip when listing; the CLI prints every row.
_PAGE = 500

# Printed documents (ARCHITECTURE.md §8).
REPORT_KINDS = ("summary", "easy-read", "portfolio", "plan", "consent", "resignation")

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
    login = commands.add_parser(
        "login", help="sign in to the sync server (the password is read from stdin)"
    )
    login.add_argument("--server", required=True, help="server address (https://…)")
    login.add_argument("--user", required=True, help="user name on the server")
    login.add_argument("--device-name", default=None, help="name of this computer on the server")

    syncing = commands.add_parser(
        "sync", help="one sync pass: upload what is queued, download changes"
    )
    syncing.add_argument("--server", default=None, help="the server this profile must sync with")

    subject = commands.add_parser(
        "export-participant",
        help="export everything held about a participant (GDPR art. 15/20) to a .zip",
    )
    subject.add_argument("participant_id", type=_uuid, metavar="PARTICIPANT_ID")
    subject.add_argument("-o", "--output", type=Path, required=True, help="the .zip to write")

    purging = commands.add_parser(
        "purge", help="delete local copies of balances the server acknowledged long ago"
    )
    purging.add_argument(
        "--older-than-days",
        type=int,
        default=None,
        help="retention in days (default: privacy.json's retention_days, else 90)",
    )

    recovering = commands.add_parser(
        "recover",
        help="admin: unwrap the profile's key with the organisation key and protect it with a "
        "new passphrase (read from stdin)",
    )
    recovering.add_argument(
        "--org-key", type=Path, required=True, help="the organisation's private key (PEM)"
    )

    keygen = commands.add_parser(
        "recovery-keygen", help="admin: create an organisation recovery key pair (X25519, PEM)"
    )
    keygen.add_argument("private_key", type=Path, metavar="PRIVATE.pem")
    keygen.add_argument("public_key", type=Path, metavar="PUBLIC.pem")
    return parser


def _uuid(text: str) -> UUID:
    try:
        return UUID(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a balance ID: {text!r}") from error


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    Args:
        argv: The arguments. None: the process's own (``sys.argv``), which marks the call as
            the program's entry point (the ``advisor-app`` script, ``python -m advisor_app``,
            the frozen app's launcher).
    """
    if argv is None:
        # The modules imported so far live as long as the process: freezing their objects
        # keeps the collector from scanning them in every full collection and again at exit
        # (about a quarter of a start's CPU time, bench/cold_start.py). Only at the program's
        # entry: in-process callers (tests) would keep garbage they expect to be collected.
        gc.freeze()
    args = build_parser().parse_args(argv)
    data_dir: Path = args.data_dir or app.default_data_dir()
    profile: str = args.profile or app.DEFAULT_PROFILE
    try:
        log_path = app.configure_logging(data_dir)
    except OSError as error:
        print(f"{PROG}: cannot use data directory {data_dir}: {error.strerror}", file=sys.stderr)
        return EXIT_FAILURE
    if args.command is None:
        # No --profile: the profile picker (or the only profile) decides.
        return app.run_gui(data_dir, args.profile)
    handler = _HANDLERS.get(args.command)
    try:
        if handler is None:  # works on files, without opening the profile
            return _OFFLINE_HANDLERS[args.command](data_dir, profile, args)
        opened = app.open_app(data_dir, profile, privacy=PrivacySettings.load(data_dir))
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
        documents.record_export(args.balance_id)
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
    from advisor_app.services.reports import ReportKind

    record = opened.services.balances.load(args.balance_id)
    reports = opened.services.reports
    if ReportKind(args.kind) not in reports.available_kinds(record):
        status = record.balance.status.value
        hint = "; print --kind resignation" if status == "withdrawn" else ""
        print(
            f"{PROG}: balance {args.balance_id} is {status}: the {args.kind} document "
            f"cannot be printed{hint}",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    printed_by = opened.services.profile.advisor_name
    printed_on = dt.date.today()
    if args.kind == "resignation":
        pdf = reports.render(record, ReportKind.RESIGNATION).pdf
    elif args.kind == "portfolio":
        pdf = _render_portfolio(opened, record, printed_by, printed_on, args.large_print)
    elif args.kind == "easy-read":
        from advisor_app.reports.easy_read import render_easy_read

        result = render_easy_read(
            record,
            printed_by=printed_by,
            printed_on=printed_on,
            language=language_for(record.participant),
        )
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
    opened.services.audit.record_print(args.balance_id, args.kind)
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


def _sync_service(opened: OpenedApp) -> SyncService:
    service = opened.services.sync
    if service is None:  # only a hand-built Services lacks it
        raise KnownError("sync is not available in this build")
    return service


def _login(opened: OpenedApp, args: argparse.Namespace) -> int:
    """Sign in; the password is the first line of stdin (a prompt when it is a terminal)."""
    if sys.stdin.isatty():
        import getpass

        password = getpass.getpass(f"password for {args.user}: ")
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        print(f"{PROG}: no password on stdin", file=sys.stderr)
        return EXIT_FAILURE
    device_name = args.device_name or platform.node() or None
    result = _sync_service(opened).login(args.server, args.user, password, device_name)
    where = "system keyring" if result.keyring else "encrypted profile database"
    print(f"signed in to {result.server_url} as {result.display_name} (token in the {where})")
    return EXIT_OK


def _sync(opened: OpenedApp, args: argparse.Namespace) -> int:
    """One pass; exit 0 only when nothing is left waiting for, or refused by, the server."""
    from advisor_app.sync.client import check_server_url

    service = _sync_service(opened)
    before = service.status()
    if args.server is not None:
        wanted = check_server_url(args.server)
        if before.server_url != wanted:
            print(
                f"{PROG}: not signed in to {wanted}; run '{PROG} login --server {wanted} "
                "--user NAME' first",
                file=sys.stderr,
            )
            return EXIT_FAILURE
    report = service.run_once(force=True)
    status = service.status()
    if status.skew_warning and status.skew_seconds is not None:
        print(
            f"warning: this computer's clock differs from the server's by "
            f"{abs(status.skew_seconds) / 60:.0f} minutes",
            file=sys.stderr,
        )
    if report.outcome.value != "ok":
        print(
            f"{PROG}: sync failed: {report.reason}; {status.pending} item(s) stay queued",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    waiting = status.pending
    refused = len(status.problems)
    print(
        f"synced: {report.pushed} uploaded, {report.acknowledged} confirmed, "
        f"{report.pulled.participants + report.pulled.balances} downloaded"
    )
    if waiting or refused:
        reasons = []
        if waiting:
            reasons.append(f"{waiting} item(s) still queued")
        if refused:
            first = status.problems[0]
            reasons.append(f"{refused} item(s) need attention ({first.state}: {first.detail})")
        print(f"{PROG}: {'; '.join(reasons)}", file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_OK


def _export_participant(opened: OpenedApp, args: argparse.Namespace) -> int:
    result = opened.services.privacy.export_participant(args.participant_id, args.output)
    print(
        f"exported participant {result.participant_id}: {len(result.balance_ids)} balance(s), "
        f"{result.revisions} revision(s), {result.files} file(s) to {result.path}"
    )
    return EXIT_OK


def _purge(opened: OpenedApp, args: argparse.Namespace) -> int:
    days = args.older_than_days
    if days is not None and days < 1:
        print(f"{PROG}: --older-than-days must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    retention = dt.timedelta(days=days) if days is not None else None
    print(opened.services.privacy.purge_acknowledged(retention).text())
    return EXIT_OK


def _recover(data_dir: Path, profile: str, args: argparse.Namespace) -> int:
    from advisor_app.storage.engine import create_encrypted_engine
    from advisor_app.storage.keyfile import wrap_key
    from advisor_app.storage.keys import DB_FILENAME, KEYFILE_NAME, MIN_PASSPHRASE_LENGTH
    from advisor_app.storage.profile import profile_dir_for
    from advisor_app.storage.recovery import (
        RECOVERY_FILE,
        load_org_private_key,
        unwrap_with_org_key,
    )

    profile_dir = profile_dir_for(data_dir, profile)
    try:
        private_key = load_org_private_key(args.org_key.read_bytes())
    except (OSError, ValueError) as error:
        print(f"{PROG}: cannot read the organisation key {args.org_key}: {error}", file=sys.stderr)
        return EXIT_FAILURE
    key = unwrap_with_org_key(profile_dir / RECOVERY_FILE, private_key)
    create_encrypted_engine(profile_dir / DB_FILENAME, key).dispose()  # proves the key
    passphrase = sys.stdin.readline().rstrip("\n")
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        print(
            f"{PROG}: the new passphrase (stdin) needs at least {MIN_PASSPHRASE_LENGTH} characters",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    keyfile = profile_dir / KEYFILE_NAME
    partial = keyfile.with_name(f".{keyfile.name}.partial")
    partial.write_bytes(wrap_key(key, passphrase))
    partial.replace(keyfile)
    print(
        f"recovered the key of {profile_dir}; the profile now opens with the new passphrase "
        f"(set {app.PASSPHRASE_ENV} for the command line)"
    )
    return EXIT_OK


def _recovery_keygen(data_dir: Path, profile: str, args: argparse.Namespace) -> int:
    del data_dir, profile
    from advisor_app.storage.recovery import generate_org_key_pair

    private_pem, public_pem = generate_org_key_pair()
    if args.private_key.exists() or args.public_key.exists():
        print(f"{PROG}: refusing to overwrite an existing key file", file=sys.stderr)
        return EXIT_FAILURE
    args.private_key.touch(mode=0o600)
    args.private_key.write_bytes(private_pem)
    args.public_key.write_bytes(public_pem)
    print(f"private key (keep offline): {args.private_key}")
    print(f"public key (privacy.json org_recovery_public_key): {args.public_key}")
    return EXIT_OK


_OFFLINE_HANDLERS: dict[str, Callable[[Path, str, argparse.Namespace], int]] = {
    "recover": _recover,
    "recovery-keygen": _recovery_keygen,
}


_HANDLERS: dict[str, Callable[[OpenedApp, argparse.Namespace], int]] = {
    "export-participant": _export_participant,
    "purge": _purge,
    "check": _check,
    "import": _import,
    "export": _export,
    "list": _list,
    "finish": _finish,
    "report": _report,
    "login": _login,
    "sync": _sync,
}
