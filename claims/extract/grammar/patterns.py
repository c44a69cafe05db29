"""The compiled regexes of the grammar, built once at import.

Two scanners run side by side over the text: one anchored on digits, one on
words (number words, "quý III", "Đại hội XIII", "hàng trăm").  Each match is
a numeric *core*; the words before it (hedges, cues) are read from a short
look-back window and the words after it (units, a range's second half, "trở
lên") by anchored ``match`` calls, so the whole text is scanned once by each
scanner and never backtracks over more than a phrase.
"""

from __future__ import annotations

import re

from claims.extract.grammar import dates, identifiers
from claims.extract.grammar.lexicon import (
    DATE_CUES,
    HEDGES,
    IDENTIFIER_CUES,
    SCORE_CUES,
    SHARE_CUES,
    SPACE,
    TRAILING_HEDGES,
    YEAR_CUES,
    alt,
)
from claims.extract.grammar.number_words import DIGIT_WORD, HUNDREDS, WORD_NUMBER
from claims.extract.grammar.numbers import DIGIT_NUMBER
from claims.extract.grammar.units import CURRENCY_PREFIX, NOUN_AFTER, PER, UNIT

_S = SPACE + "+"
_END = r"(?![^\W_])"
_SCALE_WORD = r"(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ|trăm|chục)"

SCALE = (
    rf"(?:(?:k|K|M)(?![^\W_])"
    rf"|(?:{_S}{_SCALE_WORD}{_END})+(?:{_S}(?:\d+|{HUNDREDS}){_S}{_SCALE_WORD}{_END})*"
    rf"(?:{_S}rưỡi{_END})?)"
)
"""After digits: '10K', '1,2M', ' triệu', ' triệu 200 nghìn', ' triệu rưỡi'."""

DECIMAL_WORDS = rf"(?:{_S}(?:phẩy|chấm){_S}(?:\d+|{DIGIT_WORD}{_END}))"
"""'2 chấm 23', 'hai phẩy 23', 'một chấm ba'."""

DIGIT_QUANTITY = (
    rf"(?P<quantity>(?P<num>{DIGIT_NUMBER})(?P<dec>{DECIMAL_WORDS})?(?P<scale>{SCALE})?)"
)

DIGIT_SCAN = re.compile(
    "|".join(
        [
            identifiers.PLATE,
            identifiers.DOCUMENT,
            identifiers.PHONE,
            dates.DAY_MONTH_YEAR,
            dates.CLOCK,
            dates.HOURS,
            dates.DAY_MONTH_WORDS,
            dates.DAY_MONTH_SLASH,
            DIGIT_QUANTITY,
        ]
    )
)
"""Every branch starts with a digit (or '+84', ',77')."""

QUANTITY_ONLY = re.compile(DIGIT_QUANTITY)
"""Re-read a span as a plain quantity when a date-like branch does not fit."""

_VAGUE = (
    rf"(?P<vague>(?P<vague_lead>[Hh]àng|[Vv]ài|[Mm]ấy|[Dd]ăm){_S}"
    rf"(?P<vague_scale>{_SCALE_WORD}(?:{_S}(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ))?){_END})"
)
_HALF = rf"(?P<half>[Mm]ột{_S}nửa{_END})"
_WORD_FRACTION = rf"(?P<wfrac>(?P<wfrac_a>{DIGIT_WORD}|\d+){_S}phần{_S}(?!trăm)(?P<wfrac_b>{DIGIT_WORD}|tư|\d+){_END})"
_TIMES_WORDS = alt(["đôi", "rưỡi", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"])
_MULTIPLE_WORDS = rf"(?P<multiple>[Gg]ấp{_S}(?P<multiple_n>{_TIMES_WORDS}){_END}(?:{_S}lần{_END})?)"
_ORDINAL_WORDS = rf"(?P<ordinal>(?:[Tt]hứ{_S}nhất|đầu{_S}tiên){_END})"
WORD_QUANTITY = rf"(?P<wquantity>(?P<wnum>{WORD_NUMBER})(?P<wdec>{DECIMAL_WORDS})?)"

WORD_SCAN = re.compile(
    r"(?<![^\W_])(?:"
    + "|".join(
        [
            dates.QUARTER,
            dates.MONTH_IN_WORDS,
            identifiers.ROMAN,
            _VAGUE,
            _HALF,
            _WORD_FRACTION,
            _MULTIPLE_WORDS,
            _ORDINAL_WORDS,
            WORD_QUANTITY,
        ]
    )
    + ")"
)
"""Every branch starts with a word at a word boundary."""

UNIT_TAIL = re.compile(rf"{UNIT}?{PER}?")
"""The unit (and 'per' unit) right after a number; may match empty."""

NOUN_TAIL = re.compile(NOUN_AFTER)

RANGE_TAIL = re.compile(
    rf"(?P<conn>{SPACE}*[-–—~]{SPACE}*|{_S}(?:đến|tới|và){_S})"
    rf"(?:(?P<cur2>{CURRENCY_PREFIX}){SPACE}?)?"
    rf"(?P<num2>{DIGIT_NUMBER}|{WORD_NUMBER}{_END})(?P<dec2>{DECIMAL_WORDS})?(?P<scale2>{SCALE})?"
)
"""The second half of a range: ' – 50.000', ' đến 5', '-VND2000'."""

TRAILING_HEDGE = re.compile(rf"{_S}(?P<trailing>{alt(TRAILING_HEDGES, capitalised=False)}){_END}")

MINOR_MONEY = re.compile(
    rf"(?:{_S}và)?{_S}(?P<minor>\d{{1,2}}(?![\d.,])|{HUNDREDS}{_END})"
    rf"(?:{SPACE}*(?P<minor_unit>xen|xu|cents?){_END}|(?={SPACE}*(?:$|[^\w\s])))"
)
"""The cents of a spoken amount: 'hai đô 23', '2 đô la và 23 xen'."""

MONTH_YEAR_TAIL = re.compile(dates.MONTH_YEAR_AFTER)

LOOKBACK_CHARS = 40

LOOKBACK = re.compile(
    "(?:"
    + "|".join(
        [
            rf"(?P<hedge>{alt(HEDGES)}){_S}(?:(?P<hedge_from>[Tt]ừ){_S})?",
            rf"(?P<from>[Tt]ừ|[Gg]iữa){_S}",
            rf"(?P<clock_cue>[Ll]úc|[Vv]ào{_S}lúc){_S}",
            rf"(?P<currency>(?<![^\W_]){CURRENCY_PREFIX})(?P<currency_gap>{SPACE})?",
            rf"(?P<negative>(?<![\w.,])-|[Ââ]m{_S})",
            rf"(?P<multiple>[Gg]ấp{_S})",
            rf"(?P<ordinal>(?<![^\W_])[Tt]hứ{_S}|(?<![^\W_])[Hh]ạng{_S})",
            rf"(?P<year>(?<![^\W_]){alt(YEAR_CUES)}{_S})",
            rf"(?P<month>(?<![^\W_])[Tt]háng{_S})",
            rf"(?P<date>(?<![^\W_]){alt(DATE_CUES)}{_S}|\()",
            rf"(?P<score>(?<![^\W_]){alt(SCORE_CUES)}{_S})",
            rf"(?P<share>(?<![^\W_]){alt(SHARE_CUES)}{_S})",
            r"(?P<identifier>(?<![^\W_])(?<!tổng\s)(?<!Tổng\s)(?<!con\s)(?<!Con\s)"
            rf"{alt(IDENTIFIER_CUES)}{SPACE}*(?:số{_S}|{_S}|(?<=:)))",
            r"(?P<attached>(?<![^\W_])[^\W\d_]+-?)",
        ]
    )
    + ")$"
)
"""Cue words right before a number, read from a short window ending at it."""

DATE_CUE_WORDS = frozenset(w.lower() for w in DATE_CUES) | {"("}
CLOCK_CUE_WORDS = frozenset({"lúc", "vào lúc", "từ", "đến", "tới", "khoảng", "vào"})
DAY_CUE_WORDS = frozenset({"ngày", "mồng", "mùng", "hôm"})
