"""A Roman numeral after its cue word: a quarter ('quý IV/2017'), a century ('thế kỷ XXI')
or a name's number ('Khóa XII', 'Đại hội XIII')."""

from __future__ import annotations

import re
from datetime import date

from claims.extract.grammar import dates
from claims.extract.grammar.centuries import CENTURY_WORDS, century_mention, roman_value
from claims.extract.grammar.mentions import identifier, plain_mention
from claims.extract.grammar.patterns import LOOKBACK_CHARS, ROMAN_CUE_REVERSED
from claims.model import Mention

_QUARTER_YEAR = re.compile(r"\s*(?:[/–-]\s*|\s(?:của\s+)?năm\s+)(\d{4})(?!\d)")


def roman_mention(
    text: str, floor: int, published: date | None, start: int, end: int
) -> Mention | None:
    """The numeral ``text[start:end]`` read from the cue before it, or ``None`` with no cue
    (or a quarter past IV)."""
    lo = max(floor, start - LOOKBACK_CHARS)
    cue = ROMAN_CUE_REVERSED.match(text[lo:start][::-1])
    if cue is None:
        return None
    cue_start = start - cue.end()
    if cue.group("cue").lower() == "ýuq":
        numeral = text[start:end]
        if numeral not in ("I", "II", "III", "IV"):
            return None
        year = _QUARTER_YEAR.match(text, end)
        stop = year.end() if year else end
        iso = dates.iso_quarter(
            dates.quarter_value(numeral), int(year.group(1)) if year else None, published
        )
        return plain_mention(text, cue_start, stop, "date", iso, qualifier="range")
    century = roman_value(text[start:end])
    if cue.group("cue").lower()[::-1] in CENTURY_WORDS and 1 <= century <= 21:
        return century_mention(text, cue_start, end, century)  # "thế kỷ XXI"
    return identifier(text, cue_start, end)
