"""Base of the stage pages shown in the balance view (Picard's options pages: load/issues/collect).

A page shows one stage of the interview. It reads the draft's record in :meth:`load` (called
after every change, including undo), reports the stage's issues through the Qt-free
:class:`~advisor_app.domain.flow.InterviewFlow`, and writes every edit through
``self.draft.edit(...)`` at once, so :meth:`collect` only has to push edits that a widget holds
back (none of the standard pages do).
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.enums import Stage
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.issues import Issue
from advisor_app.ui.balance.draft import BalanceDraft
from advisor_app.ui.enum_text import enum_text


class StagePage(QWidget):
    """One stage of the interview.

    Subclasses set :attr:`STAGE`, build their widgets in ``__init__`` (every control with an
    objectName and an accessible name), implement :meth:`load` and :meth:`retranslateUi`, and
    edit through :attr:`draft`.

    Args:
        draft: The open balance.
        flow: Decides the stage's issues and completeness.
        parent: Parent widget.
    """

    STAGE: ClassVar[Stage]

    def __init__(
        self, draft: BalanceDraft, flow: InterviewFlow, parent: QWidget | None = None
    ) -> None:
        """Create the page; subclasses build widgets, then call :meth:`load`."""
        super().__init__(parent)
        self.setObjectName(f"{self.STAGE.value}Page")
        self.draft = draft
        self.flow = flow

    def title(self) -> str:
        """The stage's name in the UI language."""
        return enum_text(self.STAGE)

    def load(self, record: BalanceRecord) -> None:
        """Show ``record``; keep what the advisor is typing when the value did not change."""
        raise NotImplementedError

    def issues(self) -> list[Issue]:
        """The stage's issues for the current record (delegates to the domain)."""
        return self.flow.stage_issues(self.draft.record, self.STAGE)

    def collect(self) -> None:
        """Push edits a widget still holds back into the draft (before saving or leaving)."""

    def retranslateUi(self) -> None:
        """Set every visible text again in the current language."""

    def changeEvent(self, event: QEvent) -> None:
        """Retranslate on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate in the shared ``StagePage`` context (helpers outside a page class use it)."""
    return QCoreApplication.translate("StagePage", text, disambiguation, n)
