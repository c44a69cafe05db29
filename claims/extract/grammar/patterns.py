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
from claims.extract.grammar.alternation import SPACE, alt, reversed_alt
from claims.extract.grammar.cue_words import (
    DATE_CUES,
    DRAW_CUES,
    EPISODE_CUES,
    GRADE_CUES,
    IDENTIFIER_CUES,
    LEVEL_CUES,
    NOT_A_DRAW_BEFORE,
    NOT_A_LEVEL_BEFORE,
    NOT_AN_EPISODE_BEFORE,
    ROMAN_CUES,
    SCORE_CUES,
    SHARE_CUES,
    YEAR_CUES,
)
from claims.extract.grammar.hedge_words import HEDGES, TRAILING_HEDGES
from claims.extract.grammar.number_words import (
    DIGIT_WORD,
    HUNDREDS,
    MILLION,
    NOT_A_SCALE,
    WORD_NUMBER,
)
from claims.extract.grammar.numbers import DIGIT_NUMBER
from claims.extract.grammar.numeral_words import DIGIT_WORDS
from claims.extract.grammar.unit_words import CURRENCY_PREFIXES
from claims.extract.grammar.units import CURRENCY_PREFIX, NOUN_AFTER, PER, UNIT

_S = SPACE + "+"
_END = r"(?![^\W_])"
_B = _END
_SCALE_WORD = rf"(?:nghìn|ngàn|vạn|{MILLION}|(?:tỷ|tỉ){NOT_A_SCALE}|trăm|chục|lakh|c(?:o)?rore)"

_GLUED_SCALE = rf"(?:{MILLION}|(?:tỷ|tỉ){NOT_A_SCALE})"
SCALE = (
    rf"(?:(?:k|K|M)(?![^\W_])"
    rf"|(?:{_S}{_SCALE_WORD}{_END}|{_GLUED_SCALE}{_END})(?:{_S}{_SCALE_WORD}{_END})*"
    rf"(?:{_S}(?:\d+|{HUNDREDS}){_S}{_SCALE_WORD}{_END})*"
    rf"(?:{_S}rưỡi{_END})?)"
)
"""After digits: '10K', '1,2M', ' triệu', ' triệu 200 nghìn', ' triệu rưỡi', and 'triệu' or
'tỷ' glued to them ('3 - 5triệu đồng', 'trị giá 1triệu USD'): a typing slip, a scale all
the same, where a glued 'nghìn' or 'trăm' is not seen."""

DECIMAL_WORDS = rf"(?:{_S}(?:phẩy|chấm){_S}(?:\d+|{DIGIT_WORD}{_END}))"
"""'2 chấm 23', 'hai phẩy 23', 'một chấm ba'."""

DIGIT_QUANTITY = (
    rf"(?P<quantity>(?P<num>{DIGIT_NUMBER})(?P<dec>{DECIMAL_WORDS})?(?P<scale>{SCALE})?)"
)

VULGAR_FRACTIONS = {"½": (1, 2), "¼": (1, 4), "¾": (3, 4), "⅓": (1, 3), "⅔": (2, 3)}
"""'½ thìa': a fraction printed as one character, found by ``WORD_START``."""

METRES_AND_CENTIMETRES = r"(?P<height>(?P<height_m>\d)m(?P<height_cm>\d{2}|[4-9])(?![^\W_]|[.,]\d))"
"""'1m78', '1m7': a height in metres and centimetres, 1.78 m and 1.7 m ('1m2' and
'1m3' stay square and cubic metres)."""

RATIO = r"(?P<ratio>\d{1,2}:\d(?![\d:]))"
"""'16:9', '4:3': an aspect ratio; a clock time prints its minutes with two digits."""

APERTURE = (
    r"(?P<aperture>(?:(?<=[fF]/)\d{1,2}(?:[.,]\d)?|(?<=[fF])(?<![^\W_][fF])\d{1,2}[.,]\d)"
    r"(?![\d.,]\d|[^\W_]|[ \t]*[-–]))"
)
"""'khẩu độ f/2.0', 'f/1.7', 'f2.0': a lens's aperture, one f-number ('f/4-5.6' is a range)."""

DIGIT_BRANCHES = (
    APERTURE,
    dates.ISO_DATE,
    identifiers.PLATE,
    identifiers.ADDRESS,
    identifiers.DOCUMENT,
    identifiers.PHONE,
    identifiers.NUMBER_RUN,
    identifiers.ODDS,
    dates.DAY_MONTH_YEAR,
    dates.CLOCK_RUN,
    dates.CLOCK,
    dates.HOURS,
    dates.HALF_PAST,
    dates.DAY_MONTH_WORDS,
    dates.DAY_MONTH_SLASH,
    identifiers.FORMATION,
    identifiers.DOTTED,
    RATIO,
    METRES_AND_CENTIMETRES,
    DIGIT_QUANTITY,
)
"""The digit scan's branches, in the order they are tried; each is one named group."""

DIGIT_SCAN = re.compile("|".join(DIGIT_BRANCHES))
"""Every branch starts with a digit; matched only at the runs of digits that
``word_starts.candidates`` finds, with only the branches the character after the run
allows (``digit_scans``)."""

QUANTITY_ONLY = re.compile(DIGIT_QUANTITY)
"""Re-read a span as a plain quantity when a date-like branch does not fit."""

_VAGUE = (
    rf"(?P<vague>(?P<vague_lead>[Hh]àng|[Vv]ài|[Mm]ấy|[Dd]ăm|(?<![Kk]ể )(?<![Hh]ơn )[Cc]ả){_S}"
    rf"(?P<vague_scale>{_SCALE_WORD}"
    rf"(?:{_S}(?:nghìn|ngàn|vạn|triệu|(?:tỷ|tỉ){NOT_A_SCALE}){_END}){{0,2}}){_END})"
)
"""'hàng trăm người', 'vài chục triệu đồng', 'hàng chục nghìn tỷ đồng' (tens of thousands of
billions: the two scale words after the first are one order of magnitude); 'cả trăm năm tuổi'
says 'hàng' (tests/gold/dev20, read only before a measure, a span or an age: ``vague_amounts``),
but not 'kể cả' (including) nor 'hơn cả' (more even than: 'hơn cả vạn lời yêu thương')."""
_BARE_VAGUE = rf"(?P<bvague>(?:[Tt]răm|[Cc]hục){_S}(?:nghìn|ngàn|triệu|tỷ|tỉ){_END})"
"""'doanh thu trăm tỉ', 'Rolls-Royce Ghost chục tỷ': 'hàng trăm tỉ' said without 'hàng'."""
_HALF = rf"(?P<half>[Mm]ột{_S}nửa{_END})"
_WORD_FRACTION = (
    rf"(?P<wfrac>(?P<wfrac_a>{DIGIT_WORD}|\d+){_S}phần{_S}"
    rf"(?!trăm)(?P<wfrac_b>{DIGIT_WORD}|tư|\d+){_END}(?<!năm(?={_S}\d)))"
)
"""'một phần ba', '2 phần 3'; not 'được phục dựng một phần năm 2002' (in part, in the year
2002: 'năm' before digits names a year)."""
_TIMES_WORDS = alt(["đôi", "rưỡi", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"])
WORD_QUANTITY = rf"(?P<wquantity>(?P<wnum>{WORD_NUMBER})(?P<wdec>{DECIMAL_WORDS})?)"

WORD_SCAN = re.compile(
    "|".join([dates.QUARTER, _VAGUE, _BARE_VAGUE, _HALF, _WORD_FRACTION, WORD_QUANTITY])
)
"""Matched only at the word starts ``WORD_START`` proposes."""

_FIRST_WORDS = [
    *(w for w in DIGIT_WORDS if w != "không"),
    "mười",
    "hàng",
    "cả",
    "vài",
    "mấy",
    "dăm",
    "quý",
    "đôi",
    "rưỡi",
    "nhất",
    "nhì",
    "nửa",
    "giêng",
    "chạp",
    "tư",
    "trăm",
    "chục",
]
FIRST_WORDS = frozenset(_FIRST_WORDS)
_FIRST_WORDS += [w[0].upper() + w[1:] for w in _FIRST_WORDS]
WORD_FORMS = tuple(_FIRST_WORDS)
"""The number words a word-borne quantity may start with, lower-case and capitalised."""
_ROMAN = ROMAN_LETTERS = "IVXLC"
WORD_START = re.compile(
    "["
    + "".join(sorted({w[0] for w in _FIRST_WORDS} | set(_ROMAN) | set(VULGAR_FRACTIONS)))
    + r"](?<![^\W_].)"
    + "(?:"
    + alt({w[1:] for w in _FIRST_WORDS}, capitalised=False)
    + rf"{_B}"
    + rf"|(?<=[{_ROMAN}])[{_ROMAN}]*{_B}"
    + rf"|(?<=[{''.join(VULGAR_FRACTIONS)}]))"
)
"""Where a word-borne quantity may start: a number word, 'hàng', 'quý', a roman
numeral, a fraction character ('½')... The first letter is a character class so
that the regex engine skips to candidate letters at C speed; the rest only checks
the word's tail, and ``WORD_SCAN`` (or ``scan``) confirms the whole word."""

ROMAN_CUE_REVERSED = re.compile(rf"{_S}(?P<cue>{reversed_alt([*ROMAN_CUES, 'quý'])}){_B}")

UNIT_TAIL = re.compile(rf"{UNIT}?{PER}?")
"""The unit (and 'per' unit) right after a number; may match empty."""

NOUN_TAIL = re.compile(NOUN_AFTER)

RANGE_TAIL = re.compile(
    rf"(?P<conn>{SPACE}*[-–—~]{SPACE}*|{_S}(?:(?:cho{_S})?(?:đến|tới)|và|hoặc){_S})"
    rf"(?:(?P<hedge2>dưới|hơn|trên|gần|khoảng|chừng|ngót){_S})?"
    rf"(?:(?P<cur2>{CURRENCY_PREFIX}){SPACE}?)?"
    rf"(?P<num2>{DIGIT_NUMBER}|{WORD_NUMBER}{_END})(?P<dec2>{DECIMAL_WORDS})?(?P<scale2>{SCALE})?"
)
"""The second half of a range: ' – 50.000', ' đến 5', ' cho tới 9' (said as 'tới'), '-VND2000',
' đến dưới 24' (a hedge on the second end, read by ``ranges`` only after 'từ'), ' hoặc 3'
(one or the next)."""

TRAILING_HEDGE = re.compile(rf"{_S}(?P<trailing>{alt(TRAILING_HEDGES, capitalised=False)}){_END}")

MINOR_MONEY = re.compile(
    rf"(?:{_S}và)?{_S}(?P<minor>\d{{1,2}}(?![\d.,])|{HUNDREDS}{_END})"
    rf"(?:{SPACE}*(?P<minor_unit>xen|xu|cents?){_END}|(?={SPACE}*(?:$|[^\w\s])))"
)
"""The cents of a spoken amount: 'hai đô 23', '2 đô la và 23 xen'."""

MONTH_YEAR_TAIL = re.compile(dates.MONTH_YEAR_AFTER)

LOOKBACK_CHARS = 40

_CURRENCY_REVERSED = reversed_alt(CURRENCY_PREFIXES, capitalised=False)
LOOKBACK_REVERSED = re.compile(
    "(?:"
    + "|".join(
        [
            # Runs of branches that all open on white space share one ``_S``: the engine
            # reads the spaces once and tries the words after them in turn, where each
            # branch read them again (about a third of the match's cost at every number).
            # The same words are tried in the same order, and none starts with a space,
            # so the spaces' backtracking finds nothing more: the match is the same.
            _S
            + "(?:"
            + "|".join(
                [
                    rf"(?P<hedge_from>ừ[tT]){_S}(?P<hedge_a>{reversed_alt(HEDGES)}){_B}",
                    rf"(?P<hedge>{reversed_alt(HEDGES)}){_B}",
                    rf"(?P<from>ừ[tT]|ữai[gG]){_B}",
                    rf"(?P<clock_cue>cú[lL](?:{_S}oà[vV])?){_B}",
                ]
            )
            + ")",
            rf"(?P<currency_gap>{SPACE})?(?P<currency>{_CURRENCY_REVERSED}){_B}",
            rf"(?P<negative>-(?![\w.,/+])|{_S}m[âÂ]{_B})",
            _S
            + "(?:"
            + "|".join(
                [
                    rf"(?P<multiple>pấ[gG]){_B}",
                    rf"(?P<ordinal>ứh[tT]|gnạ[hH]|{reversed_alt(GRADE_CUES)}){_B}",
                    rf"(?P<quarter>ýu[qQ]){_B}",
                    rf"(?P<year>{reversed_alt(YEAR_CUES)}){_B}",
                    rf"(?P<month>gná[hH]t|gná[hH]T){_B}",
                ]
            )
            + ")",
            rf"(?:{_S}(?P<date>{reversed_alt(DATE_CUES)}){_B}|(?P<paren>\())",
            rf"{_S}(?:(?P<score>{reversed_alt(SCORE_CUES)}){_B}"
            rf"|(?P<share>{reversed_alt(SHARE_CUES)}){_B})",
            rf"(?:{SPACE}*:|{_S})(?:ốs{_S})?(?P<identifier>{reversed_alt(IDENTIFIER_CUES)}"
            rf"|{reversed_alt(DRAW_CUES)}(?!{_S}{reversed_alt(NOT_A_DRAW_BEFORE)}{_B})"
            rf"|{reversed_alt(LEVEL_CUES)}(?!{_S}{reversed_alt(NOT_A_LEVEL_BEFORE)}{_B})"
            rf"|{reversed_alt(EPISODE_CUES)}(?!{_S}{reversed_alt(NOT_AN_EPISODE_BEFORE)}{_B}))"
            # not "Tổng số", "tổng điểm"; nor "Con số", "với số" (only "số": "với quận 2",
            # "so với điều 22", "con hẻm 186" keep their cue); nor "trong vòng 2 giây" (within)
            rf"(?!{_S}gnổ[tT])(?!(?<=ố[sS]){_S}(?:no[cC]|iớv))"
            rf"(?!(?<=gnò[vV]){_S}gnor[tT]{_B}){_B}",
            r"(?P<attached>-?[^\W\d_]+|\.[A-Z]{1,6}(?![^\W_]))",
            rf"{_S}(?:(?P<time_rank>nầ[lL]|túh[pP]){_B}|(?P<age_cue>iổu[tT]){_B})",
        ]
    )
    + ")"
)
"""Cue words right before a number, matched on the window *reversed*.

Reading backwards from the number makes this one anchored ``match`` instead
of a search through the window."""

LOOKBACK_CHARS = 40

DATE_CUE_WORDS = frozenset(w.lower() for w in DATE_CUES) | {"("}
CLOCK_CUE_WORDS = frozenset({"lúc", "vào lúc", "từ", "đến", "tới", "khoảng", "vào"})
DAY_CUE_WORDS = frozenset({"ngày", "mồng", "mùng", "hôm"})
