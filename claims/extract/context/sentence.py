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
from typing import Any, Generic, TypeVar

from claims.extract.context.guards import FOLDS_APART
from claims.extract.context.words import (
    BACKWARD_STOP_PATTERN,
    BACKWARD_STOPS,
    FORWARD_STOP_PATTERN,
    FORWARD_STOPS,
    HEDGE_PATTERN,
    HEDGES,
    UNIT_PATTERN,
    UNIT_WORDS,
)
from claims.model import Mention

_LETTERS_OR_SPACES = re.compile(r"(?:[^\W\d_]|\s)*")
"""What a match of the stop, unit and hedge lists can hold ("%" is a match alone)."""
_TOKEN = re.compile(r"\w+(?:[.\-/&,]\d+|[.\-/&]\w+)*|[^\w\s]")


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


class PhraseScan:
    """A word-list pattern (``phrase_pattern``) and the first words of its phrases.

    A match starts where ``(?<!\\w)`` holds with a phrase's first word, and
    after that word comes space or the end of the match, so the run of word
    characters there is that word (in any case): a sentence is scanned by
    looking up its words and trying the pattern only at the few that start a
    phrase, instead of letting the engine try the alternation at every offset.
    """

    def __init__(self, pattern: re.Pattern[str], phrases: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.first_words = frozenset(phrase.lower().split()[0] for phrase in phrases)
        for word in self.first_words:
            if not (_WORD_RUN.fullmatch(word) or (len(word) == 1 and not word.isspace())):
                raise ValueError(f"first word that is not a word or one sign: {word!r}")


_WORD_RUN = re.compile(r"\w+")
FORWARD_STOP_SCAN, UNIT_SCAN, HEDGE_SCAN, BACKWARD_STOP_SCAN = _SCANS = (
    PhraseScan(FORWARD_STOP_PATTERN, FORWARD_STOPS),
    PhraseScan(UNIT_PATTERN, UNIT_WORDS),
    PhraseScan(HEDGE_PATTERN, HEDGES),
    PhraseScan(BACKWARD_STOP_PATTERN, BACKWARD_STOPS),
)
_SCANS_STARTED_BY: dict[str, tuple[int, ...]] = {
    word: tuple(i for i, scan in enumerate(_SCANS) if word in scan.first_words)
    for word in frozenset().union(*(scan.first_words for scan in _SCANS))
}
"""Lower-cased word -> indices in ``_SCANS`` of the scans with a phrase it starts."""


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

    # Tokens and the stop, unit and hedge scans are made on first use: a
    # sentence whose claims are all dates or spans of time reads no subject,
    # and many walks never ask for some of the scans.
    @_once
    def tokens(self) -> list[Token]:
        return list(_TOKEN.finditer(self.text, self.start, self.end))

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
    def _phrase_starts(self) -> list[list[int]] | None:
        """Offsets of the words that start a phrase of each of ``_SCANS``, in
        order; ``None`` when lower-casing cannot stand for the regex engine's
        case folding (see guards), and the scans try every offset."""
        if FOLDS_APART.search(self.text, self.start, self.end) is not None:
            return None
        starts: list[list[int]] = [[] for _ in _SCANS]
        started_by = _SCANS_STARTED_BY.get
        for token in self.tokens:
            word = token.group()
            if word.isalnum() or len(word) == 1:  # one run of word characters, or one sign
                for scan in started_by(word.lower(), ()):
                    starts[scan].append(token.start())
                continue
            # "đồng/năm", "TP.HCM": each run of word characters may start a phrase.
            for run in _WORD_RUN.finditer(word):
                for scan in started_by(run.group().lower(), ()):
                    starts[scan].append(token.start() + run.start())
        return starts

    def scan(self, scan: PhraseScan, start: int) -> dict[int, int]:
        """Start offset -> end offset of every match of ``scan.pattern`` inside
        [start, self.end), as ``finditer`` finds them: tried at phrase starts
        alone, and a match's end is where the next may start."""
        starts = self._phrase_starts
        if starts is None:
            return _match_ends(scan.pattern, self.text, start, self.end)
        ends: dict[int, int] = {}
        match, text, end = scan.pattern.match, self.text, self.end
        resume = start
        for at in starts[_SCANS.index(scan)]:
            if at >= resume:
                found = match(text, at, end)
                if found is not None:
                    ends[at] = resume = found.end()
        return ends

    @_once
    def forward_stops(self) -> dict[int, int]:
        return self.scan(FORWARD_STOP_SCAN, self._forward_start)

    @_once
    def backward_stops(self) -> set[int]:
        covered: set[int] = set()
        for start, end in self.scan(BACKWARD_STOP_SCAN, self.start).items():
            covered.update(range(start, end))
        return covered

    @_once
    def units(self) -> dict[int, int]:
        return self.scan(UNIT_SCAN, self._forward_start)

    @_once
    def hedges(self) -> dict[int, int]:
        return self.scan(HEDGE_SCAN, self._forward_start)

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
            end = self.hedges.get(position)
            if end is None:
                return False
            position = _skip_space(self.text, end)
        return False

    def slice(self, start: int, end: int) -> str:
        return self.text[start:end]


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
