"""Numbers that gloss a name: they say what the name means, they claim nothing.

- **The hours of a double-hour.** "các giờ Hoàng Đạo sau: + Tý (23h-1h) + Dần (3h-5h)":
  the traditional two-hour periods named after the zodiac's animals, each glossed with
  its clock hours in brackets. A definition, the same every day (tests/gold/dev9 labels
  them non-claims), no time anything happened.
"""

from __future__ import annotations

import re

from claims.model import Mention

_DOUBLE_HOUR_BEFORE = re.compile(
    r"(?<![^\W_])(?:Tý|Tí|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)[ \t]*\([ \t]*$"
)
_CLOSE_AFTER = re.compile(r"[ \t]*\)")


def glosses_a_name(text: str, mention: Mention) -> bool:
    """True for a span of clock hours in brackets right after a double-hour's name."""
    if mention.kind != "time" or text[mention.start - 1 : mention.start].strip(" \t") != "(":
        return False
    before = text[max(0, mention.start - 8) : mention.start]
    return (
        _DOUBLE_HOUR_BEFORE.search(before) is not None
        and _CLOSE_AFTER.match(text, mention.end) is not None
    )
