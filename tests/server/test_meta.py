"""Health, meta, catalogue, client version gate, body limit and injected faults."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from advisor_app.catalogue.reference import default_reference_catalogue
from advisor_app.server.app import SchemaNotMigrated, create_app
from advisor_app.server.settings import Settings
from advisor_app.sync.protocol import CatalogueBundle, Meta, Problem
from tests.server.conftest import Api, make_api


def test_health_and_meta(api: Api) -> None:
    """/health names the backend; /v1/meta publishes the windows, limits and server time."""
    health = api.client.get("/health").json()
    assert health["status"] == "ok"
    assert health["database"] == ("sqlite" if api.settings.is_sqlite else "postgresql")
    meta = Meta.model_validate(api.client.get("/v1/meta").json())
    assert meta.accepted_schema_versions["balance"].min == 1
    assert meta.max_upload_bytes == 10 * 1024 * 1024
    assert abs((meta.server_time - dt.datetime.now(dt.UTC)).total_seconds()) < 60


def test_meta_follows_settings(database_url: str) -> None:
    """Windows and the minimum client version come from the environment settings."""
    for api in make_api(
        database_url,
        balance_schema_min=2,
        balance_schema_max=4,
        min_client_version="1.3.0",
        server_message="przerwa o 18:00",
    ):
        meta = api.client.get("/v1/meta").json()
        assert meta["accepted_schema_versions"]["balance"] == {"min": 2, "max": 4}
        assert meta["min_client_version"] == "1.3.0"
        assert meta["message"] == "przerwa o 18:00"


def test_catalogue_is_the_shipped_one(api: Api) -> None:
    """GET /v1/catalogue returns the shipped TOML files with their version."""
    token = api.token("ewa")
    bundle = CatalogueBundle.model_validate(
        api.client.get("/v1/catalogue", headers=api.auth(token)).json()
    )
    assert bundle.version == default_reference_catalogue().version
    assert "competences.toml" in bundle.files


def test_old_client_gets_426(database_url: str) -> None:
    """X-Client-Version below MIN_CLIENT_VERSION answers 426 client-too-old."""
    for api in make_api(database_url, min_client_version="1.3.0"):
        token = api.token("ewa")
        headers = api.auth(token)
        headers["X-Client-Version"] = "advisor-app/1.2.9 (win64)"
        response = api.client.get("/v1/catalogue", headers=headers)
        assert response.status_code == 426
        assert Problem.from_uri(response.json()["type"]) is Problem.CLIENT_TOO_OLD
        headers["X-Client-Version"] = "advisor-app/1.3.0 (win64)"
        assert api.client.get("/v1/catalogue", headers=headers).status_code == 200


def test_body_over_the_limit_is_413(database_url: str) -> None:
    """A body longer than MAX_UPLOAD_BYTES is refused with 413 before it is parsed."""
    for api in make_api(database_url, max_upload_bytes=2048):
        token = api.token("ewa")
        response = api.client.post("/v1/auth/revoke", content=b"x" * 5000, headers=api.auth(token))
        assert response.status_code == 413
        assert Problem.from_uri(response.json()["type"]) is Problem.PAYLOAD_TOO_LARGE

        def chunks() -> Iterator[bytes]:
            for _ in range(10):
                yield b"y" * 1000

        # Without Content-Length (chunked) the body is counted while it streams.
        streamed = api.client.post("/v1/auth/revoke", content=chunks(), headers=api.auth(token))
        assert streamed.status_code == 413


def test_injected_unavailable_and_rate_limited(api: Api) -> None:
    """X-Test-Fault unavailable/rate-limited answer 503/429 with Retry-After."""
    for fault, status in (("unavailable", 503), ("rate-limited", 429)):
        response = api.client.get("/v1/meta", headers={"X-Test-Fault": fault})
        assert response.status_code == status
        assert response.headers["Retry-After"] == "2"


def test_faults_are_ignored_without_the_flag(database_url: str) -> None:
    """Without APP_TEST_FAULTS the header does nothing."""
    app = create_app(Settings(database_url=database_url, app_test_faults=False))
    from tests.server.conftest import TestClient

    with TestClient(app) as client:
        assert client.get("/v1/meta", headers={"X-Test-Fault": "unavailable"}).status_code == 200
    app.state.ctx.db.dispose()


def test_unmigrated_database_is_refused(tmp_path: object) -> None:
    """create_app refuses a database whose schema is not at head."""
    import pathlib

    assert isinstance(tmp_path, pathlib.Path)
    try:
        create_app(Settings(database_url=f"sqlite:///{tmp_path / 'empty.db'}"))
    except SchemaNotMigrated as error:
        assert "advisor-server migrate" in str(error)
    else:
        raise AssertionError("an empty database was accepted")
