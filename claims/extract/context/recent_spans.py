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
Windows are also: a few words naming the span before its recency ('Trong 7 ngày nghỉ Tết
vừa qua'), 'đã qua', 'trong suốt' (a window like 'trong'; 'suốt' alone still lasts), runs
of races, sessions and transfer windows ('trong 5 chặng đua gần nhất', 'Cùng 8 trận gần
nhất, …'), and a period set before its clause ('Trong 7 ngày Tết, …', 'Chỉ trong vòng 1
tháng, …').

The superlative's window ("cao nhất trong 16 năm qua") is read before, by ``frames``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.extract.context.frames import NOT_IN_RUN, RUN_LATEST, RUN_NOUN
from claims.model import Mention

_RECENT_AFTER = re.compile(
    r"[ \t]*(?:vừa[ \t]+qua|trở[ \t]+lại[ \t]+đây|gần[ \t]+đây|gần[ \t]+nhất"
    r"|(?:đã[ \t]+)?qua(?![ \t]*(?:lại|đi|đời|khỏi|được|mặt|sông|biên|đêm|ngày|tay|cầu)(?![^\W_])))"
    r"(?![^\W_])",
    re.IGNORECASE,
)
"""'3 năm qua', '2 tháng vừa qua', 'trở lại đây', 'gần đây': a span up to now; 'qua' as a
verb ('5 năm qua đi', 'qua lại', 'qua đời') is no such span."""
_TIME_UNITS = frozenset({"năm", "tháng", "tuần", "ngày", "giờ", "thập kỷ", "thập niên"})
_NAMED_RECENT_AFTER = re.compile(
    r"(?:[ \t]+(?!(?:và|hoặc|hay|nhưng|thì|là|của|cho|với|mà|đã|đi|bay|chạy|trôi|trải)"
    r"(?![^\W_]))[^\W\d_]+){1,3}?"
    r"[ \t]+(?:vừa[ \t]+qua|đã[ \t]+qua|gần[ \t]+đây|gần[ \t]+nhất|trở[ \t]+lại[ \t]+đây)"
    r"(?![^\W_])",
    re.IGNORECASE,
)
"""'Trong 7 ngày nghỉ Tết vừa qua', 'Trong 3 ngày cuối tuần vừa qua': a few words naming
the span between its unit and the word of recency, after 'trong' only (below); bare
'qua' after a word is a verb's ('2 giờ bay qua'), so only the two-word recency counts."""
_RUN_BEFORE = re.compile(
    r"(?<![^\W_])(?:ở|trong(?:[ \t]+(?:vòng|tổng[ \t]+số))?|sau|qua|tại|trên|cùng"
    r"|tổng[ \t]+cộng)[ \t]+(?:cả[ \t]+)?$",
    re.IGNORECASE,
)
_RUN_AFTER = re.compile(
    # the nouns of ``frames``' runs, and here 'phiên' of any sitting ('phiên họp' too)
    rf"[ \t]+(?:{RUN_NOUN}|phiên(?:[ \t]+giao[ \t]+dịch)?|chặng(?:[ \t]+đua)?|kỳ|kì"
    r"|chiến[ \t]+thắng|giải(?:[ \t]+đấu)?)(?![^\W_])"
    rf"(?:[ \t]+(?!(?:{NOT_IN_RUN})(?![^\W_]))"
    r"[^\W\d_]+){0,5}?"
    rf"[ \t]+(?:{RUN_LATEST}|đã[ \t]+qua"
    r"|trở[ \t]+lại[ \t]+đây|qua(?=[ \t]*(?:[,.;:!?)]|$)))(?![^\W_])",
    re.IGNORECASE,
)
"""'trong 5 chặng đua gần nhất', 'Cùng 8 trận gần nhất, Cameroon thắng 4', 'thua 1 trên 20
trận gần nhất', 'trong 3 mùa giải đã qua', 'Tổng cộng 2 phiên gần đây, SJC giảm …': a run
of recent events, a window like a span of time when another figure is counted in it.
The runs ``frames`` takes whatever follows (after 'ở', 'trong', 'sau' with 'trận',
'lần', 'mùa' …: the development sets' runs all window a count) are gone before; these
wider ones are scopes only when they delimit (a streak, 'liên tiếp', is no window)."""
_RUN_BEFORE_REACH = 20
_IN_BEFORE = re.compile(r"(?<![^\W_])trong[ \t]+(?:vòng[ \t]+|quãng[ \t]+)?$", re.IGNORECASE)

_CLAUSE_START_IN = re.compile(
    r"(?:^|[.!?:;\n“\"(]|,|–|-)[ \t]*(?:(?:[Tt]uy[ \t]+nhiên|[Nn]hư[ \t]+vậy),?[ \t]+)?"
    r"(?:[Cc]hỉ[ \t]+(?:tính[ \t]+riêng[ \t]+)?)?[Tt]rong[ \t]+(?:vòng[ \t]+)?$"
)
"""'Trong ', 'Tuy nhiên, chỉ trong ', ', trong vòng ': 'trong' that opens a clause."""
_PERIOD_THEN_COMMA = re.compile(
    r"(?:[ \t]+(?!(?:tới|nữa|sắp|tiếp|đầu|cuối|liên|liền|trước|sau|kể|từ|đến)(?![^\W_]))"
    r"[^\W\d_]+){0,4}[ \t]*(?=,)"
)
"""Up to four words naming the period ('7 ngày Tết', '5 ngày điều trị tích cực'), then the
comma that closes it; not a span ahead ('tới', 'sắp'), a part of it ('đầu', 'cuối'), a
streak ('liên tiếp') or a bound ('trước', 'sau', 'từ', 'đến')."""
_FUTURE_CLAUSE = re.compile(r"[^.!?\n]*?(?<![^\W_])sẽ(?![^\W_])", re.IGNORECASE)
"""'Trong hai ngày, 50 gian hàng sẽ giới thiệu …', 'Trong 4 năm quản chế, nếu tái phạm, …
sẽ chấp hành án 3 năm': a period ahead is a term or a plan's length, the claim itself."""
_FUTURE_REACH = 120
"""How far past the fronted period's comma a 'sẽ' marks its clause as ahead."""
_PERIOD_UNITS = _TIME_UNITS | {"phút", "giây"}

_LASTING_BEFORE = re.compile(
    r"(?<![^\W_])(?:(?<![Tt]rong[ \t])suốt|ròng[ \t]+rã|kéo[ \t]+dài|duy[ \t]+trì"
    r"|giam[ \t]+giữ|bị[ \t]+giam|con[ \t]+tin|mất[ \t]+tích|mắc[ \t]+kẹt|bị[ \t]+bắt"
    r"|liên[ \t]+tục|liên[ \t]+tiếp"
    r"|tồn[ \t]+tại|gắn[ \t]+bó|chiếm[ \t]+giữ|diễn[ \t]+ra)(?![^\W_])"
    r"[^.;!?\n]{0,40}$"
    r"|(?<![^\W_])(?:lần[ \t]+đầu(?:[ \t]+tiên)?[ \t]+(?:trong|sau)|từ)[ \t]+(?:vòng[ \t]+)?$",
    re.IGNORECASE,
)
"""'suốt 8 năm qua', 'bị bắt làm con tin trong 8 tháng qua' ('trong suốt' is a window like
'trong': 'giảm 2,3% trong suốt 12 tháng qua'), 'Gắn bó với cây sâm gần 40
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
    r"(?<![^\W_])(?:nhưng|song|trong[ \t]+khi|kể[ \t]+từ|để)(?![^\W_])|;|,[ \t]*còn(?![^\W_])"
    r"|[”\"][ \t]*,",
    re.IGNORECASE,
)
"""'4 năm qua, giá trị ... tăng đáng kể, nhưng ... 90% công ty', 'tăng thêm 1 độ C kể từ
giữa thế kỷ 19 và ... trong vòng 70 năm qua': another clause, or a figure with its own
window."""
_ALWAYS = re.compile(r"(?<![^\W_])luôn(?![^\W_])", re.IGNORECASE)
"""'Trong suốt gần 2 tháng qua, chúng tôi luôn có khoảng 30 lính công binh': a state that
held all along makes the span how long it lasted, as 'suốt' alone does."""
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
    if mention.kind == "count":
        return _run_end(text, mention)
    if mention.kind != "duration" or (mention.unit or "") not in _TIME_UNITS:
        return None
    found = _RECENT_AFTER.match(text, mention.end)
    if found is not None:
        return found.end()
    # the grammar may take 'qua' into the span ('8 năm qua')
    if mention.text.endswith((" qua", " gần đây", " trở lại đây")):
        return mention.end
    if _IN_BEFORE.search(text, max(0, mention.start - 14), mention.start) is not None:
        named = _NAMED_RECENT_AFTER.match(text, mention.end)
        if named is not None:
            return named.end()
    return None


def _run_end(text: str, mention: Mention) -> int | None:
    if mention.qualifier != "exact" or mention.unit is not None:
        return None
    if _RUN_BEFORE.search(text, max(0, mention.start - _RUN_BEFORE_REACH), mention.start) is None:
        return None
    found = _RUN_AFTER.match(text, mention.end)
    return None if found is None else found.end()


def _fronted_period_end(text: str, mention: Mention) -> int | None:
    """'Trong 7 ngày Tết, TP HCM xảy ra 25 vụ tai nạn', 'trong vòng 6 tháng, người này đã
    đi khám 319 lần' (nc in tests/gold/dev12), 'Chỉ trong 5 ngày điều trị tích cực, bệnh
    nhân đã có 3 lần ngừng tim' (nc in dev16): a period set before its clause, up to four
    words naming it (``_PERIOD_THEN_COMMA``), is the fixed period of the statistic after it
    ('thu giữ trong 12 tuần', tests/gold/README.md), as a recent span is; the same README keeps
    it a claim with no figure to delimit ('Trong vòng chưa đầy một phút, nhóm trộm đã lái
    chiếc xe rời khỏi', dev3).  Not a span ahead ('Trong 5 năm tới, ...': a plan's
    deadline), a part of a period ('trong 3 tháng đầu năm', read by ``frames``) nor a
    streak; 'sau N năm' is left, its gold labels both ways ('Sau 4 tháng rèn luyện, 100%
    chiến sĩ' a claim in dev3).  The end returned is the comma's."""
    if mention.kind != "duration" or (mention.unit or "") not in _PERIOD_UNITS:
        return None
    if mention.qualifier == "range" or not mention.text[-1:].isalpha():
        return None  # '2' of 'trong 2, 3 ngày' takes its unit from the list
    look = max(0, mention.start - 40)
    if _CLAUSE_START_IN.search(text, look, mention.start) is None:
        return None
    found = _PERIOD_THEN_COMMA.match(text, mention.end)
    if found is None:
        return None
    end = found.end()
    if _FUTURE_CLAUSE.match(text, end, end + _FUTURE_REACH) is not None:
        return None
    return end


def recent_scopes(text: str, mentions: Sequence[Mention]) -> set[int]:
    """Indices of the recent spans among one sentence's ``mentions`` that only delimit
    another figure of the sentence (see the module doc)."""
    scopes: set[int] = set()
    for i, span in enumerate(mentions):
        end = _recency_end(text, span)
        if end is None:
            end = _fronted_period_end(text, span)
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
    if _BREAK.search(between) is not None or _ALWAYS.search(between) is not None:
        return False
    return (fronted and other.start >= end) or len(between) <= _NEAR
