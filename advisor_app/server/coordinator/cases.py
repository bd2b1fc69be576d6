"""Online-started cases: a coordinator starts a balance on the server for an advisor.

The case is a balance document in ``draft`` status. It is stored as the balance's head revision
(status ``draft``, no ``finished_at``), so the advisor's pull brings it down as a
``BalanceHeadItem(status="draft")``; the advisor continues it on the laptop and uploads the
finished revision with ``base_revision_id`` = the draft's revision, which the ordinary
stale-base rule then accepts. The participant is created when the server does not know it.
"""

from __future__ import annotations

from typing import Any

from fastapi.responses import Response
from sqlalchemy.orm import Session

from advisor_app.domain import validation
from advisor_app.domain.enums import BalanceStatus
from advisor_app.errors import InvalidImportFile
from advisor_app.server import idempotency
from advisor_app.server.access import can_read, not_found
from advisor_app.server.audit import audit
from advisor_app.server.balances.service import STATUS_DRAFT
from advisor_app.server.context import Principal, ServerContext
from advisor_app.server.coordinator.assignments import is_active_advisor
from advisor_app.server.db import next_server_seq, utc_now
from advisor_app.server.models import Balance, BalanceRevision, Participant, User
from advisor_app.server.problems import ApiProblem
from advisor_app.sync.codec import parse_document
from advisor_app.sync.mapping import record_from_document
from advisor_app.sync.protocol import CaseCreated, CaseRequest, Header, Problem, canonical_json
from advisor_app.sync.protocol import sha256_hex as _sha256_hex
from advisor_app.sync.schema import BalanceDocument


def _invalid(detail: str, path: str, msg: str) -> ApiProblem:
    return ApiProblem(Problem.VALIDATION, 422, detail, errors=[{"path": path, "msg": msg}])


class CaseService:
    """``POST /v1/cases`` of one app."""

    def __init__(self, ctx: ServerContext) -> None:
        self._ctx = ctx

    def _document(self, raw: dict[str, Any]) -> tuple[BalanceDocument, str]:
        """The parsed draft and its payload SHA-256 (422 when it is not a valid draft)."""
        settings = self._ctx.settings
        version = raw.get("schema_version")
        low, high = settings.balance_schema_min, settings.balance_schema_max
        if isinstance(version, int) and not low <= version <= high:
            raise ApiProblem(
                Problem.UNSUPPORTED_SCHEMA,
                422,
                f"balance schema_version {version} is not accepted "
                f"(this server accepts {low}..{high})",
                supported={"min": low, "max": high},
            )
        canonical = canonical_json(raw)
        try:
            document = parse_document(canonical, source="document")
        except InvalidImportFile as error:
            raise _invalid(
                "the document is not a valid balance document", "/body/document", str(error)
            ) from error
        if document.balance.status is not BalanceStatus.DRAFT:
            raise _invalid(
                "an online-started case is a draft",
                "/body/document/balance/status",
                "must be draft",
            )
        if document.balance.base_revision_id is not None:
            raise _invalid(
                "an online-started case starts a new balance",
                "/body/document/balance/base_revision_id",
                "must be null",
            )
        issues = validation.structural_issues(record_from_document(document))
        if issues:
            raise ApiProblem(
                Problem.VALIDATION,
                422,
                f"the document has {len(issues)} structural problem(s)",
                errors=[
                    {
                        "path": "/body/document/" + issue.field.replace(".", "/"),
                        "msg": issue.message_key,
                        "code": issue.code,
                    }
                    for issue in issues
                ],
            )
        return document, _sha256_hex(canonical)

    def create(self, principal: Principal, request: CaseRequest) -> Response:
        """Store the draft for ``request.advisor_id``; 201 :class:`CaseCreated`.

        Sending the same case again answers 200 with ``Idempotent-Replayed: true`` (the
        balance ID is the natural key); a different document under an existing balance or
        revision ID is 422.

        Raises:
            ApiProblem: 404 (advisor or participant outside the coordinator's reach), 409
                participant-erased, 422 validation or unsupported-schema.
        """
        document, digest = self._document(request.document)
        balance_id = document.balance.id
        revision_id = document.balance.revision_id
        participant_id = document.participant.id
        with self._ctx.db.write() as session:
            advisor = session.get(User, request.advisor_id)
            if not is_active_advisor(advisor) or not can_read(
                session, principal, request.advisor_id
            ):
                raise not_found("advisor")
            replay = self._existing(session, request, balance_id, revision_id, digest)
            if replay is not None:
                return replay
            participant = session.get(Participant, participant_id, with_for_update=True)
            if participant is not None:
                if not can_read(session, principal, participant.owner_id):
                    raise not_found("participant")
                if participant.erased_at is not None:
                    raise ApiProblem(Problem.PARTICIPANT_ERASED, 409, "the participant was erased")
                if participant.owner_id != request.advisor_id:
                    raise _invalid(
                        "the participant belongs to another advisor; transfer it first",
                        "/body/document/participant/id",
                        "owned by another advisor",
                    )
            now = utc_now()
            seq = next_server_seq(session)
            if participant is None:
                session.add(
                    Participant(
                        id=participant_id,
                        owner_id=request.advisor_id,
                        version=1,
                        data=document.participant.model_dump(mode="json"),
                        conflict=None,
                        server_seq=seq,
                        created_at=now,
                        updated_at=now,
                    )
                )
                # No ORM relationships order the inserts: the participant row must exist
                # before the balance's foreign key refers to it.
                session.flush()
            session.add(
                Balance(
                    id=balance_id,
                    participant_id=participant_id,
                    owner_id=request.advisor_id,
                    head_revision_id=revision_id,
                    head_server_seq=seq,
                    server_seq=seq,
                    status=BalanceStatus.DRAFT.value,
                    variant=document.balance.variant.value,
                    project_code=document.balance.project_code,
                    gmina=document.participant.gmina,
                    finished_at=None,
                    received_at=now,
                )
            )
            session.flush()
            session.add(
                BalanceRevision(
                    revision_id=revision_id,
                    balance_id=balance_id,
                    base_revision_id=None,
                    participant_id=participant_id,
                    advisor_id=principal.user_id,
                    device_id=principal.device_id,
                    schema_version=document.schema_version,
                    payload=request.document,
                    payload_sha256=digest,
                    attachments=[],
                    status=STATUS_DRAFT,
                    finished_at=None,
                    received_at=now,
                    processed_at=now,
                    server_seq=seq,
                )
            )
            audit(
                session,
                principal,
                "create_case",
                "balance",
                balance_id,
                revision_id=revision_id,
                server_seq=seq,
                notes=(
                    f"advisor={request.advisor_id};participant={participant_id}"
                    f";new_participant={participant is None}"
                ),
            )
            session.commit()
        body = CaseCreated(
            balance_id=balance_id,
            revision_id=revision_id,
            participant_id=participant_id,
            advisor_id=request.advisor_id,
            server_seq=seq,
        ).model_dump(mode="json")
        return idempotency.answer(201, body)

    @staticmethod
    def _existing(
        session: Session,
        request: CaseRequest,
        balance_id: Any,
        revision_id: Any,
        digest: str,
    ) -> Response | None:
        """The replay of the same case, None for a new one; 422 when the IDs are taken."""
        balance = session.get(Balance, balance_id)
        revision = session.get(BalanceRevision, revision_id)
        if balance is None and revision is None:
            return None
        if (
            balance is not None
            and revision is not None
            and revision.balance_id == balance_id
            and revision.status == STATUS_DRAFT
            and revision.payload_sha256 == digest
            and balance.owner_id == request.advisor_id
        ):
            body = CaseCreated(
                balance_id=balance_id,
                revision_id=revision_id,
                participant_id=balance.participant_id,
                advisor_id=balance.owner_id,
                server_seq=revision.server_seq,
            ).model_dump(mode="json")
            return idempotency.answer(200, body, {Header.REPLAYED.value: "true"})
        raise _invalid(
            "a balance or revision with this ID exists",
            "/body/document/balance/id",
            "exists",
        )
