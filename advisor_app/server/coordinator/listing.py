"""The coordinator's list of received balances: filters, counts and CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import Select, func, select

from advisor_app.server.access import readable_owners
from advisor_app.server.context import Principal, ServerContext
from advisor_app.server.models import Balance, User
from advisor_app.sync.protocol import BalanceList, BalanceSummary

CSV_COLUMNS = (
    "balance_id",
    "participant_id",
    "advisor_id",
    "advisor_username",
    "head_revision_id",
    "status",
    "variant",
    "project_code",
    "gmina",
    "finished_at",
    "received_at",
    "server_seq",
)


@dataclass(frozen=True)
class BalanceFilter:
    """Filters of the list; None means "any"."""

    advisor_id: uuid.UUID | None = None
    gmina: str | None = None
    project_code: str | None = None
    status: str | None = None
    received_from: dt.datetime | None = None
    received_to: dt.datetime | None = None


class BalanceListing:
    """Lists balances the coordinator may read (their teams, or all for admins)."""

    def __init__(self, ctx: ServerContext) -> None:
        self._ctx = ctx

    def _query(self, principal: Principal, where: BalanceFilter) -> Select[Balance, User]:
        statement = (
            select(Balance, User)
            .join(User, User.id == Balance.owner_id)
            .where(Balance.erased_at.is_(None), Balance.head_revision_id.is_not(None))
        )
        if where.advisor_id is not None:
            statement = statement.where(Balance.owner_id == where.advisor_id)
        if where.gmina:
            statement = statement.where(func.lower(Balance.gmina) == where.gmina.lower())
        if where.project_code:
            statement = statement.where(Balance.project_code == where.project_code)
        if where.status:
            statement = statement.where(Balance.status == where.status)
        if where.received_from is not None:
            statement = statement.where(Balance.received_at >= _aware(where.received_from))
        if where.received_to is not None:
            statement = statement.where(Balance.received_at < _aware(where.received_to))
        return statement

    def page(
        self, principal: Principal, where: BalanceFilter, limit: int, offset: int
    ) -> BalanceList:
        """A page of matching balances (newest first) and counts over every match."""
        rows = self._rows(principal, where)
        counts: dict[str, Counter[str]] = {
            "status": Counter(),
            "project_code": Counter(),
            "gmina": Counter(),
            "advisor": Counter(),
            "variant": Counter(),
        }
        for balance, user in rows:
            counts["status"][balance.status] += 1
            counts["project_code"][balance.project_code] += 1
            counts["gmina"][balance.gmina] += 1
            counts["advisor"][user.username] += 1
            counts["variant"][balance.variant] += 1
        page = rows[offset : offset + limit]
        return BalanceList(
            items=[_summary(balance, user) for balance, user in page],
            total=len(rows),
            counts={name: dict(sorted(counter.items())) for name, counter in counts.items()},
        )

    def csv(self, principal: Principal, where: BalanceFilter) -> str:
        """Every matching balance as CSV (no names or contact data: IDs, places and dates)."""
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(CSV_COLUMNS)
        for balance, user in self._rows(principal, where):
            summary = _summary(balance, user).model_dump(mode="json")
            writer.writerow(["" if summary[c] is None else summary[c] for c in CSV_COLUMNS])
        return buffer.getvalue()

    def _rows(self, principal: Principal, where: BalanceFilter) -> list[tuple[Balance, User]]:
        with self._ctx.db.read() as session:
            statement = self._query(principal, where)
            owners = readable_owners(session, principal)
            if owners is not None:
                statement = statement.where(Balance.owner_id.in_(owners))
            statement = statement.order_by(Balance.received_at.desc(), Balance.id)
            return [(balance, user) for balance, user in session.execute(statement).all()]


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


def _summary(balance: Balance, user: User) -> BalanceSummary:
    return BalanceSummary(
        balance_id=balance.id,
        participant_id=balance.participant_id,
        advisor_id=user.id,
        advisor_username=user.username,
        head_revision_id=balance.head_revision_id,
        status=balance.status,
        variant=balance.variant,
        project_code=balance.project_code,
        gmina=balance.gmina,
        finished_at=balance.finished_at,
        received_at=balance.received_at,
        server_seq=balance.server_seq,
    )
