"""The sentence around a span of raw text, found without segmenting it.

The grammar reads the text before it is split into sentences; a check that needs the
rest of a number's sentence (is this a match report, does another player carry '(số
N)') takes the span between the sentence ends around it: a full stop, '!', '?' or a
line break.
"""

from __future__ import annotations

_SENTENCE_ENDS = (".", "!", "?", "\n")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """[begin, stop) of the sentence holding ``text[start:end]``: after the last sentence
    end before ``start``, up to the first at or after ``end`` (or the text's end)."""
    begin = max(text.rfind(mark, 0, start) for mark in _SENTENCE_ENDS) + 1
    stop = min(
        (at for at in (text.find(mark, end) for mark in _SENTENCE_ENDS) if at != -1),
        default=len(text),
    )
    return begin, stop
