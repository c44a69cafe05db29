"""The state one scan carries, shared by the digit and word readings."""

from __future__ import annotations

import re
from datetime import date

WEEKDAY_FOLLOW = re.compile(r"\s*(?:[,(]|ngày|tuần|này|tới|vừa|\d{1,2}/)")
"""What follows 'thứ 2' / 'thứ Hai' when it names a weekday, not a rank."""
PART_OF_DAY_BEFORE = re.compile(
    r"(?<![^\W_])(?:[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Kk]huya)(?:[ \t]+sớm)?[ \t]+$"
)
"""'sáng thứ 2', 'tối thứ bảy': a part of the day before 'thứ N' makes it a weekday."""


class ScanState:
    """The text, the publication date, and where the last mention ended."""

    def __init__(self, text: str, published: date | None) -> None:
        self.text = text
        self.published = published
        self.floor = 0  # end of the last mention: cues never reach before it
