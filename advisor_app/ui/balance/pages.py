"""The stage pages of the balance view, listed explicitly (Picard's options pages).

Order follows ``InterviewFlow.STAGES``; a stage without a page is not shown at all.
"""

from __future__ import annotations

from concurrent.futures import Executor

from advisor_app.services.attachments import AttachmentService
from advisor_app.ui.balance.behavioural_page import BehaviouralPage
from advisor_app.ui.balance.biography_page import BiographyPage
from advisor_app.ui.balance.competences_page import CompetencesPage
from advisor_app.ui.balance.intro_page import IntroPage
from advisor_app.ui.balance.plan_page import PlanPage
from advisor_app.ui.balance.portfolio_page import PortfolioPage
from advisor_app.ui.balance.stage_page import StagePage
from advisor_app.ui.balance.summary_page import SummaryPage

__all__ = ["stage_pages"]


def stage_pages(
    attachments: AttachmentService | None = None, executor: Executor | None = None
) -> tuple[type[StagePage], ...]:
    """The page classes of the stages, in interview order.

    Args:
        attachments: The profile's attachment store; without it (and the db executor) the
            portfolio page shows files but cannot add or open them.
        executor: The db executor the portfolio page stores file bytes on.
    """
    portfolio: type[StagePage] = PortfolioPage
    if attachments is not None and executor is not None:
        portfolio = PortfolioPage.with_services(attachments, executor)
    return (
        IntroPage,
        BiographyPage,
        BehaviouralPage,
        CompetencesPage,
        portfolio,
        PlanPage,
        SummaryPage,
    )
