"""Reading and writing balance documents as bytes, with one-line reasons for what is wrong.

Reading goes: JSON syntax → ``schema_version`` (newer is refused, older is upcast) → the wire
models (types, enum codes, limits, unknown fields). Each failure becomes
:class:`advisor_app.errors.InvalidImportFile` naming the first problem and where it is.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from advisor_app.errors import InvalidImportFile
from advisor_app.sync.schema import SCHEMA_VERSION, BalanceDocument, drop_defaulted_nulls

# Upcasters from version N to N+1, applied in order to documents older than SCHEMA_VERSION.
# schema_version 1 is the first, so there is nothing to upcast yet; the importer still runs
# through this table so that version 2 only has to add an entry.
UPCASTERS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def parse_document(raw: bytes | str, *, source: str = "document") -> BalanceDocument:
    """Parse and validate a balance document.

    Args:
        raw: The JSON text (UTF-8 bytes or str).
        source: Name of the file, used in messages.

    Raises:
        InvalidImportFile: broken JSON, a newer schema, or a structural error.
    """
    try:
        data = json.loads(raw)
    except UnicodeDecodeError as error:
        raise InvalidImportFile(f"{source}: not UTF-8 text ({error.reason})") from error
    except json.JSONDecodeError as error:
        if not error.doc[error.pos :].strip():
            raise InvalidImportFile(
                f"{source}: the file ends unexpectedly at line {error.lineno} (it may be cut "
                "short or incomplete)"
            ) from error
        raise InvalidImportFile(
            f"{source}: broken JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from error
    if not isinstance(data, dict):
        raise InvalidImportFile(f"{source}: a balance document must be a JSON object")
    data = _upcast(data, source)
    try:
        # Strict JSON validation, the same as the published JSON Schema: "yes" is no boolean,
        # "75" no number, and a timestamp is no date.
        cleaned = drop_defaulted_nulls(BalanceDocument, data)
        return BalanceDocument.model_validate_json(json.dumps(cleaned), strict=True)
    except ValidationError as error:
        raise InvalidImportFile(f"{source}: {describe_validation_error(error)}") from error


def _upcast(data: dict[str, Any], source: str) -> dict[str, Any]:
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise InvalidImportFile(f"{source}: schema_version is missing or not a whole number")
    if version > SCHEMA_VERSION:
        raise InvalidImportFile(
            f"{source}: made by a newer version of the app (schema_version {version}; "
            f"this app reads up to {SCHEMA_VERSION})",
            hint="update advisor_app to import this file",
        )
    if version < 1:
        raise InvalidImportFile(f"{source}: unknown schema_version {version}")
    while version < SCHEMA_VERSION:
        data = UPCASTERS[version](data)
        version += 1
    return data


def describe_validation_error(error: ValidationError) -> str:
    """Describe the first problem of a validation error in one line, naming its place.

    Unknown fields, bad enum codes and over-long texts get their own wording, since those are
    the mistakes people make when they edit a document by hand.
    """
    errors = error.errors(include_url=False)
    first = errors[0]
    where = _location(first["loc"])
    kind = first["type"]
    more = f" (and {len(errors) - 1} more problems)" if len(errors) > 1 else ""
    if kind == "extra_forbidden":
        message = f"unknown field '{where}'"
    elif kind == "enum":
        expected = first.get("ctx", {}).get("expected", "")
        message = f"'{where}' has an unknown code {first['input']!r}; expected {expected}"
    elif kind == "string_too_long":
        limit = first.get("ctx", {}).get("max_length")
        message = f"'{where}' is longer than {limit} characters"
    elif kind == "missing":
        message = f"required field '{where}' is missing"
    elif where == "document" or not first["loc"]:
        message = first["msg"]
    else:
        message = f"'{where}': {first['msg']}"
    return message + more


def _location(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts.append(f"[{item}]")
        else:
            parts.append(f".{item}" if parts else item)
    return "".join(parts) or "document"


def dump_document(doc: BalanceDocument) -> bytes:
    """Serialise a document as indented UTF-8 JSON (letters kept as typed, not escaped)."""
    text = json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")
