"""The factored word alternations match exactly what the flat ones match.

``alt`` and ``reversed_alt`` group their words by first character for speed;
the grammar's output may only stay the same if every match, including the
backtracking into a following pattern, is the flat alternation's.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extract.grammar import cue_words, hedge_words, numeral_words, unit_words
from claims.extract.grammar.alternation import (
    factored_alternation,
    flat_alternation,
    variants_in_order,
)

_FOLLOWERS = ["", r"(?![^\W_])", "$", r"[ \t]+\w", r"b"]
"""What may follow an alternation: nothing, a word end, the end, another word."""


def _same_matches(ordered: list[str], probes: list[str]) -> None:
    for follower in _FOLLOWERS:
        flat = re.compile(flat_alternation(ordered) + follower)
        factored = re.compile(factored_alternation(ordered) + follower)
        for probe in probes:
            expected = flat.match(probe)
            found = factored.match(probe)
            assert (found and found.span()) == (expected and expected.span()), (probe, follower)


def _word_lists() -> list[list[str]]:
    lists = []
    for module in (numeral_words, hedge_words, unit_words, cue_words):
        for value in vars(module).values():
            if isinstance(value, dict | frozenset | tuple | list) and value:
                words = [w for w in value if isinstance(w, str)]
                if len(words) == len(value):
                    lists.append(words)
    return lists


def test_every_word_list_matches_as_the_flat_alternation() -> None:
    lists = _word_lists()
    assert len(lists) > 10, "the grammar's word lists are found"
    for words in lists:
        for capitalised in (False, True):
            ordered = variants_in_order(words, capitalised=capitalised)
            probes = [
                probe
                for word in ordered
                for probe in (
                    word,
                    word + " x",
                    word + "a",
                    word[:-1],
                    word.replace(" ", "\t"),
                    word.replace(" ", "  "),
                )
            ]
            _same_matches(ordered, probes)
            backwards = [w[::-1] for w in ordered]
            _same_matches(backwards, [p[::-1] for p in probes])


def test_the_factored_form_groups_words() -> None:
    """The speed comes from the grouping: 'hơn' and 'hơi' share one 'h' branch."""
    pattern = factored_alternation(["hơn", "hơi", "gần"])
    assert pattern.count("h") == 1
    assert re.fullmatch(pattern, "hơi") and not re.fullmatch(pattern, "hơ")


_piece = st.sampled_from(["a", "b", "ab", " ", "\t", "  ", "ba", "a b", ""])
_text = st.lists(_piece, max_size=4).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.lists(_text, min_size=1, max_size=8), _text)
def test_any_word_order_matches_as_the_flat_alternation(words: list[str], text: str) -> None:
    """Words in any order, empty and space-led words included (the grouping falls back)."""
    ordered = list(dict.fromkeys(words))
    _same_matches(ordered, [text, *ordered, *(w + text for w in ordered)])
