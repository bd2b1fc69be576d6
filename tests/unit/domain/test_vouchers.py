"""Voucher arithmetic of the KK 2018 / 2019 / 2022 rule sets (DOMAIN.md §2.8)."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advisor_app.catalogue.reference import load_reference_catalogue
from advisor_app.domain.vouchers import (
    BON_VALUE,
    DEFAULT_POOL,
    ExamRule,
    Explanation,
    RateMethod,
    TrainingMode,
    TrainingRule,
    VoucherCategory,
    VoucherEstimate,
    VoucherRuleSet,
    estimate_vouchers,
    fits_pool,
    remaining_pool,
    rule_set_for,
)

# The rule data comes from the shipped catalogue, as in the app.
RULES = {rule_set.id: rule_set for rule_set in load_reference_catalogue().voucher_rule_sets()}
KK2018, KK2019, KK2022 = RULES["KK-2018"], RULES["KK-2019"], RULES["KK-2022"]

LANGUAGE, DIGITAL = VoucherCategory.LANGUAGE, VoucherCategory.DIGITAL
DRIVING, OTHER = VoucherCategory.DRIVING_LICENCE, VoucherCategory.OTHER

rule_sets = st.sampled_from(list(RULES.values()))
categories = st.sampled_from(list(VoucherCategory))
hourly_prices = st.decimals(min_value=0, max_value=200, places=2)
prices = st.decimals(min_value=0, max_value=20_000, places=2)


def training(
    rule_set: VoucherRuleSet,
    category: VoucherCategory,
    hours: int,
    hourly: str | Decimal,
    *,
    individual: bool = False,
) -> VoucherEstimate:
    """Estimate a training given its hourly price."""
    return estimate_vouchers(
        rule_set,
        category,
        hours,
        Decimal(hourly) * hours,
        group=not individual,
        individual=individual,
    )


def exam(rule_set: VoucherRuleSet, price: str | Decimal) -> VoucherEstimate:
    """Estimate an exam of a given price."""
    return estimate_vouchers(rule_set, None, 0, Decimal(price), exam=True)


# --- worked examples --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("category", "hours", "expected"),
    [(DIGITAL, 40, 80), (DRIVING, 30, 60), (LANGUAGE, 60, 60), (OTHER, 20, 60)],
)
def test_2018_hours_times_multiplier(category: VoucherCategory, hours: int, expected: int) -> None:
    """2018: language ×1, IT ×2, licence B ×2, "other" (C+E) ×3 bons per hour."""
    estimate = estimate_vouchers(KK2018, category, hours)
    assert estimate.vouchers == expected
    assert estimate.cost_pln == expected * BON_VALUE
    assert estimate.explanation_code is Explanation.HOURS_MULTIPLIER
    assert (estimate.rule_set_id, estimate.valid_from) == ("KK-2018", KK2018.valid_from)
    assert estimate_vouchers(KK2018, category, hours, individual=True).vouchers == expected


def test_2018_price_does_not_change_multiplier_rules() -> None:
    """2018: a stated price only shows what the bons leave uncovered."""
    estimate = estimate_vouchers(KK2018, DIGITAL, 40, Decimal("1500"))
    assert estimate.vouchers == 80
    assert estimate.uncovered_pln == Decimal("300")


@pytest.mark.parametrize(
    ("price", "vouchers", "uncovered", "code"),
    [
        ("600", 40, "0", Explanation.EXAM_PRICE),
        ("300", 20, "0", Explanation.EXAM_PRICE),
        ("100", 7, "0", Explanation.EXAM_PRICE),  # rounded up: 6.67 → 7 bons
        ("900", 40, "300", Explanation.EXAM_CAPPED),
    ],
)
def test_2018_exam_is_price_over_15_capped(
    price: str, vouchers: int, uncovered: str, code: Explanation
) -> None:
    """2018: exam = price (max 600 zł) / 15 zł, at most 40 bons."""
    estimate = exam(KK2018, price)
    assert (estimate.vouchers, estimate.uncovered_pln, estimate.explanation_code) == (
        vouchers,
        Decimal(uncovered),
        code,
    )


def test_2019_exam_limit_removed_only_the_pool_caps() -> None:
    """From 15.03.2019 an exam may use bons up to the whole pool of 337."""
    assert exam(KK2019, "900").vouchers == 60
    assert exam(KK2019, "5055").vouchers == 337
    big = exam(KK2019, "6000")
    assert (big.vouchers, big.explanation_code) == (DEFAULT_POOL, Explanation.POOL_CAPPED)
    assert big.uncovered_pln == Decimal("6000") - 337 * BON_VALUE


def test_2019_individual_language_and_digital_up_to_45_per_hour() -> None:
    """2019: individual language/IT at the real hourly price, at most 45 zł/h (3 bons)."""
    assert training(KK2019, LANGUAGE, 10, "45", individual=True).vouchers == 30
    assert training(KK2019, DIGITAL, 10, "30", individual=True).vouchers == 20
    capped = training(KK2019, LANGUAGE, 10, "50", individual=True)
    assert (capped.vouchers, capped.uncovered_pln) == (30, Decimal("50"))
    assert capped.explanation_code is Explanation.HOURLY_PRICE_CAPPED
    # Group training keeps the 2018 multipliers.
    assert training(KK2019, LANGUAGE, 60, "50").vouchers == 60
    assert training(KK2019, DIGITAL, 40, "50").vouchers == 80


def test_2019_vocational_training_uses_the_real_hourly_price() -> None:
    """2019: "other" (vocational, C+E) takes the bons its real hourly price needs, not 3×h."""
    estimate = training(KK2019, OTHER, 20, "25")
    assert (estimate.vouchers, estimate.explanation_code) == (40, Explanation.HOURLY_PRICE)
    assert training(KK2019, OTHER, 20, "60").vouchers == 80  # no hourly cap
    assert estimate_vouchers(KK2019, DRIVING, 30).vouchers == 60  # licence B unchanged


@pytest.mark.parametrize(
    ("hourly", "per_hour"), [("10", 1), ("15", 1), ("15.01", 2), ("28", 2), ("30", 2), ("35", 2)]
)
def test_2022_group_language_table(hourly: str, per_hour: int) -> None:
    """2022: group language ≤15 zł/h → 1 bon, 15.01–30 zł/h → 2 bony, capped at 30 zł/h."""
    estimate = training(KK2022, LANGUAGE, 20, hourly)
    assert estimate.vouchers == 20 * per_hour
    assert estimate.uncovered_pln == max(Decimal(hourly) - 30, Decimal(0)) * 20


def test_rule_set_for_picks_the_rules_in_force() -> None:
    """The latest rule set with valid_from on or before the date applies."""
    assert rule_set_for(RULES.values(), "KK", dt.date(2018, 6, 1)) is KK2018
    assert rule_set_for(RULES.values(), "KK", dt.date(2021, 1, 1)) is KK2019
    assert rule_set_for(RULES.values(), "KK", dt.date(2027, 1, 1)) is KK2022
    with pytest.raises(LookupError):
        rule_set_for(RULES.values(), "MPDK-S1", dt.date(2026, 1, 1))


# --- pool and input checks --------------------------------------------------------------------


def test_pool_arithmetic() -> None:
    """remaining_pool goes negative on overrun; fits_pool says whether more bons fit."""
    assert remaining_pool(0) == 337
    assert remaining_pool(300) == 37
    assert remaining_pool(340) == -3
    assert fits_pool(37, 300) and not fits_pool(38, 300)
    assert remaining_pool(10, pool=20) == 10
    with pytest.raises(ValueError):
        remaining_pool(-1)
    with pytest.raises(ValueError):
        fits_pool(-1, 0)


def test_bad_inputs_are_refused() -> None:
    """Floats, negative values, both modes and missing prices are errors, not guesses."""
    with pytest.raises(TypeError):
        estimate_vouchers(KK2019, None, 0, 600.0, exam=True)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not both"):
        estimate_vouchers(KK2018, LANGUAGE, 10, group=True, individual=True)
    with pytest.raises(ValueError, match="hours"):
        estimate_vouchers(KK2018, LANGUAGE, -1)
    with pytest.raises(ValueError, match="hours"):
        estimate_vouchers(KK2018, LANGUAGE, True)
    with pytest.raises(ValueError, match="real price"):
        estimate_vouchers(KK2019, OTHER, 10)
    with pytest.raises(ValueError, match="needs its price"):
        estimate_vouchers(KK2018, None, 0, exam=True)
    with pytest.raises(ValueError, match="unknown voucher category"):
        estimate_vouchers(KK2018, "cooking", 10)
    with pytest.raises(ValueError, match="≥ 0"):
        estimate_vouchers(KK2018, None, 0, Decimal("-1"), exam=True)


def test_rule_sets_must_cover_every_category() -> None:
    """A rule set without a rule for some category and mode is a configuration error."""
    only_language = (
        TrainingRule(
            category=LANGUAGE,
            mode=TrainingMode.ANY,
            method=RateMethod.HOURS_MULTIPLIER,
            vouchers_per_hour=1,
        ),
    )
    with pytest.raises(ValueError, match="no rule"):
        VoucherRuleSet(
            id="X",
            project="X",
            valid_from=dt.date(2020, 1, 1),
            training=only_language,
            exam=ExamRule(),
        )
    with pytest.raises(ValueError, match="vouchers_per_hour"):
        TrainingRule(category=LANGUAGE, mode=TrainingMode.ANY, method=RateMethod.HOURS_MULTIPLIER)


# --- properties -------------------------------------------------------------------------------


@given(rule_sets, categories, st.booleans(), hourly_prices, st.integers(0, 200), st.integers(0, 50))
def test_more_hours_never_fewer_vouchers(
    rule_set: VoucherRuleSet,
    category: VoucherCategory,
    individual: bool,
    hourly: Decimal,
    hours: int,
    extra: int,
) -> None:
    """At the same hourly price, a longer training never takes fewer bons."""
    shorter = training(rule_set, category, hours, hourly, individual=individual)
    longer = training(rule_set, category, hours + extra, hourly, individual=individual)
    assert shorter.vouchers <= longer.vouchers


@given(rule_sets, categories, st.booleans(), st.integers(1, 200), prices, prices)
def test_higher_price_never_fewer_vouchers(
    rule_set: VoucherRuleSet,
    category: VoucherCategory,
    individual: bool,
    hours: int,
    price: Decimal,
    other: Decimal,
) -> None:
    """For the same training or exam, a higher price never takes fewer bons."""
    low, high = sorted((price, other))
    for kwargs in ({"exam": True}, {"individual": individual}):
        cheap = estimate_vouchers(rule_set, category, hours, low, **kwargs)
        dear = estimate_vouchers(rule_set, category, hours, high, **kwargs)
        assert cheap.vouchers <= dear.vouchers


@given(rule_sets, categories, st.booleans(), st.integers(1, 300), prices)
def test_estimates_stay_in_the_pool_and_cover_the_price(
    rule_set: VoucherRuleSet,
    category: VoucherCategory,
    individual: bool,
    hours: int,
    price: Decimal,
) -> None:
    """Never more than the pool; the bons' value plus the uncovered part covers the price."""
    for estimate in (
        estimate_vouchers(rule_set, category, hours, price, individual=individual),
        estimate_vouchers(rule_set, None, 0, price, exam=True),
    ):
        assert 0 <= estimate.vouchers <= rule_set.pool
        assert estimate.cost_pln == estimate.vouchers * rule_set.bon_value_pln
        assert isinstance(estimate.cost_pln, Decimal)
        assert estimate.uncovered_pln >= 0
        assert estimate.cost_pln + estimate.uncovered_pln >= price


@given(prices)
def test_exam_caps_per_rule_set(price: Decimal) -> None:
    """Exam ≤ 40 bons in 2018; from 2019-03-15 only the pool (337) limits it."""
    assert exam(KK2018, price).vouchers == min(math.ceil(min(price, Decimal(600)) / 15), 40)
    for rule_set in (KK2019, KK2022):
        assert exam(rule_set, price).vouchers == min(math.ceil(price / 15), DEFAULT_POOL)
