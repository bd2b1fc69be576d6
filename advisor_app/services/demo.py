"""Demo data: fictional participants from the scenarios, for trying the app and for training."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from advisor_app.services.changes import Changes
from advisor_app.services.documents import DocumentService
from advisor_app.services.unit_of_work import UnitOfWorkFactory


class DemoDataService:
    """Loads the bundled demo balances (``resources/demo/*.json``) into the profile.

    Loading is an ordinary import, so loading twice changes nothing.

    Args:
        uow_factory: Opens a unit of work on the profile database.
        documents: Imports the bundled documents.
        demo_files: The documents to load.
    """

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        documents: DocumentService,
        demo_files: Sequence[Path],
    ) -> None:
        self._uow = uow_factory
        self._documents = documents
        self._files = tuple(demo_files)

    def is_empty(self) -> bool:
        """Tell whether the profile holds no participant yet (the list offers demo data then)."""
        with self._uow() as uow:
            return uow.participants.count() == 0

    def load_demo(self) -> Changes:
        """Import every demo document; returns what was written."""
        changes = Changes()
        for path in self._files:
            changes |= self._documents.import_file(path, replace=False).changes
        return changes


def bundled_demo_files(demo_dir: Path) -> tuple[Path, ...]:
    """The demo documents shipped in ``demo_dir``, in a stable order."""
    return tuple(sorted(demo_dir.glob("*.json")))
