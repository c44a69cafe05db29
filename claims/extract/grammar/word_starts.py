"""Where the word scanner's candidates start, found in a few passes at C speed.

A candidate is what ``WORD_START`` matches: a whole word that is a number word
('hai', 'Năm', 'quý'...), a roman numeral, or a fraction character ('½').
Searching with ``WORD_START`` itself tries its look-behind at every letter that
could open a number word, about a thousand per article, most of them inside
other words.  These passes start one character earlier, at what precedes a
word: a space (a literal, which the engine skips to fastest) or any other
character that is no letter or digit (a character class, checked at table
speed, see ``char_classes``).  Fraction characters, rare, get a pass of their own.
The starts are the same as a ``WORD_START`` search would find (the test
``test_grammar_word_starts`` holds them equal); the scanner re-reads each one
with an anchored ``WORD_START.match``.
"""

from __future__ import annotations

import re

from claims.extract.grammar.alternation import alt
from claims.extract.grammar.char_classes import WORD_GAP
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
_ROMAN_WORD = f"[{ROMAN_LETTERS}]+{_END}"
_WORD = f"(?:{_NUMBER_WORD}|{_ROMAN_WORD})"

AFTER_SPACE = re.compile(" " + _WORD)
AFTER_GAP = re.compile(WORD_GAP + _WORD)
AT_START = re.compile(_WORD)
FRACTION_CHAR = re.compile(f"[{''.join(VULGAR_FRACTIONS)}](?<![^\\W_].)")


def _searched_word(text: str, start: int) -> str:
    found = WORD_START.match(text, start)
    return found.group() if found is not None else ""


def word_starts(text: str) -> list[int]:
    """The starts of the scanner's candidate words in ``text``, in order."""
    spans = [(found.start() + 1, found.end()) for found in AFTER_SPACE.finditer(text)]
    spans += [(found.start() + 1, found.end()) for found in AFTER_GAP.finditer(text)]
    first = AT_START.match(text)
    if first is not None:
        spans.append(first.span())
    starts = [
        start
        for start, end in spans
        if text[start:end].lower() in FIRST_WORDS or text[start:end].isupper()
    ]
    if any(fraction in text for fraction in VULGAR_FRACTIONS):  # rare: skip the pass
        starts += [
            found.start()
            for found in FRACTION_CHAR.finditer(text)
            # '¼a': the search reads the fraction and the letter as one word, none
            if _searched_word(text, found.start()) in VULGAR_FRACTIONS
        ]
    starts.sort()
    return starts
