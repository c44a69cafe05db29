"""Interval arithmetic over claim values, exact and pure.

Every value a claim asserts is a set of reals between two bounds, each bound
open or closed, ``None`` meaning unbounded ("hơn 74.000" is (74 000; 75 000]).
Bounds are kept as ``Fraction`` built from the decimal text of the number, so
``120 / 24 %`` is exactly 500 and a boundary case never turns on a float error.

A contradiction between two statements of one quantity is an empty
intersection; sums, quotients and scalings carry the openness of their ends.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Protocol

Bound = Fraction | None
Real = int | float | Fraction

# Internally an unbounded end is an infinite float so min/max work; it never
# leaks out of this module.
_Ext = Fraction | float


class HasBounds(Protocol):
    """Anything with interval fields: ``Claim``, ``Mention``, ``model.Interval``."""

    @property
    def lower(self) -> int | float | None: ...
    @property
    def upper(self) -> int | float | None: ...
    @property
    def lower_open(self) -> bool: ...
    @property
    def upper_open(self) -> bool: ...


def exact(value: Real) -> Fraction:
    """The decimal value as printed: ``0.1`` is exactly one tenth."""
    if isinstance(value, Fraction):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"not a finite number: {value}")
        return Fraction(repr(value))
    return Fraction(value)


@dataclass(frozen=True, slots=True)
class Iv:
    """A (possibly empty, possibly unbounded) interval of reals."""

    lower: Bound = None
    upper: Bound = None
    lower_open: bool = False
    upper_open: bool = False

    # -- construction -------------------------------------------------------

    @classmethod
    def point(cls, value: Real) -> Iv:
        x = exact(value)
        return cls(x, x)

    @classmethod
    def closed(cls, lower: Real, upper: Real) -> Iv:
        return cls(exact(lower), exact(upper))

    @classmethod
    def of(cls, item: HasBounds) -> Iv:
        """The interval a claim (or mention) asserts."""
        if cls is not Iv:
            return cls(*_bounds_of(item.lower, item.upper, item.lower_open, item.upper_open))
        return _interval_of(item.lower, item.upper, item.lower_open, item.upper_open)

    @classmethod
    def at_most(cls, upper: Bound, upper_open: bool = False) -> Iv:
        """(−∞; upper]: what a part may be, given its whole's upper bound."""
        return cls(None, upper, False, upper_open and upper is not None)

    # -- predicates ---------------------------------------------------------

    @property
    def is_empty(self) -> bool:
        lower, upper = self.lower, self.upper
        if lower is None or upper is None:
            return False
        # the cross products Fraction's own comparisons compute, without their type
        # dispatch: rules ask this tens of thousands of times per corpus run
        left, right = lower.numerator * upper.denominator, upper.numerator * lower.denominator
        if left > right:
            return True
        return left == right and (self.lower_open or self.upper_open)

    @property
    def is_point(self) -> bool:
        return self.lower is not None and self.lower == self.upper and not self.is_empty

    @property
    def is_bounded(self) -> bool:
        return self.lower is not None and self.upper is not None

    def contains(self, value: Real) -> bool:
        return not self.intersect(Iv.point(value)).is_empty

    def meets(self, other: Iv) -> bool:
        """True when some value lies in both: the two statements can be reconciled."""
        return not self.intersect(other).is_empty

    # -- set and arithmetic operations --------------------------------------

    def intersect(self, other: Iv) -> Iv:
        lower, lower_open = _tighter_lower(
            (self.lower, self.lower_open), (other.lower, other.lower_open)
        )
        upper, upper_open = _tighter_upper(
            (self.upper, self.upper_open), (other.upper, other.upper_open)
        )
        return Iv(lower, upper, lower_open, upper_open)

    def __add__(self, other: Iv) -> Iv:
        lower = None if self.lower is None or other.lower is None else self.lower + other.lower
        upper = None if self.upper is None or other.upper is None else self.upper + other.upper
        return Iv(
            lower,
            upper,
            lower is not None and (self.lower_open or other.lower_open),
            upper is not None and (self.upper_open or other.upper_open),
        )

    def __neg__(self) -> Iv:
        return Iv(
            None if self.upper is None else -self.upper,
            None if self.lower is None else -self.lower,
            self.upper_open,
            self.lower_open,
        )

    def __sub__(self, other: Iv) -> Iv:
        return self + (-other)

    def scale(self, factor: Real) -> Iv:
        """Every value multiplied by a constant (a negative one flips the ends)."""
        k = exact(factor)
        if k == 0:
            return Iv.point(0)
        lower = None if self.lower is None else self.lower * k
        upper = None if self.upper is None else self.upper * k
        if k > 0:
            return Iv(lower, upper, self.lower_open, self.upper_open)
        return Iv(upper, lower, self.upper_open, self.lower_open)

    def __mul__(self, other: Iv) -> Iv:
        """Product of two intervals (all four end products, ends kept exact)."""
        if self.is_empty or other.is_empty:
            return EMPTY
        candidates = [
            (_product(a, b), _product_open(a, a_open, b, b_open))
            for a, a_open in self._ends()
            for b, b_open in other._ends()
        ]
        return _hull(candidates)

    def __truediv__(self, other: Iv) -> Iv:
        """Quotient by an interval of positive numbers (a share, a count of people)."""
        if other.lower is None or other.lower < 0 or (other.lower == 0 and not other.lower_open):
            raise ZeroDivisionError(f"divisor {other} is not strictly positive")
        reciprocal = Iv(
            Fraction(0) if other.upper is None else 1 / other.upper,
            None if other.lower == 0 else 1 / other.lower,
            other.upper is None or other.upper_open,
            other.lower_open,
        )
        return self * reciprocal

    def widen(self, slack: Real) -> Iv:
        """Both ends pushed out by ``slack`` (closed): printed rounding."""
        s = exact(slack)
        return Iv(
            None if self.lower is None else self.lower - s,
            None if self.upper is None else self.upper + s,
            False,
            False,
        )

    def _ends(self) -> tuple[tuple[_Ext, bool], tuple[_Ext, bool]]:
        low: _Ext = -math.inf if self.lower is None else self.lower
        high: _Ext = math.inf if self.upper is None else self.upper
        return (low, self.lower_open or self.lower is None), (
            high,
            self.upper_open or self.upper is None,
        )

    # -- display ------------------------------------------------------------

    def __str__(self) -> str:
        if self.is_empty:
            return "∅"
        if self.is_point and self.lower is not None:
            return fmt(self.lower)
        left = "(" if self.lower_open or self.lower is None else "["
        right = ")" if self.upper_open or self.upper is None else "]"
        low = "−∞" if self.lower is None else fmt(self.lower)
        high = "+∞" if self.upper is None else fmt(self.upper)
        return f"{left}{low}; {high}{right}"


EMPTY = Iv(Fraction(1), Fraction(0))


def total(intervals: Iterable[Iv]) -> Iv:
    """The sum of several intervals (0 for none)."""
    result = Iv.point(0)
    for item in intervals:
        result = result + item
    return result


def fmt(value: Real, digits: int = 2) -> str:
    """A number the Vietnamese way: ``74.739``, ``2,5``, ``1.234,57``."""
    x = exact(value)
    negative = x < 0
    x = abs(x)
    whole = int(x)
    rest = x - whole
    rounded = round(rest * 10**digits)
    if rounded == 10**digits:
        whole, rounded = whole + 1, 0
    text = f"{whole:,}".replace(",", ".")
    if rounded:
        text += "," + str(rounded).rjust(digits, "0").rstrip("0")
    if rest != 0 and not rounded:
        text = "≈" + text
    return ("−" if negative else "") + text


def _product(a: _Ext, b: _Ext) -> _Ext:
    if a == 0 or b == 0:  # 0 × ∞ is 0 here: an unbounded end times zero stays zero
        return Fraction(0)
    result = a * b
    return result if isinstance(result, Fraction) else float(result)


def _product_open(a: _Ext, a_open: bool, b: _Ext, b_open: bool) -> bool:
    """An end product is reached when both ends are, or when either is a reached 0:
    0 times any member of the other (non-empty) interval is 0, so [0; 0] × (0; 2)
    is [0; 0], not empty."""
    if (a == 0 and not a_open) or (b == 0 and not b_open):
        return False
    return a_open or b_open


def _hull(candidates: list[tuple[_Ext, bool]]) -> Iv:
    low = min(value for value, _ in candidates)
    high = max(value for value, _ in candidates)
    low_open = all(is_open for value, is_open in candidates if value == low)
    high_open = all(is_open for value, is_open in candidates if value == high)
    return Iv(
        None if isinstance(low, float) else low,
        None if isinstance(high, float) else high,
        low_open and not isinstance(low, float),
        high_open and not isinstance(high, float),
    )


def _tighter_lower(a: tuple[Bound, bool], b: tuple[Bound, bool]) -> tuple[Bound, bool]:
    if a[0] is None:
        return b
    if b[0] is None:
        return a
    if a[0] != b[0]:
        return a if a[0] > b[0] else b
    return a[0], a[1] or b[1]


def _tighter_upper(a: tuple[Bound, bool], b: tuple[Bound, bool]) -> tuple[Bound, bool]:
    if a[0] is None:
        return b
    if b[0] is None:
        return a
    if a[0] != b[0]:
        return a if a[0] < b[0] else b
    return a[0], a[1] or b[1]


__all__ = ["EMPTY", "Iv", "exact", "fmt", "nonempty_bounds", "total"]


# Rules ask for the interval of the same claim thousands of times per document;
# ``Iv`` is frozen and Fractions are immutable, so one shared value per bounds
# is safe.  ``typed`` keeps 1 and 1.0 apart, as ``exact`` reads them differently.
@lru_cache(maxsize=8192, typed=True)
def _bounds_of(
    lower: int | float | None, upper: int | float | None, lower_open: bool, upper_open: bool
) -> tuple[Bound, Bound, bool, bool]:
    return (
        None if lower is None else exact(lower),
        None if upper is None else exact(upper),
        lower is not None and lower_open,
        upper is not None and upper_open,
    )


@lru_cache(maxsize=8192, typed=True)
def nonempty_bounds(
    lower: int | float | None, upper: int | float | None, lower_open: bool, upper_open: bool
) -> bool:
    """Some value lies between these claim bounds: ``not Iv.of(claim).is_empty``,
    remembered per bounds like the interval itself."""
    return not _interval_of(lower, upper, lower_open, upper_open).is_empty


@lru_cache(maxsize=8192, typed=True)
def _interval_of(
    lower: int | float | None, upper: int | float | None, lower_open: bool, upper_open: bool
) -> Iv:
    return Iv(*_bounds_of(lower, upper, lower_open, upper_open))
