"""A TailPattern finds exactly what a search of its pattern from the start finds,
though it starts the search at the tail of the text its matches can cover."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extract.context import modifiers, words
from claims.extract.context.words import TailPattern

TAILS = {
    name: value
    for module in (words, modifiers)
    for name, value in vars(module).items()
    if isinstance(value, TailPattern)
}
PIECES = [
    *words.HEDGES,
    *words.COPULAS,
    *words.MEASURE_VERBS,
    *("cao", "đường kính", "tương đương", "tức là", "có", "dự kiến", "sẽ", "chính"),
    *("trẻ em", "Doanh thu", "TĂNG", "Hơn", "KHOẢNG", "năm 2023", "74.739", "ſ", "İ"),
    *(" ", "  ", "\n", ",", ", ", ":", "(", ")", "“", "-", "_", "5"),
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.integers(0, 40))
def test_tail_search_is_the_plain_search(pieces: list[str], pos: int) -> None:
    text = " ".join(pieces) if pos % 2 else "".join(pieces)
    pos = min(pos, len(text))
    for name, tail in TAILS.items():
        expected = tail.regex.search(text, pos)
        found = tail.search(text, pos)
        assert (found and found.span()) == (expected and expected.span()), (name, text, pos)


def test_the_patterns_are_tail_patterns_and_match_their_cues() -> None:
    assert {"HEDGES_BEFORE", "COPULA_BEFORE", "MEASURE_VERB_BEFORE", "_CO_BEFORE"} <= set(TAILS)
    found = TAILS["COPULA_BEFORE"].search("trẻ em dưới 6 tuổi là hơn ")
    assert found is not None and found.group() == "là hơn "
    assert TAILS["HEDGES_BEFORE"].search("trẻ em dưới 6 tuổi ").start() == len("trẻ em dưới 6 tuổi")
