"""Two neighbouring hours with a comma: 'từ 4, 5 giờ', 'dậy 4,5 giờ', 'đến 2, 3 giờ sáng'.

'N, M giờ' with M the hour after N is 'four or five o'clock' when a verb of rising or
a bound of time stands before it ('dậy', 'từ', 'đến') or a part of the day after it:
the gold (tests/gold/dev12) labels 'từ 4, 5 giờ' and 'dậy 4,5 giờ' the time range
04:00/05:00.  Without such a cue '4,5 giờ' stays four and a half hours ('Trong 4,5
giờ đồng hồ phẫu thuật').
"""

from __future__ import annotations

import re

from claims.extract.grammar import dates
from claims.extract.grammar.char_classes import DIGIT
from claims.extract.grammar.mentions import displaced_by, plain_mention
from claims.extract.grammar.word_starts import Candidates, matches_on_runs
from claims.model import Mention

_PAIR = re.compile(
    rf"({DIGIT}(?<![\d.,].)\d?),[ \t]?(\d{{1,2}})[ \t]*giờ(?![^\W_])"
    r"(?:[ \t]+(sáng|trưa|chiều|tối|đêm)(?![^\W_]))?"
)
"""Opens on a digit (the bitmap class of ``char_classes``), the look-behind that would
open it moved after that digit: opened by the look-behind, it was tried at every
character of the article.  Tried only at runs of one or two digits before a comma
(``matches_on_runs``)."""
_BOUND_BEFORE = re.compile(r"(?<![^\W_])(?:[Tt]ừ|[Dd]ậy|đến|tới)[ \t]+$")
_LAST_HOUR = 12


def hour_pairs(text: str, mentions: list[Mention], candidates: Candidates) -> list[Mention]:
    """``mentions`` with each pair of neighbouring hours read as a time range
    (``candidates``: the text's runs of digits, from ``word_starts.candidates``)."""
    found: list[Mention] = []
    for match in matches_on_runs(_PAIR, text, candidates, 2, ","):
        first, last = int(match.group(1)), int(match.group(2))
        if last != first + 1 or last > _LAST_HOUR:
            continue
        pod = match.group(3)
        start = match.start()
        if pod is None and not _BOUND_BEFORE.search(text, max(0, start - 6), start):
            continue
        value = f"{dates.clock_value(first, 0, None, pod)}/{dates.clock_value(last, 0, None, pod)}"
        found.append(plain_mention(text, start, match.end(), "time", value, qualifier="range"))
    return displaced_by(mentions, found)
