"""Polish and English wording of printed documents, Qt-free.

The GUI translates enum names with Qt (``ui/enum_text.py``); reports cannot import Qt, so the
names of the values they print, and the fixed phrases of the documents, live here.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from advisor_app.domain.entities import Participant
from advisor_app.domain.enums import (
    ActionKind,
    ActionOwner,
    CompetenceKind,
    ConsentForm,
    ConsentPurpose,
    LegalBasis,
    Priority,
    Variant,
)

Language = Literal["pl", "en"]

_ENUMS: dict[StrEnum, tuple[str, str]] = {
    Variant.BASIC: ("podstawowy", "basic"),
    Variant.IN_DEPTH: ("pogłębiony", "in-depth"),
    Variant.ONLINE_FOLLOWUP: ("kontynuacja bilansu online", "follow-up of the online balance"),
    CompetenceKind.KNOWLEDGE: ("Wiedza (W)", "Knowledge (K)"),
    CompetenceKind.SKILL: ("Umiejętności (U)", "Skills (S)"),
    CompetenceKind.SOCIAL: ("Kompetencje społeczne (KS)", "Social competences (SC)"),
    Priority.HIGH: ("wysoki", "high"),
    Priority.MEDIUM: ("średni", "medium"),
    Priority.LOW: ("niski", "low"),
    ActionKind.TRAINING: ("szkolenie", "training"),
    ActionKind.VALIDATION: ("walidacja kwalifikacji", "validation of a qualification"),
    ActionKind.EXAM: ("egzamin", "exam"),
    ActionKind.RECOGNITION_OF_FOREIGN_EDUCATION: (
        "uznanie wykształcenia zdobytego za granicą",
        "recognition of foreign education",
    ),
    ActionKind.LANGUAGE_COURSE: ("kurs językowy", "language course"),
    ActionKind.SELF_STUDY: ("nauka samodzielna", "self-study"),
    ActionKind.INTERNSHIP: ("staż lub praktyka", "internship or work placement"),
    ActionKind.JOB_SEARCH: ("szukanie pracy", "job search"),
    ActionKind.CONSULTATION: ("konsultacja", "consultation"),
    ActionKind.OTHER: ("inne działanie", "another action"),
    ActionOwner.PARTICIPANT: ("ja", "me"),
    ActionOwner.ADVISOR: ("doradca", "advisor"),
    ActionOwner.INSTITUTION: ("instytucja", "institution"),
    ConsentPurpose.PROJECT_PROCESSING: (
        "przetwarzanie danych w projekcie",
        "processing of project data",
    ),
    ConsentPurpose.EVIDENCE_PHOTOS: ("zdjęcia prac i dowodów", "photos of work and evidence"),
    ConsentPurpose.THIRD_PARTY_IMAGES: ("wizerunek innych osób", "images of other people"),
    ConsentPurpose.PORTFOLIO_SHARING: (
        "udostępnienie portfolio poza WUP",
        "sharing the portfolio outside the WUP",
    ),
    ConsentPurpose.CONTACT_AFTER_PROJECT: (
        "kontakt po zakończeniu projektu",
        "contact after the project",
    ),
    ConsentPurpose.OTHER: ("inny cel", "another purpose"),
    LegalBasis.CONSENT: ("art. 6 ust. 1 lit. a RODO (zgoda)", "Art. 6(1)(a) GDPR (consent)"),
    LegalBasis.LEGAL_OBLIGATION: (
        "art. 6 ust. 1 lit. c RODO (obowiązek prawny)",
        "Art. 6(1)(c) GDPR (legal obligation)",
    ),
    LegalBasis.PUBLIC_TASK: (
        "art. 6 ust. 1 lit. e RODO (zadanie publiczne)",
        "Art. 6(1)(e) GDPR (public task)",
    ),
    LegalBasis.EMPLOYMENT_SOCIAL_SECURITY: (
        "art. 9 ust. 2 lit. b RODO (zatrudnienie i zabezpieczenie społeczne)",
        "Art. 9(2)(b) GDPR (employment and social security)",
    ),
    LegalBasis.SUBSTANTIAL_PUBLIC_INTEREST: (
        "art. 9 ust. 2 lit. g RODO (ważny interes publiczny)",
        "Art. 9(2)(g) GDPR (substantial public interest)",
    ),
    ConsentForm.SIGNED_PAPER: ("podpis na papierze", "signed on paper"),
    ConsentForm.SIGNED_ON_SCREEN: ("podpis na ekranie", "signed on the screen"),
    ConsentForm.ORAL_WITH_WITNESS: ("ustnie, przy świadku", "oral, with a witness"),
}

_PHRASES: dict[str, tuple[str, str]] = {
    "not_specified": ("Nie określono.", "Not specified."),
    "printed_by": ("Wydrukował(a): {name}, {date}", "Printed by: {name}, {date}"),
    "page_of": ("strona {page} z {total}", "page {page} of {total}"),
    "participant": ("Uczestnik/uczestniczka", "Participant"),
    "advisor": ("Doradca", "Advisor"),
    "project": ("Projekt", "Project"),
    "variant": ("Wariant bilansu", "Balance variant"),
    "started": ("Rozpoczęcie", "Started"),
    "finished": ("Zakończenie", "Finished"),
    "meetings": ("Spotkania", "Meetings"),
    "in_progress": ("w toku", "in progress"),
}


def label(value: StrEnum, language: Language) -> str:
    """The printed name of an enum value; its wire code when the table has no entry."""
    names = _ENUMS.get(value)
    if names is None:
        return str(value)
    return names[0] if language == "pl" else names[1]


def tr(key: str, language: Language) -> str:
    """A fixed phrase of the documents (see ``_PHRASES``)."""
    pl, en = _PHRASES[key]
    return pl if language == "pl" else en


def pick(language: Language, pl: str, en: str) -> str:
    """Choose the Polish or the English wording written inline in a document module."""
    return pl if language == "pl" else en


def language_for(participant: Participant) -> Language:
    """The document language for a participant: English when they communicate in English."""
    return "en" if participant.communication_language.lower().startswith("en") else "pl"
