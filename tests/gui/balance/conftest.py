"""Fixtures of the balance view tests: a stored balance and small stand-in stage pages.

The stand-in pages edit one field each through the draft, so the view, the draft and the
meeting log are tested without depending on the real pages' layout.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QFormLayout, QLineEdit

from advisor_app.domain.editing import update_item
from advisor_app.domain.entities import BalanceRecord, Episode, Experience
from advisor_app.domain.enums import LifeArea, Stage, Variant
from advisor_app.domain.flow import InterviewFlow
from advisor_app.services.container import Services
from advisor_app.ui import tasks
from advisor_app.ui.balance.balance_view import BalanceView
from advisor_app.ui.balance.draft import BalanceDraft
from advisor_app.ui.balance.stage_page import StagePage
from tests.helpers.domain_factories import make_participant, new_id
from tests.helpers.executors import InlineExecutor


class _OneFieldPage(StagePage):
    """A page with one line edit bound to a text field of the record."""

    FIELD_NAME = "field"

    def __init__(self, draft: BalanceDraft, flow: InterviewFlow, parent=None) -> None:
        super().__init__(draft, flow, parent)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"{self.STAGE.value}Edit")
        self.edit.setAccessibleName(self.FIELD_NAME)
        self.edit.textEdited.connect(self._edited)
        layout = QFormLayout(self)
        layout.addRow(self.FIELD_NAME, self.edit)
        self.loads = 0
        self.load(draft.record)

    def value(self, record: BalanceRecord) -> str:
        return ""

    def change(self, record: BalanceRecord, text: str) -> BalanceRecord:
        return record

    def load(self, record: BalanceRecord) -> None:
        self.loads += 1
        value = self.value(record)
        if self.edit.text() != value:
            self.edit.setText(value)

    def _edited(self, text: str) -> None:
        self.draft.edit(
            f"Edit {self.FIELD_NAME}",
            lambda r: self.change(r, text),
            merge_key=f"{self.STAGE.value}:{self.FIELD_NAME}",
        )


class IntroStandIn(_OneFieldPage):
    """Edits the initial goal."""

    STAGE = Stage.INTRO
    FIELD_NAME = "Initial goal"

    def value(self, record: BalanceRecord) -> str:
        return record.balance.initial_goal

    def change(self, record: BalanceRecord, text: str) -> BalanceRecord:
        balance = dataclasses.replace(record.balance, initial_goal=text)
        return dataclasses.replace(record, balance=balance)


class BiographyStandIn(_OneFieldPage):
    """Edits the title of the first experience (when there is one)."""

    STAGE = Stage.BIOGRAPHY
    FIELD_NAME = "Title"

    def value(self, record: BalanceRecord) -> str:
        return record.experiences[0].title if record.experiences else ""

    def change(self, record: BalanceRecord, text: str) -> BalanceRecord:
        if not record.experiences:
            return record
        first = record.experiences[0].id
        return dataclasses.replace(
            record,
            experiences=update_item(
                record.experiences, first, lambda e: dataclasses.replace(e, title=text)
            ),
        )


class BehaviouralStandIn(_OneFieldPage):
    """Edits the Action of the first episode (when there is one)."""

    STAGE = Stage.BEHAVIOURAL
    FIELD_NAME = "Action"

    def value(self, record: BalanceRecord) -> str:
        return record.episodes[0].action if record.episodes else ""

    def change(self, record: BalanceRecord, text: str) -> BalanceRecord:
        if not record.episodes:
            return record
        first = record.episodes[0].id
        return dataclasses.replace(
            record,
            episodes=update_item(
                record.episodes, first, lambda e: dataclasses.replace(e, action=text)
            ),
        )


class CompetencesStandIn(_OneFieldPage):
    """Shows nothing editable but a field (competences are not edited here)."""

    STAGE = Stage.COMPETENCES
    FIELD_NAME = "Competences"


STAND_INS: tuple[type[StagePage], ...] = (
    IntroStandIn,
    BiographyStandIn,
    BehaviouralStandIn,
    CompetencesStandIn,
)


@pytest.fixture
def stored_record(services: Services) -> BalanceRecord:
    """A new draft balance of Halina Kowalczyk, stored through the services."""
    participant = make_participant()
    services.participants.save(participant)
    return services.balances.create(participant.id, variant=Variant.BASIC, project_code="KK")


def with_episodes(record: BalanceRecord, *episodes: Episode) -> BalanceRecord:
    """The record with one experience and the given STAR stories (linked to it)."""
    experience = Experience(id=new_id(), area=LifeArea.PAID_WORK, title="Magazynier", deepen=True)
    linked = tuple(dataclasses.replace(e, experience_id=experience.id) for e in episodes)
    return dataclasses.replace(record, experiences=(experience,), episodes=linked)


@pytest.fixture
def settle(qtbot) -> Callable[[], None]:
    """Wait until every background operation has delivered its result."""

    def wait() -> None:
        qtbot.waitUntil(lambda: tasks.in_flight() == 0)

    return wait


MakeView = Callable[..., BalanceView]


@pytest.fixture
def make_view(qtbot, services: Services, executor: InlineExecutor) -> Iterator[MakeView]:
    """Open a shown balance view on the real services (stand-in pages unless told otherwise)."""
    views: list[BalanceView] = []

    def make(record: BalanceRecord, **options) -> BalanceView:
        options.setdefault("page_types", STAND_INS)
        options.setdefault("save_delay_ms", 20)
        save = options.pop("save", services.balances.save)
        view = BalanceView(record, save, options.pop("executor", executor), **options)
        views.append(view)
        with qtbot.waitExposed(view):
            view.show()
        return view

    yield make
    for view in views:
        # Views that a test left open save first, so no edit outlives the profile.
        if _alive(view) and view.isVisible():
            view.draft.flush()
            qtbot.waitUntil(lambda v=view: v.draft.is_saved and tasks.in_flight() == 0)
            view.close()
    qtbot.waitUntil(lambda: tasks.in_flight() == 0)


def _alive(view: BalanceView) -> bool:
    return shiboken6.isValid(view)  # closed views delete themselves
