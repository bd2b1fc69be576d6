"""RFC 9457 problem details: one exception type, the handlers and the OpenAPI descriptions.

Every error leaves the server as ``application/problem+json`` with a stable ``type`` URI from
:class:`advisor_app.sync.protocol.Problem`; clients branch on it, never on the text.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import IntegrityError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from advisor_app.sync.protocol import PROBLEM_MEDIA_TYPE, Header, Problem

log = logging.getLogger(__name__)


class ApiProblem(Exception):
    """An error answered as problem details.

    Args:
        problem: The stable problem type.
        status: HTTP status code.
        detail: Human-readable explanation (English; clients show their own text).
        headers: Extra response headers (``Retry-After`` …).
        extensions: Extension members (``errors``, ``supported``, ``current_head_revision_id`` …).
    """

    def __init__(
        self,
        problem: Problem,
        status: int,
        detail: str | None = None,
        *,
        headers: Mapping[str, str] | None = None,
        **extensions: Any,
    ) -> None:
        super().__init__(detail or problem.value)
        self.problem = problem
        self.status = status
        self.detail = detail
        self.headers = dict(headers or {})
        self.extensions = extensions

    def body(self) -> dict[str, Any]:
        """The JSON body of this problem."""
        return problem_body(self.problem, self.status, self.detail, **self.extensions)

    def response(self) -> Response:
        """The HTTP response of this problem."""
        return problem_response(
            self.problem, self.status, self.detail, headers=self.headers, **self.extensions
        )


def problem_body(
    problem: Problem, status: int, detail: str | None = None, **extensions: Any
) -> dict[str, Any]:
    """The problem-details object (``type``, ``title``, ``status``, ``detail`` + extensions)."""
    body: dict[str, Any] = {
        "type": problem.uri,
        "title": _title(status),
        "status": status,
    }
    if detail is not None:
        body["detail"] = detail
    body.update(extensions)
    return body


def problem_response(
    problem: Problem,
    status: int,
    detail: str | None = None,
    *,
    headers: Mapping[str, str] | None = None,
    **extensions: Any,
) -> Response:
    """A problem-details response."""
    return JSONResponse(
        problem_body(problem, status, detail, **extensions),
        status_code=status,
        headers=dict(headers or {}),
        media_type=PROBLEM_MEDIA_TYPE,
    )


def _title(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def retry_after(seconds: int) -> dict[str, str]:
    """The ``Retry-After`` header for ``seconds``."""
    return {Header.RETRY_AFTER.value: str(max(1, seconds))}


_STATUS_PROBLEMS = {
    401: Problem.UNAUTHORIZED,
    403: Problem.FORBIDDEN,
    404: Problem.NOT_FOUND,
    413: Problem.PAYLOAD_TOO_LARGE,
    429: Problem.RATE_LIMITED,
    503: Problem.UNAVAILABLE,
}


def install_handlers(app: FastAPI) -> None:
    """Answer every error of ``app`` as problem details."""

    @app.exception_handler(ApiProblem)
    async def _problem(request: Request, error: ApiProblem) -> Response:
        del request
        return error.response()

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, error: RequestValidationError) -> Response:
        del request
        return problem_response(
            Problem.VALIDATION,
            422,
            "the request does not match the API schema",
            errors=validation_errors(error.errors()),
        )

    @app.exception_handler(IntegrityError)
    async def _race(request: Request, error: IntegrityError) -> Response:
        # Two transactions inserted the same new row at once (PostgreSQL; SQLite serialises
        # writers): the loser rolled back with nothing stored. A retry sees the winner's row
        # and gets the real answer (replay, stale base …).
        del request
        log.info("write lost a race: %s", error.orig)
        return problem_response(
            Problem.REQUEST_IN_PROGRESS,
            409,
            "a concurrent request wrote the same data; retry",
            headers=retry_after(2),
        )

    @app.exception_handler(OperationalError)
    async def _busy(request: Request, error: OperationalError) -> Response:
        # Lock timeouts, deadlocks and lost connections are transient: 503 with Retry-After
        # makes clients back off instead of marking their items failed.
        del request
        log.warning("database unavailable: %s", error.orig)
        return problem_response(
            Problem.UNAVAILABLE, 503, "the database is busy; retry later", headers=retry_after(5)
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, error: StarletteHTTPException) -> Response:
        del request
        problem = _STATUS_PROBLEMS.get(error.status_code)
        if problem is None:
            problem = Problem.INTERNAL if error.status_code >= 500 else Problem.VALIDATION
        headers = dict(error.headers or {})
        return problem_response(problem, error.status_code, str(error.detail), headers=headers)


def validation_errors(errors: Any) -> list[dict[str, str]]:
    """Pydantic/FastAPI errors as ``[{"path": "/body/x", "msg": "..."}]`` (JSON-safe)."""
    result: list[dict[str, str]] = []
    for item in errors:
        location = [str(part) for part in item.get("loc", ())]
        result.append({"path": "/" + "/".join(location), "msg": str(item.get("msg", ""))})
    return result
