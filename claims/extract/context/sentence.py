"""A sentence cut into word and punctuation tokens, with the mentions inside it.

Subjects are read by walking these tokens forward from a number or backward
from its copula; the walk sees each mention either as a barrier (another
claim) or as part of the noun phrase (an identifier, or a number that only
modifies a noun: "trẻ em dưới 6 tuổi").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from claims.extract.context.guards import FOLDS_APART
from claims.extract.context.phrase_scan import PhraseCover, PhraseStarts
from claims.extract.context.words import (
    BACKWARD_STOP_PATTERN,
    BACKWARD_STOPS,
    COMPOUND_PATTERN,
    FORWARD_STOP_PATTERN,
    FORWARD_STOPS,
    HEDGE_PATTERN,
    HEDGES,
    UNIT_PATTERN,
)
from claims.extract.grammar.char_classes import plane_class, within_plane
from claims.model import Mention


class Searcher(Protocol):
    """A compiled pattern, or one of ``tails``' patterns that search only where they can match."""

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None: ...


_LETTERS_OR_SPACES = re.compile(r"(?:[^\W\d_]|\s)*")
"""What a match of the stop, unit and hedge lists can hold ("%" is a match alone)."""
FORWARD_STOP_WORDS = max(len(stop.split()) for stop in FORWARD_STOPS)
BACKWARD_STOP_WORDS = max(len(stop.split()) for stop in BACKWARD_STOPS)
HEDGE_WORDS = max(len(hedge.split()) for hedge in HEDGES)
"""The most words a phrase of each list holds (``PhraseScan``)."""
TABLE_MIN_ROWS = 3
"""The fewest rows a run-together table has (tables)."""
TABLE_DIGITS = 3 * TABLE_MIN_ROWS * 2
"""A sentence with fewer digits holds no table of ``TABLE_MIN_ROWS`` rows (tables)."""
_TABLE_DIGITS = re.compile(rf"(?:\D*+\d){{{TABLE_DIGITS}}}")
"""Matches over the first ``TABLE_DIGITS`` digits, if there are as many: matched, not
counted by ``findall``, which makes a string of every digit of a long row."""
_TOKEN = re.compile(r"\w+(?:[.\-/&,]\d+|[.\-/&]\w+)*|[^\w\s]")
_WORD_CHARACTER, _DIGIT_CHARACTER = plane_class(r"\w+"), plane_class(r"\d+")
_MARK = plane_class(r"[^\w\s]+")
_TOKEN_IN_PLANE = re.compile(
    rf"{_WORD_CHARACTER}+(?:[.\-/&,]{_DIGIT_CHARACTER}+|[.\-/&]{_WORD_CHARACTER}+)*|{_MARK}"
)
"""``_TOKEN`` with its categories spelt out as classes of the Basic Multilingual Plane
(char_classes), which the engine checks at table speed: the same tokens in a sentence
without astral characters, for about 14% fewer instructions."""


Token = re.Match[str]
"""A word or punctuation token: ``start()``, ``end()`` and ``group()``.  The
regex's own match objects, not tuples made from them: a sentence with a claim
has dozens of tokens and a subject reading looks at a few of them, so nothing
is built per token in Python."""


def is_word(token: Token) -> bool:
    first = token.group()[0]
    return first.isalnum() or first == "_"


def _match_ends(pattern: re.Pattern[str], text: str, start: int, end: int) -> dict[int, int]:
    """Start offset -> end offset of every match of ``pattern`` inside [start, end)."""
    return {m.start(): m.end() for m in pattern.finditer(text, start, end)}


_T = TypeVar("_T")


class _once(Generic[_T]):
    """``functools.cached_property`` without the lock it takes on every first
    access in Python 3.11: a sentence's words are read by one thread."""

    def __init__(self, compute: Callable[[Any], _T]) -> None:
        self._compute = compute
        self._name = compute.__name__

    def __get__(self, instance: Any, owner: Any = None) -> _T:
        value = self._compute(instance)
        instance.__dict__[self._name] = value  # later reads find it and skip this
        return value


@dataclass
class SentenceWords:
    """Tokens of ``text[start:end]`` and what each position is."""

    text: str
    start: int
    end: int
    claims: list[Mention]
    transparent: list[Mention]

    # Tokens and the stop and hedge scans are made on first use: a sentence
    # whose claims are all dates or spans of time reads no subject, and many
    # walks never ask for some of the scans.  The scans themselves match only
    # at the positions a reading asks about (phrase_scan).
    @_once
    def tokens(self) -> list[Token]:
        plane = within_plane(self.text, self.start, self.end)
        return list(
            (_TOKEN_IN_PLANE if plane else _TOKEN).finditer(self.text, self.start, self.end)
        )

    @_once
    def folds_apart(self) -> bool:
        """The sentence holds a character that lower-casing does not fold as the
        regex engine does (``guards.FOLDS_APART``): word tests by ``str.lower`` are off."""
        return FOLDS_APART.search(self.text, self.start, self.end) is not None

    @_once
    def table_digits(self) -> bool:
        """The sentence holds the ``TABLE_DIGITS`` digits (``\\d``) a run-together
        table needs at least (tables), told once for all the claims of the sentence."""
        return _TABLE_DIGITS.match(self.text, self.start, self.end) is not None

    @_once
    def _claim_at(self) -> dict[int, Mention]:
        return _cover(self.claims)

    @_once
    def _transparent_at(self) -> dict[int, Mention]:
        return _cover(self.transparent)

    @_once
    def _forward_start(self) -> int:
        """Where the forward scans start.  Forward readings look only after a
        claim; the scans start before the first one, after the last character
        that no word list holds (a digit, a bracket), so no match straddles
        the start and the matches found are those of a scan of the whole sentence."""
        first = min((m.end for m in self.claims), default=self.start)
        letters = _LETTERS_OR_SPACES.match(self.text[self.start : first][::-1])
        return first - (letters.end() if letters is not None else 0)

    @_once
    def forward_stops(self) -> PhraseStarts:
        """Where the forward stops start (``end_at``), as a scan from the forward start finds."""
        return PhraseStarts(
            FORWARD_STOP_PATTERN, self.text, self._forward_start, self.end, FORWARD_STOP_WORDS
        )

    @_once
    def backward_stops(self) -> PhraseCover:
        """What the backward stops cover (``covers``), as a scan of the sentence finds."""
        return PhraseCover(
            BACKWARD_STOP_PATTERN, self.text, self.start, self.end, BACKWARD_STOP_WORDS
        )

    def in_compound(self, index: int) -> bool:
        """``tokens[index]`` (a stop word where a reading would end) is part of
        a noun made with it ("nhà ở", "sau thuế", "động cơ tăng áp"), so the
        reading goes on.  Asked only where a reading stops, rather than scanned
        for in every sentence: a reading stops once."""
        tokens = self.tokens
        for first in (index, index - 1):
            if first < 0:
                continue
            at = tokens[first].start()
            found = COMPOUND_PATTERN.match(self.text, at, self.end)
            if found is None or found.end() <= tokens[index].start():
                continue
            if at > 0 and (self.text[at - 1].isalnum() or self.text.endswith("sân ", 0, at)):
                continue  # "trên sân nhà ở Champions League": the home ground, then a place
            after = self.text[found.end() : found.end() + 2]
            if after[:1].isalnum() or (found.group().endswith("ở") and after[1:].isupper()):
                continue  # a longer word; "về nhà ở Hà Nội": a home in a place
            return True
        return False

    def unit_end(self, offset: int) -> int | None:
        """Where the unit word a forward scan of the sentence finds at ``offset`` (a
        word start after the first claim) ends.  Matched there alone, not scanned
        for over the sentence: a scan's match covers a later word start only in a
        phrase of several words ("phần trăm"), and no later word of one opens a
        unit phrase (tests/test_context_scans.py), so the match is the scan's."""
        if offset < self._forward_start:
            return None  # before where the scan started
        found = UNIT_PATTERN.match(self.text, offset, self.end)
        return found.end() if found is not None else None

    @_once
    def hedges(self) -> PhraseStarts:
        """Where the hedges start (``end_at``), as a scan from the forward start finds."""
        return PhraseStarts(HEDGE_PATTERN, self.text, self._forward_start, self.end, HEDGE_WORDS)

    def claim_at(self, offset: int) -> Mention | None:
        return self._claim_at.get(offset)

    def transparent_at(self, offset: int) -> Mention | None:
        return self._transparent_at.get(offset)

    def first_token_at_or_after(self, offset: int) -> int:
        return bisect_left(self.tokens, offset, key=Token.start)

    def hedges_reach_transparent(self, offset: int) -> bool:
        """Only hedge words lie between ``offset`` and a modifier mention
        ("từ 6 tuổi"), so a stop word there is really a hedge."""
        position = offset
        for _ in range(4):
            if self.transparent_at(position) is not None:
                return True
            end = self.hedges.end_at(position)
            if end is None:
                return False
            position = _skip_space(self.text, end)
        return False

    def slice(self, start: int, end: int) -> str:
        return self.text[start:end]

    def search_back(
        self, pattern: Searcher, offset: int, reach: int
    ) -> tuple[re.Match[str], int] | None:
        """``pattern`` searched in the ``reach`` characters before ``offset`` (none
        before the sentence), cut out as a text of its own, so that look-behinds see
        nothing before the window: the match and where it starts in the whole text."""
        before = self.text[max(self.start, offset - reach) : offset]
        found = pattern.search(before)
        return None if found is None else (found, offset - len(before) + found.start())


def _cover(mentions: list[Mention]) -> dict[int, Mention]:
    """Offset -> mention for every offset a mention covers (sentences are short)."""
    covered: dict[int, Mention] = {}
    for mention in mentions:
        for offset in range(mention.start, mention.end):
            covered[offset] = mention
    return covered


def _skip_space(text: str, offset: int) -> int:
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset
