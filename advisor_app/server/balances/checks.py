"""Checks of an uploaded revision: schema window, envelope agreement, document, finish rules.

The finish rules are the client's own (:class:`advisor_app.domain.flow.InterviewFlow`), applied
to the domain record the document maps to, so a revision the laptop could finish is accepted and
one it could not is refused with the same rules named.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from advisor_app.domain import validation
from advisor_app.domain.enums import BalanceStatus
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.issues import Issue
from advisor_app.errors import InvalidImportFile
from advisor_app.server.problems import ApiProblem
from advisor_app.server.settings import Settings
from advisor_app.sync.codec import parse_document
from advisor_app.sync.mapping import record_from_document
from advisor_app.sync.protocol import Problem, RevisionUpload
from advisor_app.sync.schema import BalanceDocument


def check_schema_window(upload: RevisionUpload, settings: Settings) -> None:
    """422 unsupported-schema when the revision's schema version is outside the window."""
    low, high = settings.balance_schema_min, settings.balance_schema_max
    if not low <= upload.schema_version <= high:
        raise ApiProblem(
            Problem.UNSUPPORTED_SCHEMA,
            422,
            f"balance schema_version {upload.schema_version} is not accepted "
            f"(this server accepts {low}..{high})",
            supported={"min": low, "max": high},
        )


def _invalid(detail: str, errors: list[dict[str, Any]]) -> ApiProblem:
    return ApiProblem(Problem.VALIDATION, 422, detail, errors=errors)


def check_upload(
    upload: RevisionUpload,
    balance_id: uuid.UUID,
    revision_id: uuid.UUID,
    canonical: bytes,
    digest: str,
) -> BalanceDocument:
    """The validated document of an upload.

    ``canonical`` is the payload's canonical JSON and ``digest`` its SHA-256, made once by the
    caller.

    Raises:
        ApiProblem: 422 validation naming every disagreement or unmet rule.
    """
    errors: list[dict[str, Any]] = []
    if upload.balance_id != balance_id:
        errors.append({"path": "/balance_id", "msg": "does not match the balance in the path"})
    if upload.revision_id != revision_id:
        errors.append({"path": "/revision_id", "msg": "does not match the revision in the path"})
    if upload.payload_sha256 != digest:
        errors.append(
            {"path": "/payload_sha256", "msg": "is not the SHA-256 of the payload's canonical JSON"}
        )
    names = [ref.name for ref in upload.attachments]
    if len(set(names)) != len(names):
        errors.append({"path": "/attachments", "msg": "names an attachment twice"})
    if errors:
        raise _invalid("the revision envelope is inconsistent", errors)
    try:
        document = parse_document(canonical, source="payload")
    except InvalidImportFile as error:
        raise _invalid(
            "the payload is not a valid balance document",
            [{"path": "/payload", "msg": str(error)}],
        ) from error
    errors = _agreement(upload, document)
    if errors:
        raise _invalid("the payload does not match the revision envelope", errors)
    issues = finish_issues(document)
    if issues:
        raise _invalid(
            f"the balance does not meet the finish rules ({len(issues)} unmet)",
            [_issue_error(issue) for issue in issues],
        )
    return document


def _agreement(upload: RevisionUpload, document: BalanceDocument) -> list[dict[str, Any]]:
    balance = document.balance
    pairs: list[tuple[str, object, object]] = [
        # The raw payload's version: parse_document has already upcast the document itself.
        ("/payload/schema_version", upload.payload.get("schema_version"), upload.schema_version),
        ("/payload/balance/id", balance.id, upload.balance_id),
        ("/payload/balance/revision_id", balance.revision_id, upload.revision_id),
        ("/payload/balance/base_revision_id", balance.base_revision_id, upload.base_revision_id),
        ("/payload/participant/id", document.participant.id, upload.participant_id),
    ]
    errors = [
        {"path": path, "msg": f"is {found} but the envelope says {expected}"}
        for path, found, expected in pairs
        if found != expected
    ]
    if balance.status is not BalanceStatus.FINISHED or balance.finished_at is None:
        errors.append({"path": "/payload/balance/status", "msg": "only finished revisions sync"})
    return errors


def finish_issues(document: BalanceDocument) -> list[Issue]:
    """The structural issues and unmet finish rules of a document's balance."""
    record = record_from_document(document)
    finished = document.balance.finished_at
    # The laptop judged "birth date in the future" by its own date at finish; taking the later
    # of that and today's server date never refuses what the laptop accepted.
    today = dt.datetime.now(dt.UTC).date()
    if finished is not None:
        today = max(today, finished.date())
    structural = list(validation.structural_issues(record))
    flow = InterviewFlow(today=lambda: today)
    blocking = flow.finish_issues(record)
    return structural + [issue for issue in blocking if issue not in structural]


def _issue_error(issue: Issue) -> dict[str, Any]:
    error: dict[str, Any] = {
        "path": "/payload/" + issue.field.replace(".", "/"),
        "msg": issue.message_key,
        "code": issue.code,
        "stage": issue.stage.value,
        "severity": issue.severity.value,
    }
    if issue.entity_id is not None:
        error["entity_id"] = str(issue.entity_id)
    return error
