"""Import and export of balance documents (BALANCE_DOCUMENT.md), idempotent by IDs."""

from __future__ import annotations

import os
import zipfile
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from advisor_app.domain.entities import BalanceRecord, Participant
from advisor_app.domain.enums import BalanceStatus
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.messages import message_for
from advisor_app.domain.validation import structural_issues
from advisor_app.errors import ConflictError, InvalidImportFile, NotFound
from advisor_app.services.changes import Changes
from advisor_app.services.clock import Clock, utc_now
from advisor_app.services.unit_of_work import UnitOfWorkFactory

if TYPE_CHECKING:
    from advisor_app.sync.schema import BalanceDocument

# The wire models (pydantic) are imported inside the methods that use them: building them costs
# about 0.15 s, which every start of the app would pay while only import/export needs them.

#: Name of the document inside an export ``.zip`` (attachments sit beside it under ``files/``).
ZIP_DOCUMENT_NAME = "balance.json"

# A balance document is text of at most a few MB even for a rich portfolio; refusing absurd
# sizes early keeps a wrong file (a video, a disk image) from exhausting memory.
MAX_DOCUMENT_BYTES = 50 * 1024 * 1024


class ImportAction(StrEnum):
    """What an import did."""

    CREATED = "created"
    UNCHANGED = "unchanged"
    REPLACED = "replaced"


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """Result of importing one document."""

    balance_id: UUID
    participant_id: UUID
    action: ImportAction
    changes: Changes


class DocumentService:
    """Moves balances in and out of the profile as documents.

    Args:
        uow_factory: Opens a unit of work on the profile database.
        clock: Current UTC time (``exported_at``, row timestamps).
    """

    def __init__(self, uow_factory: UnitOfWorkFactory, *, clock: Clock = utc_now) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._flow = InterviewFlow(today=lambda: self._clock().date())

    # --- import ---------------------------------------------------------------------------

    def import_file(self, path: Path, *, replace: bool = False) -> ImportOutcome:
        """Import a ``.json`` document or an export ``.zip``.

        Raises:
            InvalidImportFile: unreadable, broken or invalid file.
            ConflictError: different content exists under the same IDs and ``replace`` is False.
        """
        return self.import_bytes(_read_document_bytes(path), source=path.name, replace=replace)

    def import_bytes(
        self, raw: bytes, *, source: str = "document", replace: bool = False
    ) -> ImportOutcome:
        """Import one document given as bytes (see :meth:`import_file`)."""
        from advisor_app.sync.codec import parse_document
        from advisor_app.sync.mapping import document_from_record, record_from_document

        document = parse_document(raw, source=source)
        record = record_from_document(document)
        self._check_importable(record, source)
        incoming = _comparable(document)
        with self._uow() as uow:
            existing = uow.balances.get_record(record.balance.id)
            stored_participant = uow.participants.get(record.participant.id)
            same_balance = (
                existing is not None
                and _comparable(document_from_record(existing, exported_at=document.exported_at))
                == incoming
            )
            same_participant = stored_participant is not None and _participant_dump(
                stored_participant
            ) == _participant_dump(record.participant)
            if same_balance:
                return ImportOutcome(
                    record.balance.id, record.participant.id, ImportAction.UNCHANGED, Changes()
                )
            if not replace:
                if existing is not None:
                    raise ConflictError(
                        f"{source}: balance {record.balance.id} already exists with different "
                        "content"
                    )
                if stored_participant is not None and not same_participant:
                    raise ConflictError(
                        f"{source}: participant {record.participant.id} already exists with "
                        "different data"
                    )
            if existing is not None and existing.participant.id != record.participant.id:
                raise ConflictError(
                    f"{source}: balance {record.balance.id} belongs to another participant",
                    hint="a balance cannot move between participants by import",
                )
            now = self._clock()
            uow.participants.save(record.participant, now=now)
            uow.balances.save_record(record, now=now)
            uow.commit()
        action = ImportAction.REPLACED if existing is not None else ImportAction.CREATED
        changes = Changes(
            participant_ids=frozenset({record.participant.id}),
            balance_ids=frozenset({record.balance.id}),
        )
        return ImportOutcome(record.balance.id, record.participant.id, action, changes)

    def _check_importable(self, record: BalanceRecord, source: str) -> None:
        broken = structural_issues(record)
        if broken:
            first = broken[0]
            item = f" of item {first.entity_id}" if first.entity_id is not None else ""
            raise InvalidImportFile(
                f"{source}: '{first.field}'{item}: {_sentence(message_for(first.message_key))}"
            )
        # Content rules bind finished revisions only; drafts keep flagged values as typed.
        if record.balance.status is BalanceStatus.FINISHED:
            issues = self._flow.finish_issues(record)
            if issues:
                first = issues[0]
                more = f" (and {len(issues) - 1} more)" if len(issues) > 1 else ""
                raise InvalidImportFile(
                    f"{source}: finished balance breaks a finish rule: {first.stage}/"
                    f"{first.field}: {_sentence(message_for(first.message_key))}{more}"
                )

    # --- export ---------------------------------------------------------------------------

    def export(self, balance_id: UUID) -> BalanceDocument:
        """The document of a stored balance.

        Raises:
            NotFound: no balance has this ID.
        """
        from advisor_app.sync.mapping import document_from_record

        with self._uow() as uow:
            record = uow.balances.get_record(balance_id)
        if record is None:
            raise NotFound(f"no balance with id {balance_id}")
        return document_from_record(record, exported_at=self._clock())

    def export_bytes(self, balance_id: UUID) -> bytes:
        """The document of a stored balance as UTF-8 JSON."""
        from advisor_app.sync.codec import dump_document

        return dump_document(self.export(balance_id))

    def export_file(self, balance_id: UUID, target: Path, *, with_files: bool = False) -> Path:
        """Write a balance to ``target`` (JSON, or a ``.zip`` with its attachments).

        The file appears complete or not at all: it is written beside the target and renamed.
        """
        payload = self.export_bytes(balance_id)
        partial = target.with_name(f".{target.name}.partial")
        try:
            if with_files:
                with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                    archive.writestr(ZIP_DOCUMENT_NAME, payload)
                    # Attachment bytes join the archive under files/<id> once evidence files
                    # are stored (portfolio issue); the document already lists their metadata.
            else:
                partial.write_bytes(payload)
            with partial.open("rb") as handle:
                os.fsync(handle.fileno())
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
        return target


def _sentence(message: str) -> str:
    """A message as part of a one-line error: lower-case start, no final full stop."""
    message = message.rstrip(".")
    return message[:1].lower() + message[1:]


def _comparable(document: BalanceDocument) -> dict[str, object]:
    return document.model_dump(mode="json", exclude={"exported_at"})


def _participant_dump(participant: Participant) -> dict[str, object]:
    from advisor_app.sync.mapping import participant_to_wire

    return participant_to_wire(participant).model_dump(mode="json")


def _read_document_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise InvalidImportFile(f"{path.name}: file is too large for a balance document")
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                try:
                    return archive.read(ZIP_DOCUMENT_NAME)
                except KeyError as error:
                    raise InvalidImportFile(
                        f"{path.name}: the archive has no {ZIP_DOCUMENT_NAME}"
                    ) from error
        return path.read_bytes()
    except FileNotFoundError as error:
        raise InvalidImportFile(f"{path}: no such file") from error
    except IsADirectoryError as error:
        raise InvalidImportFile(f"{path}: is a directory, not a file") from error
    except PermissionError as error:
        raise InvalidImportFile(f"{path}: permission denied") from error
    except (zipfile.BadZipFile, OSError) as error:
        raise InvalidImportFile(f"{path.name}: cannot be read ({error})") from error
