"""Dates joined by 'và' share what only the last one prints.

"tấn công vào ngày 20 và 21/5": the writer prints the month once, after the
last day; the first day is 20 May, not the 20th of an unknown month.  Read
after the scan, because the month comes after the day that needs it.  A day
listed with no 'ngày' of its own is read as a count by the scan: ``listed_days``
makes it a day first ('(12 và 13/8)', 'các ngày 22, 23, 24/6').
"""

from __future__ import annotations

import re
from itertools import pairwise

from claims.extract.grammar.mentions import plain_mention
from claims.model import Mention

_JOINED = re.compile(r"[ \t]*(?:,|và|hoặc|hay)[ \t]*(?:ngày[ \t]+)?")
_DAY_ONLY = re.compile(r"---(\d\d)")
_DAY_LAST = re.compile(r"(.*-)(\d\d)")


def share_months(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with a bare day before a joined day-month given that month."""
    shared: list[Mention] = list(mentions)
    # Right to left, so that "ngày 19, 20 và 21/5" passes the month back along the list.
    for index in range(len(shared) - 2, -1, -1):
        day, following = shared[index], shared[index + 1]
        if day.kind != "date" or following.kind != "date":
            continue
        if not isinstance(day.value, str) or not isinstance(following.value, str):
            continue
        bare = _DAY_ONLY.fullmatch(day.value)
        dated = _DAY_LAST.fullmatch(following.value)
        if bare is None or dated is None or dated.group(1).startswith("---"):
            continue
        if int(bare.group(1)) >= int(dated.group(2)):
            continue  # "ngày 30 và 1/6" is no run of days in one month
        if _JOINED.fullmatch(text, day.end, following.start) is None:
            continue
        shared[index] = day.model_copy(update={"value": dated.group(1) + bare.group(1)})
    return shared


_LIST_OPENS = re.compile(r"(?:\(|(?<![^\W_])ngày)[ \t]*\Z")
"""'(12 và 13/8)', 'trong hai ngày 1 và 2/6': a bracket or 'ngày' opens a list of days."""
_LAST_DAY = 31


def _bare_day(mention: Mention) -> int | None:
    """The day a bare whole number could be ('23' read as a count), else None."""
    raw = mention.text
    if mention.kind != "count" or len(raw) > 2 or not raw.isdigit():
        return None
    day = int(raw)
    return day if 1 <= day <= _LAST_DAY else None


def _day_of(mention: Mention) -> int | None:
    """The day of a date mention ('24/6' -> 24, 'ngày 22' -> 22), else None."""
    if mention.kind != "date" or not isinstance(mention.value, str):
        return None
    found = _DAY_LAST.fullmatch(mention.value)
    return int(found.group(2)) if found is not None else None


def listed_days(text: str, mentions: list[Mention]) -> list[Mention]:
    """'vòng đấu đầu tiên (12 và 13/8)', 'các ngày 22, 23, 24/6', 'phiên xử (22, 23, 26, 27
    và 29/6)': bare numbers listed before a day and month, joined by ',' or 'và', are days
    of that month, when the list opens with a bracket, with 'ngày' or with a date and the
    days rise; ``share_months`` then gives them the month.  'xếp thứ 5, ngày 6/7' (no
    opening) and 'ngày 30 và 1/6' (no rise) keep their readings."""
    result = list(mentions)
    index = 0
    while index < len(result):
        stop = index
        while _bare_day(result[stop]) is not None and (
            stop == index or _JOINED.fullmatch(text, result[stop - 1].end, result[stop].start)
        ):
            stop += 1
            if stop == len(result):
                return result
        if stop == index:
            index += 1
            continue
        last = result[stop]
        days = [_bare_day(m) for m in result[index:stop]] + [_day_of(last)]
        joined = _JOINED.fullmatch(text, result[stop - 1].end, last.start) is not None
        first = result[index]
        before = result[index - 1] if index > 0 else None
        before_day = _day_of(before) if before is not None else None
        if before is not None and before_day is not None:
            chained = _JOINED.fullmatch(text, before.end, first.start) is not None
            days = [before_day, *days] if chained else days
        else:
            chained = False
        opened = chained or _LIST_OPENS.search(text, max(0, first.start - 6), first.start)
        rising = all(a is not None and b is not None and a < b for a, b in pairwise(days))
        if joined and opened and rising:
            for at in range(index, stop):
                day = result[at]
                result[at] = plain_mention(text, day.start, day.end, "date", f"---{day.text:0>2}")
        index = stop
    return result
