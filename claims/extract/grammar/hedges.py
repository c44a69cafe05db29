"""How a hedge word bends a printed number into an interval.

The semantics (see ``features/hedges.feature`` for the fact-checker's
version), with v the number and step the place value of its last non-zero
digit times the scale word:

- over (hơn, trên, vượt): (v, v + step]         "hơn 74.000" = (74 000, 75 000]
- nearly (gần): [v - step, v)                   "gần 18.000" = [17 000, 18 000)
- about (khoảng, chừng...): [v - step/2, v + step/2]
- under (dưới, chưa đến): [0, v)
- at_most (không quá, tối đa): [0, v]
- at_least (ít nhất, tối thiểu): [v, no upper bound)
- up_to (tới, lên tới): [v - step, v]
- vague (hàng trăm, vài chục): [scale, 10 x scale] for "hàng", [2, 9] x scale
  for "vài"/"mấy"; no single value.
- exact: the point v, except that a percent or a scaled decimal ("1,5
  triệu") keeps the rounding of its last printed digit: v +/- half of it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from claims.extract.grammar.numbers import Figure, to_number
from claims.model import Number, Qualifier


# A named tuple, not a frozen dataclass: built several times per number, at a third
# of the cost, and as immutable.
class Bounds(NamedTuple):
    lower: Number | None
    upper: Number | None
    lower_open: bool = False
    upper_open: bool = False


_ZERO = Decimal(0)


def bounds_for(
    figure: Figure, qualifier: Qualifier, *, rounded: bool = False, cap: Decimal | None = None
) -> Bounds:
    """The interval a hedged figure asserts.

    ``rounded`` marks an exact figure whose last printed digit was rounded (a
    percent, a scaled decimal); ``cap`` clips the upper bound (a share cannot
    exceed 100%).
    """
    v, step = figure.value, figure.step
    if qualifier == "over":
        return _bounds(v, v + step, cap, lower_open=True)
    if qualifier == "nearly":
        return _bounds(v - step, v, cap, upper_open=True)
    if qualifier == "about":
        return _bounds(v - step / 2, v + step / 2, cap)
    if qualifier == "under":
        return _bounds(min(_ZERO, v), v, cap, upper_open=True)
    if qualifier == "at_most":
        return _bounds(min(_ZERO, v), v, cap)
    if qualifier == "at_least":
        return Bounds(to_number(v), to_number(cap) if cap is not None else None)
    if qualifier == "up_to":
        return _bounds(v - step, v, cap)
    if rounded:
        half = figure.printed_step / 2
        return _bounds(v - half, v + half, cap)
    return Bounds(to_number(v), to_number(v))


def _bounds(
    lower: Decimal,
    upper: Decimal,
    cap: Decimal | None,
    *,
    lower_open: bool = False,
    upper_open: bool = False,
) -> Bounds:
    if cap is not None and upper > cap:
        upper, upper_open = cap, False
    return Bounds(to_number(lower), to_number(upper), lower_open, upper_open)


def vague_bounds(magnitude: Decimal, lead: int) -> Bounds:
    """'hàng trăm' (lead 1) = [100, 1000]; 'vài chục' (lead 2) = [20, 90].

    "hàng X" spans one order of magnitude; "vài"/"mấy"/"dăm" X is a few X,
    two (five for "dăm") to nine of them.
    """
    upper = magnitude * (10 if lead == 1 else 9)
    return Bounds(to_number(magnitude * lead), to_number(upper))
