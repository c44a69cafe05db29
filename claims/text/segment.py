"""Split normalised text into paragraphs and sentences, keeping offsets.

A paragraph is a run of non-empty lines separated by blank lines; a single
line break also ends a paragraph, because scraped news puts each paragraph on
its own line.  Sentences end at ". ", "! ", "? ", "…" or a line end, except
after a number group ("74.739"), an initial ("TP. HCM") or a known
abbreviation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    index: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    start: int
    end: int
    index: int


@dataclass(frozen=True, slots=True)
class Segmented:
    text: str
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]

    def sentence_at(self, offset: int) -> Sentence:
        """The sentence containing ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.sentences[mid].start <= offset:
                lo = mid
            else:
                hi = mid - 1
        return self.sentences[lo]

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start : sentence.end]


_PARAGRAPH = re.compile(r"[^\r\n]*[^\s][^\r\n]*")
# A sentence ends at terminal punctuation followed by space and an upper-case
# letter or a digit (after an optional quote or bracket) -- or at the end of the
# paragraph.  The letter is checked with str.isupper(): a regex range such as
# À-Ỹ would also take the lower-case Vietnamese letters that lie inside it.
# The punctuation is matched, not looked behind at, and only at the marks
# (``_sentence_ends``); the sentence ends after it, at the start of group "gap".
_SENTENCE_END = re.compile(r"[.!?…](?P<gap>[\"”’)]*\s+)(?=[\"“‘(]?(?P<first>\w))")
_END_MARKS = ".!?…"
_GAP_OPENERS = '"”’)'
"""What the pattern takes right after a mark: a closing quote or bracket, else white space."""
_NO_BREAK_BEFORE = re.compile(
    r"(?:\b(?:TP|Tp|ThS|TS|PGS|GS|BS|Th\.S|St|Mr|Mrs|Dr|No|Q|P|NĐ|TT|QĐ)|\b[A-ZĐ])\.$"
)
_NO_BREAK_REACH = 6
"""The longest abbreviation with its point ('Th.S.') and the boundary before it."""
_ABBREVIATION_ENDS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐpstro")
"""The last letters of the abbreviations above: any other letter before the point
ends the sentence without the search."""


def segment(text: str) -> Segmented:
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    for p_index, (p_start, p_end) in enumerate(_paragraph_spans(text)):
        paragraphs.append(Paragraph(p_start, p_end, p_index))
        s_start = p_start
        for end in _sentence_ends(text, p_start, p_end):
            first = end.group("first")
            if not (first.isupper() or first.isdigit()):
                continue
            stop = end.start("gap")
            # Only the last characters can hold an abbreviation; the sentence
            # start before them is preceded by white space or nothing, so the
            # word boundary there reads as it did on the sentence alone.
            window = max(s_start, stop - _NO_BREAK_REACH)
            if (
                text[stop - 1] == "."
                and stop - 2 >= window
                and text[stop - 2] in _ABBREVIATION_ENDS
                and _NO_BREAK_BEFORE.search(text, window, stop)
            ):
                continue
            if s_start == p_start:  # a paragraph may open with white space
                _add(sentences, text, s_start, stop, p_index)
            else:  # after the gap, before the point: nothing to trim
                sentences.append(Sentence(s_start, stop, p_index, len(sentences)))
            s_start = end.end()
        _add(sentences, text, s_start, p_end, p_index)
    if not sentences:
        sentences.append(Sentence(0, len(text), 0, 0))
        paragraphs.append(Paragraph(0, len(text), 0))
    return Segmented(text, tuple(paragraphs), tuple(sentences))


def _sentence_ends(text: str, start: int, end: int) -> list[re.Match[str]]:
    """What ``_SENTENCE_END.finditer(text, start, end)`` finds, found from its marks: each
    match opens on one (``str.find`` jumps to them faster than the engine's search walks
    every character through the class) and holds no other, so the matches are those at
    the marks where the pattern matches, in order.  Most marks are points inside numbers
    ("74.739"), ruled out without the pattern by the character after them."""
    marks: list[int] = []
    for mark in _END_MARKS:
        at = text.find(mark, start, end)
        while at != -1:
            marks.append(at)
            at = text.find(mark, at + 1, end)
    marks.sort()
    found = []
    for at in marks:
        after = at + 1
        if after < end and (text[after].isspace() or text[after] in _GAP_OPENERS):
            match = _SENTENCE_END.match(text, at, end)
            if match is not None:
                found.append(match)
    return found


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``_PARAGRAPH``'s matches: the lines (split at each \\r and \\n) that
    hold a character other than white space.  Without a \\r, ``str.split`` cuts the
    lines, where the pattern would try every character; ``str.isspace`` is ``\\s``."""
    if "\r" in text:
        return [match.span() for match in _PARAGRAPH.finditer(text)]
    spans: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line and not line.isspace():
            spans.append((start, end))
        start = end + 1
    return spans


def _add(sentences: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        sentences.append(Sentence(start, end, paragraph, len(sentences)))
