"""Trimming a noun phrase read off a sentence down to its subject.

A phrase read forward (``phrase_forward``) or backward (``phrase_backward``) is
trimmed of leading verbs and determiners, trailing adverbs and function words,
and of periods and places at its ends, which are scope, not subject.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.context.guards import FOLDS_APART
from claims.extract.context.words import (
    LEADING_NOISE_PATTERN,
    LEADING_PERIOD,
    TIME_PHRASES,
    TRAILING_NOISE_TAIL,
    TRAILING_PERIOD,
    TRAILING_SCOPE,
)

_DIGIT = re.compile(r"\d")
_NUMBERS = re.compile(r"[\d./\-]+")
_PLACE_WORDS = ("tại", "ở", "trên địa bàn")
"""Every match of ``TRAILING_SCOPE`` holds one of these (in any case); every
match of ``TRAILING_PERIOD`` holds a digit."""


@lru_cache(maxsize=4096)
def clean(phrase: str) -> str | None:
    """Drop leading verbs and determiners and trailing adverbs; a phrase of
    only time words ("năm", "hiện nay") is a period, not a subject.

    A pure function of the phrase, cached: its dozen end-anchored substitutions
    cost more than the reading that cut the phrase, and the same nouns are
    read again and again ("người", "trường hợp"; a third of the readings).
    The trailing period and place are tried only on a phrase that can hold
    one (lower-casing stands for the engine's case folding, see guards, unless
    the phrase holds a character that folds apart; the phrase only shrinks)."""
    every = FOLDS_APART.search(phrase) is not None
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = LEADING_NOISE_PATTERN.sub("", phrase.strip())
        # the one match of the end-anchored pattern (sub's) is its first, and runs to
        # the end of the phrase but for a final line break, which strip drops
        noise = TRAILING_NOISE_TAIL.search(phrase)
        phrase = (phrase if noise is None else phrase[: noise.start()]).strip()
        if every or _DIGIT.search(phrase):
            phrase = TRAILING_PERIOD.sub("", phrase).strip()
        lowered = phrase.lower()
        if every or any(word in lowered for word in _PLACE_WORDS):
            phrase = TRAILING_SCOPE.sub("", phrase).strip()
        phrase = LEADING_PERIOD.sub("", phrase).strip()
    if not phrase or not _NUMBERS.sub("", TIME_PHRASES.sub("", phrase)).strip():
        return None  # "năm nay", "đến thời điểm 31.5.2017": a period
    return phrase
