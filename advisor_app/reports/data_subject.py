"""Everything held about a participant, readable (RODO art. 15 access / art. 20 portability).

The machine-readable part of a data-subject export is the set of balance documents; this PDF is
the copy a person can read: master data, then per balance its status, consents, meetings,
experiences, competences, evidence, plan and history, in plain tables.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from enum import StrEnum
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from advisor_app.domain.entities import AuditEvent, BalanceRecord, Participant
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
from advisor_app.reports.consent import consents_section
from advisor_app.reports.labels import Language, label, pick, tr

__all__ = ["render_data_subject_copy"]


def _value(value: object, language: Language) -> str:
    if value is None or value == "" or value == ():
        return tr("not_specified", language)
    if isinstance(value, bool):
        return pick(language, "tak", "yes") if value else pick(language, "nie", "no")
    if isinstance(value, dt.date | dt.datetime):
        return format_date(value, language)
    if isinstance(value, tuple):
        return ", ".join(_value(v, language) for v in value)
    if isinstance(value, StrEnum):
        return label(value, language)
    return str(value)


def _participant_rows(participant: Participant, language: Language) -> list[list[str]]:
    fields = (
        ("first_name", "Imię", "First name"),
        ("last_name", "Nazwisko", "Last name"),
        ("pesel", "PESEL", "PESEL"),
        ("birth_date", "Data urodzenia", "Date of birth"),
        ("gmina", "Gmina", "Municipality"),
        ("powiat", "Powiat", "County"),
        ("locality", "Miejscowość", "Locality"),
        ("phone", "Telefon", "Phone"),
        ("email", "E-mail", "E-mail"),
        ("education_level", "Wykształcenie", "Education"),
        ("labour_market_status", "Status na rynku pracy", "Labour market status"),
        ("citizenship", "Obywatelstwo", "Citizenship"),
        ("disability", "Niepełnosprawność", "Disability"),
        ("communication_language", "Język komunikacji", "Language"),
        ("accessibility_needs", "Potrzeby dostępności", "Accessibility needs"),
    )
    rows = [[pick(language, "Dane", "Data"), pick(language, "Wartość", "Value")]]
    for attribute, pl, en in fields:
        value = getattr(participant, attribute, None)
        rows.append([pick(language, pl, en), _value(value, language)])
    return rows


def _balance_section(
    record: BalanceRecord, styles: ReportStyles, language: Language
) -> list[Flowable]:
    b = record.balance
    width = content_width()
    out: list[Flowable] = [
        Paragraph(
            escape(
                pick(language, "Bilans ", "Balance ")
                + f"{b.project_code} – {format_date(b.created_at, language)}"
            ),
            styles.heading,
        ),
        para(f"{pick(language, 'Status', 'Status')}: {label(b.status, language)}", styles.body),
        para(f"{tr('advisor', language)}: {b.advisor_name}", styles.body),
    ]
    if b.initial_goal:
        out.append(para(pick(language, "Cel: ", "Goal: ") + b.initial_goal, styles.body))
    out += consents_section(record.consents, styles, language)
    sections: list[tuple[str, str, Sequence[list[str]]]] = [
        (
            "Spotkania",
            "Meetings",
            [[format_date(m.date, language), m.place, m.notes] for m in record.meetings],
        ),
        (
            "Doświadczenia",
            "Experiences",
            [[e.title, e.organisation, e.achievements] for e in record.experiences],
        ),
        (
            "Kompetencje",
            "Competences",
            [
                [c.statement, label(c.kind, language), label(c.status, language)]
                for c in record.competences
            ],
        ),
        (
            "Portfolio",
            "Portfolio",
            [[e.title, e.description, str(len(e.files))] for e in record.evidence],
        ),
        (
            "Plan rozwoju",
            "Development plan",
            [
                [a.description, label(a.kind, language), label(a.status, language)]
                for a in (record.plan.actions if record.plan else ())
            ],
        ),
    ]
    for pl, en, rows in sections:
        out.append(Paragraph(escape(pick(language, pl, en)), styles.subheading))
        if rows:
            header = [pick(language, "Pozycja", "Item"), "", ""]
            out.append(
                data_table(
                    [header, *rows], styles, col_widths=[0.35 * width, 0.3 * width, 0.35 * width]
                )
            )
        else:
            out.append(neutral(styles, language))
    out += _history(record.audit, styles, language)
    return out


_ACTIONS: dict[str, tuple[str, str]] = {
    "create": ("utworzenie", "created"),
    "update": ("zmiana", "changed"),
    "add": ("dodanie", "added"),
    "remove": ("usunięcie", "removed"),
    "finish": ("zakończenie", "finished"),
    "revise": ("nowa wersja", "new revision"),
    "withdraw": ("rezygnacja", "resignation"),
    "consent_withdraw": ("wycofanie zgody", "consent withdrawn"),
    "erase": ("trwałe usunięcie", "erased"),
    "print": ("wydruk", "printed"),
    "export": ("eksport", "exported"),
    "export_participant": ("eksport danych uczestnika", "participant data exported"),
    "handover": ("przekazanie innemu doradcy", "handed over"),
}


def _history(
    events: Sequence[AuditEvent], styles: ReportStyles, language: Language
) -> list[Flowable]:
    out: list[Flowable] = [
        Paragraph(escape(pick(language, "Historia zmian", "History of changes")), styles.subheading)
    ]
    if not events:
        return [*out, neutral(styles, language)]
    rows = [
        [
            pick(language, "Kiedy", "When"),
            pick(language, "Co", "What"),
            pick(language, "Czego dotyczy", "Concerning"),
        ]
    ]
    rows += [
        [
            format_date(e.at, language),
            pick(language, *_ACTIONS.get(e.action, (e.action,) * 2)),
            e.entity,
        ]
        for e in events
    ]
    width = content_width()
    return [*out, data_table(rows, styles, col_widths=[0.25 * width, 0.3 * width, 0.45 * width])]


def render_data_subject_copy(
    participant: Participant,
    records: Sequence[BalanceRecord],
    *,
    participant_events: Sequence[AuditEvent] = (),
    printed_by: str,
    printed_on: dt.date,
    language: Language = "pl",
) -> bytes:
    """The readable copy of everything held about ``participant`` as PDF bytes."""
    styles = make_styles()
    name = f"{participant.first_name} {participant.last_name}".strip()
    title = pick(language, "Kopia danych osobowych", "Copy of personal data")
    story: list[Flowable] = [Paragraph(escape(title), styles.title)]
    story.append(
        para(
            pick(
                language,
                "Dane przechowywane na komputerze doradcy (art. 15 i 20 RODO).",
                "Data held on the advisor's computer (GDPR art. 15 and 20).",
            ),
            styles.body,
        )
    )
    width = content_width()
    story.append(
        data_table(
            _participant_rows(participant, language),
            styles,
            col_widths=[0.35 * width, 0.65 * width],
        )
    )
    story += _history(participant_events, styles, language)
    for record in records:
        story += _balance_section(record, styles, language)
    meta = ReportMeta(
        title=f"{title}: {name}",
        subject=title,
        author=printed_by,
        participant_name=name,
        printed_by=printed_by,
        printed_on=printed_on,
        language=language,
    )
    return render(story, meta)
