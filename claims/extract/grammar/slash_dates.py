"""Is 'a/b' (a < b) a day and month or a share?  The words around it decide.

'5/6 là ngày cuối', 'Trước 1/8: ... Hết 7/8:' are dates; 'tới 1/3 tổng vốn', '(1/3 dân
số toàn tỉnh)', 'có đến 2/3 các nước' are shares, though 'tới', 'đến' and a bracket
are date cues elsewhere ('vào 7/4 tới', '(2.6)').  A share is followed by what it is a
share of; a date by the clause's punctuation, 'tới', 'năm', a name...
"""

from __future__ import annotations

import re

_SHARE_OF = re.compile(
    r"[ \t]+(?:tổng|số|dân số|các|những|lượng|diện tích|người|bài|trẻ|bên|phần|chiều"
    r"|thời gian|giá trị|sản lượng|doanh thu|vốn|quỹ|thị phần|cổ phần|khối lượng"
    r"|dưới|giữa|trong số|quãng đường|đoạn|chặng|lãnh thổ|trữ lượng|hộ|học sinh)(?![^\W_])"
)
"""What a share is of: 'tới 1/3 tổng vốn', '(1/3 dân số)', 'mặt sau 1/3 dưới cẳng tay'."""

_DAY_NAMED_AFTER = re.compile(
    r"[ \t]+(?:là|sẽ là|cũng là|được coi là|chính là)[ \t]+"
    r"(?:ngày|hạn|thời hạn|mốc|thời điểm|hạn chót)(?![^\W_])"
)
"""'5/6 là ngày cuối cùng của đợt nắng nóng': the sentence names the number a day."""

_DAY_NAMED_BEFORE = re.compile(
    r"(?<![^\W_])(?:(?:[Qq]uốc tế|[Tt]ết|[Nn]gày|[Ll]ễ)[ \t]+(?:[Tt]hiếu [Nn]hi|[Ll]ao [Đđ]ộng)"
    r"|[Qq]uốc [Kk]hánh(?:[ \t]+(?:Mỹ|Pháp|Trung Quốc|Lào|Campuchia))?"
    r"|[Pp]hiên(?:[ \t]+giao dịch)?(?:[ \t]+(?:ngày|hôm))?)[ \t]+$"
)
"""'Ngày Quốc tế Thiếu nhi 1/6', 'Quốc khánh 2/9', 'quốc khánh Mỹ 4/7', 'Quốc tế Lao động
1/5': a holiday's name is followed by its day, as 'Quốc tế Phụ nữ 8/3' is read; 'phiên 2/6',
'Chốt phiên 5/7': a trading session is named by its day ('4/5 phiên' is a share)."""

_LIST_CLOSE = re.compile(r"[ \t]*[:;]")
_SAME_SENTENCE = re.compile(r"[^.!?\n]*")
_LIST_REACH = 300


_STREET_BEFORE = re.compile(r"(?<!quãng )(?<![^\W_])(?:[Đđ]ường|[Cc]ông[ \t]+viên)[ \t]+$")
"""'tuyến đường 30/4', 'số 135 đường 2/4', '35B - 35C đường 3/2': a street named after a day;
so is a park ('tại Công viên 23/9', 'trước công viên 29/3', 'khu vực công viên 30.4'): a
day right after the noun, with no 'ngày' or time of day between, is its name."""


_LOCATED_BEFORE = re.compile(
    r"(?<![^\W_])(?:ngụ|trú|trú tại|trụ sở|địa chỉ|nghách|số nhà|nhà số)"
    r"[ \t]*:?[ \t]+(?:số[ \t]+)?$"
)
_NAME_AFTER = re.compile(r"[ \t]+(?:đường[ \t]+)?[A-ZĐ][^\W\d_]*[ \t]+[A-ZĐ]")
"""'(trụ sở 16/26 Trần Thiện Chánh)', 'ngụ 1740/10 Lê Văn Lương', 'đầu nghách 80/205 Lê Thanh
Nghị': after a word that gives an address, two numbers before a street's name number a
house down its alley ('tại 102/366 đường ngang' is a share)."""


_NAME_ITEM = r"(?:[A-ZĐ][^\W\d_]*(?:[ \t]+[A-ZĐ][^\W\d_]*)*|\d{1,2}/\d{1,2}|\d{1,3}[A-Z]?)"
_ITEM_JOINER = r"[ \t]*(?:[,;\-–]|và(?![^\W_]))[ \t]*"
_NOT_A_NAME_WORD = (
    r"(?!(?:ngày|hôm|sáng|trưa|chiều|tối|đêm|mùng|mồng|từ|đến|lễ|dịp|tháng|trước|sau)(?![^\W_]))"
)
_STREET_LIST_BEFORE = re.compile(
    rf"(?<![^\W_])(?:đường|phố|cầu|tuyến)(?:[ \t]+{_NOT_A_NAME_WORD}[^\W\d_]+){{0,3}}?[ \t]*:?"
    rf"[ \t]*(?:{_NAME_ITEM}{_ITEM_JOINER})*$"
)
_STREET_LIST_AFTER = re.compile(r"[ \t]*(?:[,;.]|và(?![^\W_]))")
_STREET_LIST_REACH = 120
"""'nhiều tuyến đường chính như: 3/2, 30/4, Trần Văn Hoài, 91B', 'các tuyến đường Lê Đại
Hành, 30/4, Phan Đăng Lưu', 'cầu vượt Ngã Ba Huế; Hà Huy Tập-Điện Biên Phủ; 2/9 và cầu
Trần Thị Lý': in a list of streets or crossings, a day and month names a street ('các
tuyến đường cấm xe ngày 3/2, 5/2' are days)."""


def street_named(text: str, start: int) -> bool:
    return _STREET_BEFORE.search(text, max(0, start - 12), start) is not None


def listed_street(text: str, start: int, end: int) -> bool:
    if _STREET_LIST_AFTER.match(text, end) is None:
        return False
    window = max(0, start - _STREET_LIST_REACH)
    return _STREET_LIST_BEFORE.search(text, window, start) is not None


def house_numbered(text: str, start: int, end: int) -> bool:
    if _LOCATED_BEFORE.search(text, max(0, start - 16), start) is None:
        return False
    return _NAME_AFTER.match(text, end) is not None


def share_follows(text: str, end: int) -> bool:
    return _SHARE_OF.match(text, end) is not None


def day_named_after(text: str, end: int) -> bool:
    return _DAY_NAMED_AFTER.match(text, end) is not None


def day_named_before(text: str, start: int, end: int) -> bool:
    if share_follows(text, end):  # "ngày Lao động 1/3 số công nhân": a share
        return False
    return _DAY_NAMED_BEFORE.search(text, max(0, start - 40), start) is not None


def listed_after_date(text: str, last_date_end: int, start: int, end: int) -> bool:
    """'Trước 1/8: Các trường ... Hết 7/8: Thí sinh': a day-month heading a list
    item (a colon after it) where a date headed the item before."""
    if not 0 <= last_date_end < start or start - last_date_end > _LIST_REACH:
        return False
    return _LIST_CLOSE.match(text, end) is not None
