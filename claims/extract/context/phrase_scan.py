"""What a scan of a sentence with a phrase pattern finds, worked out only where asked.

A subject reading asks a stop or hedge list about a few positions of a sentence
(the words it walks over), but a scan (``finditer``) tries the list's alternation at
every character.  ``PhraseScan`` answers the same questions by matching at the
position asked, and, only where that matches, asking the same about the few words
before it, since the scan keeps a match only where no earlier match of its own
reaches.

This holds for a ``phrase_pattern``: each match is whole words (``\\w`` runs, with
``(?<!\\w)`` before and ``(?!\\w)`` after) with only white space between them, at
most ``max_words`` of them.  So a match that reaches over a position starts at one
of the ``max_words`` words before it that only white space separates from it, or
at the start of the word the position is in.  tests/test_context_phrase_scan.py
holds every answer equal to the scan's, on news sentences and on runs of stop words.
"""

from __future__ import annotations

import re


class PhraseScan:
    """The matches ``pattern.finditer(text, start, end)`` finds, position by position."""

    __slots__ = (
        "_backward",
        "_end",
        "_ends",
        "_matches",
        "_max_words",
        "_pattern",
        "_start",
        "_text",
    )

    def __init__(
        self, pattern: re.Pattern[str], text: str, start: int, end: int, max_words: int
    ) -> None:
        self._pattern = pattern
        self._text = text
        self._start = start
        self._end = end
        self._max_words = max_words
        self._ends: dict[int, int | None] = {}  # offset -> end of the scan's match there
        self._matches: dict[int, re.Match[str] | None] = {}
        self._backward: str | None = None  # text[start:end] reversed, made on first ask

    def end_at(self, offset: int) -> int | None:
        """The end of the scan's match that starts at ``offset``, ``None`` when none does."""
        ends = self._ends
        if offset in ends:
            return ends[offset]
        if not self._start <= offset < self._end:
            return None  # outside the scan
        # Depth first over the words before, without recursion: a run of stop
        # words ("và là của ...") may be long.
        todo = [offset]
        while todo:
            at = todo[-1]
            if at in ends:
                todo.pop()
                continue
            match = self._match(at)
            if match is None:
                ends[at] = None
                todo.pop()
                continue
            earlier = self._earlier_words(at)
            unknown = [word for word in earlier if word not in ends]
            if unknown:
                todo.extend(unknown)
                continue
            reached = any((ends[word] or 0) > at for word in earlier)
            ends[at] = None if reached else match.end()
            todo.pop()
        return ends[offset]

    def covers(self, offset: int) -> bool:
        """Some match of the scan holds ``offset``."""
        if not self._start <= offset < self._end:
            return False  # outside the scan
        if self.end_at(offset) is not None:
            return True
        return any((self.end_at(word) or 0) > offset for word in self._earlier_words(offset))

    def _match(self, offset: int) -> re.Match[str] | None:
        matches = self._matches
        if offset in matches:
            return matches[offset]
        found = matches[offset] = self._pattern.match(self._text, offset, self._end)
        return found

    def _earlier_words(self, offset: int) -> list[int]:
        """Where a match reaching over ``offset`` may start: the start of the word
        ``offset`` is inside, and the starts of the words before that only white
        space separates from it, nearest first, none before the scan's start."""
        # One match on the scan's text reversed, read from ``offset`` back to the
        # start: the rest of the word (``\w*``), then each word after its white space
        # (``\s+\w+``, greedy, so whole runs, as walking back character by character
        # found them; each ``str`` test in a loop cost more than the whole match).
        backward = self._backward
        if backward is None:
            backward = self._backward = self._text[self._start : self._end][::-1]
        end, max_words = self._end, self._max_words
        chain = _chain(max_words).match(backward, end - offset)
        assert chain is not None  # every part may be empty
        found: list[int] = []
        if chain.end(1) > end - offset:
            found.append(end - chain.end(1))
        for group in range(2, 2 + max_words - len(found)):
            word_end = chain.end(group)
            if word_end < 0:
                break  # no white space before, or something other than a word before it
            found.append(end - word_end)
        return found


_CHAINS: dict[int, re.Pattern[str]] = {}


def _chain(max_words: int) -> re.Pattern[str]:
    r"""``(\w*)`` and then up to ``max_words`` times ``\s+(\w+)``, each group the
    word after the one before (on a text read backward), compiled on first ask."""
    chain = _CHAINS.get(max_words)
    if chain is None:
        chain = _CHAINS[max_words] = re.compile(
            r"(\w*)" + r"(?:\s+(\w+)" * max_words + ")?" * max_words
        )
    return chain


class PhraseStarts(PhraseScan):
    """Read as the dict (match start -> end) of a scan it stands for: ``get``, ``in``."""

    __slots__ = ()

    def get(self, offset: int) -> int | None:
        return self.end_at(offset)

    def __contains__(self, offset: object) -> bool:
        return isinstance(offset, int) and self.end_at(offset) is not None


class PhraseCover(PhraseScan):
    """Read as the set of offsets a scan's matches cover, which it stands for: ``in``."""

    __slots__ = ()

    def __contains__(self, offset: object) -> bool:
        return isinstance(offset, int) and self.covers(offset)
