"""Skipping sentence-wide scans that cannot match.

Most sentences name no place, quote no one and state no period, yet each of
those patterns is a long alternation the regex engine tries at every offset.
Every match of such a pattern holds the words of one of a few phrases as
whole words ("theo", "thành phố", "Hà Nội", "cho … biết"), so a scan runs
only over sentences whose vocabulary (their lower-cased words, found once)
holds all the words of one of them.

Lower-casing stands in for the regex engine's case folding, which it equals
for every character but a few that fold apart (dotless i, long s, some Greek
and Cyrillic): a sentence holding one of those is always scanned.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

from claims.text import Sentence

Vocabulary = frozenset[str] | None
"""The lower-cased words of a sentence that some guard's phrases hold (all a guard
asks of it); ``None`` when guards cannot be trusted."""

_WORD = re.compile(r"\w+")
FOLDS_APART_CHARACTERS = (
    "\u00b5\u0130\u0131\u017f\u0345\u0390\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0"
    "\u03c1\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0432\u0434\u043e"
    "\u0441\u0442\u044a\u0463\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e61"
    "\u1e9b\u1fbe\u1fd3\u1fe3\ua64b\ufb05\ufb06"
)
FOLDS_APART = re.compile(f"[{FOLDS_APART_CHARACTERS}]")
"""Characters whose ``str.lower`` differs from the regex engine's case folding
(the non-ASCII ones among re._casefix's extra cases and the characters whose
full lower case is not their simple one); tests/test_context_guards.py recomputes it."""


def vocabulary(text: str, start: int, end: int) -> Vocabulary:
    sentence = text[start:end]
    if FOLDS_APART.search(sentence):
        return None
    # Only the guards' own words: a guard asks only whether they are there, and
    # the few a sentence holds are quicker to collect and to compare than all of it.
    # The words are the ``\w+`` runs of the lower-cased sentence: no word character is
    # a space, so a run lies inside one of ``split``'s tokens, and most tokens are one
    # run whole (``isalnum``); only the others, joined, are searched for theirs.
    # The commonest punctuation, which is no word character, is made spaces first, so
    # most sentences have no others, which one ``isalnum`` of all tokens tells.
    lowered = sentence.lower()
    for mark in _PUNCTUATION:
        lowered = lowered.replace(mark, " ")
    tokens = lowered.split()
    found = _GUARD_WORDS.intersection(tokens)
    if not "".join(tokens).isalnum():
        others = [token for token in tokens if not token.isalnum()]
        if others:
            found |= _GUARD_WORDS.intersection(_WORD.findall(" ".join(others)))
    return found


_PUNCTUATION = tuple(",.-()/:\u201c\u201d\";\u2026'?\u2013%")
"""The punctuation commonest in the corpus's sentences, most frequent first."""


_GUARD_WORDS: frozenset[str] = frozenset()
"""Every word of every guard's phrases (each ``Guard`` adds its own when made)."""


class Guard:
    """Phrases one of which every match of a pattern holds, each of its words
    as a whole word: the pattern can match only a sentence that holds them all."""

    def __init__(self, phrases: Iterable[str]) -> None:
        # Indexed by first word, so a sentence is checked against the few
        # phrases that start with one of its words.
        global _GUARD_WORDS
        self._by_first: dict[str, list[frozenset[str]]] = {}
        for phrase in phrases:
            words = _WORD.findall(phrase.lower())
            if not words:
                raise ValueError(f"phrase without words: {phrase!r}")
            self._by_first.setdefault(words[0], []).append(frozenset(words))
            _GUARD_WORDS = _GUARD_WORDS.union(words)
        self._first = frozenset(self._by_first)
        # First words that are whole phrases: present, they admit at once.
        self._single = frozenset(
            first for first, phrases in self._by_first.items() if frozenset((first,)) in phrases
        )

    def admits(self, vocabulary: Vocabulary) -> bool:
        if vocabulary is None:
            return True
        if self._first.isdisjoint(vocabulary):
            return False  # the common case, answered without a loop
        if not self._single.isdisjoint(vocabulary):
            return True  # a one-word phrase is there
        return any(
            words <= vocabulary
            for first in self._first.intersection(vocabulary)
            for words in self._by_first[first]
        )


class Vocabularies:
    """The vocabulary of each sentence of a text, found on first ask."""

    def __init__(self, text: str, sentences: Sequence[Sentence]) -> None:
        self._text = text
        self._sentences = sentences
        self._found: dict[int, Vocabulary] = {}

    def __getitem__(self, index: int) -> Vocabulary:
        if index not in self._found:
            sentence = self._sentences[index]
            self._found[index] = vocabulary(self._text, sentence.start, sentence.end)
        return self._found[index]


_Found = TypeVar("_Found")


class PerSentence(Generic[_Found]):
    """What a sentence-wide scan ``find(text, start, end, vocabulary)`` finds in each
    sentence of a text, scanned on first ask and at most once: only sentences with
    claims, and their neighbours, are asked about.  Its owner keeps the bound ``at``
    (a method call costs less than calling an instance)."""

    __slots__ = ("_find", "_found", "_sentences", "_text", "_vocabularies")

    def __init__(
        self,
        find: Callable[[str, int, int, Vocabulary], list[_Found]],
        text: str,
        sentences: Sequence[Sentence],
        vocabularies: Vocabularies,
    ) -> None:
        self._find = find
        self._text = text
        self._sentences = sentences
        self._vocabularies = vocabularies
        self._found: dict[int, list[_Found]] = {}

    def at(self, index: int) -> list[_Found]:
        """What sentence ``index`` holds."""
        found = self._found.get(index)
        if found is None:
            sentence = self._sentences[index]
            found = self._found[index] = self._find(
                self._text, sentence.start, sentence.end, self._vocabularies[index]
            )
        return found
