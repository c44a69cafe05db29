"""The one or two words right before a number, read back from it.

``TWO_WORDS_BEFORE`` says what is wanted: 'Hàm Cá Mập ', 'Thiên ưu '.  Searched over
the thirty characters before a number, it was tried at every one of them, and at each
a run of letters was read and given back letter by letter: a hundred times the work of
reading the two words back from the number.  ``two_words_before`` reads them back and
gives what the search gives (tests/test_grammar_word_runs.py holds them equal).
"""

from __future__ import annotations

import re
from typing import NamedTuple

TWO_WORDS_BEFORE = re.compile(r"(?:([^\W\d_]+)[ \t]+)?(?<![^\W_])([^\W\d_]+)[ \t]+$")


class TwoWords(NamedTuple):
    """What the search's match tells: its groups and where they start."""

    before: str | None
    last: str
    before_start: int
    last_start: int

    def groups(self) -> tuple[str | None, str]:
        return self.before, self.last

    def start(self, group: int = 0) -> int:
        if group == 2 or (group == 0 and self.before is None):
            return self.last_start
        return self.before_start


def _letter(character: str) -> bool:
    """``[^\\W\\d_]``: a word character (``\\w`` is ``isalnum`` or '_') that is no digit."""
    return character.isalnum() and not character.isdecimal()


def _run_start(text: str, low: int, end: int, inside: str) -> int:
    """Where the run of ``inside`` characters ('letters': ``_letter``) ending at ``end``
    starts, no earlier than ``low``."""
    position = end
    if inside == "letters":
        while position > low and _letter(text[position - 1]):
            position -= 1
    else:
        while position > low and text[position - 1] in " \t":
            position -= 1
    return position


def two_words_before(text: str, low: int, end: int) -> TwoWords | None:
    """``TWO_WORDS_BEFORE.search(text, low, end)``, read back from ``end``.

    A match ends in spaces at ``end`` after a word, the last; a word and spaces before
    it, the first, are optional and taken when there (the engine tries the group
    first), from the leftmost position the search can start at: the first letter of
    that word, or ``low`` inside it.  Without them, the last word must not follow a
    letter or a digit."""
    if end > low and text[end - 1] == "\n":
        end -= 1  # "$" matches before a last line break too
    gap = _run_start(text, low, end, "spaces")
    if gap == end:
        return None
    last_start = _run_start(text, low, gap, "letters")
    if last_start == gap:
        return None
    last = text[last_start:gap]
    space = _run_start(text, low, last_start, "spaces")
    if space < last_start:
        before_start = _run_start(text, low, space, "letters")
        if before_start < space:
            return TwoWords(text[before_start:space], last, before_start, last_start)
    if last_start > 0 and text[last_start - 1].isalnum():
        return None  # the look-behind (it sees before ``low`` too)
    return TwoWords(None, last, -1, last_start)
