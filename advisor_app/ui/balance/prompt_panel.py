"""The side panel of interview prompts: questions the advisor may ask in the current context.

The prompts come from ``resources/interview`` (:mod:`advisor_app.catalogue.interview`), in the
UI language. The panel is a read-only list to glance at during the conversation; it folds away
with one key (Ctrl+Shift+P) and stays folded for the rest of the session, on every page, because
an advisor who does not need prompts should not have to fold them again for each balance.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QSizePolicy,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from advisor_app.catalogue.interview import Prompt
from advisor_app.ui.i18n import current_language
from advisor_app.ui.widgets import strip_mnemonic

__all__ = ["TOGGLE_SHORTCUT", "PromptPanel"]

# Folds and unfolds the panel on whichever interview page is shown.
TOGGLE_SHORTCUT = "Ctrl+Shift+P"

# Folded or unfolded, shared by every panel of this run of the app.
_session = {"expanded": True}


class PromptPanel(QWidget):
    """A collapsible, read-only list of prompts for the current context.

    The owning page calls :meth:`show_prompts` with a heading (the life area, the STAR part)
    and the prompts; the panel picks each prompt's text for the UI language and redraws itself
    when the language changes.

    Args:
        parent: Parent widget.

    Signals:
        expanded_did_change(bool): The panel was unfolded (True) or folded (False).
    """

    expanded_did_change = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        """Create an empty panel, folded or not as last chosen in this session."""
        super().__init__(parent)
        self.setObjectName("promptPanel")
        self._heading_text = ""
        self._prompts: tuple[Prompt, ...] = ()

        self._toggle = QToolButton()
        self._toggle.setObjectName("promptToggle")
        self._toggle.setCheckable(True)
        self._toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._toggle.setAutoRaise(True)
        self._toggle.toggled.connect(self._on_toggled)

        self._heading = QLabel()
        self._heading.setObjectName("promptHeading")
        self._heading.setWordWrap(True)
        self._heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self._heading.font()
        font.setBold(True)
        self._heading.setFont(font)

        self._list = QTextBrowser()
        self._list.setObjectName("promptList")
        self._list.setOpenLinks(False)
        self._list.setTabChangesFocus(True)
        self._list.setFrameShape(QTextBrowser.Shape.NoFrame)
        # The panel's own background, so it reads as a side note, not as a field to type in.
        self._list.viewport().setAutoFillBackground(False)
        chars = self.fontMetrics().averageCharWidth()
        # Wide enough for a question in three or four lines, narrow enough to leave the
        # editor its room at 150 % scaling.
        self._list.setMinimumWidth(chars * 24)
        self._list.setMaximumWidth(chars * 34)
        self._list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 6, 0)
        layout.setSpacing(6)
        layout.addWidget(self._toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self._heading)
        layout.addWidget(self._list, 1)
        self._heading.setBuddy(self._list)

        # A QShortcut, not the button's own shortcut: setText() replaces that with a mnemonic.
        shortcut = QShortcut(QKeySequence(TOGGLE_SHORTCUT), self)
        shortcut.activated.connect(self._toggle.toggle)

        self._toggle.setChecked(_session["expanded"])
        self._apply_expanded(_session["expanded"])
        self.retranslateUi()

    # --- content --------------------------------------------------------------------------

    def show_prompts(self, heading: str, prompts: Sequence[Prompt]) -> None:
        """Show ``prompts`` under ``heading`` (already in the UI language)."""
        prompts = tuple(prompts)
        if heading == self._heading_text and prompts == self._prompts:
            return
        self._heading_text = heading
        self._prompts = prompts
        self._render()

    def heading(self) -> str:
        """The heading shown above the prompts."""
        return self._heading_text

    def prompt_texts(self) -> list[str]:
        """The prompts as shown, in the UI language."""
        language = current_language()
        return [prompt.text(language) for prompt in self._prompts]

    # --- folding --------------------------------------------------------------------------

    def is_expanded(self) -> bool:
        """Tell whether the prompts are shown."""
        return self._toggle.isChecked()

    def set_expanded(self, expanded: bool) -> None:
        """Fold or unfold the panel (remembered for the rest of the session)."""
        self._toggle.setChecked(expanded)

    @property
    def toggle_button(self) -> QToolButton:
        """The button that folds the panel (for the tab order of the owning page)."""
        return self._toggle

    @property
    def prompt_list(self) -> QTextBrowser:
        """The read-only list of prompts (for the tab order of the owning page)."""
        return self._list

    def showEvent(self, event: QShowEvent) -> None:
        """Follow a fold or unfold made on another page since this one was last shown."""
        if self.is_expanded() != _session["expanded"]:
            self.set_expanded(_session["expanded"])
        super().showEvent(event)

    def _on_toggled(self, expanded: bool) -> None:
        _session["expanded"] = expanded
        self._apply_expanded(expanded)
        self.expanded_did_change.emit(expanded)

    def _apply_expanded(self, expanded: bool) -> None:
        self._heading.setVisible(expanded)
        self._list.setVisible(expanded)
        self._toggle.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        policy = QSizePolicy.Policy.Preferred if expanded else QSizePolicy.Policy.Maximum
        self.setSizePolicy(policy, QSizePolicy.Policy.Preferred)

    # --- language -------------------------------------------------------------------------

    def retranslateUi(self) -> None:
        """Set the texts in the current UI language and redraw the prompts."""
        text = self.tr("Interview prompts")
        self._toggle.setText(text)
        self._toggle.setAccessibleName(strip_mnemonic(text))
        shortcut = QKeySequence(TOGGLE_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self._toggle.setToolTip(
            self.tr("Show or hide the questions you may ask ({shortcut})").format(shortcut=shortcut)
        )
        self._list.setAccessibleName(strip_mnemonic(text))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        """Redraw in the new language on a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def _render(self) -> None:
        self._heading.setText(self._heading_text)
        self._list.setAccessibleDescription(self._heading_text)
        if not self._prompts:
            self._list.setHtml(
                "<p>" + html.escape(self.tr("No prompts for this part of the interview.")) + "</p>"
            )
            return
        items = "".join(
            f'<p style="margin-top:0; margin-bottom:10px">{html.escape(text)}</p>'
            for text in self.prompt_texts()
        )
        self._list.setHtml(items)
