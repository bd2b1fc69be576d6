"""The conflicts view with two laptops of one advisor against the real server."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from advisor_app.domain.entities import BalanceRecord
from advisor_app.domain.enums import BalanceStatus
from advisor_app.sync.engine import RunOutcome
from advisor_app.ui.participant_list_model import COL_SYNC
from advisor_app.ui.sync.badges import SyncBadge, badge_text
from advisor_app.ui.sync.conflicts_dialog import ConflictsDialog
from advisor_app.ui.sync.field_text import field_text
from advisor_app.ui.sync.sync_ui import service_names
from advisor_app.ui.tasks import in_flight
from tests.gui.helpers import interactive_widgets_without_name
from tests.gui.sync.conftest import PASSWORD, Laptop, MakeWindow, fresh_record

WAIT_MS = 20_000


def _sync(machine: Laptop) -> None:
    report = machine.sync.run_once()
    assert report.outcome is RunOutcome.OK, report


def _both_signed_in(laptop: Laptop, other: Laptop, url: str, advisor: str) -> None:
    laptop.sync.login(url, advisor, PASSWORD)
    other.sync.login(url, advisor, PASSWORD)


def _open_dialog(qtbot, laptop: Laptop) -> ConflictsDialog:
    names = service_names(laptop.services.participants, laptop.services.balances)
    dialog = ConflictsDialog(laptop.sync, laptop.db, names=names)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.snapshot is not None, timeout=WAIT_MS)
    return dialog


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None, f"no cell at {row}, {column}"
    return item


def _table_texts(dialog: ConflictsDialog) -> list[list[str]]:
    table = dialog.diff_table
    return [
        [_cell(table, r, c).text() if table.item(r, c) else "" for c in range(3)]
        for r in range(table.rowCount())
    ]


def test_stale_base_shows_both_versions_and_rebases(
    qtbot, laptop: Laptop, other_laptop: Laptop, advisor: str, sync_server: Any
) -> None:
    """Two laptops revise one balance: the later one sees both goals and builds on the server's."""
    _both_signed_in(laptop, other_laptop, sync_server.url, advisor)
    record = laptop.finish()
    balance_id = record.balance.id
    _sync(laptop)
    _sync(other_laptop)  # the other laptop pulls the balance
    server_head = other_laptop.revise_and_finish(balance_id, "Goal set on the other laptop")
    _sync(other_laptop)
    laptop.revise_and_finish(balance_id, "Goal set on this laptop")
    report = laptop.sync.run_once()
    assert report.conflicts == 1

    dialog = _open_dialog(qtbot, laptop)
    assert interactive_widgets_without_name(dialog) == []
    assert dialog.revision_list.count() == 1
    assert record.participant.last_name in dialog.revision_list.item(0).text()
    rows = _table_texts(dialog)
    goal_row = next(r for r in rows if r[0].strip() == field_text("initial_goal"))
    assert goal_row[1:] == ["Goal set on this laptop", "Goal set on the other laptop"]
    position = rows.index(goal_row)
    assert _cell(dialog.diff_table, position, 1).background().color().alpha() > 0  # highlighted
    assert _cell(dialog.diff_table, position, 2).font().bold()

    # Only differences by default; unticking shows the unchanged fields too.
    shown = dialog.diff_table.rowCount()
    dialog.only_differences.setChecked(False)
    assert dialog.diff_table.rowCount() > shown

    assert dialog.rebase_button.isEnabled()
    with qtbot.waitSignal(dialog.revision_did_rebase, timeout=WAIT_MS) as blocker:
        dialog.rebase_button.click()
    qtbot.waitUntil(lambda: in_flight() == 0, timeout=WAIT_MS)
    draft = blocker.args[0]
    assert isinstance(draft, BalanceRecord)
    assert draft.balance.status is BalanceStatus.DRAFT
    assert draft.balance.base_revision_id == server_head.balance.revision_id
    assert draft.balance.initial_goal == "Goal set on this laptop"
    qtbot.waitUntil(lambda: dialog.revision_list.count() == 0, timeout=WAIT_MS)
    assert not dialog.rebase_button.isEnabled()


def test_participant_conflict_shows_both_values_and_resolves(
    qtbot, laptop: Laptop, other_laptop: Laptop, advisor: str, sync_server: Any
) -> None:
    """The same field changed on two laptops: both values are shown; this laptop's is chosen."""
    _both_signed_in(laptop, other_laptop, sync_server.url, advisor)
    record = laptop.finish()
    person = record.participant
    _sync(laptop)
    _sync(other_laptop)
    other_laptop.on_db(
        other_laptop.services.participants.save,
        dataclasses.replace(person, phone="+48 600 000 222"),
    )
    _sync(other_laptop)
    laptop.on_db(
        laptop.services.participants.save, dataclasses.replace(person, phone="+48 600 000 111")
    )
    _sync(laptop)
    assert laptop.sync.status().participant_conflicts == 1

    dialog = _open_dialog(qtbot, laptop)
    assert dialog.tabs.currentIndex() == 1  # no balance conflict: the participant tab is shown
    table = dialog.participant_table
    assert table.rowCount() == 1
    texts = [_cell(table, 0, c).text() for c in range(4)]
    assert texts == [
        f"{person.last_name} {person.first_name}",
        field_text("phone"),
        "+48 600 000 222",
        "+48 600 000 111",
    ]
    # The server kept its value; this laptop shows it until the advisor decides.
    assert laptop.on_db(laptop.services.participants.get, person.id).phone == "+48 600 000 222"
    assert dialog.keep_server_button.isEnabled() and dialog.use_local_button.isEnabled()

    with qtbot.waitSignal(dialog.conflict_did_resolve, timeout=WAIT_MS):
        dialog.use_local_button.click()
    qtbot.waitUntil(lambda: table.rowCount() == 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: in_flight() == 0, timeout=WAIT_MS)
    assert laptop.on_db(laptop.services.participants.get, person.id).phone == "+48 600 000 111"
    status = laptop.sync.status()
    # The choice is queued twice: the participant change, and the server-side resolution.
    assert status.participant_conflicts == 0 and status.pending == 2
    assert not dialog.use_local_button.isEnabled()
    _sync(laptop)
    _sync(other_laptop)
    assert (
        other_laptop.on_db(other_laptop.services.participants.get, person.id).phone
        == "+48 600 000 111"
    )


def test_rejected_items_are_listed_with_their_reason(
    qtbot, laptop: Laptop, other_laptop: Laptop, advisor: str, sync_server: Any
) -> None:
    """Items the server refused (another advisor's case) are listed by name with a reason."""
    second = f"{advisor}-b"
    sync_server.create_user(second, PASSWORD, role="advisor")
    laptop.sync.login(sync_server.url, advisor, PASSWORD)
    other_laptop.sync.login(sync_server.url, second, PASSWORD)
    record = fresh_record()
    laptop.finish(record)
    _sync(laptop)
    other_laptop.finish(record)  # the same case, finished under another advisor's account
    other_laptop.sync.run_once()
    rejected = [p for p in other_laptop.sync.status().problems if p.state == "rejected"]
    assert rejected

    dialog = _open_dialog(qtbot, other_laptop)
    assert dialog.tabs.currentIndex() == 2
    table = dialog.rejected_table
    assert table.rowCount() == len(rejected)
    name = f"{record.participant.last_name} {record.participant.first_name}"
    for row, problem in enumerate(rejected):
        assert _cell(table, row, 1).text() == name
        reason = _cell(table, row, 2).text()
        assert problem.detail in reason and reason != problem.detail  # explained, then details
        assert _cell(table, row, 2).toolTip() == problem.detail


def test_window_opens_the_rebased_draft(
    qtbot,
    make_window: MakeWindow,
    laptop: Laptop,
    other_laptop: Laptop,
    advisor: str,
    sync_server: Any,
) -> None:
    """From the status bar's problems button to the new draft open in its balance window."""
    _both_signed_in(laptop, other_laptop, sync_server.url, advisor)
    record = laptop.finish()
    balance_id = record.balance.id
    _sync(laptop)
    _sync(other_laptop)
    other_laptop.revise_and_finish(balance_id, "Goal set on the other laptop")
    _sync(other_laptop)
    laptop.revise_and_finish(balance_id, "Goal set on this laptop")
    _sync(laptop)

    window = make_window(laptop)
    assert window.sync_ui is not None
    # The conflicting (finished, read-only) revision is open: the draft replaces it.
    with qtbot.waitSignal(window.balance_view_did_open, timeout=WAIT_MS) as opened:
        window.open_balance(window.model.row_at(window.model.find_row(balance_id=balance_id)))
    old_view = opened.args[0]
    assert old_view.draft.record.balance.status is BalanceStatus.FINISHED
    button = window.sync_ui.status_widget.problems_button
    assert button.isVisible()
    button.click()
    dialog = window.sync_ui.conflicts_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.revision_list.count() == 1, timeout=WAIT_MS)
    with qtbot.waitSignal(window.balance_view_did_open, timeout=WAIT_MS) as blocker:
        dialog.rebase_button.click()
    view = blocker.args[0]
    assert view is not old_view and window.balance_views() == [view]
    assert view.balance_id == balance_id
    assert view.draft.record.balance.status is BalanceStatus.DRAFT
    assert view.draft.record.balance.initial_goal == "Goal set on this laptop"
    qtbot.waitUntil(lambda: not button.isVisible(), timeout=WAIT_MS)  # nothing left to resolve
    row = window.model.find_row(balance_id=balance_id)
    assert window.model.index(row, COL_SYNC).data() == badge_text(SyncBadge.DRAFT)
    view.close()
