"""Hours of the day told as a window: 'thời gian có nhiệt độ trên 35 độ từ 10-18 giờ'.

'từ A-B giờ' is a duration of A to B hours ('chỉ mất từ 10 - 12 giờ', 'trẻ cần ngủ từ
10-12 giờ') unless its clause says it is a time of day: a heat bulletin's hours above
35 degrees, opening or selling hours ('mở cửa từ 7 - 19 giờ hằng ngày', 'mở bán vé qua
website từ 11-14 giờ và từ 21-23 giờ'), a part of the day before it ('Buổi sáng từ 9 - 11
giờ') or 'hằng ngày' after it.  Read over the 39 'từ/khoảng A-B giờ' of the open corpus
(blind articles left out): the 22 these cues take are all clock windows (17 heat
bulletins); of the 17 left, 4 are clock hours the grammar reads already ('4-5 giờ sáng'),
11 are durations and 2 were windows missed ('hoạt động từ 5 – 22 giờ/ngày', read now as
below, and 'ngày thứ 7: từ 9 - 15 giờ' a clause after 'tham quan').
The gold (dev13) labels the bulletin's 'từ 10-18 giờ' the time range 10:00/18:00.

A window per day ('xe buýt hoạt động từ 5 – 22 giờ/ngày') is read so too, its '/ngày'
left out of the time, when a cue above names it or 'hoạt động' (runs) does and it spans
six hours or more: 'hoạt động từ 12-15 giờ/ngày' stays hours of work.
"""

from __future__ import annotations

import re

from claims.extract.grammar import dates
from claims.extract.grammar.mentions import plain_mention, reread_each
from claims.model import Mention

_WINDOW = re.compile(r"[Tt]ừ[ \t]+(\d{1,2})[ \t]*(?:-|–|đến|tới)[ \t]*(\d{1,2})[ \t]*giờ")
_CLAUSE_CUE = re.compile(r"(?:nhiệt độ trên|mở cửa|mở bán|tham quan|giờ làm việc)")
# right before the window only: 'Cho con đi ngủ sớm vào buổi tối Theo KidsHealth, trẻ em
# cần phải ngủ từ 10-12 giờ' (a heading run into the text) is ten to twelve hours of sleep
_PART_OF_DAY_BEFORE = re.compile(r"[Bb]uổi[ \t]+(?:sáng|chiều|tối)[ \t:,]*$")
_DAILY_AFTER = re.compile(r"[ \t]+(?:hằng|hàng|mỗi|các)[ \t]+ngày")
_PER_DAY = re.compile(r"[ \t]*/[ \t]*ngày")
_RUNS_CUE = re.compile(r"hoạt động")
_RUNS_LEAST_SPAN = 6
"""'hoạt động từ 5 – 22 giờ/ngày' opens at 5 and closes at 22; 'hoạt động từ 12-15
giờ/ngày' is as likely three hours of running: a window of six hours or more."""
_CLAUSE_END = re.compile(r"[.;!?\n]")
_LOOK_BACK = 90
_MIDNIGHT = 24


def clock_windows(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each duration of hours that names a time of day read as a time range."""
    if "giờ" not in text:
        return mentions
    return reread_each(mentions, lambda mention: _clock_window(text, mention))


def _clock_window(text: str, mention: Mention) -> Mention | None:
    if mention.kind != "duration" or mention.unit != "giờ":
        return None
    window = _WINDOW.match(mention.text)
    if window is None:
        return None
    first, last = int(window.group(1)), int(window.group(2))
    if not first < last < _MIDNIGHT:
        return None
    end = mention.start + window.end()
    if end == mention.end:
        told = _tells_the_hour(text, mention)
    else:  # "từ 5 – 22 giờ/ngày": the time leaves the "/ngày" out
        per_day = mention.per == "ngày" and _PER_DAY.fullmatch(text, end, mention.end)
        told = bool(per_day) and _runs_daily(text, mention, last - first)
    if not told:
        return None
    value = f"{dates.clock_value(first)}/{dates.clock_value(last)}"
    return plain_mention(text, mention.start, end, "time", value, qualifier="range")


def _runs_daily(text: str, mention: Mention, span: int) -> bool:
    """'xe buýt hoạt động từ 5 – 22 giờ/ngày', 'mở cửa từ 7 - 19 giờ/ngày': the hours a
    service keeps each day."""
    clause = _clause_before(text, mention)
    if _CLAUSE_CUE.search(clause) is not None:
        return True
    return span >= _RUNS_LEAST_SPAN and _RUNS_CUE.search(clause) is not None


def _tells_the_hour(text: str, mention: Mention) -> bool:
    if _DAILY_AFTER.match(text, mention.end):
        return True
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    if _PART_OF_DAY_BEFORE.search(before):
        return True
    return _CLAUSE_CUE.search(_clause_before(text, mention)) is not None


def _clause_before(text: str, mention: Mention) -> str:
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    ends = list(_CLAUSE_END.finditer(before))
    return before[ends[-1].end() :] if ends else before
