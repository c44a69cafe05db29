"""Units a page writes once for several numbers.

'Mâm xe có 4 tùy chọn là 17, 18, 19 và 20 inch': the inch after the last number of a
list is the unit of each; the bare numbers before it are sizes, not counts.  So are the
amounts in millions or billions listed before one in a currency ('giải thưởng lần lượt là
gần 26 tỷ, 68 tỷ và 20 tỷ đồng', 'lần lượt 47 triệu và 44 triệu đồng'), and the
ages and the spans of time of a list ('hai con gái 12 và 15 tuổi', 'chỉ sau 1, 2 ngày',
'Cách đây 7, 8 năm'): each number is an age or a span, none counts anything.  And a
count with decimals before a rate's slash ('hiệu suất 0,6 bàn/trận') is no count of
things but a measure in that rate ('bàn/trận'): nobody scores 0,6 goals.
"""

from __future__ import annotations

import re

from claims.extract.grammar.implied_currency import SCALED_END
from claims.extract.grammar.unit_words import CURRENCY_WORDS
from claims.model import Mention

_LIST_JOIN = re.compile(r"[ \t]*(?:,|;)?[ \t]*(?:(?:và|hoặc|hay)[ \t]+)?")
"""Between two numbers of a list: ', ', ' và ', ', hoặc '."""

_BARE = re.compile(r"\d+(?:,\d+)?")

COUNT_RATE = re.compile(
    r"[ \t]+(?P<noun>[^\W\d_]+(?:[ \t][^\W\d_]+)?)[ \t]*/[ \t]*(?P<per>[^\W\d_]+)(?![\w/])"
)
"""'0,6 bàn/trận', '0,96 lần/trận': a noun per another right after a number (not after a
scale word: '25,44 triệu cổ phiếu/phiên' counts shares)."""


def count_rate(text: str, end: int) -> tuple[int, str] | None:
    """Where a rate after a number ends and its unit ('bàn/trận'), if one follows."""
    found = COUNT_RATE.match(text, end)
    if found is None or not found.group("noun").islower():
        return None
    if any(word in CURRENCY_WORDS for word in found.group("noun").split()):
        return None  # "37,37 ttriệu đồng/lượng": a price with a typo, no rate of things
    return found.end(), f"{' '.join(found.group('noun').split())}/{found.group('per')}"


_LISTED_KINDS = frozenset({"measure", "age", "duration", "money"})
_DAY_OF_MONTH_AFTER = re.compile(r"[ \t]+\d")
"""'ngày 14, 15 và 16 tháng 7': days of a month, no spans of months."""
_SHORT = re.compile(r"\d{1,3}")
"""'trong 2016 và 4 tháng đầu năm': a year before a span is no span."""


def share_listed_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """Give the bare numbers listed before a measure ('17, 18, 19 và 20 inch'), an age
    ('12 và 15 tuổi'), a span of time ('2, 3 ngày') or an amount of money ('47 triệu và
    44 triệu đồng') its kind and unit."""
    result = list(mentions)
    for index in range(len(result) - 1, 0, -1):
        last = result[index]
        if last.kind not in _LISTED_KINDS or not last.unit or last.qualifier != "exact":
            continue
        money = last.kind == "money"
        timed = last.kind in ("age", "duration")
        if timed and _DAY_OF_MONTH_AFTER.match(text, last.end):
            continue
        update: dict[str, str | None] = {"kind": last.kind, "unit": last.unit}
        if money:
            update["per"] = last.per
        at = index - 1
        while (
            at >= 0
            and (_scaled_amount(result[at]) if money else _bare_count(result[at]))
            and (not timed or _SHORT.fullmatch(result[at].text) is not None)
        ):
            between = text[result[at].end : result[at + 1].start]
            if _LIST_JOIN.fullmatch(between) is None or not between.strip():
                break
            result[at] = result[at].model_copy(update=update)
            at -= 1
    return result


def _scaled_amount(mention: Mention) -> bool:
    """'gần 26 tỷ', '47 triệu': a count in millions or billions with no unit."""
    return (
        mention.kind == "count"
        and mention.unit is None
        and mention.per is None
        and SCALED_END.search(mention.text) is not None
    )


def _bare_count(mention: Mention) -> bool:
    return (
        mention.kind == "count"
        and mention.unit is None
        and mention.qualifier == "exact"
        and _BARE.fullmatch(mention.text) is not None
    )
