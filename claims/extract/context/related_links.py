"""Numbers in the title of another article: 'Xem thêm: 3 mẹo …', '>> Top 10 xe …', and in a
web address ('https://www.nytimes.com/2016/11/19/us/…').

News pages end or break their text with links to related articles ("Xem thêm",
"Đọc thêm", "Tin liên quan", ">>"); a number in such a title is the other article's,
not a figure of this one.  The title runs from its marker to a line break, a full
stop, the double space pages leave after it, or a capitalised word that opens the
article's next sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from claims.model import Mention

_RELATED_LINK = re.compile(
    r"(?:Xem\s+thêm|XEM\s+THÊM|Đọc\s+thêm|ĐỌC\s+THÊM|Tin\s+liên\s+quan|TIN\s+LIÊN\s+QUAN|>>)"
    r"[ \t:>]*"
    r"(?:(?![ \t]{2}|\s(?:Sáng|Trưa|Chiều|Tối|Đêm|Ngày|Hôm|Theo)\s)[^\n.!?])*$"
)
"""'Xem thêm: 3 mẹo tiết kiệm dữ liệu', '>> Top 10 xe …': the title of another article,
which ends at a line break, a full stop, the double space that pages leave after it,
or a capitalised word that opens the article's next sentence ('… gẫy chân Chiều 6/2, …')."""
_LINK_LOOK_BACK = 120
_LINK_MARKERS = (
    ">>",
    "Xem thêm",
    "xem thêm",
    "XEM THÊM",
    "Đọc thêm",
    "đọc thêm",
    "ĐỌC THÊM",
    "Tin liên quan",
    "TIN LIÊN QUAN",
)


def in_a_link(text: str, mention: Mention) -> bool:
    """True when ``mention`` stands in the title of a link to another article."""
    markers = _link_markers(text)
    if not markers:
        return False
    # The nearest marker before the mention, within the look-back.
    index = bisect_left(markers, mention.start) - 1
    if index < 0 or markers[index] < mention.start - _LINK_LOOK_BACK:
        return False
    window = text[max(0, mention.start - _LINK_LOOK_BACK) : mention.start]
    return _RELATED_LINK.search(window) is not None


@lru_cache(maxsize=8)
def _link_markers(text: str) -> tuple[int, ...]:
    """Where link markers start in the text, sorted: most articles have none.

    Plain substring searches (C speed) rather than one pattern with alternatives,
    which the regex engine would try at every character of the article."""
    found: list[int] = []
    for marker in _LINK_MARKERS:
        position = text.find(marker)
        while position != -1:
            found.append(position)
            position = text.find(marker, position + 1)
    return tuple(sorted(found))


_URL_SIGNS = ("://", "www.")


def in_a_url(text: str, mention: Mention) -> bool:
    """'Tài liệu tham khảo: [1] https://www.nytimes.com/2016/11/19/us/politics/…', '…/posts/
    1381892851918941': the numbers of a web address (a date in its path, a post's or a
    product's id) are part of its name.  The address runs from the last space or line break
    before the number; it names a scheme ('://') or starts with 'www.'."""
    if not _has_url(text):
        return False
    start = max(text.rfind(" ", 0, mention.start), text.rfind("\n", 0, mention.start)) + 1
    token = text[start : mention.start]
    return "://" in token or token.startswith("www.")


@lru_cache(maxsize=8)
def _has_url(text: str) -> bool:
    return any(sign in text for sign in _URL_SIGNS)
