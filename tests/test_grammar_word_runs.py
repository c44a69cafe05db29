"""``two_words_before`` reads back from a number what the search of
``TWO_WORDS_BEFORE`` over the window before it finds: the same groups at the same
places, on crafted text, on random text and before every number of real articles."""

from __future__ import annotations

import re
from itertools import islice

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extract.grammar.word_runs import TWO_WORDS_BEFORE, two_words_before
from tests.conftest import VNNEWS, iter_open_vnnews


def _searched(text: str, low: int, end: int) -> object:
    found = TWO_WORDS_BEFORE.search(text, low, end)
    if found is None:
        return None
    return found.groups(), found.start(), found.start(1), found.start(2)


def _read(text: str, low: int, end: int) -> object:
    found = two_words_before(text, low, end)
    if found is None:
        return None
    return found.groups(), found.start(), found.start(1), found.start(2)


CRAFTED = [
    "Hàm Cá Mập 2",
    "Thiên ưu 8",
    "phim Em chưa 18",
    "x5abc 3",
    "(Nắng 2",
    "( Nắng  \t2",
    "a_b c 4",
    "đi  ²bậc 5",
    "Mexico 2 1",
    "Sông Côn\n2",
    "ab \n",
    "  3",
    "3",
]


@pytest.mark.parametrize("text", CRAFTED)
def test_crafted(text: str) -> None:
    for end in range(len(text) + 1):
        for low in range(end + 1):
            assert _read(text, low, end) == _searched(text, low, end), (text, low, end)


@settings(max_examples=600, deadline=None)
@given(
    st.text(alphabet="aBđỆ_5²\u0661 \t\n.,(", max_size=14),
    st.integers(0, 14),
    st.integers(0, 14),
)
def test_random_text(text: str, low: int, end: int) -> None:
    end = min(end, len(text))
    low = min(low, end)
    assert _read(text, low, end) == _searched(text, low, end)


def test_before_every_number_of_real_articles() -> None:
    if not VNNEWS.exists():
        pytest.skip(f"news corpus not found at {VNNEWS}")
    found = 0
    for row in islice(iter_open_vnnews(), 1000):
        text = row["text"]
        for number in re.finditer(r"\d+", text):
            end = number.start()
            low = max(0, end - 30)
            expected = _searched(text, low, end)
            assert _read(text, low, end) == expected, (row["id"], end)
            found += expected is not None
    assert found > 100
