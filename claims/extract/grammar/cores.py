"""A numeric core, its figure and the unit after it: what the readings of a
quantity (``quantities``) and of a range's second half (``ranges``) share.

A core is a figure ("200 nghìn", "hai trăm", "1,5") at [start, end), found by
the scanners; ``read_figure`` reads its value, with spoken decimals and scale
words, and ``read_tail`` the unit (and 'per' unit) right after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from claims.extract.grammar.number_words import read_words
from claims.extract.grammar.numbers import Figure, figure_of, read_digits
from claims.extract.grammar.numeral_words import ATTACHED_SCALES, SCALE_WORDS
from claims.extract.grammar.patterns import UNIT_TAIL
from claims.extract.grammar.price_quotes import PER_TIME_AFTER, TIME_PER
from claims.extract.grammar.unit_words import MEASURE_WORDS
from claims.extract.grammar.units import classify_unit
from claims.model import MentionKind

_SCALE_TOKEN = re.compile(r"\S+")
_DECIMAL_SPLIT = re.compile(r"(?:phẩy|chấm)\s+")
LONE_COMMA_THOUSANDS = re.compile(r"[1-9]\d{0,2},\d{3}")
"""Vietnamese decimals rarely print three places, so "5,900 căn" is 5900."""
_NAME_AFTER_DOT = re.compile(r"[.-][^\W\d_]")
_SPEED_PER = frozenset({"h", "giờ", "s", "giây", "phút"})
_YEAR_AFTER = re.compile(r"[ \t]+(?:1[89]|20)\d\d(?!\d|[.,]\d)")
_YEAR_BEFORE = re.compile(r"(?<![\d.,])(?:19|20)\d\d")
_DAY_AFTER = re.compile(r"[ \t]+(?:\d|càng(?![^\W_]))")
"""'năm 2017 ngày 26/5/2017', 'Cannes 2017 ngày 17/5', 'sinh năm 1996 ngày càng': after a
year, 'ngày' or 'tháng' opens the day, the month or 'ngày càng' (more and more), no
span of 2,017 days."""
_PER_HUNDRED_KM = re.compile(r"[ \t]*/[ \t]*100[ \t]*km(?![^\W_])")
_PER_ONE_OR_HUNDRED = re.compile(
    r"[ \t]*/[ \t]*(?:1[ \t]*(?P<one>lít|l)|100[ \t]*(?P<hundred>ml))(?![^\W_])"
)
"""'0,638 mg/1 lít khí thở' (per litre), '80 mg/100 ml máu' (per 100 ml): a concentration."""


def read_figure(number: str, decimals: str | None, scale: str | None) -> Figure:
    """The figure of a core: digits or words, spoken decimals, scale words."""
    if not scale and LONE_COMMA_THOUSANDS.fullmatch(number):
        figure = read_digits(number.replace(",", ""))  # "725,000 USD": English thousands
    elif number[:1].isdigit() or number[:1] == ",":
        figure = read_digits(number)
    else:
        figure = read_words(number)
    if decimals:
        fraction = _DECIMAL_SPLIT.split(decimals.strip(), maxsplit=1)[-1]
        digits = fraction if fraction.isdigit() else str(int(read_words(fraction).value))
        figure = read_digits(f"{int(figure.value)},{digits}")
    if scale:
        figure = apply_scale(figure, scale)
    return figure


def apply_scale(figure: Figure, scale: str) -> Figure:
    """'1,5' + ' triệu' -> 1 500 000; '1' + ' triệu 200 nghìn' -> 1 200 000.

    Scale words in a row multiply ("nghìn tỷ"); a later number with its own
    scale word adds ("200 nghìn"); "rưỡi" adds half the last scale.
    """
    stripped = scale.strip()
    if stripped in ATTACHED_SCALES:
        return figure.scale(ATTACHED_SCALES[stripped])
    tokens = _SCALE_TOKEN.findall(stripped)
    factor, index = _scale_run(tokens, 0)
    result = figure.scale(factor)
    last_unit = factor
    while index < len(tokens):
        if tokens[index] == "rưỡi":
            result = result.add(figure_of(last_unit / 2))
            index += 1
            continue
        stop = index
        while stop < len(tokens) and tokens[stop] not in SCALE_WORDS and tokens[stop] != "rưỡi":
            stop += 1
        words = " ".join(tokens[index:stop])
        part = read_digits(words) if words[:1].isdigit() else read_words(words)
        last_unit, index = _scale_run(tokens, stop)
        result = result.add(part.scale(last_unit))
    return result


def _scale_run(tokens: list[str], index: int) -> tuple[Decimal, int]:
    factor = Decimal(1)
    while index < len(tokens) and tokens[index] in SCALE_WORDS:
        factor *= SCALE_WORDS[tokens[index]]
        index += 1
    return factor, index


@dataclass(slots=True)
class Core:
    """A numeric core as the scanners found it."""

    start: int
    end: int
    figure: Figure
    is_word: bool = False
    raw: str = ""


@dataclass(slots=True)
class Tail:
    end: int
    kind: MentionKind
    unit: str | None
    per: str | None
    unit_found: bool


def read_tail(text: str, end: int) -> Tail:
    """The unit (and 'per' unit) right after a core ending at ``end``, and the kind it
    makes: a count with no unit when none is found."""
    found = UNIT_TAIL.match(text, end)
    if found is None or found.end() == end:
        return Tail(end, "count", None, None, False)
    unit, per = found.group("unit"), found.group("per")
    if per is not None and per[-1] in "23":
        per = "".join(per.split())  # "đồng/m 2": the square metre of a lost superscript
    if (
        unit is not None
        and len(unit) == 1
        and unit.isupper()
        and _NAME_AFTER_DOT.match(text, found.end())
    ):
        return Tail(end, "count", None, None, False)  # "vòng 11 V.League", "5 V-League": a name
    kind, canonical = classify_unit(unit) if unit else ("count", None)
    if unit is None or (unit == "l" and found.start("unit") != end):
        return Tail(end, "count", None, None, False)  # "5/km" is no rate; "5 l" no litre
    if unit == "W" and text[max(0, end - 5) : end].isdigit():
        return Tail(end, "count", None, None, False)  # "số lô 8041016W": a code, no watts
    if unit == "năm" and _YEAR_AFTER.match(text, found.end()):
        return Tail(end, "count", None, None, False)  # "vụ 1 năm 2017": 'năm' cues the year
    if (
        unit in ("ngày", "tháng")
        and end >= 4
        and _YEAR_BEFORE.match(text, end - 4, end)
        and _DAY_AFTER.match(text, found.end())
    ):
        return Tail(end, "count", None, None, False)  # "năm 2017 ngày 26/5": a year, no days
    if kind == "measure" and (per in _SPEED_PER or per in MEASURE_WORDS):
        # "60 km/h" is a speed, "145 g/km" an emission, "50 km/lít" a fuel economy: one unit
        per_unit = "h" if canonical == "km" and per == "giờ" else MEASURE_WORDS.get(per, per)
        return Tail(found.end(), kind, f"{canonical}/{per_unit}", None, True)
    if kind == "measure" and per in TIME_PER:  # "600.000 tấn/năm": an output per year
        return Tail(found.end(), kind, f"{canonical}/{per}", None, True)
    if kind == "measure" and per is None:
        per_hundred = _PER_HUNDRED_KM.match(text, found.end())
        if per_hundred is not None:  # "6,1 lít/100 km": a consumption, not 100 km
            return Tail(per_hundred.end(), kind, f"{canonical}/100 km", None, True)
        if canonical == "mg":
            per_volume = _PER_ONE_OR_HUNDRED.match(text, found.end())
            if per_volume is not None:
                volume = per_volume.group("one") or f"100 {per_volume.group('hundred')}"
                return Tail(per_volume.end(), kind, f"{canonical}/{volume}", None, True)
        per_time = PER_TIME_AFTER.match(text, found.end())
        if per_time is not None:  # "4 triệu tấn mỗi năm", "2 triệu tấn thép dẹp/năm"
            return Tail(per_time.end(), kind, f"{canonical}/{per_time.group('time')}", None, True)
    if kind == "measure" and per not in (None, "một", "mỗi"):  # "6-7 tấn/chuyến", "40kg/bao"
        return Tail(found.end(), kind, f"{canonical}/{per}", None, True)
    if kind == "money" and per is None:
        each = _MONEY_EACH.match(text, found.end())
        if each is not None:  # "50.000 đồng một kg", "36,9 triệu đồng mỗi lượng"
            return Tail(each.end(), kind, canonical, each.group("per"), True)
    return Tail(found.end(), kind, canonical, per, True)


_MONEY_EACH = re.compile(
    r"[ \t]+(?:mỗi|một)[ \t]+(?P<per>kg|ký|cân|lạng|lượng|chỉ|tấn|tạ|lít|m2|m²|chiếc|con|"
    r"người|suất|vé|cái|bộ|căn|sào|gói|hộp|bao|thùng|trái|quả|đêm|giờ|ngày|tuần|tháng|năm|"
    r"lần)(?![^\W_])"
)
"""'50.000 đồng một kg', '36,9 triệu đồng mỗi lượng', '4.000 tỷ đồng mỗi năm': a price
or a sum per unit written with 'một'/'mỗi' for the slash; 'một kg' is no weight stated."""
