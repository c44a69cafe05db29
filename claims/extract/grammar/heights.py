"""Heights in metres and centimetres ('1m78', '1m7'), alone or as the two ends of a range.

'1m78' is 1.78 m and '1m7' 1.7 m (``patterns.METRES_AND_CENTIMETRES``).  Two of them
joined by a dash or 'đến' ('cao từ 1m50 đến 1m62', 'dài từ 1m6 – 1m8') are one range
in m, as '1,5 - 1,62 m' is: read one by one, the dash pair was taken for a score or even
odds ('1 – 1') and left a measure without a value.
"""

from __future__ import annotations

import re
from decimal import Decimal

from claims.extract.grammar.cues import Cue
from claims.extract.grammar.hedges import Bounds
from claims.extract.grammar.mentions import quantity_mention
from claims.extract.grammar.numbers import to_number
from claims.model import Mention

_SECOND_HEIGHT = re.compile(
    r"(?:[ \t]*[-–—][ \t]*|[ \t]+(?:cho[ \t]+)?(?:đến|tới)[ \t]+)"
    r"(?P<m>\d)m(?P<cm>\d{2}|[4-9])(?![^\W_]|[.,]\d)"
)
"""' đến 1m62', ' – 1m8': the second end of a range of heights, written the same way."""


def metres(whole: str, centimetres: str) -> Decimal:
    """'1', '78' -> 1.78; '1', '7' -> 1.7 (a lone digit is tens of centimetres)."""
    return Decimal(f"{whole}.{centimetres}")


def height_range(text: str, start: int, end: int, first: Decimal, cue: Cue) -> Mention | None:
    """The range of heights that the height at ``start:end`` opens, or ``None``."""
    found = _SECOND_HEIGHT.match(text, end)
    if found is None:
        return None
    second = metres(found.group("m"), found.group("cm"))
    if second <= first:
        return None
    begin = cue.start if cue.kind in ("from", "hedge") else start
    bounds = Bounds(to_number(first), to_number(second))
    return quantity_mention(text, begin, found.end(), "measure", None, bounds, "m", "range")


def lone_height(text: str, start: int, end: int, value: Decimal) -> Mention:
    """The height alone, where what follows it was read as a score ('1m78 - 1m75')."""
    number = to_number(value)
    return quantity_mention(
        text, start, end, "measure", number, Bounds(number, number), "m", "exact"
    )
