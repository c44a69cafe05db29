"""'trong khoảng 1 giờ', 'Sau khoảng 2 giờ': a hedged number of hours after a word of
lasting is a duration, not a time of day.

'khoảng 2 giờ' alone is about two o'clock ('vào khoảng 2 giờ sáng'), and the grammar reads
it so.  After 'mất', 'trong', 'sau', 'kéo dài', 'dùng', 'chờ', 'đợi', 'hết' or 'ngủ' it is
how long something takes: 'đạp trong khoảng 1 giờ', 'Sau khoảng 2 giờ tìm kiếm', 'chỉ kéo
dài khoảng 1 giờ', 'nên dùng khoảng 1 giờ trước khi lên giường'.  A part of the day or
'ngày' after it keeps the clock ('sau khoảng 2 giờ chiều').  Over the first 10,000
open articles (tools/snapshot.py) the eight readings this changes are all durations.
"""

from __future__ import annotations

import re

from claims.extract.grammar.hedges import bounds_for
from claims.extract.grammar.mentions import quantity_mention, reread_each
from claims.extract.grammar.numbers import read_digits, to_number
from claims.model import Mention

# lower case only: 'gói thuốc lá biến mất Khoảng 14 giờ cùng ngày' runs two sentences
# together, and the capital opens the second, on a time of day
_HEDGED_HOURS = re.compile(r"(?:khoảng|chừng|tầm)[ \t]+(\d{1,2})[ \t]*giờ")
LASTING_WORDS = r"mất|trong|sau|kéo[ \t]+dài|chờ|đợi|hết|ngủ"
"""Words after which a number of hours tells how long something takes ('mất 2 giờ',
'trong khoảng 1 giờ', 'kéo dài 1h 30 phút'); ``clock_hedges`` reads them too."""
_LASTING_BEFORE = re.compile(rf"(?<![^\W_])(?i:{LASTING_WORDS}|dùng)[ \t]+$")
"""The words of lasting, and 'dùng' ('nên dùng khoảng 1 giờ trước khi lên giường')."""
_CLOCK_AFTER = re.compile(r"[ \t]+(?:sáng|trưa|chiều|tối|đêm|khuya|ngày|hôm)(?![^\W_])")
_LOOK_BACK = 12


def hedged_hours(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each hedged clock reading that tells how long read as a duration."""
    if "giờ" not in text:
        return mentions
    return reread_each(mentions, lambda mention: _hedged_span(text, mention))


def _hedged_span(text: str, mention: Mention) -> Mention | None:
    hours = _HEDGED_HOURS.fullmatch(mention.text) if mention.kind == "time" else None
    if (
        hours is None
        or _CLOCK_AFTER.match(text, mention.end)
        or not _LASTING_BEFORE.search(text, max(0, mention.start - _LOOK_BACK), mention.start)
    ):
        return None
    figure = read_digits(hours.group(1))
    return quantity_mention(
        text,
        mention.start,
        mention.end,
        "duration",
        to_number(figure.value),
        bounds_for(figure, "about"),
        "giờ",
        "about",
    )
