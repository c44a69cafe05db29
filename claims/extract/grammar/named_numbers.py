"""Numbers that name or rank things, told from the words around them.

A rank after "vị trí số", the "1" of a rate written "/1 tháng", "1 trong 2" (one of
two), a list item's number, a person named in full with a number word ("Võ Hữu Ba"),
and ``_named_number``, which a plain number asks first.  A year glued to a name, a
law's year or a model year is told in ``named_years``, an event's edition in
``event_editions``, a model after a Latin name in ``model_numbers``, and numbers
inside the name of a place or a work in ``named_places``: ``NamedNumbers`` builds on
them all.  Centuries are in ``centuries``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.grammar.char_classes import VIETNAMESE_CAPITAL
from claims.extract.grammar.cores import read_tail
from claims.extract.grammar.cue_words import TITLE_CUES
from claims.extract.grammar.event_editions import EventEditions
from claims.extract.grammar.model_numbers import ModelNumbers
from claims.extract.grammar.named_places import NamedPlaces
from claims.extract.grammar.named_years import NamedYears
from claims.extract.grammar.number_followers import CLOSERS, amount_follows
from claims.extract.grammar.patterns import NOUN_TAIL
from claims.extract.grammar.written_again import words_back, written
from claims.model import Mention

_ONE_OF = re.compile(r"[ \t]+trong(?:[ \t]+số)?[ \t]+(?:\d|các(?![^\W_])|những(?![^\W_]))")
_CHOOSES = re.compile(r"(?<![^\W_])(?:là|chọn|thành)[ \t]+$")
"""'chọn 1 trong 2 chế độ', 'là 1 trong 10 ...': one picked from a set, no count of one."""
NAMING_BEFORE = ("vàng ", "chấm ")
_RANK_HOLDER = re.compile(
    r"(?:vị trí|ngôi vị|xếp hạng|[Hh]ạt giống|tay vợt|kẻ thù|đứng|ứng cử viên|ứng viên|[Cc]ựu"
    r"|lựa chọn|thủ môn|thủ thành)[ \t]+$"
)
_RANKED_IN = re.compile(r"[ \t]+thế giới(?![^\W_])")
"""'công ty công nghệ số 1 thế giới': a rank in the world, whoever holds it."""
_THRONE_BEFORE = re.compile(r"(?<![^\W_])ngôi[ \t]+$")
"""'vươn lên ngôi số 1 thế giới': the top spot as a goal or a title, no rank stated."""
_RANK_LOOK_BACK = 16
_AMOUNT_WORD_BEFORE_SLASH = re.compile(
    r"(?<![^\W_])(?:đồng|VNĐ|VND|USD|nghìn|ngàn|triệu|tỷ|tỉ|lần|phút|giờ|ngày|kg|km|mã lực"
    r"|ruble|euro|yên)/$"
)
"""An amount's unit or scale word right before the slash of '/1 con'."""
_ITEM_OPENERS = (". ", ": ", "; ", "? ", "! ", "” ", '" ')
"""What ends the text before a bracketed list label: a sentence, a colon, an item."""
_SPACED_ITEM_BEFORE = re.compile(r"[.:!?)][ \t]{2,}$")
"""'Ảnh minh họa.  2. Tuổi Mùi': the double space pages leave where a paragraph ended."""
_SPACED_LOOK_BACK = 6
_WORD_SPACED_BEFORE = re.compile(r"[^\W\d_][ \t]{2,}$")
"""'Trump thông báo về lệnh cấm nhập cảnh  2. Barack Obama', 'thu hoạch quanh năm  1. Chuẩn
bị dụng cụ': a caption or a heading whose line break the page turned into two spaces, before
the next item's label and its capital; a count is never spaced off from the word before it."""
_GLUED_ITEM_BEFORE = re.compile(r"(?:\A|[\n.:;,!?)\"”]|(?<![^\W_])Ảnh)[ \t]*\Z")
"""What stands before a list label glued to its item ('3.Thủ tục', 'Nga: 1.Igor Akinfeev,
5.Viktor Vasin', '” 13.Vin Diesel:', 'Ảnh 3.Bà là'): the end of a sentence, an item or a
quote, or a photo's caption word; 'giá tăng 5.Trong khi' (a lost space) keeps its count."""
_LABEL_AFTER_LINE_END = re.compile(
    r"(?:[.!?…][”\"’]|(?<![^\W_])(?=[A-Z\d]*[A-Z])(?=[A-Z\d]*\d{3})[A-Z\d]{6,}"
    r"|(?<![\d.])0\d{2,3}[.]?\d{3}[.]?\d{3,4}|(?<![^\W_])Ảnh:[ \t]*[A-Z]{2,})[ \t]+$"
)
"""What ends a line whose break a page lost, before the next item's label and a capital:
a quoted sentence ('... sự sợ hãi.” 2. Chấp nhận'), a code or a telephone number that
closes a line of bank details or an address ('Swift code: ICBVVNVX126 3. Hoặc', 'SĐT
0127.8347007 2. Ủng hộ'), or a photo's credit ('Ảnh: AFP 1. Qatar'): nothing there can be
counted by the number after it."""
_LABEL = rf"(?<![\d.,/]){{}}\.[ \t]?{VIETNAMESE_CAPITAL}"
"""A list label: the number, its point and the capital opening the item, accented or not
('2. Ủng hộ qua Báo …', '2. Ông …')."""
_LABEL_PATTERNS_KEPT = 256
"""How many numbers' ``_LABEL`` patterns stay compiled (most recently met first)."""
_RUN_REACH = 400
"""How far the neighbouring label is looked for: an item of a few sentences."""
_ITEM_LABELS = (
    "Lần", "Trận", "Ảnh", "Hình", "Bài", "Đoạn", "Tập", "Thứ", "Cách", "Mẹo", "Clip", "Video", "Kỳ"
)  # fmt: skip
_ITEM_LABEL_BEFORE = re.compile(
    r"(?:(?<=[\n.!?;:)\]])|(?<![\s\S]))[ \t]*" rf"(?P<label>{'|'.join(_ITEM_LABELS)})[ \t]+$"
)
_ITEM_LABEL_AFTER = re.compile(r"(?:[ \t]*[:.]|[ \t]+[-–])[ \t]+(?=\w)")
"""'Lần 2: Ngày 23-3-2013, vỡ tại …', 'Trận 1: 18h ngày 22/5', 'Thứ 8. Giấy tờ …', 'Ảnh 1:
Obama …', 'Bài 2 - Cần chế tài mạnh': a label and a number opening a sentence and closed by
a colon, a point or a dash before a capital or a digit name the item that follows."""
_DASHED_ITEM_AFTER = re.compile(r"[ \t]?[-–][ \t]+[A-ZĐ]")
_CAPITALS_BEFORE = re.compile(r"(?<![^\W_])[A-ZĐÀ-ỸÁ-Ỹ]{2,}[ \t]+$")
"""A heading's last word in capitals ('NGUYÊN NHÂN ', 'CHỦ YẾU ', 'THỰC HIỆN ')."""
_SENTENCE_END_BEFORE = re.compile(r"[.!?][ \t]*\Z")
"""'chủ trì kỳ họp.  1- Xem xét', 'hoàn trả vốn vay.3- Có vốn': a dashed label opening
the sentence after a full stop, as after ':' or ';'."""


_SURNAMES = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đoàn Lâm "
    "Mai Trịnh Đào Cao Lương Tạ Hà Thái Tô Châu Quách Vương Kiều Triệu Lưu Phùng Tăng La"
)
_FULL_NAME_WORDS = (
    rf"(?<![^\W_])(?:{'|'.join(_SURNAMES.split())})[ \t]+(?:[A-ZĐ][^\W\d_]*[ \t]+){{1,2}}"
)
"""A Vietnamese full name before its last word: a surname, then one or two capitalised
words ('Võ Hữu Ba', 'Nguyễn Đức Sáu'; 'Biển Đông Hai học giả' names no one)."""
_FULL_NAME_BEFORE = re.compile(_FULL_NAME_WORDS + r"\Z")
"""Searched up to a place of the last word (``endpos``): the name ends right there."""
_NAME_CLOSED = re.compile(r"(?![^\W_]|[ \t]+[A-ZĐ\d])")
_SENTENCE_ENDS = ".!?:;\n"


_WORD_AFTER = re.compile(r"[ \t]+(\w)")
_NAME_BEFORE = re.compile(
    r"(?<![^\W_])(?:[^\W\d_]*[^\W\d_a-zđà-ỹ][^\W\d_]*|ông|bà|anh|chị|cô|chú|bác|em)[ \t]$"
)
"""A capitalised word or a title right before a name: 'Phạm Văn Hai', 'ông Hai'."""


def word_is_name(text: str, start: int, end: int) -> bool:
    """A capitalised number word inside a sentence, next to a capitalised word.

    'quận Ba Đình', 'đường Phạm Văn Hai': part of a proper name.
    """
    if not text[start].isupper():
        return False
    following = _WORD_AFTER.match(text, end)
    name_before = _NAME_BEFORE.search(text, max(0, start - 12), start)
    if (following is None or not following.group(1).isupper()) and name_before is None:
        return False
    before = text[max(0, start - 3) : start].rstrip(' \t"“(')
    return bool(before) and before[-1] not in ".!?:\n"


_PART_NAMED_BY_WORD = frozenset({"phần", "tầng", "lầu"})
_INFRASTRUCTURE_BEFORE = re.compile(r"(?<![^\W_])[Hh]ạ[ \t]+$")


def part_named_by_word(text: str, cue_word: str, cue_start: int, end: int) -> bool:
    """A number word naming a part after its noun, as a digit does ('phần 2', 'tầng 2'):
    the sequel 'phần hai phim Nắng', the floor 'ngã từ tầng hai xuống đất', 'Tầng hai gồm
    ba phòng ngủ' (dev18 labels floor names identifiers).  Not before a unit or a counted
    noun ('phần hai con', 'tầng hai khu') nor after 'hạ' ('hạ tầng hai khu', works)."""
    if cue_word in TITLE_CUES:  # "phim Ba vợ cưới vợ ba": a capital opens the film's title
        return text[cue_start:end].split()[-1][:1].isupper()
    if cue_word not in _PART_NAMED_BY_WORD or amount_follows(text, end):
        return False
    lo = max(0, cue_start - 4)
    return cue_word != "tầng" or _INFRASTRUCTURE_BEFORE.search(text, lo, cue_start) is None


def named_in_full(text: str, start: int, end: int) -> bool:
    """'Võ Hữu Ba ... khi Ba rào đất': a capitalised number word inside a sentence is the
    person the text names in full with it (two or three capitalised words before it),
    when no noun it could count follows."""
    word = text[start:end]
    before = text[max(0, start - 3) : start].rstrip(' \t"“(')
    if not before or before[-1] in _SENTENCE_ENDS:
        return False  # "Ba đối tượng ...", "Năm 2016, ...": a sentence may open with a count
    if NOUN_TAIL.match(text, end) or read_tail(text, end).unit_found:
        return False
    # where FULL_NAME_WORDS + WORD + '(?![^\W_]|[ \t]+[A-ZĐ\d])' matches (written_again):
    # at a place of the word after a space that the name's two or three words end at
    return any(
        text[at - 1 : at] in (" ", "\t")
        and _NAME_CLOSED.match(text, stop) is not None
        and _FULL_NAME_BEFORE.search(text, words_back(text, at, 3), at) is not None
        for at, stop in written(text, (word,))
    )


class NamedNumbers(NamedPlaces, NamedYears, EventEditions, ModelNumbers):
    """Checks on the words around a number that make it a name, a rank or no number."""

    def _ranks(self, cue_start: int, end: int) -> bool:
        """'vị trí số 1', 'tay vợt số 1', 'ứng cử viên số 1', 'cựu số 1', 'sự lựa chọn số 1',
        'số 2 thế giới': a rank, where 'số 7' alone is a house or a lot."""
        lo = max(0, cue_start - _RANK_LOOK_BACK)
        holder = _RANK_HOLDER.search(self.text, lo, cue_start) is not None
        if holder:
            return True
        throne = _THRONE_BEFORE.search(self.text, lo, cue_start) is not None
        return not throne and _RANKED_IN.match(self.text, end) is not None

    def _per_one(self, start: int, end: int) -> bool:
        """'/1 tháng' after an amount: the 'per' of a rate, written with its one; so is
        '/1 con' after an amount's unit or scale word ('1,8 triệu/1 con', '200.000
        đồng/1 người lớn', '7 lần/1 ngày'), whatever noun it is per."""
        text = self.text
        slash = start >= 2 and text[start - 1] == "/" and not text[start - 2].isdigit()
        if not slash:
            return False
        return read_tail(text, end).unit_found or (
            _AMOUNT_WORD_BEFORE_SLASH.search(text, max(0, start - 20), start) is not None
        )

    def _named_number(self, raw: str, start: int, end: int) -> Mention | bool | None:
        """A model, an institution's number, a gold grade, or no count ('1 trong 2'); else False.

        The caller skips the common case (a number before a lower-case word,
        no 'vàng'/'chấm' before it); cheap string tests come before any regex.
        """
        text = self.text
        following = text[end : end + 2]
        if following[:1] == " " and (following[1:].isdigit() or following[1:].isupper()):
            model = self._model_with_year(start, end)
            if model is not None:
                return model
        closes = end - start <= 3 and (following[:1] in CLOSERS or following == " (")
        if closes or text.endswith("vàng ", 0, start):
            place = self._named_place(start, end)
            if place is not None:
                return place
        one_of = raw == "1" and following == " t" and text.startswith(" trong", end)
        if (one_of or text.endswith("chấm ", 0, start)) and self._not_a_count(start, end):
            return None
        return False

    def _not_a_count(self, start: int, end: int) -> bool:
        """'1 trong 2 chế độ' picks one of two; 'chấm 11 m' is the penalty spot."""
        text = self.text
        if end - start == 1 and text[start] == "1" and _ONE_OF.match(text, end):
            return _CHOOSES.search(text, max(self.floor, start - 12), start) is not None
        return text.endswith("chấm ", 0, start) and start - 5 >= self.floor

    def _item_label(self, start: int, end: int) -> int | None:
        """Where the label of a numbered item starts ('Lần 2: Ngày …', see _ITEM_LABEL_AFTER)."""
        text = self.text
        lo = max(0, start - 8)
        if end - start > 2 or not text[lo:start].rstrip().endswith(_ITEM_LABELS):
            # a cheap test first (most numbers have no label word before them), true
            # wherever _ITEM_LABEL_BEFORE may match: any run of spaces after the label
            return None
        after = _ITEM_LABEL_AFTER.match(text, end)
        if after is None:
            return None
        following = text[after.end()]
        if not (following.isupper() or following.isdigit()):
            return None
        label = _ITEM_LABEL_BEFORE.search(text, lo, start)
        return None if label is None else label.start("label")

    def _heading_item(self, start: int, end: int) -> bool:
        """'I - TÌNH HÌNH VÀ NGUYÊN NHÂN 1 - Qua hơn 30 năm', 'MỤC TIÊU 1- Quan điểm': the
        first item under a heading in capitals, numbered with a dash before a capital."""
        text = self.text
        if end - start > 2 or _DASHED_ITEM_AFTER.match(text, end) is None:
            return False
        return _CAPITALS_BEFORE.search(text, max(0, start - 12), start) is not None

    def _list_number(self, start: int, end: int, raw: str, *, bare: bool = True) -> bool:
        """'1. Chùa Hoằng Phúc': a list item's number at the start of a line or sentence;
        '1- Vụ Giáo dục Mầm non; 2- Vụ ...': one opening an item after ':' or ';';
        '... của MU. 4) Sanchez (Arsenal)', '...: (1) Thực hiện quyền': one closed by a
        bracket, opening a sentence or an item, before a capital."""
        text = self.text
        mark = text[end : end + 2]
        if len(raw) > 2:
            return False
        if mark[:1] == "." and mark[1:].isalpha() and mark[1:].isupper():
            return _GLUED_ITEM_BEFORE.search(text, max(0, start - 6), start) is not None
        if mark not in (". ", "- ", ") "):
            return False
        before = text[max(0, start - 2) : start]
        if mark == ") ":
            if before[-1:] == "(":  # "(2) Hoàng kỳ": the bracket opens the label too
                before = text[max(0, start - 3) : start - 1]
            opens_item = start <= 1 or before[-1:] == "\n" or before in _ITEM_OPENERS
            return opens_item and text[end + 2 : end + 3].isupper()
        if mark == "- ":
            opens_item = (
                start == 0
                or before[-1:] == "\n"
                or before in (": ", "; ")
                or _SENTENCE_END_BEFORE.search(text, max(0, start - 4), start) is not None
            )
            return opens_item and text[end + 2 : end + 3].isupper()
        return (
            start == 0
            or before[-1:] == "\n"
            or before in (". ", ": ", ") ", "? ", "! ")
            or before[-1:] == "("
            or _SPACED_ITEM_BEFORE.search(text, max(0, start - _SPACED_LOOK_BACK), start)
            is not None
            or (bare and _numbered_in_a_run(text, start, end, int(raw)))
            or (
                text[end + 2 : end + 3].isupper()
                and (
                    _WORD_SPACED_BEFORE.search(text, max(0, start - _SPACED_LOOK_BACK), start)
                    is not None
                    or _LABEL_AFTER_LINE_END.search(text, max(0, start - 20), start) is not None
                )
            )
        )


@lru_cache(maxsize=_LABEL_PATTERNS_KEPT)
def _label(number: int) -> re.Pattern[str]:
    """``_LABEL`` for ``number``, compiled once for each number met."""
    return re.compile(_LABEL.format(number))


def _numbered_in_a_run(text: str, start: int, end: int, number: int) -> bool:
    """'Mã đề 208 41. B 42. C 43. A' (an answer key), '8. Dậy sớm 9. Chung sức 10. Hoàng
    hôn', '... được tìm thấy 1. Người phát hiện ... 2. Trường hợp': a label run together
    with the item before it, where a page lost its line breaks, is told by its neighbours:
    the label one lower before it or one higher after it, written the same way, or its
    neighbours in a countdown (``_counted_down``).  'giá tăng 5. Trong khi đó' has no '4. '
    nor '6. ' around it and keeps its count.  Only a bare number: 'ở tuổi 43. Các nhà khoa
    học ... ở tuổi 44. Đến', 'cuối tháng 8. Note 7' are an age and a month however the
    numbers around them run."""
    if not text[end + 2 : end + 3].isupper() or text.endswith(("-", "–"), 0, start):
        return False  # "hiệu số -2. BXH": a signed figure of a table, no label
    before = text[max(0, start - _RUN_REACH) : start]
    after = text[end : end + _RUN_REACH]
    if _label(number + 1).search(after) is not None:
        return True
    if number > 1 and _label(number - 1).search(before) is not None:
        return True
    return _counted_down(before, after, number)


def _counted_down(before: str, after: str, number: int) -> bool:
    """'5. Philippe Coutinho | … 4. Mauro Icardi | … 3. Paulo Dybala': a countdown's label
    has two of its neighbours where a countdown puts them (one higher before it and one
    lower after it, or at either end two higher before or two lower after); 'giá tăng 5.
    Trong khi đó … giảm 4. Ông' has one, and both keep their counts."""
    found = [
        _label(number + 1).search(before) is not None,
        number > 1 and _label(number - 1).search(after) is not None,
    ]
    if all(found):
        return True
    if found[0]:
        return _label(number + 2).search(before) is not None
    return found[1] and number > 2 and _label(number - 2).search(after) is not None


_ITEM_CLAUSE_BEFORE = re.compile(r"(?:\A|[,;:.!?\n])[ \t]*\Z")


def opens_an_item(text: str, cue_start: int, end: int) -> bool:
    """'Thứ nhất là không có báo cáo … Thứ hai là không đề phòng', 'có 2 nhiệm vụ, thứ nhất
    là kiểm tra …, thứ hai là tăng cường …', '; thứ 2 là dòng tiền …': a rank opening a
    clause and followed by 'là' labels the point the writer makes next (firstly, secondly);
    it ranks nothing ('đứng thứ hai là Thái Lan' has its ranking verb before it)."""
    if not text.startswith(" là ", end):
        return False
    return _ITEM_CLAUSE_BEFORE.search(text, max(0, cue_start - 3), cue_start) is not None
