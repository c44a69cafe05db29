"""Cleaning a subject phrase skips the trailing period and place substitutions
where the phrase cannot hold one: it must give what every substitution gives."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.extract.context import phrase_cleaning
from claims.extract.context.words import (
    LEADING_NOISE_PATTERN,
    LEADING_PERIOD,
    TIME_PHRASES,
    TRAILING_NOISE_PATTERN,
    TRAILING_PERIOD,
    TRAILING_SCOPE,
)
from tests.conftest import open_sentences


def _clean_with_every_substitution(phrase: str) -> str | None:
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = LEADING_NOISE_PATTERN.sub("", phrase.strip())
        phrase = TRAILING_NOISE_PATTERN.sub("", phrase).strip()
        phrase = TRAILING_PERIOD.sub("", phrase).strip()
        phrase = TRAILING_SCOPE.sub("", phrase).strip()
        phrase = LEADING_PERIOD.sub("", phrase).strip()
    if not phrase or not re.sub(r"[\d./\-]+", "", TIME_PHRASES.sub("", phrase)).strip():
        return None  # time words and numbers only: a period
    return phrase


def _clean(phrase: str) -> str | None:
    return phrase_cleaning.clean.__wrapped__(phrase)  # uncached


_WORD_LINES = (
    "trẻ em dưới tuổi doanh thu vốn FDI tỷ lệ hiện nay hiện tại trên địa bàn tại ở",
    "Tại Ở TRÊN ĐỊA BÀN thành phố Hà Nội năm tháng quý ngày giờ h 2016 6 10h30 5/2017",
    "trong vào của lúc từ đến có là được đã và với các những rồi nữa , . : – …",
    "tạı ſố İ ı ở",  # characters that fold apart from str.lower
)
_WORDS = [word for line in _WORD_LINES for word in line.split()]


@settings(max_examples=500)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=9), st.sampled_from([" ", "  "]))
def test_clean_skips_only_substitutions_that_cannot_match(words: list[str], gap: str) -> None:
    phrase = gap.join(words)
    assert _clean(phrase) == _clean_with_every_substitution(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "Tỷ lệ chôn lấp rác thải hiện nay trên địa bàn thành phố",
        "vốn FDI vào bất động sản năm 2016",
        "số ca mắc Tại Hà Nội",
        "người dân lúc 10h30",
        "trẻ em dưới 6 tuổi",
    ],
)
def test_clean_cuts_places_and_periods(phrase: str) -> None:
    # Each of these is cut by a substitution the cleaning may skip elsewhere.
    cleaned = _clean(phrase)
    assert cleaned == _clean_with_every_substitution(phrase)
    assert phrase == "trẻ em dưới 6 tuổi" or cleaned != phrase


def test_clean_on_real_phrases() -> None:
    checked = 0
    for text, sentence in open_sentences(100):
        tokens = text[sentence.start : sentence.end].split()
        for first in range(0, len(tokens), 3):
            phrase = " ".join(tokens[first : first + 8])
            assert _clean(phrase) == _clean_with_every_substitution(phrase), phrase
            checked += 1
    assert checked > 5000
