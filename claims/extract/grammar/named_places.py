"""Numbers inside the name of a place, an institution or a work, told from the words around them.

A house number before its street ('ở 24 Hàng Muối'), the number that starts a title
or an address ('hẻm 725 Trường Chinh', '“50 Sắc Thái Đen”'), the number closing an
institution's, a plant's or a fleet's name ('Bệnh viện Nhi đồng 1', 'Hạm đội 7'), a
border marker ('cột mốc 423'), a gold grade ('vàng 18K').
"""

from __future__ import annotations

import re

from claims.extract.grammar.cores import read_tail
from claims.extract.grammar.mentions import identifier
from claims.extract.grammar.patterns import NOUN_TAIL
from claims.extract.grammar.scan_state import ScanState
from claims.extract.grammar.word_runs import two_words_before
from claims.model import Mention

WORD_AFTER = re.compile(r"[ \t]*(?:([^\W\d_]+)|[.,;:!?)\]”\"'\n]|$)")
_FUNCTION_WORD_LIST = (
    "đã sẽ được là có vẫn cũng với tại ở này và của vừa mới đang hiện không chưa sắp để khi "
    "thì mà nên do theo cho từ trên về diễn tổ bị còn đều chính lần"
)
_FUNCTION_WORDS = frozenset(_FUNCTION_WORD_LIST.split())
"""Words that follow a named edition ('Cup 2018 sẽ', 'Yaris 2017 còn') but never a count."""
CLOSERS = frozenset({"", ",", ".", ";", ":", ")", "("})
_INSTITUTION_WORDS = ("Bệnh viện", "Trung tâm", "Viện", "Nhà máy", "Trạm", "Xí nghiệp", "Trường")
_NUMBERED_NAME_WORDS = (
    "[Tt]hủy điện",
    "[Nn]hiệt điện",
    "[Hh]ạm đội",
    "[Tt]ổng công ty",
    "[Đđ]ề án",
    "[Cc]ơ sở",
)
"""Heads whose own name ends in a number, the name words between optional: 'tổng công ty
91', 'cơ sở 2', 'Đề án 125', 'Hạm đội 7', 'thủy điện Đăk Mi 4', 'Nhiệt điện Duyên Hải 3'."""
_INSTITUTION_WORD = re.compile("|".join(_INSTITUTION_WORDS))
_INSTITUTION = re.compile(rf"(?:{'|'.join(_INSTITUTION_WORDS)})(?:[ \t]+[^\W\d_]+){{1,3}}[ \t]+$")
_NUMBERED_NAME_WORD = re.compile("|".join(_NUMBERED_NAME_WORDS))
_NUMBERED_NAME = re.compile(
    rf"(?<![^\W_])(?:{'|'.join(_NUMBERED_NAME_WORDS)})(?:[ \t]+[A-ZĐ][^\W\d_]*){{0,3}}[ \t]+$"
)
"""The head, then only capitalised name words: 'tổng công ty đã giảm 3' has a verb between."""
_PLACE_HEAD_LIST = (
    "thôn|xóm|bản|ấp|khối|khu phố|tổ dân phố|xã|phường|đường|phố|ngõ|hẻm|cầu|hầm|tàu|"
    "nhà máy|khu công nghiệp|bệnh viện|trường|trung tâm|công ty|chung cư|khoa|tuyến|cảng|mỏ"
)
_UNIT_HEAD = re.compile(r"(?<![^\W_])(?i:đại[ \t]+đội|đội|trường|phòng|hầm|trại|xưởng|kho)[ \t]+$")
"""'đội 1', 'Đại đội 32', 'trường 2', 'hầm 7': a unit, a school or a hold named by its number."""
_TITLE_HEAD_LIST = "|".join(head[0].upper() + head[1:] for head in _PLACE_HEAD_LIST.split("|"))
_PLACE_HEAD = re.compile(rf"(?<![^\W_])(?i:{_PLACE_HEAD_LIST})(?![^\W_])")
_NOT_NAME_WORDS = "|".join((*_FUNCTION_WORD_LIST.split(), "cùng", "gồm"))
_NAMED_PLACE = re.compile(
    rf"(?<![^\W_])(?:(?P<lower>{_PLACE_HEAD_LIST})(?:[ \t]+[A-ZĐ][^\W\d_]*){{1,3}}"
    rf"|(?P<title>{_TITLE_HEAD_LIST})[ \t]+[A-ZĐ][^\W\d_]*"
    rf"(?:[ \t]+(?!(?:{_NOT_NAME_WORDS})(?![^\W_]))[^\W\d_]+){{0,2}})"
    r"[ \t]+$"
)
"""A place or a structure, then its proper name: 'cầu Bình Phước ', 'thôn Khương Hà ', 'tàu
Biển Ngọc ', 'khoa Nội '; a capitalised head may take lower-case name words ('Trung tâm
Viễn thông '), no function word ('Công ty MHBS cùng 10 bị can')."""
_HOTLINES = frozenset({"111", "112", "113", "114", "115"})
_HOTLINE_BEFORE = re.compile(
    r"(?<![^\W_])(?:(?i:cảnh[ \t]+sát)(?:[ \t]+(?i:giao[ \t]+thông|cơ[ \t]+động))?(?:[ \t]*[-–])?"
    r"|(?i:cấp[ \t]+cứu|tổng[ \t]+đài|đường[ \t]+dây[ \t]+nóng|chữa[ \t]+cháy|cứu[ \t]+hỏa"
    r"|chỉ[ \t]+huy[ \t]+thông[ \t]+tin)|PCCC|gọi(?:[ \t]+(?:số|điện[ \t]+(?:đến|tới|cho)))?)"
    r"[ \t]+$"
)
"""'Cảnh sát 113', 'gọi cấp cứu 115', 'tổng đài 111', 'Trung tâm chỉ huy thông tin 114':
the emergency lines of Vietnam (111 child protection, 112 rescue, 113 police, 114 fire,
115 ambulance) after the service they reach or a verb of calling."""
_CHAINAGE_BEFORE = re.compile(r"(?<![^\W_])(?:[Kk][Mm]|K)[ \t]?\d{1,4}[ \t]*\+[ \t]*$")
"""'Km 488+', 'km 44 + ', 'K36+': a kilometre post, whose metres follow the plus."""
_PLUS_CODE_BEFORE = re.compile(r"(?<![\w])[A-Z][A-Z\d]*(?:\+|[ \t]\+[ \t])$")
"""'ASEAN + ', 'P5+', 'G19+', 'GMT+': a group or a zone named by an acronym and a plus."""
_AREA_WORDS = ("khu vực ", "Khu vực ")
_RANGE_JOINERS = frozenset("-–—~")
_KARAT = re.compile(r"[ \t]?-?(?:K|k|carat|cara)(?![^\W_])")
_VOLUME_WORDS = ("Vol.", "vol.", "VOL.", "Vol ", "vol ")
_SUB_MARKER = re.compile(r"\(\d{1,2}\)")
_MARKER_WORDS = ("cột mốc ", "Cột mốc ", "mốc quốc giới ", "Mốc quốc giới ")
_LOCATING_BEFORE = re.compile(
    r"(?<![^\W_])(?:ở|tại|trú|trú tại|nhà|[Đđ]ịa chỉ|trụ sở)[ \t]*:?[ \t]+$"
)
_STREET_AFTER = re.compile(r"[ \t]+([^\W\d_]+)[ \t]+([^\W\d_]+)")
_COUNTED_TITLES = frozenset({"Phó", "Tổng", "Thứ", "Giải", "Cúp", "Siêu", "Bà", "Ông", "Mẹ"})
"""Capitalised words that are counted ('10 Phó Trưởng đoàn', '64 Mẹ Việt Nam Anh hùng')."""
_OPENING_QUOTES = ("“", '"')
_CELL_BEFORE = re.compile(r"(?:(?:\d[^\s]*|\))[ \t]*|[+-])$")
"""A figure, a bracket or a glued sign right before: a cell of a table ('72.000 0  Châu
Đức', '+1.000  Bình Phước'), whose next row's label follows the number."""
_BYLINE_AFTER = re.compile(r"(?:[ \t]+[^\W\d_]+){2,4}[ \t]*(?:\([^)\n]*\))?\s*$")
"""'... 13 1 Nguyễn Đăng' at the end of the text: the writer's name after a table's last cell."""
_NAME_HEADS = frozenset({"trường", "xã", "huyện", "tỉnh", "thành phố", "công ty", "đội"})
"""Nouns that head a proper name ('trường Tiểu học ...', 'xã Tân Phúc')."""
_NAME_START = re.compile(r"[ \t]+([^\W\d_])")
_LATIN_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z][A-Za-z]*)(?![^\W_])")
"""'1299 Ducati': a capitalised Latin word, no acronym ('500 MW', '300 USD')."""
_SCALE_AFTER = re.compile(r"[ \t]+(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ|trăm|chục)(?![^\W_])")


_NAME_LOOK_BACK = 30
_NOT_A_NAME_END = frozenset("-–—~/+%'’")
_TALLY_BEFORE = re.compile(r"\d[ \t]*[,;][ \t]*$")
_TALLY_AFTER = re.compile(r"[ \t]*[,;][ \t]*[A-ZĐ][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,3}[ \t]+\d")
"""'Hoàng Mai 253, Hai Bà Trưng 111, Thanh Xuân 84': a tally of places, each with its count."""
_VERBS_BEFORE_LIST = (
    "có là và với của mua bán ghi còn được đạt thắng thua giành lấy mất nhận cho gồm thêm "
    "hơn gần khoảng tới đến lên xuống về sau trước trong ngoài từ chỉ tại ở nay"
)
_VERBS_BEFORE = frozenset(_VERBS_BEFORE_LIST.split())
"""Words that may stand between a name and a count: 'Hà Nội có 8', 'Messi ghi 2'."""


def _inside(text: str, word_start: int, *, quote: bool = False) -> bool:
    """A word inside a sentence: a word, not a mark, stands before it (or, with
    ``quote``, a closing quote: 'tác phẩm "doanh thu trăm tỉ” Em chưa 18')."""
    before = text[max(0, word_start - 3) : word_start].rstrip(" \t")[-1:]
    return before.isalpha() or (quote and before in ("”", '"'))


def _follower(text: str, end: int) -> str:
    """The word or mark after a number, lower-cased: what 'NAME N' goes on with."""
    found = WORD_AFTER.match(text, end)
    return "" if found is None else found.group().strip().lower()


def _is_name_word(word: str) -> bool:
    """'Trường', 'Sắc': a capital then lower case ('FA', 'HCV' are acronyms)."""
    return len(word) > 1 and word[0].isupper() and not word[1:].isupper()


def counts_noun_after(text: str, end: int) -> bool:
    """A counted noun follows ('khoản 3 người'), not the head of a name ('lớp 3 trường
    Tiểu học Nguyễn Bỉnh Khiêm': the pupil's class at a named school)."""
    noun = NOUN_TAIL.match(text, end)
    if noun is None:
        return False
    if noun.group().strip() not in _NAME_HEADS:  # "số 300 loại KitKat": 300 kinds
        return True
    name = _NAME_START.match(text, noun.end())
    return name is None or not name.group(1).isupper()


def amount_follows(text: str, end: int) -> bool:
    """A unit, a scale word or a counted noun follows: the numbers before it are amounts."""
    return (
        read_tail(text, end).unit_found
        or NOUN_TAIL.match(text, end) is not None
        or _SCALE_AFTER.match(text, end) is not None
    )


class NamedPlaces(ScanState):
    """Checks that a number belongs to the name of a place, an institution or a work."""

    def _ends_phrase(self, end: int) -> bool:
        """Nothing the number could count follows: punctuation, a name or a function word."""
        following = WORD_AFTER.match(self.text, end)
        if following is None or not following.group(1):  # clause end, quote, bracket
            return True
        after = following.group(1)
        return after[0].isupper() or after in _FUNCTION_WORDS

    def _street_number(self, start: int, end: int) -> bool:
        """'ở 24 Hàng Muối', 'Địa chỉ: 268 Lý Thường Kiệt': after a word that locates, a
        number before a capitalised street name is a house number; a count would be
        followed by the lower-case noun it counts."""
        text = self.text
        if _LOCATING_BEFORE.search(text, max(self.floor, start - 12), start) is None:
            return False
        street = _STREET_AFTER.match(text, end)
        return street is not None and street.group(1)[0].isupper() and street.group(2)[0].isupper()

    def _starts_a_name(self, start: int, end: int) -> bool:
        """'hẻm 725 Trường Chinh', '“50 Sắc Thái Đen”': a number before two capitalised
        words starts a street address or the title of a work, wherever it stands; a
        count is followed by the lower-case noun it counts.

        Acronyms ('5 FA Cup') and Latin words ('2 Champions League': trophies, models)
        are names that numbers do count, so one of the words must be Vietnamese, unless
        an opening quote marks a title ('“50 Shades Of Grey'); titles and honorifics
        capitalised inside a sentence are counted too ('19 Phó Tổng giám đốc'), and so
        is a cell of a table, followed by the next row's label or the writer's name."""
        if _CELL_BEFORE.search(self.text, max(0, start - 16), start):
            return False
        if (
            end - start >= 3
            and self.text[start:end].isdigit()
            and self._model_said_again(start, end)
        ):
            return True
        words = _STREET_AFTER.match(self.text, end)
        if words is None:
            return False
        first, second = words.groups()
        if not (_is_name_word(first) and _is_name_word(second)) or first in _COUNTED_TITLES:
            return False
        if len(self.text) - end < 40 and _BYLINE_AFTER.match(self.text, end):
            return False
        return self.text.endswith(_OPENING_QUOTES, 0, start) or not (first + second).isascii()

    def _model_said_again(self, start: int, end: int) -> bool:
        """'1299 Ducati Superleggera ... Video 1299 Ducati ... chiếc 1299 Superleggera': a
        number of three digits or more before a Latin name that the text writes again
        with the same number names a model; a count of trophies or titles ('2 Champions
        League', '20 Grand Slam') has fewer digits, and a count is seldom repeated whole.
        Only bare digits: '10.500 Ringgit' is an amount in a currency the units miss."""
        text = self.text
        word = _LATIN_WORD_AFTER.match(text, end)
        if word is None or read_tail(text, end).unit_found:  # "1241 Usd/Oz", "650 Nm"
            return False
        number, name = re.escape(text[start:end]), re.escape(word.group(1))
        again = rf"(?<![\w.,]){number}[ \t]+{name}(?![^\W_])"
        return any(found.start() != start for found in re.finditer(again, text))

    def _numbered_name(self, start: int, end: int) -> bool:
        """'tổng công ty 91', 'Đề án 125 gồm', 'Hạm đội 7 thuộc', 'Nhiệt điện Duyên Hải 3 để':
        a number that ends the name of a plant, a fleet, a project or a branch, unless a
        counted noun or a unit follows ('cơ sở 2 tầng')."""
        text = self.text
        lo = max(self.floor, start - 40)
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
        lo = max(self.floor, start - 50)
        if _PLACE_HEAD.search(text, lo, start) is None:  # one C-level scan first
            unit = end - start <= 2 and _UNIT_HEAD.search(text, max(0, start - 10), start)
            if not unit:
                return False
        elif _NAMED_PLACE.search(text[lo:start]) is None and not (
            end - start <= 2 and _UNIT_HEAD.search(text, max(0, start - 10), start)
        ):
            return False
        if text[end : end + 3].lstrip(" \t")[:1] in _RANGE_JOINERS:
            return False  # "thôn Khương Hà 2-3": a range
        return not amount_follows(text, end) and self._ends_phrase(end)

    def _closes_a_name(self, start: int, end: int) -> bool:
        """'Teaser mới của Nắng 2 mở đầu', 'Hàm Cá Mập 2 và 3', 'sông Côn 2,', 'Cầu Bình
        Phước 1 nơi': a bare number of up to three digits right after a capitalised
        Vietnamese word inside a sentence closes the name of a film, a river, a bridge or
        a plant: a Vietnamese count comes before its noun ('3 người'), seldom after a name.
        The number must close its phrase (punctuation, a capital, a function word), or the
        text must write the name with the number again before another word ('Nắng 2 mở
        đầu ... Nắng 2 còn có'), which a count of things ('sau Trung Quốc 41 bậc',
        'Thượng viện 100 ghế ... Thượng viện 100 ghế của Mỹ') does not.  A lower-case word
        between ('Thiên ưu 8', 'Đăk mi 4', 'phim Em chưa 18') may be a verb ('Messi ghi
        2'): the name must then come again so.  Not when a unit, a counted noun or a
        scale word follows, nor in a cell of a table or a tally ('Mexico 2 1 1 0', 'Hà
        Nội 2-1', 'Hoàng Mai 253, Hai Bà Trưng 111, Thanh Xuân 84'), nor a minute (46')."""
        text = self.text
        if end - start > 3 or not text[start:end].isdigit() or text[start - 1 : start] != " ":
            return False
        words = two_words_before(text, max(self.floor, start - _NAME_LOOK_BACK), start)
        if words is None:
            return False
        before, last = words.groups()
        after = text[end : end + 3].lstrip(" \t")[:1]
        if after.isdigit() or after in _NOT_A_NAME_END or amount_follows(text, end):
            return False
        if _TALLY_BEFORE.search(text, max(0, words.start() - 8), words.start()):
            return False
        if _TALLY_AFTER.match(text, end):
            return False
        if _is_name_word(last):
            if not _inside(text, words.start(2)) or (last + (before or "")).isascii():
                return False  # "Tượng Phúc - Lộc - Thọ 3 bức": a heading
            if last.lower() in _VERBS_BEFORE or last.lower() in _FUNCTION_WORDS:
                return False  # "… mùa Hè này Chỉ 1 CLB": a heading glued to the text
            return self._ends_phrase(end) or self._named_again(last, start, end)
        if before is None or not last.islower() or not _is_name_word(before):
            return False
        if last in _VERBS_BEFORE or not _inside(text, words.start(1), quote=True):
            return False  # "Khởi tố 6 nguyên lãnh đạo": a sentence's first word
        return self._named_again(f"{before} {last}", start, end)

    def _named_again(self, name: str, start: int, end: int) -> bool:
        """The text writes 'NAME N' elsewhere, followed by another word or mark."""
        text = self.text
        spaced = r"[ \t]+".join(re.escape(word) for word in name.split())
        pattern = rf"(?<![^\W_]){spaced}[ \t]+{text[start:end]}(?![\d.,]\d|[^\W_])"
        here = _follower(text, end)
        return any(
            found.end() != end and _follower(text, found.end()) != here
            for found in re.finditer(pattern, text)
        )

    def _chainage(self, start: int, end: int) -> bool:
        """'tại Km 488+700 QL1A', 'đoạn từ Km62+500 đến Km63+600': the metres past a
        kilometre post of a road, a dyke or a railway place a point on it; the post's own
        number is read with 'km' already (the scan's floor is its end: look past it).  So
        does the number after an acronym and a plus name a group or a zone: 'ASEAN + 6',
        'nhóm P5+1', 'G19+1', 'GMT+7' ('S8 + 20,49 triệu đồng' is a price: a unit follows)."""
        text = self.text
        if text[start - 1 : start] not in ("+", " ", "\t"):
            return False
        if _CHAINAGE_BEFORE.search(text, max(0, start - 14), start) is not None:
            return True
        code = _PLUS_CODE_BEFORE.search(text, max(0, start - 12), start)
        return code is not None and end - start <= 2 and not amount_follows(text, end)

    def _hotline(self, start: int, end: int) -> bool:
        """'Cảnh sát 113 Công an Khánh Hòa', 'thấy cảnh sát 113 xuất hiện', 'gọi cấp cứu 115
        đến': an emergency number after its service or a call names the line, unless a
        counted noun follows ('có 113 cảnh sát', 'cảnh sát 113 người')."""
        text = self.text
        if text[start:end] not in _HOTLINES:
            return False
        if _HOTLINE_BEFORE.search(text, max(self.floor, start - 40), start) is None:
            return False
        return not amount_follows(text, end)

    def _numbered_area(self, start: int, end: int) -> bool:
        """'Tòa phúc thẩm khu vực 9 ở', 'tổ 19, khu vực 5,', 'Hải quan ... khu vực 1 cho
        biết': a number of one or two digits right after 'khu vực' that closes its phrase
        names the area; 'khu vực 5 phường' counts wards and 'khu vực 1990-2002 Usd/tấn',
        'khu vực Tây Nguyên 21 - 24 độ C' are amounts."""
        text = self.text
        if end - start > 2 or not text.endswith(_AREA_WORDS, max(0, start - 8), start):
            return False
        if text[end : end + 3].lstrip(" \t")[:1] in _RANGE_JOINERS:
            return False
        return not amount_follows(text, end) and self._ends_phrase(end)

    def _border_marker(self, start: int, end: int) -> bool:
        """'cột mốc 423 do phía bạn cắm': a border marker's number names it.

        A milestone counts something ('cột mốc 500 trận đấu', 'cột mốc 20 năm'):
        the marker is only a number that closes its phrase.
        """
        text = self.text
        if not text.endswith(_MARKER_WORDS, max(self.floor, start - 14), start):
            return False
        following = WORD_AFTER.match(text, end)
        return self._ends_phrase(end) or (following is not None and following.group(1) == "do")

    def _volume(self, start: int) -> bool:
        """'thực hiện album Vol.09', 'vở đại vũ kịch Sắc màu tuổi thơ vol.2': a volume's number."""
        return self.text.endswith(_VOLUME_WORDS, max(0, start - 4), start)

    def _sub_marker(self, start: int, end: int) -> Mention | None:
        """'khu vực sông biên giới mốc 1371(2)', 'mốc 1366(2)': a border marker with its
        sub-marker in brackets names one marker; neither number counts anything."""
        text = self.text
        if text[end : end + 1] != "(" or not text.endswith(("mốc ", "Mốc "), 0, start):
            return None
        sub = _SUB_MARKER.match(text, end)
        return identifier(text, start - 4, sub.end()) if sub is not None else None

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
        if _INSTITUTION.search(window) is not None and self._ends_phrase(end):
            return identifier(text, start, end)
        return None

    def _capitalised_inside(self, cue_start: int) -> bool:
        """'Cách mạng Tháng 8': a capitalised cue word inside a sentence belongs to a name."""
        text = self.text
        if not text[cue_start].isupper():
            return False
        before = text[max(0, cue_start - 3) : cue_start].rstrip(' \t"“(')
        return bool(before) and before[-1].isalpha()
