"""Server configuration, read from the environment (pydantic-settings).

Every setting has the environment variable of the same name in upper case (``DATABASE_URL``,
``ACCESS_TTL`` …), so the server runs the same under systemd, a container or a test fixture.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

#: Name of the server's per-user data directory (the embedded SQLite database lives there).
APP_DIR_NAME = "advisor-server"


def default_data_dir() -> Path:
    """``ADVISOR_SERVER_DATA_DIR`` or the platform's user data directory for the server."""
    override = os.environ.get("ADVISOR_SERVER_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))


def default_database_url() -> str:
    """The embedded default: a SQLite file in the server's data directory."""
    return f"sqlite:///{default_data_dir() / 'server.db'}"


class Settings(BaseSettings):
    """What an operator can configure; see docs/server.md for the meaning of each."""

    model_config = SettingsConfigDict(case_sensitive=False, extra="ignore", env_file=None)

    database_url: str = Field(default_factory=default_database_url)
    #: Lifetime of an access token, seconds (SYNC.md §3.7: 15 minutes).
    access_ttl: int = Field(default=900, ge=1)
    #: Lifetime of a refresh token, seconds (90 days).
    refresh_ttl: int = Field(default=90 * 24 * 3600, ge=1)
    balance_schema_min: int = Field(default=1, ge=1)
    balance_schema_max: int = Field(default=1, ge=1)
    participant_schema_min: int = Field(default=1, ge=1)
    participant_schema_max: int = Field(default=1, ge=1)
    #: Oldest desktop app allowed to sync (``X-Client-Version``); older ones get 426.
    min_client_version: str = Field(default="0.0.0", pattern=r"^[0-9]+(\.[0-9]+)*$")
    max_upload_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    idempotency_retention_days: int = Field(default=90, ge=1)
    #: Enables the ``X-Test-Fault`` header (SYNC.md §3.10). Never set it in production.
    app_test_faults: bool = False
    #: Failed logins per username and IP address within ``login_window`` before 429.
    login_max_failures: int = Field(default=5, ge=1)
    login_window: int = Field(default=300, ge=1)
    #: Message shown by clients (``GET /v1/meta``), e.g. a maintenance notice.
    server_message: str | None = None
    #: Directory of the reference catalogue served by ``GET /v1/catalogue`` (shipped one if unset).
    catalogue_dir: Path | None = None

    @model_validator(mode="after")
    def _windows_are_ranges(self) -> Settings:
        if self.balance_schema_min > self.balance_schema_max:
            raise ValueError("BALANCE_SCHEMA_MIN is greater than BALANCE_SCHEMA_MAX")
        if self.participant_schema_min > self.participant_schema_max:
            raise ValueError("PARTICIPANT_SCHEMA_MIN is greater than PARTICIPANT_SCHEMA_MAX")
        return self

    @property
    def is_sqlite(self) -> bool:
        """Tell whether the database is the embedded SQLite file."""
        return self.database_url.startswith("sqlite")
