"""The forward scans of a sentence start before its first claim, after the last
character no word list holds: every entry a forward reading can ask for is the
one a scan of the whole sentence finds."""

from __future__ import annotations

from itertools import islice

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extract import find_mentions
from claims.extract.context.sentence import _SCANS, UNIT_SCAN, SentenceWords, _match_ends
from claims.extract.context.words import (
    BACKWARD_STOPS,
    FORWARD_STOP_PATTERN,
    FORWARD_STOPS,
    HEDGE_PATTERN,
    HEDGES,
    UNIT_PATTERN,
    UNIT_WORDS,
)
from claims.text import normalize, segment
from tests.conftest import VNNEWS, iter_vnnews


def _compare(words: SentenceWords) -> None:
    first = min(m.end for m in words.claims)
    for found, pattern in (
        (words.forward_stops, FORWARD_STOP_PATTERN),
        (words.units, UNIT_PATTERN),
        (words.hedges, HEDGE_PATTERN),
    ):
        whole = _match_ends(pattern, words.text, words.start, words.end)
        assert {k: v for k, v in found.items() if k >= first} == {
            k: v for k, v in whole.items() if k >= first
        }


def test_a_scan_starts_after_the_number_before_the_claim() -> None:
    text = "Năm 2023, trẻ em dưới 6 tuổi trong đó có 74.739 trẻ so với năm trước."
    claim = next(m for m in find_mentions(text) if m.text.endswith("74.739"))
    words = SentenceWords(text, 0, len(text), [claim], [])
    assert words.forward_stops == {
        k: v for k, v in _match_ends(FORWARD_STOP_PATTERN, text, 0, len(text)).items() if k > 30
    }
    _compare(words)


def test_scans_agree_with_whole_sentence_scans_on_real_sentences() -> None:
    if not VNNEWS.exists():
        pytest.skip(f"news corpus not found at {VNNEWS}")
    checked = 0
    for row in islice(iter_vnnews(), 150):
        text = normalize(row["title"] + "\n\n" + row["text"])
        mentions = find_mentions(text)
        for sentence in segment(text).sentences:
            inside = [m for m in mentions if sentence.start <= m.start < sentence.end]
            if inside:
                _compare(SentenceWords(text, sentence.start, sentence.end, inside, []))
                checked += 1
    assert checked > 500


# Word-list scans look up each word and try the pattern only where a phrase
# starts; they must find exactly what the engine's scan of every offset finds.

_SCAN_WORDS = sorted(
    {
        w
        for phrases in (FORWARD_STOPS, UNIT_WORDS, HEDGES, BACKWARD_STOPS)
        for p in phrases
        for w in p.split()
    }
    | {"tổng", "số", "đó", "trăm", "năm", "TP", "HCM", "2023", "ſố", "Ước"}
)
_GLUE = [" ", " ", " ", "  ", ", ", ".", "/", "-", "&", "%", "\n", "(", "_", "2", "x"]


@st.composite
def _sentences(draw: st.DrawFn) -> tuple[str, int]:
    pieces = draw(
        st.lists(st.tuples(st.sampled_from(_SCAN_WORDS), st.sampled_from(_GLUE)), max_size=14)
    )
    cases = draw(
        st.lists(
            st.sampled_from([str.lower, str.upper, str.title]),
            min_size=len(pieces),
            max_size=len(pieces),
        )
    )
    text = "".join(case(word) + glue for (word, glue), case in zip(pieces, cases, strict=True))
    return text, draw(st.integers(0, len(text)))


def _check_scans(text: str, start: int, end: int, offset: int) -> None:
    words = SentenceWords(text, start, end, [], [])
    for scan in _SCANS:
        assert words.scan(scan, offset) == _match_ends(scan.pattern, text, offset, end), (
            scan.pattern
        )


@settings(max_examples=400)
@given(_sentences(), st.integers(0, 3))
def test_scans_tried_at_phrase_starts_find_what_every_offset_finds(
    sentence: tuple[str, int], margin: int
) -> None:
    text, offset = sentence
    # The sentence may start inside the text, after a word ("x"): look-behinds see it.
    start = min(margin, offset)
    _check_scans(text, start, len(text), offset)


def test_phrase_starts_are_found_and_a_folding_character_falls_back() -> None:
    text = "Doanh thu tăng hơn 300 tỷ đồng/năm, TRONG ĐÓ tỷ lệ % là 10 phần trăm"
    words = SentenceWords(text, 0, len(text), [], [])
    stops = words.scan(_SCANS[0], 0)
    assert stops == _match_ends(FORWARD_STOP_PATTERN, text, 0, len(text))
    for phrase in ("tăng", "năm", "TRONG ĐÓ", "là"):  # "năm" inside "đồng/năm"
        assert stops[text.index(phrase)] == text.index(phrase) + len(phrase)
    units = words.scan(UNIT_SCAN, 0)
    for phrase in ("tỷ", "đồng", "%", "phần trăm"):
        assert units[text.index(phrase)] == text.index(phrase) + len(phrase)
    folding = "ſố liệu tăng hơn 300 tỷ đồng"  # "ſ" folds to "s" in re, not in str.lower
    assert SentenceWords(folding, 0, len(folding), [], [])._phrase_starts is None
    _check_scans(folding, 0, len(folding), 0)


def test_scans_tried_at_phrase_starts_on_real_sentences() -> None:
    if not VNNEWS.exists():
        pytest.skip(f"news corpus not found at {VNNEWS}")
    checked = 0
    for row in islice(iter_vnnews(), 150):
        text = normalize(row["title"] + "\n\n" + row["text"])
        for sentence in segment(text).sentences:
            _check_scans(text, sentence.start, sentence.end, sentence.start)
            checked += 1
    assert checked > 2000
