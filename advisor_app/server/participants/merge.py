"""The 3-way field merge of a participant change (pure functions, no database).

For each field the client changed, with ``base`` the value the client started from:

* the server still has ``base`` (nobody else changed it) → apply the client's value;
* the server already has the client's value → nothing to do;
* the server has a third value → **hard conflict**: keep the server's value, record both.

A change based on an older version whose fields did not collide is a **soft** conflict: merged
automatically, flagged for visibility.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from advisor_app.sync.schema import ParticipantWire

#: Fields a change may carry (the document's participant object without its ID).
CHANGEABLE_FIELDS = frozenset(ParticipantWire.model_fields) - {"id"}

_MISSING = object()


@dataclass
class FieldCollision:
    """A field both sides changed to different values."""

    field: str
    base_value: Any
    server_value: Any
    client_value: Any


@dataclass
class MergeResult:
    """Outcome of merging one change into the server's data."""

    data: dict[str, Any]
    applied: list[str] = field(default_factory=list)
    collisions: list[FieldCollision] = field(default_factory=list)


def merge(
    server: dict[str, Any],
    fields: dict[str, Any],
    base_values: dict[str, Any],
    *,
    same_version: bool,
) -> MergeResult:
    """Merge ``fields`` into ``server``.

    Args:
        server: The server's current data.
        fields: The client's new values.
        base_values: The client's values before its edit (may omit fields).
        same_version: The change is based on the server's current version, so a field without
            a base value cannot have changed on the server since.
    """
    result = MergeResult(data=dict(server))
    for name, client_value in fields.items():
        server_value = server.get(name)
        if server_value == client_value:
            continue
        base = base_values.get(name, _MISSING)
        unchanged = server_value == base if base is not _MISSING else same_version
        if unchanged:
            result.data[name] = client_value
            result.applied.append(name)
        else:
            result.collisions.append(
                FieldCollision(
                    field=name,
                    base_value=None if base is _MISSING else base,
                    server_value=server_value,
                    client_value=client_value,
                )
            )
    return result


def unknown_fields(fields: dict[str, Any]) -> list[str]:
    """Field names that are no participant fields (or the ID, which never changes)."""
    return sorted(set(fields) - CHANGEABLE_FIELDS)


def normalised(data: dict[str, Any]) -> tuple[dict[str, Any] | None, list[dict[str, str]]]:
    """The participant data as the wire model writes it, or None and the errors.

    Validation is the document's own (strict JSON, text limits, enum codes), so master data
    that arrives separately is held to the same rules as inside a balance document.
    """
    try:
        wire = ParticipantWire.model_validate_json(json.dumps(data), strict=True)
    except ValidationError as error:
        errors = [
            {
                "path": "/fields/" + "/".join(str(part) for part in item["loc"]),
                "msg": item["msg"],
            }
            for item in error.errors(include_url=False)
        ]
        return None, errors
    return wire.model_dump(mode="json"), []
