"""The seam between use cases and storage: a factory of units of work."""

from __future__ import annotations

from collections.abc import Callable

from advisor_app.storage.unit_of_work import UnitOfWork

UnitOfWorkFactory = Callable[[], UnitOfWork]
