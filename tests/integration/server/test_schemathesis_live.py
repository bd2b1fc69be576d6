"""The published OpenAPI schema against a live ``advisor-server serve`` process (schemathesis).

Two identities: advisor ``ewa`` owns a participant and a balance; advisor ``jan`` fuzzes every
operation. Besides "no server error", "the response matches its documented schema" and "an
operation behind auth refuses a request without the token" (ST401 ``ignored_auth``), jan's
requests aimed at ewa's resources (her IDs in the path) must never succeed, and no successful
answer to jan may contain ewa's IDs or her participant's name (ST402-style). Bounded examples:
the whole run stays within a few seconds per operation group.
"""

from __future__ import annotations

import uuid
import warnings
from collections.abc import Callable
from typing import Any

import httpx
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import ignored_auth, response_schema_conformance

from tests.helpers.server_data import (
    CLIENT_VERSION,
    finished_record,
    password_grant,
    revision_body,
    revision_path,
)
from tests.helpers.server_process import ServerProcess
from tests.integration.server.conftest import PASSWORD

MAX_EXAMPLES = 4


def _token(server: ServerProcess, name: str) -> str:
    response = httpx.post(
        server.url + "/v1/auth/token",
        json=password_grant(name, PASSWORD, uuid.uuid4()),
        timeout=30,
    )
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def _headers(token: str) -> dict[str, str]:
    return {
        "Authorization": f"Bearer {token}",
        "Idempotency-Key": str(uuid.uuid4()),
        "X-Client-Version": CLIENT_VERSION,
    }


def test_live_schema_with_two_identities(live_server: ServerProcess) -> None:
    """Fuzzed as jan: no 5xx, schema-conformant, auth enforced, ewa's data never returned."""
    ewa, jan = _token(live_server, "ewa"), _token(live_server, "jan")
    record = finished_record()
    body = revision_body(record)
    stored = httpx.put(
        live_server.url + revision_path(body),
        json=body,
        headers={**_headers(ewa), "Idempotency-Key": body["revision_id"]},
        timeout=30,
    )
    assert stored.status_code == 201, stored.text
    ewa_ids = {
        "participant_id": body["participant_id"],
        "balance_id": body["balance_id"],
        "revision_id": body["revision_id"],
    }
    secrets = [*ewa_ids.values(), record.participant.last_name]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        schema = schemathesis.openapi.from_url(live_server.url + "/openapi.json")
    operations = []
    for result in schema.get_all_operations():
        assert isinstance(result, Ok), f"invalid operation in the published schema: {result}"
        operations.append(result.ok())
    assert len(operations) >= 15
    checks: list[Any] = [not_a_server_error, response_schema_conformance, ignored_auth]
    jan_headers = _headers(jan)
    refused: dict[int, int] = {}

    def no_leak(response: Any) -> None:
        if 200 <= response.status_code < 300:
            text = response.text
            leaked = [secret for secret in secrets if secret in text]
            assert not leaked, f"{response.request.method} {response.request.url}: {leaked}"

    for operation in operations:
        targets_ewa = [name for name in ewa_ids if f"{{{name}}}" in operation.path]
        _fuzz_as_jan(operation, targets_ewa, ewa_ids, jan_headers, checks, no_leak, refused)

    # Not vacuous: some of jan's requests got past validation to the ownership check.
    assert refused.get(404, 0) > 0, refused
    # And ewa's data is intact and still hers.
    receipt = httpx.get(
        live_server.url + revision_path(body) + "/receipt", headers=_headers(ewa), timeout=30
    )
    assert receipt.status_code == 200


def _fuzz_as_jan(
    operation: Any,
    targets_ewa: list[str],
    ewa_ids: dict[str, str],
    jan_headers: dict[str, str],
    checks: list[Any],
    no_leak: Callable[[Any], None],
    refused: dict[int, int],
) -> None:
    """Generated requests of one operation as jan, then aimed at ewa's resources."""

    @given(case=operation.as_strategy())
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def fuzz(case: Any) -> None:
        no_leak(case.call_and_validate(headers=jan_headers, checks=checks))

    fuzz()
    if not targets_ewa:
        return

    @given(case=operation.as_strategy())
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def cross(case: Any) -> None:
        for name in targets_ewa:
            case.path_parameters[name] = ewa_ids[name]
        response = case.call(headers=jan_headers)
        assert not 200 <= response.status_code < 300, (
            f"jan got {response.status_code} from {case.method} {case.formatted_path}"
        )
        assert response.status_code < 500, response.text
        refused[response.status_code] = refused.get(response.status_code, 0) + 1

    cross()
