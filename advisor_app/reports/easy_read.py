"""The easy-to-read (ETR) summary for the participant (DOMAIN.md §2.9 print formats, SC07).

One or two A4 pages in large print (18 pt body), one short sentence per line, direct address
("Umiesz: …", "Twój krok 1: …") and a simple pictogram drawn with ReportLab graphics beside each
strength and plan step, so that a helper can go through it with a person who reads with
difficulty. Every printed sentence passes through :func:`advisor_app.reports.style.simplify`;
its findings come back with the PDF so the GUI can show them before printing.

Printed: first name and surname, strengths, the goal, the plan steps with their dates, the
advisor's name and the date of the next meeting. Never printed: advisor notes, meeting notes,
diagnostic results, evidence, PESEL or other identifiers.

Polish by default; in English ("You can: …", "Your step 1: …", the English jargon list) when the
participant communicates in English (:func:`advisor_app.reports.labels.language_for`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from advisor_app.domain.entities import BalanceRecord, Competence, PlanAction
from advisor_app.domain.enums import ActionStatus
from advisor_app.domain.partial_date import PartialDate
from advisor_app.reports.base import ReportMeta, content_width, render
from advisor_app.reports.fonts import BOLD, REGULAR, register_fonts
from advisor_app.reports.labels import Language
from advisor_app.reports.style import (
    StyleFinding,
    StyleRules,
    load_style_rules,
    simplify,
    split_sentences,
)

BODY_SIZE = 18.0
LEADING = BODY_SIZE * 1.5
HEADING_SIZE = 24.0
TITLE_SIZE = 30.0
ICON_SIZE = 30.0
MAX_PAGES = 2
MAX_ITEMS = 5

_INK = colors.HexColor("#1A1A1A")
_HEADING = colors.HexColor("#1F3A5F")
_GREEN = colors.HexColor("#2E7D4F")
_BLUE = colors.HexColor("#2B5C9E")
_AMBER = colors.HexColor("#B5651D")
_GREY = colors.HexColor("#5A5A5A")
_ICON_COLUMN = ICON_SIZE + 14

_MONTHS_NOMINATIVE = [
    "styczeń",
    "luty",
    "marzec",
    "kwiecień",
    "maj",
    "czerwiec",
    "lipiec",
    "sierpień",
    "wrzesień",
    "październik",
    "listopad",
    "grudzień",
]
_MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_MONTHS_GENITIVE = [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
]


@dataclass(frozen=True, slots=True, kw_only=True)
class _Wording:
    """The fixed sentences of the document in one language (each short, one idea)."""

    title: str
    subject: str
    intro: tuple[str, ...]
    strengths: str
    no_strengths: str
    can: str
    goal: str
    no_goal: str
    steps: str
    step: str
    due: str
    no_steps: str
    helper: str
    advisor: str
    call: str
    next_meeting: str
    more_info: str
    received: str
    signature: str
    date: str


_WORDING: dict[Language, _Wording] = {
    "pl": _Wording(
        title="Twój bilans kompetencji",
        subject="Podsumowanie bilansu w wersji łatwej do czytania (ETR)",
        intro=("Tu jest krótko to, co razem ustaliliśmy.", "Możesz to czytać z kimś bliskim."),
        strengths="Co umiesz",
        no_strengths="O tym, co umiesz, porozmawiasz z doradcą.",
        can="Umiesz: {what}.",
        goal="Twój cel",
        no_goal="Twój cel ustalisz z doradcą.",
        steps="Twoje kroki",
        step="Twój krok {number}: {what}.",
        due="Termin: {date}.",
        no_steps="Twoje kroki ustalisz z doradcą.",
        helper="Kto ci pomoże",
        advisor="Twój doradca: {name}.",
        call="Zadzwoń do swojego doradcy.",
        next_meeting="Następne spotkanie: {date}.",
        more_info="Więcej informacji jest w pełnym podsumowaniu.",
        received="Dostałem ten dokument. / Dostałam ten dokument.",
        signature="Podpis:",
        date="Data:",
    ),
    "en": _Wording(
        title="Your skills review",
        subject="Summary of the balance in easy-to-read English (ETR)",
        intro=(
            "This is a short note of what we agreed.",
            "You can read it with someone you trust.",
        ),
        strengths="What you can do",
        no_strengths="You will talk about what you can do with your advisor.",
        can="You can: {what}.",
        goal="Your goal",
        no_goal="You will set your goal with your advisor.",
        steps="Your steps",
        step="Your step {number}: {what}.",
        due="By: {date}.",
        no_steps="You will plan your steps with your advisor.",
        helper="Who will help you",
        advisor="Your advisor: {name}.",
        call="Call your advisor.",
        next_meeting="Next meeting: {date}.",
        more_info="There is more in the full summary.",
        received="I got this document.",
        signature="Signature:",
        date="Date:",
    ),
}


@dataclass(frozen=True, slots=True)
class EasyReadResult:
    """The rendered document and the style findings of its text (jargon replaced, long lines)."""

    pdf: bytes
    findings: tuple[StyleFinding, ...]


def render_easy_read(
    record: BalanceRecord,
    *,
    printed_by: str,
    printed_on: dt.date,
    language: Language = "pl",
    rules: StyleRules | None = None,
) -> EasyReadResult:
    """Render the ETR summary of ``record``; at most two A4 pages.

    At most five strengths and five plan steps are printed; when there are more, or when the
    text would not fit on two pages, fewer are printed and the document ends with a pointer to
    the full summary.

    Args:
        record: The balance.
        printed_by: The advisor printing it (footer).
        printed_on: The print date (footer; also decides whether the next meeting is ahead).
        language: ``"pl"`` or ``"en"``: the wording, the dates and the jargon list.
        rules: Style rules; the bundled list of ``language`` when None.
    """
    rules = rules if rules is not None else load_style_rules(language=language)
    words = _WORDING[language]
    participant = record.participant
    name = f"{participant.first_name} {participant.last_name}".strip()
    meta = ReportMeta(
        title=f"{words.title} – {name}",
        subject=words.subject,
        author=record.balance.advisor_name,
        participant_name=name,
        printed_by=printed_by,
        printed_on=printed_on,
        language=language,
    )
    limit = MAX_ITEMS
    while True:
        writer = _Writer(rules, language)
        story = _story(record, writer, limit, printed_on)
        pdf = render(story, meta)
        if limit <= 1 or _page_count(pdf) <= MAX_PAGES:
            return EasyReadResult(pdf=pdf, findings=writer.findings())
        limit -= 1


class _Writer:
    """Turns text into large-print paragraphs, simplifying it and collecting findings."""

    def __init__(self, rules: StyleRules, language: Language) -> None:
        register_fonts()
        self._rules = rules
        self.language: Language = language
        self.words = _WORDING[language]
        self._found: list[StyleFinding] = []
        self.title = ParagraphStyle(
            "EtrTitle",
            fontName=BOLD,
            fontSize=TITLE_SIZE,
            leading=TITLE_SIZE * 1.25,
            textColor=_HEADING,
            spaceAfter=6,
        )
        self.heading = ParagraphStyle(
            "EtrHeading",
            fontName=BOLD,
            fontSize=HEADING_SIZE,
            leading=HEADING_SIZE * 1.3,
            textColor=_HEADING,
            spaceBefore=16,
            spaceAfter=8,
            keepWithNext=1,
        )
        self.body = ParagraphStyle(
            "EtrBody",
            fontName=REGULAR,
            fontSize=BODY_SIZE,
            leading=LEADING,
            textColor=_INK,
            spaceAfter=4,
        )
        self.name = ParagraphStyle(
            "EtrName", parent=self.body, fontName=BOLD, fontSize=22, leading=30, spaceAfter=8
        )

    def lines(self, value: str, style: ParagraphStyle | None = None) -> list[Paragraph]:
        """One paragraph per sentence of ``value``, after replacing jargon."""
        simplified = self._simplify(value)
        return [
            Paragraph(escape(sentence), style or self.body)
            for sentence in split_sentences(simplified)
        ]

    def line(self, value: str, style: ParagraphStyle | None = None) -> Paragraph:
        """One paragraph holding ``value`` (already one idea), after replacing jargon."""
        return Paragraph(escape(self._simplify(value)), style or self.body)

    def findings(self) -> tuple[StyleFinding, ...]:
        """The findings of everything written so far, without repeats, in order."""
        return tuple(dict.fromkeys(self._found))

    def _simplify(self, value: str) -> str:
        simplified, found = simplify(" ".join(value.split()), self._rules)
        self._found.extend(found)
        return simplified


def _story(record: BalanceRecord, w: _Writer, limit: int, printed_on: dt.date) -> list[Flowable]:
    participant, words, lang = record.participant, w.words, w.language
    story: list[Flowable] = [
        Paragraph(escape(words.title), w.title),
        Paragraph(escape(f"{participant.first_name} {participant.last_name}"), w.name),
        *(w.line(sentence) for sentence in words.intro),
    ]
    more = False

    strengths = _strengths(record)
    story.append(Paragraph(escape(words.strengths), w.heading))
    if strengths:
        more |= len(strengths) > limit
        for competence in strengths[:limit]:
            story.append(_icon_row(_check_icon(), [w.line(_can(competence.statement, words))]))
    else:
        story.append(w.line(words.no_strengths))

    story.append(Paragraph(escape(words.goal), w.heading))
    goal = record.plan.refined_goal if record.plan and record.plan.refined_goal.strip() else ""
    goal = goal or record.balance.initial_goal
    if goal.strip():
        story.append(_icon_row(_flag_icon(), w.lines(goal)))
    else:
        story.append(w.line(words.no_goal))

    steps = _steps(record)
    story.append(Paragraph(escape(words.steps), w.heading))
    if steps:
        more |= len(steps) > limit
        for number, action in enumerate(steps[:limit], start=1):
            text = [w.line(words.step.format(number=number, what=_sentence(action.description)))]
            text.append(w.line(words.due.format(date=_due(action.due, lang))))
            story.append(_icon_row(_step_icon(number), text))
    else:
        story.append(w.line(words.no_steps))

    help_lines = [w.line(words.advisor.format(name=record.balance.advisor_name))]
    help_lines.append(w.line(words.call))
    next_meeting = _next_meeting(record)
    if next_meeting is not None and next_meeting >= printed_on:
        help_lines.append(
            w.line(
                words.next_meeting.format(
                    date=_day(next_meeting.day, next_meeting.month, next_meeting.year, lang)
                )
            )
        )
    story.append(
        KeepTogether(
            [Paragraph(escape(words.helper), w.heading), _icon_row(_person_icon(), help_lines)]
        )
    )

    if more:
        story.append(Spacer(1, 8))
        story.append(w.line(words.more_info))
    story.append(Spacer(1, 18))
    story.append(
        KeepTogether(
            [
                w.line(words.received),
                Spacer(1, 22),
                _signature_line(w.body, words),
            ]
        )
    )
    return story


def _strengths(record: BalanceRecord) -> list[Competence]:
    marked = set(record.plan.strength_competence_ids) if record.plan else set()
    return [c for c in record.competences if c.strength or c.id in marked]


def _steps(record: BalanceRecord) -> list[PlanAction]:
    if record.plan is None:
        return []
    actions = [a for a in record.plan.actions if a.status is not ActionStatus.ABANDONED]
    return sorted(actions, key=lambda action: action.due.sort_key)


def _next_meeting(record: BalanceRecord) -> dt.date | None:
    dates = [m.next_date for m in record.meetings if m.next_date is not None]
    return max(dates) if dates else None


def _can(statement: str, words: _Wording) -> str:
    """ "Umiesz: " / "You can: " and the statement starting in lower case, as one sentence."""
    text = _sentence(statement)
    return words.can.format(what=f"{text[:1].lower()}{text[1:]}")


def _sentence(value: str) -> str:
    """The text on one line without its final full stop (the caller adds punctuation)."""
    return " ".join(value.split()).rstrip(" .")


def _due(value: PartialDate, language: Language) -> str:
    """A deadline in words: "rok 2026" / "the end of 2026", "marzec 2026", "5 marca 2026"."""
    if value.month is None:
        return f"rok {value.year}" if language == "pl" else f"the end of {value.year}"
    if value.day is None:
        months = _MONTHS_NOMINATIVE if language == "pl" else _MONTHS_EN
        return f"{months[value.month - 1]} {value.year}"
    return _day(value.day, value.month, value.year, language)


def _day(day: int, month: int, year: int, language: Language) -> str:
    """A day in words: "5 marca 2026" / "5 March 2026"."""
    months = _MONTHS_GENITIVE if language == "pl" else _MONTHS_EN
    return f"{day} {months[month - 1]} {year}"


def _page_count(pdf: bytes) -> int:
    """Pages in a ReportLab PDF (its page objects are never compressed)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


# --- layout helpers -----------------------------------------------------------------------


def _icon_row(icon: Drawing, text: Sequence[Flowable]) -> Table:
    """A pictogram in the left column and its lines of text beside it."""
    table = Table(
        [[icon, list(text)]],
        colWidths=[_ICON_COLUMN, content_width() - _ICON_COLUMN],
        hAlign="LEFT",
        splitInRow=1,  # a very long text beside its icon splits across pages
    )
    table.setStyle(
        TableStyle(
            [
                # Tables set their own font (Helvetica) even around flowables.
                ("FONT", (0, 0), (-1, -1), REGULAR, BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 12),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


def _signature_line(style: ParagraphStyle, words: _Wording) -> Table:
    cells = [
        [Paragraph(escape(words.signature), style), "", Paragraph(escape(words.date), style), ""]
    ]
    width = content_width()
    table = Table(
        cells,
        # Wide enough for "Signature:" at 18 pt on one line.
        colWidths=[width * 0.27, width * 0.33, width * 0.14, width * 0.26],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                # Tables set their own font (Helvetica) even for empty cells.
                ("FONT", (0, 0), (-1, -1), REGULAR, BODY_SIZE),
                ("LINEBELOW", (1, 0), (1, 0), 1, _GREY),
                ("LINEBELOW", (3, 0), (3, 0), 1, _GREY),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _icon(draw: Callable[[Drawing, float], None]) -> Drawing:
    # initialFontName: the renderer would otherwise select (and reference) Helvetica.
    drawing = Drawing(ICON_SIZE, ICON_SIZE, initialFontName=REGULAR)
    draw(drawing, ICON_SIZE)
    return drawing


def _check_icon() -> Drawing:
    """A white check mark in a green circle (a strength)."""

    def draw(d: Drawing, s: float) -> None:
        d.add(Circle(s / 2, s / 2, s / 2, fillColor=_GREEN, strokeColor=None))
        d.add(
            PolyLine(
                [s * 0.27, s * 0.52, s * 0.44, s * 0.34, s * 0.74, s * 0.68],
                strokeColor=colors.white,
                strokeWidth=s * 0.11,
                strokeLineCap=1,
                strokeLineJoin=1,
            )
        )

    return _icon(draw)


def _flag_icon() -> Drawing:
    """A flag on a pole (the goal)."""

    def draw(d: Drawing, s: float) -> None:
        d.add(Circle(s / 2, s / 2, s / 2, fillColor=_AMBER, strokeColor=None))
        d.add(
            Line(
                s * 0.36,
                s * 0.2,
                s * 0.36,
                s * 0.8,
                strokeColor=colors.white,
                strokeWidth=s * 0.07,
                strokeLineCap=1,
            )
        )
        d.add(
            Polygon(
                [s * 0.38, s * 0.8, s * 0.74, s * 0.67, s * 0.38, s * 0.54],
                fillColor=colors.white,
                strokeColor=None,
            )
        )

    return _icon(draw)


def _step_icon(number: int) -> Drawing:
    """The step number in a blue circle (a plan step)."""

    def draw(d: Drawing, s: float) -> None:
        d.add(Circle(s / 2, s / 2, s / 2, fillColor=_BLUE, strokeColor=None))
        d.add(
            String(
                s / 2,
                s * 0.3,
                str(number),
                fontName=BOLD,
                fontSize=s * 0.55,
                fillColor=colors.white,
                textAnchor="middle",
            )
        )

    return _icon(draw)


def _person_icon() -> Drawing:
    """A head and shoulders (the person who helps)."""

    def draw(d: Drawing, s: float) -> None:
        d.add(Rect(0, 0, s, s, rx=s * 0.18, ry=s * 0.18, fillColor=_HEADING, strokeColor=None))
        d.add(Circle(s / 2, s * 0.64, s * 0.16, fillColor=colors.white, strokeColor=None))
        d.add(
            Polygon(
                [s * 0.2, s * 0.14, s * 0.8, s * 0.14, s * 0.68, s * 0.44, s * 0.32, s * 0.44],
                fillColor=colors.white,
                strokeColor=None,
            )
        )

    return _icon(draw)
