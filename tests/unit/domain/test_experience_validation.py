"""experience_issues and biography_issues: dates, activities, foreign recognition, titles."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings

from advisor_app.domain.entities import Experience
from advisor_app.domain.enums import LifeArea, Recognition, Stage, Translation
from advisor_app.domain.flow import InterviewFlow
from advisor_app.domain.issues import Issue, Severity
from advisor_app.domain.partial_date import PartialDate
from advisor_app.domain.validation import biography_issues, experience_issues
from tests.helpers.domain_factories import (
    TODAY,
    abroad_info,
    finishable_record,
    make_experience,
    make_record,
    partial_dates,
    sid,
)

P = PartialDate.parse


def _codes(experience: Experience) -> set[tuple[str, str, Severity]]:
    return {(i.field, i.code, i.severity) for i in experience_issues(experience)}


def test_complete_experience_has_no_issues() -> None:
    """The factory's shop experience (ongoing, with activities) is valid."""
    assert experience_issues(make_experience()) == []


def test_end_before_start_is_invalid() -> None:
    """An end earlier than the start is INVALID at experiences.end, tied to the item."""
    experience = make_experience(start=P("2010-05"), end=P("2009-11"), ongoing=False)
    assert experience_issues(experience) == [
        Issue(
            Stage.BIOGRAPHY,
            "experiences.end",
            "end_before_start",
            "end_before_start",
            Severity.INVALID,
            experience.id,
        )
    ]


def test_ongoing_experience_ignores_the_end_date() -> None:
    """While "nadal" (ongoing) is ticked, a stale end date before the start is not checked."""
    experience = make_experience(start=P("2010-05"), end=P("2009-11"), ongoing=True)
    assert experience_issues(experience) == []


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("1998", "1998-06"),  # "ok. 1998" to June 1998
        ("1998-06", "1998"),
        ("1998-06-15", "1998-06"),
        ("1998-06", "1998-06-01"),
        ("1998-06-15", "1998-06-15"),  # a one-day course
        ("1998", "1998"),
    ],
)
def test_overlapping_approximate_dates_are_not_flagged(start: str, end: str) -> None:
    """Mixed precision that may describe the same period is accepted."""
    experience = make_experience(start=P(start), end=P(end), ongoing=False, approximate=True)
    assert experience_issues(experience) == []


def test_approximate_flag_does_not_excuse_a_certain_inversion() -> None:
    """ "ok. 2000" to "ok. 1998" is still certainly reversed, so it stays INVALID."""
    experience = make_experience(start=P("2000"), end=P("1998"), ongoing=False, approximate=True)
    assert _codes(experience) == {("experiences.end", "end_before_start", Severity.INVALID)}


@pytest.mark.parametrize(("start", "end"), [(None, "1998"), ("1998", None), (None, None)])
def test_missing_dates_are_not_an_order_error(start: str | None, end: str | None) -> None:
    """Dates are optional; only two known dates can be out of order."""
    experience = make_experience(
        start=P(start) if start else None, end=P(end) if end else None, ongoing=False
    )
    assert experience_issues(experience) == []


@settings(max_examples=100)
@given(start=partial_dates(1960, 2024), end=partial_dates(1960, 2024))
def test_end_before_start_exactly_when_end_is_certainly_before(
    start: PartialDate, end: PartialDate
) -> None:
    """The date-order issue appears iff end.is_before(start) and the item is not ongoing."""
    closed = make_experience(start=start, end=end, ongoing=False)
    flagged = any(i.code == "end_before_start" for i in experience_issues(closed))
    assert flagged is end.is_before(start)
    ongoing = dataclasses.replace(closed, ongoing=True)
    assert not any(i.code == "end_before_start" for i in experience_issues(ongoing))


@pytest.mark.parametrize("activities", [(), ("",), ("  ", "\t")])
def test_missing_activities_is_only_recommended(activities: tuple[str, ...]) -> None:
    """No (non-blank) activity is RECOMMENDED at experiences.activities, never blocking."""
    experience = make_experience(activities=activities)
    issues = experience_issues(experience)
    assert _codes(experience) == {
        ("experiences.activities", "activities_missing", Severity.RECOMMENDED)
    }
    assert not any(i.severity.blocks_finish for i in issues)


def test_missing_activities_does_not_block_finish() -> None:
    """A finishable balance stays finishable when one experience lists no activities."""
    record = finishable_record()
    experiences = (dataclasses.replace(record.experiences[0], activities=()),)
    record = dataclasses.replace(record, experiences=experiences + record.experiences[1:])
    flow = InterviewFlow(today=lambda: TODAY)
    assert flow.can_finish(record)
    assert [i.code for i in flow.stage_issues(record, Stage.BIOGRAPHY)] == ["activities_missing"]


@pytest.mark.parametrize("title", ["", "   "])
def test_blank_title_is_incomplete(title: str) -> None:
    """Every timeline item needs a title."""
    assert _codes(make_experience(title=title)) == {
        ("experiences.title", "title_required", Severity.INCOMPLETE)
    }


def _foreign(**overrides: object) -> Experience:
    return make_experience(
        id=sid("experience.kyiv-college"),
        area=LifeArea.FORMAL_EDUCATION,
        title="Technikum handlowe w Kijowie",
        start=P("2004-09"),
        end=P("2008-06"),
        ongoing=False,
        abroad=abroad_info(**overrides),
    )


@pytest.mark.parametrize(
    "missing",
    [
        {"recognition_authority": None},
        {"recognition_authority": "   "},
        {"recognition_date": None},
        {"recognition_authority": None, "recognition_date": None},
    ],
)
def test_recognised_foreign_education_needs_authority_and_date(missing: dict[str, object]) -> None:
    """ "Recognised" without the authority or the date is INVALID at abroad.recognition."""
    experience = _foreign(recognition=Recognition.RECOGNISED, **missing)
    assert _codes(experience) == {
        ("experiences.abroad.recognition", "recognition_unconfirmed", Severity.INVALID)
    }


def test_recognised_foreign_education_with_authority_and_date_is_fine() -> None:
    """A recognition with authority and date, and a sworn translation, is valid."""
    experience = _foreign(recognition=Recognition.RECOGNISED, translation=Translation.SWORN)
    assert experience_issues(experience) == []


@pytest.mark.parametrize(
    "recognition", [Recognition.UNKNOWN, Recognition.IN_PROGRESS, Recognition.NOT_APPLICABLE]
)
def test_unrecognised_foreign_education_needs_no_authority(recognition: Recognition) -> None:
    """Only the "recognised" status requires authority and date."""
    experience = _foreign(
        recognition=recognition, recognition_authority=None, recognition_date=None
    )
    assert experience_issues(experience) == []


@pytest.mark.parametrize("country", ["ua", "UKR", "Ukraina", "", "U1"])
def test_abroad_country_must_be_alpha2(country: str) -> None:
    """The country of foreign experience is an upper-case ISO alpha-2 code."""
    assert _codes(_foreign(country=country)) == {
        ("experiences.abroad.country", "country_invalid", Severity.INVALID)
    }


def test_biography_without_experiences_is_incomplete() -> None:
    """An empty timeline yields one experience_missing issue at the stage level."""
    assert biography_issues(make_record()) == [
        Issue(
            Stage.BIOGRAPHY,
            "experiences",
            "experience_missing",
            "experience_missing",
            Severity.INCOMPLETE,
        )
    ]


def test_biography_reports_each_experience_with_its_id() -> None:
    """Issues of several experiences each name the experience they belong to."""
    bad_dates = make_experience(
        id=sid("experience.a"), start=P("2010"), end=P("2009"), ongoing=False
    )
    no_activities = make_experience(id=sid("experience.b"), activities=())
    record = make_record(experiences=(bad_dates, make_experience(), no_activities))
    assert {(i.code, i.entity_id) for i in biography_issues(record)} == {
        ("end_before_start", sid("experience.a")),
        ("activities_missing", sid("experience.b")),
    }


def test_experience_dates_in_the_future_are_allowed() -> None:
    """A planned end (e.g. a course finishing next year) is not a validation error."""
    experience = make_experience(start=P("2024-02"), end=P(str(TODAY.year + 1)), ongoing=False)
    assert experience_issues(experience) == []
    assert dt.date(TODAY.year + 1, 1, 1) > TODAY
