"""Acceptance walks of DOMAIN.md §5 SC05, SC09, SC10, SC12 and SC17 to a finished balance.

Each walk opens the real balance view with every stage page (the portfolio page bound to the
profile's attachment store) on real services, completes what the scenario needs with widget
setters and the pages' public methods, and finishes through the summary page's **Finish**
(the confirmation answered yes). What was stored is read back through the services. Voucher
arithmetic for each KK rule set, the refusal of an incomplete balance, and the export/import of
a finished balance into a fresh profile close the issue's first two acceptance bullets.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from uuid import UUID

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPlainTextEdit

from advisor_app.app import open_app
from advisor_app.domain.entities import BalanceRecord, Evidence
from advisor_app.domain.enums import (
    ActionKind,
    BalanceStatus,
    ConsentPurpose,
    EducationLevel,
    EvidenceKind,
    FeedbackForm,
    LabourMarketStatus,
    LifeArea,
    RequirementSource,
    Stage,
    Variant,
)
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.gaps import CoverageStatus
from advisor_app.domain.vouchers import VoucherCategory, estimate_vouchers
from advisor_app.services.container import Services
from advisor_app.ui import dialogs
from advisor_app.ui.balance import pages
from advisor_app.ui.balance.areas_editor import status_text
from advisor_app.ui.balance.balance_view import BalanceView
from advisor_app.ui.balance.behavioural_page import BehaviouralPage
from advisor_app.ui.balance.gap_analysis import default_reference
from advisor_app.ui.balance.plan_page import PlanPage
from advisor_app.ui.balance.portfolio_page import PortfolioPage
from advisor_app.ui.balance.summary_page import SummaryPage
from advisor_app.ui.enum_text import enum_text
from advisor_app.ui.issue_text import issue_text
from tests.gui.balance.conftest import MakeView
from tests.gui.helpers import child
from tests.helpers.domain_factories import finishable_record, make_participant, new_id, sid
from tests.helpers.evidence_files import png_bytes
from tests.helpers.executors import InlineExecutor

pytestmark = pytest.mark.gui

DEMO = Path(__file__).resolve().parents[3] / "resources" / "demo"
SKI = "ZRK-sample-pnzp"
TODAY = dt.date(2026, 11, 27)  # SC17: the KPP certificate (valid until 2026-03) has expired


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@pytest.fixture(autouse=True)
def confirmations(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer every confirmation with yes, recording the titles asked."""
    asked: list[str] = []

    def confirm(parent, title, text, *, yes_text, no_text) -> bool:
        asked.append(title)
        return True

    monkeypatch.setattr(dialogs, "confirm", confirm)
    return asked


# --- helpers ----------------------------------------------------------------------------------


def _import_demo(services: Services, name: str) -> BalanceRecord:
    """Import a bundled demo balance (as "load demo data" does) and read it back."""
    outcome = services.documents.import_file(DEMO / f"{name}.json")
    (balance_id,) = outcome.changes.balance_ids
    return services.balances.load(balance_id)


def _store(services: Services, record: BalanceRecord) -> BalanceRecord:
    services.participants.save(record.participant)
    services.balances.save(record)
    return record


def _open(
    make_view: MakeView, services: Services, executor: InlineExecutor, record: BalanceRecord
) -> BalanceView:
    """The balance window with every real stage page, the attachment store and the lifecycle."""
    view = make_view(
        record,
        page_types=pages.stage_pages(services.attachments, executor),
        lifecycle=services.lifecycle,
    )
    portfolio = _portfolio(view)
    portfolio._today = lambda: TODAY  # the page's clock (a constructor option of the page)
    portfolio.load(view.draft.record)
    return view


def _portfolio(view: BalanceView) -> PortfolioPage:
    view.show_entry(Stage.PORTFOLIO)
    page = view.page(Stage.PORTFOLIO)
    assert isinstance(page, PortfolioPage)
    return page


def _plan(view: BalanceView) -> PlanPage:
    view.show_entry(Stage.PLAN)
    page = view.page(Stage.PLAN)
    assert isinstance(page, PlanPage)
    return page


def _summary(view: BalanceView) -> SummaryPage:
    view.show_entry(Stage.SUMMARY)
    page = view.page(Stage.SUMMARY)
    assert isinstance(page, SummaryPage)
    return page


def _finish(qtbot, view: BalanceView, services: Services, settle) -> BalanceRecord:
    """Press Finish on the summary page; returns the balance as stored afterwards."""
    summary = _summary(view)
    assert summary.unmet_rules() == [], [i.code for i in summary.unmet_rules()]
    assert summary.finish_button.isVisible() and summary.finish_button.isEnabled()
    summary.finish_button.click()
    qtbot.waitUntil(
        lambda: view.read_only and view.draft.record.balance.status is BalanceStatus.FINISHED
    )
    settle()
    stored = services.balances.load(view.balance_id)
    assert stored.balance.status is BalanceStatus.FINISHED
    assert view.draft.record == stored
    assert child(view, QLabel, "readOnlyBanner").isVisible()
    for stage in (Stage.INTRO, Stage.PORTFOLIO, Stage.PLAN):
        assert not view.page(stage).isEnabled(), stage
    assert summary.revise_button.isEnabled() and not summary.finish_button.isVisible()
    (frozen,) = services.lifecycle.revisions(view.balance_id)
    assert frozen.revision_id == stored.balance.revision_id
    return stored


def _add_action(plan: PlanPage, kind: ActionKind, description: str) -> UUID:
    """A new plan action of ``kind``, its description typed."""
    plan.show_tab(1)
    action_id = plan.add_action()
    plan.kind_combo.select_value(kind)
    plan.description_edit.setPlainText(description)  # textChanged: as typed
    return action_id


def _oral_feedback(plan: PlanPage) -> None:
    plan.show_tab(2)
    plan.form_combo.select_value(FeedbackForm.ORAL)


def _check_competence(portfolio: PortfolioPage, evidence_id: UUID, competence_id: UUID) -> None:
    """Tick a competence in the selected item's link list (the portfolio side of the link)."""
    portfolio.tabs.setCurrentIndex(0)
    portfolio.select(evidence_id)
    row = [c.id for c in portfolio.draft.record.competences].index(competence_id)
    portfolio.competence_list.item(row).setCheckState(Qt.CheckState.Checked)


def _evidence(record: BalanceRecord, title_start: str) -> Evidence:
    return next(e for e in record.evidence if e.title.startswith(title_start))


# --- SC01 -------------------------------------------------------------------------------------


def test_sc01_plan_feedback_and_finish(
    qtbot, make_view: MakeView, services: Services, executor: InlineExecutor, settle
) -> None:
    """SC01: after the interview, the IPR (BUR informatyka, 40 h) and feedback, then finished."""
    interview_done = dataclasses.replace(finishable_record(), plan=None, feedback=None)
    record = _store(services, interview_done)
    view = _open(make_view, services, executor, record)
    assert not _summary(view).finish_button.isEnabled()

    plan = _plan(view)
    _add_action(plan, ActionKind.TRAINING, "Arkusz kalkulacyjny od podstaw")
    plan.bur_combo.select_value("informatyka")
    assert plan.voucher_kind_combo.current_value() is VoucherCategory.DIGITAL
    rules = {r.id: r for r in plan.rule_combo.values()}
    plan.rule_combo.select_value(rules["KK-2018"])
    plan.hours_spin.setValue(40)
    plan.compute_button.click()
    assert plan.vouchers_spin.value() == 80  # IT: 2 vouchers per hour (2018)
    plan.show_tab(2)
    plan.form_combo.select_value(FeedbackForm.BOTH)
    plan.feedback_text_edit.setPlainText(
        "Pani mocne strony to rzetelność w rozliczeniach i praca z ludźmi."
    )

    stored = _finish(qtbot, view, services, settle)
    assert stored.plan is not None and stored.feedback is not None
    assert stored.feedback.form is FeedbackForm.BOTH
    (action,) = stored.plan.actions
    assert (action.bur_category, action.vouchers) == ("informatyka", 80)
    assert len(stored.meetings) == 3 and len(stored.experiences) >= 5


# --- SC05 -------------------------------------------------------------------------------------


def test_sc05_without_schooling_or_email_is_finished(
    qtbot, make_view: MakeView, services: Services, executor: InlineExecutor, settle, tmp_path
) -> None:
    """SC05: furniture photos with consent, a sighted OSP certificate, IPR with a KUO course."""
    record = _import_demo(services, "sc05_jozef_kmiecik")
    participant = record.participant
    assert (participant.first_name, participant.last_name) == ("Józef", "Kmiecik")
    assert participant.email is None
    assert participant.education_level is EducationLevel.PRIMARY_INCOMPLETE
    assert participant.labour_market_status is LabourMarketStatus.FARMER_KRUS
    view = _open(make_view, services, executor, record)

    # Portfolio: one more photo of the dresser, through the page's attachment service.
    portfolio = _portfolio(view)
    photos_consent = next(
        c.id for c in record.consents if c.purpose is ConsentPurpose.EVIDENCE_PHOTOS
    )
    dresser = _evidence(record, "Komoda")
    assert dresser.kind is EvidenceKind.PHOTO and dresser.consent_id == photos_consent
    picked = tmp_path / "komoda_bok.png"
    picked.write_bytes(png_bytes("komoda-bok"))
    portfolio.select(dresser.id)
    portfolio.add_files([picked])
    qtbot.waitUntil(lambda: len(_evidence(view.draft.record, "Komoda").files) == 3)
    settle()
    added = _evidence(view.draft.record, "Komoda").files[-1]
    assert (added.name, added.media_type) == ("komoda_bok.png", "image/png")
    assert services.attachments.content(added.id) == png_bytes("komoda-bok")

    # The table photo also shows the power tools; the OSP certificate was only shown.
    table = _evidence(record, "Stół")
    tools = next(c for c in record.competences if c.statement.startswith("Obsługuje"))
    assert tools.id not in table.competence_ids
    _check_competence(portfolio, table.id, tools.id)
    assert tools.id in _evidence(view.draft.record, "Stół").competence_ids
    certificate = _evidence(record, "Zaświadczenie")
    assert certificate.sighted_only and certificate.files == ()
    portfolio.select(certificate.id)
    assert not portfolio.add_file_button.isEnabled()

    plan = _plan(view)
    _add_action(
        plan,
        ActionKind.TRAINING,
        "Kurs umiejętności ogólnych prowadzący do ukończenia szkoły podstawowej",
    )
    _oral_feedback(plan)
    stored = _finish(qtbot, view, services, settle)

    assert stored.participant.email is None
    assert stored.participant.education_level is EducationLevel.PRIMARY_INCOMPLETE
    assert stored.plan is not None
    assert any("umiejętności ogólnych" in a.description for a in stored.plan.actions)
    assert tools.id in _evidence(stored, "Stół").competence_ids
    assert _evidence(stored, "Komoda").files[-1] == added
    assert _evidence(stored, "Zaświadczenie").sighted_only


# --- SC09 -------------------------------------------------------------------------------------


def _validation_statuses(portfolio: PortfolioPage) -> dict[str, tuple[str, str]]:
    """Outcome text → (status value, status shown) of the portfolio's "for validation" tab."""
    portfolio.show_validation()
    portfolio.load(portfolio.draft.record)
    table = portfolio.validation_table
    shown: dict[str, tuple[str, str]] = {}
    for row in range(table.rowCount()):
        outcome, status = table.item(row, 0), table.item(row, 1)
        assert outcome is not None and status is not None
        shown[outcome.text()] = (status.data(Qt.ItemDataRole.UserRole), status.text())
    return shown


def test_sc09_gap_analysis_for_the_ski_qualification_is_finished(
    qtbot, make_view: MakeView, services: Services, executor: InlineExecutor, settle
) -> None:
    """SC09: outcomes show none/declared/evidenced, a link evidences one, areas, then finish."""
    record = _import_demo(services, "sc09_wojciech_hajduk")
    assert record.balance.variant is Variant.IN_DEPTH
    assert record.balance.target_qualification_ref == SKI
    outcomes = default_reference().qualification_requirements(SKI)
    assert len(outcomes) >= 5
    view = _open(make_view, services, executor, record)

    plan = _plan(view)
    areas = plan.areas
    assert areas.target_combo.current_value() == SKI
    assert areas.prerequisites_label.isVisibleTo(plan)
    before = {c.requirement.ref: c.status for c in areas.coverage()}
    assert list(before) == [o.ref for o in outcomes]
    assert set(before.values()) == set(CoverageStatus)
    table = areas.coverage_table
    for row, status in enumerate(before.values()):
        cell = table.item(row, 3)
        assert cell is not None and cell.text() == status_text(status)
    avalanche_search = f"{SKI}/ZE-02/E-02"
    assert before[avalanche_search] is CoverageStatus.DECLARED

    # "Do walidacji": brak / deklaracja / dowód per learning outcome.
    portfolio = _portfolio(view)
    words = {
        "none": _tr("PortfolioPage", "none"),
        "declared": _tr("PortfolioPage", "declared"),
        "evidenced": _tr("PortfolioPage", "evidence"),
    }
    assert words == {"none": "brak", "declared": "deklaracja", "evidenced": "dowód"}
    texts = {o.ref: o.text for o in outcomes}
    shown = _validation_statuses(portfolio)
    assert shown == {texts[ref]: (s.value, words[s.value]) for ref, s in before.items()}

    # The participants' statements also prove the avalanche-search competence.
    searcher = next(c for c in record.competences if c.catalogue_ref == avalanche_search)
    statements = _evidence(record, "Oświadczenia")
    _check_competence(portfolio, statements.id, searcher.id)
    shown = _validation_statuses(portfolio)
    assert shown[texts[avalanche_search]] == ("evidenced", "dowód")

    plan = _plan(view)
    after = {c.requirement.ref: c.status for c in areas.coverage()}
    assert after == {**before, avalanche_search: CoverageStatus.EVIDENCED}
    uncovered = [ref for ref, status in after.items() if status is CoverageStatus.NONE]
    count = len(view.draft.record.development_areas)
    added = areas.suggest_areas()
    assert len(added) == len(uncovered) > 0
    suggested = view.draft.record.development_areas[count:]
    assert [a.requirement_ref for a in suggested] == uncovered
    assert {a.requirement_source for a in suggested} == {RequirementSource.QUALIFICATION}

    _oral_feedback(plan)
    stored = _finish(qtbot, view, services, settle)
    assert [a.requirement_ref for a in stored.development_areas[count:]] == uncovered
    assert searcher.id in _evidence(stored, "Oświadczenia").competence_ids
    strengths = [c for c in stored.competences if c.strength]
    assert strengths and all(
        c.status.value == "declared" or any(c.id in e.competence_ids for e in stored.evidence)
        for c in strengths
    ), "in-depth rule: strengths have evidence or are declared"


# --- SC10 -------------------------------------------------------------------------------------


def test_sc10_caregiving_break_is_finished_with_caregiving_in_the_timeline(
    qtbot, make_view: MakeView, services: Services, executor: InlineExecutor, settle
) -> None:
    """SC10: caregiving and KGW are timeline items; the catering competence has its letter."""
    record = _import_demo(services, "sc10_renata_sowa")
    areas = {e.area for e in record.experiences}
    assert {LifeArea.FAMILY_CARE, LifeArea.SOCIAL_ACTIVITY} <= areas
    catering = next(
        c for c in record.competences if c.statement.startswith("Planuje zakupy i koszty")
    )
    assert "200 osób" in catering.statement
    letter = _evidence(record, "List z podziękowaniem")
    assert catering.id in letter.competence_ids
    view = _open(make_view, services, executor, record)

    # The story of her mother's care was left without Action and Result.
    view.show_entry(Stage.BEHAVIOURAL)
    behavioural = view.page(Stage.BEHAVIOURAL)
    assert isinstance(behavioural, BehaviouralPage)
    for episode in record.episodes:
        if not episode.missing_star_parts:
            continue
        behavioural.select_episode(episode.id)
        for part in episode.missing_star_parts:
            field = behavioural.field(part)
            assert isinstance(field, QPlainTextEdit)
            field.setPlainText(
                {
                    "situation": "Mama zachorowała na demencję w 2019 r.",
                    "task": "Trzeba było zapewnić jej opiekę przez całą dobę.",
                    "action": "Ułożyłam grafik dyżurów rodzeństwa i załatwiłam opiekunkę z MOPS.",
                    "result": "Mama została w domu pod stałą opieką do końca życia.",
                }[part]
            )

    plan = _plan(view)
    _add_action(plan, ActionKind.TRAINING, "Kurs kucharza w żywieniu zbiorowym (BUR)")
    _oral_feedback(plan)
    stored = _finish(qtbot, view, services, settle)

    caregiving = [e for e in stored.experiences if e.area is LifeArea.FAMILY_CARE]
    assert any("mamą" in e.title for e in caregiving)
    assert all(not e.missing_star_parts for e in stored.episodes)
    frozen = services.documents.export_bytes(stored.balance.id).decode("utf-8")
    assert all(e.title in frozen for e in caregiving), "the frozen timeline keeps the caregiving"
    assert catering.statement in frozen


# --- SC12 -------------------------------------------------------------------------------------

INITIAL_GOAL = "księgowa"
REFINED_GOAL = "opiekunka w żłobku / asystentka nauczyciela"


def _anna() -> BalanceRecord:
    """Anna Rzepka of Łapanów, everything done but the refined goal."""
    record = finishable_record()
    participant = make_participant(
        id=new_id(),
        first_name="Anna",
        last_name="Rzepka",
        pesel=None,
        birth_date=None,
        gmina="Łapanów",
        powiat="bocheński",
        locality="Łapanów",
        email=None,
    )
    assert record.plan is not None
    return dataclasses.replace(
        record,
        participant=participant,
        balance=dataclasses.replace(record.balance, id=new_id(), initial_goal=INITIAL_GOAL),
        plan=dataclasses.replace(record.plan, refined_goal=""),
    )


def test_sc12_refined_goal_then_finish_and_revise(
    qtbot, make_view: MakeView, services: Services, executor: InlineExecutor, settle
) -> None:
    """SC12: the refined goal is stored beside the unchanged initial one; Revise keeps history."""
    record = _store(services, _anna())
    view = _open(make_view, services, executor, record)
    plan = _plan(view)
    plan.show_tab(1)
    assert plan.initial_goal_label.text() == INITIAL_GOAL
    assert isinstance(plan.initial_goal_label, QLabel), "the initial goal is shown, not edited"
    plan.refined_goal_edit.setPlainText(REFINED_GOAL)
    finished = _finish(qtbot, view, services, settle)
    assert finished.plan is not None and finished.plan.refined_goal == REFINED_GOAL
    assert finished.balance.initial_goal == INITIAL_GOAL
    frozen_before = services.lifecycle.revisions(record.balance.id)

    summary = _summary(view)
    summary.revise_button.click()
    qtbot.waitUntil(lambda: not view.read_only)
    settle()
    draft = services.balances.load(record.balance.id).balance
    assert draft.status is BalanceStatus.DRAFT
    assert draft.revision_id != finished.balance.revision_id
    assert draft.base_revision_id == finished.balance.revision_id
    assert summary.finish_button.isVisible() and not summary.revise_button.isVisible()

    # The goal is refined further in the new revision; the finished one stays as it was.
    plan = _plan(view)
    plan.show_tab(1)
    plan.refined_goal_edit.setPlainText(f"{REFINED_GOAL} w przedszkolu")
    view.draft.flush()
    qtbot.waitUntil(lambda: view.draft.is_saved)
    settle()
    stored = services.balances.load(record.balance.id)
    assert stored.plan is not None
    assert stored.plan.refined_goal == f"{REFINED_GOAL} w przedszkolu"
    assert stored.balance.initial_goal == INITIAL_GOAL
    assert services.lifecycle.revisions(record.balance.id) == frozen_before
    (frozen,) = frozen_before
    assert frozen.revision_id == finished.balance.revision_id
    assert frozen.status is BalanceStatus.FINISHED and frozen.base_revision_id is None


# --- SC17 -------------------------------------------------------------------------------------

KPP = sid("evidence.kpp-certificate")


def _pawel() -> BalanceRecord:
    """Paweł Mikos (WOT, OSP) with a KPP certificate whose validity is not typed yet."""
    record = finishable_record()
    participant = make_participant(
        id=new_id(),
        first_name="Paweł",
        last_name="Mikos",
        pesel=None,
        birth_date=None,
        sex=None,
        gmina="Mszana Dolna",
        powiat="limanowski",
        locality="Mszana Dolna",
        labour_market_status=LabourMarketStatus.WOT_SOLDIER,
    )
    kpp = Evidence(
        id=KPP,
        kind=EvidenceKind.COURSE_CERTIFICATE,
        title="Zaświadczenie KPP (kwalifikowana pierwsza pomoc)",
        issuer="Państwowa Straż Pożarna",
        sighted_only=True,
        competence_ids=(record.competences[0].id,),
    )
    return dataclasses.replace(
        record,
        participant=participant,
        balance=dataclasses.replace(record.balance, id=new_id()),
        evidence=(*record.evidence, kpp),
    )


def test_sc17_expired_certificate_is_flagged_and_the_ce_course_is_costed(
    qtbot, make_view: MakeView, services: Services, executor: InlineExecutor, settle
) -> None:
    """SC17: KPP valid until 2026-03 is expired on 2026-11-27; the C+E course gets vouchers."""
    record = _store(services, _pawel())
    view = _open(make_view, services, executor, record)

    portfolio = _portfolio(view)
    portfolio.select(KPP)
    assert portfolio.note_text("valid_until") == ""
    QTest.keyClicks(portfolio.valid_until_edit, "31.03.2026")
    kpp = next(e for e in view.draft.record.evidence if e.id == KPP)
    assert kpp.valid_until == dt.date(2026, 3, 31)
    note = portfolio.note_text("valid_until")
    expired = _tr(
        "PortfolioPage",
        "{glyph} Expired on {date}: it may no longer show current ability (criterion “current”).",
    )
    assert note.startswith("⚠") and note.endswith(expired.split("{date}")[1])
    row = [e.id for e in view.draft.record.evidence].index(KPP)
    assert "⚠" in portfolio.evidence_list.item(row).data(Qt.ItemDataRole.UserRole + 1)

    plan = _plan(view)
    _add_action(plan, ActionKind.TRAINING, "Kurs prawa jazdy kategorii C+E")
    plan.bur_combo.select_value("motoryzacja")
    assert plan.voucher_kind_combo.current_value() is VoucherCategory.DRIVING_LICENCE
    # DOMAIN.md §2.8 (2018): licences A1/A/B1/B count 2 per hour, but C and C+E are "other":
    # the advisor switches the kind, and the count is 3 per hour.
    plan.voucher_kind_combo.select_value(VoucherCategory.OTHER)
    rules = {r.id: r for r in plan.rule_combo.values()}
    plan.rule_combo.select_value(rules["KK-2018"])
    plan.hours_spin.setValue(25)
    expected = estimate_vouchers(rules["KK-2018"], VoucherCategory.OTHER, 25).vouchers
    assert expected == 75
    plan.compute_button.click()
    assert plan.vouchers_spin.value() == expected

    stored = _finish(qtbot, view, services, settle)
    assert stored.participant.labour_market_status is LabourMarketStatus.WOT_SOLDIER
    assert stored.plan is not None
    course = stored.plan.actions[-1]
    assert (course.bur_category, course.vouchers) == ("motoryzacja", expected)
    assert next(e for e in stored.evidence if e.id == KPP).valid_until == dt.date(2026, 3, 31)


# --- vouchers per rule set ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rules_id", "kind", "category", "individual", "hours", "price", "vouchers"),
    [
        ("KK-2018", ActionKind.TRAINING, VoucherCategory.DIGITAL, False, 40, "", 80),
        ("KK-2019", ActionKind.LANGUAGE_COURSE, VoucherCategory.LANGUAGE, True, 20, "900", 60),
        ("KK-2022", ActionKind.LANGUAGE_COURSE, VoucherCategory.LANGUAGE, False, 30, "840", 60),
    ],
    ids=["2018-it-40h", "2019-individual-language", "2022-group-language"],
)
def test_compute_gives_the_domain_numbers_for_each_rule_set(
    qtbot,
    make_view: MakeView,
    services: Services,
    executor: InlineExecutor,
    settle,
    rules_id: str,
    kind: ActionKind,
    category: VoucherCategory,
    individual: bool,
    hours: int,
    price: str,
    vouchers: int,
) -> None:
    """§2.8: 40 h IT → 80 (2018); 20 h individual at 45 zł → 60 (2019); 30 h at 28 zł → 60."""
    record = _store(services, finishable_record())
    view = _open(make_view, services, executor, record)
    plan = _plan(view)
    action_id = _add_action(plan, kind, f"Szkolenie wg zasad {rules_id}")
    rules = {r.id: r for r in plan.rule_combo.values()}
    assert set(rules) == {"KK-2018", "KK-2019", "KK-2022"}
    plan.rule_combo.select_value(rules[rules_id])
    plan.voucher_kind_combo.select_value(category)
    plan.individual_combo.select_value(individual)
    plan.hours_spin.setValue(hours)
    plan.price_edit.setText(price)
    plan.compute_button.click()
    assert plan.vouchers_spin.value() == vouchers
    assert str(vouchers) in plan.estimate_text()
    view.draft.flush()
    qtbot.waitUntil(lambda: view.draft.is_saved)
    settle()
    stored = services.balances.load(record.balance.id)
    assert stored.plan is not None
    action = next(a for a in stored.plan.actions if a.id == action_id)
    assert action.vouchers == vouchers
    assert vouchers * rules[rules_id].bon_value_pln == Decimal(15 * vouchers)


# --- refusal ------------------------------------------------------------------------------------


def test_finish_is_refused_with_the_unmet_rules_listed(
    qtbot, make_view: MakeView, services: Services, executor: InlineExecutor, settle
) -> None:
    """An incomplete balance cannot be finished: Finish is disabled, every unmet rule listed."""
    record = _store(
        services, dataclasses.replace(finishable_record(), meetings=(), plan=None, feedback=None)
    )
    view = _open(make_view, services, executor, record)
    summary = _summary(view)
    unmet = InterviewFlow().finish_issues(record)
    assert unmet and summary.unmet_rules() == unmet
    assert summary.finish_button.isVisible() and not summary.finish_button.isEnabled()
    texts = [child(summary, QLabel, f"ruleText{n}").text() for n in range(len(unmet))]
    assert texts == [issue_text(i) for i in unmet]
    assert all(texts), "every rule has its translated text"
    for stage in {i.stage for i in unmet}:
        heading = child(summary, QLabel, f"{stage.value}RulesHeading")
        assert heading.text() == enum_text(stage)
    assert [b.accessibleName() for b in summary.go_buttons] == [
        _tr("SummaryPage", "Go to field: {stage} – {rule}").format(
            stage=enum_text(i.stage), rule=issue_text(i)
        )
        for i in unmet
    ]
    summary.finish_button.click()  # disabled: nothing happens
    view.finish_balance()  # the view's own guard is the service's refusal
    settle()
    assert services.balances.load(record.balance.id).balance.status is BalanceStatus.DRAFT
    assert services.lifecycle.revisions(record.balance.id) == ()
    assert not view.read_only


# --- export and import ----------------------------------------------------------------------


@pytest.fixture
def fresh_services(tmp_path: Path) -> Iterator[Services]:
    """A second, empty profile in another data directory (another laptop)."""
    data = tmp_path / "other-laptop"
    data.mkdir()
    opened = open_app(data, "fresh")
    try:
        yield opened.services
    finally:
        opened.close()


def test_finished_balance_survives_export_and_import_into_a_fresh_profile(
    qtbot,
    make_view: MakeView,
    services: Services,
    fresh_services: Services,
    executor: InlineExecutor,
    settle,
    tmp_path: Path,
) -> None:
    """The export of a finished balance imports as finished, same revisions, content, bytes."""
    image = tmp_path / "dozynki.png"
    image.write_bytes(png_bytes("dozynki-2024"))
    file = services.attachments.add_file(image)
    record = finishable_record()
    photos = next(c.id for c in record.consents if c.purpose is ConsentPurpose.EVIDENCE_PHOTOS)
    photo = Evidence(
        id=sid("evidence.harvest-photo"),
        kind=EvidenceKind.PHOTO,
        title="Stoisko KGW na dożynkach",
        files=(file,),
        consent_id=photos,
        competence_ids=(record.competences[0].id,),
    )
    record = _store(services, dataclasses.replace(record, evidence=(*record.evidence, photo)))
    view = _open(make_view, services, executor, record)
    finished = _finish(qtbot, view, services, settle)
    view.close()
    settle()

    target = services.documents.export_file(
        record.balance.id, tmp_path / "bilans.zip", with_files=True
    )
    fresh_services.documents.import_file(target)
    imported = fresh_services.balances.load(record.balance.id)
    assert imported.balance.status is BalanceStatus.FINISHED
    assert imported.balance.revision_id == finished.balance.revision_id
    assert imported.balance.base_revision_id == finished.balance.base_revision_id
    assert imported.balance.finished_at == finished.balance.finished_at
    here = services.documents.export(record.balance.id).model_dump(
        mode="json", exclude={"exported_at"}
    )
    there = fresh_services.documents.export(record.balance.id).model_dump(
        mode="json", exclude={"exported_at"}
    )
    assert there == here
    frozen_here = services.lifecycle.revisions(record.balance.id)
    frozen_there = fresh_services.lifecycle.revisions(record.balance.id)
    assert [(r.revision_id, r.sha256) for r in frozen_there] == [
        (r.revision_id, r.sha256) for r in frozen_here
    ]
    content = fresh_services.attachments.content(file.id)
    assert hashlib.sha256(content).hexdigest() == file.sha256
    assert content == png_bytes("dozynki-2024")

    other = make_view(
        imported,
        save=fresh_services.balances.save,
        page_types=pages.stage_pages(fresh_services.attachments, executor),
        lifecycle=fresh_services.lifecycle,
    )
    settle()
    assert other.read_only
    banner = child(other, QLabel, "readOnlyBanner")
    assert banner.isVisible() and banner.text() == _tr("BalanceView", "Finished – read only")
    assert not other.page(Stage.PLAN).isEnabled()
    summary = _summary(other)
    assert not summary.finish_button.isVisible() and summary.revise_button.isVisible()
    assert str(finished.balance.revision_id) in summary.revision_label.text()
    other.close()
    settle()
