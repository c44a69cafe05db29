"""Dates joined by 'và' share what only the last one prints.

"tấn công vào ngày 20 và 21/5": the writer prints the month once, after the
last day; the first day is 20 May, not the 20th of an unknown month.  Read
after the scan, because the month comes after the day that needs it.
"""

from __future__ import annotations

import re

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
