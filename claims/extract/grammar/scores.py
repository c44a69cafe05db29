"""Scores: a mark in an exam, a serve or a tie-break in tennis, a match's result.

A mark in an exam is a measure in 'điểm', as an index level is:

'cá biệt có trường hợp thi 99 điểm nhưng vẫn trượt', 'điểm thi ... là 94/100', 'thi được
99/100', 'Trường THPT Kim Liên có điểm chuẩn là 53 điểm': the mark a candidate got or
needs, on a scale, is a measure (tests/gold/dev5 labels '99 điểm', '94/100' as 99 and 94
in unit điểm, like '9,5 điểm').  A whole number of points won in a match stays a count
('giành 3 điểm', 'kém 7 điểm'), and so do exam venues ('tại 114 điểm thi', 'dự thi tại
114 điểm'), which are places, not marks, and marks counted ('69 điểm 10', 'đạt 3 điểm
10': sixty-nine tens, three tens).

The exam cue holds over its paragraph and over the list a paragraph introduces: under
'Dưới đây là danh sách những trường đại học với mức điểm chuẩn khoảng từ 18 - 20 điểm',
'Đại Học Hàng Hải (A, A1, D1): Khoảng 20 điểm' is a cut-off mark however many schools
come between, and so is 'Ngành có điểm sàn 18 điểm' far into a paragraph that opened on
'điểm sàn xét tuyển'.  Only the words that name an exam, its candidates or its marks
('điểm chuẩn', 'thí sinh', 'xét tuyển', 'kỳ thi'...) hold that far; 'thi' alone (also a
contest) and 'chấm' hold over 60 characters.  A mark whose 'điểm' is left out is one
too when it follows the noun of the mark ('điểm sàn vẫn là 15', 'lấy điểm chuẩn 10').

A pair of small numbers, the first the lower, after a match's result word ('Pháp vẫn thua
ngược 1-2 trước Thụy Điển') or a fixture in a list of results ('Đà Nẵng – Sài Gòn: 1-3')
is that match's score, no range (``names_a_result``, asked by ``ranges``).
"""

from __future__ import annotations

import re

from claims.extract.grammar.cores import Tail
from claims.extract.grammar.sentence_bounds import sentence_around

_EXAM_BEFORE = re.compile(
    r"(?<![^\W_])(?:(?<![Tt]hực )[Tt]hi(?![ \t]+(?:đấu|công|hành|đua|thể)(?![^\W_]))"
    r"|[Cc]hấm|[Ll]uận văn|[Tt]hang điểm|[Đđ]iểm chuẩn(?![ \t]+xác)|[Xx]ét tuyển|[Tt]ổ hợp"
    r"|[Tt]hí sinh|[Hh]ọc bạ"
    r"|[Bb]ài kiểm tra|IELTS|TOEFL|TOEIC)(?![^\W_])[^.;!?\n]{0,60}$"
)
"""An exam or its marking earlier in the sentence, also where it opens the sentence
('Điểm chuẩn năm nay là 27 điểm', 'Thí sinh đạt 27 điểm')."""
_PLACE_BEFORE = re.compile(
    r"(?<![^\W_])(?:tại|ở|đến|có|với|tổ chức|kiểm tra|yêu cầu|yêu sách|đề xuất|kế hoạch"
    r"|thỏa thuận|sáng kiến)[ \t]+$"
)
"""'dự thi tại 114 điểm', 'toàn tỉnh có 28 điểm': venues; 'yêu cầu 13 điểm': the points of
a demand or a plan; counted."""
_VENUE_AFTER = re.compile(r"[ \t]+(?:thi|trường|cầu|mười|\d+)(?![^\W_])")
"""'22 điểm thi' (venues), '69 điểm 10' (sixty-nine marks of ten): counted."""
_LOOK_BACK = 80
SCALES = frozenset({10, 100})
"""'94/100', '2/10': a mark over the scale it is given on."""


POINTS = re.compile(r"[ \t]+điểm(?![^\W_])(?![ \t]+phần[ \t]+trăm)")
"""'điểm' after a number ('0,25 điểm phần trăm' is a percent, read elsewhere)."""
_WORLD_INDICES = r"Dow Jones|Nikkei|S&P|Nasdaq|Hang Seng|Kospi|FTSE|DAX|Shanghai Composite"
"""The stock indices of other markets the news quotes, by name."""
_INDEX_BEFORE = re.compile(rf"Index|[Cc]hỉ số|{_WORLD_INDICES}")
_INDEX_LOOK_BACK = 120
_MARK_NOUNS = (
    r"[Đđ]iểm[ \t]+(?:chuẩn(?![ \t]+xác)|sàn|trúng[ \t]+tuyển|xét[ \t]+tuyển|đầu[ \t]+vào)"
)
"""The nouns of a mark: cut-off, floor, admission marks ('dứt điểm chuẩn xác' is a shot)."""
_EXAM_IN_PARAGRAPH = re.compile(
    rf"(?<![^\W_])(?:{_MARK_NOUNS}|[Đđ]iểm[ \t]+thi(?![ \t]+đấu)|[Pp]hổ[ \t]+điểm"
    r"|[Tt]hang[ \t]+điểm|[Xx]ét[ \t]+tuyển|[Tt]uyển[ \t]+sinh|[Tt]hí[ \t]+sinh|[Kk]ỳ[ \t]+thi"
    r"|[Bb]ài[ \t]+thi|[Mm]ôn[ \t]+thi|[Kk]hối[ \t]+thi|[Đđ]ề[ \t]+thi|[Cc]hấm[ \t]+thi"
    r"|[Hh]ọc[ \t]+bạ|IELTS|TOEFL|TOEIC)(?![^\W_])"
)
"""The words that name an exam, its candidates or its marks: they hold over a paragraph."""
_MATCH_WORDS = re.compile(
    r"(?<![^\W_])(?:[Tt]rận|[Đđ]ội|[Bb]àn thắng|[Bb]àn thua|[Vv]òng đấu|[Mm]ùa giải"
    r"|[Bb]ảng xếp hạng|BXH|[Gg]iải đấu|CLB|[Cc]âu lạc bộ|League|Cup|[Tt]hi đấu|[Tt]ỷ số"
    r"|[Hh]iệp)(?![^\W_])"
)
"""A match, a team or a league: the points of its sentence are won, not marks."""
_LIST_ITEM = 200
"""A paragraph this short may be one item of a list ('Đại Học Mỏ Địa Chất (A): Khoảng 19
điểm'): the paragraphs before it are searched up to the first longer one, which
introduces the list."""
_LIST_LOOK_BACK = 200
"""Lines searched back at most (a list of 100 schools, blank lines between)."""
_MARK_NOUN_BEFORE = re.compile(
    rf"(?<![^\W_])(?:{_MARK_NOUNS}"
    r"|[Mm]ức[ \t]+điểm|[Nn]gưỡng[ \t]+điểm|[Kk]hoảng[ \t]+điểm|[Đđ]ạt[ \t]+điểm)"
    r"(?:(?:[ \t]+[^\W\d_]+){0,6}?[ \t]+(?:là|ở[ \t]+mức|bằng|từ))?[ \t]+$"
)
"""'điểm sàn vẫn là 15', 'lấy điểm chuẩn 10', 'điểm trúng tuyển là 15', 'Điểm chuẩn tất cả
ngành bậc đại học là 20,5': the mark's noun, then the number, with no other number between
(a phrase between ends on a copula: 'điểm chuẩn của 7 trường' counts schools)."""
_BARE_MARK_AFTER = re.compile(
    r"[ \t]*(?:$|[^\w \t])|[ \t]+(?:cho|không|và|thì|nhưng|trở|hoặc|với|tùy|đối|ở|trong|của"
    r"|nên|vẫn|sẽ|mà|so)(?![^\W_])"
)
"""After a bare mark: punctuation, the end, or a word that is no counted noun."""
_BARE_MARK_MAX = 40
"""A mark told without 'điểm' is on the scale of three subjects (30, or 40 with a weighted
subject); a larger bare number after 'điểm chuẩn' is something else."""


def is_exam_mark(text: str, start: int, points_end: int | None) -> bool:
    """The number at ``start`` (its 'điểm' ending at ``points_end``, if any) is an exam mark.

    With 'điểm' after the number, the exam may be named anywhere before it in its
    paragraph, or in the paragraph that introduces the list it is an item of; a mark
    over its scale ('94/100', ``points_end`` None) needs the exam in its sentence."""
    if points_end is not None and _VENUE_AFTER.match(text, points_end):
        return False
    before = max(0, start - _LOOK_BACK)
    if _PLACE_BEFORE.search(text, max(0, start - 12), start):
        return False
    if _EXAM_BEFORE.search(text, before, start) is not None:
        return True
    return (
        points_end is not None
        and not _in_a_match(text, start, points_end)
        and _exam_in_paragraph(text, start)
    )


_STOCK_INDEX = rf"(?:VN|HNX|UPCoM|UPCOM)[ \t-]?(?:[Ii]ndex|INDEX|30)|{_WORLD_INDICES}"
"""A stock index named in full: the Vietnamese exchanges' and the world's."""
_INDEX_IN_SENTENCE_BEFORE = re.compile(rf"(?:{_STOCK_INDEX})[^.!?\n]{{0,100}}$")
_INDEX_NAMED_AFTER = re.compile(rf"[ \t]+của[ \t]+(?:chỉ[ \t]+số[ \t]+)?(?:{_STOCK_INDEX})")
_LEVEL_BEFORE = re.compile(
    r"(?<![^\W_])(?:mốc|ngưỡng|mức|vùng|tại|lên|xuống|về|là|quanh|và)[ \t]+$", re.IGNORECASE
)
_LEVEL_MIN = 50
"""A stock index stands in the tens at least (HNX-Index near 84, VN-Index near 720)."""
_SUPPORT_BEFORE = re.compile(
    r"(?<![^\W_])(?i:ngưỡng|vùng|mức|mốc)[ \t]+(?i:hỗ[ \t]+trợ|kháng[ \t]+cự)"
    r"(?:[ \t]+(?:quanh|tại|ở|là))?[ \t]+$"
)
"""'ngưỡng hỗ trợ ', 'vùng kháng cự quanh ': a support or a resistance of the chart."""
_INDEX_IN_PARAGRAPH_BEFORE = re.compile(rf"(?:{_STOCK_INDEX})[^\n]{{0,400}}$")


def bare_index_level(text: str, start: int, end: int, value: float) -> Tail | None:
    """'quanh mốc 720 của chỉ số VN-index', 'VN-Index đang nhận được lực hỗ trợ mạnh tại 720
    và 730': a stock index's level whose 'điểm' is left out is a measure in điểm, as the
    level with it is ('VN-Index giữ mốc 700 điểm')."""
    if value < _LEVEL_MIN or not _BARE_MARK_AFTER.match(text, end):
        return None
    if support_level(text, start):
        return _index_level_tail(text, start, end)
    if _LEVEL_BEFORE.search(text, max(0, start - 12), start) is None:
        return None
    named = _INDEX_NAMED_AFTER.match(text, end) is not None
    if not named and _INDEX_IN_SENTENCE_BEFORE.search(text, max(0, start - 160), start) is None:
        return None
    return Tail(end, "measure", "điểm", None, True)


def _index_level_tail(text: str, start: int, end: int) -> Tail | None:
    """'VN-Index có khả năng ... Áp lực bán đang bị chững lại quanh ngưỡng kháng cự 765': a
    support or a resistance, the index named earlier in the paragraph."""
    if _INDEX_IN_PARAGRAPH_BEFORE.search(text, max(0, start - 500), start) is None:
        return None
    return Tail(end, "measure", "điểm", None, True)


def support_level(text: str, start: int) -> bool:
    """'trên ngưỡng hỗ trợ 700 điểm', 'vùng kháng cự 765 điểm': the points after a chart's
    support or resistance are an index level, whatever index is named."""
    return _SUPPORT_BEFORE.search(text, max(0, start - 30), start) is not None


def _in_a_match(text: str, start: int, end: int) -> bool:
    """The sentence of the number at ``start`` tells of a match ('PSG nâng thành tích tại
    mùa giải năm nay lên 86 điểm', 'Chelsea giành 3 điểm sau 6 lượt trận'): its points are
    won, whatever exam the paragraph named before."""
    begin, stop = sentence_around(text, start, end)
    return _MATCH_WORDS.search(text, begin, stop) is not None


def _exam_in_paragraph(text: str, start: int) -> bool:
    """An exam word before ``start`` in its paragraph, or, when that paragraph is short (a
    list item), in the paragraphs before it up to the first longer one."""
    begin = text.rfind("\n", 0, start) + 1
    if _EXAM_IN_PARAGRAPH.search(text, begin, start) is not None:
        return True
    stop = text.find("\n", start)
    if (len(text) if stop < 0 else stop) - begin > _LIST_ITEM:
        return False
    end = begin - 1  # the line break before the item
    for _ in range(_LIST_LOOK_BACK):
        if end <= 0:
            return False
        begin = text.rfind("\n", 0, end) + 1
        if text[begin:end].strip():
            if _EXAM_IN_PARAGRAPH.search(text, begin, end) is not None:
                return True
            if end - begin > _LIST_ITEM:
                return False
        end = begin - 1
    return False


def points_tail(text: str, start: int, end: int, decimals: bool) -> Tail | None:
    """'698,66 điểm', 'VN-Index giữ mốc 700 điểm', 'thi 99 điểm': a level or a mark in
    points after the number at [start, end) is a measure in điểm; a whole number of points
    won in a match stays a count (None)."""
    found = POINTS.match(text, end)
    if found is None:
        return None
    if (
        not decimals
        and _INDEX_BEFORE.search(text, max(0, start - _INDEX_LOOK_BACK), start) is None
        and not (support_level(text, start) and not _VENUE_AFTER.match(text, found.end()))
        and not is_exam_mark(text, start, found.end())
    ):
        return None
    return Tail(found.end(), "measure", "điểm", None, True)


_OVER_SCALE = re.compile(r"/(?P<scale>\d{1,4})[ \t]+điểm(?![^\W_])")


def mark_over_scale(text: str, end: int, value: float) -> Tail | None:
    """'đạt 92,13/100 điểm', 'có số điểm 35,18/38 điểm': a score with decimals over the
    most it could be, in điểm (a whole mark over its scale, 'thi được 99/100', is read as
    a pair of digits)."""
    found = _OVER_SCALE.match(text, end)
    if found is None or value > int(found.group("scale")):
        return None
    return Tail(found.end(), "measure", "điểm", None, True)


def bare_mark(text: str, start: int, end: int, value: float) -> Tail | None:
    """'điểm sàn vẫn là 15', 'lấy điểm chuẩn 10 cho tổ hợp A': a mark in điểm whose
    'điểm' is left out, after the noun of the mark."""
    if value > _BARE_MARK_MAX or not _BARE_MARK_AFTER.match(text, end):
        return None
    if _MARK_NOUN_BEFORE.search(text, max(0, start - 60), start) is None:
        return None
    return Tail(end, "measure", "điểm", None, True)


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


_RESULT_BEFORE = re.compile(
    r"(?<![^\W_])(?:thua|thắng|hòa|hoà|thất bại|đánh bại|gục ngã|cầm hòa|thảm bại"
    r"|tỷ số|tỉ số|cách biệt|(?:bị|đang|vẫn)[ \t]+dẫn|dẫn(?=[ \t]+trước)|trắng[ \t]+tay)"
    r"(?:[ \t]+[^\W_](?:[\w.-]*\w)?){0,4}[ \t]+$"
)
"""'Pháp vẫn thua ngược 1-2', 'thua đậm đà U-19 Úc 2-5', 'Chung cuộc, Pháp thất bại 1-2',
'thua chung cuộc 2-3': a result word, then its modifiers or the opponent, in the clause
(lower-case: 'Hòa Bình' is a province, 'Hữu Thắng' a coach).  The score of a match under
way too: 'rút ngắn tỷ số xuống 1-2', 'rút ngắn cách biệt xuống còn 1-2', 'bị dẫn lại 5-6',
'Young đang dẫn 5-7,' ('hướng dẫn' is no lead), 'vươn lên dẫn trước 2-1', and a match
lost without a point, 'trận ra quân trắng tay trước 1-3'."""
_FIXTURE_BEFORE = re.compile(
    r"(?<![^\W_])[A-ZĐ][\w.]*(?:[ \t]+[A-ZĐ][\w.]*){0,3}[ \t]*[-–][ \t]*"
    r"[A-ZĐ][\w.]*(?:[ \t]+[A-ZĐ][\w.]*){0,3}[ \t]*:[ \t]*$"
)
"""'Đà Nẵng – Sài Gòn: 1-3', 'Cao Bằng – Sanatech.KH: 2-4': a result list's fixture."""
_RESULT_AFTER = re.compile(
    r"[ \t]*(?:[.,;:)\n]|$)|[ \t]+(?:trước|tại|ở|và|khi|sau|trên|ngay|do|nhờ|cho|[A-ZĐ])"
)
"""What follows a result: the clause's end, the opponent ('trước Thụy Điển'), a place,
the goal's author ('xuống 1-2 do công của Petersen', 'nhờ pha lập công', 'cho U20') or the
next fixture; a counted noun ('thắng 3-4 trận') follows a range."""
_RESULT_LOOK_BACK = 60


def result_before(text: str, start: int) -> bool:
    """A match's result word before ``start`` in its clause: 'thua đến ', 'dẫn trước '."""
    return _RESULT_BEFORE.search(text, max(0, start - _RESULT_LOOK_BACK), start) is not None


def names_a_result(text: str, start: int, end: int) -> bool:
    """'Pháp thua ngược 1-2 trước Thụy Điển', 'Chung cuộc, Pháp thất bại 1-2', 'Đà Nẵng –
    Sài Gòn: 1-3': a pair of small numbers (the first the lower, so no score by its
    shape) after a match's result word or a fixture is the match's score."""
    if _RESULT_AFTER.match(text, end) is None:
        return False
    lo = max(0, start - _RESULT_LOOK_BACK)
    return (
        _RESULT_BEFORE.search(text, lo, start) is not None
        or _FIXTURE_BEFORE.search(text, lo, start) is not None
    )
