"""A recent span of time: the scope of another figure, or the news itself.

tests/gold/README.md (session 5, "Recent spans of time"): a span of time up to now,
"3 năm qua", "2 tháng vừa qua", "khoảng 2 năm trở lại đây", "vài năm gần đây", is a
scope, no claim, when it only says when the other figures of its sentence happened
("Trong 3 năm qua, công ty đã xây 20 nhà", "khoảng 2 năm trở lại đây, giá tăng 30%",
"tăng 18% trong vòng 5 năm qua"): the window is the writer's choice of where to look.
With no other figure to delimit it is the news, how long something lasted or has gone
on, and stays a claim ("Valentine chỉ mới phổ biến ở Việt Nam trong khoảng chục năm gần
đây", "Vài năm trở lại đây, hoa mai Mỹ lại trở thành mặt hàng đắt đỏ").  A state that
lasts ("suốt 8 năm qua", "bị bắt làm con tin trong 8 tháng qua", "kéo dài") makes the
span its figure whatever else is counted, as do the time since ("từ 5 năm qua") and
"lần đầu tiên trong 23 tuần qua".  Dates, years, times, ages and ranks say when, which
or who, and delimit nothing.  A window set before its clause ("Trong 3 năm qua, ...")
delimits the rest of the sentence; one inside a clause only the figures within 60
characters of it, not across "nhưng", ";", ", còn" or "kể từ".  The window of a record
("mức giảm kỷ lục ... trong vòng 5-6 năm trở lại đây") is a scope, as a superlative's.

Judged on the open corpus: 211 readings changed, about 92% right (see the commit).

The superlative's window ("cao nhất trong 16 năm qua") is read before, by ``frames``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.model import Mention

_RECENT_AFTER = re.compile(
    r"[ \t]*(?:vừa[ \t]+qua|trở[ \t]+lại[ \t]+đây|gần[ \t]+đây|gần[ \t]+nhất"
    r"|qua(?![ \t]*(?:lại|đi|đời|khỏi|được|mặt|sông|biên|đêm|ngày|tay|cầu)(?![^\W_])))"
    r"(?![^\W_])",
    re.IGNORECASE,
)
"""'3 năm qua', '2 tháng vừa qua', 'trở lại đây', 'gần đây': a span up to now; 'qua' as a
verb ('5 năm qua đi', 'qua lại', 'qua đời') is no such span."""
_TIME_UNITS = frozenset({"năm", "tháng", "tuần", "ngày", "giờ", "thập kỷ", "thập niên"})

_LASTING_BEFORE = re.compile(
    r"(?<![^\W_])(?:suốt|ròng[ \t]+rã|kéo[ \t]+dài|duy[ \t]+trì|giam[ \t]+giữ|bị[ \t]+giam"
    r"|con[ \t]+tin|mất[ \t]+tích|mắc[ \t]+kẹt|bị[ \t]+bắt|liên[ \t]+tục|liên[ \t]+tiếp"
    r"|tồn[ \t]+tại|gắn[ \t]+bó|chiếm[ \t]+giữ|diễn[ \t]+ra)(?![^\W_])"
    r"[^.;!?\n]{0,40}$"
    r"|(?<![^\W_])(?:lần[ \t]+đầu(?:[ \t]+tiên)?[ \t]+(?:trong|sau)|từ)[ \t]+(?:vòng[ \t]+)?$",
    re.IGNORECASE,
)
"""'suốt 8 năm qua', 'bị bắt làm con tin trong 8 tháng qua', 'Gắn bó với cây sâm gần 40
năm qua', 'vốn đã tồn tại trong 25 năm qua': how long a state lasted is the news; so is
the time since ('đã không vô địch Wimbledon từ 5 năm qua') and since a first time ('lần
đầu tiên trong 23 tuần qua', a claim in tests/gold/dev4)."""
_RECORD_BEFORE = re.compile(
    r"(?<![^\W_])(?:kỷ[ \t]+lục|đáy|đỉnh)(?![^\W_])[^.,;:!?\n]{0,30}$", re.IGNORECASE
)
"""'mức giảm kỷ lục của ngành hồ tiêu trong vòng 5-6 năm trở lại đây', 'xuống đáy của 4
tháng trở lại đây': the window of a record, as 'cao nhất trong 16 năm qua' (frames)."""
_LASTING_LOOK_BACK = 60
_SUBJECT_AFTER = re.compile(r"[ \t]+là(?![^\W_])")
"""'Nhấn mạnh 50 năm qua là thời kỳ đặc biệt': the span is what the sentence talks about."""

_FRONTED_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{0,30}\)[ \t]*)?,")
"""'Trong 3 năm qua, ...', 'Trong 4 ngày vừa qua (1-4/6), ...': a window set before its
clause delimits the whole sentence; elsewhere only the figures near it."""
_NEAR = 60
_BREAK = re.compile(
    r"(?<![^\W_])(?:nhưng|song|trong[ \t]+khi|kể[ \t]+từ)(?![^\W_])|;|,[ \t]*còn(?![^\W_])",
    re.IGNORECASE,
)
"""'4 năm qua, giá trị ... tăng đáng kể, nhưng ... 90% công ty', 'tăng thêm 1 độ C kể từ
giữa thế kỷ 19 và ... trong vòng 70 năm qua': another clause, or a figure with its own
window."""
_WHEN_CLAUSE = re.compile(r",[ \t]*khi(?![^\W_])[^,(]*(?:\([^()]*\)[^,(]*)*", re.IGNORECASE)
"""'Hai ngày qua, khi biết con trai ... đạt số điểm 30/30, hàng xóm ...': the figures of a
'khi' clause tell what set the news off, not what the window counts."""
_RATE_BEFORE = re.compile(r"(?<![^\W_])mỗi[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,2}[ \t]+$", re.I)
"""'mỗi ngày 30 phút', 'mỗi ngày tôi dành ít nhất 1 tiếng': a habit the span says has gone on."""
_WINDOW_BEFORE = re.compile(r"(?<![^\W_])trong[ \t]+(?:vòng[ \t]+)?(?:hơn[ \t]+)?$", re.I)
"""'hỗn loạn nhất trong hơn 100 ngày đầu tiên': another window, no figure of its own."""

_NOT_DELIMITED = frozenset({"date", "year", "time", "age", "identifier"})
"""Kinds that say when or who: never counted within a window; an ordinal counts only
as an occurrence ('lần thứ 3 vào chung kết ... trong 4 năm gần đây')."""


def is_recent_span(text: str, mention: Mention) -> bool:
    """A duration in a unit of time followed by a word of recency ('qua', 'gần đây')."""
    return _recency_end(text, mention) is not None


def _recency_end(text: str, mention: Mention) -> int | None:
    if mention.kind != "duration" or (mention.unit or "") not in _TIME_UNITS:
        return None
    found = _RECENT_AFTER.match(text, mention.end)
    if found is not None:
        return found.end()
    # the grammar may take 'qua' into the span ('8 năm qua')
    if mention.text.endswith((" qua", " gần đây", " trở lại đây")):
        return mention.end
    return None


def recent_scopes(text: str, mentions: Sequence[Mention]) -> set[int]:
    """Indices of the recent spans among one sentence's ``mentions`` that only delimit
    another figure of the sentence (see the module doc)."""
    scopes: set[int] = set()
    for i, span in enumerate(mentions):
        end = _recency_end(text, span)
        if end is None or _lasts(text, span, end):
            continue
        if _RECORD_BEFORE.search(text, max(0, span.start - 40), span.start) is not None:
            scopes.add(i)
            continue
        fronted = _FRONTED_AFTER.match(text, end) is not None
        if any(
            _delimits(text, span, end, other, fronted=fronted)
            for j, other in enumerate(mentions)
            if j != i
        ):
            scopes.add(i)
    return scopes


def _lasts(text: str, span: Mention, end: int) -> bool:
    if _SUBJECT_AFTER.match(text, end) is not None:
        return True
    look = max(0, span.start - _LASTING_LOOK_BACK)
    return _LASTING_BEFORE.search(text, look, span.start) is not None


def _delimits(text: str, span: Mention, end: int, other: Mention, *, fronted: bool) -> bool:
    if other.kind in _NOT_DELIMITED or is_recent_span(text, other):
        return False
    if other.kind == "ordinal" and "lần" not in text[max(0, other.start - 5) : other.end]:
        return False
    if _RATE_BEFORE.search(text, max(0, other.start - 24), other.start) is not None:
        return False
    if other.kind == "duration" and _WINDOW_BEFORE.search(
        text, max(0, other.start - 16), other.start
    ):
        return False
    if other.start >= end:
        between = text[end : other.start]
        when = _WHEN_CLAUSE.match(between)
        if when is not None and when.end() == len(between):
            return False
    else:
        between = text[other.end : span.start]
    if _BREAK.search(between) is not None:
        return False
    return (fronted and other.start >= end) or len(between) <= _NEAR
