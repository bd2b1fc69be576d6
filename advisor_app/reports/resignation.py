"""Confirmation of resignation: what the participant gets when they stop the balance.

It states that the participant resigned (date and reason as recorded), which consents were
withdrawn, what was erased and what the project must keep by law, with signature lines. The
summary of a withdrawn balance is never printed: there is no finished result to hand over.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from advisor_app.domain.entities import BalanceRecord
from advisor_app.reports.base import ReportMeta, format_date, make_styles, para, render
from advisor_app.reports.consent import consents_section, signature_section
from advisor_app.reports.labels import Language, pick, tr

__all__ = ["render_resignation"]

_SECTION_NAMES: dict[str, tuple[str, str]] = {
    "goal": ("sytuacja wyjściowa i cel", "starting situation and goal"),
    "meetings": ("spotkania", "meetings"),
    "meeting_notes": ("notatki ze spotkań i zadania domowe", "meeting notes and homework"),
    "experiences": ("doświadczenia", "experiences"),
    "episodes": ("opowieści o zdarzeniach (STAR)", "stories of events (STAR)"),
    "competences": ("kompetencje", "competences"),
    "evidence": ("portfolio (dowody)", "portfolio (evidence)"),
    "development_areas": ("obszary do rozwoju", "development areas"),
    "plan": ("plan rozwoju", "development plan"),
    "feedback": ("informacja zwrotna", "feedback"),
}


def render_resignation(
    record: BalanceRecord,
    *,
    printed_by: str,
    printed_on: dt.date,
    kept: Sequence[str] = ("meetings",),
    language: Language = "pl",
) -> bytes:
    """The confirmation of resignation of a withdrawn balance as PDF bytes.

    Args:
        record: The withdrawn balance (as stored after the resignation).
        printed_by: The advisor printing it.
        printed_on: The print date.
        kept: The sections the legal minimum kept (see ``domain.privacy``).
        language: ``"pl"`` or ``"en"``.

    Raises:
        ValueError: the balance is not withdrawn.
    """
    balance = record.balance
    if balance.withdrawn_at is None:
        raise ValueError(f"balance {balance.id} is not withdrawn")
    styles = make_styles()
    participant = record.participant
    name = f"{participant.first_name} {participant.last_name}".strip()
    title = pick(language, "Potwierdzenie rezygnacji z bilansu", "Confirmation of resignation")
    story: list[Flowable] = [Paragraph(escape(title), styles.title)]
    story.append(para(f"{tr('participant', language)}: {name}", styles.body))
    story.append(para(f"{tr('advisor', language)}: {balance.advisor_name}", styles.body))
    story.append(para(f"{tr('project', language)}: {balance.project_code}", styles.body))
    story.append(
        para(
            pick(language, "Data rezygnacji: ", "Resigned on: ")
            + format_date(balance.withdrawn_at.astimezone(), language),
            styles.body,
        )
    )
    if balance.withdrawal_reason:
        story.append(
            para(pick(language, "Powód: ", "Reason: ") + balance.withdrawal_reason, styles.body)
        )
    story.append(
        Paragraph(
            escape(pick(language, "Co stało się z danymi", "What happened to the data")),
            styles.heading,
        )
    )
    story.append(
        para(
            pick(
                language,
                "Bilans został przerwany. Podsumowanie bilansu nie zostanie wydane. Zdjęcia i "
                "pliki przechowywane na podstawie zgody zostały usunięte z komputera doradcy; "
                "zapisano też żądanie usunięcia ich kopii z serwera.",
                "The balance was stopped. No summary of the balance will be issued. Photos and "
                "files kept on the basis of consent were deleted from the advisor's computer; "
                "a request to delete their copies from the server was recorded too.",
            ),
            styles.body,
        )
    )
    kept_names = ", ".join(pick(language, *_SECTION_NAMES[s]) for s in kept if s in _SECTION_NAMES)
    story.append(
        para(
            pick(
                language,
                "Projekt przechowuje wyłącznie dane wymagane przepisami: dane uczestnika, umowę, "
                "zgody i ich wycofanie",
                "The project keeps only the data the law requires: the participant's data, the "
                "agreement, the consents and their withdrawal",
            )
            + (f", {kept_names}." if kept_names else "."),
            styles.body,
        )
    )
    story += consents_section(record.consents, styles, language)
    story += signature_section(styles, language)
    meta = ReportMeta(
        title=f"{title}: {name}",
        subject=pick(language, "Potwierdzenie rezygnacji", "Confirmation of resignation"),
        author=balance.advisor_name,
        participant_name=name,
        printed_by=printed_by,
        printed_on=printed_on,
        language=language,
    )
    return render(story, meta)
