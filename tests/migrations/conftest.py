"""Fixtures for migration tests: a seeded encrypted profile and a patchable migrations copy."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from advisor_app.domain.entities import BalanceRecord
from advisor_app.storage import migrate
from tests.unit.storage.storage_support import full_record, make_custody, open_test_profile, save

#: Adds a revision after the shipped head: ``add_revision("9001", "op.add_column(...)")``.
AddRevision = Callable[[str, str], None]


@pytest.fixture
def profile_dir(data_dir: Path) -> Path:
    """Directory of the test profile (created by the fixtures that need it)."""
    return data_dir / "profiles" / "test"


@pytest.fixture
def seeded(data_dir: Path) -> BalanceRecord:
    """A profile at the shipped head holding :func:`full_record`; the engine is disposed of."""
    record = full_record()
    profile = open_test_profile(data_dir)
    try:
        save(profile, record)
    finally:
        profile.engine.dispose()
    return record


@pytest.fixture
def db_key(profile_dir: Path, seeded: BalanceRecord) -> bytes:
    """The seeded profile's database key (from the in-memory keyring)."""
    return make_custody(profile_dir).load_or_create_key()


@pytest.fixture
def add_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AddRevision:
    """Switch the app to a copy of the shipped migrations to which tests add revisions."""
    copy = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", copy)

    def add(revision: str, upgrade_body: str) -> None:
        down = migrate.head_revision()
        body = textwrap.indent(textwrap.dedent(upgrade_body).strip(), "    ")
        (copy / "versions" / f"{revision}_test.py").write_text(
            f'"""Test revision {revision}."""\n\n'
            "import sqlalchemy as sa\n"
            "from alembic import op\n\n"
            f"revision = {revision!r}\n"
            f"down_revision = {down!r}\n"
            "branch_labels = None\n"
            "depends_on = None\n\n\n"
            f"def upgrade() -> None:\n{body}\n\n\n"
            "def downgrade() -> None:\n    pass\n",
            encoding="utf-8",
        )
        # The app's fast start-up check reads the head from a constant, not from the scripts.
        monkeypatch.setattr(migrate, "HEAD_REVISION", revision)

    return add
