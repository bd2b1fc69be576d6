"""Translated display texts of domain enumerations (context ``Enum``).

The tables hold the English source texts marked with ``QT_TRANSLATE_NOOP`` so ``lupdate``
extracts them; :func:`enum_text` translates at call time, so a language switch takes effect on
the next repaint. Texts that would be ambiguous in one context ("Other") say what they are.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from advisor_app.domain.enums import (
    AccessibilityNeed,
    ActionKind,
    ActionOwner,
    ActionStatus,
    BalanceStatus,
    CompetenceKind,
    CompetenceStatus,
    ConsentForm,
    ConsentPurpose,
    CriterionRating,
    EducationLevel,
    EvidenceKind,
    ExperienceSource,
    FeedbackForm,
    GoalType,
    IdDocumentKind,
    Intensity,
    LabourMarketStatus,
    LegalBasis,
    LifeArea,
    Priority,
    Reason,
    Recognition,
    RequirementSource,
    Sex,
    Stage,
    Translation,
    Variant,
    Visibility,
)

__all__ = ["COMMUNICATION_LANGUAGES", "enum_text", "language_name", "members_with_text"]

# Keyed by class first: members of different StrEnums compare equal when their values do
# (LabourMarketStatus.OTHER == AccessibilityNeed.OTHER), so one flat dict would mix them up.
# Values are typed ``object`` because PySide's stubs declare QT_TRANSLATE_NOOP that way.
_TEXTS: dict[type[StrEnum], dict[str, object]] = {
    Variant: {
        Variant.BASIC: QT_TRANSLATE_NOOP("Enum", "Basic"),
        Variant.IN_DEPTH: QT_TRANSLATE_NOOP("Enum", "In-depth"),
        Variant.ONLINE_FOLLOWUP: QT_TRANSLATE_NOOP("Enum", "Follow-up of the online balance"),
    },
    BalanceStatus: {
        BalanceStatus.DRAFT: QT_TRANSLATE_NOOP("Enum", "In progress"),
        BalanceStatus.FINISHED: QT_TRANSLATE_NOOP("Enum", "Finished"),
        BalanceStatus.WITHDRAWN: QT_TRANSLATE_NOOP("Enum", "Withdrawn"),
    },
    Stage: {
        Stage.INTRO: QT_TRANSLATE_NOOP("Enum", "Introduction and goal"),
        Stage.BIOGRAPHY: QT_TRANSLATE_NOOP("Enum", "Biographical interview"),
        Stage.BEHAVIOURAL: QT_TRANSLATE_NOOP("Enum", "Behavioural interview"),
        Stage.COMPETENCES: QT_TRANSLATE_NOOP("Enum", "Competences"),
        Stage.PORTFOLIO: QT_TRANSLATE_NOOP("Enum", "Portfolio"),
        Stage.PLAN: QT_TRANSLATE_NOOP("Enum", "Development plan"),
        Stage.SUMMARY: QT_TRANSLATE_NOOP("Enum", "Summary"),
    },
    IdDocumentKind: {
        IdDocumentKind.PASSPORT: QT_TRANSLATE_NOOP("Enum", "Passport"),
        IdDocumentKind.RESIDENCE_CARD: QT_TRANSLATE_NOOP("Enum", "Residence card"),
        IdDocumentKind.OTHER: QT_TRANSLATE_NOOP("Enum", "Other document"),
    },
    Sex: {
        Sex.FEMALE: QT_TRANSLATE_NOOP("Enum", "Female"),
        Sex.MALE: QT_TRANSLATE_NOOP("Enum", "Male"),
    },
    EducationLevel: {
        EducationLevel.NONE: QT_TRANSLATE_NOOP("Enum", "No formal education"),
        EducationLevel.PRIMARY_INCOMPLETE: QT_TRANSLATE_NOOP("Enum", "Primary, not completed"),
        EducationLevel.PRIMARY: QT_TRANSLATE_NOOP("Enum", "Primary"),
        EducationLevel.LOWER_SECONDARY: QT_TRANSLATE_NOOP("Enum", "Lower secondary"),
        EducationLevel.BASIC_VOCATIONAL: QT_TRANSLATE_NOOP("Enum", "Basic vocational"),
        EducationLevel.SECONDARY_GENERAL: QT_TRANSLATE_NOOP("Enum", "General secondary"),
        EducationLevel.SECONDARY_TECHNICAL: QT_TRANSLATE_NOOP("Enum", "Technical secondary"),
        EducationLevel.POST_SECONDARY: QT_TRANSLATE_NOOP("Enum", "Post-secondary"),
        EducationLevel.HIGHER: QT_TRANSLATE_NOOP("Enum", "Higher"),
    },
    LabourMarketStatus: {
        LabourMarketStatus.EMPLOYED: QT_TRANSLATE_NOOP("Enum", "Employed (employment contract)"),
        LabourMarketStatus.CIVIL_LAW_CONTRACT: QT_TRANSLATE_NOOP(
            "Enum", "Working on a civil-law contract"
        ),
        LabourMarketStatus.SELF_EMPLOYED: QT_TRANSLATE_NOOP("Enum", "Self-employed"),
        LabourMarketStatus.FARMER_KRUS: QT_TRANSLATE_NOOP("Enum", "Farmer insured in KRUS"),
        LabourMarketStatus.WOT_SOLDIER: QT_TRANSLATE_NOOP(
            "Enum", "Territorial defence soldier (WOT)"
        ),
        LabourMarketStatus.OSP_FIREFIGHTER: QT_TRANSLATE_NOOP(
            "Enum", "Volunteer firefighter (OSP)"
        ),
        LabourMarketStatus.UNEMPLOYED: QT_TRANSLATE_NOOP("Enum", "Unemployed"),
        LabourMarketStatus.INACTIVE: QT_TRANSLATE_NOOP("Enum", "Economically inactive"),
        LabourMarketStatus.OTHER: QT_TRANSLATE_NOOP("Enum", "Other situation"),
    },
    AccessibilityNeed: {
        AccessibilityNeed.EASY_READ: QT_TRANSLATE_NOOP("Enum", "Easy-to-read texts (ETR)"),
        AccessibilityNeed.LARGE_PRINT: QT_TRANSLATE_NOOP("Enum", "Large print"),
        AccessibilityNeed.READER: QT_TRANSLATE_NOOP("Enum", "Documents read aloud"),
        AccessibilityNeed.INTERPRETER: QT_TRANSLATE_NOOP("Enum", "Interpreter"),
        AccessibilityNeed.SIGN_LANGUAGE: QT_TRANSLATE_NOOP(
            "Enum", "Polish Sign Language interpreter (PJM)"
        ),
        AccessibilityNeed.OTHER: QT_TRANSLATE_NOOP("Enum", "Other needs"),
    },
    LifeArea: {
        LifeArea.FORMAL_EDUCATION: QT_TRANSLATE_NOOP("Enum", "Formal education"),
        LifeArea.COURSES_LICENCES: QT_TRANSLATE_NOOP("Enum", "Courses, training and licences"),
        LifeArea.PAID_WORK: QT_TRANSLATE_NOOP("Enum", "Paid work"),
        LifeArea.FARMING: QT_TRANSLATE_NOOP("Enum", "Farming"),
        LifeArea.SOCIAL_ACTIVITY: QT_TRANSLATE_NOOP("Enum", "Social and voluntary activity"),
        LifeArea.HOBBY: QT_TRANSLATE_NOOP("Enum", "Interests and hobbies"),
        LifeArea.FAMILY_CARE: QT_TRANSLATE_NOOP("Enum", "Family life and care"),
        LifeArea.MOBILITY_ABROAD: QT_TRANSLATE_NOOP("Enum", "Time abroad and migration"),
        LifeArea.MILITARY_SERVICE: QT_TRANSLATE_NOOP("Enum", "Military service"),
        LifeArea.OTHER: QT_TRANSLATE_NOOP("Enum", "Other experience"),
    },
    Intensity: {
        Intensity.FULL_TIME: QT_TRANSLATE_NOOP("Enum", "Full time"),
        Intensity.PART_TIME: QT_TRANSLATE_NOOP("Enum", "Part time"),
        Intensity.SEASONAL: QT_TRANSLATE_NOOP("Enum", "Seasonal"),
        Intensity.OCCASIONAL: QT_TRANSLATE_NOOP("Enum", "Occasional"),
    },
    ExperienceSource: {
        ExperienceSource.INTERVIEW: QT_TRANSLATE_NOOP("Enum", "Interview"),
        ExperienceSource.PARTICIPANT_FORM: QT_TRANSLATE_NOOP(
            "Enum", "Form filled in by the participant"
        ),
        ExperienceSource.DOCUMENT: QT_TRANSLATE_NOOP("Enum", "Document"),
        ExperienceSource.ONLINE_PART: QT_TRANSLATE_NOOP("Enum", "Online part of the balance"),
    },
    Translation: {
        Translation.NONE: QT_TRANSLATE_NOOP("Enum", "No translation"),
        Translation.PLAIN: QT_TRANSLATE_NOOP("Enum", "Plain translation"),
        Translation.SWORN: QT_TRANSLATE_NOOP("Enum", "Sworn translation"),
    },
    Recognition: {
        Recognition.UNKNOWN: QT_TRANSLATE_NOOP("Enum", "Recognition not known"),
        Recognition.IN_PROGRESS: QT_TRANSLATE_NOOP("Enum", "Recognition in progress"),
        Recognition.RECOGNISED: QT_TRANSLATE_NOOP("Enum", "Recognised in Poland"),
        Recognition.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Enum", "Recognition not needed"),
    },
    Reason: {
        Reason.CHANGE_JOB: QT_TRANSLATE_NOOP("Enum", "Wants to change jobs"),
        Reason.RETURN_TO_WORK: QT_TRANSLATE_NOOP("Enum", "Returning to the labour market"),
        Reason.RETRAINING: QT_TRANSLATE_NOOP("Enum", "Retraining for another occupation"),
        Reason.VALIDATION: QT_TRANSLATE_NOOP("Enum", "Confirming qualifications (validation)"),
        Reason.DEVELOP_IN_CURRENT_JOB: QT_TRANSLATE_NOOP("Enum", "Development in the current job"),
        Reason.UNSURE_OF_POTENTIAL: QT_TRANSLATE_NOOP("Enum", "Unsure of own potential"),
        Reason.OTHER: QT_TRANSLATE_NOOP("Enum", "Another reason"),
    },
    GoalType: {
        GoalType.EDUCATIONAL: QT_TRANSLATE_NOOP("Enum", "Educational"),
        GoalType.VOCATIONAL: QT_TRANSLATE_NOOP("Enum", "Vocational"),
        GoalType.VALIDATION: QT_TRANSLATE_NOOP("Enum", "Validation of a qualification"),
        GoalType.OTHER: QT_TRANSLATE_NOOP("Enum", "Another goal"),
    },
    ConsentPurpose: {
        ConsentPurpose.PROJECT_PROCESSING: QT_TRANSLATE_NOOP("Enum", "Processing of project data"),
        ConsentPurpose.EVIDENCE_PHOTOS: QT_TRANSLATE_NOOP("Enum", "Photos of work and evidence"),
        ConsentPurpose.THIRD_PARTY_IMAGES: QT_TRANSLATE_NOOP("Enum", "Images of other people"),
        ConsentPurpose.PORTFOLIO_SHARING: QT_TRANSLATE_NOOP(
            "Enum", "Sharing the portfolio outside WUP"
        ),
        ConsentPurpose.CONTACT_AFTER_PROJECT: QT_TRANSLATE_NOOP(
            "Enum", "Contact after the project"
        ),
        ConsentPurpose.OTHER: QT_TRANSLATE_NOOP("Enum", "Another purpose"),
    },
    LegalBasis: {
        LegalBasis.CONSENT: QT_TRANSLATE_NOOP("Enum", "Art. 6(1)(a) GDPR: consent"),
        LegalBasis.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP(
            "Enum", "Art. 6(1)(c) GDPR: legal obligation"
        ),
        LegalBasis.PUBLIC_TASK: QT_TRANSLATE_NOOP("Enum", "Art. 6(1)(e) GDPR: public task"),
        LegalBasis.EMPLOYMENT_SOCIAL_SECURITY: QT_TRANSLATE_NOOP(
            "Enum", "Art. 9(2)(b) GDPR: employment and social security"
        ),
        LegalBasis.SUBSTANTIAL_PUBLIC_INTEREST: QT_TRANSLATE_NOOP(
            "Enum", "Art. 9(2)(g) GDPR: substantial public interest"
        ),
    },
    ConsentForm: {
        ConsentForm.SIGNED_PAPER: QT_TRANSLATE_NOOP("Enum", "Signed on paper"),
        ConsentForm.SIGNED_ON_SCREEN: QT_TRANSLATE_NOOP("Enum", "Signed on the screen"),
        ConsentForm.ORAL_WITH_WITNESS: QT_TRANSLATE_NOOP("Enum", "Oral, with a witness"),
    },
    CompetenceKind: {
        CompetenceKind.KNOWLEDGE: QT_TRANSLATE_NOOP("Enum", "Knowledge"),
        CompetenceKind.SKILL: QT_TRANSLATE_NOOP("Enum", "Skills"),
        CompetenceKind.SOCIAL: QT_TRANSLATE_NOOP("Enum", "Social competences"),
    },
    CompetenceStatus: {
        CompetenceStatus.HYPOTHESIS: QT_TRANSLATE_NOOP("Enum", "Hypothesis"),
        CompetenceStatus.DECLARED: QT_TRANSLATE_NOOP("Enum", "Declared by the participant"),
        CompetenceStatus.DOCUMENTED: QT_TRANSLATE_NOOP("Enum", "Documented"),
        CompetenceStatus.CONFIRMED_EXTERNAL: QT_TRANSLATE_NOOP("Enum", "Confirmed externally"),
    },
    RequirementSource: {
        RequirementSource.JOB_OFFER: QT_TRANSLATE_NOOP("Enum", "Job offer"),
        RequirementSource.OCCUPATION_PROFILE: QT_TRANSLATE_NOOP("Enum", "Occupation profile"),
        RequirementSource.VOCATIONAL_CURRICULUM: QT_TRANSLATE_NOOP("Enum", "Vocational curriculum"),
        RequirementSource.QUALIFICATION: QT_TRANSLATE_NOOP("Enum", "Qualification (ZRK)"),
        RequirementSource.OTHER: QT_TRANSLATE_NOOP("Enum", "Another source"),
    },
    Priority: {
        Priority.HIGH: QT_TRANSLATE_NOOP("Enum", "High priority"),
        Priority.MEDIUM: QT_TRANSLATE_NOOP("Enum", "Medium priority"),
        Priority.LOW: QT_TRANSLATE_NOOP("Enum", "Low priority"),
    },
    ActionKind: {
        ActionKind.TRAINING: QT_TRANSLATE_NOOP("Enum", "Training (BUR)"),
        ActionKind.VALIDATION: QT_TRANSLATE_NOOP("Enum", "Validation of a qualification (ZRK)"),
        ActionKind.EXAM: QT_TRANSLATE_NOOP("Enum", "Exam"),
        ActionKind.RECOGNITION_OF_FOREIGN_EDUCATION: QT_TRANSLATE_NOOP(
            "Enum", "Recognition of foreign education"
        ),
        ActionKind.LANGUAGE_COURSE: QT_TRANSLATE_NOOP("Enum", "Language course"),
        ActionKind.SELF_STUDY: QT_TRANSLATE_NOOP("Enum", "Self-study"),
        ActionKind.INTERNSHIP: QT_TRANSLATE_NOOP("Enum", "Internship or work placement"),
        ActionKind.JOB_SEARCH: QT_TRANSLATE_NOOP("Enum", "Job search"),
        ActionKind.CONSULTATION: QT_TRANSLATE_NOOP(
            "Enum", "Consultation (e.g. labour office, NAWA, education office)"
        ),
        ActionKind.OTHER: QT_TRANSLATE_NOOP("Enum", "Another action"),
    },
    ActionOwner: {
        ActionOwner.PARTICIPANT: QT_TRANSLATE_NOOP("Enum", "Participant"),
        ActionOwner.ADVISOR: QT_TRANSLATE_NOOP("Enum", "Advisor"),
        ActionOwner.INSTITUTION: QT_TRANSLATE_NOOP("Enum", "Institution"),
    },
    ActionStatus: {
        ActionStatus.PLANNED: QT_TRANSLATE_NOOP("Enum", "Planned"),
        ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Enum", "Under way"),
        ActionStatus.DONE: QT_TRANSLATE_NOOP("Enum", "Done"),
        ActionStatus.ABANDONED: QT_TRANSLATE_NOOP("Enum", "Abandoned"),
    },
    FeedbackForm: {
        FeedbackForm.ORAL: QT_TRANSLATE_NOOP("Enum", "Oral"),
        FeedbackForm.WRITTEN: QT_TRANSLATE_NOOP("Enum", "Written"),
        FeedbackForm.BOTH: QT_TRANSLATE_NOOP("Enum", "Oral and written"),
    },
    EvidenceKind: {
        EvidenceKind.WORK_SAMPLE: QT_TRANSLATE_NOOP("Enum", "Work sample"),
        EvidenceKind.ACTIVITY_RECORD: QT_TRANSLATE_NOOP(
            "Enum", "Record of work activity (notes, e-mails, job sheets)"
        ),
        EvidenceKind.OTHER_METHOD_RESULT: QT_TRANSLATE_NOOP(
            "Enum", "Result of another method (test, observation, simulation)"
        ),
        EvidenceKind.COURSE_CERTIFICATE: QT_TRANSLATE_NOOP("Enum", "Course completion certificate"),
        EvidenceKind.CERTIFICATE_DIPLOMA: QT_TRANSLATE_NOOP("Enum", "Certificate or diploma"),
        EvidenceKind.DEGREE: QT_TRANSLATE_NOOP("Enum", "Academic degree or title"),
        EvidenceKind.REFLECTIVE_JOURNAL: QT_TRANSLATE_NOOP("Enum", "Reflective journal"),
        EvidenceKind.REFERENCE_LETTER: QT_TRANSLATE_NOOP("Enum", "Reference letter"),
        EvidenceKind.CV: QT_TRANSLATE_NOOP("Enum", "CV (e.g. Europass)"),
        EvidenceKind.REFLECTIVE_ESSAY: QT_TRANSLATE_NOOP("Enum", "Self-reflective essay"),
        EvidenceKind.VOLUNTEERING_RECORD: QT_TRANSLATE_NOOP("Enum", "Record of volunteering"),
        EvidenceKind.PHOTO: QT_TRANSLATE_NOOP("Enum", "Photo"),
        EvidenceKind.FILM: QT_TRANSLATE_NOOP("Enum", "Film"),
        EvidenceKind.AUDIENCE_FEEDBACK: QT_TRANSLATE_NOOP("Enum", "Audience feedback"),
        EvidenceKind.SCREENSHOT: QT_TRANSLATE_NOOP("Enum", "Screenshot"),
        EvidenceKind.CODE_OR_APP: QT_TRANSLATE_NOOP("Enum", "Code or application"),
        EvidenceKind.STATEMENT: QT_TRANSLATE_NOOP("Enum", "Statement (declaration)"),
    },
    CriterionRating: {
        CriterionRating.MET: QT_TRANSLATE_NOOP("Enum", "Met"),
        CriterionRating.PARTLY: QT_TRANSLATE_NOOP("Enum", "Partly met"),
        CriterionRating.NOT_MET: QT_TRANSLATE_NOOP("Enum", "Not met"),
        CriterionRating.NOT_ASSESSED: QT_TRANSLATE_NOOP("Enum", "Not assessed"),
    },
    Visibility: {
        Visibility.PRINT: QT_TRANSLATE_NOOP("Enum", "In the printed portfolio"),
        Visibility.ADVISOR_ONLY: QT_TRANSLATE_NOOP("Enum", "Advisor only"),
        Visibility.EXCLUDED: QT_TRANSLATE_NOOP("Enum", "Excluded from the portfolio"),
    },
}

# Languages offered for communication and printed documents (ISO 639-1), in menu order.
COMMUNICATION_LANGUAGES: dict[str, object] = {
    "pl": QT_TRANSLATE_NOOP("Language", "Polish"),
    "uk": QT_TRANSLATE_NOOP("Language", "Ukrainian"),
    "en": QT_TRANSLATE_NOOP("Language", "English"),
    "ru": QT_TRANSLATE_NOOP("Language", "Russian"),
    "be": QT_TRANSLATE_NOOP("Language", "Belarusian"),
    "de": QT_TRANSLATE_NOOP("Language", "German"),
}


def enum_text(value: StrEnum | None) -> str:
    """Return the translated display text of an enum member ("" for None).

    An enum without a table shows its wire code, so a new enum is visible, not blank.
    """
    if value is None:
        return ""
    table = _TEXTS.get(type(value))
    if table is None or value not in table:
        return str(value)
    return QCoreApplication.translate("Enum", str(table[value]))


def members_with_text(enum_type: type[StrEnum]) -> list[tuple[StrEnum, str]]:
    """Return ``(member, translated text)`` for every member, in declaration order."""
    return [(member, enum_text(member)) for member in enum_type]


def language_name(code: str) -> str:
    """Return the translated name of a communication language, or the code if unknown."""
    source = COMMUNICATION_LANGUAGES.get(code)
    return QCoreApplication.translate("Language", str(source)) if source is not None else code
