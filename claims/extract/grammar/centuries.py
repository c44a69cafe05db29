"""Centuries: 'thế kỷ 18', 'thế kỷ XXI', and a bare number listed after one ('thế kỷ 18, 19')."""

from __future__ import annotations

import re

from claims.extract.grammar.cue_words import ROMAN_VALUES
from claims.extract.grammar.mentions import plain_mention
from claims.extract.grammar.patterns import NOUN_TAIL
from claims.model import Mention

CENTURY_WORDS = ("thế kỷ", "thế kỉ")
_CENTURY_JOINER = re.compile(r"[ \t]*(?:,|và|hoặc|-|–)[ \t]*")


def roman_value(numeral: str) -> int:
    """'XXI' = 21, 'XIV' = 14 (a smaller letter before a larger one subtracts)."""
    values = [ROMAN_VALUES[letter] for letter in numeral]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


def century_years(number: int) -> tuple[int, int]:
    """'thế kỷ 18' = the years 1701-1800."""
    return (number - 1) * 100 + 1, number * 100


def century_mention(text: str, start: int, end: int, number: int) -> Mention:
    first, last = century_years(number)
    return plain_mention(text, start, end, "year", None, lower=first, upper=last, qualifier="range")


def listed_century(text: str, previous: Mention, mention: Mention) -> Mention:
    """'thế kỷ 18, 19': a bare number listed after a century is the next century."""
    if not previous.text.lower().startswith(CENTURY_WORDS) or mention.qualifier != "exact":
        return mention
    if not mention.text.isdigit() or not 1 <= int(mention.text) <= 21:
        return mention
    if _CENTURY_JOINER.fullmatch(text, previous.end, mention.start) is None:
        return mention
    if NOUN_TAIL.match(text, mention.end):  # "thế kỷ 18 và 19 người": a count
        return mention
    return century_mention(text, mention.start, mention.end, int(mention.text))
