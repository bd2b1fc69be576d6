"""The portfolio page: file thumbnails, sighted-only, validity, links, a11y and keyboard."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWidget

from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.enums import CriterionRating, EvidenceKind, RequirementSource, Visibility
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.gaps import Requirement
from advisor_app.services.container import Services
from advisor_app.ui.balance import thumbnails
from advisor_app.ui.balance.draft import BalanceDraft
from advisor_app.ui.balance.portfolio_page import PortfolioPage, parse_date
from tests.gui.helpers import interactive_widgets_without_name
from tests.helpers.domain_factories import finishable_record, sid
from tests.helpers.evidence_files import png_bytes, renderable_pdf_bytes
from tests.helpers.executors import InlineExecutor

TODAY = dt.date(2025, 11, 3)
REFERENCE = sid("evidence.reference")


class _Outcomes:
    """Two learning outcomes of a sample qualification."""

    def qualification_requirements(self, ref: str) -> tuple[Requirement, ...]:
        if ref != "ZRK-TEST":
            return ()
        return (
            Requirement("ZRK-TEST/1", "Prowadzi książkę kasową", RequirementSource.QUALIFICATION),
            Requirement("ZRK-TEST/2", "Planuje trasę zjazdu", RequirementSource.QUALIFICATION),
        )


@pytest.fixture
def stored(services: Services) -> BalanceRecord:
    """The SC01 balance stored through the services."""
    record = finishable_record()
    services.participants.save(record.participant)
    services.balances.save(record)
    return record


@pytest.fixture
def draft(qtbot, services: Services, executor: InlineExecutor, stored: BalanceRecord):
    """The open balance, saving through the real services; flushed before the profile closes."""
    opened = BalanceDraft(stored, services.balances.save, executor, save_delay_ms=10)
    yield opened
    opened.flush()
    qtbot.waitUntil(lambda: opened.is_saved)


@pytest.fixture
def page(qtbot, draft: BalanceDraft, services: Services, executor) -> Iterator[PortfolioPage]:
    """The shown portfolio page with the real attachment service, reloaded on every change."""
    bound = PortfolioPage.with_services(services.attachments, executor, _Outcomes())
    widget = bound(draft, InterviewFlow())
    widget._today = lambda: TODAY
    draft.record_did_change.connect(widget.load)
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    widget.activateWindow()
    qtbot.waitActive(widget)
    yield widget
    draft.record_did_change.disconnect(widget.load)


def _settle(qtbot, page: PortfolioPage) -> None:
    from advisor_app.ui import tasks

    qtbot.waitUntil(lambda: tasks.in_flight() == 0 and not page._pending)


def test_adding_a_file_through_the_dialog_shows_a_thumbnail(
    qtbot, page: PortfolioPage, tmp_path: Path, monkeypatch, services: Services
) -> None:
    """A PNG picked in the file dialog is stored, listed in the item and shown as a thumbnail."""
    picked = tmp_path / "komoda.png"
    picked.write_bytes(png_bytes("komoda"))
    monkeypatch.setattr(thumbnails, "ask_evidence_files", lambda parent: [picked])
    page.select(REFERENCE)
    page.add_file_button.click()
    qtbot.waitUntil(lambda: page.file_list.count() == 1)
    _settle(qtbot, page)
    file = page.draft.record.evidence[1].files[0]
    assert (file.name, file.media_type) == ("komoda.png", "image/png")
    assert services.attachments.content(file.id) == png_bytes("komoda")
    assert page.thumbnail_shown(0)
    assert "komoda.png" in page.file_list.item(0).text()


def test_refused_file_says_why(qtbot, page: PortfolioPage, tmp_path: Path) -> None:
    """A PNG named .jpg is refused with a note under the files, and nothing is listed."""
    wrong = tmp_path / "zdjecie.jpg"
    wrong.write_bytes(png_bytes())
    page.select(REFERENCE)
    page.add_files([wrong])
    qtbot.waitUntil(lambda: bool(page.note_text("files")))
    assert "zdjecie.jpg" in page.note_text("files")
    assert page.draft.record.evidence[1].files == ()


def test_dropping_a_file_attaches_it(qtbot, page: PortfolioPage, tmp_path: Path) -> None:
    """Dropping a local file on the file list attaches it to the selected item."""
    dropped = tmp_path / "stol.png"
    dropped.write_bytes(png_bytes("stol"))
    page.select(REFERENCE)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.file_list.dropEvent(event)
    qtbot.waitUntil(lambda: len(page.draft.record.evidence[1].files) == 1)
    assert page.draft.record.evidence[1].files[0].name == "stol.png"


def test_sighted_only_disables_adding_files(qtbot, page: PortfolioPage, tmp_path: Path) -> None:
    """An original only shown keeps no copy: adding files is disabled and refused."""
    page.select(REFERENCE)
    assert page.add_file_button.isEnabled()
    page.sighted_check.click()
    assert page.draft.record.evidence[1].sighted_only
    assert not page.add_file_button.isEnabled()
    picked = tmp_path / "a.png"
    picked.write_bytes(png_bytes())
    page.add_files([picked])
    _settle(qtbot, page)
    assert page.draft.record.evidence[1].files == ()
    assert page.note_text("files")


def test_validity_warning_for_an_item_expiring_in_three_months(qtbot, page: PortfolioPage) -> None:
    """Typing a validity date three months ahead shows the "expires within 6 months" warning."""
    page.select(REFERENCE)
    assert page.note_text("valid_until") == ""
    page.valid_until_edit.setFocus()
    qtbot.keyClicks(page.valid_until_edit, "03.02.2026")
    assert page.draft.record.evidence[1].valid_until == dt.date(2026, 2, 3)
    note = page.note_text("valid_until")
    assert "⚠" in note and "2026" in note
    assert "⚠" in page.evidence_list.item(1).data(Qt.ItemDataRole.UserRole + 1)


def test_competence_links_toggle(qtbot, page: PortfolioPage) -> None:
    """Ticking a competence links it to the item; unticking unlinks it (one undo step each)."""
    page.select(REFERENCE)
    competences = page.draft.record.competences
    row = next(
        i
        for i, c in enumerate(competences)
        if c.id not in page.draft.record.evidence[1].competence_ids
    )
    item = page.competence_list.item(row)
    item.setCheckState(Qt.CheckState.Checked)
    assert competences[row].id in page.draft.record.evidence[1].competence_ids
    item.setCheckState(Qt.CheckState.Unchecked)
    assert competences[row].id not in page.draft.record.evidence[1].competence_ids
    page.draft.undo_stack.undo()
    assert competences[row].id in page.draft.record.evidence[1].competence_ids


def test_criteria_visibility_and_consent_edit_the_item(qtbot, page: PortfolioPage) -> None:
    """Criteria, visibility and the consent link are stored on the selected item."""
    page.select(REFERENCE)
    page.criteria_combos["current"].select_value(CriterionRating.NOT_MET)
    page.visibility_combo.select_value(Visibility.ADVISOR_ONLY)
    page.kind_combo.select_value(EvidenceKind.PHOTO)
    consent = sid("consent.evidence-photos")
    assert page.consent_combo.select_value(consent)
    item = page.draft.record.evidence[1]
    assert item.criteria.current is CriterionRating.NOT_MET
    assert item.visibility is Visibility.ADVISOR_ONLY
    assert item.kind is EvidenceKind.PHOTO
    assert item.consent_id == consent
    assert page.kind_combo.count() == len(EvidenceKind)


def test_missing_content_is_shown_as_unavailable(qtbot, page: PortfolioPage) -> None:
    """A listed file whose bytes are not in the profile is marked unavailable."""
    page.select(sid("evidence.cash-book"))
    qtbot.waitUntil(lambda: sid("file.cash-book-scan") in page._missing)
    assert "ksiazka_kasowa_2022.pdf" in page.file_list.item(0).text()
    assert page.file_list.item(0).text() != "ksiazka_kasowa_2022.pdf (37 bytes)"
    assert page.note_text("files")


def test_validation_view_lists_outcomes_with_status(
    qtbot, page: PortfolioPage, draft: BalanceDraft
) -> None:
    """With a target qualification each learning outcome shows none, declared or evidence."""
    cash_book = sid("competence.cash-book")

    def target(record: BalanceRecord) -> BalanceRecord:
        balance = dataclasses.replace(record.balance, target_qualification_ref="ZRK-TEST")
        competences = tuple(
            dataclasses.replace(c, catalogue_ref="ZRK-TEST/1") if c.id == cash_book else c
            for c in record.competences
        )
        return dataclasses.replace(record, balance=balance, competences=competences)

    draft.edit("target", target)
    page.show_validation()
    table = page.validation_table
    assert table.rowCount() == 2
    items = [table.item(r, 1) for r in range(2)]
    statuses = [i.data(Qt.ItemDataRole.UserRole) for i in items if i is not None]
    assert statuses == ["evidenced", "none"]


def test_every_control_is_named_and_reachable(qtbot, page: PortfolioPage) -> None:
    """Every interactive control has an accessible name; Tab walks the chain in order."""
    page.select(REFERENCE)
    assert interactive_widgets_without_name(page) == []
    chain = [w for w in page.tab_chain() if w.isEnabled() and w.isVisible()]
    chain[0].setFocus()
    qtbot.waitUntil(chain[0].hasFocus)
    reached: list[QWidget] = [chain[0]]
    for _ in range(len(chain) - 1):
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
        focused = page.focusWidget()
        assert focused is not None
        reached.append(focused)
    assert [w.objectName() for w in reached] == [w.objectName() for w in chain]


def test_new_item_gets_focus_on_its_title(qtbot, page: PortfolioPage) -> None:
    """Add evidence creates an empty item and puts the cursor in its title."""
    count = len(page.draft.record.evidence)
    new = page.add_evidence()
    assert len(page.draft.record.evidence) == count + 1
    assert page.current_id == new
    qtbot.waitUntil(page.title_edit.hasFocus)
    qtbot.keyClicks(page.title_edit, "Komoda sosnowa")
    assert page.draft.record.evidence[-1].title == "Komoda sosnowa"


def test_parse_date_reads_both_forms() -> None:
    """Dates are read as DD.MM.YYYY or YYYY-MM-DD; other text is refused."""
    assert parse_date("31.03.2026") == dt.date(2026, 3, 31)
    assert parse_date("2026-03-31") == dt.date(2026, 3, 31)
    with pytest.raises(ValueError):
        parse_date("31.02.2026")
    with pytest.raises(ValueError):
        parse_date("marzec")


def test_preview_shows_the_image_from_bytes(
    qtbot, page: PortfolioPage, tmp_path: Path, monkeypatch
) -> None:
    """Open shows the stored image in a preview window; an unreadable PDF says so."""
    shown: list[thumbnails.FilePreviewDialog] = []
    original = thumbnails.show_preview

    def spy(parent, name, media_type, data):
        dialog = original(parent, name, media_type, data)
        shown.append(dialog)
        return dialog

    monkeypatch.setattr(thumbnails, "show_preview", spy)
    picked = tmp_path / "komoda.png"
    picked.write_bytes(png_bytes("komoda"))
    page.select(REFERENCE)
    page.add_files([picked])
    qtbot.waitUntil(lambda: page.file_list.count() == 1)
    page.preview_button.click()
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0].message() == ""
    shown[0].close()
    pdf = thumbnails.FilePreviewDialog("skan.pdf", "application/pdf", b"%PDF-1.4")
    qtbot.addWidget(pdf)
    assert pdf.message()


def test_pdf_preview_renders_the_first_page_in_memory(qtbot) -> None:
    """A real PDF is rendered from its bytes (page 1 of 1), nothing written to disk."""
    dialog = thumbnails.FilePreviewDialog(
        "zaswiadczenie.pdf", "application/pdf", renderable_pdf_bytes(300, 150)
    )
    qtbot.addWidget(dialog)
    assert dialog.message() == ""
    pixmap = dialog.picture.pixmap()
    assert not pixmap.isNull() and pixmap.width() > pixmap.height()
    assert "1" in dialog.windowTitle() and "zaswiadczenie.pdf" in dialog.windowTitle()
