"""The restated-count check asks, for pairs of equal counts, whether a sentence ends
between them.  It answers from the sentence ends found once per article (a bisection),
not by searching the text between every pair: on a long sentence that repeats one count
thousands of times ('Có 120 xã, ' x 2000, a table with no full stops) the search made the
pipeline take 39 s where it now takes 0.4 s (README, "Figures").  The answer must be the
search's."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extract.context.restated import _SENTENCE_END, _ends_between, sentence_ends
from claims.services import analyze

texts = st.text(alphabet="ab .!?\n", max_size=60)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(min_value=0, max_value=70), st.integers(min_value=0, max_value=70))
def test_ends_between_answers_as_the_search(text: str, start: int, end: int) -> None:
    ends = [found.start() for found in _SENTENCE_END.finditer(text)]
    searched = _SENTENCE_END.search(text, start, end) is not None
    assert _ends_between(ends, start, end) == searched


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab .!?\n\r…。", max_size=60))
def test_sentence_ends_are_the_pattern_s_matches(text: str) -> None:
    assert sentence_ends(text) == [found.start() for found in _SENTENCE_END.finditer(text)]


def test_a_count_repeated_in_one_long_sentence_is_read_each_time() -> None:
    """Every '120 xã' of one sentence is a count (the same sentence lists values; none
    points back), and the pipeline reads all 2,000 of them."""
    claims = analyze("Có 120 xã, " * 2000, path="long-sentence").claims
    assert len(claims) == 2000
    assert {claim.value for claim in claims} == {120}
