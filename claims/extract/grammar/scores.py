"""Scores in points: a mark in an exam is a measure in 'điểm', as an index level is.

'cá biệt có trường hợp thi 99 điểm nhưng vẫn trượt', 'điểm thi ... là 94/100', 'thi được
99/100', 'Trường THPT Kim Liên có điểm chuẩn là 53 điểm': the mark a candidate got or
needs, on a scale, is a measure (tests/gold/dev5 labels '99 điểm', '94/100' as 99 and 94
in unit điểm, like '9,5 điểm').  A whole number of points won in a match stays a count
('giành 3 điểm', 'kém 7 điểm'), and so do exam venues ('tại 114 điểm thi', 'dự thi tại
114 điểm'), which are places, not marks, and marks counted ('69 điểm 10', 'đạt 3 điểm
10': sixty-nine tens, three tens).
"""

from __future__ import annotations

import re

_EXAM_BEFORE = re.compile(
    r"(?<![^\W_])(?:(?<![Tt]hực )[Tt]hi(?![ \t]+(?:đấu|công|hành|đua|thể)(?![^\W_]))"
    r"|[Cc]hấm|[Ll]uận văn|[Tt]hang điểm|[Đđ]iểm chuẩn|[Xx]ét tuyển|[Tt]ổ hợp|[Tt]hí sinh|[Hh]ọc bạ"
    r"|[Bb]ài kiểm tra|IELTS|TOEFL|TOEIC)(?![^\W_])[^.;!?\n]{0,60}$"
)
"""An exam or its marking earlier in the sentence, also where it opens the sentence
('Điểm chuẩn năm nay là 27 điểm', 'Thí sinh đạt 27 điểm')."""
_PLACE_BEFORE = re.compile(r"(?<![^\W_])(?:tại|ở|đến|có|với|tổ chức|kiểm tra)[ \t]+$")
"""'dự thi tại 114 điểm', 'toàn tỉnh có 28 điểm': venues, counted."""
_VENUE_AFTER = re.compile(r"[ \t]+(?:thi|trường|cầu|mười|\d+)(?![^\W_])")
"""'22 điểm thi' (venues), '69 điểm 10' (sixty-nine marks of ten): counted."""
_LOOK_BACK = 80
SCALES = frozenset({10, 100})
"""'94/100', '2/10': a mark over the scale it is given on."""


def is_exam_mark(text: str, start: int, points_end: int | None) -> bool:
    """The number at ``start`` (its 'điểm' ending at ``points_end``, if any) is an exam mark."""
    if points_end is not None and _VENUE_AFTER.match(text, points_end):
        return False
    before = max(0, start - _LOOK_BACK)
    if _PLACE_BEFORE.search(text, max(0, start - 12), start):
        return False
    return _EXAM_BEFORE.search(text, before, start) is not None


_SERVE_BEFORE = re.compile(r"(?<![^\W_])(?i:giao[ \t]+bóng)[ \t]+$")
_SET_SCORE_BEFORE = re.compile(r"(?<![\d])[67][ \t]*[-–][ \t]*[67][ \t]?\($")


def names_a_serve_or_tie_break(text: str, start: int, end: int) -> bool:
    """'Tỷ lệ giao bóng 1 54%', 'Trả giao bóng 2 ăn điểm': the first or second serve of
    a tennis statistics table; '7-6(4)': the tie-break's score in brackets after a set's.
    Neither counts anything ('Số game cầm giao bóng 11' does: two digits)."""
    raw = text[start:end]
    if raw in ("1", "2") and _SERVE_BEFORE.search(text, max(0, start - 12), start):
        return True
    return (
        text[end : end + 1] == ")"
        and _SET_SCORE_BEFORE.search(text, max(0, start - 8), start) is not None
    )
