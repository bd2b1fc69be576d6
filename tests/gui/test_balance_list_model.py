"""The participant/balance list model: lazy pages, SQL search, stale answers, Qt contracts."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from advisor_app.domain.enums import Variant
from advisor_app.domain.listing import BalanceListRow
from advisor_app.services.container import Services
from advisor_app.ui import tasks
from advisor_app.ui.participant_list_model import (
    COL_NAME,
    COL_STATUS,
    COL_VARIANT,
    BalanceListModel,
)
from tests.helpers.executors import InlineExecutor
from tests.helpers.fake_services import make_fake_services, make_participant


class ManualExecutor(Executor):
    """Keeps submitted jobs until the test runs them, to control the order of answers."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Callable[[], Any], Future[Any]]] = []

    def submit(self, fn, /, *args, **kwargs):
        """Queue the job; its future completes when the test runs it."""
        future: Future[Any] = Future()
        self.jobs.append((lambda: fn(*args, **kwargs), future))
        return future

    def run(self, position: int = 0) -> None:
        """Run one queued job (the oldest by default)."""
        job, future = self.jobs.pop(position)
        try:
            future.set_result(job())
        except Exception as exc:
            future.set_exception(exc)


def _wait_loaded(qtbot, model: BalanceListModel) -> None:
    qtbot.waitUntil(lambda: tasks.in_flight() == 0 and model.loaded_once)


def _names(model: BalanceListModel) -> list[str]:
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


def test_model_passes_qtmodeltester_through_query_and_fetch_more(qtbot, qtmodeltester) -> None:
    """The Qt model tester stays silent while the model resets, fills and pages."""
    fake = make_fake_services(25)
    model = BalanceListModel(fake.participants, InlineExecutor(), page_size=7)
    qtmodeltester.check(model)
    model.set_query("")
    _wait_loaded(qtbot, model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        _wait_loaded(qtbot, model)
    assert model.rowCount() == model.total == 25
    model.set_query("Nazwisko0001")
    _wait_loaded(qtbot, model)
    assert (model.rowCount(), model.total) == (7, 10)  # Nazwisko00010 … Nazwisko00019
    model.fetchMore(QModelIndex())
    _wait_loaded(qtbot, model)
    assert model.rowCount() == 10


def test_rows_are_loaded_lazily_page_by_page(qtbot) -> None:
    """rowCount() reports only what is loaded; canFetchMore() tells a view there is more."""
    fake = make_fake_services(30)
    model = BalanceListModel(fake.participants, InlineExecutor(), page_size=12)
    model.set_query("")
    _wait_loaded(qtbot, model)
    assert (model.rowCount(), model.total) == (12, 30)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert not model.canFetchMore(QModelIndex()), "no second request while one is running"
    qtbot.waitUntil(lambda: model.rowCount() == 24)


def test_an_older_query_answering_late_is_ignored(qtbot) -> None:
    """When "a" answers after "b" was sent, the model keeps showing "b"."""
    fake = make_fake_services(0)
    for last in ("Adamczyk", "Bąk", "Bednarz"):
        fake.participants.save(make_participant(last_name=last))
    executor = ManualExecutor()
    model = BalanceListModel(fake.participants, executor)
    model.set_query("adam")
    model.set_query("b")
    executor.run(1)  # the newer query answers first
    qtbot.waitUntil(lambda: model.loaded_once)
    executor.run(0)  # then the stale one
    qtbot.waitUntil(lambda: tasks.in_flight() == 0)
    assert _names(model) == ["Bąk Anna", "Bednarz Anna"]
    assert model.query == "b"


def test_user_role_returns_the_row_and_texts_are_polish(qtbot) -> None:
    """Qt.UserRole gives the row object; headers and enum values appear in Polish."""
    fake = make_fake_services(0)
    participant = make_participant(last_name="Wójcik", first_name="Zofia")
    fake.participants.save(participant)
    fake.balances.create(participant.id, variant=Variant.IN_DEPTH, project_code="KK")
    fake.participants.save(make_participant(last_name="Żak"))
    model = BalanceListModel(fake.participants, InlineExecutor())
    model.set_query("")
    _wait_loaded(qtbot, model)
    row = model.index(0, COL_NAME).data(Qt.ItemDataRole.UserRole)
    assert isinstance(row, BalanceListRow)
    assert row.participant_id == participant.id
    assert model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Nazwisko i imię"
    assert model.index(0, COL_VARIANT).data() == "Pogłębiony"
    assert model.index(0, COL_STATUS).data() == "W toku"
    assert model.index(1, COL_STATUS).data() == "Bez bilansu"


@pytest.mark.parametrize("query", ["wojcik", "WÓJCIK", "lacko", "zofia woj"])
def test_search_runs_in_the_database_without_accents(
    qtbot, services: Services, executor: InlineExecutor, query: str
) -> None:
    """The real service finds "Wójcik Zofia" from Łącko by ASCII-only, partial queries."""
    services.participants.save(
        make_participant(last_name="Wójcik", first_name="Zofia", locality="Łącko")
    )
    services.participants.save(make_participant(last_name="Nowak", first_name="Jan"))
    model = BalanceListModel(services.participants, executor)
    model.set_query(query)
    _wait_loaded(qtbot, model)
    assert _names(model) == ["Wójcik Zofia"]
