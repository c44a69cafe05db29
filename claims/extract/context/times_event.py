"""What a count or rank of times ("lần") counts: the event, as worded.

"Huy lại bị phía Đại sứ quán Mỹ 2 lần từ chối cấp visa", "FED … có khả năng
điều chỉnh lãi suất thêm 2 lần nữa", "nó được xem hơn 26.000 lần", "Real Madrid
vừa đánh bại Juventus để lần thứ 12 vô địch Champions League": the noun "lần"
alone says nothing of what happened so many times; the subject is "lần" and the
event, read after a rank ("lần thứ 12 vô địch Champions League") or after a
count's noun ("2 lần từ chối cấp visa"), else before the number ("điều chỉnh lãi
suất thêm 2 lần").  Nothing is added when neither side has a phrase ("và 3 lần
trong năm 2018").
A count of times takes the event told before the number (``times_count``).
"""

from __future__ import annotations

import re

from claims.extract.context.phrase_forward import forward_from
from claims.extract.context.sentence import SentenceWords
from claims.extract.context.times_count import COUNTED_TIMES, event_before
from claims.model import Mention

_TIMES_KINDS = frozenset({"count", "ordinal"})
_TIMES = "lần"
_RANK_OF_TIMES = re.compile(r"lần\s+thứ\s", re.IGNORECASE)
_RANK = re.compile(r"thứ\s", re.IGNORECASE)
_TIMES_BEFORE = re.compile(r"(?<!\w)lần\s+$", re.IGNORECASE)
_NO_EVENT = re.compile(r"(?:gần đây|vừa qua|hôm nay|năm nay|giữa|của)(?!\w)|.*,", re.IGNORECASE)
""""lần thứ 3 gần đây", "lần thứ hai giữa máy bay Nga và Mỹ", "lần thứ 10 hôm nay, đa
số …": a time, a relation or a clause after a comma tells no event."""
_RUN = re.compile(r"\s+(liên tiếp|liên tục)(?!\w)", re.IGNORECASE)


def times_event(words: SentenceWords, mention: Mention, found: str | None) -> str | None:
    """``found`` with the event a bare "lần" ranks or counts, or ``found`` itself."""
    if found is None:
        return found
    if mention.kind == "count" and found.lower() in COUNTED_TIMES:
        event = event_before(words, mention, found)
        return f"{found} {event}" if event else found
    if found.lower() != _TIMES or mention.kind != "ordinal":
        return found
    before = words.text[max(words.start, mention.start - 8) : mention.start]
    if _RANK_OF_TIMES.match(mention.text) or (
        _RANK.match(mention.text) and _TIMES_BEFORE.search(before)
    ):
        # "lần thứ 10 liên tiếp ghi tên mình vào tứ kết": a run ranked, then the event.
        run = _RUN.match(words.text, mention.end, words.end)
        after = forward_from(words, run.end() if run else mention.end)
        if after and not _NO_EVENT.match(after):
            return f"{found} {run.group(1)} {after}" if run else f"{found} {after}"
    return found
