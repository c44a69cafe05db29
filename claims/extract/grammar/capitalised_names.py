"""Numbers that start or close a name written in capitals: a title, an address, a film.

'hẻm 725 Trường Chinh', '“50 Sắc Thái Đen”': a number before two capitalised
Vietnamese words starts an address or a title; 'Nắng 2', 'sông Côn 2', 'Cầu Bình Phước
1': a bare number right after a capitalised word closes the name of a film, a river or
a bridge, since a Vietnamese count comes before its noun.  Capitals alone mislead
(titles and honorifics are counted: '19 Phó Tổng giám đốc'; a table's cells and a
tally of places carry counts after names: 'Hoàng Mai 253, Hai Bà Trưng 111'), so a
name that is not closed by its phrase must be written again with its number.
"""

from __future__ import annotations

import re

from claims.extract.grammar.cores import read_tail
from claims.extract.grammar.number_followers import (
    FUNCTION_WORDS,
    TWO_WORDS_AFTER,
    amount_follows,
    capital_may_follow,
    ends_phrase,
    follower,
    name_head_follows,
)
from claims.extract.grammar.scan_state import ScanState
from claims.extract.grammar.word_runs import two_words_before
from claims.extract.grammar.written_again import NUMBER_CLOSED, written

_COUNTED_TITLES = frozenset({"Phó", "Tổng", "Thứ", "Giải", "Cúp", "Siêu", "Bà", "Ông", "Mẹ"})
"""Capitalised words that are counted ('10 Phó Trưởng đoàn', '64 Mẹ Việt Nam Anh hùng')."""
_OPENING_QUOTES = ("“", '"')
_CELL_BEFORE = re.compile(r"(?:(?:\d[^\s]*|\))[ \t]*|[+-])$")
"""A figure, a bracket or a glued sign right before: a cell of a table ('72.000 0  Châu
Đức', '+1.000  Bình Phước'), whose next row's label follows the number."""
_BYLINE_AFTER = re.compile(r"(?:[ \t]+[^\W\d_]+){2,4}[ \t]*(?:\([^)\n]*\))?\s*$")
"""'... 13 1 Nguyễn Đăng' at the end of the text: the writer's name after a table's last cell."""
_LATIN_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z][A-Za-z]*)(?![^\W_])")
"""'1299 Ducati': a capitalised Latin word, no acronym ('500 MW', '300 USD')."""
_MODEL_CODE = r"(?=[A-Za-z.]*\d)[A-Z][A-Za-z\d.]*"
"""A Latin model code with a digit: 'FZ150i', 'M1'."""
_BRAND_CODE = r"(?=[A-Za-z\d.]*\d)(?=[\d.]*[A-Za-z])[A-Z\d][A-Za-z\d.]*"
"""After a brand, a code with a digit and a letter may open with the digit: 'BMW 3.0CLS'."""
_MODEL_YEAR = re.compile(
    rf"(?:19[5-9]\d|20[0-2]\d)(?=[ \t]+(?:{_MODEL_CODE}|[A-Z][A-Za-z]+[ \t]+(?:{_BRAND_CODE}"
    rf"|[A-Z][a-z]+[ \t]+\d|[A-Z][a-z]+(?=[ \t]+[A-Z\d])))(?![^\W_]))"
)
"""'2017 KTM Duke 390', '1975 BMW 3.0CLS', '2017 Yamaha FZ150i', '2018 Husqvarna Svartpilen
401': a year before a brand and a model code names the model year.  A lone acronym is no
model ('bán được 2000 BMW', '2000 DN thành lập': counts), nor a lone brand ('có 2015 Toyota')."""
_NAME_LOOK_BACK = 30
_QUOTED_TITLE_BEFORE = re.compile(r"[“\"][A-ZĐ][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,4},?[ \t]$")
"""'phim "Em chưa ', 'đảng “Những người Dân chủ ', 'hit "Untitled, ': an opening quote, a
capital and up to five words up to the number (no '1 mét 5', no '... - 1758'), not after a
colon, which opens what someone said ('nói: "Tôi có 18"')."""
_CLOSING_QUOTES = ("”", '"')
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


_REGISTRATION_AFTER = re.compile(
    r"(?:[ \t]*[-–][ \t]*|[ \t]+)(?:[A-Z]{2,3}[ \t]?\d{4,5}(?!\d)|số[ \t]+hiệu(?![^\W_]))"
)
"""'tàu Bài Thơ 68 - QN6282', 'Hải Âu 10 - QN1179', 'tàu Hải Dương 11 - số hiệu SG 99211',
'tàu du lịch Công Nghĩa 04 số hiệu đăng ký QN2040': a ship's registration after its name
and number; a score's other side has no digits glued to its letters ('Hà Nội 2 - SLNA 1')."""


_EXTENDED_AFTER = re.compile(r"[ \t]+nối[ \t]+dài(?![^\W_])")
"""'đường Tân Thới Nhì 16 nối dài': a road's extension, after the road's whole name."""


_NUMBERED_NAME_AND_COMMA = re.compile(r"([^ \t]+)[ \t]+([^ \t]+)[ \t]+\d{1,3}[ \t]*,[ \t]*$")
"""Two words, a number of up to three digits and a comma, at the end of the text searched."""


def _sibling_before(text: str, name_start: int, before: str | None, last: str) -> bool:
    """'nhiệt điện Vĩnh Tân 3, Vĩnh Tân 4 và', 'khu công nghiệp Sóng Thần 1, Sóng Thần 2
    xả': the same two-word name with another number just before, a comma between, lists
    numbered plants or parks, no tally of places with their counts ('Hoàng Mai 253, Hai
    Bà Trưng 111' names another place each time).  One fixed pattern, the words compared
    after: a pattern built from the name's words was compiled anew for every name."""
    if before is None:
        return False
    lo = max(0, name_start - len(before) - len(last) - 12)
    sibling = _NUMBERED_NAME_AND_COMMA.search(text, lo, name_start)
    return sibling is not None and sibling[2] == last and sibling[1].endswith(before)


def _inside(text: str, word_start: int, *, quote: bool = False) -> bool:
    """A word inside a sentence: a word, not a mark, stands before it (or, with
    ``quote``, a closing quote: 'tác phẩm "doanh thu trăm tỉ” Em chưa 18')."""
    before = text[max(0, word_start - 3) : word_start].rstrip(" \t")[-1:]
    return before.isalpha() or (quote and before in ("”", '"'))


def _is_name_word(word: str) -> bool:
    """'Trường', 'Sắc': a capital then lower case ('FA', 'HCV' are acronyms)."""
    return len(word) > 1 and word[0].isupper() and not word[1:].isupper()


class CapitalisedNames(ScanState):
    """Checks that a number starts or closes a name written in capitals (a mixin of the scanner)."""

    def _starts_a_name(self, start: int, end: int) -> bool:
        """'hẻm 725 Trường Chinh', '“50 Sắc Thái Đen”': a number before two capitalised
        words starts a street address or the title of a work, wherever it stands; a
        count is followed by the lower-case noun it counts.

        Acronyms ('5 FA Cup') and Latin words ('2 Champions League': trophies, models)
        are names that numbers do count, so one of the words must be Vietnamese, unless
        an opening quote marks a title ('“50 Shades Of Grey'); titles and honorifics
        capitalised inside a sentence are counted too ('19 Phó Tổng giám đốc'), and so
        is a cell of a table, followed by the next row's label or the writer's name."""
        if not capital_may_follow(self.text, end):  # both readings need a capital next
            return False
        if _CELL_BEFORE.search(self.text, max(0, start - 16), start):
            return False
        if (
            end - start >= 3
            and self.text[start:end].isdigit()
            and (self._model_said_again(start, end) or _MODEL_YEAR.match(self.text, start))
        ):
            return True
        words = TWO_WORDS_AFTER.match(self.text, end)
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
        Only bare digits: '152.500 Peso' is an amount in a currency the units miss."""
        text = self.text
        word = _LATIN_WORD_AFTER.match(text, end)
        if word is None or read_tail(text, end).unit_found:  # "1241 Usd/Oz", "650 Nm"
            return False
        # where '(?<![\w.,])NUMBER[ \t]+NAME(?![^\W_])' matches (written_again)
        return any(
            at != start
            and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_.,"))
            and not text[stop : stop + 1].isalnum()
            for at, stop in written(text, (text[start:end], word.group(1)))
        )

    def _closes_a_name(self, start: int, end: int) -> bool:
        """'Teaser mới của Nắng 2 mở đầu', 'Hàm Cá Mập 2 và 3', 'sông Côn 2,', 'Cầu Bình
        Phước 1 nơi': a bare number of up to three digits right after a capitalised
        Vietnamese word inside a sentence closes the name of a film, a river, a bridge or
        a plant: a Vietnamese count comes before its noun ('3 người'), seldom after a name.
        The number must close its phrase (punctuation, a capital, a function word, or a
        noun heading the name of where it is: 'Vĩnh Tân 1 tỉnh Bình Thuận'), or the
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
        after = text[end : end + 3].lstrip(" \t")[:1]
        registered = _REGISTRATION_AFTER.match(text, end) is not None  # "Bài Thơ 68 - QN6282"
        if not registered and (after.isdigit() or after in _NOT_A_NAME_END):
            return False
        placed = (  # "Vĩnh Tân 1 tỉnh Bình Thuận", "đường Tân Thới Nhì 16 nối dài"
            registered
            or name_head_follows(text, end)
            or _EXTENDED_AFTER.match(text, end) is not None
        )
        if amount_follows(text, end) and not placed:
            return False
        words = two_words_before(text, max(self.floor, start - _NAME_LOOK_BACK), start)
        if words is None:
            return False
        before, last = words.groups()
        sibling = _sibling_before(text, words.start(), before, last)  # "Vĩnh Tân 3, Vĩnh Tân 4"
        placed = placed or sibling
        tally = _TALLY_BEFORE.search(text, max(0, words.start() - 8), words.start())
        if tally and not (registered or sibling):
            return False
        if _TALLY_AFTER.match(text, end):
            return False
        if _is_name_word(last):
            if not _inside(text, words.start(2)) or (last + (before or "")).isascii():
                return False  # "Tượng Phúc - Lộc - Thọ 3 bức": a heading
            if last.lower() in _VERBS_BEFORE or last.lower() in FUNCTION_WORDS:
                return False  # "… mùa Hè này Chỉ 1 CLB": a heading glued to the text
            return ends_phrase(text, end) or placed or self._named_again(last, start, end)
        if before is None or not last.islower() or not _is_name_word(before):
            return False
        if last in _VERBS_BEFORE or not _inside(text, words.start(1), quote=True):
            return False  # "Khởi tố 6 nguyên lãnh đạo": a sentence's first word
        return self._named_again(f"{before} {last}", start, end)

    def _named_again(self, name: str, start: int, end: int) -> bool:
        """The text writes 'NAME N' elsewhere, followed by another word or mark."""
        text = self.text
        here = follower(text, end)
        # where '(?<![^\W_])NAME[ \t]+N(?![\d.,]\d|[^\W_])' matches (written_again): the
        # name's words are letters and N digits, so no two such places overlap, and every
        # one is a match of the pattern's scan
        return any(
            stop != end
            and not text[at - 1 : at].isalnum()
            and NUMBER_CLOSED.match(text, stop) is not None
            and follower(text, stop) != here
            for at, stop in written(text, (*name.split(), text[start:end]))
        )

    def _capitalised_inside(self, cue_start: int) -> bool:
        """'Cách mạng Tháng 8': a capitalised cue word inside a sentence belongs to a name."""
        text = self.text
        if not text[cue_start].isupper():
            return False
        before = text[max(0, cue_start - 3) : cue_start].rstrip(' \t"“(')
        return bool(before) and before[-1].isalpha()

    def _closes_a_quoted_title(self, start: int, end: int) -> bool:
        """'phim "Em chưa 18"', 'đảng “Những người Dân chủ 66” (D66)', '"Lực lượng 101",',
        'Bản hit "Untitled, 2014"': a bare number closing a quote that opened a few words
        before on a capital ends the title of a work, a party or a unit, as a count would
        not end a quotation with no noun after it."""
        text = self.text
        if end - start > 4 or not text.startswith(_CLOSING_QUOTES, end):
            return False
        lo = max(self.floor, start - 48)
        title = _QUOTED_TITLE_BEFORE.search(text, lo, start)
        if title is None or text[lo : title.start()].rstrip(" \t").endswith(":"):
            return False
        last = title.group().rstrip(" \t,").rsplit(None, 1)[-1].lower()
        return last not in _VERBS_BEFORE  # "Chúng tôi bắt được 5": a count said
