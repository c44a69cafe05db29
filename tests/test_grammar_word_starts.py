"""The fast candidate passes find exactly what the plain patterns find.

``word_starts.candidates`` (the candidate words and the runs of digits, in one pass)
and the bitmap classes of ``char_classes`` replace searches with ``WORD_START``,
``\\d+`` and ``\\d`` for speed; the grammar's output stays the same only if they
agree on every text and every character.
"""

from __future__ import annotations

import re
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from claims.extract.grammar import few_spans, hour_pairs, measure_pairs, minute_marks
from claims.extract.grammar.char_classes import DIGIT
from claims.extract.grammar.patterns import FIRST_WORDS, VULGAR_FRACTIONS, WORD_START
from claims.extract.grammar.word_starts import GAP_OR_DIGIT, candidates, matches_on_runs


def _searched_starts(text: str) -> list[int]:
    """The reference: search with WORD_START, keep number words, numerals, fractions."""
    starts: list[int] = []
    pos = 0
    while (candidate := WORD_START.search(text, pos)) is not None:
        word = candidate.group()
        if word.lower() in FIRST_WORDS or word.isupper() or word in VULGAR_FRACTIONS:
            starts.append(candidate.start())
        pos = candidate.end()
    return starts


_PIECES = [
    "hai", "Hai", "ba", "Ba", "bao", "năm", "Năm", "một", "chín", "chính", "đôi", "Đôi",
    "quý", "nửa", "hàng", "III", "IV", "C", "Công", "Ca", "½", "¾", "1½", " ", "  ", "\n",
    "(", "“", "-", "_", "/", "\u00a0", "\u3000", "😀", "𝟙", "𝐀", "٣", "x", "5", ",", ".",
]  # fmt: skip


def _searched_runs(text: str) -> tuple[list[int], list[int]]:
    """The reference for the runs of digits: a search with ``\\d+``."""
    runs = [found.span() for found in re.finditer(r"\d+", text)]
    return [start for start, _ in runs], [end for _, end in runs]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_word_starts_are_the_searched_starts(text: str) -> None:
    assert candidates(text).words == _searched_starts(text)
    assert candidates(text)[1:] == _searched_runs(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
@example("¼a")  # a fraction glued to a letter: the search reads one word, not a fraction
@example("7٣𝟙x 12(hai)5")  # digits of other scripts, astral ones, a word between gaps
def test_word_starts_on_any_text(text: str) -> None:
    assert candidates(text).words == _searched_starts(text)
    assert candidates(text)[1:] == _searched_runs(text)


def test_the_passes_find_words_after_spaces_marks_and_at_the_start() -> None:
    text = "Hai người, (ba) hàng\nnăm chính IV ½ bao Ca"
    starts = candidates(text).words
    assert [text[s : s + 3] for s in starts] == ["Hai", "ba)", "hàn", "năm", "IV ", "½ b"]


def test_the_bitmap_classes_match_the_categories_on_every_character() -> None:
    digit, plain_digit = re.compile(DIGIT), re.compile(r"\d")
    gap, plain_gap = (
        re.compile(GAP_OR_DIGIT),
        re.compile(rf"(?:[^\w ]|_|\d|[{''.join(VULGAR_FRACTIONS)}]|[\U00010000-\U0010ffff])"),
    )
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert bool(digit.fullmatch(char)) == bool(plain_digit.fullmatch(char)), hex(code)
        assert bool(gap.fullmatch(char)) == bool(plain_gap.fullmatch(char)), hex(code)


_ON_RUNS = {
    "hour pairs": (hour_pairs._PAIR, 2, ","),
    "minute marks": (minute_marks._MINUTE, 3, "'’′"),
    "added minutes": (minute_marks._ADDED_MINUTE, 3, " \t+"),
}
_RUN_PIECES = [
    "4", "5", "12", "123", "1234", "٣", "𝟙", ",", ", ", ".", " ", "giờ", " giờ", " sáng",
    "'", "’", "′", "+", "-", "°", "x", "a", "\n", "45", "90", "+3'", " + 2’", "vài", "Mấy",
    " năm", " tuần", " qua", " gần đây", "vòng ", "Số đo ", "86", " - ", "–", "x", " X ",
    "×", "cm", " mm", ",5",
]  # fmt: skip


def _same_on_runs(text: str) -> None:
    found = candidates(text)
    for name, (pattern, longest, followers) in _ON_RUNS.items():
        tried = [m.span() for m in matches_on_runs(pattern, text, found, longest, followers)]
        assert tried == [m.span() for m in pattern.finditer(text)], (name, text)
    # the passes that look only where the candidates are find what their searches find
    spans = few_spans.few_recent_spans(text, [], found)
    assert [(m.start, m.end) for m in spans] == [
        m.span() for m in few_spans._FEW_SPAN.finditer(text)
    ], text
    if measure_pairs.THREE_SIZES.search(text) is not None:
        assert measure_pairs._sizes_joined(text, found), text
    if measure_pairs._DIMENSIONS.search(text) is not None:
        assert any(measure_pairs._BY_AFTER.match(text, end) for end in found.digit_ends), text


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_RUN_PIECES), max_size=30).map("".join))
def test_matches_on_runs_are_the_searched_matches(text: str) -> None:
    _same_on_runs(text)


def test_matches_on_runs_on_rows() -> None:
    for text in (
        "từ 4, 5 giờ sáng, dậy 4,5 giờ, 1.4,5 giờ, 14,15 giờ, ,4,5 giờ, 123,45 giờ, 4,5giờx",
        "Kane 22', (1'), 62’ và 90′, 1234', x22', 4.22', +3’, -5', 22'', '7', ٣' và ٣٤'",
        "4,5 giờ,5 giờ 6,7 giờ",
        "Toivonen (90+3’), Kane 90 + 3', 45+1', 1045+2', 90+16'",
        "Vài năm qua, vài tháng gần đây, mấy năm trở lại đây, Dăm ngày vừa qua, xvài năm qua",
        "Mấy tuần qua; dăm năm gần đây, vài  năm qua, 2vài năm qua, _vài năm qua",
        "Số đo 3 vòng (86 - 60 - 91). số đo 3 vòng là: 81-64-89 cm, xsố đo 90-60-90",
        "10x15cm, a10x15cm, 3.10x15cm, /10x15 cm, 150x74,5x7,7 mm, 12345x20 m, 1x2x3x4 m",
    ):
        _same_on_runs(text)
