"""The audit trail of a balance: which changes become events, and how autosave is coalesced.

Every change to a balance or a participant is recorded as an :class:`AuditEvent` (who, when,
what, which entity) by the service that makes it, in the transaction that makes it
(DOMAIN.md §2.10.3; Qualiopi: "documentées, datées, traçables").

Event vocabulary (``action`` / ``entity`` / ``entity_id``):

* ``create`` ``balance`` or ``participant``; ``finish``, ``revise``, ``withdraw`` ``balance``;
* ``update`` ``<kind>.<field>`` with the item's id: one event per changed field, e.g.
  ``balance.initial_goal``, ``participant.phone``, ``competence.statement``;
* ``add`` / ``remove`` ``<kind>`` with the item's id (a meeting, an experience, ...);
* ``consent_withdraw`` ``consent``; ``erase`` ``evidence_file`` (bytes deleted after a
  withdrawal or resignation); ``erase`` ``<kind>`` (content dropped on resignation);
* ``print`` ``report.<kind>``, ``export`` ``balance``, ``export_participant`` ``participant``,
  ``handover`` ``balance``.

The field path goes into ``entity`` so the balance document's ``audit`` list (BALANCE_DOCUMENT.md:
``at, actor, action, entity, entity_id``) carries it without a schema change.

**Coalescing rule** (autosave must not write an event per keystroke): an ``update`` event is not
appended when the log already holds an ``update`` of the same entity path and entity id by the
same actor at most :data:`COALESCE_WINDOW` (5 minutes) before it. So a field edited continuously
gets one event per 5 minutes, dated at the start of each 5-minute burst; other actions are never
coalesced. The log stays append-only: no stored event is ever changed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any
from uuid import UUID

from advisor_app.domain.entities import AuditEvent, BalanceRecord, Participant

__all__ = [
    "ACTION_ADD",
    "ACTION_CONSENT_WITHDRAW",
    "ACTION_CREATE",
    "ACTION_ERASE",
    "ACTION_EXPORT",
    "ACTION_EXPORT_PARTICIPANT",
    "ACTION_HANDOVER",
    "ACTION_PRINT",
    "ACTION_REMOVE",
    "ACTION_UPDATE",
    "COALESCE_WINDOW",
    "append_events",
    "merge_imported",
    "participant_changes",
    "record_changes",
]

ACTION_CREATE = "create"
ACTION_UPDATE = "update"
ACTION_ADD = "add"
ACTION_REMOVE = "remove"
ACTION_CONSENT_WITHDRAW = "consent_withdraw"
ACTION_ERASE = "erase"
ACTION_PRINT = "print"
ACTION_EXPORT = "export"
ACTION_EXPORT_PARTICIPANT = "export_participant"
ACTION_HANDOVER = "handover"

#: Updates of the same field by the same advisor within this time form one event.
COALESCE_WINDOW = dt.timedelta(minutes=5)

# Fields that record where the advisor is, or that only the lifecycle changes (with its own
# events): not content changes.
_BALANCE_IGNORED = frozenset(
    {
        "current_stage",
        "status",
        "finished_at",
        "withdrawn_at",
        "withdrawal_reason",
        "revision_id",
        "base_revision_id",
    }
)

# Collections of a record: (attribute, entity kind).
_COLLECTIONS: tuple[tuple[str, str], ...] = (
    ("consents", "consent"),
    ("meetings", "meeting"),
    ("experiences", "experience"),
    ("episodes", "episode"),
    ("competences", "competence"),
    ("evidence", "evidence"),
    ("development_areas", "development_area"),
)


def _event(
    action: str, entity: str, entity_id: UUID | None, actor: UUID, at: dt.datetime
) -> AuditEvent:
    return AuditEvent(at=at, actor=actor, action=action, entity=entity, entity_id=entity_id)


def _field_updates(
    kind: str,
    before: Any,
    after: Any,
    entity_id: UUID | None,
    actor: UUID,
    at: dt.datetime,
    ignored: frozenset[str] = frozenset(),
) -> Iterator[AuditEvent]:
    for field in dataclasses.fields(after):
        name = field.name
        if name in ignored or name == "id":
            continue
        if getattr(before, name) != getattr(after, name):
            yield _event(ACTION_UPDATE, f"{kind}.{name}", entity_id, actor, at)


def _items(
    kind: str,
    before: Sequence[Any],
    after: Sequence[Any],
    actor: UUID,
    at: dt.datetime,
) -> Iterator[AuditEvent]:
    old = {item.id: item for item in before}
    new_ids = {item.id for item in after}
    for item in after:
        previous = old.get(item.id)
        if previous is None:
            yield _event(ACTION_ADD, kind, item.id, actor, at)
        elif previous != item:
            if (
                kind == "consent"
                and previous.withdrawn_at is None
                and item.withdrawn_at is not None
            ):
                yield _event(ACTION_CONSENT_WITHDRAW, kind, item.id, actor, at)
                continue
            yield from _field_updates(kind, previous, item, item.id, actor, at)
    for item in before:
        if item.id not in new_ids:
            yield _event(ACTION_REMOVE, kind, item.id, actor, at)


def participant_changes(
    before: Participant | None, after: Participant, *, actor: UUID, at: dt.datetime
) -> list[AuditEvent]:
    """Events for saving ``after`` over ``before`` (None: a new participant)."""
    if before is None:
        return [_event(ACTION_CREATE, "participant", after.id, actor, at)]
    return list(_field_updates("participant", before, after, after.id, actor, at))


def record_changes(
    before: BalanceRecord, after: BalanceRecord, *, actor: UUID, at: dt.datetime
) -> list[AuditEvent]:
    """Events for saving the draft ``after`` over the stored ``before`` (same balance).

    The audit lists themselves are not compared: the service owns the log.
    """
    events: list[AuditEvent] = []
    balance_id = after.balance.id
    events.extend(
        _field_updates(
            "balance", before.balance, after.balance, balance_id, actor, at, _BALANCE_IGNORED
        )
    )
    events.extend(participant_changes(before.participant, after.participant, actor=actor, at=at))
    for attribute, kind in _COLLECTIONS:
        events.extend(
            _items(kind, getattr(before, attribute), getattr(after, attribute), actor, at)
        )
    if before.plan != after.plan:
        if before.plan is None:
            events.append(_event(ACTION_ADD, "plan", balance_id, actor, at))
        if after.plan is None:
            events.append(_event(ACTION_REMOVE, "plan", balance_id, actor, at))
        else:
            old_actions = () if before.plan is None else before.plan.actions
            events.extend(_items("plan_action", old_actions, after.plan.actions, actor, at))
            if before.plan is not None:
                events.extend(
                    _field_updates(
                        "plan",
                        before.plan,
                        after.plan,
                        balance_id,
                        actor,
                        at,
                        frozenset({"actions"}),
                    )
                )
    if before.feedback != after.feedback:
        if before.feedback is None:
            events.append(_event(ACTION_ADD, "feedback", balance_id, actor, at))
        elif after.feedback is None:
            events.append(_event(ACTION_REMOVE, "feedback", balance_id, actor, at))
        else:
            events.extend(
                _field_updates("feedback", before.feedback, after.feedback, balance_id, actor, at)
            )
    return events


def _coalesced(log: Sequence[AuditEvent], event: AuditEvent) -> bool:
    if event.action != ACTION_UPDATE:
        return False
    since = event.at - COALESCE_WINDOW
    for earlier in reversed(log):
        if earlier.at < since:
            # Events are appended in time order, except imported ones: keep looking a little
            # further would only matter for a clock set back, where one extra event is harmless.
            break
        if (
            earlier.action == ACTION_UPDATE
            and earlier.entity == event.entity
            and earlier.entity_id == event.entity_id
            and earlier.actor == event.actor
        ):
            return True
    return False


def append_events(
    log: tuple[AuditEvent, ...], events: Iterable[AuditEvent]
) -> tuple[AuditEvent, ...]:
    """The log with ``events`` appended, leaving out updates the coalescing rule absorbs."""
    result = list(log)
    for event in events:
        if not _coalesced(result, event):
            result.append(event)
    return tuple(result)


def merge_imported(
    local: tuple[AuditEvent, ...], imported: tuple[AuditEvent, ...]
) -> tuple[AuditEvent, ...]:
    """The local log followed by the imported events it does not hold yet.

    Imported events are kept as the record of what happened elsewhere, never trusted for
    anything else; the local ones are never dropped or reordered (the log is append-only).
    """
    seen = set(local)
    return (*local, *(e for e in imported if e not in seen))
