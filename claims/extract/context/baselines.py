"""The baseline of a comparison: a value after "so với (mức)" is a value of what
the value it is compared with measures.

"Công suất cũng được nâng lên 503 mã lực, so với mức 483 mã lực trên F430", "lạm
phát cơ bản đã giảm xuống còn 1,5% (so với mức 1,6% trước đây)", "Sản lượng chè …
tăng lên mức cao kỷ lục 80 triệu kg, so với 66 triệu kg năm ngoái": the baseline
names nothing of its own ("mức" is no subject, "phiên trước đó" or "trên F430" only
say when or where it held); it is the same quantity at another time or place, so it
takes the subject of the nearest earlier value of the sentence of the same kind and
unit.  A noun named before the baseline ("so với mức giảm 513 tỷ USD") is kept, and so
is one after it when no level stands before it ("so với 48% số người phản đối"); after a
level ("so với mức 167,83 taka/kg phiên trước đó") what follows is when or where.
"""

from __future__ import annotations

import re

from claims.extract.context.sentence import SentenceWords
from claims.model import Mention

BASELINE_KINDS = frozenset({"money", "measure", "percent"})
_COMPARED = re.compile(
    r"(?<!\w)so với(\s+(?:mức|mốc|ngưỡng))?(?:\s+(?:khoảng|gần|hơn|trên|dưới|chỉ|tối đa))*\s*$",
    re.IGNORECASE,
)
""""so với", maybe a level and hedges, right before the baseline."""
_LEVELS = frozenset({"mức", "mốc", "ngưỡng"})
_LOOK_BACK = 32


def compared_baseline(
    words: SentenceWords,
    mention: Mention,
    found: str | None,
    previous: list[tuple[Mention, str]],
) -> str | None:
    """``found``, or the subject of the earlier value a baseline is compared with."""
    if mention.kind not in BASELINE_KINDS or not previous:
        return found
    text = words.text
    window = max(words.start, mention.start - _LOOK_BACK)
    if "so" not in text[window : mention.start]:
        return found
    compared = _COMPARED.search(text, window, mention.start)
    if compared is None:
        return found
    if found is not None and found.lower() not in _LEVELS and compared.group(1) is None:
        return found  # "so với 48% số người phản đối": with no level, a noun of its own
    for earlier, subject in reversed(previous):
        if earlier.kind == mention.kind and earlier.unit == mention.unit:
            return subject
    return found


_COMPARED_WITH = re.compile(r"(?<!\w)so với\s+$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[^,;()]{0,40}?(?:,|\s(?:và|rồi)\s)", re.IGNORECASE)
_AWAY_REACH = 120
"""Characters before the value the compared noun and its break lie within."""


def compared_away(
    words: SentenceWords,
    mention: Mention,
    found: str | None,
    previous: list[tuple[Mention, str]],
) -> str | None:
    """``found``, or the subject of the change a comparison followed, when ``found`` is
    the noun compared with and a new clause ran on from it to ``mention``: "giá vàng
    miếng SJC đã giảm 650.000 đồng/lượng so với giá chốt phiên chiều qua, neo ở mức
    36,6-37,4 triệu đồng/lượng", "… so với giá chốt phiên trước đó và giảm 400.000
    đồng/lượng": the gold's price moves on, not the closing price it was compared with."""
    if found is None or not previous:
        return found
    text = words.text
    if text.startswith(found, mention.end + 1):
        return found  # "bằng 5,71% GDP": read after the value
    window = max(words.start, mention.start - _AWAY_REACH)
    if "so với" not in text[window : mention.start]:
        return found
    at = text.rfind(found, window, mention.start)
    if at < 0 or _COMPARED_WITH.search(text, max(window, at - 10), at) is None:
        return found
    if _CLAUSE_BREAK.match(text, at + len(found), mention.start) is None:
        return found  # "so với giá chào sàn 39.000 đồng": the baseline's own noun
    compared = text.rfind("so với", window, at)
    for earlier, subject in reversed(previous):
        if earlier.end <= compared and len(text[earlier.end : compared].split()) <= 1:
            return subject  # "giảm 650.000 đồng/lượng so với …": the change's subject
    return found
