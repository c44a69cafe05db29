"""Several measures printed together that the scan reads as one range, fraction or name.

- **Body measurements.** "số đo 3 vòng (86 - 60 - 91)", "số đo 3 vòng là: 81-64-89",
  "chỉ số hình thể: 88 – 66 – 98": bust, waist and hips, three measures (tests/gold/dev7
  and dev9 label each one), not a range '60 - 91' after a count nor an identifier. In cm,
  the unit such sizes are told in whether the page prints it or not (dev7 writes cm; dev9
  and dev19 leave the unit out).
- **Dimensions.** "túi nilong có kích thước 10x15cm", "kích thước 150x74,5x7,7 mm": each
  side a measure in the unit after the last (dev5 labels '10' and '15cm' so), not an
  identifier like a screen's '1280 x 720 pixel'; not a relay ('4x400 m') nor a
  cartridge ('đạn 12,7 x 108mm'). A hedge before the first side ('khoảng', 'tới',
  'dưới') bends every side.
- **A speed against its limit.** "vượt quá tốc độ cho phép (66/60 km/h)": the speed
  driven and the limit, two measures in the unit after them (dev9), no fraction 1.1.
"""

from __future__ import annotations

import re
from decimal import Decimal

from claims.extract.grammar.cues import look_back
from claims.extract.grammar.hedges import Bounds, bounds_for
from claims.extract.grammar.mentions import quantity_mention
from claims.extract.grammar.numbers import read_digits, to_number
from claims.extract.grammar.word_starts import Candidates
from claims.model import Mention, Qualifier

_DASH = r"[ \t]*[-–][ \t]*"
# Each pattern below opens on a character the engine can skip to at C speed ('S', 's',
# 'v'; a digit), with the look-behind that would open it moved after that character:
# opened by the look-behind, it was tried at every character of the article.
THREE_SIZES = re.compile(
    r"(?:S(?<![^\W_].)ố[ \t]+đo|s(?<![^\W_].)ố[ \t]+đo|v(?<![^\W_].)òng|h(?<![^\W_].)ình[ \t]+thể)"
    r"(?![^\W_])"
    r"[^.!?\n\d]{0,30}(?:3[ \t]+vòng)?"
    rf"[^.!?\n\d]{{0,20}}(?<![\d.,/-])(?P<a>\d{{2,3}}){_DASH}(?P<b>\d{{2,3}}){_DASH}"
    rf"(?P<c>\d{{2,3}})(?!\d|[.,/]\d|{_DASH}\d)(?P<cm>[ \t]*cm(?![^\W_]))?"
)
"""Three body sizes after their cue ('số đo 3 vòng là: 81-64-89'), groups a, b, c: bust,
waist, hips; read here as measures and named by ``context.body_sizes``."""
_SIZE_RANGE = (Decimal(40), Decimal(150))
_SIZES_CUES = ("số đo", "Số đo", "vòng", "hình thể")
"""What ``THREE_SIZES`` opens on, looked for before the pattern is tried: 'số đo 3 vòng',
'chỉ số hình thể: 88 – 66 – 98' (the figure's measurements)."""

_SIDE = r"\d{1,4}(?:,\d{1,2})?"
_DIMENSIONS = re.compile(
    rf"(?P<sides>\d(?<![\d.,/]\d)\d{{0,3}}(?:,\d{{1,2}})?(?:[ \t]*[xX×][ \t]*{_SIDE}){{1,2}})"
    r"[ \t]*(?P<unit>cm|mm|m)(?![^\W_])"
)
"""The first side is ``_SIDE`` with its first digit matched before the look-behind."""
_BY_AFTER = re.compile(r"(?:,\d{1,2})?[ \t]*[xX×][ \t]*\d")
"""What follows the first side's digits in every match of ``_DIMENSIONS``, "x" before a
side: tried after each run of digits the scan found, where ``_DIMENSIONS`` would be tried
at every digit (and a search for "x" walk the text)."""
_SIZE_DASH = re.compile(_DASH)
_BY = re.compile(r"[ \t]*[xX×][ \t]*")
_NOT_DIMENSIONS_BEFORE = re.compile(r"(?:tiếp[ \t]+sức|đạn|cỡ[ \t]+nòng)[^.,;\n\d]{0,20}$")
_SPEED_PAIR = re.compile(r"(?P<a>\d{2,3})/(?P<b>\d{2,3})(?P<unit>[ \t]*km/(?:h|giờ))(?![^\W_])")


def split_measure_pairs(
    text: str, mentions: list[Mention], candidates: Candidates
) -> list[Mention]:
    """The mentions with body measurements and speed pairs read as separate measures
    (``candidates``: the text's runs of digits, from ``word_starts.candidates``)."""
    if _sizes_joined(text, candidates) and any(cue in text for cue in _SIZES_CUES):
        for found in THREE_SIZES.finditer(text):
            mentions = _three_sizes(text, mentions, found)
    if any(_BY_AFTER.match(text, end) is not None for end in candidates.digit_ends):
        for found in _DIMENSIONS.finditer(text):
            mentions = _dimensions(text, mentions, found)
    if "km/" in text:
        mentions = [m for mention in mentions for m in _speed_pair(text, mention)]
    return mentions


def _sizes_joined(text: str, candidates: Candidates) -> bool:
    """Whether two runs of two or three digits are joined by a dash ('86 - 60'), as the
    sizes of every match of ``THREE_SIZES`` are: most articles have none, and the search
    for the words before the sizes ('vòng' is common) then need not run."""
    starts, ends = candidates.digit_starts, candidates.digit_ends
    return any(
        2 <= ends[index] - starts[index] <= 3
        and 2 <= ends[index + 1] - starts[index + 1] <= 3
        and _SIZE_DASH.fullmatch(text, ends[index], starts[index + 1]) is not None
        for index in range(len(starts) - 1)
    )


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


def _dimensions(text: str, mentions: list[Mention], found: re.Match[str]) -> list[Mention]:
    start, end = found.start(), found.end()
    if _NOT_DIMENSIONS_BEFORE.search(text, max(0, start - 30), start) is not None:
        return mentions
    qualifier = _hedge_before(text, start)
    unit = found.group("unit")
    parts = _BY.split(found.group("sides"))
    sides: list[Mention] = []
    at = start
    for index, side in enumerate(parts):
        at = text.index(side, at)
        stop = end if index == len(parts) - 1 else at + len(side)
        figure = read_digits(side)
        bounds = bounds_for(figure, qualifier)
        value = to_number(figure.value)
        sides.append(quantity_mention(text, at, stop, "measure", value, bounds, unit, qualifier))
        at += len(side)
    kept = [m for m in mentions if m.end <= start or m.start >= end]
    return sorted(kept + sides, key=lambda m: m.start)


def _hedge_before(text: str, start: int) -> Qualifier:
    """The hedge right before the first side ('khoảng 30 x 40 cm', 'tới 10 x 12cm', 'dưới
    1x1cm'), read by the grammar's own look-back; exact without."""
    cue = look_back(text, start, 0)
    return cue.qualifier if cue.kind == "hedge" and cue.qualifier is not None else "exact"


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
