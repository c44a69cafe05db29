"""The terminal report's line breaking against the plain algorithm it shortcuts.

``Styled.line_ranges`` takes a paragraph that fits as one line without
placing its words, and ``_cells`` counts one cell a character for text rich
would measure that way; both must cut and pad exactly where the word-by-word
algorithm with rich's ``cell_len`` does.
"""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len, chop_cells

from claims.report.terminal import _NARROW, _WIDER, Styled, _cells, _longest_line

# ASCII, Vietnamese, a combining mark, wide CJK and emoji, a zero-width joiner and
# variation selector, the report's own marks, a line separator and controls.
ALPHABET = st.sampled_from(
    list("ab Z1.,-")
    + list("ăâđêôơưếộữỹ")
    + ["\u0301", "中", "文", "👨", "👩", "\u200d", "\ufe0f", "✓", "∞", "−", "─", "…", "·"]
    + ["\u2028", "\x85", "\xa0", "\t", "\n", "\x07", "\x1b"]
)
TEXTS = st.text(ALPHABET, max_size=80)
_WORD = re.compile(r"\s*\S+\s*")


def reference_wrap(styled: Styled, width: int, color: bool) -> list[str]:
    """The word-by-word wrap the renderer had before its shortcuts."""
    lines: list[str] = []
    offset = 0
    for paragraph in styled.plain.split("\n"):
        for start, end in _reference_ranges(paragraph, width):
            lines.append(styled.paint(offset + start, offset + end, color))
        offset += len(paragraph) + 1
    return lines


def _reference_ranges(text: str, width: int) -> list[tuple[int, int]]:
    breaks: list[int] = []
    used = 0
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        length = cell_len(word.rstrip())
        if width - used >= length:
            used += cell_len(word)
        elif length > width:
            pieces = chop_cells(word, width) or [word]
            for piece in pieces[:-1]:
                if start:
                    breaks.append(start)
                start += len(piece)
            if start:
                breaks.append(start)
            used = cell_len(pieces[-1])
        elif used and start:
            breaks.append(start)
            used = cell_len(word)
    ranges = []
    for start, end in itertools.pairwise([0, *breaks, len(text)]):
        line = text[start:end]
        kept = len(line.rstrip()) if cell_len(line) > width else len(line)
        line = line[:kept]
        while line and cell_len(line) > width:
            line = line[:-1]
        ranges.append((start, start + len(line)))
    return ranges


@settings(max_examples=400)
@given(TEXTS)
def test_cells_is_rich_cell_len(text: str) -> None:
    assert _cells(text) == cell_len(text)


@settings(max_examples=400)
@given(st.lists(st.tuples(TEXTS, st.sampled_from(["", "bold", "dim red"])), max_size=4))
def test_wrap_and_widths_match_the_word_by_word_algorithm(parts: list[tuple[str, str]]) -> None:
    styled = Styled()
    for text, style in parts:
        styled.append(text, style)
    for width in (1, 2, 5, 13, 40, 200):
        for color in (False, True):
            assert styled.wrap(width, color) == reference_wrap(styled, width, color)
        for start, end, cells in styled.line_ranges(width):
            assert cells == cell_len(styled.plain[start:end])
    lines = styled.plain.splitlines()
    assert _longest_line(styled) == max((cell_len(line) for line in lines), default=0)


def test_joiners_before_a_character_wider_than_the_line_do_not_crash_the_wrap() -> None:
    # found by hypothesis: rich's chop_cells returns no pieces for this word at width 1
    styled = Styled("a \u200d\u200d世")
    assert styled.wrap(1, False) == reference_wrap(styled, 1, False)
    assert all(cells <= 2 for _, _, cells in styled.line_ranges(1))


def test_a_paragraph_that_fits_is_one_line_and_one_that_does_not_is_cut() -> None:
    styled = Styled("Theo ông Nguyễn Văn A, 30% của 150 người là 45 người.")
    assert styled.wrap(200, False) == [styled.plain]
    assert styled.wrap(20, False) == reference_wrap(styled, 20, False)
    assert len(styled.wrap(20, False)) > 1


def test_the_narrow_test_holds_exactly_the_narrow_set() -> None:
    # _cells asks the class for a character outside the set: every code point agrees
    outside = [chr(point) for point in range(0x110000) if chr(point) not in _NARROW]
    assert all(_WIDER.fullmatch(character) for character in outside)
    assert not any(_WIDER.search(character) for character in _NARROW)
    assert all(cell_len(character) == 1 for character in _NARROW)
