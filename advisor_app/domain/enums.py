"""Enumerations of the balance document; each value is the binding wire code."""

from enum import StrEnum


class BalanceStatus(StrEnum):
    """Lifecycle of one balance revision."""

    DRAFT = "draft"
    FINISHED = "finished"
    WITHDRAWN = "withdrawn"


class Variant(StrEnum):
    """WUP Kraków variants: podstawowy, pogłębiony, continuation of the online BKO part."""

    BASIC = "basic"
    IN_DEPTH = "in_depth"
    ONLINE_FOLLOWUP = "online_followup"


class Stage(StrEnum):
    """Stages of the interview, in the order the method runs them."""

    INTRO = "intro"
    BIOGRAPHY = "biography"
    BEHAVIOURAL = "behavioural"
    COMPETENCES = "competences"
    PORTFOLIO = "portfolio"
    PLAN = "plan"
    SUMMARY = "summary"


class Reason(StrEnum):
    """Why the participant came for a balance."""

    CHANGE_JOB = "change_job"
    RETURN_TO_WORK = "return_to_work"
    RETRAINING = "retraining"
    VALIDATION = "validation"
    DEVELOP_IN_CURRENT_JOB = "develop_in_current_job"
    UNSURE_OF_POTENTIAL = "unsure_of_potential"
    OTHER = "other"


class GoalType(StrEnum):
    """Kind of the initial goal."""

    EDUCATIONAL = "educational"
    VOCATIONAL = "vocational"
    VALIDATION = "validation"
    OTHER = "other"


class IdDocumentKind(StrEnum):
    """Identity document used when the participant has no PESEL."""

    PASSPORT = "passport"
    RESIDENCE_CARD = "residence_card"
    OTHER = "other"


class Sex(StrEnum):
    """Sex, recorded only where EFS monitoring needs it."""

    FEMALE = "female"
    MALE = "male"


class EducationLevel(StrEnum):
    """Highest completed education (incomplete primary is a real, common answer)."""

    NONE = "none"
    PRIMARY_INCOMPLETE = "primary_incomplete"
    PRIMARY = "primary"
    LOWER_SECONDARY = "lower_secondary"
    BASIC_VOCATIONAL = "basic_vocational"
    SECONDARY_GENERAL = "secondary_general"
    SECONDARY_TECHNICAL = "secondary_technical"
    POST_SECONDARY = "post_secondary"
    HIGHER = "higher"


class LabourMarketStatus(StrEnum):
    """Situation on the labour market (drives project eligibility)."""

    EMPLOYED = "employed"
    CIVIL_LAW_CONTRACT = "civil_law_contract"
    SELF_EMPLOYED = "self_employed"
    FARMER_KRUS = "farmer_krus"
    WOT_SOLDIER = "wot_soldier"
    OSP_FIREFIGHTER = "osp_firefighter"
    UNEMPLOYED = "unemployed"
    INACTIVE = "inactive"
    OTHER = "other"


class AccessibilityNeed(StrEnum):
    """Needs that decide how documents are printed and meetings are held."""

    EASY_READ = "easy_read"
    LARGE_PRINT = "large_print"
    READER = "reader"
    INTERPRETER = "interpreter"
    SIGN_LANGUAGE = "sign_language"
    OTHER = "other"


class ConsentPurpose(StrEnum):
    """What a consent (or another legal basis) covers."""

    PROJECT_PROCESSING = "project_processing"
    EVIDENCE_PHOTOS = "evidence_photos"
    THIRD_PARTY_IMAGES = "third_party_images"
    PORTFOLIO_SHARING = "portfolio_sharing"
    CONTACT_AFTER_PROJECT = "contact_after_project"
    OTHER = "other"


class LegalBasis(StrEnum):
    """Article of the GDPR the processing rests on."""

    CONSENT = "6.1.a"
    LEGAL_OBLIGATION = "6.1.c"
    PUBLIC_TASK = "6.1.e"
    EMPLOYMENT_SOCIAL_SECURITY = "9.2.b"
    SUBSTANTIAL_PUBLIC_INTEREST = "9.2.g"


class ConsentForm(StrEnum):
    """How the consent was expressed (oral with a witness for people who cannot write)."""

    SIGNED_PAPER = "signed_paper"
    SIGNED_ON_SCREEN = "signed_on_screen"
    ORAL_WITH_WITNESS = "oral_with_witness"


class MeetingMode(StrEnum):
    """How a meeting took place."""

    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


class LifeArea(StrEnum):
    """Life areas of the biographical interview."""

    FORMAL_EDUCATION = "formal_education"
    COURSES_LICENCES = "courses_licences"
    PAID_WORK = "paid_work"
    FARMING = "farming"
    SOCIAL_ACTIVITY = "social_activity"
    HOBBY = "hobby"
    FAMILY_CARE = "family_care"
    MOBILITY_ABROAD = "mobility_abroad"
    MILITARY_SERVICE = "military_service"
    OTHER = "other"


class Intensity(StrEnum):
    """How much of the person's time an experience took."""

    FULL_TIME = "full_time"
    PART_TIME = "part_time"
    SEASONAL = "seasonal"
    OCCASIONAL = "occasional"


class ExperienceSource(StrEnum):
    """Where a timeline item came from."""

    INTERVIEW = "interview"
    PARTICIPANT_FORM = "participant_form"
    DOCUMENT = "document"
    ONLINE_PART = "online_part"


class Translation(StrEnum):
    """Translation of a foreign document."""

    NONE = "none"
    PLAIN = "plain"
    SWORN = "sworn"


class Recognition(StrEnum):
    """Recognition status of foreign education in Poland."""

    UNKNOWN = "unknown"
    IN_PROGRESS = "in_progress"
    RECOGNISED = "recognised"
    NOT_APPLICABLE = "not_applicable"


class CompetenceKind(StrEnum):
    """Learning-outcome category: wiedza, umiejętności, kompetencje społeczne."""

    KNOWLEDGE = "knowledge"
    SKILL = "skill"
    SOCIAL = "social"


class CompetenceStatus(StrEnum):
    """How well a competence is established."""

    HYPOTHESIS = "hypothesis"
    DECLARED = "declared"
    DOCUMENTED = "documented"
    CONFIRMED_EXTERNAL = "confirmed_external"


class EvidenceKind(StrEnum):
    """Evidence types of the IBE validation catalogue."""

    WORK_SAMPLE = "work_sample"
    ACTIVITY_RECORD = "activity_record"
    OTHER_METHOD_RESULT = "other_method_result"
    COURSE_CERTIFICATE = "course_certificate"
    CERTIFICATE_DIPLOMA = "certificate_diploma"
    DEGREE = "degree"
    REFLECTIVE_JOURNAL = "reflective_journal"
    REFERENCE_LETTER = "reference_letter"
    CV = "cv"
    REFLECTIVE_ESSAY = "reflective_essay"
    VOLUNTEERING_RECORD = "volunteering_record"
    PHOTO = "photo"
    FILM = "film"
    AUDIENCE_FEEDBACK = "audience_feedback"
    SCREENSHOT = "screenshot"
    CODE_OR_APP = "code_or_app"
    STATEMENT = "statement"


class CriterionRating(StrEnum):
    """Assessment of one evidence criterion (relevant, authentic, sufficient, current)."""

    MET = "met"
    PARTLY = "partly"
    NOT_MET = "not_met"
    NOT_ASSESSED = "not_assessed"


class Visibility(StrEnum):
    """Where an evidence item may appear."""

    PRINT = "print"
    ADVISOR_ONLY = "advisor_only"
    EXCLUDED = "excluded"


class RequirementSource(StrEnum):
    """Standard a development area's requirement comes from."""

    JOB_OFFER = "job_offer"
    OCCUPATION_PROFILE = "occupation_profile"
    VOCATIONAL_CURRICULUM = "vocational_curriculum"
    QUALIFICATION = "qualification"
    OTHER = "other"


class Priority(StrEnum):
    """Priority of a development area."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class ActionKind(StrEnum):
    """Kinds of actions in the individual development plan."""

    TRAINING = "training"
    VALIDATION = "validation"
    EXAM = "exam"
    RECOGNITION_OF_FOREIGN_EDUCATION = "recognition_of_foreign_education"
    LANGUAGE_COURSE = "language_course"
    SELF_STUDY = "self_study"
    INTERNSHIP = "internship"
    JOB_SEARCH = "job_search"
    CONSULTATION = "consultation"
    OTHER = "other"


class ActionOwner(StrEnum):
    """Who is responsible for a plan action."""

    PARTICIPANT = "participant"
    ADVISOR = "advisor"
    INSTITUTION = "institution"


class ActionStatus(StrEnum):
    """Progress of a plan action."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    ABANDONED = "abandoned"


class FeedbackForm(StrEnum):
    """Form of the advisor's feedback."""

    ORAL = "oral"
    WRITTEN = "written"
    BOTH = "both"
