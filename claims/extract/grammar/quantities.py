"""Turn a numeric core and its surroundings into a quantity mention.

A core is a figure ("200 nghìn", "hai trăm") at [start, end).  Around it:
the cue before (hedge, currency, "năm", "lớp"...), the unit after, perhaps a
range's second half, "trở lên".  This module reads those and decides the
kind, the unit and the interval.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import cast

from claims.extract.grammar.cues import Cue
from claims.extract.grammar.hedges import Bounds, bounds_for
from claims.extract.grammar.identifiers import is_score
from claims.extract.grammar.lexicon import (
    ATTACHED_SCALES,
    MEASURE_WORDS,
    MINOR_CURRENCY_OWNERS,
    SCALE_WORDS,
    TRAILING_HEDGES,
)
from claims.extract.grammar.listed_units import count_rate
from claims.extract.grammar.mentions import identifier, quantity_mention
from claims.extract.grammar.number_words import read_words
from claims.extract.grammar.numbers import Figure, figure_of, read_digits, to_number
from claims.extract.grammar.patterns import (
    MINOR_MONEY,
    RANGE_TAIL,
    TRAILING_HEDGE,
    UNIT_TAIL,
)
from claims.extract.grammar.price_quotes import (
    BUY_LABEL_BETWEEN,
    CHANGE_BEFORE,
    PER_TIME_AFTER,
    RATE_AFTER,
    TIME_PER,
    quoted_per,
)
from claims.extract.grammar.scores import is_exam_mark
from claims.extract.grammar.units import classify_unit, prefix_currency
from claims.model import Mention, MentionKind, Qualifier

_SCALE_TOKEN = re.compile(r"\S+")
_DECIMAL_SPLIT = re.compile(r"(?:phẩy|chấm)\s+")
_HUNDRED = Decimal(100)
_LONE_COMMA_THOUSANDS = re.compile(r"[1-9]\d{0,2},\d{3}")
"""Vietnamese decimals rarely print three places, so "5,900 căn" is 5900."""
_POINTS = re.compile(r"[ \t]+điểm(?![^\W_])(?![ \t]+phần[ \t]+trăm)")
_INDEX_BEFORE = re.compile(
    r"Index|[Cc]hỉ số|Dow Jones|Nikkei|S&P|Nasdaq|Hang Seng|Kospi|FTSE|DAX|Shanghai Composite"
)
_INDEX_LOOK_BACK = 120
_BUY_SELL = re.compile(r"\s*\(\s*(?:giá\s+|chiều\s+)?(?:mua|MV)")
_BUY_SELL_BEFORE = re.compile(
    r"mua(?:\s+vào)?\s*[-–—/]\s*bán(?:\s+ra)?[^.!?\n\d]{0,40}$", re.IGNORECASE
)
"""'giá mua vào - bán ra ở mức 36,68 - 36,98 triệu đồng': the pair is named before it."""
_NAME_AFTER_DOT = re.compile(r"[.-][^\W\d_]")
_SPEED_PER = frozenset({"h", "giờ", "s", "giây", "phút"})
_SPEEDS = frozenset({"km/h", "km/giờ", "dặm/giờ", "mph"})
_SPEC_BEFORE = re.compile(
    r"(?<![^\W_])(?:[Tt]ốc độ|[Cc]ông suất|[Mm]ô[ -]men xoắn|[Ll]ực kéo|[Tt]ầm bay|[Tt]ầm bắn"
    r"|[Tt]ải trọng|[Ss]ức chứa|[Dd]ung lượng|[Dd]ung tích|[Tt]rọng tải)[ \t]+$"
)
_YEAR_AFTER = re.compile(r"[ \t]+(?:1[89]|20)\d\d(?!\d|[.,]\d)")
_PER_HUNDRED_KM = re.compile(r"[ \t]*/[ \t]*100[ \t]*km(?![^\W_])")
_STRAY_LAST_DIGIT = re.compile(r"[ \t](\d)(?![\d.,])")


def read_figure(number: str, decimals: str | None, scale: str | None) -> Figure:
    """The figure of a core: digits or words, spoken decimals, scale words."""
    if not scale and _LONE_COMMA_THOUSANDS.fullmatch(number):
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
    if unit == "năm" and _YEAR_AFTER.match(text, found.end()):
        return Tail(end, "count", None, None, False)  # "vụ 1 năm 2017": 'năm' cues the year
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
        per_time = PER_TIME_AFTER.match(text, found.end())
        if per_time is not None:  # "4 triệu tấn mỗi năm", "2 triệu tấn thép dẹp/năm"
            return Tail(per_time.end(), kind, f"{canonical}/{per_time.group('time')}", None, True)
    if kind == "measure" and per not in (None, "một", "mỗi"):  # "6-7 tấn/chuyến", "40kg/bao"
        return Tail(found.end(), kind, f"{canonical}/{per}", None, True)
    return Tail(found.end(), kind, canonical, per, True)


def build_quantity(text: str, core: Core, cue: Cue, *, outer: Cue | None = None) -> Mention:
    """A count, money, percent, measure, age, duration or multiple mention.

    ``outer`` is the cue before a currency prefix: "ít nhất $1,42".
    """
    start, figure = core.start, core.figure
    tail = read_tail(text, core.end)
    if not tail.unit_found:
        tail = _points(text, core, figure) or tail
    if not tail.unit_found and figure.has_decimals and not figure.scaled:
        rate = count_rate(text, core.end)
        tail = Tail(rate[0], "measure", rate[1], None, True) if rate else tail  # "0,6 bàn/trận"
    if not tail.unit_found and cue.kind == "age_cue":  # "ở tuổi 25", "độ tuổi 18-25"
        tail, start = Tail(tail.end, "age", "tuổi", None, True), cue.start
    end, kind, unit, per = tail.end, tail.kind, tail.unit, tail.per
    qualifier: Qualifier = "exact"
    if cue.kind == "currency":
        kind, unit, start = "money", prefix_currency(cue.word), cue.start
        if outer is not None and outer.kind in ("hedge", "from"):
            if outer.kind == "hedge" and outer.qualifier is not None:
                qualifier = outer.qualifier
            start, cue = outer.start, Cue(outer.kind, outer.word, outer.start)
    elif cue.kind == "negative" and not _pairs_with_number_before(text, cue.start):
        figure = Figure(-figure.value, figure.step, figure.printed_step, figure.has_decimals)
        start = cue.start
    elif cue.kind == "multiple":
        kind, unit, start = "multiple", "lần", cue.start
    elif kind == "count" and figure.has_decimals and text[core.end : end].strip() == "lần":
        kind, unit = "multiple", "lần"  # "tốt hơn 1,7 lần": no count of times has decimals
    elif cue.kind == "hedge" and cue.qualifier is not None and not _names_a_spec(text, cue):
        qualifier, start = cue.qualifier, cue.start
        if text[core.end : end].strip() == "lần" and _TIMES_BEFORE.search(text, 0, start):
            kind, unit, start = "multiple", "lần", start - 4  # "gấp hơn 6 lần"
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
        and _LONE_COMMA_THOUSANDS.fullmatch(core.raw)
        and (RATE_AFTER.match(text, end) is not None or quoted_per(unit, per))
    ):
        figure = read_digits(core.raw)  # "6,882 nhân dân tệ đổi 1 USD": a rate's decimals
    ranged = _read_range(text, core, tail, cue, figure)
    if ranged is not None:
        return ranged
    if not tail.unit_found and cue.kind != "currency":
        partner = _buy_sell_partner(text, core.start, tail.end)
        if partner is not None:  # "22.705 – 22.775 VND/USD (mua vào – bán ra)": same unit
            (kind, unit, per), scale = partner
            if scale and not figure.scaled:  # "36,24 - 36,32 triệu đồng": and the same scale
                if _LONE_COMMA_THOUSANDS.fullmatch(core.raw):  # "36,500 – 36,580 triệu"
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


_TIMES_BEFORE = re.compile(r"(?<![^\W_])gấp[ \t]$")
"""'gấp hơn 6 lần': a multiple, its hedge between 'gấp' and the number."""
_HALF_AFTER = re.compile(r"[ \t]+rưỡi(?![^\W_])")
_HALVED_KINDS = frozenset({"duration", "measure", "age"})


def _points(text: str, core: Core, figure: Figure) -> Tail | None:
    """'698,66 điểm', 'VN-Index giữ mốc 700 điểm', 'thi 99 điểm': a level or a score in
    points is a measure in điểm; a whole number of points won in a match stays a count."""
    found = _POINTS.match(text, core.end)
    if found is None:
        return None
    if (
        not figure.has_decimals
        and _INDEX_BEFORE.search(text, max(0, core.start - _INDEX_LOOK_BACK), core.start) is None
        and not is_exam_mark(text, core.start, found.end())
    ):
        return None
    return Tail(found.end(), "measure", "điểm", None, True)


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


def _names_buy_sell(text: str, start: int, end: int, quote: Tail | None = None) -> bool:
    """A dash pair is a buying and a selling price, not a range, when the text says so
    after it ("(mua vào – bán ra)") or just before it ("mua vào - bán ra ở mức"), or
    when it quotes gold per tael or a currency ("36,430 – 36,630 triệu đồng/lượng")."""
    quoted = quote is not None and quoted_per(quote.unit, quote.per)
    # "giảm 20-30 ngàn đồng/lượng": a change by so much stays a range
    if quoted and CHANGE_BEFORE.search(text, max(0, start - 30), start) is None:
        return True
    if _BUY_SELL.match(text, end):
        return True
    return "b" in text[max(0, start - 60) : start] and (
        _BUY_SELL_BEFORE.search(text, max(0, start - 60), start) is not None
    )


def _buy_sell_partner(
    text: str, start: int, end: int
) -> tuple[tuple[MentionKind, str | None, str | None], str] | None:
    """Kind, unit, per unit and scale word of the second price of a buying–selling pair."""
    label = BUY_LABEL_BETWEEN.match(text, end)  # "36,430 (mua vào) – 36,630 triệu đồng"
    if label is not None:
        end = label.end()
    if text[end : end + 3].lstrip(" \t")[:1] not in ("-", "–", "—"):
        return None  # cheap test before the range regex
    found = RANGE_TAIL.match(text, end)
    if found is None or found.group("conn").strip() not in "-–—":
        return None
    partner = read_tail(text, found.end())
    if not partner.unit_found:
        return None
    if label is None and not _names_buy_sell(text, start, partner.end, partner):
        return None
    return (partner.kind, partner.unit, partner.per), found.group("scale2") or ""


def _split_second_half(text: str, found: re.Match[str], first: Figure) -> tuple[Figure, int] | None:
    """'39-4 0 độ C': a range's second half read below its first, its last digit standing
    apart before a unit, is one number printed with a stray space (40), where the page
    meant '39-40 độ C'. Returns the joined figure and where it ends."""
    num2 = found.group("num2")
    if not num2.isdigit() or found.group("dec2") or found.group("scale2"):
        return None
    stray = _STRAY_LAST_DIGIT.match(text, found.end())
    if stray is None:
        return None
    joined = read_figure(num2 + stray.group(1), None, None)
    if joined.value <= first.value or not read_tail(text, stray.end()).unit_found:
        return None
    return joined, stray.end()


def _read_range(text: str, core: Core, tail: Tail, cue: Cue, figure: Figure) -> Mention | None:
    found = RANGE_TAIL.match(text, tail.end)
    if found is None:
        return None
    connector = found.group("conn").strip()
    if connector == "và" and cue.word != "giữa":
        return None
    if tail.kind == "age" and cue.kind != "age_cue":  # "từ năm 3 tuổi đến 5 tuổi": two ages
        return None
    if connector in ("đến", "tới") and core.is_word and cue.kind != "from":
        return None
    second = read_figure(found.group("num2"), found.group("dec2"), found.group("scale2"))
    end2 = found.end()
    if second.value <= figure.value:
        split = _split_second_half(text, found, figure)
        if split is not None:
            second, end2 = split
    tail2 = read_tail(text, end2)
    quote = tail2 if connector in ("-", "–", "—") else None  # "từ 70 đến 90": a range
    if _names_buy_sell(
        text, core.start, tail2.end, quote
    ):  # "22.705 – 22.775 VND/USD (mua vào – bán ra)"
        return None
    if tail.unit_found and tail2.unit_found and tail.unit != tail2.unit:
        if not (tail2.unit or "").startswith(f"{tail.unit}/"):  # "từ 80kg-120kg/con"
            return None
        tail = tail2
    if found.group("cur2"):
        tail2 = Tail(tail2.end, "money", prefix_currency(found.group("cur2")), None, True)
    first = figure
    if found.group("scale2") and not first.scaled:  # "3-5 triệu": the scale covers both
        bare_second = read_figure(found.group("num2"), found.group("dec2"), None).value
        if bare_second:
            first = first.scale(second.value / bare_second)
    scored = not tail.unit_found and not tail2.unit_found and connector in "-–—~"
    score_cue = cue.kind == "score" or first.value == 0
    if scored and is_score(int(first.value), int(second.value), cue=score_cue):
        return identifier(text, core.start, found.end())
    if scored and first.value == second.value:  # "Cơ hội là 50-50": even odds, no amount
        return identifier(text, core.start, found.end())
    if first.value >= second.value:
        return None
    if first.value == 0 and not tail.unit_found and tail2.unit in _SPEEDS:
        return identifier(text, core.start, tail2.end)  # "0-100 km/h": an acceleration test
    kind, unit, per = tail2.kind, tail2.unit, tail2.per
    if tail.unit_found and not tail2.unit_found:
        kind, unit, per = tail.kind, tail.unit, tail.per
    if cue.kind == "currency":
        kind, unit = "money", prefix_currency(cue.word)
    if first_unit := (tail.unit if tail.unit_found else None):
        unit = unit or first_unit
    start = cue.start if cue.kind in ("from", "hedge", "currency") else core.start
    bounds = Bounds(to_number(first.value), to_number(second.value))
    return quantity_mention(text, start, tail2.end, kind, None, bounds, unit, "range", per)
