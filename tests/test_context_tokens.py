"""A sentence's tokens: ``_TOKEN_IN_PLANE`` (classes of the Basic Multilingual Plane)
finds what ``_TOKEN`` (the categories) finds wherever ``within_plane`` lets it run."""

from __future__ import annotations

import re

import pytest

from claims.extract.context.sentence import (
    _DIGIT_CHARACTER,
    _MARK,
    _TOKEN,
    _TOKEN_IN_PLANE,
    _WORD_CHARACTER,
    SentenceWords,
)
from claims.extract.grammar.char_classes import within_plane
from tests.conftest import open_sentences

_ODD = [
    "",
    "a_b, c_ d _e __",
    "đồng, 5.000đ (xem) «Hà Nội» x. . – A&B 1,2,3 3/4-5 a.b.c a..b ,5 5,",
    "e\u0301 \u200b x\u00a0y\tz\nw 2\u00b2 \u0130stanbul ſẽ ٣٤ ½ \ud800 \uffff",
    "(...) '90 50%, 5km/h; 10-20/3 U23: 'a' \"b\"",
]
_ASTRAL = ["😀 hai", "𝟙x 12", "a𝐀b, c", "𐐀"]


def test_the_plane_classes_are_the_categories_on_every_character() -> None:
    pairs = [(_WORD_CHARACTER, r"\w"), (_DIGIT_CHARACTER, r"\d"), (_MARK, r"[^\w\s]")]
    for plane, category in pairs:
        plane_class, category_class = re.compile(plane), re.compile(category)
        for code in range(0x10000):
            char = chr(code)
            expected = bool(category_class.fullmatch(char))
            assert bool(plane_class.fullmatch(char)) == expected, hex(code)
        assert not plane_class.fullmatch("\U00010000") and not plane_class.fullmatch("😀")


@pytest.mark.parametrize("text", _ODD + _ASTRAL)
def test_within_plane(text: str) -> None:
    expected = all(ord(char) < 0x10000 for char in text)
    assert within_plane(text, 0, len(text)) == expected
    assert within_plane("😀" + text + "😀", 1, 1 + len(text)) == expected


def _spans(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [found.span() for found in pattern.finditer(text, start, end)]


@pytest.mark.parametrize("text", _ODD + _ASTRAL)
def test_odd_runs(text: str) -> None:
    words = SentenceWords(text, 0, len(text), [], [])
    assert [token.span() for token in words.tokens] == _spans(_TOKEN, text, 0, len(text))
    if within_plane(text, 0, len(text)):
        assert _spans(_TOKEN_IN_PLANE, text, 0, len(text)) == _spans(_TOKEN, text, 0, len(text))


def test_corpus_sentences() -> None:
    for text, sentence in open_sentences(500):
        words = SentenceWords(text, sentence.start, sentence.end, [], [])
        expected = _spans(_TOKEN, text, sentence.start, sentence.end)
        assert [token.span() for token in words.tokens] == expected
