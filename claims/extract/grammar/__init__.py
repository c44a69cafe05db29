"""Vietnamese quantity grammar: numbers, scale words, number words, hedges,
units and dates, read into interval-valued ``Mention`` objects.

Modules: ``numeral_words``, ``hedge_words`` and ``unit_words`` (the word lists),
``alternation`` (word lists as regex), ``numbers`` (digits), ``number_words``,
``hedges`` (intervals), ``units``, ``dates``, ``identifiers``, ``named_numbers``
(numbers that name or rank things), ``named_places`` (numbers inside the name of a
place, an institution or a work), ``centuries``, ``shirt_numbers`` (a player's
number in brackets), ``patterns`` (the compiled regexes), ``cues`` (words before
a number), ``cores`` (a number's figure and the unit after it), ``ranges`` (a
range's second half), ``quantities`` (assembling one quantity) and ``scan`` (the
left-to-right pass).
"""

from __future__ import annotations

from datetime import date

from claims.extract.grammar.scan import scan
from claims.model import Mention


def find_mentions(text: str, *, published: date | None = None) -> list[Mention]:
    """Every quantity reading in ``text``, sorted by start and non-overlapping.

    ``text[m.start:m.end] == m.text`` for every mention.  Identifiers
    (document numbers, "lớp 1", "COVID-19"...) come back with kind
    ``identifier``; dates take ``published``'s year when they have none.
    """
    return scan(text, published)


__all__ = ["find_mentions"]
