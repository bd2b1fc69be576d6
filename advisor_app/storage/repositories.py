"""Repositories: load and store domain values through one SQLAlchemy session.

Repositories add and flush, and never commit: :class:`~advisor_app.storage.unit_of_work.UnitOfWork`
decides when a change becomes durable. They take and return frozen domain values only; ORM rows
stay inside this package (ARCHITECTURE.md §12.4).

Saving a balance is a diff, not a rewrite: autosave stores the whole record after every edit, so
rows are matched by id, only changed columns are updated, new rows inserted and dropped rows
deleted. A one-field edit therefore costs one UPDATE (plus the balance's ``updated_at``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from sqlalchemy import ColumnElement, Select, delete, exists, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session, joinedload, selectinload

from advisor_app.domain.entities import BalanceRecord, Participant
from advisor_app.domain.enums import BalanceStatus
from advisor_app.domain.listing import BalanceListRow, search_key
from advisor_app.domain.validation import reference_issues
from advisor_app.errors import ConflictError
from advisor_app.storage import mappers
from advisor_app.storage.mappers import Values
from advisor_app.storage.models import (
    AttachmentContentRow,
    AuditEventRow,
    BalanceRevisionRow,
    BalanceRow,
    BalanceSyncRow,
    Base,
    CompetenceEpisodeRow,
    CompetenceExperienceRow,
    CompetenceRow,
    ConsentRow,
    DevelopmentAreaRow,
    EpisodeRow,
    EvidenceCompetenceRow,
    EvidenceFileRow,
    EvidenceRow,
    ExperienceRow,
    FeedbackRow,
    MeetingRow,
    OutboxRow,
    ParticipantRow,
    PlanActionAreaRow,
    PlanActionRow,
    PlanRow,
    PlanStrengthRow,
    ProfileMetaRow,
)
from advisor_app.storage.snapshots import RecordSnapshots

__all__ = [
    "AttachmentRepository",
    "BalanceRepository",
    "OutboxEntry",
    "ParticipantRepository",
    "ProfileMetaRepository",
    "RevisionEntry",
    "RevisionRepository",
]

R = TypeVar("R", bound=Base)
T = TypeVar("T")
K = TypeVar("K", bound=Hashable)

_LIKE_ESCAPE = "\\"


# --- helpers ----------------------------------------------------------------------------------


def _same(stored: object, new: object) -> bool:
    """Tell whether a column already holds ``new`` exactly.

    Stricter than ``==``: ``Decimal("12.5") == Decimal("12.50")`` and ``0 == False``, but the
    document keeps the decimal's written form and the column's type.
    """
    if type(stored) is not type(new) or stored != new:
        return False
    return not isinstance(new, Decimal) or str(stored) == str(new)


def _apply(row: Base, values: Values) -> bool:
    """Write the columns that differ into ``row``; tell whether any did."""
    changed = False
    for name, value in values.items():
        if not _same(getattr(row, name), value):
            setattr(row, name, value)
            changed = True
    return changed


def _sync_rows(
    existing: Iterable[R],
    items: Sequence[T],
    *,
    row_key: Callable[[R], K],
    item_key: Callable[[T], K],
    values: Callable[[T, int], Values],
    make: Callable[..., R],
    children: Callable[[R, T], bool] | None = None,
) -> tuple[list[R], bool]:
    """Match rows to items by key: update changed rows, create missing ones.

    Args:
        existing: Rows currently stored for the collection (or for the whole balance, so an
            item moved between parents keeps its row).
        items: The new content, in order; position ``i`` is stored with item ``i``.
        row_key: Key of a stored row (its id).
        item_key: Key of an item (its id).
        values: Column values of an item at a position.
        make: Row constructor taking those values as keyword arguments.
        children: Syncs the item's own child collections into its row; returns "changed".

    Returns:
        The rows for ``items`` in order (assign them to the parent's relationship so that rows
        left out are deleted as orphans), and whether anything was inserted, updated or dropped.
    """
    by_key = {row_key(row): row for row in existing}
    rows: list[R] = []
    changed = False
    for position, item in enumerate(items):
        row = by_key.pop(item_key(item), None)
        if row is None:
            row = make(**values(item, position))
            changed = True
        else:
            changed |= _apply(row, values(item, position))
        if children is not None:
            changed |= children(row, item)
        rows.append(row)
    return rows, changed or bool(by_key)


def _replace_if_changed(owner: Base, attribute: str, rows: list[R]) -> None:
    """Assign a relationship collection only when its membership changed (no needless events)."""
    current: list[R] = getattr(owner, attribute)
    if {id(row) for row in current} != {id(row) for row in rows} or len(current) != len(rows):
        setattr(owner, attribute, rows)


def _duplicates(keys: Iterable[object]) -> set[object]:
    seen: set[object] = set()
    repeated: set[object] = set()
    for key in keys:
        (repeated if key in seen else seen).add(key)
    return repeated


def _check_storable(record: BalanceRecord) -> None:
    """Refuse a record the schema cannot hold faithfully (a caller's bug, not user input).

    Raises:
        ValueError: Two items share an id, a list of references repeats an id, or a reference
            points at no item of the balance.
    """
    groups: dict[str, Iterable[object]] = {
        "consents": (c.id for c in record.consents),
        "meetings": (m.id for m in record.meetings),
        "experiences": (e.id for e in record.experiences),
        "episodes": (e.id for e in record.episodes),
        "competences": (c.id for c in record.competences),
        "evidence": (e.id for e in record.evidence),
        "evidence files": (f.id for e in record.evidence for f in e.files),
        "development areas": (a.id for a in record.development_areas),
        "plan actions": (a.id for a in (record.plan.actions if record.plan else ())),
    }
    for name, ids in groups.items():
        if repeated := _duplicates(ids):
            raise ValueError(f"{name} share ids: {sorted(map(str, repeated))}")
    link_lists: list[tuple[UUID, tuple[UUID, ...]]] = []
    for c in record.competences:
        link_lists += [(c.id, c.experience_ids), (c.id, c.episode_ids)]
    link_lists += [(e.id, e.competence_ids) for e in record.evidence]
    if record.plan is not None:
        link_lists.append((record.balance.id, record.plan.strength_competence_ids))
        link_lists += [(a.id, a.area_ids) for a in record.plan.actions]
    for owner, ids in link_lists:
        if _duplicates(ids):
            raise ValueError(f"item {owner} lists a reference twice")
    if issues := list(reference_issues(record)):
        fields = sorted({issue.field for issue in issues})
        raise ValueError(f"balance {record.balance.id} has dangling references: {fields}")


def _like_any(column: InstrumentedAttribute[str], token: str) -> ColumnElement[bool]:
    """``column LIKE '%token%'`` with the token's own ``%``, ``_`` and ``\\`` taken literally."""
    escaped = (
        token.replace(_LIKE_ESCAPE, _LIKE_ESCAPE * 2)
        .replace("%", _LIKE_ESCAPE + "%")
        .replace("_", _LIKE_ESCAPE + "_")
    )
    return column.like(f"%{escaped}%", escape=_LIKE_ESCAPE)


# --- participants -----------------------------------------------------------------------------


class ParticipantRepository:
    """Participants and the main list (one row per balance, or per participant without one).

    Args:
        session: The unit of work's session.
    """

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, participant_id: UUID) -> Participant | None:
        """Load a participant.

        Args:
            participant_id: The participant's id.

        Returns:
            The participant, or None when there is none with this id.
        """
        row = self._session.get(ParticipantRow, participant_id)
        return None if row is None else mappers.participant_from_row(row)

    def save(self, participant: Participant, *, now: dt.datetime) -> None:
        """Insert the participant or update the stored one; ``updated_at`` moves only on change.

        Args:
            participant: The new state of the participant.
            now: Current time (timezone-aware), recorded as ``updated_at`` when anything changed.
        """
        values = mappers.participant_values(participant)
        row = self._session.get(ParticipantRow, participant.id)
        if row is None:
            self._session.add(ParticipantRow(**values, updated_at=now))
        elif _apply(row, values):
            row.updated_at = now
        self._session.flush()

    def count(self) -> int:
        """Return the number of participants."""
        return self._session.scalar(select(func.count()).select_from(ParticipantRow)) or 0

    def count_rows(self, query: str) -> int:
        """Count the list rows :meth:`list_rows` would return for ``query`` without paging.

        Args:
            query: The search text as typed.
        """
        listing = self._listing(query).order_by(None).subquery()
        return self._session.scalar(select(func.count()).select_from(listing)) or 0

    def list_rows(self, query: str, offset: int, limit: int) -> tuple[BalanceListRow, ...]:
        """Return one page of the main list.

        Every whitespace-separated token of the folded query must occur in the participant's
        folded names, locality, gmina or PESEL ("wojcik kra" finds Wójcik from Kraków). Rows are
        ordered by folded last name, first name, then newest balance first.

        Args:
            query: The search text as typed; blank lists everything.
            offset: Rows to skip.
            limit: Maximum number of rows.
        """
        statement = self._listing(query).offset(offset).limit(limit)
        return tuple(
            BalanceListRow(
                participant_id=p_id,
                last_name=last,
                first_name=first,
                locality=locality or gmina,
                updated_at=p_updated if b_updated is None else max(p_updated, b_updated),
                balance_id=b_id,
                project_code=project_code,
                variant=variant,
                status=status,
                current_stage=stage,
                sync_state=sync_state,
                on_server=bool(on_server),
            )
            for (
                p_id,
                last,
                first,
                locality,
                gmina,
                p_updated,
                b_id,
                project_code,
                variant,
                status,
                stage,
                b_updated,
                sync_state,
                on_server,
            ) in self._session.execute(statement)
        )

    @staticmethod
    def _listing(query: str) -> Select[*tuple[Any, ...]]:
        p, b = ParticipantRow, BalanceRow
        statement = (
            select(
                p.id,
                p.last_name,
                p.first_name,
                p.locality,
                p.gmina,
                p.updated_at,
                b.id,
                b.project_code,
                b.variant,
                b.status,
                b.current_stage,
                b.updated_at,
                # The sync badge: the state of the newest queued revision of the balance.
                select(OutboxRow.state)
                .where(OutboxRow.entity_id == b.id, OutboxRow.kind == "balance_revision")
                .order_by(OutboxRow.seq.desc())
                .limit(1)
                .scalar_subquery(),
                exists().where(BalanceSyncRow.balance_id == b.id),
            )
            .select_from(p)
            .outerjoin(b, b.participant_id == p.id)
            .order_by(p.sort_name, p.last_name, p.first_name, p.id, b.created_at.desc(), b.id)
        )
        for token in search_key(query).split():
            statement = statement.where(_like_any(p.search_text, token))
        return statement


# --- balances ---------------------------------------------------------------------------------


class BalanceRepository:
    """Whole balances (:class:`BalanceRecord`) with all their items.

    Args:
        session: The unit of work's session.
        snapshots: What was stored last for recently saved balances; lets a save load and
            compare only the collections that changed. None: always compare everything.
    """

    def __init__(self, session: Session, snapshots: RecordSnapshots | None = None) -> None:
        self._session = session
        self._snapshots = snapshots
        # Balances whose snapshot describes a save that is not committed yet.
        self._uncommitted: set[UUID] = set()

    def exists(self, balance_id: UUID) -> bool:
        """Tell whether a balance with this id is stored."""
        return bool(self._session.scalar(select(exists().where(BalanceRow.id == balance_id))))

    def count(self) -> int:
        """Return the number of balances."""
        return self._session.scalar(select(func.count()).select_from(BalanceRow)) or 0

    def status_of(self, balance_id: UUID) -> BalanceStatus | None:
        """Return the stored status of a balance, or None when it is not stored."""
        return self._session.scalar(select(BalanceRow.status).where(BalanceRow.id == balance_id))

    def ids_for_participant(self, participant_id: UUID) -> tuple[UUID, ...]:
        """Return the ids of a participant's balances, oldest first.

        Args:
            participant_id: The participant.
        """
        statement = (
            select(BalanceRow.id)
            .where(BalanceRow.participant_id == participant_id)
            .order_by(BalanceRow.created_at, BalanceRow.id)
        )
        return tuple(self._session.scalars(statement))

    def get_record(self, balance_id: UUID) -> BalanceRecord | None:
        """Load a balance with its participant and every item.

        Args:
            balance_id: The balance.

        Returns:
            The record, or None when there is no such balance.
        """
        row = self._load(balance_id, RECORD_PARTS)
        if row is None:
            return None
        record = BalanceRecord(
            balance=mappers.balance_from_row(row),
            participant=mappers.participant_from_row(row.participant),
            consents=tuple(mappers.consent_from_row(r) for r in row.consents),
            meetings=tuple(mappers.meeting_from_row(r) for r in row.meetings),
            experiences=tuple(mappers.experience_from_row(r) for r in row.experiences),
            episodes=tuple(mappers.episode_from_row(r) for r in row.episodes),
            competences=tuple(mappers.competence_from_row(r) for r in row.competences),
            evidence=tuple(mappers.evidence_from_row(r) for r in row.evidence),
            development_areas=tuple(
                mappers.development_area_from_row(r) for r in row.development_areas
            ),
            plan=None if row.plan is None else mappers.plan_from_row(row.plan),
            feedback=None if row.feedback is None else mappers.feedback_from_row(row.feedback),
            audit=tuple(mappers.audit_event_from_row(r) for r in row.audit_events),
        )
        if self._snapshots is not None:
            self._snapshots.put(balance_id, row.updated_at, record)
        return record

    def current_record(self, balance_id: UUID) -> BalanceRecord | None:
        """The stored record: the snapshot of the last save when it is still current, else loaded.

        Autosave diffs each draft against what is stored (for the audit trail); with a current
        snapshot that costs one query instead of loading every collection.
        """
        if self._snapshots is not None:
            snapshot = self._snapshots.get(balance_id)
            if snapshot is not None:
                updated_at = self._session.scalar(
                    select(BalanceRow.updated_at).where(BalanceRow.id == balance_id)
                )
                if updated_at == snapshot.updated_at:
                    return snapshot.record
        return self.get_record(balance_id)

    def save_record(self, record: BalanceRecord, *, now: dt.datetime) -> None:
        """Insert the balance or bring the stored one to ``record``'s state, row by row.

        The participant is not written here: save it first with
        :meth:`ParticipantRepository.save` in the same unit of work.

        Args:
            record: The whole balance as it should be stored.
            now: Current time (timezone-aware), recorded as the balance's ``updated_at`` when
                anything changed.

        Raises:
            ValueError: The participant is not stored, or the record repeats ids or references
                items it does not contain.
        """
        _check_storable(record)
        if self._session.get(ParticipantRow, record.participant.id) is None:
            raise ValueError(f"participant {record.participant.id} must be saved first")
        values = mappers.balance_values(record.balance, record.participant.id)
        row, parts = self._load_for_save(record)
        if row is None:
            row = BalanceRow(**values, updated_at=now)
            self._session.add(row)
            changed = True
        else:
            changed = _apply(row, values)
        changed |= _BalanceDiff(row, record).apply(parts)
        if changed:
            row.updated_at = now
        try:
            self._session.flush()
        except IntegrityError as error:
            # Item IDs are global: a document copied from another balance and given a new
            # balance ID still carries the other balance's experiences, competences, ...
            raise ConflictError(
                f"balance {record.balance.id} uses item IDs that belong to another balance",
                hint="give every item of a copied document new IDs",
            ) from error
        if self._snapshots is not None:
            self._snapshots.put(record.balance.id, row.updated_at, record)
            self._uncommitted.add(record.balance.id)

    def committed(self) -> None:
        """Note that the saves so far are durable (the unit of work committed)."""
        self._uncommitted.clear()

    def rolled_back(self) -> None:
        """Forget the snapshots of saves that were rolled back: they describe no stored state."""
        if self._snapshots is not None:
            for balance_id in self._uncommitted:
                self._snapshots.forget(balance_id)
        self._uncommitted.clear()

    def _load_for_save(self, record: BalanceRecord) -> tuple[BalanceRow | None, Sequence[str]]:
        """Load the stored balance with the collections a save has to compare.

        With a snapshot that is still current, only the collections that differ from it are
        loaded (typing in one field loads one collection); otherwise everything is.
        """
        balance_id = record.balance.id
        snapshots = self._snapshots
        snapshot = snapshots.get(balance_id) if snapshots is not None else None
        if snapshots is not None and snapshot is not None:
            parts = tuple(
                part
                for part in RECORD_PARTS
                if getattr(snapshot.record, part) != getattr(record, part)
            )
            row = self._load(balance_id, parts)
            if row is not None and row.updated_at == snapshot.updated_at:
                return row, parts
            # Written by someone else since (an import, another process): compare everything.
            snapshots.forget(balance_id)
            return self._load(balance_id, RECORD_PARTS, refresh=True), RECORD_PARTS
        return self._load(balance_id, RECORD_PARTS), RECORD_PARTS

    def _load(
        self, balance_id: UUID, parts: Sequence[str], *, refresh: bool = False
    ) -> BalanceRow | None:
        """Load a balance row with its participant and the given child collections.

        Args:
            balance_id: The balance.
            parts: Names of the record's collections to load (see :data:`RECORD_PARTS`).
            refresh: Reload rows already in the session (after a stale snapshot).
        """
        statement = (
            select(BalanceRow)
            .where(BalanceRow.id == balance_id)
            .options(joinedload(BalanceRow.participant), *_loader_options(parts))
        )
        if refresh:
            statement = statement.execution_options(populate_existing=True)
        return self._session.scalars(statement).one_or_none()


#: The record's collections, in the order a save writes them (parents before children).
RECORD_PARTS: tuple[str, ...] = (
    "consents",
    "meetings",
    "experiences",
    "episodes",
    "competences",
    "evidence",
    "development_areas",
    "plan",
    "feedback",
    "audit",
)


def _loader_options(parts: Iterable[str]) -> list[Any]:
    """Eager-loading options for the rows behind the named record collections."""
    competences = selectinload(BalanceRow.competences)
    evidence = selectinload(BalanceRow.evidence)
    plan = selectinload(BalanceRow.plan)
    options: dict[str, list[Any]] = {
        "consents": [selectinload(BalanceRow.consents)],
        "meetings": [selectinload(BalanceRow.meetings)],
        "experiences": [selectinload(BalanceRow.experiences)],
        "episodes": [selectinload(BalanceRow.episodes)],
        "competences": [
            competences.selectinload(CompetenceRow.experience_links),
            competences.selectinload(CompetenceRow.episode_links),
        ],
        "evidence": [
            evidence.selectinload(EvidenceRow.files),
            evidence.selectinload(EvidenceRow.competence_links),
        ],
        "development_areas": [selectinload(BalanceRow.development_areas)],
        "plan": [
            plan.selectinload(PlanRow.actions).selectinload(PlanActionRow.area_links),
            plan.selectinload(PlanRow.strength_links),
        ],
        "feedback": [joinedload(BalanceRow.feedback)],
        "audit": [selectinload(BalanceRow.audit_events)],
    }
    return [option for part in parts for option in options[part]]


class _BalanceDiff:
    """Brings the child rows of one loaded balance row to the state of a record."""

    def __init__(self, row: BalanceRow, record: BalanceRecord) -> None:
        self._row = row
        self._record = record

    def apply(self, parts: Sequence[str] = RECORD_PARTS) -> bool:
        """Sync the named child collections (all by default); tell whether any row changed."""
        steps = {
            "consents": self._consents,
            "meetings": self._meetings,
            "experiences": self._experiences,
            "episodes": self._episodes,
            "competences": self._competences,
            "evidence": self._evidence,
            "development_areas": self._development_areas,
            "plan": self._plan,
            "feedback": self._feedback,
            "audit": self._audit,
        }
        changed = False
        for part in parts:
            changed |= steps[part]()
        return changed

    def _collection(
        self,
        attribute: str,
        items: Sequence[Any],
        values: Callable[[Any, int], Values],
        make: Callable[..., Base],
        children: Callable[[Any, Any], bool] | None = None,
    ) -> bool:
        rows, changed = _sync_rows(
            getattr(self._row, attribute),
            items,
            row_key=lambda r: r.id,
            item_key=lambda i: i.id,
            values=values,
            make=make,
            children=children,
        )
        _replace_if_changed(self._row, attribute, rows)
        return changed

    def _consents(self) -> bool:
        r = self._record
        return self._collection("consents", r.consents, mappers.consent_values, ConsentRow)

    def _meetings(self) -> bool:
        r = self._record
        return self._collection("meetings", r.meetings, mappers.meeting_values, MeetingRow)

    def _experiences(self) -> bool:
        r = self._record
        return self._collection(
            "experiences", r.experiences, mappers.experience_values, ExperienceRow
        )

    def _episodes(self) -> bool:
        r = self._record
        return self._collection("episodes", r.episodes, mappers.episode_values, EpisodeRow)

    def _competences(self) -> bool:
        def links(row: CompetenceRow, item: Any) -> bool:
            experiences = _sync_links(
                row,
                "experience_links",
                item.experience_ids,
                target=lambda link: link.experience_id,
                make=lambda target, pos: CompetenceExperienceRow(
                    experience_id=target, position=pos
                ),
            )
            episodes = _sync_links(
                row,
                "episode_links",
                item.episode_ids,
                target=lambda link: link.episode_id,
                make=lambda target, pos: CompetenceEpisodeRow(episode_id=target, position=pos),
            )
            return experiences | episodes

        return self._collection(
            "competences",
            self._record.competences,
            mappers.competence_values,
            CompetenceRow,
            links,
        )

    def _evidence(self) -> bool:
        # Files are matched across the whole balance, so a file moved to another item keeps its
        # row (a delete plus an insert of the same primary key in one flush would collide).
        stored_files = {f.id: f for e in self._row.evidence for f in e.files}
        kept_items = {e.id for e in self._record.evidence}
        moved_files = {f.id for e in self._record.evidence for f in e.files}
        for dropped in (e for e in self._row.evidence if e.id not in kept_items):
            # Otherwise deleting the dropped item would cascade to the file it gave away.
            _replace_if_changed(
                dropped, "files", [f for f in dropped.files if f.id not in moved_files]
            )

        def children(row: EvidenceRow, item: Any) -> bool:
            files, files_changed = _sync_rows(
                (stored_files[f.id] for f in item.files if f.id in stored_files),
                item.files,
                row_key=lambda r: r.id,
                item_key=lambda i: i.id,
                values=mappers.evidence_file_values,
                make=EvidenceFileRow,
            )
            files_changed |= [f.id for f in row.files] != [f.id for f in files]
            _replace_if_changed(row, "files", files)
            competences = _sync_links(
                row,
                "competence_links",
                item.competence_ids,
                target=lambda link: link.competence_id,
                make=lambda target, pos: EvidenceCompetenceRow(competence_id=target, position=pos),
            )
            return files_changed | competences

        return self._collection(
            "evidence", self._record.evidence, mappers.evidence_values, EvidenceRow, children
        )

    def _development_areas(self) -> bool:
        return self._collection(
            "development_areas",
            self._record.development_areas,
            mappers.development_area_values,
            DevelopmentAreaRow,
        )

    def _plan(self) -> bool:
        plan = self._record.plan
        row = self._row.plan
        if plan is None:
            if row is None:
                return False
            self._row.plan = None  # delete-orphan removes it, its actions and links
            return True
        changed = False
        if row is None:
            row = PlanRow(**mappers.plan_values(plan))
            self._row.plan = row
            changed = True
        else:
            changed = _apply(row, mappers.plan_values(plan))

        def areas(action_row: PlanActionRow, action: Any) -> bool:
            return _sync_links(
                action_row,
                "area_links",
                action.area_ids,
                target=lambda link: link.area_id,
                make=lambda target, pos: PlanActionAreaRow(area_id=target, position=pos),
            )

        actions, actions_changed = _sync_rows(
            row.actions,
            plan.actions,
            row_key=lambda r: r.id,
            item_key=lambda i: i.id,
            values=mappers.plan_action_values,
            make=PlanActionRow,
            children=areas,
        )
        _replace_if_changed(row, "actions", actions)
        strengths = _sync_links(
            row,
            "strength_links",
            plan.strength_competence_ids,
            target=lambda link: link.competence_id,
            make=lambda target, pos: PlanStrengthRow(competence_id=target, position=pos),
        )
        return changed | actions_changed | strengths

    def _feedback(self) -> bool:
        feedback = self._record.feedback
        row = self._row.feedback
        if feedback is None:
            if row is None:
                return False
            self._row.feedback = None
            return True
        if row is None:
            self._row.feedback = FeedbackRow(**mappers.feedback_values(feedback))
            return True
        return _apply(row, mappers.feedback_values(feedback))

    def _audit(self) -> bool:
        # Audit events have no id; the log only grows, so matching by position updates nothing
        # and inserts just the new tail.
        rows, changed = _sync_rows(
            self._row.audit_events,
            list(enumerate(self._record.audit)),
            row_key=lambda r: r.position,
            item_key=lambda numbered: numbered[0],
            values=lambda numbered, position: mappers.audit_event_values(numbered[1], position),
            make=AuditEventRow,
        )
        _replace_if_changed(self._row, "audit_events", rows)
        return changed


def _sync_links(
    owner: Base,
    attribute: str,
    targets: Sequence[UUID],
    *,
    target: Callable[[Any], UUID],
    make: Callable[[UUID, int], Base],
) -> bool:
    """Sync an association collection of ``owner`` to a list of target ids, keeping its order."""
    existing = {target(link): link for link in getattr(owner, attribute)}
    rows: list[Base] = []
    changed = False
    for position, target_id in enumerate(targets):
        link = existing.pop(target_id, None)
        if link is None:
            link = make(target_id, position)
            changed = True
        else:
            changed |= _apply(link, {"position": position})
        rows.append(link)
    _replace_if_changed(owner, attribute, rows)
    return changed or bool(existing)


# --- finished revisions and the sync outbox ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class RevisionEntry:
    """A frozen revision as stored: the balance document's canonical bytes and their SHA-256.

    Attributes:
        revision_id: The revision (the balance's ``revision_id`` when it was frozen).
        balance_id: The balance it belongs to.
        base_revision_id: The revision it corrects, or None for the first one.
        status: The balance status frozen with it (``"finished"``).
        schema_version: Version of the balance document in ``payload``.
        payload: The balance document as UTF-8 JSON, exactly as hashed.
        sha256: Lower-case hex SHA-256 of ``payload``.
        created_at: When it was frozen (the finish time) or imported.
    """

    revision_id: UUID
    balance_id: UUID
    base_revision_id: UUID | None
    status: str
    schema_version: int
    payload: bytes
    sha256: str
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """An item of the sync queue (SYNC.md §3.2).

    Attributes:
        seq: Local FIFO order (assigned by :meth:`RevisionRepository.enqueue` when 0).
        kind: ``"balance_revision"``, ``"participant_change"`` or ``"attachment"``.
        entity_id: The balance (or participant, file) concerned.
        revision_id: The idempotency key of the upload.
        payload: What is uploaded.
        payload_sha256: Lower-case hex SHA-256 of ``payload``.
        schema_version: Version of the document in ``payload``.
        state: ``"queued"``, ``"uploading"``, ``"synced"``, ...
        attempts: Upload attempts so far.
        created_at: When it was queued.
        depends_on: An item that must be uploaded first, if any.
    """

    seq: int
    kind: str
    entity_id: UUID
    revision_id: UUID
    payload: bytes
    payload_sha256: str
    schema_version: int
    state: str
    attempts: int
    created_at: dt.datetime
    depends_on: UUID | None = None


class RevisionRepository:
    """Finished revisions (append-only) and the outbox of items waiting for upload.

    Revisions are only ever inserted: nothing here updates or deletes one (SYNC.md §3.1).

    Args:
        session: The unit of work's session.
    """

    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, entry: RevisionEntry) -> None:
        """Insert a frozen revision.

        Raises:
            ConflictError: A revision with this ID is already stored.
        """
        if self._session.get(BalanceRevisionRow, entry.revision_id) is not None:
            raise ConflictError(f"revision {entry.revision_id} is already stored")
        self._session.add(
            BalanceRevisionRow(
                revision_id=entry.revision_id,
                balance_id=entry.balance_id,
                base_revision_id=entry.base_revision_id,
                status=entry.status,
                schema_version=entry.schema_version,
                payload=entry.payload,
                sha256=entry.sha256,
                created_at=entry.created_at,
            )
        )
        self._session.flush()

    def get(self, revision_id: UUID) -> RevisionEntry | None:
        """Return a stored revision, or None."""
        row = self._session.get(BalanceRevisionRow, revision_id)
        return None if row is None else _revision_entry(row)

    def for_balance(self, balance_id: UUID) -> tuple[RevisionEntry, ...]:
        """Return the stored revisions of a balance, oldest first."""
        statement = (
            select(BalanceRevisionRow)
            .where(BalanceRevisionRow.balance_id == balance_id)
            .order_by(BalanceRevisionRow.created_at, BalanceRevisionRow.revision_id)
        )
        return tuple(_revision_entry(row) for row in self._session.scalars(statement))

    def enqueue(self, entry: OutboxEntry) -> OutboxEntry:
        """Queue an item for upload after every item queued before it.

        Returns:
            The entry as stored, with its ``seq`` (the highest so far plus one).
        """
        last = self._session.scalar(select(func.max(OutboxRow.seq)))
        seq = (last or 0) + 1
        self._session.add(
            OutboxRow(
                seq=seq,
                kind=entry.kind,
                entity_id=entry.entity_id,
                revision_id=entry.revision_id,
                depends_on=entry.depends_on,
                payload=entry.payload,
                payload_sha256=entry.payload_sha256,
                schema_version=entry.schema_version,
                state=entry.state,
                attempts=entry.attempts,
                created_at=entry.created_at,
            )
        )
        self._session.flush()
        return OutboxEntry(
            seq=seq,
            kind=entry.kind,
            entity_id=entry.entity_id,
            revision_id=entry.revision_id,
            payload=entry.payload,
            payload_sha256=entry.payload_sha256,
            schema_version=entry.schema_version,
            state=entry.state,
            attempts=entry.attempts,
            created_at=entry.created_at,
            depends_on=entry.depends_on,
        )

    def outbox(self) -> tuple[OutboxEntry, ...]:
        """Return every outbox item in queue order."""
        rows = self._session.scalars(select(OutboxRow).order_by(OutboxRow.seq))
        return tuple(
            OutboxEntry(
                seq=row.seq,
                kind=row.kind,
                entity_id=row.entity_id,
                revision_id=row.revision_id,
                payload=row.payload,
                payload_sha256=row.payload_sha256,
                schema_version=row.schema_version,
                state=row.state,
                attempts=row.attempts,
                created_at=row.created_at,
                depends_on=row.depends_on,
            )
            for row in rows
        )


def _revision_entry(row: BalanceRevisionRow) -> RevisionEntry:
    return RevisionEntry(
        revision_id=row.revision_id,
        balance_id=row.balance_id,
        base_revision_id=row.base_revision_id,
        status=row.status,
        schema_version=row.schema_version,
        payload=row.payload,
        sha256=row.sha256,
        created_at=row.created_at,
    )


# --- profile settings -------------------------------------------------------------------------


class ProfileMetaRepository:
    """Key/value settings of the profile (local advisor id and name, ...).

    Args:
        session: The unit of work's session.
    """

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, key: str) -> str | None:
        """Return the value of a setting, or None when it was never set."""
        row = self._session.get(ProfileMetaRow, key)
        return None if row is None else row.value

    def set(self, key: str, value: str) -> None:
        """Create or replace a setting."""
        row = self._session.get(ProfileMetaRow, key)
        if row is None:
            self._session.add(ProfileMetaRow(key=key, value=value))
        else:
            row.value = value
        self._session.flush()


# --- attachment bytes -------------------------------------------------------------------------


class AttachmentRepository:
    """The bytes of evidence files, kept inside the encrypted database.

    Contents are keyed by ``EvidenceFile.id`` and written before the evidence item that lists
    them is saved, so a content may exist without a listing for a while; :meth:`delete_unlisted`
    removes those left behind.

    Args:
        session: The unit of work's session.
    """

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, file_id: UUID) -> bytes | None:
        """The stored bytes of a file, or None when the profile does not hold them."""
        content: bytes | None = self._session.scalar(
            select(AttachmentContentRow.content).where(AttachmentContentRow.file_id == file_id)
        )
        return content

    def has(self, file_id: UUID) -> bool:
        """Tell whether the bytes of a file are stored."""
        query = select(exists().where(AttachmentContentRow.file_id == file_id))
        return bool(self._session.scalar(query))

    def stored_ids(self, file_ids: Iterable[UUID]) -> frozenset[UUID]:
        """Those of ``file_ids`` whose bytes are stored."""
        wanted = list(file_ids)
        if not wanted:
            return frozenset()
        query = select(AttachmentContentRow.file_id).where(AttachmentContentRow.file_id.in_(wanted))
        return frozenset(self._session.scalars(query))

    def put(self, file_id: UUID, content: bytes, *, sha256: str, now: dt.datetime) -> None:
        """Store the bytes of a file (replacing what the same id held)."""
        row = self._session.get(AttachmentContentRow, file_id)
        if row is None:
            self._session.add(
                AttachmentContentRow(
                    file_id=file_id,
                    content=content,
                    sha256=sha256,
                    size=len(content),
                    created_at=now,
                )
            )
        else:
            row.content = content
            row.sha256 = sha256
            row.size = len(content)
        self._session.flush()

    def delete_unlisted(self) -> int:
        """Delete contents no evidence item lists any more; returns how many went."""
        listed = select(EvidenceFileRow.id)
        result = self._session.execute(
            delete(AttachmentContentRow).where(AttachmentContentRow.file_id.not_in(listed))
        )
        self._session.flush()
        return int(getattr(result, "rowcount", 0) or 0)
