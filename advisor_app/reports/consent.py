"""The contract and consent form to sign; usable before any interview (no record needed)."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from advisor_app.domain.entities import Balance, BalanceRecord, Consent, Contract, Participant
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
from advisor_app.reports.labels import Language, label, pick, tr

CHECKED, UNCHECKED = "\u2612", "\u2610"

CONTRACT_SENTENCES: dict[str, tuple[str, str]] = {
    "informed_purpose": (
        "Wiem, po co jest bilans kompetencji.",
        "I know what the competence balance is for.",
    ),
    "informed_course": (
        "Wiem, jak przebiega bilans i z jakich etapów się składa.",
        "I know how the balance runs and what its stages are.",
    ),
    "informed_effort": (
        "Wiem, że bilans wymaga mojej pracy, także między spotkaniami.",
        "I know the balance needs my own work, also between meetings.",
    ),
    "informed_duration": (
        "Wiem, ile czasu potrwa bilans.",
        "I know how long the balance will take.",
    ),
    "informed_meetings": (
        "Wiem, ile będzie spotkań i gdzie się odbędą.",
        "I know how many meetings there will be and where.",
    ),
    "voluntary": (
        "Biorę udział dobrowolnie i mogę zrezygnować w każdej chwili.",
        "I take part voluntarily and may stop at any time.",
    ),
    "confidentiality": (
        "Wiem, że wyniki bilansu są poufne i należą do mnie.",
        "I know the results are confidential and belong to me.",
    ),
    "data_processing": (
        "Wiem, kto i w jakim celu przetwarza moje dane osobowe.",
        "I know who processes my personal data and why.",
    ),
}


def render_consent(
    subject: BalanceRecord | Participant,
    *,
    printed_by: str,
    printed_on: dt.date,
    balance: Balance | None = None,
    language: Language = "pl",
    large_print: bool = False,
) -> bytes:
    """The contract and consent form as PDF bytes.

    ``subject`` is a whole record, or only the participant (before any interview); with a
    participant alone, pass ``balance`` to tick the contract items already covered.
    """
    if isinstance(subject, BalanceRecord):
        participant, balance, consents = subject.participant, subject.balance, subject.consents
    else:
        participant, consents = subject, ()
    styles = make_styles(large_print=large_print)
    name = f"{participant.first_name} {participant.last_name}".strip()
    title = pick(language, "Umowa i zgody – bilans kompetencji", "Agreement and consents")
    story: list[Flowable] = [Paragraph(escape(title), styles.title)]
    story.append(
        para(f"{tr('participant', language)}: {name}", styles.body),
    )
    if balance is not None:
        story.append(para(f"{tr('advisor', language)}: {balance.advisor_name}", styles.body))
        story.append(para(f"{tr('project', language)}: {balance.project_code}", styles.body))
    story += contract_section(balance.contract if balance else Contract(), styles, language)
    story += consents_section(consents, styles, language)
    story += signature_section(styles, language)
    meta = ReportMeta(
        title=f"{title}: {name}",
        subject=pick(language, "Umowa i zgody do podpisu", "Agreement and consents to sign"),
        author=balance.advisor_name if balance else printed_by,
        participant_name=name,
        printed_by=printed_by,
        printed_on=printed_on,
        language=language,
    )
    return render(story, meta)


def contract_section(
    contract: Contract, styles: ReportStyles, language: Language
) -> list[Flowable]:
    """The eight contract items as sentences with a box each (ticked when already covered)."""
    out: list[Flowable] = [
        Paragraph(escape(pick(language, "Ustalenia", "What we agreed")), styles.heading)
    ]
    for field_name, (pl, en) in CONTRACT_SENTENCES.items():
        box = CHECKED if getattr(contract, field_name) else UNCHECKED
        out.append(Paragraph(escape(pick(language, pl, en)), styles.bullet, bulletText=box))
    return out


def consents_section(
    consents: tuple[Consent, ...], styles: ReportStyles, language: Language
) -> list[Flowable]:
    """The recorded consents and legal bases: purpose, basis, clause version, date, form."""
    out: list[Flowable] = [Paragraph(escape(pick(language, "Zgody", "Consents")), styles.heading)]
    if not consents:
        return [*out, neutral(styles, language)]
    rows = [
        [
            pick(language, "Cel", "Purpose"),
            pick(language, "Podstawa prawna", "Legal basis"),
            pick(language, "Wersja klauzuli", "Clause version"),
            pick(language, "Udzielona", "Given"),
            pick(language, "Forma", "Form"),
        ]
    ]
    for consent in consents:
        given = format_date(consent.given_at, language)
        if consent.withdrawn_at is not None:
            given += pick(language, " (wycofana ", " (withdrawn ")
            given += format_date(consent.withdrawn_at, language) + ")"
        rows.append(
            [
                label(consent.purpose, language),
                label(consent.legal_basis, language),
                consent.text_version,
                given,
                label(consent.form, language),
            ]
        )
    width = content_width()
    widths = [0.19 * width, 0.24 * width, 0.25 * width, 0.15 * width, 0.17 * width]
    return [*out, data_table(rows, styles, col_widths=widths)]


def signature_section(styles: ReportStyles, language: Language) -> list[Flowable]:
    """Date and signature lines for the participant and the advisor."""
    line = "_" * 30
    return [
        KeepTogether(
            [
                Spacer(1, 12 * mm),
                para(pick(language, "Data: ", "Date: ") + line, styles.body),
                Spacer(1, 10 * mm),
                para(
                    pick(language, "Podpis lub znak uczestnika: ", "Participant's signature: ")
                    + line,
                    styles.body,
                ),
                Spacer(1, 10 * mm),
                para(
                    pick(language, "Podpis doradcy: ", "Advisor's signature: ") + line, styles.body
                ),
            ]
        )
    ]
