"""A range's second half, and the pair of buying and selling prices a dash also joins.

After a core's tail (``cores``): ' – 50.000', ' đến 5', '-VND2000' (``RANGE_TAIL``)
make a range of one quantity ("3-5 triệu đồng", "từ 70 đến 90 tuổi", "ba hoặc bốn quả"), a
score ("2-1") or nothing (a second amount, read on its own); a dash between two prices of gold or a
currency, or a pair that says "mua vào – bán ra", is no range: the two are read one by
one, the first taking the second's unit (``buy_sell_partner``), as when the pair names
its halves in words: 'mua vào 22.685 và bán ra 22.705 đồng/USD'.
"""

from __future__ import annotations

import re

from claims.extract.grammar.cores import Core, Tail, read_figure, read_tail
from claims.extract.grammar.cues import Cue
from claims.extract.grammar.hedges import Bounds
from claims.extract.grammar.identifiers import is_score
from claims.extract.grammar.mentions import identifier, quantity_mention
from claims.extract.grammar.numbers import Figure, to_number
from claims.extract.grammar.patterns import RANGE_TAIL, SCALE
from claims.extract.grammar.price_quotes import BUY_LABEL_BETWEEN, CHANGE_BEFORE, quoted_per
from claims.extract.grammar.scores import names_a_result, points_tail
from claims.extract.grammar.units import prefix_currency
from claims.model import Mention, MentionKind

_BUY_SELL = re.compile(r"\s*\(\s*(?:giá\s+|chiều\s+)?(?:mua|MV)")
_BUY_SELL_BEFORE = re.compile(
    r"mua(?:\s+vào)?\s*[-–—/]\s*bán(?:\s+ra)?[^.!?\n\d]{0,40}$", re.IGNORECASE
)
"""'giá mua vào - bán ra ở mức 36,68 - 36,98 triệu đồng': the pair is named before it."""
_SPEEDS = frozenset({"km/h", "km/giờ", "dặm/giờ", "mph"})
_WORD_RANGE_KINDS = frozenset({"duration", "age"})
_STRAY_LAST_DIGIT = re.compile(r"[ \t](\d)(?![\d.,])")
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_THOUSANDS_THOUSAND = re.compile(r"(\d{1,3}(?:\.\d{3})+)[ \t]+(?:nghìn|ngàn)")


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


_BOUGHT_BEFORE = re.compile(
    r"(?<![^\W_])mua(?:[ \t]+vào)?(?:[ \t]+(?:là|ở))?(?:[ \t]+mức)?[ \t:]*$", re.IGNORECASE
)
_SOLD_AFTER = re.compile(
    r"[ \t]*(?:và|,|;)[ \t]*(?:giá[ \t]+)?bán(?:[ \t]+ra)?(?:[ \t]+(?:là|ở))?(?:[ \t]+mức)?[ \t:]*"
    rf"(?P<num2>\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d.,]\d)(?P<scale2>{SCALE})?"
)
"""'mua vào 22.685 và bán ra 22.705 đồng/USD': the selling price, named, after the buying."""


def _named_partner(
    text: str, start: int, end: int
) -> tuple[tuple[MentionKind, str | None, str | None], str] | None:
    """The money unit of the selling price after a bare buying price the text names so."""
    if (
        "b" not in text[end : end + 16]
        or _BOUGHT_BEFORE.search(text, max(0, start - 24), start) is None
    ):
        return None
    found = _SOLD_AFTER.match(text, end)
    if found is None:
        return None
    partner = read_tail(text, found.end())
    if not partner.unit_found or partner.kind != "money":
        return None
    return (partner.kind, partner.unit, partner.per), found.group("scale2") or ""


def buy_sell_partner(
    text: str, start: int, end: int
) -> tuple[tuple[MentionKind, str | None, str | None], str] | None:
    """Kind, unit, per unit and scale word of the second price of a buying–selling pair."""
    label = BUY_LABEL_BETWEEN.match(text, end)  # "36,430 (mua vào) – 36,630 triệu đồng"
    if label is not None:
        end = label.end()
    if text[end : end + 3].lstrip(" \t")[:1] not in ("-", "–", "—"):
        return _named_partner(text, start, end) if label is None else None
    found = RANGE_TAIL.match(text, end)
    if found is None or found.group("conn").strip() not in "-–—" or found.group("hedge2"):
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


_LIST_BEFORE = re.compile(r"\d[ \t]*[,;][ \t]*$")
_EITHER_KINDS = frozenset({"count", "duration", "age"})
_HOURS_AFTER = re.compile(r"[ \t]*(?:giờ|h)(?![^\W_])")


def _one_or_the_next(
    text: str, start: int, first: Figure, found: re.Match[str], tail: Tail, tail2: Tail
) -> bool:
    """'ba hoặc bốn quả hồng', 'một hoặc hai đảng', 'hai hoặc ba tiếng': a whole number or
    the next one, counting things or time, is a guess at one amount, a range (tests/gold
    README, session 9). Two numbers further apart name alternatives, each a claim ('32
    hoặc 64 GB', '2 hoặc 4 thương binh', '58 hoặc 60 tuổi'), and so do sizes, prices and
    the end of a list ('2, 3 hoặc 4 cây'); 'lúc 5 hoặc 6 giờ' may be clock times."""
    if found.group("dec2") or found.group("scale2") or found.group("cur2") or found.group("hedge2"):
        return False
    second = read_figure(found.group("num2"), None, None)
    if first.has_decimals or first.scaled or first.value < 1 or second.value != first.value + 1:
        return False
    if tail.unit_found or tail2.kind not in _EITHER_KINDS:
        return False
    if _HOURS_AFTER.match(text, found.end()):
        return False  # 'lúc 5 hoặc 6 giờ': hours of the clock ('hai hoặc ba tiếng' counts)
    return _LIST_BEFORE.search(text, max(0, start - 6), start) is None


def _first_end(core: Core, figure: Figure, found: re.Match[str], second: Figure) -> Figure:
    """The range's first end. '3-5 triệu': the second's scale word covers both; but a
    first end printed with a thousands group that the scale would carry past the second
    is printed in full ('300.000 - 1,2 triệu đồng', 300 000 to 1 200 000; '400 - 1 triệu',
    where 'nghìn' was left out, stays unread), and so is one a scale word of its own carries
    past it, a slip of the pen ('600.000 nghìn - 1 triệu đồng': 600 000 đồng, not 600
    million; only 'nghìn' after a thousands group and within a tenfold of the second, so
    '5 triệu - 3 triệu' and '5.000 nghìn - 3 triệu' stay no range)."""
    if found.group("scale2") and not figure.scaled:
        bare_second = read_figure(found.group("num2"), found.group("dec2"), None).value
        if not bare_second:
            return figure
        scaled = figure.scale(second.value / bare_second)
        in_full = figure.value < second.value <= scaled.value and _THOUSANDS.fullmatch(core.raw)
        return figure if in_full else scaled
    slip = _THOUSANDS_THOUSAND.fullmatch(core.raw) if figure.scaled else None
    if slip is not None and figure.value >= second.value:
        printed = read_figure(slip.group(1), None, None)
        if printed.value < second.value <= printed.value * 10:
            return printed
    return figure


def read_range(text: str, core: Core, tail: Tail, cue: Cue, figure: Figure) -> Mention | None:
    """The range (or score, or even odds) that ``core`` opens with the second half after
    its ``tail``; ``None`` when none follows or the pair is two amounts."""
    found = RANGE_TAIL.match(text, tail.end)
    if found is None:
        return None
    connector = found.group("conn").split()[-1]  # ' cho tới ' joins as 'tới' does
    if connector == "và" and cue.word != "giữa":
        return None
    if found.group("hedge2") and (cue.kind != "from" or connector == "và"):
        return None  # 'từ 12 đến dưới 24 tháng' is [12, 24]; 'chuyển 5 tấn đến hơn 100 hộ' no range
    if tail.kind == "age" and cue.kind != "age_cue":  # "từ năm 3 tuổi đến 5 tuổi": two ages
        return None
    second = read_figure(found.group("num2"), found.group("dec2"), found.group("scale2"))
    end2 = found.end()
    if second.value <= figure.value:
        split = _split_second_half(text, found, figure)
        if split is not None:
            second, end2 = split
    tail2 = read_tail(text, end2)
    if not tail2.unit_found:  # "dao động từ 18-21 điểm" under "điểm chuẩn": marks
        decimals = figure.has_decimals or second.has_decimals
        tail2 = points_tail(text, core.start, end2, decimals) or tail2
    if connector == "hoặc" and not _one_or_the_next(text, core.start, figure, found, tail, tail2):
        return None
    # words joined by 'đến' make a range after 'từ', or with a unit after the second:
    # 'hai đến ba tháng', 'chừng một đến hai ngày' ('hai đến ba' alone may be anything)
    if (
        connector in ("đến", "tới")
        and core.is_word
        and cue.kind != "from"
        and (not tail2.unit_found or tail.unit_found or tail2.kind not in _WORD_RANGE_KINDS)
    ):
        return None
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
    first = _first_end(core, figure, found, second)
    scored = not tail.unit_found and not tail2.unit_found and connector in "-–—~"
    score_cue = cue.kind == "score" or first.value == 0
    if scored and not score_cue and first.value < second.value:
        score_cue = names_a_result(text, core.start, found.end())  # "thua ngược 1-2"
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
