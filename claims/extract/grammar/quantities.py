"""Turn a numeric core and its surroundings into a quantity mention.

A core is a figure ("200 nghìn", "hai trăm") at [start, end) (``cores``).  Around
it: the cue before (hedge, currency, "năm", "lớp"...), the unit after, perhaps a
range's second half (``ranges``), "trở lên".  This module reads those and decides
the kind, the unit and the interval.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import cast

from claims.extract.grammar.cores import (
    LONE_COMMA_THOUSANDS,
    Core,
    Tail,
    apply_scale,
    read_figure,
    read_tail,
)
from claims.extract.grammar.cues import Cue
from claims.extract.grammar.hedge_words import TRAILING_HEDGES
from claims.extract.grammar.hedges import bounds_for
from claims.extract.grammar.listed_units import count_rate
from claims.extract.grammar.mentions import quantity_mention
from claims.extract.grammar.numbers import Figure, read_digits, to_number
from claims.extract.grammar.patterns import MINOR_MONEY, TRAILING_HEDGE
from claims.extract.grammar.price_quotes import RATE_AFTER, quoted_per
from claims.extract.grammar.ranges import buy_sell_partner, read_range
from claims.extract.grammar.scores import (
    bare_index_level,
    bare_mark,
    mark_over_scale,
    points_tail,
)
from claims.extract.grammar.unit_words import MINOR_CURRENCY_OWNERS
from claims.extract.grammar.units import prefix_currency
from claims.model import Mention, Qualifier

_HUNDRED = Decimal(100)
_MILLION = 1_000_000
"""'m' glued to a sum after a currency sign ('£124m', '$157m', '€50m'): English 'million',
as 'M' is ('1,2M', ``ATTACHED_SCALES``); read before as metres, a unit no currency has."""
_SPEC_BEFORE = re.compile(
    r"(?<![^\W_])(?:[Tt]ốc độ|[Vv]ận tốc|[Cc]ông suất|[Mm]ô[ -]?men xoắn|[Mm]omen xoắn"
    r"|[Ll]ực kéo|[Tt]ầm bay|[Tt]ầm bắn|[Tt]ải trọng|[Ss]ức chứa|[Dd]ung lượng|[Dd]ung tích"
    r"|[Tt]rọng tải|đầu ra|cất cánh|[Đđ]ộ sáng|[Pp]hạm vi|[Đđ]ộ cao)[ \t]+$"
)
"""The property a maximum names: 'vận tốc tối đa 250 km/h', 'momen xoắn tối đa 245 Nm',
'công suất đầu ra tối đa 8.24 mã lực', 'trọng lượng cất cánh tối đa 4,9 tấn', 'độ sáng tối
đa 530 nit', 'phạm vi tối đa 153 km', 'độ cao tối đa 2km': over the first 10,000 open
articles every such 'tối đa' told a specification, as the gold labels 'vận tốc tối đa'."""


def build_quantity(text: str, core: Core, cue: Cue, *, outer: Cue | None = None) -> Mention:
    """A count, money, percent, measure, age, duration or multiple mention.

    ``outer`` is the cue before a currency prefix: "ít nhất $1,42".
    """
    start, figure = core.start, core.figure
    tail = read_tail(text, core.end)
    if not tail.unit_found:  # "698,66 điểm", "thi 99 điểm", "điểm sàn vẫn là 15"
        value = float(figure.value)
        tail = (
            points_tail(text, start, core.end, figure.has_decimals)
            or (mark_over_scale(text, core.end, value) if figure.has_decimals else None)
            or bare_mark(text, start, core.end, value)
            or (None if figure.scaled else bare_index_level(text, start, core.end, value))
            or tail
        )
    if not tail.unit_found and figure.has_decimals and not figure.scaled:
        rate = count_rate(text, core.end)
        tail = Tail(rate[0], "measure", rate[1], None, True) if rate else tail  # "0,6 bàn/trận"
    if not tail.unit_found and cue.kind == "age_cue":  # "ở tuổi 25", "độ tuổi 18-25"
        tail, start = Tail(tail.end, "age", "tuổi", None, True), cue.start
    end, kind, unit, per = tail.end, tail.kind, tail.unit, tail.per
    qualifier: Qualifier = "exact"
    if cue.kind == "currency":
        kind, unit, start = "money", prefix_currency(cue.word), cue.start
        if text[core.end : end] == "m" and not figure.scaled:
            figure = figure.scale(_MILLION)  # "£124m ($157m)": no sum of money is in metres
        if outer is not None and outer.kind in ("hedge", "from"):
            if outer.kind == "hedge" and outer.qualifier is not None:
                qualifier = outer.qualifier
            start, cue = outer.start, Cue(outer.kind, outer.word, outer.start)
    elif (
        cue.kind == "negative"
        and not _pairs_with_number_before(text, cue.start)
        and not (_SOUND_WORD_BEFORE.search(text, max(0, cue.start - 8), cue.start))
    ):
        figure = Figure(-figure.value, figure.step, figure.printed_step, figure.has_decimals)
        start = cue.start
    elif cue.kind == "multiple":
        kind, unit, start = "multiple", "lần", cue.start
    elif kind == "count" and figure.has_decimals and text[core.end : end].strip() == "lần":
        kind, unit = "multiple", "lần"  # "tốt hơn 1,7 lần": no count of times has decimals
    elif (
        cue.kind == "hedge"
        and cue.word == "cỡ"
        and unit in _SIZE_UNITS
        and not _names_a_spec(text, cue)  # "kích cỡ 5 inch" keeps its span
    ):
        start = cue.start  # "màn hình cỡ 5,5 inch": the size, exact as a specification is
    elif cue.kind == "hedge" and cue.qualifier is not None and not _names_a_spec(text, cue):
        qualifier, start = cue.qualifier, cue.start
        if text[core.end : end].strip() == "lần" and _TIMES_BEFORE.search(text, 0, start):
            kind, unit, start = "multiple", "lần", start - 4  # "gấp hơn 6 lần"
    past = _past_an_age(text, start, end, kind, tail.unit_found, figure)
    if past is not None:
        kind, unit, qualifier, start = "age", "tuổi", "over", past
    elif kind == "count" and _reached_an_age(text, start, end, tail.unit_found, figure):
        kind, unit = "age", "tuổi"
    if kind == "money" and unit in MINOR_CURRENCY_OWNERS and tail.unit_found:
        minor = MINOR_MONEY.match(text, end)
        if minor is not None:
            cents = read_figure(minor.group("minor"), None, None).value
            if cents < 100:
                figure = read_digits(f"{int(figure.value)},{int(cents):02d}")
                end = minor.end()
    if (
        kind == "money"
        and unit != "VND"
        and LONE_COMMA_THOUSANDS.fullmatch(core.raw)
        and (RATE_AFTER.match(text, end) is not None or quoted_per(unit, per))
    ):
        figure = read_digits(core.raw)  # "6,882 nhân dân tệ đổi 1 USD": a rate's decimals
    if _decimal_comma(core, kind, unit, per):
        figure = read_digits(core.raw)  # "55,959 USD/thùng", "trục cơ sở 1,873 mét"
    ranged = read_range(text, core, tail, cue, figure)
    if ranged is not None:
        return ranged
    if not tail.unit_found and cue.kind != "currency":
        partner = buy_sell_partner(text, core.start, tail.end)
        if partner is not None:  # "22.705 – 22.775 VND/USD (mua vào – bán ra)": same unit
            (kind, unit, per), scale = partner
            if scale and not figure.scaled:  # "36,24 - 36,32 triệu đồng": and the same scale
                if LONE_COMMA_THOUSANDS.fullmatch(core.raw):  # "36,500 – 36,580 triệu"
                    figure = read_digits(core.raw)
                figure = apply_scale(figure, scale)
    half = _HALF_AFTER.match(text, end) if kind in _HALVED_KINDS and tail.unit_found else None
    if half is not None and not figure.has_decimals:  # "2 năm rưỡi", "1 tiếng rưỡi": and a half
        halves = Decimal("0.5")
        figure = Figure(figure.value + halves, halves, halves, False, figure.scaled)
        end = half.end()
    trailing = TRAILING_HEDGE.match(text, end)
    if trailing is not None and cue.kind == "from":
        qualifier = cast(Qualifier, TRAILING_HEDGES[" ".join(trailing.group("trailing").split())])
        start, end = cue.start, trailing.end()
    rounded = kind == "percent" or (figure.scaled and figure.has_decimals)
    share = kind == "percent" and cue.kind == "share" and figure.value <= _HUNDRED
    cap = _HUNDRED if share else None  # "chiếm 120%" stays 120: the error a rule must see
    if kind == "percent" and cap is None and qualifier == "exact":
        cap = _HUNDRED if _names_a_share(text, end) and figure.value <= _HUNDRED else None
    bounds = bounds_for(figure, qualifier, rounded=rounded, cap=cap)
    return quantity_mention(
        text, start, end, kind, to_number(figure.value), bounds, unit, qualifier, per
    )


_PAST = re.compile(r"(?<![^\W_])[Nn]goài[ \t]+$")
_AN_AGE_BEFORE_PAST = re.compile(
    r"(?<![^\W_])(?:đã|mới|vừa|tuổi|như|cũng|đều|lúc|khi|chừng|khoảng)[ \t]+$"
)
_AGE_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[,.;:!?)\n]|$|(?:nhưng|rồi|mà|vẫn)(?![^\W_]))")


def _past_an_age(
    text: str, start: int, end: int, kind: str, unit_found: bool, figure: Figure
) -> int | None:
    """Where "ngoài" opens an age past a round figure, the start of the mention: "ngoài 30
    tuổi" is over 30, as "hơn 30 tuổi" ("ngoài" is "beyond"); so is a bare "đã ngoài 70,"
    or "ở tuổi ngoài 60," where the age is left unsaid.  "Ngoài 2 mã này" ("besides")
    counts, as does any "ngoài" before a noun or a unit."""
    past = _PAST.search(text, max(0, start - 7), start)
    if past is None or figure.has_decimals:
        return None
    if kind == "age":
        return past.start()
    if (
        unit_found
        or kind != "count"
        or not 10 <= figure.value <= 120
        or _AN_AGE_BEFORE_PAST.search(text, max(0, past.start() - 8), past.start()) is None
        or _AGE_CLAUSE_ENDS.match(text, end) is None
    ):
        return None
    return past.start()


_REACHED_BEFORE = re.compile(r"(?<![^\W_/])(?:[Kk]hi|[Ll]úc|[Nn]ăm|[Mm]ới|[Vv]ừa)[ \t]+lên[ \t]+$")
_OLDEST_AGE = 120


def _reached_an_age(text: str, start: int, end: int, unit_found: bool, figure: Figure) -> bool:
    """'Khi lên 5, khi xin thức ăn ...', 'học võ từ lúc lên 5,', 'khi tôi mới lên 10.': the age
    a child reached, 'tuổi' left unsaid where the clause ends after it ('năm lên 4.5 triệu
    chiếc' and '/năm lên 24.000 T/năm' raise an output, no age)."""
    if (
        unit_found
        or text[max(0, start - 4) : start] != "lên "
        or figure.has_decimals
        or figure.scaled
        or not 0 < figure.value <= _OLDEST_AGE
    ):
        return False
    return (
        _REACHED_BEFORE.search(text, max(0, start - 12), start) is not None
        and _AGE_CLAUSE_ENDS.match(text, end) is not None
    )


_COMMODITY_PER = frozenset({"thùng", "tấn", "oz", "ounce", "pound", "lb", "gallon", "bushel"})
_DECIMAL_KINDS = frozenset({"measure"})


def _decimal_comma(core: Core, kind: str, unit: str | None, per: str | None) -> bool:
    """'55,959 USD/thùng', '293,434 USD/tấn', 'dài 5,367 km', '97,028 điểm': a lone comma
    before three digits that do not end in 0, in a measure, a percent or a world price
    per barrel, tonne or ounce, is the Vietnamese decimal comma.  English thousands
    ('725,000 USD', '13,000 m2', '4,753 người') are round, or count things, or sum money;
    no barrel of oil costs 55,959 USD."""
    raw = core.raw
    if not raw or raw[-1] == "0" or not LONE_COMMA_THOUSANDS.fullmatch(raw):
        return False
    if kind in _DECIMAL_KINDS:
        return True
    return kind == "money" and unit != "VND" and (per or "").strip() in _COMMODITY_PER


# 'âm' ends a word here, no minus sign: 'ghi âm 360 độ' (records sound), 'phát âm 59 tên'
# (pronounces), 'cận âm 1.100km/h' (subsonic), 'siêu âm 4D'; over the open corpus these 6
# are every 'X âm N' whose X is not a sum, a balance or a score ('quỹ âm 625.540 tỉ đồng')
_SOUND_WORD_BEFORE = re.compile(r"(?<![^\W_])(?:ghi|phát|thu|siêu|cận|hạ|khuếch)[ \t]+$", re.I)
_SIZE_UNITS = frozenset({"inch", "MP"})
"""Units of a screen's, a wheel's or a sensor's size: before them 'cỡ' is the noun 'size'
('màn hình cỡ 5,5 inch', 'bánh xe cỡ 17 inch', 'ghi hình ảnh cỡ 19MP'), as in 'kích cỡ',
and the size is exact.  Over the first 10,000 open articles each of the 30 such readings
told a screen's, a wheel's or a sensor's size, which specification lists print exactly;
the span keeps 'cỡ' so that the subject is read before it, as it was."""
_TIMES_BEFORE = re.compile(r"(?<![^\W_])gấp[ \t]$")
"""'gấp hơn 6 lần': a multiple, its hedge between 'gấp' and the number."""
_HALF_AFTER = re.compile(r"[ \t]+rưỡi(?![^\W_])")
_HALVED_KINDS = frozenset({"duration", "measure", "age"})


def _names_a_spec(text: str, cue: Cue) -> bool:
    """'tốc độ tối đa 199 km/giờ', 'công suất tối đa 453 mã lực': after a machine's
    property, 'tối đa' (maximum) names the specification, stated exactly; it bends
    the number only after a verb ('phạt tối đa 5 triệu')."""
    if cue.word == "cỡ":  # "kích cỡ 5,5 inch": the size itself, no "about"
        return text[max(0, cue.start - 5) : cue.start].rstrip(" \t").lower().endswith("kích")
    if cue.word not in ("tối đa", "tối thiểu"):
        return False
    return _SPEC_BEFORE.search(text, max(0, cue.start - 20), cue.start) is not None


def _names_a_share(text: str, end: int) -> bool:
    """'100% trẻ 6 tuổi': a percent followed by the group it is a share of."""
    following = text[end : end + 2]
    return len(following) == 2 and following[0] == " " and following[1].isalpha()


def _pairs_with_number_before(text: str, dash: int) -> bool:
    """'36,24 -36,32': a dash after a number joins a pair; it is no minus sign."""
    return text[max(0, dash - 3) : dash].rstrip(" \t")[-1:].isdigit()
