"""Import and export of balance documents (BALANCE_DOCUMENT.md), idempotent by IDs."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import os
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from advisor_app.domain.audit import ACTION_EXPORT, merge_imported
from advisor_app.domain.entities import AuditEvent, BalanceRecord, Participant
from advisor_app.domain.enums import BalanceStatus
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.messages import message_for
from advisor_app.domain.validation import structural_issues
from advisor_app.errors import ConflictError, InvalidImportFile, NotFound
from advisor_app.services.changes import Changes
from advisor_app.services.clock import Clock, utc_now
from advisor_app.services.lifecycle import FrozenDocument, freeze_document
from advisor_app.services.unit_of_work import UnitOfWorkFactory
from advisor_app.storage.repositories import RevisionEntry

if TYPE_CHECKING:
    from advisor_app.storage.unit_of_work import UnitOfWork
    from advisor_app.sync.schema import BalanceDocument

# The wire models (pydantic) are imported inside the methods that use them: building them costs
# about 0.15 s, which every start of the app would pay while only import/export needs them.

#: Name of the document inside an export ``.zip`` (attachments sit beside it under ``files/``).
ZIP_DOCUMENT_NAME = "balance.json"

#: Folder of the attachment bytes inside an export ``.zip``: ``files/<EvidenceFile.id>``.
ZIP_FILES_DIR = "files/"

# Largest attachment taken from an archive (the attachment service's limit, with room for a
# profile whose limit was raised); checked before reading, so a zip bomb is refused unread.
MAX_ARCHIVED_FILE_BYTES = 64 * 1024 * 1024

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
        actor: The advisor working in this profile; when given, writing an export file is
            recorded in the balance's audit log.
    """

    def __init__(
        self, uow_factory: UnitOfWorkFactory, *, clock: Clock = utc_now, actor: UUID | None = None
    ) -> None:
        self._uow = uow_factory
        self._clock = clock
        self._actor = actor
        self._flow = InterviewFlow(today=lambda: self._clock().date())

    # --- import ---------------------------------------------------------------------------

    def import_file(self, path: Path, *, replace: bool = False) -> ImportOutcome:
        """Import a ``.json`` document or an export ``.zip``.

        Raises:
            InvalidImportFile: unreadable, broken or invalid file.
            ConflictError: different content exists under the same IDs and ``replace`` is False.
        """
        raw, files = _read_export(path)
        return self.import_bytes(raw, source=path.name, replace=replace, files=files)

    def import_bytes(
        self,
        raw: bytes,
        *,
        source: str = "document",
        replace: bool = False,
        files: Mapping[UUID, bytes] | None = None,
    ) -> ImportOutcome:
        """Import one document given as bytes (see :meth:`import_file`).

        Args:
            raw: The document (UTF-8 JSON).
            source: Name of the file, used in messages.
            replace: Overwrite different content stored under the same IDs.
            files: Attachment bytes by file ID (an export ``.zip``'s ``files/``); each must
                match the size and SHA-256 the document lists for it. Files the document lists
                without bytes keep their metadata (the UI shows them as unavailable).
        """
        from advisor_app.sync.codec import parse_document
        from advisor_app.sync.mapping import document_from_record, record_from_document

        document = parse_document(raw, source=source)
        record = record_from_document(document)
        self._check_importable(record, source)
        # A finished revision is stored frozen, exactly as the laptop that finished it froze it.
        frozen = (
            freeze_document(record) if record.balance.status is BalanceStatus.FINISHED else None
        )
        contents = _checked_contents(record, files or {}, source)
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
            stored_revision = uow.revisions.get(record.balance.revision_id)
            if stored_revision is not None and (
                frozen is None or stored_revision.sha256 != frozen.sha256
            ):
                raise ConflictError(
                    f"{source}: revision {record.balance.revision_id} of balance "
                    f"{record.balance.id} is finished here with different content",
                    hint="a finished revision never changes; a correction is a new revision",
                )
            if same_balance:
                if frozen is not None and stored_revision is None:
                    _store_revision(uow, record, frozen, now=self._clock())
                    uow.commit()
                if contents:
                    # The same balance, but its files may be missing here (a .json import).
                    _store_contents(uow, contents, now=self._clock())
                    uow.commit()
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
            if existing is not None:
                # The imported log is kept beside the local one, never instead of it.
                record = dataclasses.replace(
                    record, audit=merge_imported(existing.audit, record.audit)
                )
            uow.participants.save(record.participant, now=now)
            uow.balances.save_record(record, now=now)
            if frozen is not None and stored_revision is None:
                # No outbox row: only the laptop that finished a revision uploads it
                # (SYNC.md §3.2); an imported one is already on its way or on the server.
                _store_revision(uow, record, frozen, now=now)
            _store_contents(uow, contents, now=now)
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
        from advisor_app.sync.codec import parse_document
        from advisor_app.sync.mapping import document_from_record

        with self._uow() as uow:
            record = uow.balances.get_record(balance_id)
            frozen = (
                uow.revisions.get(record.balance.revision_id)
                if record is not None and record.balance.status is BalanceStatus.FINISHED
                else None
            )
        if record is None:
            raise NotFound(f"no balance with id {balance_id}")
        if frozen is not None:
            # A finished balance is exported as it was frozen; only exported_at is new.
            snapshot = parse_document(frozen.payload, source=f"revision {frozen.revision_id}")
            return snapshot.model_copy(update={"exported_at": self._clock()})
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
                    for file_id, content in self._listed_contents(balance_id):
                        archive.writestr(f"{ZIP_FILES_DIR}{file_id}", content)
            else:
                partial.write_bytes(payload)
            with partial.open("rb") as handle:
                os.fsync(handle.fileno())
            partial.replace(target)
        finally:
            partial.unlink(missing_ok=True)
        self.record_export(balance_id)
        return target

    def record_export(self, balance_id: UUID) -> None:
        """Record in the balance's audit log that it left the profile as a file."""
        from advisor_app.services.audit import append_to_balance

        if self._actor is None:
            return
        now = self._clock()
        event = AuditEvent(
            at=now, actor=self._actor, action=ACTION_EXPORT, entity="balance", entity_id=balance_id
        )
        with self._uow() as uow:
            append_to_balance(uow, balance_id, (event,), now=now)
            uow.commit()

    def _listed_contents(self, balance_id: UUID) -> list[tuple[UUID, bytes]]:
        """The stored bytes of every file the balance lists (files without bytes are skipped)."""
        with self._uow() as uow:
            record = uow.balances.get_record(balance_id)
            if record is None:
                raise NotFound(f"no balance with id {balance_id}")
            found = []
            for evidence in record.evidence:
                for file in evidence.files:
                    content = uow.attachments.get(file.id)
                    if content is not None:
                        found.append((file.id, content))
        return found


def _checked_contents(
    record: BalanceRecord, files: Mapping[UUID, bytes], source: str
) -> dict[UUID, tuple[bytes, str]]:
    """The archive's files that the document lists, each checked against its metadata.

    Raises:
        InvalidImportFile: A file's size or SHA-256 differs from what the document says.
    """
    listed = {f.id: f for e in record.evidence for f in e.files}
    checked: dict[UUID, tuple[bytes, str]] = {}
    for file_id, content in files.items():
        meta = listed.get(file_id)
        if meta is None:
            continue  # bytes nobody lists would only be purged again
        digest = hashlib.sha256(content).hexdigest()
        if len(content) != meta.size or digest != meta.sha256.lower():
            raise InvalidImportFile(
                f"{source}: attached file '{meta.name}' ({file_id}) does not match the document "
                "(changed or damaged)",
                hint="export the balance again with its files",
            )
        checked[file_id] = (content, digest)
    return checked


def _store_contents(
    uow: UnitOfWork, contents: Mapping[UUID, tuple[bytes, str]], *, now: dt.datetime
) -> None:
    for file_id, (content, digest) in contents.items():
        uow.attachments.put(file_id, content, sha256=digest, now=now)


def _store_revision(
    uow: UnitOfWork, record: BalanceRecord, frozen: FrozenDocument, *, now: dt.datetime
) -> None:
    """Store an imported finished revision (append-only, without queueing it for upload)."""
    uow.revisions.add(
        RevisionEntry(
            revision_id=record.balance.revision_id,
            balance_id=record.balance.id,
            base_revision_id=record.balance.base_revision_id,
            status=BalanceStatus.FINISHED.value,
            schema_version=frozen.schema_version,
            payload=frozen.payload,
            sha256=frozen.sha256,
            created_at=now,
        )
    )


def _sentence(message: str) -> str:
    """A message as part of a one-line error: lower-case start, no final full stop."""
    message = message.rstrip(".")
    return message[:1].lower() + message[1:]


def _comparable(document: BalanceDocument) -> dict[str, object]:
    # The audit log is left out: it only grows here (prints, exports) and is never trusted, so
    # a re-import of the same content is "unchanged" even when the local log is longer.
    return document.model_dump(mode="json", exclude={"exported_at", "audit"})


def _participant_dump(participant: Participant) -> dict[str, object]:
    from advisor_app.sync.mapping import participant_to_wire

    return participant_to_wire(participant).model_dump(mode="json")


def _read_export(path: Path) -> tuple[bytes, dict[UUID, bytes]]:
    """The document and, from an export ``.zip``, the attachment bytes by file ID."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                return _read_archive(archive, path.name)
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            raise InvalidImportFile(f"{path.name}: file is too large for a balance document")
        return path.read_bytes(), {}
    except FileNotFoundError as error:
        raise InvalidImportFile(f"{path}: no such file") from error
    except IsADirectoryError as error:
        raise InvalidImportFile(f"{path}: is a directory, not a file") from error
    except PermissionError as error:
        raise InvalidImportFile(f"{path}: permission denied") from error
    except (zipfile.BadZipFile, OSError) as error:
        raise InvalidImportFile(f"{path.name}: cannot be read ({error})") from error


def _read_archive(archive: zipfile.ZipFile, name: str) -> tuple[bytes, dict[UUID, bytes]]:
    # Sizes are checked from the directory before anything is decompressed.
    try:
        info = archive.getinfo(ZIP_DOCUMENT_NAME)
    except KeyError as error:
        raise InvalidImportFile(f"{name}: the archive has no {ZIP_DOCUMENT_NAME}") from error
    if info.file_size > MAX_DOCUMENT_BYTES:
        raise InvalidImportFile(f"{name}: file is too large for a balance document")
    files: dict[UUID, bytes] = {}
    for entry in archive.infolist():
        if not entry.filename.startswith(ZIP_FILES_DIR) or entry.is_dir():
            continue
        try:
            file_id = UUID(entry.filename.removeprefix(ZIP_FILES_DIR))
        except ValueError as error:
            raise InvalidImportFile(
                f"{name}: unexpected entry '{entry.filename}' in the archive"
            ) from error
        if entry.file_size > MAX_ARCHIVED_FILE_BYTES:
            raise InvalidImportFile(f"{name}: attached file {file_id} is too large")
        files[file_id] = archive.read(entry)
    return archive.read(info), files
