"""The time and date of a byline's stamp: when the page was published, not a figure of it.

News pages end the article with its author or source and a stamp after a bar:
"Châu Tinh - Thể thao Việt Nam | 22:00 10/07/2017", "Nguồn: Báo Đất Việt … | 02:57
13/07/2017".  The stamp is the page's publication metadata: the article asserts nothing
about that hour and day, and a fact-checker has nothing in the article to check them
against (tests/gold/README.md, "Conventions settled in session 16": an `nc` time and
date).  Only the full stamp counts, a clock time right after the bar and a full date
right after it: a time in a table cell ("| 19:30 | Hà Nội") or a date after a bar with no
time before it ("| 10/02/2017") is left to the other readings.
"""

from __future__ import annotations

import re

from claims.model import Mention

_BYLINE_STAMP = re.compile(r"\|[ \t]{0,3}\d{1,2}:\d{2}[ \t]{1,3}\d{1,2}/\d{1,2}/\d{4}(?!\d)")
"""'| 21:50 10/02/2017': a bar, a clock time, and the day with its year (up to three blanks
around the time, as pages print them)."""
_STAMP_LOOK_BACK = 14
"""From the bar to the date at most: the bar, three blanks, 'HH:MM' and three blanks."""


def stamps_a_byline(text: str, mention: Mention) -> bool:
    """True for the time or the date of a byline's stamp ('… - Thể thao Việt Nam | 21:50
    10/02/2017')."""
    if mention.kind not in ("time", "date"):
        return False
    bar = text.rfind("|", max(0, mention.start - _STAMP_LOOK_BACK), mention.start)
    if bar == -1:
        return False
    stamp = _BYLINE_STAMP.match(text, bar)
    return stamp is not None and mention.end <= stamp.end()
