"""The balance summary "Podsumowanie Bilansu Kariery" (DOMAIN.md §2.9, standard A4 format).

What never prints: advisor-only notes (episodes), evidence whose visibility is not ``print``,
raw diagnostic results and the PESEL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Table, TableStyle

from advisor_app.domain.entities import (
    BalanceRecord,
    Competence,
    Evidence,
    Experience,
    PlanAction,
)
from advisor_app.domain.enums import CompetenceKind, FeedbackForm, Visibility
from advisor_app.domain.partial_date import PartialDate
from advisor_app.reports.base import (
    ReportMeta,
    ReportStyles,
    content_width,
    data_table,
    format_date,
    make_styles,
    neutral,
    para,
    render,
)
from advisor_app.reports.fonts import REGULAR
from advisor_app.reports.labels import Language, label, pick, tr

TIMELINE_ITEMS = 8
"""How many experiences the short timeline shows (the most recent first)."""

HELP_CONTACTS_PL = (
    "Centrum Informacji i Planowania Kariery Zawodowej (CIZ) w Krakowie, "
    "Wojewódzki Urząd Pracy w Krakowie",
    "Centrum Informacji i Planowania Kariery Zawodowej (CIZ) w Tarnowie",
    "Centrum Informacji i Planowania Kariery Zawodowej (CIZ) w Nowym Sączu",
)
HELP_CONTACTS_EN = (
    "Career Information and Planning Centre (CIZ) in Kraków, Regional Labour Office in Kraków",
    "Career Information and Planning Centre (CIZ) in Tarnów",
    "Career Information and Planning Centre (CIZ) in Nowy Sącz",
)


def render_summary(
    record: BalanceRecord,
    *,
    printed_by: str,
    printed_on: dt.date,
    language: Language = "pl",
    large_print: bool = False,
) -> bytes:
    """The participant's summary of ``record`` as PDF bytes."""
    styles = make_styles(large_print=large_print)
    participant = record.participant
    name = f"{participant.first_name} {participant.last_name}".strip()
    title = pick(language, "Podsumowanie Bilansu Kariery", "Career Balance Summary")
    story: list[Flowable] = [Paragraph(escape(title), styles.title)]
    story += header_section(record, styles, language)
    story += goal_section(record, styles, language)
    story += timeline_section(record, styles, language)
    story += strengths_section(record, styles, language)
    story += development_section(record, styles, language)
    story += plan_section(record.plan.actions if record.plan else (), styles, language)
    story += feedback_section(record, styles, language)
    story += help_section(styles, language)
    story += receipt_section(styles, language)
    meta = ReportMeta(
        title=f"{title}: {name}",
        subject=pick(language, "Podsumowanie bilansu kompetencji", "Competence balance summary"),
        author=record.balance.advisor_name,
        participant_name=name,
        printed_by=printed_by,
        printed_on=printed_on,
        language=language,
    )
    return render(story, meta)


def _heading(styles: ReportStyles, pl: str, en: str, language: Language) -> Paragraph:
    return Paragraph(escape(pick(language, pl, en)), styles.heading)


def header_section(
    record: BalanceRecord, styles: ReportStyles, language: Language
) -> list[Flowable]:
    """Name, dates, advisor, project and variant (never the PESEL)."""
    balance, participant = record.balance, record.participant
    finished = (
        format_date(balance.finished_at, language)
        if balance.finished_at
        else tr("in_progress", language)
    )
    meetings = ", ".join(
        format_date(m.date, language) for m in sorted(record.meetings, key=lambda m: m.date)
    )
    rows = [
        (tr("participant", language), f"{participant.first_name} {participant.last_name}"),
        (tr("started", language), format_date(balance.created_at, language)),
        (tr("finished", language), finished),
        (tr("meetings", language), meetings or tr("not_specified", language)),
        (tr("advisor", language), balance.advisor_name),
        (tr("project", language), balance.project_code),
        (tr("variant", language), label(balance.variant, language)),
    ]
    return [Paragraph(f"<b>{escape(key)}:</b> {escape(value)}", styles.body) for key, value in rows]


def goal_section(record: BalanceRecord, styles: ReportStyles, language: Language) -> list[Flowable]:
    """The initial goal and the goal refined in the plan."""
    out: list[Flowable] = [_heading(styles, "Mój cel", "My goal", language)]
    refined = record.plan.refined_goal if record.plan else ""
    for pl, en, value in (
        ("Cel na początku bilansu", "Goal at the start", record.balance.initial_goal),
        ("Cel po bilansie", "Goal after the balance", refined),
    ):
        out.append(Paragraph(escape(pick(language, pl, en)), styles.subheading))
        out.append(para(value, styles.body) if value.strip() else neutral(styles, language))
    return out


def _period(experience: Experience, language: Language) -> str:
    def show(value: PartialDate | None) -> str:
        return "?" if value is None else str(value.year)

    about = pick(language, "ok. ", "c. ") if experience.approximate else ""
    if experience.ongoing:
        return f"{about}{pick(language, 'od', 'since')} {show(experience.start)}"
    start, end = show(experience.start), show(experience.end)
    return f"{about}{start}" if start == end else f"{about}{start}–{end}"


def timeline_section(
    record: BalanceRecord, styles: ReportStyles, language: Language
) -> list[Flowable]:
    """The most recent experiences, newest first."""
    out: list[Flowable] = [_heading(styles, "Moje doświadczenia", "My experience", language)]
    items = sorted(
        record.experiences,
        key=lambda e: (e.ongoing, (e.end or e.start or PartialDate(1)).sort_key),
        reverse=True,
    )[:TIMELINE_ITEMS]
    if not items:
        return [*out, neutral(styles, language)]
    for experience in items:
        where = f", {experience.organisation}" if experience.organisation else ""
        out.append(
            Paragraph(
                f"<b>{escape(_period(experience, language))}</b>: "
                f"{escape(experience.title)}{escape(where)}",
                styles.bullet,
                bulletText="•",
            )
        )
    return out


def printable_evidence(record: BalanceRecord, competence: Competence) -> list[Evidence]:
    """Evidence of ``competence`` that may be printed (visibility ``print`` only)."""
    return [
        e
        for e in record.evidence
        if e.visibility is Visibility.PRINT and competence.id in e.competence_ids
    ]


def strengths(record: BalanceRecord) -> list[Competence]:
    """Competences marked as strengths (in the competence or in the plan)."""
    chosen = set(record.plan.strength_competence_ids) if record.plan else set()
    return [c for c in record.competences if c.strength or c.id in chosen]


def strengths_section(
    record: BalanceRecord, styles: ReportStyles, language: Language
) -> list[Flowable]:
    """Strengths grouped knowledge / skills / social competences, with evidence names."""
    out: list[Flowable] = [_heading(styles, "Moje mocne strony", "My strengths", language)]
    found = strengths(record)
    if not found:
        return [*out, neutral(styles, language)]
    for kind in CompetenceKind:
        group = [c for c in found if c.kind is kind]
        if not group:
            continue
        out.append(Paragraph(escape(label(kind, language)), styles.subheading))
        for competence in group:
            out.append(Paragraph(escape(competence.statement), styles.bullet, bulletText="•"))
            evidence = printable_evidence(record, competence)
            if evidence:
                names = "; ".join(e.title for e in evidence)
                prefix = pick(language, "Potwierdzają to: ", "Shown by: ")
                out.append(Paragraph(escape(prefix + names), styles.note))
    return out


def development_section(
    record: BalanceRecord, styles: ReportStyles, language: Language
) -> list[Flowable]:
    """The development areas, with the target competence and priority."""
    out: list[Flowable] = [_heading(styles, "Obszary do rozwoju", "Areas to develop", language)]
    if not record.development_areas:
        return [*out, neutral(styles, language)]
    for area in record.development_areas:
        extra = []
        if area.target_competence:
            extra.append(pick(language, "cel: ", "aim: ") + area.target_competence.rstrip("."))
        if area.priority:
            extra.append(
                pick(language, "priorytet: ", "priority: ") + label(area.priority, language)
            )
        tail = f" ({'; '.join(extra)})" if extra else ""
        out.append(Paragraph(escape(area.gap + tail), styles.bullet, bulletText="•"))
    return out


def plan_rows(actions: Sequence[PlanAction], language: Language) -> list[list[str]]:
    """The plan as table rows (header first): step, what (with BUR category / ZRK), who, when.

    The BUR category and the qualification go on their own line in the "what" cell: a fifth
    column would break its header and codes mid-word in large print.
    """
    rows = [
        [
            pick(language, "Krok", "Step"),
            pick(language, "Co zrobię", "What"),
            pick(language, "Kto", "Who"),
            pick(language, "Do kiedy", "By when"),
        ]
    ]
    for number, action in enumerate(actions, start=1):
        what = f"{action.description} ({label(action.kind, language)})"
        if action.bur_category:
            what += "\n" + pick(language, "Kategoria BUR: ", "BUR category: ") + action.bur_category
        if action.qualification_ref:
            what += "\n" + pick(language, "Kwalifikacja: ", "Qualification: ")
            what += action.qualification_ref
        rows.append([str(number), what, label(action.owner, language), _due(action.due)])
    return rows


def _due(value: PartialDate) -> str:
    if value.month is None:
        return f"{value.year:04d}"
    if value.day is None:
        return f"{value.month:02d}.{value.year:04d}"
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def plan_section(
    actions: Sequence[PlanAction], styles: ReportStyles, language: Language
) -> list[Flowable]:
    """The individual development plan as a table."""
    out: list[Flowable] = [_heading(styles, "Mój plan (IPR)", "My plan (IDP)", language)]
    if not actions:
        return [*out, neutral(styles, language)]
    width = content_width()
    widths = [0.11 * width, 0.53 * width, 0.18 * width, 0.18 * width]
    return [*out, data_table(plan_rows(actions, language), styles, col_widths=widths)]


def feedback_section(
    record: BalanceRecord, styles: ReportStyles, language: Language
) -> list[Flowable]:
    """The advisor's written feedback; nothing when it was oral only."""
    feedback = record.feedback
    heading = _heading(
        styles, "Informacja zwrotna od doradcy", "Feedback from the advisor", language
    )
    if feedback is None or feedback.form is FeedbackForm.ORAL:
        return []
    if not feedback.text.strip():
        return [heading, neutral(styles, language)]
    return [heading, para(feedback.text, styles.body)]


def help_section(styles: ReportStyles, language: Language) -> list[Flowable]:
    """Where to get help: the CIZ centres, BUR and the Integrated Qualifications Register."""
    out: list[Flowable] = [_heading(styles, "Gdzie szukać pomocy", "Where to get help", language)]
    contacts = HELP_CONTACTS_PL if language == "pl" else HELP_CONTACTS_EN
    out += [Paragraph(escape(c), styles.bullet, bulletText="•") for c in contacts]
    out.append(
        para(
            pick(
                language,
                "Szkolenia i kursy: Baza Usług Rozwojowych, uslugirozwojowe.parp.gov.pl. "
                "Kwalifikacje i walidacja: Zintegrowany Rejestr Kwalifikacji, "
                "kwalifikacje.gov.pl.",
                "Training and courses: the Development Services Database (BUR), "
                "uslugirozwojowe.parp.gov.pl. Qualifications and validation: the Integrated "
                "Qualifications Register, kwalifikacje.gov.pl.",
            ),
            styles.body,
        )
    )
    return out


def receipt_section(styles: ReportStyles, language: Language) -> list[Flowable]:
    """The receipt confirmation: a sentence, then ruled lines for the date and a signature."""
    width = content_width()
    lines = Table(
        [
            [para(pick(language, "Data:", "Date:"), styles.body), ""],
            [para(pick(language, "Podpis lub znak:", "Signature or mark:"), styles.body), ""],
        ],
        colWidths=[0.32 * width, 0.50 * width],
        rowHeights=[styles.body_size * 3.2] * 2,
        hAlign="LEFT",
    )
    lines.setStyle(
        TableStyle(
            [
                # Tables set their own font (Helvetica) even for empty cells.
                ("FONT", (0, 0), (-1, -1), REGULAR, styles.body_size),
                ("LINEBELOW", (1, 0), (1, -1), 0.8, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [
        KeepTogether(
            [
                _heading(styles, "Potwierdzenie odbioru", "Confirmation of receipt", language),
                para(
                    pick(
                        language,
                        "Potwierdzam, że otrzymałem/otrzymałam to podsumowanie.",
                        "I confirm that I have received this summary.",
                    ),
                    styles.body,
                ),
                lines,
            ]
        )
    ]
