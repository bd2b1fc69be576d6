"""GUI actions of the privacy features: history, handover, data-subject export.

Small functions that run the service call on the db executor and show the outcome; the windows
call them so their own modules stay about their own widgets.
"""

from __future__ import annotations

from concurrent.futures import Executor
from pathlib import Path
from typing import TYPE_CHECKING
from uuid import UUID

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from advisor_app.ui import dialogs
from advisor_app.ui.privacy_dialogs import HandoverDialog, HistoryDialog
from advisor_app.ui.tasks import Op, show_failure

if TYPE_CHECKING:
    from advisor_app.domain.entities import BalanceRecord
    from advisor_app.domain.listing import BalanceListRow
    from advisor_app.services.audit import AuditService, HistoryEntry
    from advisor_app.services.privacy import ParticipantExport, PrivacyService

__all__ = ["ask_export_path", "export_participant", "hand_over", "show_history"]


def ask_export_path(parent: QWidget | None, suggested: str) -> Path | None:
    """Ask where to save a data-subject export (a seam tests monkeypatch)."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PrivacyActions", "Export all data of the participant"),
        suggested,
        QCoreApplication.translate("PrivacyActions", "Zip archive (*.zip)"),
    )
    return Path(path) if path else None


def show_history(
    parent: QWidget, audit: AuditService, executor: Executor, record: BalanceRecord
) -> None:
    """Load the balance's history on the db executor, then show it."""
    balance_id = record.balance.id
    title = f"{record.participant.display_name}, {record.balance.project_code}"

    def loaded(entries: tuple[HistoryEntry, ...]) -> None:
        HistoryDialog.ask(parent, entries, title)

    Op(parent, lambda: audit.history(balance_id)).success(loaded).failure(
        lambda error: show_failure(parent, error)
    ).run(executor)


def hand_over(parent: QWidget, audit: AuditService, executor: Executor, balance_id: UUID) -> None:
    """Ask who takes the case over, then record the handover."""
    import datetime as dt

    answer = HandoverDialog.ask(parent, dt.date.today())
    if answer is None:
        return

    def done(_entry: object) -> None:
        dialogs.show_info(
            parent,
            QCoreApplication.translate("PrivacyActions", "Hand the case over"),
            QCoreApplication.translate(
                "PrivacyActions", "The handover to {advisor} is recorded in the balance's history."
            ).format(advisor=answer.to_advisor),
        )

    Op(
        parent,
        lambda: audit.handover(
            balance_id, to_advisor=answer.to_advisor, note=answer.note, on=answer.on
        ),
    ).success(done).failure(lambda error: show_failure(parent, error)).run(executor)


def export_participant(
    parent: QWidget, privacy: PrivacyService, executor: Executor, row: BalanceListRow
) -> None:
    """Ask for a file, then export everything held about the row's participant to it."""
    suggested = f"{row.display_name}.zip".replace("/", "-")
    target = ask_export_path(parent, suggested)
    if target is None:
        return
    if target.suffix.lower() != ".zip":
        target = target.with_name(target.name + ".zip")
    participant_id = row.participant_id

    def done(result: ParticipantExport) -> None:
        dialogs.show_info(
            parent,
            QCoreApplication.translate("PrivacyActions", "Export all data of the participant"),
            QCoreApplication.translate(
                "PrivacyActions",
                "Saved to {path}: %n balance(s) with their history and a readable PDF.",
                "",
                len(result.balance_ids),
            ).format(path=str(result.path)),
        )

    Op(parent, lambda: privacy.export_participant(participant_id, target)).success(done).failure(
        lambda error: show_failure(parent, error)
    ).with_progress(
        QCoreApplication.translate("PrivacyActions", "Exporting the participant's data…")
    ).run(executor)
