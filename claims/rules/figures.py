"""A claim's figure: whether it is a number interval, the rounding its printed
digits imply, and how a finding names it to a reader."""

from __future__ import annotations

import re
from fractions import Fraction

from claims.intervals import Iv, exact, nonempty_bounds
from claims.model import Claim

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def numeric(claim: Claim) -> bool:
    """The claim carries a number interval (not a date string, not a range of nothing)."""
    if isinstance(claim.value, str):
        return False
    lower, upper = claim.lower, claim.upper
    if lower is None or upper is None:
        return lower is not None or upper is not None  # one end unbounded: never empty
    if type(lower) is int and type(upper) is int:
        # three claims in four: whole numbers compare exactly as they are
        return lower < upper or (lower == upper and not (claim.lower_open or claim.upper_open))
    return nonempty_bounds(lower, upper, claim.lower_open, claim.upper_open)


def printed(claim: Claim) -> Iv:
    """The claim's interval, with the rounding its printed digits imply.

    A point percent other than exactly 0 % or 100 % is read as rounded to its
    last printed digit ("24%" is [23,5; 24,5]); a scaled decimal such as
    "1,2 tỷ" likewise ([1,15; 1,25] tỷ).  Exact counts stay exact, and
    "100%" means all.
    """
    interval = Iv.of(claim)
    if (
        claim.kind == "percent"
        and claim.qualifier == "exact"
        and isinstance(claim.value, int | float)
        and claim.value in (0, 100)
    ):
        return Iv.point(claim.value)  # "đạt 100%" is all of them, not 99,5 % or more
    if not interval.is_point or interval.lower is None:
        return interval
    value = interval.lower
    match = _NUMBER.search(claim.text)
    if not match:
        return interval
    literal = match.group()
    decimals = len(literal.rsplit(",", 1)[1]) if "," in literal else 0
    if claim.kind != "percent" and decimals == 0:
        return interval
    printed_number = exact(float(literal.replace(".", "").replace(",", ".")))
    if printed_number == 0:
        return interval
    scale = value / printed_number
    return interval.widen(Fraction(1, 2) * Fraction(1, 10**decimals) * abs(scale))


def label(claim: Claim, width: int = 48) -> str:
    """How a fact-checker recognises a claim: its number and its subject; a price, a
    measure, a share or an age after what it is of when the sentence names that first
    («74.739 trẻ em dưới 6 tuổi», «Giá khám 354.000», «Tỷ lệ hộ nghèo 5,2%»)."""
    text = claim.text
    if claim.subject and claim.subject.lower() not in text.lower():
        subject = claim.subject if len(claim.subject) <= width else claim.subject[:width] + "…"
        text = f"{subject} {text}" if _said_before(claim) else f"{text} {subject}"
    return f"«{text}»"


_ATTRIBUTE_KINDS = frozenset({"money", "measure", "percent", "age"})
"""Values of something named before them: «Giá khám 354.000», «Tỷ lệ hộ nghèo 5,2%»."""


def _said_before(claim: Claim) -> bool:
    """The subject comes before the number in the claim's sentence ('Giá khám tăng từ
    354.000 …'), not after it ('74.739 trẻ em …')."""
    if not claim.subject or claim.kind not in _ATTRIBUTE_KINDS:
        return False  # a count's noun reads after it: «hơn 74.000 trẻ em dưới 6 tuổi»
    sentence, subject = claim.sentence.lower(), claim.subject.lower()
    at_number = sentence.find(claim.text.lower())
    if at_number < 0:
        return False
    following = sentence[at_number + len(claim.text) :].lstrip()
    if following[: len(subject) + 12].find(subject) >= 0:
        return False  # "hơn 74.000 trẻ em dưới 6 tuổi": the noun follows the number
    return 0 <= sentence.find(subject) < at_number
