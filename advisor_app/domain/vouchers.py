"""Voucher (bon) arithmetic of Kierunek Kariera-type projects (DOMAIN.md §2.8, §3.5).

A participant pays for training and exams with *bony* (1 bon = 15 zł) from a pool of 337. How
many bons a service takes depends on the rules in force when it was bought; they changed in
2018, 2019 and 2022 [Z S14, S15]. The rule *data* (rates, caps, dates) is configuration: it
lives in ``resources/catalogue/voucher_rules.toml`` and is read by
:mod:`advisor_app.catalogue.reference`. This module only does the arithmetic, in
:class:`~decimal.Decimal`, never in floats.

How DOMAIN.md §2.8 is read here (choices where it is silent or ambiguous are marked *choice*):

* **Hours × multiplier** (2018 language ×1, IT ×2, driving licence A1/A/B1/B ×2, "other"
  including C and C+E ×3): ``vouchers = hours × multiplier``; the price does not matter.
* **Real hourly price** (2019 individual language/digital up to 45 zł/h, 2019 vocational
  "other" training at its real hourly price, 2022 group language up to 30 zł/h): the hourly
  price is ``price / hours``, capped by the rule's maximum if it has one; each hour takes
  ``ceil(hourly / 15)`` bons, so the 2022 table (≤15 zł → 1 bon, 15.01–30 zł → 2 bony) is
  reproduced exactly. *Choice*: rounding is per hour, as the sources state the rule per hour;
  it means a course never takes fewer bons per hour than its hourly price needs.
* **Exam**: ``ceil(min(price, price cap) / 15)``, then at most the rule's voucher cap (2018:
  600 zł → 40 bonów). From 15.03.2019 there is no exam cap, only the pool. *Choice*: the
  source also mentions an "80-bon limit for ZRK qualification exams" removed on 15.03.2019; it
  contradicts the 2018 exam rule (40) and is not modelled; the 2018 set uses 40.
* **Pool**: no estimate exceeds the rule set's pool (337); the rest is reported as uncovered.
* *Choice*: rounding up (ceil) everywhere: a bon cannot be split, and the vouchers must cover
  the price; the value of the vouchers may therefore exceed the price by less than one bon.
* *Choice*: when neither ``group`` nor ``individual`` is given, group rates apply (the usual KK
  form and the lower rate, so the estimate never promises more than the rules allow).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from enum import StrEnum
from typing import Final

__all__ = [
    "BON_VALUE",
    "DEFAULT_POOL",
    "ExamRule",
    "Explanation",
    "RateMethod",
    "TrainingMode",
    "TrainingRule",
    "VoucherCategory",
    "VoucherEstimate",
    "VoucherRuleSet",
    "estimate_vouchers",
    "fits_pool",
    "remaining_pool",
    "rule_set_for",
]

#: Value of one bon in Kierunek Kariera [Z S14]; a rule set may configure another value.
BON_VALUE: Final = Decimal("15")
#: The participant's whole pool of bons in Kierunek Kariera [Z S15].
DEFAULT_POOL: Final = 337


class VoucherCategory(StrEnum):
    """Training categories the voucher rules distinguish (not the same as BUR categories)."""

    #: Foreign-language training.
    LANGUAGE = "language"
    #: IT / digital-skills training.
    DIGITAL = "digital"
    #: Driving licence A1, A, A2, B1, B.
    DRIVING_LICENCE = "driving_licence"
    #: Everything else, including driving licence C and C+E and vocational training.
    OTHER = "other"


class TrainingMode(StrEnum):
    """Which form of training a rule applies to."""

    ANY = "any"
    GROUP = "group"
    INDIVIDUAL = "individual"


class RateMethod(StrEnum):
    """How a training rule turns hours and price into bons."""

    #: A fixed number of bons per hour.
    HOURS_MULTIPLIER = "hours_multiplier"
    #: As many bons per hour as the (possibly capped) real hourly price needs.
    HOURLY_PRICE = "hourly_price"


class Explanation(StrEnum):
    """Why an estimate came out as it did (a code the UI words in its own language)."""

    HOURS_MULTIPLIER = "hours_multiplier"
    HOURLY_PRICE = "hourly_price"
    HOURLY_PRICE_CAPPED = "hourly_price_capped"
    EXAM_PRICE = "exam_price"
    EXAM_CAPPED = "exam_capped"
    POOL_CAPPED = "pool_capped"


@dataclass(frozen=True, slots=True, kw_only=True)
class TrainingRule:
    """How one training category (in one mode) is paid for.

    Attributes:
        category: The training category.
        mode: Group, individual, or any training of the category.
        method: Fixed bons per hour, or the real hourly price.
        vouchers_per_hour: Bons per hour, for :attr:`RateMethod.HOURS_MULTIPLIER`.
        max_hourly_price_pln: Highest hourly price the bons cover, for
            :attr:`RateMethod.HOURLY_PRICE`; None means the real price whatever it is.
    """

    category: VoucherCategory
    mode: TrainingMode
    method: RateMethod
    vouchers_per_hour: int | None = None
    max_hourly_price_pln: Decimal | None = None

    def __post_init__(self) -> None:
        if self.method is RateMethod.HOURS_MULTIPLIER:
            if self.vouchers_per_hour is None or self.vouchers_per_hour < 1:
                raise ValueError(f"{self.category}: hours_multiplier needs vouchers_per_hour ≥ 1")
            if self.max_hourly_price_pln is not None:
                raise ValueError(f"{self.category}: hours_multiplier takes no hourly price cap")
        else:
            if self.vouchers_per_hour is not None:
                raise ValueError(f"{self.category}: hourly_price takes no vouchers_per_hour")
            if self.max_hourly_price_pln is not None and self.max_hourly_price_pln <= 0:
                raise ValueError(f"{self.category}: max_hourly_price_pln must be positive")


@dataclass(frozen=True, slots=True, kw_only=True)
class ExamRule:
    """How an exam (e.g. a ZRK qualification validation) is paid for.

    Attributes:
        max_price_pln: Highest price the bons cover; None when uncapped.
        max_vouchers: Most bons one exam may take; None when only the pool limits it.
    """

    max_price_pln: Decimal | None = None
    max_vouchers: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class VoucherRuleSet:
    """The voucher rules of one project from one date on.

    Attributes:
        id: Identifier, e.g. ``"KK-2019"``.
        project: Project code the rules belong to, e.g. ``"KK"``.
        valid_from: First day the rules apply.
        training: One rule per category and mode; every category must be covered for both
            group and individual training (directly or through :attr:`TrainingMode.ANY`).
        exam: The exam rule.
        pool: Bons available to one participant.
        bon_value_pln: Value of one bon.
        source: Where the rules come from.
    """

    id: str
    project: str
    valid_from: dt.date
    training: tuple[TrainingRule, ...]
    exam: ExamRule
    pool: int = DEFAULT_POOL
    bon_value_pln: Decimal = BON_VALUE
    source: str = ""

    def __post_init__(self) -> None:
        seen: set[tuple[VoucherCategory, TrainingMode]] = set()
        for rule in self.training:
            key = (rule.category, rule.mode)
            if key in seen:
                raise ValueError(f"{self.id}: two rules for {rule.category}/{rule.mode}")
            seen.add(key)
        for category in VoucherCategory:
            for individual in (False, True):
                self.training_rule(category, individual=individual)
        if self.pool < 1 or self.bon_value_pln <= 0:
            raise ValueError(f"{self.id}: pool and bon value must be positive")

    def training_rule(self, category: VoucherCategory, *, individual: bool) -> TrainingRule:
        """The rule for a category: the mode-specific one, else the one for any mode.

        Raises:
            ValueError: the rule set has no rule for the category (a configuration error).
        """
        wanted = TrainingMode.INDIVIDUAL if individual else TrainingMode.GROUP
        fallback = None
        for rule in self.training:
            if rule.category is category and rule.mode is wanted:
                return rule
            if rule.category is category and rule.mode is TrainingMode.ANY:
                fallback = rule
        if fallback is None:
            raise ValueError(f"{self.id}: no rule for {category} ({wanted})")
        return fallback


@dataclass(frozen=True, slots=True, kw_only=True)
class VoucherEstimate:
    """How many bons a training or exam takes under one rule set.

    Attributes:
        vouchers: Number of bons.
        cost_pln: Their value (``vouchers × bon value``).
        uncovered_pln: The part of the given price the bons do not cover (over a price or
            hourly cap, or over the pool): paid from other money, or the offer must change.
        rule_set_id: The rule set used.
        valid_from: Since when that rule set applies.
        explanation_code: Which rule decided the result.
    """

    vouchers: int
    cost_pln: Decimal
    uncovered_pln: Decimal
    rule_set_id: str
    valid_from: dt.date
    explanation_code: Explanation


def _ceil(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_CEILING))


def estimate_vouchers(
    rule_set: VoucherRuleSet,
    category: str | None,
    hours: int,
    price_pln: Decimal | None = None,
    *,
    group: bool = False,
    individual: bool = False,
    exam: bool = False,
) -> VoucherEstimate:
    """Estimate the bons a training or an exam takes (see the module docstring for the rules).

    Args:
        rule_set: The rules in force when the service is bought.
        category: A :class:`VoucherCategory` code; ignored (may be None) for an exam.
        hours: Training hours (whole hours, as BUR offers state them); ignored for an exam.
        price_pln: Total price of the service. Required for exams and for rules that pay the
            real hourly price; for hours × multiplier rules it only feeds ``uncovered_pln``.
        group: Group training.
        individual: Individual training (at most one of ``group`` and ``individual``; with
            neither, group rates apply).
        exam: The service is an exam, not a training.

    Raises:
        ValueError: negative hours or price, both group and individual, a missing price the
            rule needs, an unknown category, or a real-hourly-price rule with zero hours.
        TypeError: the price is not a Decimal (floats lose grosze).
    """
    if group and individual:
        raise ValueError("a training is either group or individual, not both")
    hours_value: object = hours  # checked at run time too: True is an int in Python
    if isinstance(hours_value, bool) or not isinstance(hours_value, int) or hours < 0:
        raise ValueError(f"hours must be a whole number ≥ 0, not {hours!r}")
    if price_pln is not None:
        if not isinstance(price_pln, Decimal):
            raise TypeError(f"price_pln must be a Decimal, not {type(price_pln).__name__}")
        if not price_pln.is_finite() or price_pln < 0:
            raise ValueError(f"price_pln must be ≥ 0, not {price_pln}")
    bon = rule_set.bon_value_pln
    if exam:
        if price_pln is None:
            raise ValueError("an exam estimate needs its price")
        covered_price = price_pln
        code = Explanation.EXAM_PRICE
        if rule_set.exam.max_price_pln is not None and covered_price > rule_set.exam.max_price_pln:
            covered_price = rule_set.exam.max_price_pln
            code = Explanation.EXAM_CAPPED
        needed = _ceil(covered_price / bon)
        if rule_set.exam.max_vouchers is not None and needed > rule_set.exam.max_vouchers:
            needed = rule_set.exam.max_vouchers
            code = Explanation.EXAM_CAPPED
    else:
        if category is None:
            raise ValueError("a training estimate needs its category")
        try:
            voucher_category = VoucherCategory(category)
        except ValueError:
            raise ValueError(f"unknown voucher category {category!r}") from None
        rule = rule_set.training_rule(voucher_category, individual=individual)
        if rule.method is RateMethod.HOURS_MULTIPLIER:
            assert rule.vouchers_per_hour is not None  # checked in TrainingRule.__post_init__
            needed = hours * rule.vouchers_per_hour
            code = Explanation.HOURS_MULTIPLIER
        else:
            if price_pln is None:
                raise ValueError(f"{rule_set.id}: {voucher_category} is paid by the real price")
            if hours == 0:
                if price_pln > 0:
                    raise ValueError("an hourly price needs at least one hour")
                needed, code = 0, Explanation.HOURLY_PRICE
            else:
                hourly = price_pln / hours
                code = Explanation.HOURLY_PRICE
                cap = rule.max_hourly_price_pln
                if cap is not None and hourly > cap:
                    hourly = cap
                    code = Explanation.HOURLY_PRICE_CAPPED
                needed = hours * _ceil(hourly / bon)
    vouchers = needed
    if vouchers > rule_set.pool:
        vouchers = rule_set.pool
        code = Explanation.POOL_CAPPED
    cost = vouchers * bon
    wanted_value = price_pln if price_pln is not None else needed * bon
    return VoucherEstimate(
        vouchers=vouchers,
        cost_pln=cost,
        uncovered_pln=max(wanted_value - cost, Decimal(0)),
        rule_set_id=rule_set.id,
        valid_from=rule_set.valid_from,
        explanation_code=code,
    )


def remaining_pool(used: int, pool: int = DEFAULT_POOL) -> int:
    """Bons left in the pool after ``used`` were planned; negative means the plan overruns it.

    The plan's voucher numbers are editable, so an overrun is a warning to show, not an error.

    Raises:
        ValueError: ``used`` is negative or ``pool`` is not positive.
    """
    if used < 0 or pool < 1:
        raise ValueError(f"used must be ≥ 0 and pool ≥ 1, not {used} and {pool}")
    return pool - used


def fits_pool(vouchers: int, used: int, pool: int = DEFAULT_POOL) -> bool:
    """Whether ``vouchers`` more bons still fit in the pool after ``used`` were planned."""
    if vouchers < 0:
        raise ValueError(f"vouchers must be ≥ 0, not {vouchers}")
    return vouchers <= remaining_pool(used, pool)


def rule_set_for(rule_sets: Iterable[VoucherRuleSet], project: str, on: dt.date) -> VoucherRuleSet:
    """The project's rule set in force on a date: the latest one with ``valid_from <= on``.

    Raises:
        LookupError: the project has no rule set in force on that date.
    """
    candidates = [r for r in rule_sets if r.project == project and r.valid_from <= on]
    if not candidates:
        raise LookupError(f"no voucher rules for project {project!r} on {on.isoformat()}")
    return max(candidates, key=lambda rule: rule.valid_from)
