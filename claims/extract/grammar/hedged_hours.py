"""'trong khoảng 1 giờ', 'Sau khoảng 2 giờ': a hedged number of hours after a word of
lasting is a duration, not a time of day.

'khoảng 2 giờ' alone is about two o'clock ('vào khoảng 2 giờ sáng'), and the grammar reads
it so.  After 'mất', 'trong', 'sau', 'kéo dài', 'dùng', 'chờ', 'đợi', 'hết' or 'ngủ' it is
how long something takes: 'đạp trong khoảng 1 giờ', 'Sau khoảng 2 giờ tìm kiếm', 'chỉ kéo
dài khoảng 1 giờ', 'nên dùng khoảng 1 giờ trước khi lên giường'.  A part of the day or
'ngày' after it keeps the clock ('sau khoảng 2 giờ chiều').  Over the first 10,000
open articles (tools/snapshot.py) the eight readings this changes are all durations.

A bare number of hours right after 'sau' and before what went on during them is a span
too: 'Sau 18 giờ ráo riết truy lùng', 'Sau 16 giờ lênh đênh trên biển', 'chỉ sau 3h gây
án', 'Sau 11h chữa cháy': after eighteen hours of hunting, not after six in the evening.
The grammar reads an afternoon hour or an 'h' as the clock; a part of the day, 'ngày',
'hôm', an end of a window ('đến', 'tới') or a word of when ('hàng ngày', 'mới', 'thì')
after it keep the clock ('sau 17 giờ ngày 20-7', 'sau 1h đến 3h sáng', 'sau 22h thì').
"""

from __future__ import annotations

import re

from claims.extract.grammar.hedges import bounds_for
from claims.extract.grammar.mentions import quantity_mention, reread_each
from claims.extract.grammar.numbers import read_digits, to_number
from claims.model import Mention, Qualifier

# lower case only: 'gói thuốc lá biến mất Khoảng 14 giờ cùng ngày' runs two sentences
# together, and the capital opens the second, on a time of day
_HEDGED_HOURS = re.compile(r"(?:khoảng|chừng|tầm)[ \t]+(\d{1,2})[ \t]*giờ")
LASTING_WORDS = r"mất|trong|sau|kéo[ \t]+dài|chờ|đợi|hết|ngủ"
"""Words after which a number of hours tells how long something takes ('mất 2 giờ',
'trong khoảng 1 giờ', 'kéo dài 1h 30 phút'); ``clock_hedges`` reads them too."""
_LASTING_BEFORE = re.compile(rf"(?<![^\W_])(?i:{LASTING_WORDS}|dùng)[ \t]+$")
"""The words of lasting, and 'dùng' ('nên dùng khoảng 1 giờ trước khi lên giường')."""
_TIME_OF_DAY_WORDS = ("sáng", "trưa", "chiều", "tối", "đêm", "khuya", "ngày", "hôm")
"""A part of the day, a day: after a number of hours they tell the clock ('2 giờ chiều')."""
_CLOCK_AFTER = re.compile(rf"[ \t]+(?:{'|'.join(_TIME_OF_DAY_WORDS)})(?![^\W_])")
_LOOK_BACK = 12
_BARE_HOURS = re.compile(r"(\d{1,2})[ \t]*(?:giờ|h)")
_AFTER_BEFORE = re.compile(r"(?<![^\W_])[Ss]au[ \t]+$")
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)")
_CLOCK_GOES_ON = frozenset(
    {
        *_TIME_OF_DAY_WORDS, "đến", "tới", "đồng", "kém", "rưỡi", "hàng", "hằng", "mỗi",
        "mới", "thì", "là", "đã", "sẽ", "vẫn", "còn", "không", "chưa", "phải", "được", "nên",
        "mà", "và", "hoặc", "hay", "cùng", "nay", "qua", "trước", "sau", "giờ", "theo",
        "các", "những", "mọi", "trở",
    }
)  # fmt: skip
"""Words after 'sau 17 giờ' that go on with a time of day, not with what the hours held."""


def hedged_hours(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each hedged clock reading that tells how long, and each bare one
    after 'sau' before what the hours held, read as a duration."""
    if "giờ" not in text and "au " not in text:  # no hour word, no 'sau' for '3h'
        return mentions
    return reread_each(
        mentions, lambda mention: _hedged_span(text, mention) or _hours_after(text, mention)
    )


def _hedged_span(text: str, mention: Mention) -> Mention | None:
    hours = _HEDGED_HOURS.fullmatch(mention.text) if mention.kind == "time" else None
    if (
        hours is None
        or _CLOCK_AFTER.match(text, mention.end)
        or not _LASTING_BEFORE.search(text, max(0, mention.start - _LOOK_BACK), mention.start)
    ):
        return None
    return _hours_lasting(text, mention, hours.group(1), "about")


def _hours_after(text: str, mention: Mention) -> Mention | None:
    """'Sau 18 giờ ráo riết truy lùng': the hours something went on, a duration (module doc)."""
    hours = _BARE_HOURS.fullmatch(mention.text) if mention.kind == "time" else None
    if hours is None or not _AFTER_BEFORE.search(
        text, max(0, mention.start - _LOOK_BACK), mention.start
    ):
        return None
    following = _WORD_AFTER.match(text, mention.end)
    if following is None:
        return None
    word = following.group(1)
    if not word[0].islower() or word in _CLOCK_GOES_ON:
        return None
    return _hours_lasting(text, mention, hours.group(1), "exact")


def _hours_lasting(text: str, mention: Mention, digits: str, qualifier: Qualifier) -> Mention:
    """The clock reading ``mention`` read again as a duration of ``digits`` hours."""
    figure = read_digits(digits)
    return quantity_mention(
        text,
        mention.start,
        mention.end,
        "duration",
        to_number(figure.value),
        bounds_for(figure, qualifier),
        "giờ",
        qualifier,
    )
