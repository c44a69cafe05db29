"""Numbers written in digits, and the precision each one was printed with.

Vietnamese groups thousands with "." and marks decimals with ",": "74.739",
"1.234,5", "109,5".  A space may group thousands ("74 739"); an English
"1,234.5" is read when it cannot be Vietnamese (a comma group followed by a
point, or two comma groups).  A point followed by one or two digits ("2.5
triệu", "24.3") is an English decimal, or a date when a cue says so (decided
by the caller); a full stop after it ends the sentence ("lên 110.17.", "ngày 10 và
11.6."), whereas a point and a digit ("4.2.2017") go on to a date.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

_BROKEN_THOUSANDS = r"\d{1,3}(?:\x20\.\d\x20?\d\x20?\d|\.\x20\d{3})(?:,\d+)?(?![\w]|[.,]\d)"
"""'29 .306', '1 .0 00', '3. 600': a thousands group with a stray space next to its point
(and perhaps one inside it), as some pages print them; one number, not two or three. A
point followed by a digit and then a space ('ngày 1.6 16h00', '1.2 41') stays what it was:
it may be a date or a decimal before another number."""

DIGIT_NUMBER = (
    rf"(?:{_BROKEN_THOUSANDS}"
    r"|\d{1,3}(?:,\d{3})+\.\d+(?!\d)"  # English 1,234.5
    r"|\d{1,3}(?:,\d{3}){2,}(?![\d,])"  # English 1,234,567
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?!\d|\.\d)"  # 74.739, 1.234,5; "là 110.000." ends a sentence
    r"|\d{1,3}(?:\x20\d{3})+(?![\d.,])"  # 74 739
    r"|\d+\.\d{1,2}(?!\d|\.\d)"  # 2.5, 24.3 (English decimal or a date), "lên 110.17." too
    r"|\d+(?:,\d+)?"  # 2000, 109,5
    r"|,\d+)"  # ,77 (Duckling's leading-comma decimal)
)
"""One number in digits, as a regex fragment (no groups)."""

_ENGLISH_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_VIETNAMESE_THOUSANDS = re.compile(r"\d{1,3}(?:[.\x20]\d{3})+(?:,\d+)?")


# A named tuple, not a frozen dataclass: built several times per number, at a third
# of the cost, and as immutable.
class Figure(NamedTuple):
    """A number with the precision it was printed with.

    ``step`` is the place value of the last non-zero digit ("74.000" -> 1000,
    "2,5" -> 0.1); ``printed_step`` the place of the last digit printed at
    all ("100" -> 1, "1,50" -> 0.01).  Both are already multiplied by any
    scale word.
    """

    value: Decimal
    step: Decimal
    printed_step: Decimal
    has_decimals: bool = False
    scaled: bool = False

    def scale(self, factor: int | Decimal) -> Figure:
        factor = Decimal(factor)
        return Figure(
            self.value * factor,
            self.step * factor,
            self.printed_step * factor,
            self.has_decimals,
            scaled=True,
        )

    def add(self, other: Figure) -> Figure:
        """Compose '1 triệu 200 nghìn': the sum, with the finer precision."""
        return Figure(
            self.value + other.value,
            min(self.step, other.step) if other.value else self.step,
            min(self.printed_step, other.printed_step),
            self.has_decimals or other.has_decimals,
            scaled=True,
        )


def canonical_digits(raw: str) -> str:
    """The digits of ``raw`` as a plain decimal string ("1.234,5" -> "1234.5")."""
    if raw.isdigit():  # most numbers: digits alone, which neither grouping pattern takes
        return raw
    if " " in raw and "." in raw:  # "29 .306": stray spaces in a thousands group
        raw = raw.replace(" ", "")
    if _ENGLISH_THOUSANDS.fullmatch(raw) and ("." in raw or raw.count(",") > 1):
        return raw.replace(",", "")
    if _VIETNAMESE_THOUSANDS.fullmatch(raw):
        return raw.replace(".", "").replace(" ", "").replace(",", ".")
    if "." in raw:  # "2.5": an English decimal point
        return raw
    return raw.replace(",", ".")


def read_digits(raw: str) -> Figure:
    """Parse a ``DIGIT_NUMBER`` match into a figure."""
    plain = canonical_digits(raw)
    if plain.startswith("."):
        plain = "0" + plain
    value = Decimal(plain)
    if "." in plain:
        decimals = len(plain) - plain.index(".") - 1
        printed = Decimal(1).scaleb(-decimals)
        significant = plain.rstrip("0")
        last = len(significant) - significant.index(".") - 1
        step = Decimal(1).scaleb(-last) if last > 0 else _integer_step(int(value))
        return Figure(value, step, printed, has_decimals=decimals > 0)
    return Figure(value, _integer_step(int(value)), Decimal(1))


def figure_of(value: int | Decimal) -> Figure:
    """A whole number given as a value (number words)."""
    value = Decimal(value)
    if value == value.to_integral_value():
        return Figure(value, _integer_step(int(value)), _integer_step(int(value)))
    text = format(value.normalize(), "f")
    decimals = len(text) - text.index(".") - 1
    step = Decimal(1).scaleb(-decimals)
    return Figure(value, step, step, has_decimals=True)


def _integer_step(number: int) -> Decimal:
    """Place value of the last non-zero digit: 74000 -> 1000, 0 -> 1."""
    if number == 0:
        return Decimal(1)
    digits = str(abs(number))  # the trailing zeros, counted at C speed
    return Decimal(10 ** (len(digits) - len(digits.rstrip("0"))))


def to_number(value: Decimal) -> int | float:
    """A JSON-friendly number: whole values as int, others rounded to 10 places."""
    if value == value.to_integral_value():
        return int(value)
    if value.adjusted() > 15:  # beyond float precision anyway; round() would overflow
        return float(value)
    return float(round(value, 10))
