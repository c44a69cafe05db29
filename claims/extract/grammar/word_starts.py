"""Where the scanners' candidates start, found in two passes at C speed.

The word scanner's candidate is what ``WORD_START`` matches: a whole word that is a
number word ('hai', 'Năm', 'quý'...), a roman numeral, or a fraction character ('½').
Searching with ``WORD_START`` itself tries its look-behind at every letter that could
open a number word, about a thousand per article, most of them inside other words.
These passes start one character earlier, at what precedes a word: a space (a literal,
which the engine skips to fastest) or any other character that is no letter or digit
(a character class, checked at table speed, see ``char_classes``); fraction
characters are looked for in the latter pass.  The starts are the same as a
``WORD_START`` search would find (the test ``test_grammar_word_starts`` holds them
equal); the scanner re-reads each one with an anchored ``WORD_START.match``.

The digit scanner's candidates are the runs of digits (``\\d+``).  A search for
them walks every character through a class as the pass over the other characters
does, so both are found in one pass over one class, the digits' and the gaps': each
character is checked once, where two searches checked it twice.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from claims.extract.grammar.alternation import alt
from claims.extract.grammar.char_classes import bmp_class
from claims.extract.grammar.patterns import (
    FIRST_WORDS,
    ROMAN_LETTERS,
    VULGAR_FRACTIONS,
    WORD_FORMS,
    WORD_START,
)

_END = r"(?![^\W_])"
_LETTERS = "".join(sorted({w[0] for w in WORD_FORMS}))
_NUMBER_WORD = f"[{_LETTERS}]{alt({w[1:] for w in WORD_FORMS}, capitalised=False)}{_END}"
"""A first letter and a tail of some number word: a superset, sifted by ``FIRST_WORDS``."""
_ROMAN_WORD = f"[{ROMAN_LETTERS}][{ROMAN_LETTERS}]*{_END}"
"""'[IVXLC]+', spelt so that the alternation below rules it out on its first letter
without entering it (a branch that opens on a repeat is entered at every try)."""
_WORD = f"(?:{_NUMBER_WORD}|{_ROMAN_WORD})"

AFTER_SPACE = re.compile(" " + _WORD)
_FRACTIONS = "".join(VULGAR_FRACTIONS)
GAP_OR_DIGIT = bmp_class(rf"[^\w ]+|_+|\d+|[{_FRACTIONS}]+")
"""One character that is no letter nor the space (a gap), a digit or a fraction, and every
astral character (``bmp_class``): the look-behinds below sort them."""
GAP_WORDS_AND_DIGITS = re.compile(
    GAP_OR_DIGIT + rf"(?:(?<=\d)\d*|(?<![^\W_]){_WORD}|(?<=[{_FRACTIONS}])(?<![^\W_].))"
)
"""A run of digits, a word after a character that is no letter, digit nor space, or a
fraction character with no letter or digit before it (to the engine '½' is one).  The
class holds every astral character (see ``bmp_class``); the look-behinds sort them, and
confirm a digit as ``\\d`` would and a gap as ``[^\\w ]|_`` would."""
AT_START = re.compile(_WORD)


class Candidates(NamedTuple):
    """Where the scanners' candidates start in one text."""

    words: list[int]
    """The starts of the word scanner's candidate words, in order."""
    digit_starts: list[int]
    """The starts of the maximal runs of digits, in order ..."""
    digit_ends: list[int]
    """... and their ends."""


def _searched_word(text: str, start: int) -> str:
    found = WORD_START.match(text, start)
    return found.group() if found is not None else ""


def candidates(text: str) -> Candidates:
    """The word scanner's candidate words and the runs of digits in ``text``."""
    spans = [(found.start() + 1, found.end()) for found in AFTER_SPACE.finditer(text)]
    digit_starts: list[int] = []
    digit_ends: list[int] = []
    fractions: list[int] = []
    for found in GAP_WORDS_AND_DIGITS.finditer(text):
        start, end = found.span()
        first_char = text[start]
        if first_char.isdecimal():  # ``\d`` is a decimal digit, as ``isdecimal`` says
            digit_starts.append(start)
            digit_ends.append(end)
            continue
        if first_char in VULGAR_FRACTIONS:
            fractions.append(start)
        else:
            spans.append((start + 1, end))
    first = AT_START.match(text)
    if first is not None:
        spans.append(first.span())
    starts = [
        start
        for start, end in spans
        if text[start:end].lower() in FIRST_WORDS or text[start:end].isupper()
    ]
    # '¼a': the search reads the fraction and the letter as one word, none
    starts += [start for start in fractions if _searched_word(text, start) in VULGAR_FRACTIONS]
    starts.sort()
    return Candidates(starts, digit_starts, digit_ends)


def matches_on_runs(
    pattern: re.Pattern[str], text: str, found: Candidates, longest: int, followers: str
) -> list[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, for a ``pattern`` that matches only at the
    start of a run of digits (a look-behind rules out a digit before it), and only on a
    run of at most ``longest`` digits followed by one of ``followers``.  Tried at the
    runs ``candidates`` found, where the search walked every character of the text."""
    matches: list[re.Match[str]] = []
    resume = 0  # the search goes on after its last match
    for start, end in zip(found.digit_starts, found.digit_ends, strict=True):
        if start < resume or end - start > longest or end == len(text):
            continue
        if text[end] not in followers:
            continue
        match = pattern.match(text, start)
        if match is not None:
            matches.append(match)
            resume = match.end()
    return matches
