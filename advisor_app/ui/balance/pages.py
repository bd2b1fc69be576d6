"""The stage pages of the balance view, listed explicitly (Picard's options pages).

Order follows ``InterviewFlow.STAGES``. Portfolio, development plan and summary pages arrive
with later issues; until a stage has a page it is not shown at all (no empty pages).
"""

from __future__ import annotations

from advisor_app.ui.balance.behavioural_page import BehaviouralPage
from advisor_app.ui.balance.biography_page import BiographyPage
from advisor_app.ui.balance.competences_page import CompetencesPage
from advisor_app.ui.balance.intro_page import IntroPage
from advisor_app.ui.balance.stage_page import StagePage

__all__ = ["stage_pages"]


def stage_pages() -> tuple[type[StagePage], ...]:
    """The page classes of the stages that have one, in interview order."""
    return (IntroPage, BiographyPage, BehaviouralPage, CompetencesPage)
