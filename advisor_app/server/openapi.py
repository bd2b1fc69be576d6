"""OpenAPI details FastAPI cannot infer: problem-details error responses.

Errors are ``application/problem+json`` bodies (:class:`ProblemDetails`); FastAPI's default
``422 HTTPValidationError`` is replaced by them, so the published schema says what the server
really sends (schemathesis checks every response against it).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from advisor_app.sync.protocol import PROBLEM_MEDIA_TYPE, ProblemDetails

_PROBLEM_REF = {"$ref": "#/components/schemas/ProblemDetails"}
_DESCRIPTIONS = {
    "400": "Bad request",
    "401": "Missing, invalid or expired access token",
    "403": "Role not allowed",
    "404": "Not found, or not yours",
    "409": "Conflict (stale base, request in progress, attachment conflict, erased)",
    "410": "Cursor expired",
    "413": "Body larger than max_upload_bytes",
    "422": "Validation failed, unsupported schema or idempotency key reused",
    "426": "Client too old",
    "429": "Rate limited",
    "500": "Internal error",
    "503": "Unavailable",
}


def problems(*codes: int) -> dict[int | str, dict[str, Any]]:
    """``responses=`` entries documenting problem-details answers with these status codes."""
    return {
        code: {
            "description": _DESCRIPTIONS.get(str(code), "Error"),
            "content": {PROBLEM_MEDIA_TYPE: {"schema": _PROBLEM_REF}},
        }
        for code in codes
    }


def install_openapi(app: FastAPI) -> None:
    """Publish the problem-details schema and use it for every error response."""

    def build() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title, version=app.version, routes=app.routes, description=app.description
        )
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["ProblemDetails"] = ProblemDetails.model_json_schema(
            ref_template="#/components/schemas/{model}"
        )
        components.pop("HTTPValidationError", None)
        components.pop("ValidationError", None)
        for path in schema.get("paths", {}).values():
            for operation in path.values():
                responses = operation.get("responses", {})
                if "422" in responses:
                    responses["422"] = {
                        "description": _DESCRIPTIONS["422"],
                        "content": {PROBLEM_MEDIA_TYPE: {"schema": _PROBLEM_REF}},
                    }
        app.openapi_schema = schema
        return schema

    app.openapi = build  # type: ignore[method-assign]
