"""The published OpenAPI schema against the app (schemathesis, in-process, bounded examples).

Every operation is called with generated requests, signed in as an admin (who may call every
endpoint); each response must not be a server error and must match the schema documented for its
status code (problem details included), and an operation behind auth must refuse a request
without the token (ST401 `ignored_auth`). SQLite only: PostgreSQL runs the same handlers.
"""

from __future__ import annotations

import uuid
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import ignored_auth, response_schema_conformance

from advisor_app.server import migrate
from advisor_app.server.db import make_engine
from tests.server.conftest import Api, make_api

MAX_EXAMPLES = 12


@pytest.fixture
def sqlite_api(tmp_path: Path) -> Iterator[Api]:
    """A server on a fresh SQLite file."""
    url = f"sqlite:///{tmp_path / 'schema.db'}"
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    yield from make_api(url)


def test_every_operation_conforms_to_the_schema(sqlite_api: Api) -> None:
    """No generated request causes a 5xx, and every response matches its documented schema."""
    api = sqlite_api
    token = api.token("root", "admin")
    headers = {
        "Authorization": f"Bearer {token}",
        "Idempotency-Key": str(uuid.uuid4()),
        "X-Client-Version": "advisor-app/0.1.0 (test)",
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        schema = schemathesis.openapi.from_asgi("/openapi.json", api.app)
    checks: list[Any] = [not_a_server_error, response_schema_conformance, ignored_auth]
    operations = []
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), f"invalid operation in the published schema: {result}"
        operations.append(result.ok())
    assert len(operations) >= 15
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=MAX_EXAMPLES,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def run(case: Any) -> None:
            case.call_and_validate(headers=headers, checks=checks)

        run()
