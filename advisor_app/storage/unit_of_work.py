"""The unit of work: one session, one transaction, committed only when asked.

Usage, inside one job on the db executor thread::

    with UnitOfWork(session_factory) as uow:
        uow.participants.save(participant, now=now)
        uow.balances.save_record(record, now=now)
        uow.commit()

Leaving the block without :meth:`UnitOfWork.commit` (or through an exception) rolls everything
back, so a half-done use case never becomes durable. The session is always closed on exit: it
must not outlive the job, because sessions are not shared between threads.
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import Self

from sqlalchemy.orm import Session

from advisor_app.storage.privacy_repository import PrivacyRepository
from advisor_app.storage.repositories import (
    AttachmentRepository,
    BalanceRepository,
    ParticipantRepository,
    ProfileMetaRepository,
    RevisionRepository,
)
from advisor_app.storage.snapshots import RecordSnapshots
from advisor_app.storage.sync_repository import SyncRepository

__all__ = ["UnitOfWork"]


class UnitOfWork:
    """Context manager giving repositories that share one session and transaction.

    Args:
        session_factory: Makes a new session, e.g. ``OpenedProfile.session_factory``.
        snapshots: Shared by every unit of work of a profile, so autosaves write only what
            changed (see :mod:`advisor_app.storage.snapshots`); None compares everything.

    Attributes:
        participants: Participants and the main list.
        balances: Whole balances.
        meta: Profile settings.
        attachments: The bytes of evidence files (inside the encrypted database).
        revisions: Finished revisions (append-only) and the sync outbox.
        sync: Sync client state: outbox transitions, settings, server versions, conflicts.
        privacy: Participant audit events, handovers, erasure tombstones.
    """

    participants: ParticipantRepository
    balances: BalanceRepository
    meta: ProfileMetaRepository
    attachments: AttachmentRepository
    revisions: RevisionRepository
    sync: SyncRepository
    privacy: PrivacyRepository

    def __init__(
        self,
        session_factory: Callable[[], Session],
        snapshots: RecordSnapshots | None = None,
    ) -> None:
        self._session_factory = session_factory
        self._snapshots = snapshots
        self._session: Session | None = None

    def __enter__(self) -> Self:
        """Open the session and create the repositories.

        Raises:
            RuntimeError: The unit of work is already in use (they are not reentrant).
        """
        if self._session is not None:
            raise RuntimeError("a UnitOfWork cannot be entered twice")
        session = self._session_factory()
        self._session = session
        self.participants = ParticipantRepository(session)
        self.balances = BalanceRepository(session, self._snapshots)
        self.meta = ProfileMetaRepository(session)
        self.attachments = AttachmentRepository(session)
        self.revisions = RevisionRepository(session)
        self.sync = SyncRepository(session)
        self.privacy = PrivacyRepository(session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        """Roll back whatever was not committed, then close the session."""
        session = self._session
        self._session = None
        if session is None:
            return
        try:
            # After commit() this is a no-op; otherwise it discards the uncommitted work.
            session.rollback()
            # A snapshot of a save that was just rolled back would describe nothing stored.
            self.balances.rolled_back()
        finally:
            session.close()

    def commit(self) -> None:
        """Make everything done so far durable; the unit of work stays usable afterwards.

        Raises:
            RuntimeError: Called outside the ``with`` block.
        """
        if self._session is None:
            raise RuntimeError("commit() outside the UnitOfWork's with block")
        self._session.commit()
        self.balances.committed()
