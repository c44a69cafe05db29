"""Sports seasons and year spans written with a two-digit second year.

"mùa giải 2016-17", "Alan Shearer (1993-94, 94-95, 95-96)": a year and the next
one's last two digits name a season, which is an identifier (like "mùa giải
2016/17"); after "năm" or "giai đoạn" they are the two years themselves. Other
shortened spans are years: "khủng hoảng 1997-99" is 1997 to 1999. In a list that
a season opens, a pair of consecutive two-digit years is the next season
("94-95"), not a range of counts.
"""

from __future__ import annotations

import re

from claims.extract.grammar.cores import read_tail
from claims.extract.grammar.cues import Cue
from claims.extract.grammar.mentions import identifier, plain_mention
from claims.model import Mention

_SHORT_SPAN = re.compile(
    r"((?:19|20)\d\d)[ \t]*[-–][ \t]*(\d\d)(?![\d/.,]\d|\d|[ \t]*[-–][ \t]*\d)"
)
_SEASON_BEFORE = re.compile(
    r"(?:19|20)\d\d[ \t]*[-–][ \t]*\d\d(?:[ \t]*,[ \t]*\d\d[ \t]*[-–][ \t]*\d\d)*[ \t]*,[ \t]*$"
)
"""'(1993-94, 94-95, ': a list of seasons before the next item."""
_LISTED_SEASON = re.compile(r"(\d\d)[ \t]*[-–][ \t]*(\d\d)(?![\d/.,]\d|\d)")
_LIST_LOOK_BACK = 60
_YEAR_SPAN_CUES = frozenset({"năm", "giai đoạn", "thập niên", "thập kỷ", "niên độ"})
"""Cues after which 'năm 1954-55' is the years 1954 and 1955, no season."""
_CENTURY = 100


def short_span(text: str, start: int, cue: Cue) -> Mention | None:
    """'2016-17' (a season) or '1997-99' (1997 to 1999) at ``start``; else None."""
    found = _SHORT_SPAN.match(text, start)
    if found is None or read_tail(text, found.end()).unit_found:
        return None  # "năm 2005 – 12 năm sau": a year, then a duration
    first, second = int(found.group(1)), int(found.group(2))
    short = first % _CENTURY
    if second <= short and not (short == _CENTURY - 1 and second == 0):
        return None  # "2017-06": no span ("2017-06-04" is a date, read elsewhere)
    last = first - short + second + (_CENTURY if second <= short else 0)
    begin = cue.start if cue.kind in ("year", "from") else start
    if last == first + 1 and cue.word not in _YEAR_SPAN_CUES:
        return identifier(text, begin, found.end())  # "mùa giải 2016-17", "(2003-04, "
    return plain_mention(
        text, begin, found.end(), "year", None, lower=first, upper=last, qualifier="range"
    )


def listed_season(text: str, start: int) -> Mention | None:
    """'94-95' in '(1993-94, 94-95, 95-96)': the next season of a list of seasons."""
    found = _LISTED_SEASON.match(text, start)
    if found is None:
        return None
    first, second = int(found.group(1)), int(found.group(2))
    if second != (first + 1) % _CENTURY:
        return None
    if _SEASON_BEFORE.search(text, max(0, start - _LIST_LOOK_BACK), start) is None:
        return None
    return identifier(text, start, found.end())
