"""``PhraseScan`` answers, at every position, what a scan of the sentence finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extract.context.phrase_scan import PhraseCover, PhraseScan, PhraseStarts
from claims.extract.context.words import (
    BACKWARD_STOP_PATTERN,
    BACKWARD_STOPS,
    FORWARD_STOP_PATTERN,
    FORWARD_STOPS,
    HEDGE_PATTERN,
    HEDGES,
)
from tests.conftest import open_sentences

LISTS = [
    (FORWARD_STOP_PATTERN, FORWARD_STOPS),
    (BACKWARD_STOP_PATTERN, BACKWARD_STOPS),
    (HEDGE_PATTERN, HEDGES),
]


def _max_words(phrases: tuple[str, ...]) -> int:
    return max(len(phrase.split()) for phrase in phrases)


def _check(
    pattern: re.Pattern[str], phrases: tuple[str, ...], text: str, start: int, end: int
) -> None:
    ends = {m.start(): m.end() for m in pattern.finditer(text, start, end)}
    covered = {i for m in pattern.finditer(text, start, end) for i in range(m.start(), m.end())}
    positions = range(max(0, start - 3), min(len(text), end + 3))  # and a little outside
    for order in (positions, reversed(positions)):  # answers must not depend on the order asked
        scan = PhraseScan(pattern, text, start, end, _max_words(phrases))
        for offset in order:
            assert scan.end_at(offset) == ends.get(offset), (text[start:end], offset)
            assert scan.covers(offset) == (offset in covered), (text[start:end], offset)
    # As the dict and the set they stand for
    starts = PhraseStarts(pattern, text, start, end, _max_words(phrases))
    cover = PhraseCover(pattern, text, start, end, _max_words(phrases))
    for offset in positions:
        assert starts.get(offset) == ends.get(offset)
        assert (offset in starts) == (offset in ends)
        assert (offset in cover) == (offset in covered)


def test_the_lists_are_phrases_of_words() -> None:
    """What PhraseScan needs: matches are whole words with white space between."""
    for _, phrases in LISTS:
        assert all(word.isalpha() for phrase in phrases for word in phrase.split())


def test_on_news_sentences() -> None:
    for text, sentence in open_sentences(60):
        for pattern, phrases in LISTS:
            _check(pattern, phrases, text, sentence.start, sentence.end)
            middle = (sentence.start + sentence.end) // 2  # a scan from inside a word
            _check(pattern, phrases, text, middle, sentence.end)


def _pieces(phrases: tuple[str, ...]) -> list[str]:
    found = [" ", "  ", "\t", ", ", ".", "x", "74", "người", "ǅ"]
    for phrase in phrases:
        found += [phrase, phrase.upper(), phrase.capitalize(), phrase.split()[-1]]
    return found


@settings(max_examples=400, deadline=None)
@given(st.data())
def test_on_runs_of_phrases(data: st.DataObject) -> None:
    pattern, phrases = data.draw(st.sampled_from(LISTS))
    pieces = data.draw(st.lists(st.sampled_from(_pieces(phrases)), max_size=12))
    text = data.draw(st.sampled_from([" ", "", "\n"])).join(pieces)
    start = data.draw(st.integers(0, len(text)))
    _check(pattern, phrases, text, start, len(text))


def _walked_back(text: str, floor: int, offset: int, max_words: int) -> list[int]:
    """The reference for ``_earlier_words``: the walk back character by character."""
    found: list[int] = []
    at = offset
    while at > floor and (text[at - 1].isalnum() or text[at - 1] == "_"):
        at -= 1
    if at < offset:
        found.append(at)
    while len(found) < max_words:
        gap = at
        while gap > floor and text[gap - 1].isspace():
            gap -= 1
        word = gap
        while word > floor and (text[word - 1].isalnum() or text[word - 1] == "_"):
            word -= 1
        if gap == at or word == gap:
            break
        found.append(word)
        at = word
    return found


_ODD_RUNS = "a_b  c\u00a0d\te (f) _ __ g\u3000h ½ 𝟙x 2² İ ſ\n\nk , l "


def test_earlier_words_are_the_walk_back() -> None:
    """The words before an offset, found by one match on the text reversed, are those a
    walk back character by character finds, on news sentences and odd runs."""
    texts = [(_ODD_RUNS, 0, len(_ODD_RUNS)), ("x " + _ODD_RUNS + "y", 2, 2 + len(_ODD_RUNS))]
    texts += [(text, s.start, s.end) for text, s in open_sentences(100)]
    for text, start, end in texts:
        for max_words in (1, 2, 3, 5):
            scan = PhraseScan(FORWARD_STOP_PATTERN, text, start, end, max_words)
            for offset in range(start, end):
                expected = _walked_back(text, start, offset, max_words)
                assert scan._earlier_words(offset) == expected, (text[start:end], offset)
