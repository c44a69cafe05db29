"""What the words right before a number say about it."""

from __future__ import annotations

import re
from typing import NamedTuple, cast

from claims.extract.grammar.hedge_words import HEDGES
from claims.extract.grammar.patterns import LOOKBACK_CHARS, LOOKBACK_REVERSED
from claims.model import Qualifier

_CUE_GROUPS = frozenset(
    {
        "hedge_a",
        "hedge",
        "from",
        "clock_cue",
        "currency",
        "negative",
        "multiple",
        "ordinal",
        "time_rank",
        "age_cue",
        "quarter",
        "year",
        "month",
        "date",
        "paren",
        "score",
        "share",
        "identifier",
        "attached",
    }
)


# A named tuple, not a frozen dataclass: built several times per number, at a third
# of the cost, and as immutable.
class Cue(NamedTuple):
    """The cue before a number: its kind (a LOOKBACK group name), its word and start."""

    kind: str | None
    word: str
    start: int
    qualifier: Qualifier | None = None
    from_too: bool = False  # "khoảng từ 3 đến 5": a hedge, then "từ"
    gap: bool = False  # "EUR 20": a currency code separated by a space


def look_back(text: str, start: int, floor: int) -> Cue:
    """The cue word ending right at ``start``, never reaching before ``floor``."""
    lo = max(floor, start - LOOKBACK_CHARS)
    if lo >= start:
        return _NO_CUE
    found = LOOKBACK_REVERSED.match(text[lo:start][::-1])
    if found is None:
        return _NO_CUE
    cue_start = start - found.end()
    name = found.lastgroup  # one branch matches; its cue group closes last
    if name in _CUE_GROUPS:
        raw = found.group(name)
        word = " ".join(raw[::-1].split()).lower()
        if name == "hedge" and word in _BARE_WORDS and _no_hedge(text, cue_start, word):
            return _TO_CUE._replace(start=cue_start) if word == "đến" else _NO_CUE
        if name == "hedge_a" and word == "đến":  # 'đến từ 23 quốc gia': come from
            return Cue("from", "từ", start - found.end("hedge_from"))
        if name in ("hedge", "hedge_a"):
            return Cue(
                "hedge",
                word,
                cue_start,
                qualifier=cast(Qualifier, HEDGES[word]),
                from_too=name == "hedge_a",
            )
        if name == "currency":
            return Cue(name, raw[::-1], cue_start, gap=found.group("currency_gap") is not None)
        if name == "paren":
            return Cue("date", "(", start)  # "(6.2)": a date cue, but no part of the date
        return Cue(name, word, cue_start)
    return _NO_CUE


_NO_CUE = Cue(None, "", -1)
_TO_CUE = Cue("date", "đến", -1)
"""'đến' that is no hedge is the date cue it was before it was one ('từ ngày 13-7 đến 31-8')."""

_ON_BEFORE = re.compile(
    r"(?<![^\W_])(?i:đi|dựa|ngồi|nằm|ngủ|xếp|đặt|chở|khảo[ \t]+sát|nghiên[ \t]+cứu"
    r"|thử[ \t]+nghiệm)[ \t]+$"
)
"""'đi trên 3 xe máy', 'dựa trên 4 chỉ số', 'nghiên cứu trên 120.000 người': 'trên' is 'on'."""
_OUT_OF_BEFORE = re.compile(r"(?<![\d.,/])\d{1,3}[ \t]+$")
_COUNTED_AFTER = re.compile(
    r"\d+(?:\.\d{3})*[ \t]+(?!(?:nghìn|ngàn|triệu|tỷ|tỉ|vạn|trăm|chục)(?![^\W_]))[^\W\d_A-ZĐ]"
)
"""'8 trên 9 khả năng', 'thua 1 trên 20 trận': a part out of a whole, no scale word after."""
_COMPOUND_UOC = frozenset(
    {"ao", "mong", "quy", "hiệp", "công", "khế", "mơ", "hẹn", "thề", "nguyện"}
)
"""'ao ước một ngày', 'quy ước 1 đô', 'Hiệp ước 2014', 'Công ước 1982': 'ước' in a word."""


_BARE_WORDS = frozenset({"trên", "ước", "quanh", "xung quanh", "vượt", "đến", "hơn"})
"""Hedge words that have another sense, told apart by ``_no_hedge``."""
_LEVEL_AFTER = re.compile(
    r"[\d.,]+(?:[ \t]*(?:nghìn|ngàn|triệu|tỷ|tỉ))?[ \t]*(?:%|đồng|USD|VND|[Uu]sd|điểm)(?![^\W_])"
)
"""'quanh 1.233 USD', 'quanh 2,97%': a price or a level, which 'quanh' puts about."""
_MARGIN_AFTER = re.compile(
    r"[\d.,]+[ \t]*%[ \t]+(?:so[ \t]+với|kế[ \t]+hoạch|dự[ \t]+toán|chỉ[ \t]+tiêu)(?![^\W_])"
)
"""'vượt 12% so với kế hoạch', 'vượt 9,1% kế hoạch': the margin by which a target is
beaten, stated exactly ('vượt 4% GDP' stays over 4%)."""


_PARTNER_BEFORE = re.compile(
    r"(?<![^\W_])(?i:vợ|chồng|bạn[ \t]+(?:trai|gái)|người[ \t]+(?:yêu|tình)|tình[ \t]+nhân)[ \t]+$"
)
_GAP_YEARS_AFTER = re.compile(r"[ \t]+[1-3]?\d[ \t]+tuổi(?![^\W_])")
"""'người vợ hơn 24 tuổi', 'bạn trai hơn 17 tuổi', 'người bạn gái hơn 13 tuổi': a partner
older by that many years, a gap of ages told exactly (every such 'hơn' before under 40
years in the first 10,000 open articles); 'người đàn ông hơn 80 tuổi' is an age over 80."""


def _no_hedge(text: str, cue_start: int, word: str) -> bool:
    """'trên' meaning 'on' or 'out of', 'ước' inside another word, 'quanh' meaning
    'round' ('xoay quanh 6 bạn trẻ', 'quanh hai bắp đùi'), 'vượt' naming the margin a target
    is beaten by ('vượt 12% so với kế hoạch'), 'hơn' of a partner's age gap ('người vợ hơn
    24 tuổi'): no hedge at all."""
    if word == "đến":
        return _no_up_to(text, cue_start)
    if word in ("quanh", "xung quanh"):
        return _LEVEL_AFTER.match(text, cue_start + len(word) + 1) is None
    if word == "vượt":
        return _MARGIN_AFTER.match(text, cue_start + len(word) + 1) is not None
    lo = max(0, cue_start - 16)
    if word == "hơn":
        return (
            _GAP_YEARS_AFTER.match(text, cue_start + 3) is not None
            and _PARTNER_BEFORE.search(text, lo, cue_start) is not None
        )
    if word == "ước":
        before = text[lo:cue_start].split()
        return bool(before) and before[-1].lower() in _COMPOUND_UOC
    if _ON_BEFORE.search(text, lo, cue_start) is not None:
        return True
    number = cue_start + len(word) + 1
    if _OUT_OF_BEFORE.search(text, lo, cue_start) is None:
        return False
    return _COUNTED_AFTER.match(text, number) is not None


_TO_WORDS = (
    "quan hưởng động tâm ý gửi chuyển nghĩ nói nhắc cập tròn tính dẫn đưa cho tặng trao về đi "
    "đã tới kể tìm hướng báo bố truyền vào đón thăm mời tiến để hoặc văn biết khi số mang đem "
    "nhắm hại nhưng và một hai ba bốn năm sáu bảy tám chín mười mươi chục trăm nghìn ngàn "
    "triệu tỷ tỉ"
)
_TO_NOT_UP_TO = frozenset(_TO_WORDS.split())
"""The last word of a verb 'đến' joins to its object ('liên quan đến 18 tàu', 'gửi công văn
đến 11 doanh nghiệp', 'làm tròn đến 0,25', 'cho đến', 'tính đến'): 'to', no 'up to'; and
number words, where 'đến' closes a range ('hai đến ba lần')."""
_CLAUSE_NUMBER_BEFORE = re.compile(r"(?:\d|(?<![^\W_])[Tt]ừ(?![^\W_]))[^.;:!?]*$")
"""A digit or 'từ' earlier in the clause: 'đến' closes a range ('từ 17 tuổi đến 19 tuổi',
'khoảng 15, đến 20 ca', 'từ sáu tháng đến ba năm', 'từ trên 1.000 (một nghìn) đồng đến
5.000')."""
_NUMBER_AFTER = re.compile(
    r"[ \t]+(?!(?:1[89]|20)\d\d(?!\d)"
    r"|\d{1,2}(?:[/-]\d|\.\d{1,2}(?!\d)|:\d|[ \t]*(?:h|g|giờ)(?:\d|(?![^\W_]))))"
    r"(?:\d|(?:hai|ba|bốn|sáu|bảy|tám|chín|mười)(?![^\W_]))"
)
"""A digit or a number word from two ('đến 7 bài', 'đến ba năm'), but no year, day or clock
time ('đến 2020', 'đến 31-8', 'đến 30.6', 'đến 18h00', 'đến 2 giờ'); not 'một', mostly the
article ('đến một ngày', 'chỉ đến một lần'), nor 'năm' ('đến năm 2020') or 'chục'."""


_HAS_WORDS = frozenset({"có", "chiếm"})
"""'49 trận bất bại và có đến 26 lần hạ knock-out': 'có đến' is the hedge after any number
but a 'từ' that opened a range."""
_FROM = re.compile(r"(?<![^\W_])[Tt]ừ(?![^\W_])")
_AGE_AFTER = re.compile(r"[ \t]+\S+[ \t]+tuổi(?![^\W_])")
_LATER_AFTER = re.compile(
    r"[ \t]+\S+[ \t]+(?:năm|tháng|tuần|ngày|giờ|tiếng|phút|giây)[ \t]+sau(?![^\W_])"
)
"""'đến 2 tuần sau', 'Phải chờ đến ba phút sau đó': 'not until', no bound on the span."""
_AGE_GAP_BEFORE = re.compile(r"(?<![^\W_])(?:kém|hơn)(?![^\W_])")
"""'kém Moon Hee Jun đến 13 tuổi': a gap of ages, which 'đến' puts up to."""


def _no_up_to(text: str, cue_start: int) -> bool:
    """'đến' right before a number is 'up to' ('có đến 10 tên', 'chi đến 7 tỷ đồng', 'tăng
    đến 70%', 'cải tạo không giam giữ đến ba năm'), as the development sets label 22 of the
    24 spans they open on it (the others a range, 'rộng đến 50 – 70 m', and 'đến trên
    95%'), except where it opens a sentence ('Đến 3 năm sau'), follows a verb it joins to
    its object, closes a range or comes before a date, a time, an age reached or 'sau'."""
    if text.startswith("Đ", cue_start):
        return True  # a capital 'Đến' stands for the opening of a sentence, wherever it is
    if _NUMBER_AFTER.match(text, cue_start + 3) is None:  # after 'đến'
        return True
    before = text[max(0, cue_start - 40) : cue_start]
    words = before.split()
    if not words or words[-1].endswith(","):  # 'đi bộ hơn trăm mét, đến 1 con ngõ'
        return True
    clause = _CLAUSE_NUMBER_BEFORE.search(before)
    if clause is not None and (
        words[-1].lower() not in _HAS_WORDS or _FROM.search(clause.group()) is not None
    ):
        return True
    if _AGE_AFTER.match(text, cue_start + 3) and _AGE_GAP_BEFORE.search(before) is None:
        return True  # 'Nhưng đến 16 tuổi con trai chị ...': by that age
    if _LATER_AFTER.match(text, cue_start + 3) is not None:
        return True  # 'Trump đến 2 tuần sau mới sa thải ông này': not until then
    return words[-1].lower() in _TO_NOT_UP_TO
