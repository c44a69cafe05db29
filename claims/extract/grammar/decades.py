"""A decade named by its tens ('những năm 90', 'thập niên 60'), and the next decade after it.

'thập niên 80 - 90 của thế kỷ trước', 'những năm 70-80 thế kỷ trước', 'những năm 30, 40':
the years of both decades, one run (1980–1999), where the second number had been read
as a count of nothing (eight in vnnews's first 10,000 articles).
"""

from __future__ import annotations

import re

from claims.extract.grammar.mentions import plain_mention
from claims.model import Mention

_NEXT_DECADE = re.compile(r"[ \t]*[-–,][ \t]*(\d0)(?![\d.,/]?\d)")


def decade_start(raw: str) -> int:
    number = int(raw)
    return number if number >= 100 else 1900 + number


def decade_mention(text: str, start: int, raw: str, end: int) -> Mention:
    """The years of the decade whose tens end at ``end`` (or of the run of two)."""
    first = decade_start(raw)
    stop, last = end, first + 9
    following = _NEXT_DECADE.match(text, end)
    if following is not None and len(raw) == 2 and int(following.group(1)) > int(raw):
        stop, last = following.end(), decade_start(following.group(1)) + 9
    return plain_mention(
        text, start, stop, "year", None, lower=first, upper=last, qualifier="range"
    )
