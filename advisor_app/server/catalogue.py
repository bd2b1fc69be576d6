"""``GET /v1/catalogue``: the versioned reference catalogue, and its appearance in the pull.

The files are read and checked once at start-up with the client's own loader, so the server never
publishes a catalogue a laptop would refuse. A version the database has not seen yet gets a
``server_seq`` and shows up in every advisor's pull as a ``catalogue`` change.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from sqlalchemy.orm import Session

from advisor_app.catalogue.reference import CATALOGUE_FILES, load_reference_catalogue
from advisor_app.resources import resource_path
from advisor_app.server.context import Principal, server_context
from advisor_app.server.db import next_server_seq, utc_now
from advisor_app.server.deps import current_principal
from advisor_app.server.models import CatalogueVersion
from advisor_app.server.openapi import problems
from advisor_app.sync.protocol import CatalogueBundle


class CatalogueBundleSource:
    """The catalogue directory the server publishes, read and validated once."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory if directory is not None else resource_path("catalogue")
        catalogue = load_reference_catalogue(self.directory)
        files = {
            name: (self.directory / name).read_text(encoding="utf-8") for name in CATALOGUE_FILES
        }
        self.bundle = CatalogueBundle(
            version=catalogue.version, updated=catalogue.updated, files=files
        )

    @property
    def version(self) -> str:
        """The catalogue's version."""
        return self.bundle.version

    def publish(self, session: Session) -> None:
        """Record the version with a fresh ``server_seq`` unless it is known (caller commits)."""
        if session.get(CatalogueVersion, self.version) is not None:
            return
        session.add(
            CatalogueVersion(
                version=self.version, server_seq=next_server_seq(session), published_at=utc_now()
            )
        )


router = APIRouter(tags=["catalogue"])


@router.get("/v1/catalogue", response_model=CatalogueBundle, responses=problems(401, 426))
def get_catalogue(
    request: Request, principal: Annotated[Principal, Depends(current_principal)]
) -> CatalogueBundle:
    """The current reference catalogue (TOML files with their version)."""
    del principal
    return server_context(request).catalogue.bundle
