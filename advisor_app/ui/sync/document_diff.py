"""Field-by-field comparison of two balance documents (the stale-base conflict view).

Pure Python on purpose (no Qt): the conflict dialog renders what :func:`diff_documents`
returns, and the unit tests check the comparison without a window.

Lists of items that carry an ``id`` (experiences, competences, plan actions …) are matched by
that id, so reordering is not a difference and an item edited on both sides is compared field by
field; an item that exists on one side only is one row. Other lists (activities, reasons …) are
compared as a whole. Bookkeeping fields that always differ between two revisions (revision ids,
export and finish times, the audit trail) are left out.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

__all__ = [
    "IGNORED_FIELDS",
    "SECTION_ORDER",
    "DiffKind",
    "DiffRow",
    "diff_documents",
    "parse_document_json",
    "render_value",
]

# Top-level parts of the balance document in the order the view shows them.
SECTION_ORDER = (
    "balance",
    "participant",
    "consents",
    "meetings",
    "experiences",
    "episodes",
    "competences",
    "evidence",
    "development_areas",
    "plan",
    "feedback",
)

# Fields that differ between any two revisions and say nothing about the content.
IGNORED_FIELDS = frozenset(
    {
        "schema_version",
        "exported_at",
        "audit",
        "revision_id",
        "base_revision_id",
        "finished_at",
        "status",
        "current_stage",
    }
)

# Item fields that name an item for people, tried in this order.
_LABEL_FIELDS = ("title", "statement", "gap", "description", "purpose", "name", "date", "kind")


class DiffKind(StrEnum):
    """How one row of the comparison differs."""

    SAME = "same"
    CHANGED = "changed"
    LOCAL_ONLY = "local_only"  # an item only this laptop's revision has
    SERVER_ONLY = "server_only"  # an item only the server's revision has


@dataclass(frozen=True, slots=True)
class DiffRow:
    """One compared field (or one item present on one side only).

    Attributes:
        section: Top-level part of the document (``"participant"``, ``"experiences"`` …).
        item: Label of the list item the field belongs to (its title …), or "" outside lists.
        field: Dotted field path inside the section (``"phone"``, ``"abroad.country"``,
            ``"actions.due"``); for an item that exists on one side only, the path of its list
            inside the section ("" for a top-level list such as the experiences).
        local: This laptop's value as text ("" when absent).
        server: The server's value as text ("" when absent).
        kind: How the two differ.
    """

    section: str
    item: str
    field: str
    local: str
    server: str
    kind: DiffKind

    @property
    def differs(self) -> bool:
        """Tell whether the two sides differ."""
        return self.kind is not DiffKind.SAME


def parse_document_json(raw: bytes | str | None) -> dict[str, Any] | None:
    """Decode a document's JSON bytes; None for None, empty or unreadable input."""
    if not raw:
        return None
    try:
        value = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        return None
    return value if isinstance(value, dict) else None


def diff_documents(
    local: Mapping[str, Any], server: Mapping[str, Any] | None
) -> tuple[DiffRow, ...]:
    """Compare this laptop's revision with the server's, field by field.

    Args:
        local: The local revision's document (parsed JSON).
        server: The server head's document, or None when it has not been downloaded yet (every
            row then shows the local value against nothing).

    Returns:
        Rows in document order: sections in :data:`SECTION_ORDER` (then any other top-level
        key), fields in the local document's order followed by fields only the server has.
    """
    other: Mapping[str, Any] = server or {}
    keys = [k for k in SECTION_ORDER if k in local or k in other]
    keys += [k for k in _union(local, other) if k not in keys and k not in IGNORED_FIELDS]
    rows: list[DiffRow] = []
    for key in keys:
        rows.extend(_diff_value(key, "", (), local.get(key), other.get(key)))
    return tuple(rows)


def _union(first: Mapping[str, Any], second: Mapping[str, Any]) -> list[str]:
    return [*first, *(k for k in second if k not in first)]


def _diff_value(
    section: str, item: str, path: tuple[str, ...], local: Any, server: Any
) -> Iterator[DiffRow]:
    if isinstance(local, Mapping) or isinstance(server, Mapping):
        left = local if isinstance(local, Mapping) else {}
        right = server if isinstance(server, Mapping) else {}
        if (not left or not right) and path:
            # A nested object (abroad, id_document) set on one side only: one row, not many.
            yield _row(section, item, path, local, server)
            return
        for key in _union(left, right):
            if key in IGNORED_FIELDS or key == "id":
                continue
            yield from _diff_value(section, item, (*path, key), left.get(key), right.get(key))
        return
    if _is_item_list(local) and _is_item_list(server):
        yield from _diff_items(section, path, local or [], server or [])
        return
    yield _row(section, item, path, local, server)


def _is_item_list(value: Any) -> bool:
    """A list of objects with ids (or an empty or missing list, which may be one)."""
    if value is None:
        return True
    return isinstance(value, list) and all(
        isinstance(entry, Mapping) and "id" in entry for entry in value
    )


def _diff_items(
    section: str,
    path: tuple[str, ...],
    local: Sequence[Mapping[str, Any]],
    server: Sequence[Mapping[str, Any]],
) -> Iterator[DiffRow]:
    by_id = {str(entry["id"]): entry for entry in server}
    local_ids = {str(entry["id"]) for entry in local}
    where = ".".join(path)
    for entry in local:
        match = by_id.get(str(entry["id"]))
        label = _item_label(entry)
        if match is None:
            yield DiffRow(section, label, where, _summary(entry), "", DiffKind.LOCAL_ONLY)
        else:
            yield from _diff_value(section, label, path, entry, match)
    for entry in server:
        if str(entry["id"]) not in local_ids:
            yield DiffRow(
                section, _item_label(entry), where, "", _summary(entry), DiffKind.SERVER_ONLY
            )


def _item_label(entry: Mapping[str, Any]) -> str:
    for key in _LABEL_FIELDS:
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            return _shorten(value.strip(), 60)
    return str(entry.get("id", ""))[:8]


def _summary(entry: Mapping[str, Any]) -> str:
    """The whole item as "field: value" lines (without ids and empty values)."""
    lines = []
    for key, value in entry.items():
        if key == "id" or key in IGNORED_FIELDS or value in (None, "", [], {}):
            continue
        lines.append(f"{key}: {render_value(value)}")
    return "\n".join(lines)


def _row(section: str, item: str, path: tuple[str, ...], local: Any, server: Any) -> DiffRow:
    kind = DiffKind.SAME if _normalise(local) == _normalise(server) else DiffKind.CHANGED
    return DiffRow(section, item, ".".join(path), render_value(local), render_value(server), kind)


def _normalise(value: Any) -> Any:
    """Treat absent, null, "" and [] alike: an optional field left empty is no difference."""
    if value in (None, "", [], {}):
        return None
    return value


def render_value(value: Any) -> str:
    """A value as one readable text: lists joined, objects as "key: value", None as ""."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, list):
        if all(not isinstance(v, Mapping | list) for v in value):
            return "; ".join(render_value(v) for v in value)
        return "\n".join(render_value(v) for v in value)
    if isinstance(value, Mapping):
        return "; ".join(
            f"{k}: {render_value(v)}" for k, v in value.items() if k != "id" and v is not None
        )
    return str(value)


def _shorten(text: str, limit: int) -> str:
    first_line = text.splitlines()[0] if text else ""
    return first_line if len(first_line) <= limit else first_line[: limit - 1] + "…"
