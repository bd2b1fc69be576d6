"""Storing revisions and attachments, and answering receipts.

One upload is one write transaction: the idempotency record, the revision, the new head, a
participant created from the document when the server has never seen it, the audit row and the
``server_seq`` commit together or not at all.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from fastapi.responses import Response
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from advisor_app.server import faults, idempotency
from advisor_app.server.access import can_read, not_found
from advisor_app.server.audit import audit, audit_row, insert_audit
from advisor_app.server.balances.checks import check_schema_window, check_upload
from advisor_app.server.context import Principal, ServerContext
from advisor_app.server.db import next_server_seq, utc_now
from advisor_app.server.models import Attachment, Balance, BalanceRevision, Participant
from advisor_app.server.problems import ApiProblem
from advisor_app.sync.protocol import (
    AttachmentStored,
    Fault,
    Header,
    Problem,
    Receipt,
    RevisionStored,
    RevisionUpload,
    canonical_json,
    sha256_hex,
)
from advisor_app.sync.schema import BalanceDocument

#: ``status`` of an online-started case's draft head (created by a coordinator, no receipt).
STATUS_DRAFT = "draft"
STATUS_STORED = "stored"
STATUS_ACCEPTED = "accepted"
STATUS_REJECTED = "rejected"


@dataclass(frozen=True)
class _Target:
    balance_exists: bool
    participant_exists: bool


class BalanceService:
    """Revision uploads, receipts and attachments of one app."""

    def __init__(self, ctx: ServerContext) -> None:
        self._ctx = ctx

    # -- revisions -------------------------------------------------------------------------

    def upload(
        self,
        principal: Principal,
        balance_id: uuid.UUID,
        revision_id: uuid.UUID,
        key_header: str | None,
        upload: RevisionUpload,
        fault: Fault | None,
    ) -> Response:
        """Answer ``PUT /v1/balances/{id}/revisions/{revision_id}`` (see SYNC.md §3.6)."""
        key = idempotency.require_key(key_header, revision_id)
        # The payload's canonical JSON is made once: its digest checks payload_sha256, stands
        # for the payload in the request fingerprint, and the same bytes are parsed.
        canonical = canonical_json(upload.payload)
        digest = sha256_hex(canonical)
        fingerprint = idempotency.fingerprint(
            {**upload.model_dump(mode="json", exclude={"payload"}), "payload": digest}
        )
        # The document checks depend on the request alone: run them before taking the writer
        # lock, so other uploads commit meanwhile. Their verdict is applied below in the
        # original order (a stored answer or an already stored revision still wins).
        checked: BalanceDocument | ApiProblem
        try:
            checked = check_upload(upload, balance_id, revision_id, canonical, digest)
        except ApiProblem as problem:
            checked = problem
        with self._ctx.db.write() as session:
            stored = idempotency.lookup(session, principal.user_id, key, fingerprint)
            if stored is not None:
                return idempotency.replay(stored)
            check_schema_window(upload, self._ctx.settings)
            try:
                existing = self._existing_revision(session, principal, upload, revision_id)
                if existing is not None:
                    return existing
                if isinstance(checked, ApiProblem):
                    raise checked
                document = checked
                target = self._target(session, principal, upload)
            except ApiProblem as problem:
                if not idempotency.stored_problem(problem):
                    raise
                idempotency.remember(
                    session,
                    principal.user_id,
                    key,
                    fingerprint,
                    problem.status,
                    problem.body(),
                    participant_id=upload.participant_id,
                )
                audit(
                    session,
                    principal,
                    "refuse_revision",
                    "balance",
                    upload.balance_id,
                    revision_id=upload.revision_id,
                    notes=problem.problem.value,
                )
                faults.commit(session, fault)
                return problem.response()
            body, headers = self._store(session, principal, upload, document, target)
            idempotency.remember(
                session,
                principal.user_id,
                key,
                fingerprint,
                201,
                body,
                headers,
                participant_id=upload.participant_id,
            )
            faults.commit(session, fault)
        return idempotency.answer(201, body, headers)

    def _existing_revision(
        self,
        session: Session,
        principal: Principal,
        upload: RevisionUpload,
        revision_id: uuid.UUID,
    ) -> Response | None:
        # Safety net behind the idempotency table (SYNC.md §3.4): the revision is stored but
        # its idempotency record is gone (retention) or belongs to another advisor. A column
        # probe first: on the hot path the revision does not exist.
        found = session.execute(
            select(BalanceRevision.revision_id).where(BalanceRevision.revision_id == revision_id)
        ).first()
        if found is None:
            return None
        revision = session.get(BalanceRevision, revision_id)
        assert revision is not None
        if revision.status == STATUS_DRAFT:
            balance = session.get(Balance, revision.balance_id)
            if balance is None or balance.owner_id != principal.user_id:
                raise not_found("revision")
            raise ApiProblem(
                Problem.VALIDATION,
                422,
                "this is the ID of the online-started draft; upload the finished balance as a "
                "new revision whose base_revision_id is the draft's",
                errors=[{"path": "/revision_id", "msg": "is the draft's revision ID"}],
            )
        if revision.advisor_id != principal.user_id:
            raise not_found("revision")
        if revision.payload_sha256 != upload.payload_sha256:
            raise ApiProblem(
                Problem.IDEMPOTENCY_KEY_REUSED,
                422,
                "this revision was stored with different content",
            )
        body = _stored_body(revision, _missing(session, revision))
        return idempotency.answer(200, body, {Header.REPLAYED.value: "true"})

    def _target(self, session: Session, principal: Principal, upload: RevisionUpload) -> _Target:
        # Row locks on PostgreSQL (SQLite's BEGIN IMMEDIATE already serialises writers).
        balance = session.execute(
            select(
                Balance.owner_id,
                Balance.participant_id,
                Balance.head_revision_id,
                Balance.head_server_seq,
            )
            .where(Balance.id == upload.balance_id)
            .with_for_update()
        ).first()
        participant = session.execute(
            select(Participant.owner_id, Participant.erased_at)
            .where(Participant.id == upload.participant_id)
            .with_for_update()
        ).first()
        if balance is not None:
            if balance.owner_id != principal.user_id:
                raise not_found("balance")
            if balance.participant_id != upload.participant_id:
                raise ApiProblem(
                    Problem.VALIDATION,
                    422,
                    "the balance belongs to another participant",
                    errors=[{"path": "/participant_id", "msg": "differs from the balance's"}],
                )
        if participant is not None:
            if participant.owner_id != principal.user_id:
                raise not_found("participant")
            if participant.erased_at is not None:
                raise ApiProblem(
                    Problem.MISSING_DEPENDENCY,
                    409,
                    "the participant was erased; the revision cannot be stored",
                    participant_id=str(upload.participant_id),
                )
        head = balance.head_revision_id if balance is not None else None
        if upload.base_revision_id != head:
            raise ApiProblem(
                Problem.STALE_BASE,
                409,
                "the balance has a newer head revision than this revision's base",
                current_head_revision_id=str(head) if head is not None else None,
                head_server_seq=balance.head_server_seq if balance is not None else None,
                head=(
                    f"/v1/balances/{upload.balance_id}/revisions/{head}/receipt"
                    if head is not None
                    else None
                ),
            )
        return _Target(
            balance_exists=balance is not None, participant_exists=participant is not None
        )

    def _store(
        self,
        session: Session,
        principal: Principal,
        upload: RevisionUpload,
        document: BalanceDocument,
        target: _Target,
    ) -> tuple[dict[str, Any], dict[str, str]]:
        # Core statements, not the ORM unit of work: nothing here is read back, and the
        # inserts run in foreign-key order as written (participant, balance, revision).
        now = utc_now()
        seq = next_server_seq(session)
        finished_at = document.balance.finished_at
        assert finished_at is not None  # check_upload accepts finished revisions only
        audits = []
        if not target.participant_exists:
            # A revision for a participant the server has never seen (the laptop created it
            # offline and never sent it separately): create it, owned by the uploader.
            session.execute(
                insert(Participant),
                {
                    "id": upload.participant_id,
                    "owner_id": principal.user_id,
                    "version": 1,
                    "data": document.participant.model_dump(mode="json"),
                    "conflict": None,
                    "server_seq": seq,
                    "created_at": now,
                    "updated_at": now,
                },
            )
            audits.append(
                audit_row(principal, "create", "participant", upload.participant_id, server_seq=seq)
            )
        head = {
            "head_revision_id": upload.revision_id,
            "head_server_seq": seq,
            "server_seq": seq,
            "status": document.balance.status.value,
            "variant": document.balance.variant.value,
            "project_code": document.balance.project_code,
            "gmina": document.participant.gmina,
            "finished_at": finished_at,
            "received_at": now,
        }
        # Parameters at execution, not in .values(): the statements stay cacheable and the
        # large payload is not coerced into a SQL expression first.
        if target.balance_exists:
            session.execute(update(Balance), [{"id": upload.balance_id, **head}])
        else:
            session.execute(
                insert(Balance),
                {
                    "id": upload.balance_id,
                    "participant_id": upload.participant_id,
                    "owner_id": principal.user_id,
                    **head,
                },
            )
        status = STATUS_STORED if upload.attachments else STATUS_ACCEPTED
        session.execute(
            insert(BalanceRevision),
            {
                "revision_id": upload.revision_id,
                "balance_id": upload.balance_id,
                "base_revision_id": upload.base_revision_id,
                "participant_id": upload.participant_id,
                "advisor_id": principal.user_id,
                "device_id": upload.device_id,
                "schema_version": upload.schema_version,
                "payload": upload.payload,
                "payload_sha256": upload.payload_sha256,
                "attachments": [ref.model_dump(mode="json") for ref in upload.attachments],
                "status": status,
                "finished_at": finished_at,
                "received_at": now,
                "processed_at": None if upload.attachments else now,
                "server_seq": seq,
            },
        )
        audits.append(
            audit_row(
                principal,
                "upload_revision",
                "balance",
                upload.balance_id,
                revision_id=upload.revision_id,
                server_seq=seq,
            )
        )
        insert_audit(session, audits)
        body = RevisionStored(
            balance_id=upload.balance_id,
            revision_id=upload.revision_id,
            server_seq=seq,
            received_at=now,
            status=status,
            payload_sha256=upload.payload_sha256,
            missing_attachments=[ref.name for ref in upload.attachments],
        ).model_dump(mode="json")
        headers = {
            "ETag": f'"{upload.revision_id}"',
            "Location": receipt_path(upload.balance_id, upload.revision_id),
        }
        return body, headers

    # -- receipts --------------------------------------------------------------------------

    def receipt(
        self, principal: Principal, balance_id: uuid.UUID, revision_id: uuid.UUID
    ) -> Receipt:
        """Answer ``GET …/receipt``; 404 when the revision is unknown or not readable."""
        with self._ctx.db.read() as session:
            revision = session.get(BalanceRevision, revision_id)
            if (
                revision is None
                or revision.balance_id != balance_id
                or revision.advisor_id != principal.user_id
            ):
                # The uploader always sees its receipt (no personal data in it), even after the
                # balance was transferred: a 404 would make its laptop upload the revision again.
                revision = self._readable_revision(session, principal, balance_id, revision_id)
            if revision.status == STATUS_DRAFT:
                # Nobody uploaded it: a receipt acknowledges uploads only.
                raise not_found("revision")
            missing = _missing(session, revision)
            problems = ["participant-erased"] if revision.erased_at is not None else []
            return Receipt(
                status=STATUS_REJECTED if revision.erased_at is not None else revision.status,
                payload_sha256=revision.payload_sha256,
                server_seq=revision.server_seq,
                received_at=revision.received_at,
                processed_at=revision.processed_at,
                missing_attachments=missing,
                problems=problems,
            )

    def _readable_revision(
        self,
        session: Session,
        principal: Principal,
        balance_id: uuid.UUID,
        revision_id: uuid.UUID,
    ) -> BalanceRevision:
        revision = session.get(BalanceRevision, revision_id)
        if revision is None or revision.balance_id != balance_id:
            raise not_found("revision")
        balance = session.get(Balance, balance_id)
        assert balance is not None
        if not can_read(session, principal, balance.owner_id):
            raise not_found("revision")
        return revision

    # -- attachments -----------------------------------------------------------------------

    def put_attachment(
        self,
        principal: Principal,
        balance_id: uuid.UUID,
        revision_id: uuid.UUID,
        name: str,
        digest_hex: str,
        data: bytes,
        fault: Fault | None,
    ) -> Response:
        """Store the bytes of a listed attachment (idempotent by revision, name and SHA-256)."""
        actual = sha256_hex(data)
        if actual != digest_hex:
            raise ApiProblem(
                Problem.DIGEST_MISMATCH,
                422,
                "the body does not match its Content-Digest",
                expected_sha256=digest_hex,
                actual_sha256=actual,
            )
        with self._ctx.db.write() as session:
            revision = session.get(BalanceRevision, revision_id, with_for_update=True)
            if (
                revision is None
                or revision.balance_id != balance_id
                or revision.advisor_id != principal.user_id
            ):
                raise not_found("revision")
            if revision.erased_at is not None:
                raise ApiProblem(Problem.PARTICIPANT_ERASED, 409, "the participant was erased")
            ref = next((r for r in revision.attachments if r["name"] == name), None)
            if ref is None:
                raise not_found("attachment in this revision")
            existing = session.get(Attachment, (revision_id, name))
            if ref["sha256"] != actual or (existing is not None and existing.sha256 != actual):
                raise ApiProblem(
                    Problem.ATTACHMENT_CONFLICT,
                    409,
                    f"the revision lists {name!r} with different content",
                    listed_sha256=ref["sha256"],
                    sha256=actual,
                )
            stored = AttachmentStored(name=name, sha256=actual, size=len(data))
            if existing is not None:
                return idempotency.answer(
                    200, stored.model_dump(mode="json"), {Header.REPLAYED.value: "true"}
                )
            if ref["size"] != len(data):
                raise ApiProblem(
                    Problem.VALIDATION,
                    422,
                    f"the revision lists {name!r} with {ref['size']} bytes, not {len(data)}",
                    errors=[{"path": "/body", "msg": "size differs from the listed size"}],
                )
            now = utc_now()
            session.add(
                Attachment(
                    revision_id=revision_id,
                    name=name,
                    sha256=actual,
                    size=len(data),
                    data=data,
                    created_at=now,
                )
            )
            session.flush()
            seq = next_server_seq(session)
            if not _missing(session, revision):
                revision.status = STATUS_ACCEPTED
                revision.processed_at = now
            audit(
                session,
                principal,
                "upload_attachment",
                "attachment",
                f"{revision_id}/{name}",
                revision_id=revision_id,
                server_seq=seq,
            )
            faults.commit(session, fault)
        return idempotency.answer(201, stored.model_dump(mode="json"))

    def get_attachment(
        self, principal: Principal, balance_id: uuid.UUID, revision_id: uuid.UUID, name: str
    ) -> tuple[bytes, str]:
        """The bytes and SHA-256 of a stored attachment (404 when missing or not readable)."""
        with self._ctx.db.read() as session:
            self._readable_revision(session, principal, balance_id, revision_id)
            attachment = session.get(Attachment, (revision_id, name))
            if attachment is None:
                raise not_found("attachment")
            return attachment.data, attachment.sha256


def receipt_path(balance_id: uuid.UUID, revision_id: uuid.UUID) -> str:
    """The URL path of a revision's receipt."""
    return f"/v1/balances/{balance_id}/revisions/{revision_id}/receipt"


def _missing(session: Session, revision: BalanceRevision) -> list[str]:
    present = set(
        session.scalars(
            select(Attachment.name).where(Attachment.revision_id == revision.revision_id)
        )
    )
    return [ref["name"] for ref in revision.attachments if ref["name"] not in present]


def _stored_body(revision: BalanceRevision, missing: list[str]) -> dict[str, Any]:
    return RevisionStored(
        balance_id=revision.balance_id,
        revision_id=revision.revision_id,
        server_seq=revision.server_seq,
        received_at=revision.received_at,
        status=revision.status,
        payload_sha256=revision.payload_sha256,
        missing_attachments=missing,
    ).model_dump(mode="json")
