"""Attachments never appear in plaintext on disk: not in the database, its WAL, or anywhere else."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path

from advisor_app.app import open_app
from advisor_app.domain.enums import EvidenceKind
from advisor_app.services.documents import ZIP_FILES_DIR
from advisor_app.storage.profile import profile_dir_for
from tests.helpers.domain_factories import finishable_record, make_evidence, new_id
from tests.helpers.evidence_files import png_bytes

MARKER = "ATTACHMENT-MARKER-7f3c9e21-komoda-Jozefa"


def _files_holding(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_imported_image_is_not_in_plaintext_under_the_profile(
    data_dir: Path, tmp_path: Path
) -> None:
    """A PNG with an ASCII marker, stored and saved with its evidence, is nowhere in plaintext."""
    picked = tmp_path / "picked" / "komoda.png"
    picked.parent.mkdir()
    picked.write_bytes(png_bytes(MARKER))
    assert MARKER.encode() in picked.read_bytes()  # the marker really is plain ASCII

    opened = open_app(data_dir)
    try:
        services = opened.services
        record = finishable_record()
        services.participants.save(record.participant)
        file = services.attachments.add_file(picked)
        photo = make_evidence(
            id=new_id(),
            kind=EvidenceKind.PHOTO,
            title="Komoda z drewna sosnowego",
            files=(file,),
            consent_id=record.consents[1].id,
        )
        record = dataclasses.replace(record, evidence=(*record.evidence, photo))
        services.balances.save(record)
        assert services.attachments.content(file.id) == picked.read_bytes()
        # While the profile is open: the database, its -wal and -shm files, logs, anything.
        profile_dir = profile_dir_for(data_dir, "default")
        assert list(profile_dir.rglob("*")), "the profile directory should not be empty"
        assert _files_holding(data_dir, MARKER.encode()) == []
    finally:
        opened.close()
    assert _files_holding(data_dir, MARKER.encode()) == []

    # The marker survives an export with files and an import into a fresh profile, still
    # without touching the new profile's disk in plaintext.
    reopened = open_app(data_dir)
    try:
        archive_path = reopened.services.documents.export_file(
            record.balance.id, tmp_path / "bilans.zip", with_files=True
        )
    finally:
        reopened.close()
    with zipfile.ZipFile(archive_path) as archive:
        assert MARKER.encode() in archive.read(f"{ZIP_FILES_DIR}{file.id}")
    fresh = open_app(data_dir, "fresh")
    try:
        fresh.services.documents.import_file(archive_path)
        assert fresh.services.attachments.content(file.id) == picked.read_bytes()
        assert _files_holding(data_dir, MARKER.encode()) == []
    finally:
        fresh.close()
    assert _files_holding(data_dir, MARKER.encode()) == []
