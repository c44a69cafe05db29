"""The forward scans of a sentence start before its first claim, after the last
character no word list holds: every entry a forward reading can ask for is the
one a scan of the whole sentence finds."""

from __future__ import annotations

import functools

from claims.extract import find_mentions
from claims.extract.context import phrase_backward
from claims.extract.context.sentence import SentenceWords, Token, _match_ends
from claims.extract.context.words import (
    FORWARD_STOP_PATTERN,
    HEDGE_PATTERN,
    UNIT_PATTERN,
    UNIT_WORDS,
)
from tests.conftest import open_sentences


def _compare(words: SentenceWords) -> None:
    first = min(m.end for m in words.claims)
    stops = _match_ends(FORWARD_STOP_PATTERN, words.text, words.start, words.end)
    hedges = _match_ends(HEDGE_PATTERN, words.text, words.start, words.end)
    units = _match_ends(UNIT_PATTERN, words.text, words.start, words.end)
    for token in words.tokens:
        if token.start() >= first:
            assert words.forward_stops.end_at(token.start()) == stops.get(token.start())
            assert words.hedges.end_at(token.start()) == hedges.get(token.start())
            assert words.unit_end(token.start()) == units.get(token.start())
    forward_units = _match_ends(UNIT_PATTERN, words.text, words._forward_start, words.end)
    for offset in range(words.start, words.end):
        assert words.unit_end(offset) == forward_units.get(offset)


def test_no_later_word_of_a_unit_phrase_opens_one() -> None:
    """What lets ``SentenceWords.unit_end`` match at a word alone."""
    firsts = {unit.split()[0].lower() for unit in UNIT_WORDS}
    later = {word.lower() for unit in UNIT_WORDS for word in unit.split()[1:]}
    assert later and not later & firsts


def test_a_scan_starts_after_the_number_before_the_claim() -> None:
    text = "Năm 2023, trẻ em dưới 6 tuổi trong đó có 74.739 trẻ so với năm trước."
    claim = next(m for m in find_mentions(text) if m.text.endswith("74.739"))
    words = SentenceWords(text, 0, len(text), [claim], [])
    scanned = _match_ends(FORWARD_STOP_PATTERN, text, 0, len(text))
    assert {k for k in range(len(text)) if words.forward_stops.end_at(k) is not None} == {
        k for k in scanned if k > 30
    }
    _compare(words)


def test_scans_agree_with_whole_sentence_scans_on_real_sentences() -> None:
    checked = 0
    mentions_of = functools.lru_cache(maxsize=1)(find_mentions)  # one article at a time
    for text, sentence in open_sentences(150):
        inside = [m for m in mentions_of(text) if sentence.start <= m.start < sentence.end]
        if inside:
            _compare(SentenceWords(text, sentence.start, sentence.end, inside, []))
            checked += 1
    assert checked > 500


def _closes_by_pattern(words: SentenceWords, token: Token) -> bool:
    at = token.start()
    return bool(
        phrase_backward._CLOSED_PHRASE_END.search(words.text, max(0, at - 16), token.end())
        or phrase_backward._CLOSED_CHANGE_VERB.match(words.text, at)
    )


def test_the_closing_test_answers_as_its_patterns() -> None:
    crafted = "Anh ſẽ trở thành, Tăng trưởng và giảm giá, các bạn ĐÃ có 3 người"
    words = SentenceWords(crafted, 0, len(crafted), [], [])
    assert words.folds_apart
    assert [phrase_backward._closes(words, t) for t in words.tokens] == [
        _closes_by_pattern(words, t) for t in words.tokens
    ]
    assert any(phrase_backward._closes(words, t) for t in words.tokens if t.group() == "ſẽ")
    closing = 0
    for text, sentence in open_sentences(100):
        words = SentenceWords(text, sentence.start, sentence.end, [], [])
        for token in words.tokens:
            expected = _closes_by_pattern(words, token)
            assert phrase_backward._closes(words, token) == expected, token
            closing += expected
    assert closing > 100
