"""Numbers inside the name of a place, an institution or a work, told from the words around them.

A house number before its street ('ở 24 Hàng Muối'), the number closing a place's,
an institution's, a plant's or a fleet's name ('thôn Khương Hà 2', 'Bệnh viện Nhi đồng
1', 'Hạm đội 7', 'khu vực 9'), a gold grade ('vàng 18K'): a head noun before the
number says what is named, and the words after it that nothing is counted.  Names in
capitals with no such head are read in ``capitalised_names``, lines, posts and markers
in ``numbered_markers``; what follows a number in ``number_followers``.
"""

from __future__ import annotations

import re

from claims.extract.context.openers import cased, opened_on_letters
from claims.extract.grammar.capitalised_names import CapitalisedNames
from claims.extract.grammar.mentions import identifier
from claims.extract.grammar.number_followers import (
    CLOSERS,
    FUNCTION_WORD_LIST,
    TWO_WORDS_AFTER,
    amount_follows,
    capital_may_follow,
    ends_phrase,
    follower,
)
from claims.extract.grammar.numbered_markers import NumberedMarkers
from claims.model import Mention

_INSTITUTION_WORDS = ("Bệnh viện", "Trung tâm", "Viện", "Nhà máy", "Trạm", "Xí nghiệp", "Trường")
_NUMBERED_NAME_WORDS = (
    "[Tt]hủy điện",
    "[Nn]hiệt điện",
    "[Hh]ạm đội",
    "[Tt]ổng công ty",
    "[Đđ]ề án",
    "[Cc]ơ sở",
    "[Qq]uân y",
    "[Tt]rung ương [Qq]uân đội",
)
"""Heads whose own name ends in a number, the name words between optional: 'tổng công ty
91', 'cơ sở 2', 'Đề án 125', 'Hạm đội 7', 'thủy điện Đăk Mi 4', 'Nhiệt điện Duyên Hải 3',
a military hospital 'bệnh viện Quân y 175', 'BV Trung ương quân đội 108' ('quân đội 2
nước' counts)."""
_INSTITUTION_WORD = re.compile("|".join(_INSTITUTION_WORDS))
_INSTITUTION = re.compile(rf"(?:{'|'.join(_INSTITUTION_WORDS)})(?:[ \t]+[^\W\d_]+){{1,3}}[ \t]+$")
_NUMBERED_NAME_WORD = re.compile(
    "|".join(f"{case}{word[4:]}" for word in _NUMBERED_NAME_WORDS for case in word[1:3])
)
"""The heads spelt out ('Thủy điện|thủy điện|...'): every branch opening on a letter, the
search skips to their first letters at C speed; '[Tt]' opening a branch made it try the
whole alternation at every character."""
_NUMBERED_NAME = re.compile(
    rf"(?<![^\W_])(?:{'|'.join(_NUMBERED_NAME_WORDS)})(?:[ \t]+[A-ZĐ][^\W\d_]*){{0,3}}[ \t]+$"
)
"""The head, then only capitalised name words: 'tổng công ty đã giảm 3' has a verb between."""
_MILITARY_BRANCHES = (
    "bộ binh|không quân|pháo binh|thiết giáp|tăng thiết giáp|sơn cước|cơ giới|không vận|nhảy dù"
    "|dù|công binh|đặc công|phòng không|tên lửa|hải quân|xe tăng|thủy quân lục chiến|biên phòng"
)
_MILITARY_UNIT = re.compile(
    r"(?<![^\W_])(?:(?:[Ss]ư|[Tt]rung|[Ll]ữ|[Tt]iểu|[Bb]inh|[Qq]uân)[ \t]+[Đđ]oàn"
    r"|[Đđ]ại[ \t]+[Đđ]ội)"
    rf"(?:[ \t]+(?i:{_MILITARY_BRANCHES})){{0,2}}(?:[ \t]+(?i:số))?[ \t]+$"
)
"""'Sư đoàn Không quân 370', 'Trung đoàn Bộ binh 503', 'Lữ đoàn pháo binh 490', 'Binh đoàn
11', 'Đại đội 552': a division, a regiment, a brigade or a company named by its number, its
branch between; 'sư đoàn 4' alone is an identifier cue already.  A counted noun after the
number ('đại đội 120 người') makes it an amount, as do more than three digits ('sư đoàn bộ
binh 3.000 quân')."""
_PLACE_HEAD_LIST = (
    "thôn|xóm|bản|ấp|khối|khu phố|tổ dân phố|xã|phường|đường|phố|ngõ|hẻm|cầu|hầm|tàu|"
    "nhà máy|khu công nghiệp|bệnh viện|trường|trung tâm|công ty|chung cư|khoa|tuyến|cảng|mỏ"
)
_UNIT_HEAD = re.compile(r"(?<![^\W_])(?i:đại[ \t]+đội|đội|trường|phòng|hầm|trại|xưởng|kho)[ \t]+$")
"""'đội 1', 'Đại đội 32', 'trường 2', 'hầm 7': a unit, a school or a hold named by its number."""
_SIDE_HEAD = re.compile(r"(?<![^\W_])[Đđ]ội[ \t]+hình[ \t]+$")
_SIDE_NUMBERS = frozenset("123")
_NAMED_UNIT_HEAD = re.compile(
    r"(?<![^\W_])(?:Đội|Đoàn|Vùng|Tổng[ \t]+[Cc]ục|Cục|Quân[ \t]+khu|Hải[ \t]+đoàn|Hải[ \t]+đội"
    r"|[Vv]ùng[ \t]+[Cc]ảnh[ \t]+sát[ \t]+biển"
    r"|(?:[Cc]ảnh[ \t]+sát[ \t]+biển(?:[ \t]+Việt[ \t]+Nam)?|[Tt]hú[ \t]+y|[Hh]ải[ \t]+quân)"
    r"[ \t]+[Vv]ùng)"
    r"[ \t]+$"
)
"""'Đội 11 phụ trách quận Bình Thủy', 'Đoàn 2, Đoàn Kiểm tra liên ngành', 'Tổng Cục 2 số 18',
'Bộ Tư lệnh Vùng Cảnh sát biển 4 đã điều động', 'Cảnh sát biển Việt Nam Vùng 2', 'Trung tâm
Thú y vùng 4 xét nghiệm': a team, a delegation, a department or a coast guard region named by
its number.  The head is written as a name, in capitals (lower-case 'vùng 770 điểm' is an
index level, 'đội 7 người' a team's size); a counted noun or a unit after the number makes
it an amount ('Đội 3 xe cứu hỏa')."""
_LABEL_HEAD = re.compile(
    r"(?<![^\W_])(?i:nhánh|nhóm|live[ \t]?show|phụ[ \t]+lục|đơn[ \t]+vị|vĩ[ \t]+tuyến|tuyến|khoảnh)"
    r"[ \t]+$"
)
"""'Nhánh 2 từ đường …', 'nhóm 4 và 5' (debt groups), 'sau liveshow 7,', 'Phụ lục 2 của',
'Đơn vị 180 là', 'vĩ tuyến 38,', 'lộ trình tuyến 2,', 'tại khoảnh 1, lô 2': a branch, a
group, an episode, an appendix, a unit, a parallel, a route or a forest compartment named by
a number of up to three digits; 'nhóm 3
người', 'nhánh 2 km' count and measure, 'nhóm 5 Tổng công ty' counts the corporations (a
capitalised word may follow a count), and 'nhóm 1 gồm …' names ('gồm' closes it)."""
_LABEL_CLOSERS = frozenset({"gồm"})
_TITLE_HEAD_LIST = "|".join(head[0].upper() + head[1:] for head in _PLACE_HEAD_LIST.split("|"))
_PLACE_HEAD = re.compile(
    opened_on_letters(
        ((cased(head[0]), f"(?i:{head[1:]})") for head in _PLACE_HEAD_LIST.split("|")),
        word=r"[^\W_]",
    )
    + r"(?![^\W_])"
)
r"""``(?<![^\W_])(?i:{_PLACE_HEAD_LIST})(?![^\W_])``, each head opened on its first
letter in each case it folds to (``openers``): the engine skips to those letters, where
the flat form tries the look-behind and every head at each character of the window."""
_NOT_NAME_WORDS = "|".join((*FUNCTION_WORD_LIST.split(), "cùng", "gồm"))
_NAMED_PLACE = re.compile(
    rf"(?<![^\W_])(?:(?P<lower>{_PLACE_HEAD_LIST})(?:[ \t]+[A-ZĐ][^\W\d_]*){{1,3}}"
    rf"|(?P<title>{_TITLE_HEAD_LIST})[ \t]+[A-ZĐ][^\W\d_]*"
    rf"(?:[ \t]+(?!(?:{_NOT_NAME_WORDS})(?![^\W_]))[^\W\d_]+){{0,2}})"
    r"[ \t]+$"
)
"""A place or a structure, then its proper name: 'cầu Bình Phước ', 'thôn Khương Hà ', 'tàu
Biển Ngọc ', 'khoa Nội '; a capitalised head may take lower-case name words ('Trung tâm
Viễn thông '), no function word ('Công ty MHBS cùng 10 bị can')."""
_POWER_COMPANY = re.compile(
    r"(?<![^\W_])(?:[Cc]ông[ \t]+ty|CTCP|Cty)"
    r"(?:[ \t]+(?:cổ[ \t]+phần|[Tt]ư[ \t]+vấn|[Đđ]ầu[ \t]+tư|TNHH|MTV|[A-ZĐ][^\W\d_]*)){0,4}[ \t]+"
    r"(?:[Pp]hát[ \t]+điện|[Đđ]iện[ \t]+lực(?:[ \t]+[A-ZĐ][^\W\d_]*){0,3}"
    r"|[Xx]ây[ \t]+dựng[ \t]+điện)"
    r"[ \t]+$"
)
"""'Tổng công ty Phát điện 1, 2, 3', 'Công ty cổ phần Tư vấn xây dựng điện 1;', 'CTCP Đầu tư
Điện lực 3 (PIC)', 'Công ty TNHH Điện lực Nam Định 1 –': power companies numbered in their
names (EVNGENCO 1-3, PECC1-4), 'điện' written in lower case, only name words between;
'công ty bắt đầu phát điện 1 tổ máy' counts the units (a verb between)."""
_DASH_THEN_WORD = re.compile(r"[ \t]*[-–—][ \t]*[^\d\s]")
_AREA_WORDS = ("khu vực ", "Khu vực ")
_NOT_AREA_NAME = f"(?i:{_NOT_NAME_WORDS}|trong|ngoài|quanh|khắp|toàn|các|những|mỗi|vào)(?![^\\W_])"
_NAMED_AREA = re.compile(
    rf"(?<![^\W_])(?!{_NOT_AREA_NAME})[A-ZĐ][^\W\d_]*"
    rf"(?:[ \t]+(?!{_NOT_AREA_NAME})[^\W\d_]+){{0,4}}[ \t]+[Kk]hu[ \t]+vực[ \t]+$"
)
"""An institution's name ending in 'khu vực': a capitalised word, then up to four words, none
a function word ('Tòa phúc thẩm liên bang khu vực ', 'Chi cục Hải quan cửa khẩu cảng Sài Gòn
khu vực ', 'Trường bắn quốc gia khu vực '); 'Trong khu vực ', 'tại khu vực ', 'cho khu vực '
locate or count."""
_RANGE_AFTER = re.compile(r"[ \t]*[-–—~][ \t]*\d")
_FIGURE_BEFORE = re.compile(r"\((?:[^()\n]{0,12}[ \t])?(?:[Hh]ình|[Ảả]nh)[ \t]+$")
"""'(Hình 1)', '(hình 23)', '(xem trong ảnh 2)': a figure's label inside brackets."""
_KARAT = re.compile(r"[ \t]?-?(?:K|k|carat|cara)(?![^\W_])")
_LOCATING_BEFORE = re.compile(
    r"(?<![^\W_])(?:ở|tại|trú|trú tại|nhà|[Đđ]ịa chỉ|trụ sở|[Aa]ddress)[ \t]*:?[ \t]+$"
)
_NAMED_THEN_BRACKET = re.compile(r"[A-ZĐ][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,2}[ \t]*\($")
"""A place's name, then the bracket its address opens: 'Phòng khám Nguyễn Trãi (', 'Riva
Park (', 'BỘ GIAO THÔNG VẬN TẢI (', 'trường đại học Lao động – Xã hội ('."""
_NOT_STREET_WORDS = (
    "Phó|Chủ|Bộ|Giám|Tổng|Thứ|Trưởng|Sở|Cục|Giải|Cúp|Mẹ|Đội|Trạm|Trường|Bệnh|Công|Hội|Ban"
    "|Đoàn|Viện|Tỉnh|Huyện|Xã|Phường|Quận|Ông|Bà|Anh|Chị|Cup|League|Grand|Champions|World"
)
_BRACKETED_STREET = re.compile(
    rf"(?:[ \t]+(?!(?:{_NOT_STREET_WORDS})(?![^\W_]))[A-ZĐ][^\W\d_A-ZĐ][^\W\d_]*){{2,4}}[ \t]*[,)]"
)
"""Two to four name words, each a capital then lower case, then the comma or the bracket
that closes a street's name ('(28 Lê Thánh Tôn, quận 1)', '(118 Lê Duẩn)'); a title, an
office or a trophy is counted ('(2 Phó Giám đốc, 1 y sỹ)', '(1 FA Cup)')."""
_STREET_WORD_THEN_NAME = re.compile(
    r"[ \t]+(?:phố|đường|ngõ|ngách|hẻm)(?:[ \t]+[A-ZĐ][^\W\d_A-ZĐ][^\W\d_]*){1,4}[ \t]*[,)]"
)
"""'(89 phố Huế)', '(12 đường Trần Phú, …)': the word for a street, then its name: one name
word is enough (a count would be of streets: '(3 phố, 2 ngõ)')."""
_NAME_THEN_WARD = re.compile(
    r"(?:[ \t]+[A-ZĐ][^\W\d_A-ZĐ][^\W\d_]*){1,4}[ \t]*,[ \t]*"
    r"(?:[Pp]hường|[Qq]uận|[Hh]uyện|[Xx]ã|P\.|Q\.)"
)
"""'(870 Trường Sa, phường 14, Q.3)': a name, then a ward or a district, is a street
whatever its first word ('Trường' opens a school's name elsewhere)."""


def _range_follows(text: str, end: int) -> bool:
    """A dash or a tilde, then a digit, after the number ('thôn Khương Hà 2-3', 'Đội 3-4',
    'khu vực 1990-2002 Usd/tấn'): it opens a range, no name's number.  A dash before a word
    parts the name from the next ('Phường Mỹ Đình 1 - Quận Nam Từ Liêm', 'khu vực 4 - Hải
    quan TP.HCM', 'tàu Hải Thành 26- BLC')."""
    return _RANGE_AFTER.match(text, end) is not None


class NamedPlaces(CapitalisedNames, NumberedMarkers):
    """Checks that a number belongs to the name of a place, an institution or a work."""

    def _street_number(self, start: int, end: int) -> bool:
        """'ở 24 Hàng Muối', 'Địa chỉ: 268 Lý Thường Kiệt': after a word that locates, a
        number before a capitalised street name is a house number; a count would be
        followed by the lower-case noun it counts."""
        text = self.text
        if not capital_may_follow(text, end):
            return False
        if _LOCATING_BEFORE.search(text, max(self.floor, start - 12), start) is None:
            return False
        street = TWO_WORDS_AFTER.match(text, end)
        return street is not None and street.group(1)[0].isupper() and street.group(2)[0].isupper()

    def _bracketed_address(self, start: int, end: int) -> bool:
        """'Phòng khám Nguyễn Trãi (277 Nguyễn Trãi, P.Nguyễn Cư Trinh, Q.1)', 'Riva Park (504
        Nguyễn Tất Thành, quận 4)', 'BỘ GIAO THÔNG VẬN TẢI (80 Trần Hưng Đạo)': a number
        opening a bracket after a place's name, before a street's name, is its address (the
        bracket is read as a date's cue, '(12/5)', so this is asked before the names)."""
        text = self.text
        if end - start > 4 or not text[start:end].isdigit() or start - 1 <= self.floor:
            return False
        if text[start - 1] != "(":
            return False
        streets = (
            (_BRACKETED_STREET, _NAME_THEN_WARD)
            if capital_may_follow(text, end)
            else (_STREET_WORD_THEN_NAME,)
        )
        if _NAMED_THEN_BRACKET.search(text, max(self.floor, start - 40), start) is None:
            return False
        return any(street.match(text, end, end + 60) is not None for street in streets)

    def _numbered_name(self, start: int, end: int) -> bool:
        """'tổng công ty 91', 'Đề án 125 gồm', 'Hạm đội 7 thuộc', 'Nhiệt điện Duyên Hải 3 để':
        a number that ends the name of a plant, a fleet, a project or a branch, unless a
        counted noun or a unit follows ('cơ sở 2 tầng')."""
        text = self.text
        lo = max(self.floor, start - 40)
        short = end - start <= 3 and text[start:end].isdigit()  # "3.000 quân" is an amount
        window = text[lo:start] if short else ""
        military = ("oàn" in window or "ội" in window) and _MILITARY_UNIT.search(window)
        if military:  # substring tests first: the regex runs on few numbers
            return not amount_follows(text, end)
        if _NUMBERED_NAME_WORD.search(text, lo, start) is None:  # one C-level scan first
            return False
        if _NUMBERED_NAME.search(text[lo:start]) is None:
            return False
        return not amount_follows(text, end)

    def _numbered_place(self, start: int, end: int) -> bool:
        """'trên cầu Bình Phước 1, phường An Phú Đông', 'thôn Khương Hà 2)', 'tàu Biển Ngọc 20
        đã bị', 'Trung tâm Viễn thông 1 và': a number of up to three digits that closes the
        proper name of a place, a road, a bridge, a ship or an institution (the second
        bridge of that name) and its phrase; a count would be followed by what it counts
        ('ở thôn Khương Hà 2 người chết').  A unit, a school or a hold is named by one or
        two digits right after its noun: 'ra mắt đội 1 Everton', '(trường 2) thuộc',
        'Đại đội 32 làm nhiệm vụ', 'từ hầm 7 và 8' ('đội 11 người' counts)."""
        text = self.text
        if end - start > 3 or not text[start:end].isdigit():
            return False
        if _range_follows(text, end):
            return False  # "thôn Khương Hà 2-3": a range
        if _LABEL_HEAD.search(text, max(self.floor, start - 12), start) is not None:
            if text[end : end + 3].lstrip(" \t")[:1].isupper():
                return False  # "nhóm 5 Tổng công ty": five corporations, a count
            closed = ends_phrase(text, end) or follower(text, end) in _LABEL_CLOSERS
            return closed and not amount_follows(text, end)
        lo = max(self.floor, start - 50)
        if _PLACE_HEAD.search(text, lo, start) is None:  # one C-level scan first
            unit = end - start <= 2 and _UNIT_HEAD.search(text, max(0, start - 10), start)
            if not unit:
                return False
        elif _NAMED_PLACE.search(text[lo:start]) is None and not (
            end - start <= 2 and _UNIT_HEAD.search(text, max(0, start - 10), start)
        ):
            return False
        return not amount_follows(text, end) and ends_phrase(text, end)

    def _numbered_unit(self, start: int, end: int) -> bool:
        """'Đội 11 phụ trách', 'Vùng Cảnh sát biển 4 đã': see ``_NAMED_UNIT_HEAD``."""
        text = self.text
        if end - start > 2 or not text[start:end].isdigit():
            return False
        if _NAMED_UNIT_HEAD.search(text, max(self.floor, start - 40), start) is None:
            return False
        if _range_follows(text, end):
            return False  # "Đội 3-4": a range
        return not amount_follows(text, end)

    def _power_company_number(self, start: int, end: int) -> bool:
        """'Tổng công ty Phát điện 1, 2, 3, EVN nắm giữ', 'Công ty phát điện 1, đối với': a
        number of one or two digits closing a power company's name (see _POWER_COMPANY),
        its phrase closed or a dash and a word after it ('Nam Định 1 – (Singapore)')."""
        text = self.text
        if end - start > 2 or not text[start:end].isdigit() or amount_follows(text, end):
            return False
        if not (ends_phrase(text, end) or _DASH_THEN_WORD.match(text, end) is not None):
            return False
        return _POWER_COMPANY.search(text, max(self.floor, start - 70), start) is not None

    def _numbered_area(self, start: int, end: int) -> bool:
        """'Tòa phúc thẩm khu vực 9 ở', 'tổ 19, khu vực 5,', 'Hải quan ... khu vực 1 cho
        biết': a number of one or two digits right after 'khu vực' that closes its phrase
        names the area; 'khu vực 5 phường' counts wards and 'khu vực 1990-2002 Usd/tấn',
        'khu vực Tây Nguyên 21 - 24 độ C' are amounts."""
        text = self.text
        if end - start > 2 or not text.endswith(_AREA_WORDS, max(0, start - 8), start):
            return False
        if _range_follows(text, end) or amount_follows(text, end):
            return False
        if ends_phrase(text, end):
            return True
        # the institution named before 'khu vực' names the area whatever verb follows:
        # 'Tòa phúc thẩm khu vực 9 nghe', 'Hải quan ... khu vực 1 phát hiện'
        return _NAMED_AREA.search(text, max(self.floor, start - 60), start) is not None

    def _figure_label(self, start: int, end: int) -> bool:
        """'quay cửa chính về hướng Nam (Hình 1).', '(xem trong ảnh 2)': a number closing a
        bracket after 'Hình' or 'ảnh' names the figure the text points to; 'Hình ảnh 3 siêu
        trộm' and '(Biểu đồ 11 di sản …)' count."""
        text = self.text
        if end - start > 2 or text[end : end + 1] != ")":
            return False
        return _FIGURE_BEFORE.search(text, max(self.floor, start - 25), start) is not None

    def _numbered_side(self, start: int, end: int) -> bool:
        """'ở đội hình 2. Cùng', 'được bố trí đội hình 2 nhưng', 'đội hình 1 đã giành': a club's
        first, second or third side, whatever word follows; a side is sized with a counted
        noun ('đội hình 11 người') and a formation is a run ('đội hình 4-4-2')."""
        text = self.text
        if end - start != 1 or text[start] not in _SIDE_NUMBERS:
            return False
        if _SIDE_HEAD.search(text, max(self.floor, start - 10), start) is None:
            return False
        return not (_range_follows(text, end) or amount_follows(text, end))

    def _named_place(self, start: int, end: int) -> Mention | None:
        """'Bệnh viện Nhi đồng 1', 'vàng 18K': a number inside a name or a grade."""
        text = self.text
        if text.endswith("vàng ", 0, start) and start - 5 >= self.floor:
            karat = _KARAT.match(text, end)
            if karat is not None:
                return identifier(text, start, karat.end())
        if text[end : end + 1] not in CLOSERS and not text.startswith(" (", end):
            return None  # an institution's number closes its name
        lo = max(self.floor, start - 40)
        if _INSTITUTION_WORD.search(text, lo, start) is None:  # one C-level scan first
            return None
        window = text[lo:start]
        if _INSTITUTION.search(window) is not None and ends_phrase(text, end):
            return identifier(text, start, end)
        return None
