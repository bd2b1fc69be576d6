"""Stage E7, the summary: what is still missing, the balance's status, finishing and revising.

The checklist lists every unmet finish rule (``InterviewFlow.finish_issues``) under its stage,
each with a **Go to field** button that asks the view to open the stage and focus the field. The
status block says whether the balance is a draft, finished (when, which revision, its SHA-256)
or withdrawn (when, why). The page never runs a use case itself: **Finish balance**, **Revise**
and **Withdraw…** ask for confirmation (or a reason) and then emit a request that the balance
view carries out on the db executor, because only the view can first save pending edits and then
switch every page to read-only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.enums import BalanceStatus, Stage
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.issues import Issue
from advisor_app.domain.text_limits import SHORT_TEXT_MAX
from advisor_app.services.lifecycle import RevisionInfo
from advisor_app.ui import dialogs
from advisor_app.ui.balance.consent_editor import datetime_text
from advisor_app.ui.balance.draft import BalanceDraft
from advisor_app.ui.balance.stage_page import StagePage
from advisor_app.ui.enum_text import enum_text
from advisor_app.ui.issue_text import issue_text
from advisor_app.ui.widgets import BoundedLineEdit, set_readable_width, strip_mnemonic

__all__ = ["SHA_SHOWN", "SummaryPage", "WithdrawDialog"]

#: Hex digits of the SHA-256 shown on the page (the full hash is in the tooltip).
SHA_SHOWN = 12


def _heading(object_name: str, scale: float = 1.0) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    font = QFont(label.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _text_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class WithdrawDialog(QDialog):
    """Ask why the participant withdraws (required, at most 300 characters).

    Args:
        participant_name: Shown so the advisor sees whose balance is withdrawn.
        parent: Parent window.
    """

    def __init__(self, participant_name: str = "", parent: QWidget | None = None) -> None:
        """Build the dialog."""
        super().__init__(parent)
        self.setObjectName("withdrawDialog")
        self._participant_name = participant_name
        self._intro = _text_label("withdrawIntro")
        self.reason_edit = BoundedLineEdit(SHORT_TEXT_MAX)
        self.reason_edit.setObjectName("withdrawReasonEdit")
        self._reason_label = QLabel()
        self._reason_label.setObjectName("withdrawReasonLabel")
        self._reason_label.setBuddy(self.reason_edit)
        form = QFormLayout()
        form.addRow(self._reason_label, self.reason_edit)
        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("confirmWithdrawButton")
        self.cancel_button = self._buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelWithdrawButton")
        self._buttons.accepted.connect(self.accept)
        self._buttons.rejected.connect(self.reject)
        self.reason_edit.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self._buttons)
        set_readable_width(self, 50)
        self.retranslateUi()
        self._update()
        self.reason_edit.setFocus()

    @classmethod
    def ask(cls, parent: QWidget | None, participant_name: str = "") -> str | None:
        """Open the dialog modally (tests monkeypatch this seam).

        Returns:
            The reason without surrounding spaces, or None when cancelled.
        """
        dialog = cls(participant_name, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.reason()
        finally:
            dialog.deleteLater()

    def reason(self) -> str | None:
        """The reason typed so far (None while blank)."""
        return self.reason_edit.text().strip() or None

    def changeEvent(self, event: QEvent) -> None:
        """Re-set texts when the UI language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self.setWindowTitle(self.tr("Withdraw the balance"))
        intro = self.tr(
            "The participant resigns from the balance. Consents to optional processing are "
            "withdrawn, and photos, files and content beyond what the project must keep by law "
            "are deleted for good. The balance becomes read-only."
        )
        if self._participant_name:
            intro = self.tr("{name}: {text}").format(name=self._participant_name, text=intro)
        self._intro.setText(intro)
        label = self.tr("&Reason")
        self._reason_label.setText(label)
        self.reason_edit.setAccessibleName(strip_mnemonic(label))
        self.ok_button.setText(self.tr("&Withdraw"))
        self.ok_button.setAccessibleName(self.tr("Withdraw the balance"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))

    def _update(self) -> None:
        self.ok_button.setEnabled(self.reason() is not None)


class SummaryPage(StagePage):
    """The summary stage: unmet finish rules, the status, and Finish / Revise / Withdraw.

    The actions stay disabled until the view calls :meth:`set_lifecycle_available` (a view
    without the lifecycle service cannot carry them out).

    Args:
        draft: The open balance.
        flow: Decides the finish rules.
        parent: Parent widget.

    Signals:
        issue_was_activated(object): "Go to field" was pressed; carries the :class:`Issue`.
        finish_was_requested(): The advisor confirmed finishing.
        revise_was_requested(): The advisor confirmed starting a new revision.
        withdraw_was_requested(str): The advisor gave a reason for withdrawing.
    """

    STAGE = Stage.SUMMARY

    issue_was_activated = Signal(object)
    finish_was_requested = Signal()
    revise_was_requested = Signal()
    withdraw_was_requested = Signal(str)

    def __init__(
        self, draft: BalanceDraft, flow: InterviewFlow, parent: QWidget | None = None
    ) -> None:
        """Build the page and show the draft's record."""
        super().__init__(draft, flow, parent)
        self._available = False
        self._busy = False
        self._revisions: tuple[RevisionInfo, ...] = ()
        self._shown: list[Issue] | None = None  # the issues the checklist shows
        self.go_buttons: list[QPushButton] = []
        self._build()
        self.retranslateUi()  # shows the draft's record too

    # --- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self._title = _heading("summaryTitle", 1.25)
        self._status_heading = _heading("statusHeading")
        self.status_label = _text_label("statusLabel")
        self.revision_label = _text_label("revisionLabel")

        self._checklist_heading = _heading("checklistHeading")
        self.checklist_intro = _text_label("checklistIntro")
        self.checklist = QWidget()
        self.checklist.setObjectName("finishChecklist")
        self._checklist_layout = QVBoxLayout(self.checklist)
        self._checklist_layout.setContentsMargins(0, 0, 0, 0)
        self._checklist_layout.setSpacing(4)

        self._actions_heading = _heading("actionsHeading")
        self.actions_note = _text_label("actionsNote")
        self.finish_button = QPushButton()
        self.finish_button.setObjectName("finishBalanceButton")
        self.finish_button.clicked.connect(self._finish_clicked)
        self.revise_button = QPushButton()
        self.revise_button.setObjectName("reviseBalanceButton")
        self.revise_button.clicked.connect(self._revise_clicked)
        self.withdraw_button = QPushButton()
        self.withdraw_button.setObjectName("withdrawBalanceButton")
        self.withdraw_button.clicked.connect(self._withdraw_clicked)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.finish_button)
        buttons.addWidget(self.revise_button)
        buttons.addWidget(self.withdraw_button)
        buttons.addStretch(1)

        line = QFrame()
        line.setObjectName("summarySeparator")
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addWidget(self._status_heading)
        layout.addWidget(self.status_label)
        layout.addWidget(self.revision_label)
        layout.addSpacing(8)
        layout.addWidget(self._checklist_heading)
        layout.addWidget(self.checklist_intro)
        layout.addWidget(self.checklist)
        layout.addSpacing(8)
        layout.addWidget(line)
        layout.addWidget(self._actions_heading)
        layout.addWidget(self.actions_note)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    # --- the page protocol --------------------------------------------------------------------

    def load(self, record: BalanceRecord) -> None:
        """Show the record's unmet rules, status and the actions its status allows."""
        unmet = self.unmet_rules(record)
        if unmet != self._shown:
            self._show_checklist(unmet)
        self._show_status(record)
        self._update_buttons()

    def unmet_rules(self, record: BalanceRecord | None = None) -> list[Issue]:
        """The finish rules the record does not meet (none once it is finished)."""
        record = record or self.draft.record
        if record.balance.status is BalanceStatus.FINISHED:
            return []
        return self.flow.finish_issues(record)

    def first_field(self) -> QWidget:
        """Where the keyboard focus goes when the page is entered."""
        if self.go_buttons:
            return self.go_buttons[0]
        for button in (self.finish_button, self.revise_button, self.withdraw_button):
            if button.isVisible() and button.isEnabled():
                return button
        return self.status_label

    def focus_issue(self, issue: Issue) -> bool:
        """Ask the view to open the field of an issue (the issue list below uses this too)."""
        self.issue_was_activated.emit(issue)
        return True

    def set_lifecycle_available(self, available: bool) -> None:
        """Enable the actions (the view can carry them out) or keep them disabled."""
        self._available = available
        self._update_buttons()

    def set_busy(self, busy: bool) -> None:
        """Disable the actions while one runs."""
        self._busy = busy
        self._update_buttons()

    def set_revisions(self, revisions: Sequence[RevisionInfo]) -> None:
        """Show the frozen revisions' hashes (loaded by the view)."""
        self._revisions = tuple(revisions)
        self._show_status(self.draft.record)

    def retranslateUi(self) -> None:
        """Set every visible text in the current UI language."""
        self._title.setText(self.title())
        self._status_heading.setText(self.tr("Status"))
        self._checklist_heading.setText(self.tr("Finish rules"))
        self._actions_heading.setText(self.tr("Finishing"))
        self.actions_note.setText(
            self.tr(
                "Finishing freezes the balance as it is and queues it for sending to the "
                "server; it cannot be edited afterwards. A correction is made in a new "
                "revision, which keeps the finished one unchanged."
            )
        )
        texts = {
            self.finish_button: (self.tr("&Finish balance"), self.tr("Finish the balance")),
            self.revise_button: (
                self.tr("&Revise"),
                self.tr("Revise: start a new draft revision of the finished balance"),
            ),
            self.withdraw_button: (
                self.tr("&Withdraw…"),
                self.tr("Withdraw the balance: the participant resigns"),
            ),
        }
        for button, (text, name) in texts.items():
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
        self._shown = None  # rebuilt in the new language
        self.load(self.draft.record)

    # --- internals ----------------------------------------------------------------------------

    def _show_checklist(self, unmet: list[Issue]) -> None:
        self._shown = list(unmet)
        layout = self._checklist_layout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.go_buttons = []
        if not unmet:
            self.checklist_intro.setText(self.tr("Every finish rule is met."))
            self.checklist.hide()
            return
        self.checklist_intro.setText(
            self.tr("%n rule(s) not met yet. Go to each field to complete it:", "", len(unmet))
        )
        stages = [s for s in self.flow.STAGES if any(i.stage is s for i in unmet)]
        previous: QWidget | None = None
        for stage in stages:
            heading = _heading(f"{stage.value}RulesHeading")
            heading.setText(enum_text(stage))
            layout.addWidget(heading)
            for issue in (i for i in unmet if i.stage is stage):
                number = len(self.go_buttons)
                row = QWidget()
                row.setObjectName(f"ruleRow{number}")
                text = _text_label(f"ruleText{number}")
                text.setText(issue_text(issue))
                button = QPushButton(self.tr("Go to field"))
                button.setObjectName(f"goToFieldButton{number}")
                button.setAccessibleName(
                    self.tr("Go to field: {stage} – {rule}").format(
                        stage=enum_text(stage), rule=issue_text(issue)
                    )
                )
                button.setToolTip(button.accessibleName())
                button.clicked.connect(
                    lambda _checked=False, issue=issue: self.issue_was_activated.emit(issue)
                )
                line = QHBoxLayout(row)
                line.setContentsMargins(12, 0, 0, 0)
                line.addWidget(text, 1)
                line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
                layout.addWidget(row)
                if previous is not None:
                    QWidget.setTabOrder(previous, button)
                previous = button
                self.go_buttons.append(button)
        if previous is not None:
            QWidget.setTabOrder(previous, self.finish_button)
        self.checklist.show()

    def _show_status(self, record: BalanceRecord) -> None:
        balance = record.balance
        revision = ""
        tooltip = ""
        if balance.status is BalanceStatus.FINISHED and balance.finished_at is not None:
            status = self.tr("Finished on {when}. The balance is read-only.").format(
                when=_when(balance.finished_at)
            )
            frozen = next(
                (r for r in self._revisions if r.revision_id == balance.revision_id), None
            )
            if frozen is None:
                revision = self.tr("Revision {revision}").format(revision=balance.revision_id)
            else:
                revision = self.tr("Revision {revision} · SHA-256 {sha}…").format(
                    revision=balance.revision_id, sha=frozen.sha256[:SHA_SHOWN]
                )
                tooltip = self.tr("SHA-256 of the frozen document: {sha}").format(sha=frozen.sha256)
        elif balance.status is BalanceStatus.WITHDRAWN:
            status = self.tr("Withdrawn on {when}. Reason: {reason}").format(
                when=_when(balance.withdrawn_at) if balance.withdrawn_at else "–",
                reason=balance.withdrawal_reason or "–",
            )
            revision = self.tr("Revision {revision}").format(revision=balance.revision_id)
        else:
            status = self.tr("Draft: not finished yet.")
            if balance.base_revision_id is not None:
                revision = self.tr("Draft revision {revision}, correcting revision {base}").format(
                    revision=balance.revision_id, base=balance.base_revision_id
                )
        if self.status_label.text() != status:
            self.status_label.setText(status)
            self.status_label.setAccessibleName(status)
        self.revision_label.setText(revision)
        self.revision_label.setAccessibleName(revision)
        self.revision_label.setToolTip(tooltip)
        self.revision_label.setVisible(bool(revision))

    def _update_buttons(self) -> None:
        status = self.draft.record.balance.status
        ready = self._available and not self._busy
        draft = status is BalanceStatus.DRAFT
        self.finish_button.setVisible(draft)
        self.withdraw_button.setVisible(draft)
        self.revise_button.setVisible(status is BalanceStatus.FINISHED)
        self.finish_button.setEnabled(ready and draft and not self.unmet_rules())
        self.withdraw_button.setEnabled(ready and draft)
        self.revise_button.setEnabled(ready and status is BalanceStatus.FINISHED)

    def _finish_clicked(self) -> None:
        if not self.finish_button.isEnabled():
            return
        name = self.draft.record.participant.display_name
        if dialogs.confirm(
            self,
            self.tr("Finish the balance"),
            self.tr(
                "Finish the balance of {name}? It is frozen as it is now and queued for "
                "sending; afterwards it can only be corrected in a new revision."
            ).format(name=name),
            yes_text=self.tr("Finish"),
            no_text=self.tr("Cancel"),
        ):
            self.finish_was_requested.emit()

    def _revise_clicked(self) -> None:
        if not self.revise_button.isEnabled():
            return
        if dialogs.confirm(
            self,
            self.tr("Revise the balance"),
            self.tr(
                "Start a new draft revision? The finished revision stays unchanged; the new one "
                "has to be finished again."
            ),
            yes_text=self.tr("Start a new revision"),
            no_text=self.tr("Cancel"),
        ):
            self.revise_was_requested.emit()

    def _withdraw_clicked(self) -> None:
        if not self.withdraw_button.isEnabled():
            return
        reason = WithdrawDialog.ask(self, self.draft.record.participant.display_name)
        if reason:
            self.withdraw_was_requested.emit(reason)


def _when(value: dt.datetime) -> str:
    return datetime_text(value)
