"""Several measures printed together that the scan reads as one range, fraction or name.

- **Body measurements.** "số đo 3 vòng (86 - 60 - 91)", "số đo 3 vòng là: 81-64-89":
  bust, waist and hips, three measures (tests/gold/dev7 and dev9 label each one), not
  a range '60 - 91' after a count nor an identifier. In cm, the unit such sizes are
  told in whether the page prints it or not (dev7 writes cm; dev9 leaves the unit out).
- **A speed against its limit.** "vượt quá tốc độ cho phép (66/60 km/h)": the speed
  driven and the limit, two measures in the unit after them (dev9), no fraction 1.1.
"""

from __future__ import annotations

import re
from decimal import Decimal

from claims.extract.grammar.hedges import Bounds
from claims.extract.grammar.mentions import quantity_mention
from claims.extract.grammar.numbers import to_number
from claims.model import Mention

_DASH = r"[ \t]*[-–][ \t]*"
_THREE_SIZES = re.compile(
    rf"(?<![^\W_])(?:[Ss]ố[ \t]+đo|vòng)(?![^\W_])[^.!?\n\d]{{0,30}}(?:3[ \t]+vòng)?"
    rf"[^.!?\n\d]{{0,20}}(?<![\d.,/-])(?P<a>\d{{2,3}}){_DASH}(?P<b>\d{{2,3}}){_DASH}"
    rf"(?P<c>\d{{2,3}})(?!\d|[.,/]\d|{_DASH}\d)(?P<cm>[ \t]*cm(?![^\W_]))?"
)
_SIZE_RANGE = (Decimal(40), Decimal(150))

_SPEED_PAIR = re.compile(r"(?P<a>\d{2,3})/(?P<b>\d{2,3})(?P<unit>[ \t]*km/(?:h|giờ))(?![^\W_])")


def split_measure_pairs(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with body measurements and speed pairs read as separate measures."""
    if "số đo" in text or "Số đo" in text or "vòng" in text:
        for found in _THREE_SIZES.finditer(text):
            mentions = _three_sizes(text, mentions, found)
    if "km/" in text:
        mentions = [m for mention in mentions for m in _speed_pair(text, mention)]
    return mentions


def _measure(text: str, start: int, end: int, value: str, unit: str | None) -> Mention:
    number = to_number(Decimal(value))
    return quantity_mention(
        text, start, end, "measure", number, Bounds(number, number), unit, "exact"
    )


def _three_sizes(text: str, mentions: list[Mention], found: re.Match[str]) -> list[Mention]:
    low, high = _SIZE_RANGE
    if not all(low <= Decimal(found.group(g)) <= high for g in "abc"):
        return mentions
    start, end = found.start("a"), found.end("c")
    unit = "cm"
    sizes = [_measure(text, found.start(g), found.end(g), found.group(g), unit) for g in "abc"]
    if found.group("cm"):
        sizes[-1] = _measure(text, found.start("c"), found.end("cm"), found.group("c"), unit)
        end = found.end("cm")
    kept = [m for m in mentions if m.end <= start or m.start >= end]
    if len(kept) == len(mentions):
        return mentions  # nothing was read there (a hidden number): leave it so
    return sorted(kept + sizes, key=lambda m: m.start)


def _speed_pair(text: str, mention: Mention) -> list[Mention]:
    if mention.kind != "fraction":
        return [mention]
    found = _SPEED_PAIR.match(text, mention.start)
    if found is None or found.end("b") != mention.end:
        return [mention]
    unit = "km/h"
    return [
        _measure(text, found.start("a"), found.end("a"), found.group("a"), unit),
        _measure(text, found.start("b"), found.end("unit"), found.group("b"), unit),
    ]
