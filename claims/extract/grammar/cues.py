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
            return _NO_CUE
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


_BARE_WORDS = frozenset({"trên", "ước", "quanh", "xung quanh", "vượt"})
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


def _no_hedge(text: str, cue_start: int, word: str) -> bool:
    """'trên' meaning 'on' or 'out of', 'ước' inside another word, 'quanh' meaning
    'round' ('xoay quanh 6 bạn trẻ', 'quanh hai bắp đùi'), 'vượt' naming the margin a target
    is beaten by ('vượt 12% so với kế hoạch'): no hedge at all."""
    if word in ("quanh", "xung quanh"):
        return _LEVEL_AFTER.match(text, cue_start + len(word) + 1) is None
    if word == "vượt":
        return _MARGIN_AFTER.match(text, cue_start + len(word) + 1) is not None
    lo = max(0, cue_start - 16)
    if word == "ước":
        before = text[lo:cue_start].split()
        return bool(before) and before[-1].lower() in _COMPOUND_UOC
    if _ON_BEFORE.search(text, lo, cue_start) is not None:
        return True
    number = cue_start + len(word) + 1
    if _OUT_OF_BEFORE.search(text, lo, cue_start) is None:
        return False
    return _COUNTED_AFTER.match(text, number) is not None
