"""Quantities the scan reads as two mentions (or none) that the page writes as one.

A pass over the scan's mentions, in text order:

- **A compound duration.** "tuyên phạt 1 năm 3 tháng tù": one sentence of 15 months,
  not a year and three months apart (tests/gold/dev9 labels '1 năm 3 tháng' 15
  tháng); likewise '2 tiếng 30 phút' (150 phút) and '1 tuần 3 ngày', and a compound
  mass, '1 tạ 2kg' (102 kg).
- **A range of durations in two units.** "trong vòng 30 phút đến một tiếng": 30 to 60
  minutes, in the smaller unit (dev8), also across 'tù' ('từ 12 tháng tù đến 9 năm tù',
  12 to 108 months); after 'từ' the second end may carry a hedge
  ('từ 3 tháng đến dưới 1 năm', 3 to 12 months, as ``ranges`` reads one unit).
- **Hours a day.** "chỉ ngủ khoảng 5 giờ/1 ngày": a duration rate in giờ/ngày (dev8),
  not the clock time the hour word alone would make.
- **A range with a vague end.** "thu mỗi người từ 500.000 đến vài triệu đồng":
  one money range from the first number to the vague amount's top (dev9 labels it
  [500 000, 9 000 000]); the bare first number borrows the unit. Both ends may be vague:
  "từ vài triệu đến hàng chục triệu đồng", from the bottom of the first to the top of
  the second (dev16 labels it [2 000 000, 100 000 000]).
"""

from __future__ import annotations

import re
from decimal import Decimal

from claims.extract.grammar.hedge_words import HEDGES
from claims.extract.grammar.hedges import bounds_for
from claims.extract.grammar.mentions import quantity_mention
from claims.extract.grammar.numbers import Figure, read_digits, to_number
from claims.extract.grammar.numeral_words import SCALE_WORDS
from claims.model import Mention, Qualifier

_LARGER_UNIT: dict[tuple[str, str], int] = {
    ("năm", "tháng"): 12,
    ("tuần", "ngày"): 7,
    ("ngày", "giờ"): 24,
    ("giờ", "phút"): 60,
    ("phút", "giây"): 60,
}
"""How many of the smaller unit make one of the larger (only exact conversions: a month
is no fixed number of days)."""
_LARGER_MASS: dict[tuple[str, str], int] = {
    ("tấn", "tạ"): 10,
    ("tấn", "kg"): 1000,
    ("tạ", "kg"): 100,
}
"""'vận chuyển 1 tạ 2kg ma túy' is 102 kg, as '1 năm 3 tháng' is 15 months."""
_COMPOUND_UNITS = {"duration": _LARGER_UNIT, "measure": _LARGER_MASS}

_COMPOUND_GAP = re.compile(r"[ \t]+")
_RANGE_GAP = re.compile(
    r"[ \t]*[-–][ \t]*|(?P<prison>[ \t]+tù(?:[ \t]+(?:treo|giam))?)?[ \t]+(?:đến|tới)[ \t]+"
)
"""Between a range's two durations: ' đến ', ' - ', and ' tù treo đến ' of a sentence
('từ 1 năm tù treo đến 16 năm tù giam')."""
_FROM_BEFORE = re.compile(r"(?<![^\W_])[Tt]ừ[ \t]+$")
_HOURS = re.compile(
    r"(?:(?P<hedge>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)[ \t]+)?(?P<n>\d{1,2}(?:,\d)?)[ \t]*(?:giờ|tiếng)"
)
_PER_DAY_AFTER = re.compile(
    r"[ \t]*/[ \t]*(?:1[ \t]*)?ngày(?![^\W_])|[ \t]+mỗi[ \t]+ngày(?![^\W_])"
)
_COMPOUND_TEXT = re.compile(r"\d[ \t]+[^\W\d_]+[ \t]+\d")
_PLAIN_NUMBER = re.compile(
    r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:[ \t]+(?:nghìn|ngàn|triệu|tỷ|tỉ))*"
)
"""'500.000', '4 triệu': a first end that borrows the unit of the vague amount after it."""
_VAGUE_GAP = re.compile(r"[ \t]+(?:đến|tới)[ \t]+(?:cả[ \t]+)?")
_VAGUE_KINDS = frozenset({"count", "money", "measure"})


def join_forms(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each form above read as one quantity: compounds first, so that
    a range may end on one ('từ 10 tháng đến 3 năm 6 tháng' is 10 to 42 months)."""
    return _pairs(text, _pairs(text, mentions, compounds=True), compounds=False)


def _pairs(text: str, mentions: list[Mention], *, compounds: bool) -> list[Mention]:
    result: list[Mention] = []
    index = 0
    while index < len(mentions):
        mention = mentions[index]
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        joined = None
        if following is not None and compounds:
            if (  # a compound joins two durations or masses (see _compound)
                mention.kind in _COMPOUND_UNITS
                and following.kind == mention.kind
                and _COMPOUND_GAP.fullmatch(text, mention.end, following.start)
            ):
                joined = _compound(text, mentions, index)
        elif following is not None:
            joined = _joined(text, mention, following)
        if joined is not None:
            result.append(joined)
            index += 2
            continue
        if mention.kind == "time" and not compounds:
            mention = _hours_a_day(text, mention)
        result.append(mention)
        index += 1
    return result


def _joined(text: str, first: Mention, second: Mention) -> Mention | None:
    between = text[first.end : second.start]
    if first.kind == "duration" and second.kind == "duration":
        gap = _RANGE_GAP.fullmatch(between)
        return _unit_range(text, first, second, gap["prison"] is not None) if gap else None
    if (
        "vague" in (first.qualifier, second.qualifier)
        and first.qualifier in ("exact", "vague")
        and second.qualifier in ("exact", "vague")
        and _VAGUE_GAP.fullmatch(between)
    ):
        return _vague_range(text, first, second, between)
    return None


def _exact_number(mention: Mention) -> Decimal | None:
    if mention.qualifier != "exact":
        return None
    return _printed_number(mention)


def _printed_number(mention: Mention) -> Decimal | None:
    if mention.per or not isinstance(mention.value, int | float):
        return None
    return Decimal(str(mention.value))


_HEDGED_ENDS = frozenset({"over", "under", "nearly", "about"})
"""Hedges a range's second end may carry after 'từ A đến': its printed number is the end
('từ 3% đến dưới 5%' is 3 to 5, as tests/gold/dev12 labels it)."""


def _compound(text: str, mentions: list[Mention], index: int) -> Mention | None:
    """'1 năm 3 tháng' -> 15 tháng: the larger unit first, a part of it after. Not an
    angle's minutes and seconds ('10 độ 02 phút 40 giây'), nor a first pair of three
    parts whose last has no exact conversion ('3 năm 5 tháng 6 ngày')."""
    first, second = mentions[index], mentions[index + 1]
    factor = _COMPOUND_UNITS[first.kind].get((first.unit or "", second.unit or ""))
    big, small = _exact_number(first), _exact_number(second)
    if factor is None or big is None or small is None or not 0 < small < factor:
        return None
    if big != big.to_integral_value():
        return None  # '1,5 năm 3 tháng' is no compound
    if index > 0 and mentions[index - 1].unit == "độ":
        return None
    third = mentions[index + 2] if index + 2 < len(mentions) else None
    if (
        third is not None
        and third.kind == first.kind
        and _COMPOUND_GAP.fullmatch(text, second.end, third.start)
    ):
        return None
    value = big * factor + small
    return quantity_mention(
        text,
        first.start,
        second.end,
        first.kind,
        to_number(value),
        bounds_for(Figure(value, Decimal(1), Decimal(1)), "exact"),
        second.unit,
        "exact",
    )


def _unit_range(text: str, first: Mention, second: Mention, prison: bool) -> Mention | None:
    """'30 phút đến một tiếng' -> [30, 60] phút: the larger unit second; and sentences with
    'tù' after the first ('từ 1 năm tù treo đến 16 năm tù giam': [1, 16] năm, as
    tests/gold/dev15 labels it), which the grammar's ranges do not read across."""
    factor = _LARGER_UNIT.get((second.unit or "", first.unit or ""))
    if prison and first.unit == second.unit:
        factor = 1
    if first.unit == second.unit and _COMPOUND_TEXT.search(second.text):
        factor = 1  # 'từ 10 tháng đến 3 năm 6 tháng': a compound read in the first's unit
    start = first.start
    opener = _FROM_BEFORE.search(text, max(0, start - 4), start)
    low, high = _exact_number(first), _exact_number(second)
    if high is None and opener is not None and second.qualifier in _HEDGED_ENDS:
        high = _printed_number(second)  # 'từ 3 tháng đến dưới 1 năm': [3, 12] tháng
    if factor is None or low is None or high is None:
        return None
    high *= factor
    if not low < high:
        return None
    if opener is not None:
        start = opener.start()
    bounds = bounds_for(Figure(low, Decimal(1), Decimal(1)), "exact")
    return quantity_mention(
        text,
        start,
        second.end,
        "duration",
        None,
        bounds._replace(upper=to_number(high)),
        first.unit,
        "range",
    )


def _hours_a_day(text: str, mention: Mention) -> Mention:
    """'khoảng 5 giờ/1 ngày': hours a day, a duration rate, not five o'clock."""
    per_day = _PER_DAY_AFTER.match(text, mention.end)
    hours = _HOURS.fullmatch(mention.text)
    if per_day is None or hours is None:
        return mention
    hedge = hours.group("hedge")
    qualifier: Qualifier = "exact"
    if hedge is not None:
        found = HEDGES.get(" ".join(hedge.lower().split()))
        if found is None:
            return mention
        qualifier = found  # type: ignore[assignment]
    figure = read_digits(hours.group("n"))
    if not 0 < figure.value <= 24:
        return mention
    return quantity_mention(
        text,
        mention.start,
        per_day.end(),
        "duration",
        to_number(figure.value),
        bounds_for(figure, qualifier),
        "giờ/ngày",
        qualifier,
    )


def _vague_range(text: str, first: Mention, second: Mention, between: str) -> Mention | None:
    """'từ 500.000 đến vài triệu đồng' -> [500 000, 9 000 000] VND; 'từ vài triệu đến hàng
    chục triệu đồng' -> [2 000 000, 100 000 000] (tests/gold/dev16); 'từ hàng chục tới hàng
    trăm tỷ đồng' -> [10, 1 000] tỷ: a bare 'hàng chục' takes the scale words that follow
    the second's ('tỷ'), as '3-5 triệu' does; 'đến cả chục triệu' ends at ten million
    (dev5). Only after 'từ', and only between amounts of one kind: a first end with a unit
    of its own must have the second's."""
    opener = _FROM_BEFORE.search(text, max(0, first.start - 4), first.start)
    if opener is None or first.lower is None or second.upper is None or second.lower is None:
        return None
    if first.kind not in _VAGUE_KINDS or second.kind not in _VAGUE_KINDS:
        return None
    if first.unit is not None and (first.unit, first.kind) != (second.unit, second.kind):
        return None
    if first.qualifier == "exact" and not _PLAIN_NUMBER.fullmatch(first.text):
        return None
    low = Decimal(str(first.lower))
    if first.qualifier == "vague" and first.upper is not None and first.upper <= 1000:
        low *= _trailing_scale(second.text)  # 'hàng chục tới hàng trăm tỷ'
    high = Decimal(str(second.upper))
    # 'đến cả chục triệu đồng': as much as ten million (dev5), 'cả' left between the ends or
    # read with the second
    if "cả" in between or second.text[:3].lower() == "cả ":
        high = Decimal(str(second.lower))
    if not low < Decimal(str(second.lower)) or not low < high:
        return None  # the first end must lie below the second
    kind, unit, per = second.kind, second.unit, second.per
    if unit is None and first.unit is not None:
        kind, unit, per = first.kind, first.unit, first.per
    bounds = bounds_for(Figure(low, Decimal(1), Decimal(1)), "exact")
    return quantity_mention(
        text,
        opener.start(),
        second.end,
        kind,
        None,
        bounds._replace(lower=to_number(low), upper=to_number(high)),
        unit,
        "range",
        per,
    )


def _trailing_scale(vague: str) -> Decimal:
    """The scale words after a vague amount's first: 'hàng trăm tỷ đồng' -> 10⁹."""
    factor, seen = Decimal(1), False
    for word in vague.split():
        scale = SCALE_WORDS.get(word.lower())
        if scale is None:
            continue
        if seen:
            factor *= scale
        seen = True
    return factor
