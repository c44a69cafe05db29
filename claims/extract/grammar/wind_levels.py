"""Wind force and disaster risk levels: "gió mạnh cấp 6", "giật cấp 8-9", "rủi ro thiên tai: cấp 3".

"cấp" before a number usually names a level ("học sinh cấp 2", "đường cấp 3"),
so the cue reads it as an identifier. After a wind or storm word the same "cấp"
measures force (and after "rủi ro thiên tai" the bulletin's risk level, 1 to 5),
which weather news states as a fact a reader can check against the forecast
agency's bulletin: a measure in unit "cấp" (a range when written "7-8" or "7 - 8").
Hedges are not read here: the bulletins write none.
"""

from __future__ import annotations

import re

from claims.extract.grammar.mentions import plain_mention
from claims.model import Mention

_WIND_BEFORE = re.compile(
    r"(?:gió|giật|bão|áp thấp(?: nhiệt đới)?|ATNĐ|mạnh(?: lên)?|mạnh nhất|có lúc"
    r"|cấp \d{1,2},"  # "mạnh cấp 6, có lúc cấp 7", "giật cấp 8, cấp 9"
    r"|rủi ro thiên tai:?)"  # the bulletin's risk level: "Cấp độ rủi ro thiên tai: cấp 3"
    # a direction between the wind and its force: "Gió đông bắc đến đông cấp 2-3", "gió Tây Nam
    # cấp 2-3", "chuyển hướng đông bắc cấp 2-3" (the weather bulletins)
    r"(?:\s+(?:mạnh|giật|lên|thêm|tới|đến|từ|ở|vẫn|còn|có|đạt|chuyển|hướng|đông|tây|nam|bắc))*\s+$",
    re.IGNORECASE,
)
_LEVEL = re.compile(r"cấp\s+(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?", re.IGNORECASE)
_SPACED_TOP = re.compile(r"\s*[-–]\s*(\d{1,2})(?![\d,.]\d)")  # "cấp 6 - 8": the dash spaced
_BEAUFORT_TOP = 17  # the Vietnamese scale ends at "trên cấp 17"


def wind_level(text: str, mention: Mention) -> Mention:
    """The mention as a wind force when a wind word stands before its "cấp", else as is."""
    level = _LEVEL.fullmatch(mention.text)
    if level is None:
        return mention
    if _WIND_BEFORE.search(text, max(0, mention.start - 30), mention.start) is None:
        return mention
    low = int(level.group(1))
    high = int(level.group(2) or low)
    end = mention.end
    top = _SPACED_TOP.match(text, end) if level.group(2) is None else None
    if top is not None and low < int(top.group(1)):
        high, end = int(top.group(1)), top.end()
    if not low <= high <= _BEAUFORT_TOP:
        return mention
    if high == low:
        return plain_mention(
            text, mention.start, end, "measure", low, unit="cấp", lower=low, upper=low
        )
    return plain_mention(
        text,
        mention.start,
        end,
        "measure",
        None,
        unit="cấp",
        lower=low,
        upper=high,
        qualifier="range",
    )
