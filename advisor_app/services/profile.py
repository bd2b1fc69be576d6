"""The open profile: which database, which advisor works in it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from uuid import UUID

from advisor_app.services.clock import IdFactory
from advisor_app.services.unit_of_work import UnitOfWorkFactory

_ADVISOR_ID = "local_advisor_id"
_ADVISOR_NAME = "local_advisor_name"


@dataclass(frozen=True, slots=True)
class ProfileInfo:
    """Identity of the open profile.

    Attributes:
        profile_name: Name of the profile directory.
        db_path: The encrypted database file.
        advisor_id: The advisor who works in this profile (local until a server login binds it).
        advisor_name: Their name as printed on documents.
    """

    profile_name: str
    db_path: Path
    advisor_id: UUID
    advisor_name: str


@dataclass(frozen=True, slots=True)
class ProfileSummary:
    """What ``advisor-app check`` reports about a profile."""

    info: ProfileInfo
    schema_revision: str
    key_source: str
    participants: int
    balances: int


def ensure_local_advisor(
    uow_factory: UnitOfWorkFactory, new_id: IdFactory, default_name: str
) -> tuple[UUID, str]:
    """Return the profile's advisor identity, creating it on the first start.

    The ID must stay the same for the life of the profile: balances, consents and audit
    entries refer to it.
    """
    with uow_factory() as uow:
        stored_id = uow.meta.get(_ADVISOR_ID)
        name = uow.meta.get(_ADVISOR_NAME)
        if stored_id is not None and name is not None:
            return UUID(stored_id), name
        advisor_id = new_id()
        uow.meta.set(_ADVISOR_ID, str(advisor_id))
        uow.meta.set(_ADVISOR_NAME, default_name)
        uow.commit()
        return advisor_id, default_name


def summarise(
    uow_factory: UnitOfWorkFactory, info: ProfileInfo, *, schema_revision: str, key_source: str
) -> ProfileSummary:
    """Count what the profile holds."""
    with uow_factory() as uow:
        return ProfileSummary(
            info=info,
            schema_revision=schema_revision,
            key_source=key_source,
            participants=uow.participants.count(),
            balances=uow.balances.count(),
        )
