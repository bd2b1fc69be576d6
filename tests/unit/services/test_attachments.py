"""Evidence files: checks by content, bytes inside the profile, purge, export/import with files."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from advisor_app.app import OpenedApp, open_app
from advisor_app.domain.entities import BalanceRecord, Evidence, EvidenceFile
from advisor_app.domain.enums import EvidenceKind
from advisor_app.domain.evidence import (
    ConsentProblem,
    ValidityWarning,
    consent_problem,
    months_later,
    set_link,
    toggle_link,
    validity_warning,
)
from advisor_app.errors import InvalidAttachment, InvalidImportFile, NotFound
from advisor_app.services.attachments import (
    JPEG,
    PDF,
    PNG,
    AttachmentService,
    check_content,
)
from advisor_app.services.container import Services
from advisor_app.services.documents import ZIP_DOCUMENT_NAME, ZIP_FILES_DIR
from tests.helpers.domain_factories import finishable_record, make_evidence, new_id, sid
from tests.helpers.evidence_files import jpeg_bytes, pdf_bytes, png_bytes


@pytest.fixture
def opened(data_dir: Path) -> Iterator[OpenedApp]:
    """An open profile in a fresh data directory."""
    app = open_app(data_dir)
    yield app
    app.close()


@pytest.fixture
def services(opened: OpenedApp) -> Services:
    """The services of the open profile."""
    return opened.services


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _with_file(record: BalanceRecord, file: EvidenceFile) -> BalanceRecord:
    evidence = make_evidence(
        id=new_id(), kind=EvidenceKind.PHOTO, files=(file,), competence_ids=(), consent_id=None
    )
    return dataclasses.replace(record, evidence=(*record.evidence, evidence))


# --- checks -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "media_type"),
    [
        ("komoda.png", png_bytes(), PNG),
        ("stol.JPG", jpeg_bytes(), JPEG),
        ("a.pdf", pdf_bytes(), PDF),
    ],
)
def test_supported_files_are_recognised_by_content(name: str, data: bytes, media_type: str) -> None:
    """JPEG, PNG and PDF pass and get their media type from their bytes."""
    assert check_content(name, data) == media_type


def test_oversize_file_is_refused_with_the_limit(tmp_path: Path) -> None:
    """A file over the limit is refused before it is read, naming the limit in MB."""
    service = AttachmentService(lambda: pytest.fail("no database access"), max_bytes=1024 * 1024)
    path = _write(tmp_path, "film.png", png_bytes() + b"\0" * (1024 * 1024))
    with pytest.raises(InvalidAttachment, match=r"larger than the limit of 1 MB") as error:
        service.add_file(path)
    assert error.value.reason == "too_large"
    assert error.value.details == {"limit_mb": "1"}


def test_empty_file_is_refused(services: Services, tmp_path: Path) -> None:
    """An empty file is refused as empty."""
    with pytest.raises(InvalidAttachment, match="empty") as error:
        services.attachments.add_file(_write(tmp_path, "skan.pdf", b""))
    assert error.value.reason == "empty"


def test_png_named_jpg_is_refused_as_mislabelled(services: Services, tmp_path: Path) -> None:
    """A PNG saved as .jpg is refused: the name promises another type than the content."""
    with pytest.raises(InvalidAttachment, match=r"not a JPEG image but a PNG image") as error:
        services.attachments.add_file(_write(tmp_path, "zdjecie.jpg", png_bytes()))
    assert error.value.reason == "mislabelled"


def test_text_named_pdf_is_refused_as_mislabelled(services: Services, tmp_path: Path) -> None:
    """A text file renamed .pdf is refused: its content is not a PDF document."""
    with pytest.raises(InvalidAttachment, match=r"content is not a PDF document") as error:
        services.attachments.add_file(_write(tmp_path, "cv.pdf", b"Curriculum vitae\n"))
    assert error.value.reason == "mislabelled"


def test_unknown_type_is_refused(services: Services, tmp_path: Path) -> None:
    """A file of another type (a Word document) is refused as unsupported."""
    with pytest.raises(InvalidAttachment) as error:
        services.attachments.add_file(_write(tmp_path, "cv.docx", b"PK\x03\x04rest"))
    assert error.value.reason == "unsupported"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("cut.png", png_bytes()[:-20]),
        ("badcrc.png", png_bytes()[:30] + b"\0" + png_bytes()[31:]),
        ("cut.jpg", jpeg_bytes()[:-2]),
        ("cut.pdf", pdf_bytes()[:-7]),
    ],
)
def test_damaged_files_are_refused_as_corrupt(name: str, data: bytes) -> None:
    """A truncated or damaged image or PDF is refused as corrupt."""
    with pytest.raises(InvalidAttachment, match="damaged or incomplete") as error:
        check_content(name, data)
    assert error.value.reason == "corrupt"


def test_missing_file_is_refused_as_unreadable(services: Services, tmp_path: Path) -> None:
    """A path that does not exist is refused with a reason, not a traceback."""
    with pytest.raises(InvalidAttachment) as error:
        services.attachments.add_file(tmp_path / "nie-ma.png")
    assert error.value.reason == "unreadable"


# --- storage ------------------------------------------------------------------------------------


def test_stored_bytes_come_back(services: Services, tmp_path: Path) -> None:
    """add_file stores the bytes and returns their metadata; content() returns them."""
    data = png_bytes("komoda")
    file = services.attachments.add_file(_write(tmp_path, "komoda.png", data))
    assert (file.name, file.media_type, file.size) == ("komoda.png", PNG, len(data))
    assert file.sha256 == hashlib.sha256(data).hexdigest()
    assert services.attachments.content(file.id) == data
    assert services.attachments.available((file.id, new_id())) == {file.id}


def test_missing_content_is_not_found(services: Services) -> None:
    """Asking for bytes the profile does not hold raises NotFound."""
    with pytest.raises(NotFound):
        services.attachments.content(new_id())


def test_purge_removes_only_unlisted_contents(services: Services, tmp_path: Path) -> None:
    """Bytes no saved evidence item lists are purged; listed ones stay."""
    record = finishable_record()
    services.participants.save(record.participant)
    kept = services.attachments.add_file(_write(tmp_path, "a.png", png_bytes("a")))
    dropped = services.attachments.add_file(_write(tmp_path, "b.pdf", pdf_bytes()))
    services.balances.save(_with_file(record, kept))
    assert services.attachments.purge_unlisted() == 1
    assert services.attachments.content(kept.id) == png_bytes("a")
    with pytest.raises(NotFound):
        services.attachments.content(dropped.id)


# --- export / import ----------------------------------------------------------------------------


def _stored_with_file(services: Services, tmp_path: Path) -> tuple[BalanceRecord, EvidenceFile]:
    record = finishable_record()
    services.participants.save(record.participant)
    file = services.attachments.add_file(_write(tmp_path, "stol.png", png_bytes("stol")))
    record = _with_file(record, file)
    services.balances.save(record)
    return record, file


def test_export_with_files_writes_the_bytes(services: Services, tmp_path: Path) -> None:
    """An export --with-files holds balance.json and files/<id> with the stored bytes."""
    record, file = _stored_with_file(services, tmp_path)
    target = services.documents.export_file(
        record.balance.id, tmp_path / "bilans.zip", with_files=True
    )
    with zipfile.ZipFile(target) as archive:
        names = set(archive.namelist())
        assert ZIP_DOCUMENT_NAME in names
        assert archive.read(f"{ZIP_FILES_DIR}{file.id}") == png_bytes("stol")
    # The sample's other file (a scan listed without bytes) cannot be exported.
    assert f"{ZIP_FILES_DIR}{sid('file.cash-book-scan')}" not in names


def test_import_of_the_zip_restores_the_bytes(
    services: Services, tmp_path: Path, data_dir: Path
) -> None:
    """Importing the export into a fresh profile stores each file with the same SHA-256."""
    record, file = _stored_with_file(services, tmp_path)
    target = services.documents.export_file(
        record.balance.id, tmp_path / "bilans.zip", with_files=True
    )
    other = open_app(data_dir, "other")
    try:
        other.services.documents.import_file(target)
        restored = other.services.attachments.content(file.id)
        assert hashlib.sha256(restored).hexdigest() == file.sha256
    finally:
        other.close()


def test_zip_with_a_tampered_file_is_refused(
    services: Services, tmp_path: Path, data_dir: Path
) -> None:
    """An archive whose file differs from the document's checksum is refused, naming it."""
    record, file = _stored_with_file(services, tmp_path)
    source = services.documents.export_file(
        record.balance.id, tmp_path / "bilans.zip", with_files=True
    )
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(tampered, "w") as copy:
        for name in original.namelist():
            data = original.read(name)
            copy.writestr(
                name, png_bytes("podmieniony") if name.startswith(ZIP_FILES_DIR) else data
            )
    other = open_app(data_dir, "other")
    try:
        with pytest.raises(InvalidImportFile, match=r"'stol\.png'.*does not match"):
            other.services.documents.import_file(tampered)
        with pytest.raises(NotFound):
            other.services.attachments.content(file.id)
    finally:
        other.close()


def test_json_import_keeps_metadata_of_missing_files(
    services: Services, tmp_path: Path, data_dir: Path
) -> None:
    """A plain .json import keeps the file list although the bytes are not in the profile."""
    record, file = _stored_with_file(services, tmp_path)
    target = services.documents.export_file(record.balance.id, tmp_path / "bilans.json")
    other = open_app(data_dir, "other")
    try:
        outcome = other.services.documents.import_file(target)
        loaded = other.services.balances.load(outcome.balance_id)
        assert file in [f for e in loaded.evidence for f in e.files]
        assert other.services.attachments.available((file.id,)) == frozenset()
    finally:
        other.close()


# --- domain rules -------------------------------------------------------------------------------


def _evidence(**overrides: object) -> Evidence:
    return dataclasses.replace(make_evidence(), **overrides)  # type: ignore[arg-type]


def test_validity_warning_within_six_months() -> None:
    """Expired and expiring-within-six-months items warn; later ones and undated ones do not."""
    today = dt.date(2025, 10, 1)
    assert validity_warning(_evidence(valid_until=dt.date(2025, 9, 30)), today) is (
        ValidityWarning.EXPIRED
    )
    assert validity_warning(_evidence(valid_until=dt.date(2026, 1, 1)), today) is (
        ValidityWarning.EXPIRING
    )
    assert validity_warning(_evidence(valid_until=dt.date(2026, 4, 1)), today) is (
        ValidityWarning.EXPIRING
    )
    assert validity_warning(_evidence(valid_until=dt.date(2026, 4, 2)), today) is None
    assert validity_warning(_evidence(valid_until=None), today) is None
    assert months_later(dt.date(2025, 8, 31), 6) == dt.date(2026, 2, 28)


def test_stored_copies_need_an_active_consent() -> None:
    """Files need a consent; a sighted-only item needs none; a withdrawn one is flagged."""
    record = finishable_record()
    file = EvidenceFile(id=new_id(), name="a.png", media_type=PNG, size=1, sha256="0" * 64)
    with_files = _evidence(files=(file,), consent_id=None)
    assert consent_problem(with_files, record.consents) is ConsentProblem.MISSING
    assert consent_problem(dataclasses.replace(with_files, sighted_only=True), ()) is None
    photos = record.consents[1]
    linked = dataclasses.replace(with_files, consent_id=photos.id)
    assert consent_problem(linked, record.consents) is None
    withdrawn = dataclasses.replace(photos, withdrawn_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    assert consent_problem(linked, (withdrawn,)) is ConsentProblem.WITHDRAWN


def test_links_toggle_from_either_side() -> None:
    """toggle_link links and unlinks; set_link is idempotent; unknown IDs change nothing."""
    record = finishable_record()
    evidence = record.evidence[1]
    competence = next(c for c in record.competences if c.id not in evidence.competence_ids)
    linked = toggle_link(record, evidence.id, competence.id)
    assert competence.id in linked.evidence[1].competence_ids
    assert toggle_link(linked, evidence.id, competence.id) == record
    assert set_link(linked, evidence.id, competence.id, True) == linked
    assert toggle_link(record, new_id(), competence.id) == record
    assert toggle_link(record, evidence.id, new_id()) == record
