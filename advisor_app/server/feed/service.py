"""Pages of the pull, and the tombstone compaction that makes old cursors expire.

A cursor is the highest ``server_seq`` the client has applied. A page holds every participant,
balance head, tombstone and catalogue version addressed to the advisor with a larger
``server_seq``, oldest first. Items written together share one ``server_seq`` (an erasure, a
transfer), and a page never splits them: the next cursor would skip the rest.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from advisor_app.server.context import Principal, ServerContext
from advisor_app.server.db import Database, current_server_seq, utc_now
from advisor_app.server.models import (
    Balance,
    BalanceRevision,
    CatalogueVersion,
    IdempotencyRecord,
    LoginFailure,
    Participant,
    ServerState,
    Tombstone,
)
from advisor_app.server.problems import ApiProblem
from advisor_app.sync.codec import UPCASTERS
from advisor_app.sync.protocol import (
    BalanceHeadItem,
    CatalogueItem,
    ChangesPage,
    ParticipantChangeItem,
    Problem,
)
from advisor_app.sync.protocol import Tombstone as TombstoneItem
from advisor_app.sync.schema import SCHEMA_VERSION

#: ``server_state`` key of the highest ``server_seq`` whose tombstones were compacted away.
HORIZON_KEY = "tombstone_horizon"

PageItem = ParticipantChangeItem | BalanceHeadItem | CatalogueItem | TombstoneItem


@dataclass(frozen=True)
class _Item:
    seq: int
    order: int
    value: PageItem


def parse_cursor(since: str | None) -> int:
    """The cursor as a number; 422 validation when it is not one."""
    if since is None or since == "":
        return 0
    if not since.isdigit() or len(since) > 18:
        raise ApiProblem(
            Problem.VALIDATION,
            422,
            "since must be a cursor returned by this server",
            errors=[{"path": "/query/since", "msg": "not a cursor"}],
        )
    return int(since)


def horizon(session: Session) -> int:
    """The compaction horizon (0 when nothing was compacted)."""
    row = session.get(ServerState, HORIZON_KEY)
    return int(row.value) if row is not None else 0


class FeedService:
    """Builds pages of the pull for one advisor."""

    def __init__(self, ctx: ServerContext) -> None:
        self._ctx = ctx

    def page(self, principal: Principal, since: str | None, limit: int) -> ChangesPage:
        """One page of changes after ``since`` (at most ``limit`` items unless they share a seq).

        Raises:
            ApiProblem: 410 cursor-expired for a cursor older than the compaction horizon.
        """
        cursor = parse_cursor(since)
        with self._ctx.db.read() as session:
            expired_below = horizon(session)
            if 0 < cursor < expired_below:
                raise ApiProblem(
                    Problem.CURSOR_EXPIRED,
                    410,
                    "the cursor is older than the server keeps tombstones; download again "
                    "from the start (since=0)",
                    horizon=str(expired_below),
                )
            top = current_server_seq(session)
            if cursor > top:
                # A cursor from the future: the server was restored from an older backup.
                raise ApiProblem(
                    Problem.CURSOR_EXPIRED,
                    410,
                    "the cursor is newer than this server's data (restored from a backup?); "
                    "download again from the start (since=0)",
                    horizon=str(expired_below),
                )
            owner = principal.user_id
            items = self._items(session, owner, cursor, top, limit + 1, None)
            has_more = len(items) > limit
            if has_more:
                boundary = items[limit].seq
                page = [item for item in items[:limit] if item.seq < boundary]
                if not page:
                    # More than ``limit`` items share one seq: send them all at once.
                    page = self._items(session, owner, boundary - 1, boundary, None, boundary)
                next_cursor = page[-1].seq
            else:
                page = items
                next_cursor = top
        changes = [item.value for item in page if not isinstance(item.value, TombstoneItem)]
        tombstones = [item.value for item in page if isinstance(item.value, TombstoneItem)]
        return ChangesPage(
            changes=changes,
            tombstones=tombstones,
            next_cursor=str(next_cursor),
            has_more=has_more,
        )

    def _items(
        self,
        session: Session,
        owner: uuid.UUID,
        after: int,
        upto: int,
        limit: int | None,
        exact: int | None,
    ) -> list[_Item]:
        def window(statement: Any, column: Any) -> Any:
            statement = statement.where(column > after, column <= upto).order_by(column)
            return statement.limit(limit) if limit is not None else statement

        found: list[_Item] = []
        participants = session.scalars(
            window(
                select(Participant).where(
                    Participant.owner_id == owner, Participant.erased_at.is_(None)
                ),
                Participant.server_seq,
            )
        )
        found += [_Item(p.server_seq, 0, _participant_item(p)) for p in participants]
        heads = session.execute(
            window(
                select(Balance, BalanceRevision)
                .join(BalanceRevision, BalanceRevision.revision_id == Balance.head_revision_id)
                .where(Balance.owner_id == owner, Balance.erased_at.is_(None)),
                Balance.server_seq,
            )
        ).all()
        found += [_Item(b.server_seq, 1, _head_item(b, r)) for b, r in heads]
        tombstones = session.scalars(
            window(select(Tombstone).where(Tombstone.recipient_id == owner), Tombstone.server_seq)
        )
        found += [_Item(t.server_seq, 2, _tombstone_item(t)) for t in tombstones]
        catalogues = session.scalars(window(select(CatalogueVersion), CatalogueVersion.server_seq))
        found += [
            _Item(c.server_seq, 3, CatalogueItem(version=c.version, server_seq=c.server_seq))
            for c in catalogues
        ]
        key: Callable[[_Item], tuple[int, int]] = lambda item: (item.seq, item.order)  # noqa: E731
        found.sort(key=key)
        if exact is not None:
            return [item for item in found if item.seq == exact]
        return found


def _participant_item(participant: Participant) -> ParticipantChangeItem:
    return ParticipantChangeItem(
        id=participant.id,
        version=participant.version,
        server_seq=participant.server_seq,
        data=participant.data,
        conflict=participant.conflict,
    )


def _head_item(balance: Balance, revision: BalanceRevision) -> BalanceHeadItem:
    assert revision.payload is not None  # erased balances are filtered out
    # A coordinator's online-started case is a draft head; every uploaded head is finished.
    status: Literal["draft", "finished"] = "draft" if revision.status == "draft" else "finished"
    return BalanceHeadItem(
        balance_id=balance.id,
        participant_id=balance.participant_id,
        head_revision_id=revision.revision_id,
        server_seq=balance.server_seq,
        payload_sha256=revision.payload_sha256,
        document=upcast_payload(revision.payload),
        status=status,
    )


def upcast_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """A stored document brought up to this version's ``schema_version``.

    Revisions are stored as received (their ``payload_sha256`` names those bytes), so a head
    kept from an older schema reaches laptops in the shape they read, through the same
    :data:`advisor_app.sync.codec.UPCASTERS` the importer uses. Unknown or current versions
    pass unchanged (the upload checks already refused anything else).
    """
    version = payload.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return payload
    while version < SCHEMA_VERSION:
        payload = UPCASTERS[version](payload)
        version += 1
    return payload


def _tombstone_item(tombstone: Tombstone) -> TombstoneItem:
    return TombstoneItem(
        type=tombstone.entity_type,
        id=tombstone.entity_id,
        server_seq=tombstone.server_seq,
        reason=tombstone.reason,
    )


def compact_tombstones(
    db: Database, older_than_days: int, *, retention_days: int = 90
) -> tuple[int, int]:
    """Drop tombstones older than ``older_than_days``, expired idempotency records and old
    failed-login rows.

    Cursors below the new horizon then get 410 cursor-expired, so a laptop that was away longer
    re-downloads instead of silently missing an erasure.

    Returns:
        The horizon and the number of tombstones removed.
    """
    now = utc_now()
    cutoff = now - dt.timedelta(days=older_than_days)
    with db.write() as session:
        newest = session.scalar(
            select(func.max(Tombstone.server_seq)).where(Tombstone.created_at < cutoff)
        )
        previous = horizon(session)
        removed = 0
        if newest is not None and newest > previous:
            result = session.execute(delete(Tombstone).where(Tombstone.server_seq <= newest))
            removed = int(getattr(result, "rowcount", 0) or 0)
            state = session.get(ServerState, HORIZON_KEY)
            if state is None:
                session.add(ServerState(key=HORIZON_KEY, value=str(newest)))
            else:
                state.value = str(newest)
            previous = newest
        session.execute(
            delete(IdempotencyRecord).where(
                IdempotencyRecord.created_at < now - dt.timedelta(days=retention_days)
            )
        )
        # Failed logins only matter inside the rate-limit window; a day is plenty.
        session.execute(delete(LoginFailure).where(LoginFailure.at < now - dt.timedelta(days=1)))
        session.commit()
    return previous, removed
