"""Rates in the change rule: a round rate's rounding, and the rate an amount is of an
old value the article leaves out ("tăng 5,2 điểm, tương đương 0,7%, lên 725,5 điểm")."""

from __future__ import annotations

from fractions import Fraction

from claims.intervals import Iv
from claims.model import Claim
from claims.rules.base import Outcome, interval_agreement
from claims.rules.figures import label, printed


def round_rate(rate: Claim) -> Iv:
    """A rate as printed; a round one ("tăng 20%") to the nearest five: news rounds
    +21,3% to "tăng 20%", but a fall from 160 to 85 (−46,9%) printed as "giảm 50%"
    is three points off and worth a fact-checker's look."""
    value = rate.value
    if rate.qualifier != "exact" or not isinstance(value, int | float) or not value or value % 10:
        return printed(rate)
    return Iv.point(value).widen(Fraction(5, 2))


def rate_of_amount(sign: int, amount: Claim, new: Claim, rate: Claim) -> Outcome | None:
    """The rate an amount is of the old value, new ∓ amount, when the old is not printed."""
    old = printed(new) - printed(amount).scale(sign)
    if old.lower is None or old.lower <= 0:
        return None
    implied = (printed(amount) / old).scale(100)
    stated = round_rate(rate)
    if stated.upper is not None and stated.upper <= 0:
        stated = stated.scale(-1)  # "giảm 0,07 điểm (-0,08%)": the sign repeats the verb
    return interval_agreement(
        implied,
        stated,
        (amount.id, new.id, rate.id),
        f"{label(amount)} trên mức cũ {old} (= {label(new)} {'−' if sign > 0 else '+'} "
        f"{amount.text}) là {implied}%,",
        f"mức {rate.text} đã nêu.",
        f"mức thay đổi ÷ cũ × 100 = {printed(amount)} ÷ {old} × 100 = {implied}",
    )
