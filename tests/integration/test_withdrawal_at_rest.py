"""After a consent withdrawal, a deleted photo leaves no copy anywhere in the profile (issue 8).

The database is encrypted, so searching the raw files for the photo's marker proves little; the
test also decrypts every page of the database and of its WAL (free pages and old frames
included) and checks the marker is gone from those too, and that SQL no longer finds the row.
Before the withdrawal the same decrypted search does find the marker, so the check can fail.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import keyring
from sqlalchemy import text

from advisor_app.app import open_app
from advisor_app.domain.enums import EvidenceKind
from advisor_app.errors import NotFound
from advisor_app.storage.keys import KEYRING_SERVICE, db_key_account
from advisor_app.storage.profile import profile_dir_for
from tests.helpers.domain_factories import finishable_record, make_evidence, new_id
from tests.helpers.evidence_files import png_bytes
from tests.helpers.sqlcipher_pages import plaintext_holds

MARKER = "WITHDRAWN-PHOTO-MARKER-5b1e0c77-komoda"


def _files_holding(root: Path, needle: bytes) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and needle in p.read_bytes()]


def test_withdrawn_photo_is_nowhere_in_the_profile(data_dir: Path, tmp_path: Path) -> None:
    """Withdrawing the photo consent erases the photo from db, WAL, shm and attachment store."""
    picked = tmp_path / "komoda.png"
    picked.write_bytes(png_bytes(MARKER * 40))  # several hundred bytes: more than one cell
    opened = open_app(data_dir)
    profile_dir = profile_dir_for(data_dir, "default")
    db_path = profile_dir / "advisor.db"
    key_hex = keyring.get_password(KEYRING_SERVICE, db_key_account("local", "default"))
    assert key_hex is not None
    key = bytes.fromhex(key_hex)
    try:
        services = opened.services
        record = finishable_record()
        photo_consent = record.consents[1]
        services.participants.save(record.participant)
        services.balances.save(record)
        file = services.attachments.add_file(picked)
        photo = make_evidence(
            id=new_id(),
            kind=EvidenceKind.PHOTO,
            title="Komoda z drewna sosnowego",
            description="Zdjęcie komody odnowionej przez uczestniczkę.",
            files=(file,),
            consent_id=photo_consent.id,
        )
        record = dataclasses.replace(record, evidence=(*record.evidence, photo))
        services.balances.save(record)
        # The check below is able to see the photo while it is stored.
        assert plaintext_holds(db_path, key, MARKER.encode()), "decryption check is blind"

        withdrawn = services.privacy.withdraw_consent(record.balance.id, photo_consent.id)

        kept = next(e for e in withdrawn.evidence if e.id == photo.id)
        assert kept.files == () and kept.sighted_only  # kept as text, "original only shown"
        assert kept.title == photo.title and kept.description == photo.description
        consent = next(c for c in withdrawn.consents if c.id == photo_consent.id)
        assert consent.withdrawn_at is not None and consent.withdrawal_effects_done_at is not None
        assert services.balances.load(record.balance.id) == withdrawn
        try:
            services.attachments.content(file.id)
            raise AssertionError("the photo's bytes are still stored")
        except NotFound:
            pass
        with opened.gate.engine.connect() as conn:
            rows = conn.execute(
                text("SELECT count(*) FROM attachment_content WHERE file_id = :id"),
                {"id": str(file.id)},
            ).scalar_one()
        assert rows == 0
        # Nowhere: raw bytes of every file, and the decrypted pages of the db and its WAL.
        assert _files_holding(data_dir, MARKER.encode()) == []
        assert plaintext_holds(db_path, key, MARKER.encode()) == []
        # The withdrawal is recorded and queued for the server.
        actions = [(e.action, e.entity, e.entity_id) for e in withdrawn.audit]
        assert ("consent_withdraw", "consent", photo_consent.id) in actions
        assert ("erase", "evidence_file", file.id) in actions
        covered = {
            f.id for e in record.evidence if e.consent_id == photo_consent.id for f in e.files
        }
        assert file.id in covered and len(covered) == 2  # the photo and SC01's cash-book scan
        tombstones = services.privacy.tombstones()
        assert {(t.entity, t.entity_id, t.reason) for t in tombstones} == {
            ("evidence_file", file_id, "consent_withdrawn") for file_id in covered
        }
        # Evidence covered by another consent (or none) keeps its files.
        others = [e for e in withdrawn.evidence if e.consent_id != photo_consent.id]
        assert others == [e for e in record.evidence if e.consent_id != photo_consent.id]
    finally:
        opened.close()
    assert _files_holding(data_dir, MARKER.encode()) == []
    assert plaintext_holds(db_path, key, MARKER.encode()) == []
