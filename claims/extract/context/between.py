"""A value between two things is the value of the relation named before "giữa".

"Chênh lệch giữa giá mua và bán hiện ở mức 800.000 đồng/lượng", "kim ngạch thương
mại song phương giữa Việt Nam và Nhật Bản năm 2016 đạt 28,49 tỷ USD", "khoảng
cách giữa quân đội Syria và SDF chỉ còn khoảng 50km": the backward reading stops at
"và", so the subject was the second thing alone ("bán", "Nhật Bản", "SDF").  The
difference, the trade or the distance is between both: the subject runs from the
noun before "giữa" to the second thing.  Not for ages, ordinals or multiples
("Mối tình giữa vị đạo diễn 57 tuổi và cô diễn viên 35 tuổi": her age), nor when
no noun stands before "giữa".
"""

from __future__ import annotations

import re

from claims.extract.context.phrase_backward import backward
from claims.extract.context.predicates import OPENING_PREPOSITIONS
from claims.extract.context.sentence import SentenceWords
from claims.model import Mention

_BETWEEN_KINDS = frozenset({"money", "percent", "measure", "count"})
_BETWEEN_BEFORE = re.compile(r"(?<!\w)giữa\s+(?:[^\W\d_]+\s+){1,6}?và\s+$", re.IGNORECASE)
""""giữa", the first thing (words, no number) and "và", right before the second."""
_OPENS_WITH_PREPOSITION = re.compile(rf"(?:{OPENING_PREPOSITIONS}|đến|trong)(?!\w)", re.I)
"""``predicates``' prepositions, and 'đến', 'trong': 'đến ranh giới … giữa' is a place."""
_LOOK_BACK = 80


def between_pair(words: SentenceWords, mention: Mention, found: str | None) -> str | None:
    """``found``, or the relation between two things when ``found`` is the second."""
    if found is None or mention.kind not in _BETWEEN_KINDS:
        return found
    text = words.text
    at = text.rfind(found, words.start, mention.start)
    if at < 0:
        return found
    between = _BETWEEN_BEFORE.search(text, max(words.start, at - _LOOK_BACK), at)
    if between is None or "(" in text[at + len(found) : mention.start]:
        return found  # "mối nối giữa ray hàn dài và ray tiêu chuẩn (25m)": the rail's length
    head = backward(words, between.start(), closed=True)
    head_at = text.rfind(head, words.start, between.start()) if head else -1
    if head is None or head_at < 0 or " " not in head or _OPENS_WITH_PREPOSITION.match(head):
        # "song phương giữa": a word cut from its compound; "đến ranh giới … giữa": a place.
        return found
    return " ".join(text[head_at : at + len(found)].split())
