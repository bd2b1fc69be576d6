"""The individual development plan (IPR) with the competence-profile chart and its data table."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph

from advisor_app.domain.entities import BalanceRecord, Competence
from advisor_app.domain.enums import CompetenceKind
from advisor_app.reports.base import (
    ReportMeta,
    ReportStyles,
    content_width,
    data_table,
    make_styles,
    neutral,
    para,
    render,
)
from advisor_app.reports.fonts import REGULAR
from advisor_app.reports.labels import Language, label, pick
from advisor_app.reports.summary import development_section, plan_section, printable_evidence

MAX_LEVEL = 8
"""Highest level of the Polish Qualifications Framework (PRK), the chart's value axis."""


def render_plan(
    record: BalanceRecord,
    *,
    printed_by: str,
    printed_on: dt.date,
    language: Language = "pl",
    large_print: bool = False,
) -> bytes:
    """The development plan of ``record`` as PDF bytes."""
    styles = make_styles(large_print=large_print)
    participant = record.participant
    name = f"{participant.first_name} {participant.last_name}".strip()
    title = pick(language, "Indywidualny Plan Rozwoju", "Individual Development Plan")
    story: list[Flowable] = [Paragraph(escape(title), styles.title)]
    story.append(para(name, styles.subheading))
    goal = record.plan.refined_goal if record.plan else ""
    goal = goal if goal.strip() else record.balance.initial_goal  # refined, else the first
    story.append(Paragraph(escape(pick(language, "Mój cel", "My goal")), styles.heading))
    story.append(para(goal, styles.body) if goal.strip() else neutral(styles, language))
    story += plan_section(record.plan.actions if record.plan else (), styles, language)
    story += development_section(record, styles, language)
    story += profile_section(record, styles, language)
    meta = ReportMeta(
        title=f"{title}: {name}",
        subject=pick(language, "Plan rozwoju po bilansie kompetencji", "Plan after the balance"),
        author=record.balance.advisor_name,
        participant_name=name,
        printed_by=printed_by,
        printed_on=printed_on,
        language=language,
    )
    return render(story, meta)


def profiled(record: BalanceRecord) -> list[Competence]:
    """Competences with a level, in the order knowledge, skills, social competences."""
    order = list(CompetenceKind)
    rated = [c for c in record.competences if c.level is not None]
    return sorted(rated, key=lambda c: order.index(c.kind))


def _short(statement: str, limit: int = 45) -> str:
    return statement if len(statement) <= limit else statement[: limit - 1].rstrip() + "…"


def profile_chart(competences: Sequence[Competence], styles: ReportStyles) -> Drawing:
    """A horizontal bar chart of competence levels; the first competence is drawn at the top."""
    size = styles.body_size * 0.8
    row = size * 2.2
    label_width = content_width() * 0.5
    height = row * len(competences) + size * 4
    drawing = Drawing(content_width(), height, initialFontName=REGULAR)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = size * 2.5
    chart.width = content_width() - label_width - size
    chart.height = row * len(competences)
    # HorizontalBarChart draws the first category at the bottom: reverse to read top-down.
    ordered = list(reversed(competences))
    chart.data = [[float(c.level or 0) for c in ordered]]
    chart.categoryAxis.categoryNames = [_short(c.statement) for c in ordered]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = size
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = MAX_LEVEL
    chart.valueAxis.valueStep = 1
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = size
    chart.bars[0].fillColor = colors.HexColor("#3A6EA5")
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = size
    chart.barLabels.nudge = 8
    drawing.add(chart)
    return drawing


def profile_section(
    record: BalanceRecord, styles: ReportStyles, language: Language
) -> list[Flowable]:
    """The competence profile: the chart, then the same data as a table."""
    out: list[Flowable] = [
        Paragraph(
            escape(pick(language, "Mój profil kompetencji", "My competence profile")),
            styles.heading,
        )
    ]
    competences = profiled(record)
    if not competences:
        return [*out, neutral(styles, language)]
    out.append(profile_chart(competences, styles))
    rows = [
        [
            pick(language, "Kompetencja", "Competence"),
            pick(language, "Rodzaj", "Kind"),
            pick(language, "Poziom PRK", "PQF level"),
            pick(language, "Dowody", "Evidence"),
        ]
    ]
    for competence in competences:
        evidence = "; ".join(e.title for e in printable_evidence(record, competence))
        rows.append(
            [
                competence.statement,
                label(competence.kind, language),
                str(competence.level),
                evidence or "–",
            ]
        )
    width = content_width()
    out.append(
        data_table(
            # Wide enough for "Umiejętności (U)" and "Poziom" in large print.
            rows,
            styles,
            col_widths=[0.34 * width, 0.23 * width, 0.12 * width, 0.31 * width],
        )
    )
    return out
