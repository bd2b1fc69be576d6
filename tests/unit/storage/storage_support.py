"""Shared helpers of the storage tests: an opened test profile and a record using every field.

Plain functions rather than fixtures so both ``tests/unit/storage`` and ``tests/migrations`` can
use them without a shared conftest.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

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
    MeetingMode,
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
from advisor_app.domain.partial_date import PartialDate
from advisor_app.storage.keys import KEYRING_SERVICE, KeyCustody, db_key_account
from advisor_app.storage.profile import OpenedProfile, open_profile, profile_dir_for
from advisor_app.storage.unit_of_work import UnitOfWork
from tests.helpers.domain_factories import sid

__all__ = [
    "NOW",
    "full_record",
    "make_custody",
    "open_test_profile",
    "participant",
    "save",
]

#: A fixed "now" for ``updated_at``; tests move it explicitly.
NOW = dt.datetime(2026, 1, 15, 9, 30, tzinfo=dt.UTC)

_WARSAW = dt.timezone(dt.timedelta(hours=1))


def make_custody(profile_dir: Path) -> KeyCustody:
    """Key custody of a test profile: the (in-memory) keyring, never a passphrase."""
    return KeyCustody(
        profile_dir,
        KEYRING_SERVICE,
        db_key_account("local", profile_dir.name),
        passphrase_provider=lambda purpose: None,
    )


def open_test_profile(data_dir: Path, name: str = "test") -> OpenedProfile:
    """Open (create) an encrypted, migrated profile under ``data_dir``; dispose of its engine."""
    profile_dir = profile_dir_for(data_dir, name)
    return open_profile(profile_dir, make_custody(profile_dir))


def save(profile: OpenedProfile, record: BalanceRecord, now: dt.datetime = NOW) -> None:
    """Save a record and its participant in one committed unit of work."""
    with UnitOfWork(profile.session_factory) as uow:
        uow.participants.save(record.participant, now=now)
        uow.balances.save_record(record, now=now)
        uow.commit()


def participant(name: str, first: str, last: str, **fields: object) -> Participant:
    """A minimal participant with a stable id derived from ``name``."""
    return Participant(
        id=sid(f"participant.{name}"),
        first_name=first,
        last_name=last,
        education_level=EducationLevel.SECONDARY_GENERAL,
        labour_market_status=LabourMarketStatus.UNEMPLOYED,
        **fields,  # type: ignore[arg-type]  # tests pass valid field names
    )


def full_record() -> BalanceRecord:
    """A balance in which every entity appears and every field differs from its default.

    Texts mix Polish and Ukrainian letters; lists have several items in a non-sorted order, so a
    storage that reorders or drops anything fails the round trip.
    """
    exp_farm, exp_shop, exp_abroad = (sid(f"x.exp.{n}") for n in ("farm", "shop", "abroad"))
    ep_cash, ep_fair = sid("x.ep.cash"), sid("x.ep.fair")
    comp_cash, comp_team, comp_lang = (sid(f"x.comp.{n}") for n in ("cash", "team", "lang"))
    consent_photo, consent_project = sid("x.consent.photo"), sid("x.consent.project")
    area_excel, area_law = sid("x.area.excel"), sid("x.area.law")
    advisor = sid("x.advisor")

    person = Participant(
        id=sid("x.participant"),
        first_name="Łucja Олена",
        last_name="Żółkiewska-Коваленко",
        education_level=EducationLevel.POST_SECONDARY,
        labour_market_status=LabourMarketStatus.FARMER_KRUS,
        pesel="72021748315",
        id_document=IdDocument(kind=IdDocumentKind.RESIDENCE_CARD, number="RC 123456 ź"),
        birth_date=dt.date(1972, 2, 17),
        sex=Sex.FEMALE,
        gmina="Łososina Dolna",
        powiat="nowosądecki",
        locality="Tęgoborze",
        phone="+48 601 234 567",
        email="łucja@example.pl",
        citizenship="UA",
        residence_basis="karta pobytu czasowego",
        disability=True,
        disability_document="orzeczenie o stopniu umiarkowanym",
        communication_language="uk",
        accessibility_needs=(AccessibilityNeed.LARGE_PRINT, AccessibilityNeed.EASY_READ),
        intake_channel="punkt mobilny - Урядова гаряча лінія",
        participation_start=dt.date(2024, 3, 4),
    )
    balance = Balance(
        id=sid("x.balance"),
        revision_id=sid("x.revision.2"),
        advisor_id=advisor,
        advisor_name="Joanna Kurek",
        # Not UTC on purpose: storage must keep the instant (it returns it in UTC).
        created_at=dt.datetime(2024, 3, 4, 10, 0, 0, 123456, tzinfo=_WARSAW),
        project_code="MPDK-S1",
        variant=Variant.IN_DEPTH,
        status=BalanceStatus.WITHDRAWN,
        base_revision_id=sid("x.revision.1"),
        support_id="WSP/2024/0042",
        finished_at=dt.datetime(2024, 4, 1, 12, 0, tzinfo=dt.UTC),
        withdrawn_at=dt.datetime(2024, 4, 2, 8, 30, tzinfo=dt.UTC),
        withdrawal_reason="przeprowadzka - переїзд",
        starting_situation="Pracuje w sklepie.\nWieczorami prowadzi księgowość KGW.",
        reasons=(Reason.VALIDATION, Reason.CHANGE_JOB, Reason.OTHER),
        initial_goal="Praca biurowa w spółdzielni rolniczej",
        goal_type=GoalType.VOCATIONAL,
        target_qualification_ref="ZRK:RL.32",
        planned_meetings=5,
        constraints="Dojazd tylko autobusem; opieka nad matką",
        contract=Contract(
            informed_purpose=True,
            informed_course=True,
            informed_effort=True,
            informed_duration=True,
            informed_meetings=True,
            voluntary=True,
            confidentiality=True,
            data_processing=True,
        ),
        current_stage=Stage.PORTFOLIO,
    )
    consents = (
        Consent(
            id=consent_project,
            purpose=ConsentPurpose.PROJECT_PROCESSING,
            legal_basis=LegalBasis.LEGAL_OBLIGATION,
            text_version="KK-2024/RODO-1.2",
            given_at=dt.datetime(2024, 3, 4, 9, 15, tzinfo=dt.UTC),
            witnessed_by=advisor,
            form=ConsentForm.ORAL_WITH_WITNESS,
            withdrawn_at=dt.datetime(2024, 4, 2, 8, 0, tzinfo=dt.UTC),
            withdrawal_effects_done_at=dt.datetime(2024, 4, 3, 8, 0, tzinfo=dt.UTC),
        ),
        Consent(
            id=consent_photo,
            purpose=ConsentPurpose.EVIDENCE_PHOTOS,
            legal_basis=LegalBasis.CONSENT,
            text_version="FOTO-1.0",
            given_at=dt.datetime(2024, 3, 4, 9, 20, tzinfo=dt.UTC),
            witnessed_by=advisor,
            form=ConsentForm.SIGNED_ON_SCREEN,
        ),
    )
    meetings = (
        Meeting(
            id=sid("x.meeting.2"),
            date=dt.date(2024, 3, 11),
            mode=MeetingMode.VIDEO,
            duration_min=75,
            place="Zoom - віддалено",
            accessible_location=True,
            stages=(Stage.BEHAVIOURAL, Stage.BIOGRAPHY),
            notes="Opowiadała o kasie fiskalnej.",
            homework="Przynieść zaświadczenia",
            next_date=dt.date(2024, 3, 18),
        ),
        Meeting(
            id=sid("x.meeting.1"),
            date=dt.date(2024, 3, 4),
            mode=MeetingMode.PHONE,
            duration_min=30,
            place="telefon",
            accessible_location=True,
            stages=(Stage.INTRO,),
            notes="Kontrakt omówiony.",
            homework="Lista doświadczeń",
            next_date=dt.date(2024, 3, 11),
        ),
    )
    experiences = (
        Experience(
            id=exp_shop,
            area=LifeArea.PAID_WORK,
            title="Sprzedawczyni w sklepie „Groszek”",
            organisation="PHU Groszek",
            role="kasjerka",
            start=PartialDate(1998, 3),
            end=PartialDate(2024, 2, 29),
            ongoing=True,
            approximate=True,
            intensity=Intensity.FULL_TIME,
            activities=("obsługa kasy", "przyjmowanie dostaw", "inwentaryzacja"),
            achievements="Najlepsza zmiana 2019",
            learned="Dokładność przy liczeniu gotówki",
            documents_mentioned=("świadectwo pracy", "umowa"),
            deepen=True,
            source=ExperienceSource.DOCUMENT,
        ),
        Experience(
            id=exp_farm,
            area=LifeArea.FARMING,
            title="Gospodarstwo rodzinne",
            organisation="",
            role="współwłaścicielka",
            start=PartialDate(1990),
            end=PartialDate(2000, 12),
            intensity=Intensity.SEASONAL,
            activities=("zbiór jabłek",),
            source=ExperienceSource.PARTICIPANT_FORM,
        ),
        Experience(
            id=exp_abroad,
            area=LifeArea.MOBILITY_ABROAD,
            title="Praca sezonowa w Niemczech",
            start=PartialDate(2005, 6),
            intensity=Intensity.OCCASIONAL,
            source=ExperienceSource.ONLINE_PART,
            abroad=AbroadInfo(
                country="DE",
                original_name="Erntehelferin - збиральниця",
                translation=Translation.SWORN,
                recognition=Recognition.RECOGNISED,
                recognition_authority="Kurator Oświaty w Krakowie",
                recognition_date=dt.date(2006, 1, 9),
            ),
        ),
    )
    episodes = (
        Episode(
            id=ep_fair,
            experience_id=exp_farm,
            title="Kiermasz KGW",
            situation="S: kiermasz",
            task="T: kasa",
            action="A: rozliczenie",
            result="R: zysk 2 300 zł",
            reflection="Lubię liczby",
            possible_evidence=("zdjęcia", "protokół"),
            advisor_note="Nie drukować - тільки для радника",
            discarded=True,
        ),
        Episode(
            id=ep_cash,
            experience_id=exp_shop,
            title="Braki w kasie",
            situation="S",
            task="T",
            action="A",
            result="R",
        ),
    )
    competences = (
        Competence(
            id=comp_team,
            kind=CompetenceKind.SOCIAL,
            statement="Współpracuje w zespole",
            catalogue_ref="ESCO:S1.0",
            category="social.cooperation",
            context="KGW",
            level=3,
            status=CompetenceStatus.CONFIRMED_EXTERNAL,
            experience_ids=(exp_farm, exp_shop),
            episode_ids=(ep_fair, ep_cash),
            relevant_to_goal=True,
            strength=True,
        ),
        Competence(
            id=comp_cash,
            kind=CompetenceKind.SKILL,
            statement="Prowadzi książkę kasową",
            level=4,
            status=CompetenceStatus.DOCUMENTED,
            experience_ids=(exp_shop,),
            episode_ids=(ep_cash,),
        ),
        Competence(
            id=comp_lang,
            kind=CompetenceKind.KNOWLEDGE,
            statement="Zna podstawy języka niemieckiego",
            level=1,
            status=CompetenceStatus.DECLARED,
            experience_ids=(exp_abroad,),
        ),
    )
    evidence = (
        Evidence(
            id=sid("x.evidence.photo"),
            kind=EvidenceKind.PHOTO,
            title="Zdjęcia z kiermaszu",
            description="Trzy zdjęcia stoiska",
            date=dt.date(2023, 9, 10),
            valid_until=dt.date(2030, 1, 1),
            issuer="KGW Łososina",
            files=(
                EvidenceFile(
                    id=sid("x.file.2"),
                    name="stoisko-2.jpg",
                    media_type="image/jpeg",
                    size=204_800,
                    sha256="b" * 64,
                ),
                EvidenceFile(
                    id=sid("x.file.1"),
                    name="stoisko-1.jpg",
                    media_type="image/jpeg",
                    size=102_400,
                    sha256="a" * 64,
                ),
            ),
            sighted_only=True,
            coauthorship="z siostrą",
            consent_id=consent_photo,
            competence_ids=(comp_team, comp_cash),
            criteria=EvidenceCriteria(
                relevant=CriterionRating.MET,
                authentic=CriterionRating.PARTLY,
                sufficient=CriterionRating.NOT_MET,
                current=CriterionRating.MET,
            ),
            visibility=Visibility.ADVISOR_ONLY,
        ),
        Evidence(
            id=sid("x.evidence.cert"),
            kind=EvidenceKind.COURSE_CERTIFICATE,
            title="Kurs kasy fiskalnej",
            competence_ids=(comp_cash,),
            visibility=Visibility.EXCLUDED,
        ),
    )
    areas = (
        DevelopmentArea(
            id=area_law,
            gap="Prawo spółdzielcze",
            requirement_source=RequirementSource.QUALIFICATION,
            requirement_ref="ZRK:RL.32/1",
            target_competence="Zna prawo spółdzielcze",
            priority=Priority.LOW,
        ),
        DevelopmentArea(
            id=area_excel,
            gap="Arkusz kalkulacyjny",
            requirement_source=RequirementSource.JOB_OFFER,
            requirement_ref="oferta 12/2024",
            target_competence="Tworzy zestawienia w arkuszu",
            priority=Priority.HIGH,
        ),
    )
    plan = Plan(
        refined_goal="Referentka ds. księgowości w spółdzielni",
        actions=(
            PlanAction(
                id=sid("x.action.excel"),
                kind=ActionKind.TRAINING,
                description="Kurs Excela (BUR)",
                due=PartialDate(2024, 6),
                owner=ActionOwner.INSTITUTION,
                bur_category="IT",
                qualification_ref="ZRK:ECDL",
                area_ids=(area_excel, area_law),
                estimated_cost_pln=Decimal("1250.50"),
                vouchers=3,
                status=ActionStatus.IN_PROGRESS,
            ),
            PlanAction(
                id=sid("x.action.search"),
                kind=ActionKind.JOB_SEARCH,
                description="Wysłać CV",
                due=PartialDate(2024),
                owner=ActionOwner.ADVISOR,
                estimated_cost_pln=Decimal("0.00"),
                vouchers=0,
                status=ActionStatus.DONE,
            ),
        ),
        strength_competence_ids=(comp_team, comp_cash),
        matching_sectors=("rolnictwo", "handel", "biuro"),
    )
    audit = (
        AuditEvent(
            at=dt.datetime(2024, 3, 4, 9, 0, tzinfo=dt.UTC),
            actor=advisor,
            action="create",
            entity="balance",
            entity_id=balance.id,
        ),
        AuditEvent(
            at=dt.datetime(2024, 3, 4, 9, 1, tzinfo=dt.UTC),
            actor=advisor,
            action="export",
            entity="document",
        ),
    )
    return BalanceRecord(
        balance=balance,
        participant=person,
        consents=consents,
        meetings=meetings,
        experiences=experiences,
        episodes=episodes,
        competences=competences,
        evidence=evidence,
        development_areas=areas,
        plan=plan,
        feedback=Feedback(
            form=FeedbackForm.BOTH,
            text="Mocne strony: dokładność - точність",
            training_scope="kursy komputerowe",
        ),
        audit=audit,
    )
