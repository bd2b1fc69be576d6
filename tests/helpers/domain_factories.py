"""Factories and hypothesis strategies for domain values.

The realistic data follows scenario SC01 of DOMAIN.md: Halina Kowalczyk, 52, shop assistant
from Łososina Dolna (pow. nowosądecki), treasurer of the local Koło Gospodyń Wiejskich, whose
goal is office work in the local agricultural co-operative. All people are fictional.

IDs are deterministic (UUIDv5 of a readable name) so a failing test shows the same IDs every
run; tests that need fresh IDs call :func:`new_id`.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import hashlib
import uuid
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from advisor_app.domain import pesel
from advisor_app.domain.entities import (
    AbroadInfo,
    AuditEvent,
    Balance,
    BalanceRecord,
    Competence,
    Consent,
    Contract,
    DevelopmentArea,
    Episode,
    Evidence,
    EvidenceCriteria,
    EvidenceFile,
    Experience,
    Feedback,
    IdDocument,
    Meeting,
    Participant,
    Plan,
    PlanAction,
)
from advisor_app.domain.enums import (
    AccessibilityNeed,
    ActionKind,
    ActionOwner,
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
    MeetingMode,
    Priority,
    Reason,
    RequirementSource,
    Sex,
    Stage,
    Variant,
)
from advisor_app.domain.partial_date import PartialDate

__all__ = [
    "ADVISOR_ID",
    "ADVISOR_NAME",
    "CREATED_AT",
    "HALINA_BIRTH_DATE",
    "HALINA_PESEL",
    "TODAY",
    "abroad_info",
    "finishable_record",
    "full_contract",
    "make_balance",
    "make_competence",
    "make_consent",
    "make_episode",
    "make_evidence",
    "make_experience",
    "make_meeting",
    "make_participant",
    "make_plan",
    "make_record",
    "new_id",
    "partial_dates",
    "participants",
    "sid",
    "valid_pesels",
]

_NAMESPACE = uuid.UUID("6f1c2a0e-3b7d-4c55-9a41-0d2b8e7f5a10")


def sid(name: str) -> uuid.UUID:
    """Return a stable UUID for a readable name (same name, same UUID, every run)."""
    return uuid.uuid5(_NAMESPACE, name)


def new_id() -> uuid.UUID:
    """Return a fresh random UUID (the domain itself creates none)."""
    return uuid.uuid4()


ADVISOR_ID = sid("advisor.joanna-kurek")
ADVISOR_NAME = "Joanna Kurek"
CREATED_AT = dt.datetime(2024, 3, 4, 9, 0, tzinfo=dt.UTC)
TODAY = dt.date(2024, 3, 25)
HALINA_BIRTH_DATE = dt.date(1972, 2, 17)
HALINA_PESEL = pesel.encode(HALINA_BIRTH_DATE, serial=483, female=True)


def _at(day: dt.date, hour: int = 10, minute: int = 0) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=dt.UTC)


# --- single entities --------------------------------------------------------------------------


def make_participant(**overrides: Any) -> Participant:
    """Halina Kowalczyk (SC01), valid in every respect; keyword arguments replace fields."""
    base = Participant(
        id=sid("participant.halina-kowalczyk"),
        first_name="Halina",
        last_name="Kowalczyk",
        education_level=EducationLevel.BASIC_VOCATIONAL,
        labour_market_status=LabourMarketStatus.EMPLOYED,
        pesel=HALINA_PESEL,
        birth_date=HALINA_BIRTH_DATE,
        sex=Sex.FEMALE,
        gmina="Łososina Dolna",
        powiat="nowosądecki",
        locality="Łososina Dolna",
        phone="+48 601 234 567",
        email="halina.kowalczyk@example.pl",
        citizenship="PL",
        communication_language="pl",
        intake_channel="punkt mobilny w Urzędzie Gminy Łososina Dolna",
        participation_start=dt.date(2024, 3, 4),
    )
    return dataclasses.replace(base, **overrides)


def full_contract() -> Contract:
    """A contract where every item was discussed."""
    return Contract(**{f.name: True for f in dataclasses.fields(Contract)})


def make_balance(**overrides: Any) -> Balance:
    """A freshly created draft balance (empty contract, no goal); keywords replace fields."""
    base = Balance(
        id=sid("balance.halina"),
        revision_id=sid("balance.halina.revision-1"),
        advisor_id=ADVISOR_ID,
        advisor_name=ADVISOR_NAME,
        created_at=CREATED_AT,
        project_code="KK",
    )
    return dataclasses.replace(base, **overrides)


def make_record(**overrides: Any) -> BalanceRecord:
    """A fresh record: only the balance and the participant; keyword arguments replace fields."""
    base = BalanceRecord(balance=make_balance(), participant=make_participant())
    return dataclasses.replace(base, **overrides)


def make_consent(**overrides: Any) -> Consent:
    """An active project_processing consent signed on paper."""
    base = Consent(
        id=sid("consent.project"),
        purpose=ConsentPurpose.PROJECT_PROCESSING,
        legal_basis=LegalBasis.LEGAL_OBLIGATION,
        text_version="KK-2024/RODO-1.2",
        given_at=_at(dt.date(2024, 3, 4), 9, 15),
        witnessed_by=ADVISOR_ID,
        form=ConsentForm.SIGNED_PAPER,
    )
    return dataclasses.replace(base, **overrides)


def make_meeting(**overrides: Any) -> Meeting:
    """The first meeting (contract, consents, goal)."""
    base = Meeting(
        id=sid("meeting.1"),
        date=dt.date(2024, 3, 4),
        mode=MeetingMode.IN_PERSON,
        duration_min=90,
        place="Urząd Gminy Łososina Dolna, sala konferencyjna",
        accessible_location=True,
        stages=(Stage.INTRO,),
        notes="Omówiono cel, przebieg i liczbę spotkań. Uczestniczka zainteresowana pracą biurową.",
        homework="Przynieść książkę kasową KGW i referencje od właściciela sklepu.",
        next_date=dt.date(2024, 3, 11),
    )
    return dataclasses.replace(base, **overrides)


def make_experience(**overrides: Any) -> Experience:
    """A complete timeline item: Halina's work in the village grocery."""
    base = Experience(
        id=sid("experience.shop"),
        area=LifeArea.PAID_WORK,
        title="Sprzedawczyni w sklepie spożywczym",
        organisation="Sklep spożywczy w Łososinie Dolnej",
        role="sprzedawca (umowa o pracę, 3/4 etatu)",
        start=PartialDate(1997, 3),
        ongoing=True,
        intensity=Intensity.PART_TIME,
        activities=(
            "obsługa kasy fiskalnej i terminala płatniczego",
            "przyjmowanie dostaw i sprawdzanie faktur",
            "inwentaryzacja towaru",
            "zamawianie towaru w hurtowni",
        ),
        achievements="Samodzielnie prowadzi sklep podczas urlopu właściciela.",
        learned="Dokładność przy liczeniu pieniędzy i rozmowa z trudnym klientem.",
        documents_mentioned=("referencje od właściciela sklepu",),
        deepen=True,
        source=ExperienceSource.INTERVIEW,
    )
    return dataclasses.replace(base, **overrides)


def make_episode(**overrides: Any) -> Episode:
    """A complete STAR story: stock-taking after the 2010 flood."""
    base = Episode(
        id=sid("episode.flood"),
        experience_id=sid("experience.shop"),
        title="Inwentaryzacja po powodzi w 2010 roku",
        situation=(
            "W czerwcu 2010 r. woda z Dunajca zalała magazyn sklepu; część towaru była zniszczona."
        ),
        task="Właściciel poprosił mnie o spisanie strat dla ubezpieczyciela w ciągu trzech dni.",
        action=(
            "Podzieliłam magazyn na strefy, spisałam towar zniszczony i ocalały, porównałam "
            "z fakturami i przygotowałam zestawienie ze zdjęciami."
        ),
        result="Ubezpieczyciel przyjął zestawienie bez poprawek; sklep otwarto po tygodniu.",
        reflection="Nauczyłam się, że porządek w dokumentach oszczędza czas w kryzysie.",
        possible_evidence=("zdjęcia z magazynu", "zestawienie strat"),
        advisor_note="Silny przykład odpowiedzialności; dopytać o arkusz strat.",
    )
    return dataclasses.replace(base, **overrides)


def make_competence(**overrides: Any) -> Competence:
    """A skill linked to the shop experience and the flood story."""
    base = Competence(
        id=sid("competence.stocktaking"),
        kind=CompetenceKind.SKILL,
        statement=(
            "Przeprowadza inwentaryzację towaru w małym sklepie i uzgadnia stany z dokumentacją."
        ),
        context="sklep spożywczy do 80 m²",
        level=3,
        status=CompetenceStatus.DECLARED,
        experience_ids=(sid("experience.shop"),),
        episode_ids=(sid("episode.flood"),),
        relevant_to_goal=True,
    )
    return dataclasses.replace(base, **overrides)


def make_evidence(**overrides: Any) -> Evidence:
    """A reference letter from the shop owner."""
    base = Evidence(
        id=sid("evidence.reference"),
        kind=EvidenceKind.REFERENCE_LETTER,
        title="Referencje od właściciela sklepu",
        description="Potwierdza 27 lat pracy, obsługę kasy i rozliczanie utargu.",
        date=dt.date(2024, 3, 10),
        issuer="Stanisław Mróz, właściciel sklepu",
        competence_ids=(sid("competence.stocktaking"),),
        criteria=EvidenceCriteria(
            relevant=CriterionRating.MET,
            authentic=CriterionRating.MET,
            sufficient=CriterionRating.PARTLY,
            current=CriterionRating.MET,
        ),
    )
    return dataclasses.replace(base, **overrides)


def make_plan(**overrides: Any) -> Plan:
    """A development plan with the SC01 spreadsheet course."""
    base = Plan(
        refined_goal="Praca referentki biurowej w spółdzielni rolniczej w Łososinie Dolnej.",
        actions=(
            PlanAction(
                id=sid("action.spreadsheet-course"),
                kind=ActionKind.TRAINING,
                description=(
                    "Kurs „Arkusz kalkulacyjny od podstaw” (40 h) z Bazy Usług Rozwojowych."
                ),
                due=PartialDate(2024, 6),
                owner=ActionOwner.PARTICIPANT,
                bur_category="informatyka",
            ),
        ),
    )
    return dataclasses.replace(base, **overrides)


# --- the complete SC01 balance ----------------------------------------------------------------


def _experiences() -> tuple[Experience, ...]:
    shop = make_experience()
    school = Experience(
        id=sid("experience.school"),
        area=LifeArea.FORMAL_EDUCATION,
        title="Zasadnicza Szkoła Zawodowa, zawód sprzedawca",
        organisation="Zespół Szkół Zawodowych w Nowym Sączu",
        start=PartialDate(1985, 9),
        end=PartialDate(1988, 6),
        intensity=Intensity.FULL_TIME,
        activities=("nauka towaroznawstwa i obsługi klienta", "praktyki w sklepie GS"),
        documents_mentioned=("świadectwo ukończenia ZSZ",),
    )
    course = Experience(
        id=sid("experience.cash-register-course"),
        area=LifeArea.COURSES_LICENCES,
        title="Kurs obsługi kas fiskalnych",
        organisation="Cech Rzemiosł Różnych w Nowym Sączu",
        start=PartialDate(2009, 4, 18),
        end=PartialDate(2009, 4, 19),
        intensity=Intensity.OCCASIONAL,
        activities=("programowanie stawek VAT", "sporządzanie raportu dobowego i miesięcznego"),
        documents_mentioned=("zaświadczenie o ukończeniu kursu",),
    )
    kgw = Experience(
        id=sid("experience.kgw"),
        area=LifeArea.SOCIAL_ACTIVITY,
        title="Skarbniczka Koła Gospodyń Wiejskich",
        organisation="KGW w Łososinie Dolnej",
        role="skarbniczka",
        start=PartialDate(2012),
        ongoing=True,
        approximate=True,
        intensity=Intensity.OCCASIONAL,
        activities=(
            "prowadzenie książki kasowej koła",
            "rozliczanie zaliczek członkiń",
            "organizacja stoiska na dożynkach gminnych",
        ),
        achievements="Rozliczenie dotacji gminnej na dożynki bez uwag.",
        documents_mentioned=("książka kasowa KGW",),
        deepen=True,
    )
    care = Experience(
        id=sid("experience.care"),
        area=LifeArea.FAMILY_CARE,
        title="Opieka nad teściową po udarze",
        start=PartialDate(2015, 10),
        end=PartialDate(2018, 5),
        intensity=Intensity.PART_TIME,
        activities=("organizowanie wizyt lekarskich i rehabilitacji", "sprawy w ZUS i MOPS"),
        learned="Cierpliwość i załatwianie spraw urzędowych.",
    )
    baking = Experience(
        id=sid("experience.baking"),
        area=LifeArea.HOBBY,
        title="Pieczenie tortów na zamówienie sąsiadów",
        start=PartialDate(2005),
        ongoing=True,
        approximate=True,
        intensity=Intensity.OCCASIONAL,
        activities=("przyjmowanie zamówień", "kalkulacja kosztu składników"),
    )
    farm = Experience(
        id=sid("experience.farm"),
        area=LifeArea.FARMING,
        title="Pomoc w sadzie i gospodarstwie rodziców",
        start=PartialDate(1982),
        end=PartialDate(1996),
        approximate=True,
        intensity=Intensity.SEASONAL,
        activities=("zbiór jabłek i śliwek", "sprzedaż owoców na targu w Nowym Sączu"),
    )
    return (school, farm, shop, baking, course, kgw, care)


def _episodes() -> tuple[Episode, ...]:
    flood = make_episode()
    harvest = Episode(
        id=sid("episode.harvest-festival"),
        experience_id=sid("experience.kgw"),
        title="Rozliczenie KGW za dożynki gminne",
        situation="Dożynki gminne 2022, koło przygotowywało stoisko i poczęstunek.",
        task="Jako skarbniczka miałam rozliczyć zaliczki członkiń i dotację z gminy.",
        action=(
            "Zebrałam paragony, wpisałam je do książki kasowej, rozliczyłam zaliczki i "
            "przygotowałam sprawozdanie dla gminy."
        ),
        result="Gmina przyjęła sprawozdanie bez uwag, członkinie dostały zwrot w tydzień.",
        reflection="Chciałabym robić to w arkuszu kalkulacyjnym, a nie ręcznie.",
        possible_evidence=("książka kasowa KGW", "sprawozdanie dla gminy"),
    )
    care = Episode(
        id=sid("episode.care"),
        experience_id=sid("experience.care"),
        title="Zorganizowanie rehabilitacji teściowej",
        situation="Po udarze teściowej w 2015 r. rodzina nie wiedziała, gdzie szukać pomocy.",
        task="Wzięłam na siebie załatwienie rehabilitacji i świadczeń.",
        action="Złożyłam wnioski w ZUS i MOPS, umówiłam rehabilitację domową z NFZ.",
        result="Po trzech miesiącach teściowa chodziła z balkonikiem; świadczenie przyznano.",
    )
    return (flood, harvest, care)


def _competences() -> tuple[Competence, ...]:
    cash_book = Competence(
        id=sid("competence.cash-book"),
        kind=CompetenceKind.SKILL,
        statement="Prowadzi książkę kasową koła i rozlicza zaliczki członkiń.",
        context="Koło Gospodyń Wiejskich, około 30 członkiń",
        level=3,
        status=CompetenceStatus.DOCUMENTED,
        experience_ids=(sid("experience.kgw"),),
        episode_ids=(sid("episode.harvest-festival"),),
        relevant_to_goal=True,
        strength=True,
    )
    till = Competence(
        id=sid("competence.till"),
        kind=CompetenceKind.SKILL,
        statement="Obsługuje kasę fiskalną i terminal płatniczy; sporządza raport dobowy.",
        level=4,
        status=CompetenceStatus.DOCUMENTED,
        experience_ids=(sid("experience.shop"), sid("experience.cash-register-course")),
        relevant_to_goal=True,
        strength=True,
    )
    money = Competence(
        id=sid("competence.money-responsibility"),
        kind=CompetenceKind.SOCIAL,
        statement="Jest gotowa do przyjmowania odpowiedzialności za powierzone pieniądze.",
        status=CompetenceStatus.DOCUMENTED,
        experience_ids=(sid("experience.shop"), sid("experience.kgw")),
        episode_ids=(sid("episode.harvest-festival"),),
        relevant_to_goal=True,
        strength=True,
    )
    hygiene = Competence(
        id=sid("competence.food-hygiene"),
        kind=CompetenceKind.KNOWLEDGE,
        statement=(
            "Zna zasady przechowywania żywności i wymagania sanitarne w małym sklepie spożywczym."
        ),
        status=CompetenceStatus.DECLARED,
        experience_ids=(sid("experience.shop"),),
    )
    stocktaking = make_competence()
    offices = Competence(
        id=sid("competence.official-matters"),
        kind=CompetenceKind.SKILL,
        statement=(
            "Przygotowuje i składa wnioski o świadczenia w ZUS i w ośrodku pomocy społecznej."
        ),
        level=2,
        status=CompetenceStatus.HYPOTHESIS,
        experience_ids=(sid("experience.care"),),
        episode_ids=(sid("episode.care"),),
        relevant_to_goal=True,
    )
    return (cash_book, till, money, hygiene, stocktaking, offices)


def _consents() -> tuple[Consent, ...]:
    photos = Consent(
        id=sid("consent.evidence-photos"),
        purpose=ConsentPurpose.EVIDENCE_PHOTOS,
        legal_basis=LegalBasis.CONSENT,
        text_version="KK-2024/ZDJ-1.0",
        given_at=_at(dt.date(2024, 3, 11), 10, 5),
        witnessed_by=ADVISOR_ID,
        form=ConsentForm.SIGNED_ON_SCREEN,
    )
    return (make_consent(), photos)


def _evidence() -> tuple[Evidence, ...]:
    scan = b"ksiazka kasowa KGW 2022, strony 12-14"
    cash_book = Evidence(
        id=sid("evidence.cash-book"),
        kind=EvidenceKind.ACTIVITY_RECORD,
        title="Książka kasowa KGW za 2022 rok (kopie stron)",
        description="Wpisy z rozliczenia dożynek gminnych, pismo Haliny.",
        date=dt.date(2022, 9, 30),
        issuer="KGW w Łososinie Dolnej",
        files=(
            EvidenceFile(
                id=sid("file.cash-book-scan"),
                name="ksiazka_kasowa_2022.pdf",
                media_type="application/pdf",
                size=len(scan),
                sha256=hashlib.sha256(scan).hexdigest(),
            ),
        ),
        consent_id=sid("consent.evidence-photos"),
        competence_ids=(sid("competence.cash-book"), sid("competence.money-responsibility")),
        criteria=EvidenceCriteria(
            relevant=CriterionRating.MET,
            authentic=CriterionRating.MET,
            sufficient=CriterionRating.MET,
            current=CriterionRating.MET,
        ),
    )
    reference = make_evidence(
        competence_ids=(
            sid("competence.till"),
            sid("competence.money-responsibility"),
            sid("competence.stocktaking"),
        )
    )
    certificate = Evidence(
        id=sid("evidence.cash-register-certificate"),
        kind=EvidenceKind.COURSE_CERTIFICATE,
        title="Zaświadczenie o ukończeniu kursu obsługi kas fiskalnych",
        date=dt.date(2009, 4, 19),
        issuer="Cech Rzemiosł Różnych w Nowym Sączu",
        sighted_only=True,
        competence_ids=(sid("competence.till"),),
    )
    return (cash_book, reference, certificate)


def _meetings() -> tuple[Meeting, ...]:
    second = Meeting(
        id=sid("meeting.2"),
        date=dt.date(2024, 3, 11),
        duration_min=120,
        place="Gminny Ośrodek Kultury w Łososinie Dolnej",
        accessible_location=True,
        stages=(Stage.BIOGRAPHY, Stage.BEHAVIOURAL),
        notes="Oś czasu: 7 pozycji; 3 epizody STAR.",
        homework="Przynieść książkę kasową KGW i referencje od właściciela sklepu.",
        next_date=dt.date(2024, 3, 18),
    )
    third = Meeting(
        id=sid("meeting.3"),
        date=dt.date(2024, 3, 18),
        duration_min=150,
        place="Urząd Gminy Łososina Dolna, sala konferencyjna",
        accessible_location=True,
        stages=(Stage.COMPETENCES, Stage.PORTFOLIO, Stage.PLAN, Stage.SUMMARY),
        notes="Kompetencje, portfolio, IPR i informacja zwrotna; wydruk podsumowania.",
    )
    return (make_meeting(), second, third)


def _plan() -> Plan:
    course = PlanAction(
        id=sid("action.spreadsheet-course"),
        kind=ActionKind.TRAINING,
        description="Kurs „Arkusz kalkulacyjny od podstaw” (40 h) z Bazy Usług Rozwojowych.",
        due=PartialDate(2024, 6),
        owner=ActionOwner.PARTICIPANT,
        bur_category="informatyka",
        area_ids=(sid("area.spreadsheet"),),
        estimated_cost_pln=Decimal("1200.00"),
        vouchers=80,
    )
    application = PlanAction(
        id=sid("action.apply-cooperative"),
        kind=ActionKind.JOB_SEARCH,
        description="Złożenie CV i listu motywacyjnego w spółdzielni rolniczej.",
        due=PartialDate(2024, 7),
        owner=ActionOwner.PARTICIPANT,
    )
    return Plan(
        refined_goal="Praca referentki biurowej w spółdzielni rolniczej w Łososinie Dolnej.",
        actions=(course, application),
        strength_competence_ids=(
            sid("competence.cash-book"),
            sid("competence.till"),
            sid("competence.money-responsibility"),
        ),
        matching_sectors=("administracja biurowa", "handel detaliczny", "rachunkowość"),
    )


def finishable_record(variant: Variant = Variant.BASIC) -> BalanceRecord:
    """The SC01 balance of Halina Kowalczyk, satisfying every finish rule for ``variant``."""
    balance = make_balance(
        variant=variant,
        starting_situation=(
            "Od 27 lat sprzedawczyni w wiejskim sklepie (3/4 etatu). Sklep ma zostać zamknięty; "
            "chce pracy biurowej blisko domu."
        ),
        reasons=(Reason.CHANGE_JOB, Reason.UNSURE_OF_POTENTIAL),
        initial_goal="Praca biurowa w lokalnej spółdzielni rolniczej.",
        goal_type=GoalType.VOCATIONAL,
        planned_meetings=3,
        constraints="Brak samochodu; dojazd autobusem do Nowego Sącza.",
        contract=full_contract(),
        current_stage=Stage.SUMMARY,
    )
    return BalanceRecord(
        balance=balance,
        participant=make_participant(),
        consents=_consents(),
        meetings=_meetings(),
        experiences=_experiences(),
        episodes=_episodes(),
        competences=_competences(),
        evidence=_evidence(),
        development_areas=(
            DevelopmentArea(
                id=sid("area.spreadsheet"),
                gap="Brak umiejętności pracy w arkuszu kalkulacyjnym",
                requirement_source=RequirementSource.JOB_OFFER,
                requirement_ref="oferta: referent ds. rozliczeń, spółdzielnia rolnicza",
                target_competence="Prowadzi zestawienia w arkuszu kalkulacyjnym.",
                priority=Priority.HIGH,
            ),
        ),
        plan=_plan(),
        feedback=Feedback(
            form=FeedbackForm.BOTH,
            text=(
                "Pani Halino, Pani mocne strony to rzetelność w rozliczaniu pieniędzy, obsługa "
                "kasy i prowadzenie dokumentacji koła. Do pracy biurowej brakuje arkusza "
                "kalkulacyjnego: proponujemy kurs z kategorii informatyka."
            ),
            training_scope="informatyka",
        ),
        audit=(
            AuditEvent(
                at=CREATED_AT,
                actor=ADVISOR_ID,
                action="create",
                entity="balance",
                entity_id=sid("balance.halina"),
            ),
        ),
    )


# --- hypothesis strategies --------------------------------------------------------------------


@st.composite
def partial_dates(draw: st.DrawFn, min_year: int = 1, max_year: int = 9999) -> PartialDate:
    """Any partial date (year, month or day precision) between ``min_year`` and ``max_year``."""
    year = draw(st.integers(min_year, max_year))
    precision = draw(st.sampled_from(("year", "month", "day")))
    if precision == "year":
        return PartialDate(year)
    month = draw(st.integers(1, 12))
    if precision == "month":
        return PartialDate(year, month)
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    return PartialDate(year, month, day)


PESEL_MIN_DATE = dt.date(1800, 1, 1)
PESEL_MAX_DATE = dt.date(2299, 12, 31)


def valid_pesels() -> st.SearchStrategy[str]:
    """Valid PESEL numbers for any birth date 1800-2299, serial and sex (via ``pesel.encode``)."""
    return st.builds(
        pesel.encode,
        st.dates(PESEL_MIN_DATE, PESEL_MAX_DATE),
        st.integers(0, 999),
        st.booleans(),
    )


_POLISH_UPPER = "AĄBCĆDEĘFGHIJKLŁMNŃOÓPRSŚTUWYZŹŻ"
_UKRAINIAN_UPPER = "АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЮЯ"


@st.composite
def _names(draw: st.DrawFn) -> str:
    alphabet = draw(st.sampled_from((_POLISH_UPPER, _UKRAINIAN_UPPER)))
    first = draw(st.sampled_from(alphabet))
    rest = draw(st.text(alphabet=alphabet.lower(), min_size=1, max_size=20))
    name = first + rest
    if draw(st.booleans()):
        name += (
            "-"
            + draw(st.sampled_from(alphabet))
            + draw(st.text(alphabet=alphabet.lower(), min_size=1, max_size=15))
        )
    return name


_emails = st.builds(
    "{}@{}.{}".format,
    st.text("abcdefghijklmnopqrstuvwxyz0123456789._-", min_size=1, max_size=20),
    st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=20),
    st.sampled_from(("pl", "com", "eu", "com.pl", "org.ua")),
)


@st.composite
def _valid_participants(draw: st.DrawFn) -> Participant:
    has_pesel = draw(st.booleans())
    born = draw(st.dates(dt.date(1930, 1, 1), dt.date(2008, 12, 31)))
    female = draw(st.booleans())
    number = pesel.encode(born, draw(st.integers(0, 999)), female) if has_pesel else None
    return Participant(
        id=draw(st.uuids()),
        first_name=draw(_names()),
        last_name=draw(_names()),
        education_level=draw(st.sampled_from(EducationLevel)),
        labour_market_status=draw(st.sampled_from(LabourMarketStatus)),
        pesel=number,
        id_document=(
            None
            if has_pesel
            else IdDocument(
                kind=draw(st.sampled_from(IdDocumentKind)),
                number=draw(st.from_regex(r"[A-Z]{2}[0-9]{7}", fullmatch=True)),
            )
        ),
        birth_date=draw(st.sampled_from((born, None))) if has_pesel else born,
        sex=Sex.FEMALE if female else Sex.MALE,
        gmina=draw(st.sampled_from(("Łososina Dolna", "Czarny Dunajec", "Sękowa", "Gołcza"))),
        phone=draw(st.none() | st.from_regex(r"\+48 [0-9]{3} [0-9]{3} [0-9]{3}", fullmatch=True)),
        email=draw(st.none() | _emails),
        citizenship=draw(st.sampled_from(("PL", "UA", "BY", "DE"))),
        communication_language=draw(st.sampled_from(("pl", "uk", "ru", "en"))),
        accessibility_needs=tuple(draw(st.sets(st.sampled_from(AccessibilityNeed), max_size=3))),
    )


@st.composite
def _messy_participants(draw: st.DrawFn) -> Participant:
    short = st.text(max_size=320)
    return Participant(
        id=draw(st.uuids()),
        first_name=draw(short),
        last_name=draw(short),
        education_level=draw(st.sampled_from(EducationLevel)),
        labour_market_status=draw(st.sampled_from(LabourMarketStatus)),
        pesel=draw(
            st.none() | valid_pesels() | st.text("0123456789", min_size=9, max_size=12) | short
        ),
        id_document=draw(
            st.none() | st.builds(IdDocument, kind=st.sampled_from(IdDocumentKind), number=short)
        ),
        birth_date=draw(st.none() | st.dates()),
        sex=draw(st.none() | st.sampled_from(Sex)),
        locality=draw(short),
        phone=draw(st.none() | short),
        email=draw(st.none() | _emails | short),
        citizenship=draw(st.sampled_from(("PL", "UA", "pl", "POL", "")) | short),
        disability=draw(st.none() | st.booleans()),
    )


def participants(*, messy: bool = False) -> st.SearchStrategy[Participant]:
    """Participants; valid ones by default, arbitrary (often invalid) ones when ``messy``.

    Valid participants have Polish or Ukrainian names, a valid PESEL whose birth date agrees
    (or no PESEL and an identity document), a valid e-mail or none, and a two-letter
    citizenship: :func:`participant_issues` finds nothing in them.
    """
    return _messy_participants() if messy else _valid_participants()


def abroad_info(**overrides: Any) -> AbroadInfo:
    """Foreign education recognised in Poland, with authority and date."""
    base = AbroadInfo(
        country="UA",
        original_name="Київський торговельно-економічний коледж",
        recognition_authority="Małopolski Kurator Oświaty",
        recognition_date=dt.date(2023, 5, 12),
    )
    return dataclasses.replace(base, **overrides)
