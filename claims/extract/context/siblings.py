"""The subject a number shares with the one it is listed or paired with.

"giá USD được niêm yết ở mức 22.705 – 22.775 VND/USD", "RAM 6GB/8GB", "số tiền
1,58 tỉ đồng và 35.900 USD", "dầm bê tông dài 40 m, nặng khoảng 200 tấn": the
second number names no noun of its own; it is a second value of what the
first one measures.  It takes the subject of the nearest earlier claim of
its kind in the same clause, when only a word that joins two values (and a
dimension adjective, and hedges) stands right before it.  Asked only when the
number's own reading found nothing.
"""

from __future__ import annotations

import re

from claims.extract.context.properties import PROPERTY_PATTERNS
from claims.extract.context.sentence import SentenceWords
from claims.extract.context.tails import TailPattern
from claims.extract.context.words import HEDGE_PATTERN
from claims.model import Mention

_JOINED = TailPattern(
    re.compile(
        r"(?:(?<!\w)(?:và|hoặc|hay|đến|tới)|[,/–\-])\s*"
        r"(?:(?:có|một số)\s+nơi\s+)?"
        r"(?P<dimension>(?<!\w)(?:cao|dài|rộng|sâu|nặng|dày)\s+)?"
        rf"(?:{HEDGE_PATTERN.pattern}\s*)*$",
        re.IGNORECASE,
    )
)
"""A joining word, then maybe "có nơi" (in places: "phổ biến 37-39 độ C, có nơi
trên 40 độ C"), a dimension adjective and hedges, right before the number."""
_CLAUSE_END = re.compile(r"[;.!?]")
_DIMENSIONS = frozenset({"cao", "dài", "rộng", "sâu", "nặng", "dày"})
_SIBLING_KINDS = frozenset({"money", "measure", "percent", "ordinal"})
"""Not counts: a count names its noun after it, and one with none is as
often a year or a table cell read as a count ("vào năm 2009 và 2016")."""


def sibling_subject(
    words: SentenceWords, mention: Mention, previous: list[tuple[Mention, str]]
) -> str | None:
    """The subject of the value ``mention`` is joined to, or ``None``."""
    if mention.kind not in _SIBLING_KINDS:
        return None
    found = words.search_back(_JOINED, mention.start, 40)
    if found is None:
        return None
    joined, joiner_at = found
    for earlier, subject in reversed(previous):
        if _CLAUSE_END.search(words.text, earlier.end, mention.start):
            return None
        if earlier.kind == mention.kind:
            if not joined.group().lstrip()[0].isalpha() and words.text[
                earlier.end : joiner_at
            ].strip(" )"):
                return None  # "A, B", "A – B", "A/B" are adjacent; words between start a new item
            # "Cô cao 1,7 m, nặng 48 kg": another dimension of the thing; after a
            # property ("với chiều cao 1m62, nặng 46kg", "chiều dài 5.570 mm, rộng
            # 1.948 mm") the dimension named is the property.
            dimension = joined.group("dimension")
            if dimension and (
                PROPERTY_PATTERNS["measure"].search(subject) or subject.lower() in _DIMENSIONS
            ):
                return dimension.strip()
            return subject
    return None


_SHARE_VERB_BEFORE = TailPattern(
    re.compile(
        rf"(?<!\w)chiếm(?:\s+(?:tới|đến|lần lượt))?(?:\s*{HEDGE_PATTERN.pattern})*\s*$",
        re.IGNORECASE,
    )
)
""""chiếm" (makes up), maybe with hedges, right before the first share."""
_NEXT_SHARE = re.compile(
    rf"[^,;.\d%]{{1,60}}?(?:,|\s+và)(?:\s*{HEDGE_PATTERN.pattern})*\s*$", re.IGNORECASE
)
"""The whole of the share before, then "," or "và" (and hedges) before this one."""


def share_of_the_same(
    words: SentenceWords, mention: Mention, previous: list[tuple[Mention, str]]
) -> str | None:
    """ "Các nước thành viên TPP chiếm 37,5% GDP của thế giới và 26% thương mại
    toàn cầu": a share listed after a share that follows "chiếm" (maybe through
    other shares so listed) is a share of the same part, of another whole; the
    noun after it is that whole, not its subject.  The subject of the first
    share of the list, or ``None``."""
    if mention.kind != "percent" or not previous:
        return None
    later = mention
    for earlier, subject in reversed(previous):
        if earlier.kind != "percent":
            return None
        if _NEXT_SHARE.fullmatch(words.text, earlier.end, later.start) is None:
            return None
        before = words.text[max(words.start, earlier.start - 30) : earlier.start]
        if _SHARE_VERB_BEFORE.search(before) is not None:
            # The first share of the list, after "chiếm": its subject is the part
            # when read before it (not the whole read after it, nor a stray word).
            read_before = subject in words.text[words.start : earlier.start]
            return subject if read_before and (" " in subject or subject[0].isupper()) else None
        later = earlier  # "31,4% A, 54,6% B và gần 66% C": on to the share before
    return None


_PLACE_IN_PLACES = re.compile(
    rf",\s*(?:[^\W\d_]+\s+){{1,4}}?(?:có|một số)\s+nơi\s+(?:{HEDGE_PATTERN.pattern}\s*)*$",
    re.IGNORECASE,
)
""""…, phía Nam có nơi trên 33 độ C", "…, vùng núi có nơi dưới 24 độ C": a place where
the value reaches further, after a comma."""


def in_places_of_the_same(
    words: SentenceWords, mention: Mention, previous: list[tuple[Mention, str]]
) -> str | None:
    """ "Nhiệt độ cao nhất từ 30 - 33 độ C, phía Nam có nơi trên 33 độ C": a value
    reached in places of a region named after the comma is a value of what the value
    right before the comma measures ("Nhiệt độ cao nhất"), or ``None``.  Only for a
    measure right after such a value, as "có nơi" right after the comma already is
    (``sibling_subject``)."""
    if mention.kind != "measure" or not previous:
        return None
    found = words.search_back(_PLACE_IN_PLACES, mention.start, 50)
    if found is None:
        return None
    _, comma = found
    earlier, subject = previous[-1]
    if earlier.kind != mention.kind or words.text[earlier.end : comma].strip(" )"):
        return None
    # A property measured ("Nhiệt độ cao nhất"), not a region read as the subject of
    # the value before ("vùng núi 10-13 độ C, vùng núi cao có nơi dưới 10 độ C").
    return subject if PROPERTY_PATTERNS["measure"].search(subject) else None
