"""A forecast's second extreme of temperature names only the extreme.

"Nhiệt độ thấp nhất từ 23 - 26 độ C, cao nhất từ 30 - 33 độ C": the second
figure's phrase is "cao nhất" (highest), the property it qualifies ("nhiệt độ")
told once for both.  The subject is that property and the extreme, "nhiệt độ
cao nhất", when "nhiệt độ" stands earlier in the sentence and the figure is a
temperature.  A weather bulletin repeats this for every region: 76 figures in
about 20 of the first 10,000 corpus articles read a bare "cao nhất"/"thấp nhất"
in a sentence that names "nhiệt độ".  Not a price ("giá … cao nhất là 1,8 triệu
đồng, thấp nhất 450.000 đồng": the price is not named the same way), nor a
sentence that names no temperature ("Tại Huế, thấp nhất ở mức 16-17 độ C").
"""

from __future__ import annotations

import re

from claims.extract.context.sentence import SentenceWords
from claims.model import Mention

_EXTREMES = frozenset({"cao nhất", "thấp nhất"})
_TEMPERATURE_UNITS = frozenset({"°C", "độ", "°F"})
_PROPERTY = re.compile(r"(?<!\w)nhiệt\s+độ(?!\w)", re.IGNORECASE)


def temperature_extreme(words: SentenceWords, mention: Mention, found: str | None) -> str | None:
    """``found``, or "nhiệt độ" and the extreme ``found`` names alone."""
    if (
        found is None
        or found.lower() not in _EXTREMES
        or mention.kind != "measure"
        or mention.unit not in _TEMPERATURE_UNITS
    ):
        return found
    if _PROPERTY.search(words.text, words.start, mention.start) is None:
        return found
    return f"nhiệt độ {found.lower()}"
