"""Words that are quantities only after a cue word: 'thứ nhất', 'gấp đôi', 'nhân đôi'.

'đôi' (a pair) is 2 after 'gấp' and 'nhân' (twice, doubled: 'nhân đôi cách biệt', the
lead doubled; tests/gold/dev4 labels it a multiple of 2) and after 'thai' ('mang thai
đôi': two fetuses, a count).  'sinh đôi' (twins), 'bộ đôi', 'cặp đôi' name a pair and are
not read (the gold labels them non-claims).  A feeling that doubles ('niềm hạnh phúc càng
nhân đôi', 'nỗi đau ấy lại nhân đôi') states no number.
"""

from __future__ import annotations

import re

AFTER_CUE: dict[str, tuple[tuple[str, str], ...]] = {
    "nhất": (("thứ", "ordinal"),),
    "đôi": (("gấp", "multiple"), ("nhân", "multiple"), ("thai", "count")),
    "rưỡi": (("gấp", "multiple"),),
    "giêng": (("tháng", "month"),),
    "chạp": (("tháng", "month"),),
    "tư": (("tháng", "month"),),
}
"""Words that are quantities only after a cue word: 'thứ nhất', 'gấp đôi', 'nhân đôi
cách biệt' (doubles the lead), 'mang thai đôi' (two fetuses; 'sinh đôi', twins, names),
'tháng Tư' (April: 'tư' is four only as an order, never a count; 'đầu tư', 'tư vấn' and
'thứ Tư' are no month)."""
_LOOK_BACK = 50
_FEELING_BEFORE = re.compile(
    r"(?<![^\W_])(?:hạnh phúc|niềm vui|nỗi đau|nỗi buồn|như)(?![^\W_])[^.,;:!?\n]{0,30}$"
)
"""'niềm hạnh phúc càng nhân đôi', 'nỗi đau ấy lại nhân đôi': a feeling grows, no number."""


def feeling_grows(text: str, cue_start: int) -> bool:
    """'nhân đôi' at ``cue_start`` says a feeling grows ('hạnh phúc ... nhân đôi')."""
    return text[cue_start] in "nN" and (
        _FEELING_BEFORE.search(text, max(0, cue_start - _LOOK_BACK), cue_start) is not None
    )


_FOOLS_DAY_BEFORE = re.compile(r"(?<![^\W_])[Cc]á[ \t]+$")
"""'ngày Cá tháng Tư': April Fools' Day, a holiday's name, no month the article dates by."""


def names_a_holiday(text: str, cue_start: int) -> bool:
    """'tháng' at ``cue_start`` is part of 'Cá tháng Tư' (the gold sets leave it unread)."""
    return _FOOLS_DAY_BEFORE.search(text, max(0, cue_start - 4), cue_start) is not None
