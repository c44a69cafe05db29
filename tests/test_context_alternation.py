"""Phrase alternations grouped by first letter match exactly what the flat
alternation matches: every match, and every retry when what follows fails."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extract.context import attribution, modifiers, phrase_backward, scope, words
from claims.extract.context.words import flat_alternation, named_alternation, phrase_alternation

LISTS = [
    value
    for module in (words, modifiers, phrase_backward, scope, attribution)
    for value in vars(module).values()
    if isinstance(value, tuple) and len(value) > 3 and all(isinstance(v, str) for v in value)
]
FOLLOWERS = [r"(?!\w)", r"(?!\w)\s+\w", r"\s*$", r"(?:\s*X)*\s*$", r"\s+(?:tới|có)(?!\w)"]
FILLERS = ["", " ", "  ", ", ", "trẻ em", "74", "X", "Đ", "tới", "có", "."]


def _pieces(phrase_list: tuple[str, ...]) -> list[str]:
    found = [*FILLERS]
    for phrase in phrase_list:
        found += [phrase, phrase.upper(), phrase.capitalize(), phrase[: max(1, len(phrase) - 1)]]
    return found


def test_the_word_lists_are_found() -> None:
    assert words.HEDGES in LISTS and words.FORWARD_STOPS in LISTS
    assert len(LISTS) >= 8


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_grouped_alternation_matches_as_the_flat_one(data: st.DataObject) -> None:
    phrase_list = data.draw(st.sampled_from(LISTS))
    pieces = data.draw(st.lists(st.sampled_from(_pieces(phrase_list)), max_size=8))
    text = data.draw(st.sampled_from(["", " "])).join(pieces)
    for follower in FOLLOWERS:
        hedged = follower.replace("X", flat_alternation(phrase_list))
        flat = re.compile(rf"(?<!\w){flat_alternation(phrase_list)}{hedged}", re.IGNORECASE)
        hedged = follower.replace("X", phrase_alternation(phrase_list))
        grouped = re.compile(rf"(?<!\w){phrase_alternation(phrase_list)}{hedged}", re.IGNORECASE)
        assert [m.span() for m in grouped.finditer(text)] == [
            m.span() for m in flat.finditer(text)
        ], (follower, text)


NAME_FOLLOWERS = [r"(?!\w)", r"(?!\w)\s+[A-Z]", r"\s*$", ""]


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_names_matched_first_letter_first_match_as_the_flat_alternation(
    data: st.DataObject,
) -> None:
    names = data.draw(st.sampled_from([scope.PROVINCES, words.UNIT_WORDS, words.COMPOUNDS]))
    pieces = data.draw(st.lists(st.sampled_from(_pieces(names)), max_size=8))
    text = data.draw(st.sampled_from(["", " ", "x", "-"])).join(pieces)
    flat = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    for follower in NAME_FOLLOWERS:
        expected = re.compile(rf"(?<!\w)(?:{flat}){follower}")
        found = re.compile(rf"{named_alternation(names)}{follower}")
        assert [m.span() for m in found.finditer(text)] == [
            m.span() for m in expected.finditer(text)
        ], (follower, text)
        for start in range(len(text)):  # a search window starting mid-text
            assert [m.span() for m in found.finditer(text, start)] == [
                m.span() for m in expected.finditer(text, start)
            ], (follower, text, start)
