"""The engine speed at which a power or a torque peaks: "vòng tua máy".

Vehicle news states a peak with the speed it is reached at: "công suất tối đa
8,24 mã lực tại 8.000 vòng/phút", "mô men xoắn cực đại 7,0 N.m/ 5.500
vòng/phút", "(8,7PS/7.000 vòng/phút)".  The speed is no second power or torque
(the phrase before it is the peak's subject, not the speed's) and names no noun
after it; the annotators label it the engine's speed, "vòng tua máy" (dev11,
dev15, dev17: twelve of the fourteen such speeds).  A speed whose sentence
names the revolutions itself ("vòng tua", "tốc độ quay") keeps that reading.
"""

from __future__ import annotations

import re

from claims.extract.context.sentence import SentenceWords
from claims.model import Mention

ENGINE_SPEED_SUBJECT = "vòng tua máy"
_ENGINE_SPEED_UNITS = frozenset({"vòng/phút", "v/p"})
_PEAK_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:mã\s*lực|hp|kw|ps|nm|n\.m|kgm)\s*(?:tại|ở|@|/)\s*(?:khoảng\s+)?$",
    re.IGNORECASE,
)
"""A power or torque unit, then "tại"/"ở"/"/" right before the speed: "8,24 mã lực tại"."""
_SPEED_NAMED = re.compile(r"vòng\s+tua|tốc\s+độ\s+quay", re.IGNORECASE)
_LOOK_BACK = 30


def engine_speed(words: SentenceWords, mention: Mention) -> str | None:
    """``"vòng tua máy"`` for the speed a power or torque peaks at, else ``None``."""
    if mention.kind != "measure" or mention.unit not in _ENGINE_SPEED_UNITS:
        return None
    before = words.text[max(words.start, mention.start - _LOOK_BACK) : mention.start]
    if _PEAK_BEFORE.search(before) is None:
        return None
    if _SPEED_NAMED.search(words.text, words.start, words.end) is not None:
        return None
    return ENGINE_SPEED_SUBJECT
