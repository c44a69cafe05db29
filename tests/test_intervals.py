"""Interval arithmetic: the ground every consistency rule stands on."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from claims.intervals import EMPTY, Iv, exact, fmt, total
from claims.model import Interval

OVER_74K = Iv(Fraction(74000), Fraction(75000), lower_open=True)


def test_exact_reads_floats_as_their_decimal_text() -> None:
    assert exact(0.1) * 3 == Fraction(3, 10)
    assert exact(74739) == 74739


def test_of_reads_a_model_interval() -> None:
    interval = Iv.of(Interval(lower=74000, upper=75000, lower_open=True))
    assert interval == OVER_74K
    assert Iv.of(Interval()).meets(Iv.point(-5))


@pytest.mark.parametrize(
    ("a", "b", "meet"),
    [
        (OVER_74K, Iv.point(74739), True),
        (OVER_74K, Iv.point(74000), False),  # open end excludes 74 000
        (OVER_74K, Iv.point(75000), True),  # closed end keeps 75 000
        (Iv.closed(1, 2), Iv.closed(2, 3), True),
        (Iv(Fraction(1), Fraction(2), upper_open=True), Iv.closed(2, 3), False),
        (Iv.closed(1, 2), Iv(Fraction(2), Fraction(3), lower_open=True), False),
        (Iv.at_most(Fraction(10)), Iv.point(11), False),
        (Iv(), Iv.point(-3), True),
    ],
)
def test_intersection_respects_open_and_closed_ends(a: Iv, b: Iv, meet: bool) -> None:
    assert a.meets(b) is meet
    assert b.meets(a) is meet


def test_emptiness() -> None:
    assert EMPTY.is_empty
    assert Iv(Fraction(3), Fraction(3), lower_open=True).is_empty
    assert not Iv.point(3).is_empty
    assert not Iv(None, Fraction(3)).is_empty
    assert str(EMPTY) == "∅"


def test_add_keeps_openness_and_unbounded_ends() -> None:
    over_2700 = Iv(Fraction(2700), Fraction(2800), lower_open=True)
    assert OVER_74K + over_2700 == Iv(Fraction(76700), Fraction(77800), lower_open=True)
    assert (Iv(Fraction(1), None) + Iv.point(1)).upper is None
    assert total([Iv.point(1), Iv.point(2), Iv.point(3)]) == Iv.point(6)
    assert Iv.closed(5, 7) - Iv.closed(1, 2) == Iv.closed(3, 6)


def test_divide_by_a_positive_interval() -> None:
    share = Iv.closed(Fraction(235, 1000), Fraction(245, 1000))  # 24 % ± 0.5
    base = Iv.point(120) / share
    assert base.contains(500)
    assert base.lower == Fraction(120 * 1000, 245)
    assert base.upper == Fraction(120 * 1000, 235)
    assert Iv.point(74739) / Iv.point(1) == Iv.point(74739)
    # an open end of the divisor opens the matching end of the quotient
    opened = Iv.point(10) / Iv(Fraction(1), Fraction(2), lower_open=True)
    assert opened == Iv(Fraction(5), Fraction(10), upper_open=True)
    # an unbounded divisor lets the quotient approach zero without reaching it
    assert Iv.point(10) / Iv(Fraction(1), None) == Iv(Fraction(0), Fraction(10), lower_open=True)


def test_divide_refuses_a_divisor_that_may_be_zero() -> None:
    with pytest.raises(ZeroDivisionError):
        Iv.point(1) / Iv.closed(0, 2)


def test_scale_and_widen() -> None:
    assert OVER_74K.scale(2) == Iv(Fraction(148000), Fraction(150000), lower_open=True)
    assert OVER_74K.scale(-1) == Iv(Fraction(-75000), Fraction(-74000), upper_open=True)
    assert Iv.point(24).widen(Fraction(1, 2)) == Iv.closed(Fraction(47, 2), Fraction(49, 2))


def test_display_the_vietnamese_way() -> None:
    assert str(OVER_74K) == "(74.000; 75.000]"
    assert str(Iv(None, Fraction(5), upper_open=True)) == "(−∞; 5)"
    assert fmt(Fraction(5, 2)) == "2,5"
    assert fmt(1234567) == "1.234.567"


finite = st.fractions(min_value=-1000, max_value=1000, max_denominator=50)


@st.composite
def intervals(draw: st.DrawFn) -> Iv:
    a, b = sorted((draw(finite), draw(finite)))
    return Iv(a, b, draw(st.booleans()) and a < b, draw(st.booleans()) and a < b)


@given(intervals(), intervals(), finite)
def test_intersection_contains_exactly_the_common_points(a: Iv, b: Iv, x: Fraction) -> None:
    assert a.intersect(b).contains(x) == (a.contains(x) and b.contains(x))


@given(intervals(), intervals(), finite, finite)
def test_sum_contains_sums_of_members(a: Iv, b: Iv, x: Fraction, y: Fraction) -> None:
    if a.contains(x) and b.contains(y):
        assert (a + b).contains(x + y)


@given(intervals(), intervals(), finite, finite)
# a reached 0 times an open interval from 0: once read as empty
@example(Iv.point(0), Iv(Fraction(0), Fraction(2), True, True), Fraction(0), Fraction(1))
def test_product_contains_products_of_members(a: Iv, b: Iv, x: Fraction, y: Fraction) -> None:
    if a.contains(x) and b.contains(y):
        assert (a * b).contains(x * y)
