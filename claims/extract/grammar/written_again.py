"""Where the text writes some words again, found without a regex made for the words.

A few checks ask whether the article writes a phrase elsewhere ('Nắng 2' of 'Nắng 2 mở
đầu', the model '1299 Ducati', the full name 'Võ Hữu Ba'): they built a pattern of the
words and searched the whole text with it, so the engine compiled a pattern for each
name and tried it at every offset.  The words are literal: ``str.find`` skips to each
place the first one is written, and only those places are checked, with what the pattern
asked before and after the words tested where they stand (tests/test_grammar_written_again.py
holds the answers equal to the searches').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_GAP = re.compile(r"[ \t]+")


def written(text: str, words: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """Every (start, end) of ``text`` that holds ``words`` (none empty nor opening on a
    space) in order, joined by spaces or tabs: what ``[ \\t]+``-joined literals match."""
    first = words[0]
    at = text.find(first)
    while at != -1:
        end = at + len(first)
        for word in words[1:]:
            gap = _GAP.match(text, end)
            if gap is None or not text.startswith(word, gap.end()):
                end = -1
                break
            end = gap.end() + len(word)
        if end != -1:
            yield at, end
        at = text.find(first, at + 1)


def is_letter(char: str) -> bool:
    """``[^\\W\\d_]``: a letter (a word character, no decimal digit nor the underscore)."""
    return char.isalnum() and not char.isdecimal()


def letter_and_gap_before(text: str, at: int) -> bool:
    """``[^\\W\\d_][ \\t]+`` ends at ``at``: spaces or tabs after a letter."""
    start = at
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return 0 < start < at and is_letter(text[start - 1])


def words_back(text: str, at: int, count: int) -> int:
    """The start of the ``count``-th run of letters before ``at``, each run followed by
    spaces or tabs (or where the walk stops): no match made of up to ``count`` runs of
    letters, joined and closed by spaces or tabs, that ends at ``at`` starts before it."""
    start = at
    for _ in range(count):
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        while start > 0 and is_letter(text[start - 1]):
            start -= 1
    return start


NUMBER_CLOSED = re.compile(r"(?![\d.,]\d|[^\W_])")
"""Matches (empty) where a number written before it has ended: no digit, no decimal or
thousands mark before one, no letter."""
