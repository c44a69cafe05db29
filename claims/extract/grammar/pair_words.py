"""Words that are quantities only after a cue word: 'thứ nhất', 'gấp đôi', 'nhân đôi'.

'đôi' (a pair) is 2 after 'gấp' and 'nhân' (twice, doubled: 'nhân đôi cách biệt', the
lead doubled; tests/gold/dev4 labels it a multiple of 2) and after 'thai' ('mang thai
đôi': two fetuses, a count).  'sinh đôi' (twins), 'bộ đôi', 'cặp đôi' name a pair and are
not read (the gold labels them non-claims).  A feeling that doubles ('niềm hạnh phúc càng
nhân đôi', 'nỗi đau ấy lại nhân đôi') states no number.
"""

from __future__ import annotations

import re

from claims.extract.grammar.scan_state import RANKED_BY

AFTER_CUE: dict[str, tuple[tuple[str, str], ...]] = {
    "nhất": (("thứ", "ordinal"),),
    "nhì": (("thứ", "ordinal"),),
    "đôi": (("gấp", "multiple"), ("nhân", "multiple"), ("thai", "count")),
    "rưỡi": (("gấp", "multiple"),),
    "giêng": (("tháng", "month"),),
    "chạp": (("tháng", "month"),),
    "tư": (("tháng", "month"), ("thứ", "ordinal")),
}
"""Words that are quantities only after a cue word: 'thứ nhất', 'gấp đôi', 'nhân đôi
cách biệt' (doubles the lead), 'mang thai đôi' (two fetuses; 'sinh đôi', twins, names),
'tháng Tư' (April: 'tư' is four only as an order, never a count; 'đầu tư', 'tư vấn' and
'thứ Tư' are no month).  'thứ nhì' is second, as 'thứ nhất' is first; 'thứ tư' is
fourth only where it ranks (``rank_after_thu``), else the weekday Wednesday."""
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


_RANKS = {"nhất": 1, "nhì": 2, "tư": 4}
_PLACE_BEFORE = re.compile(r"(?<![^\W_])(?:vị[ \t]+trí|hạng)[ \t]+$")
_IN_A_ROW_AFTER = re.compile(r"[ \t]+liên[ \t]+tiếp(?![^\W_])")
_COUNT_BEFORE = re.compile(r"(?<![^\W_])\d[\d.,]*[ \t]+[^\W\d_]+[ \t]+$")
_FIRST_BEFORE = re.compile(r"(?<![^\W_])[Tt]hứ[ \t]+nhất(?![^\W_])[^.!?\n]*$")
_THU_AND_SPACE = len("thứ ")
"""Where the rank word starts after the cue 'thứ' (its one space included)."""


def rank_after_thu(text: str, cue_start: int, end: int, floor: int) -> int | None:
    """The rank 'thứ' + a rank word states, or None where it states none.

    'thứ nhất' always ranks; 'thứ nhì' and 'thứ tư' name no rank after a count of a noun
    ('5 đội thứ nhì': which teams are counted) or after a 'thứ nhất' of the same sentence
    that no ranking word leads ('Thứ nhất giữ miệng, thứ nhì giữ tâm', 'đứa thứ nhất hai
    tuổi thứ nhì 8 tháng': a list's label, a child's birth order).  'thứ tư' ranks only
    after a ranking verb or a noun counted off in order ('xếp thứ tư', 'giảm phiên thứ tư
    liên tiếp', RANKED_BY), after 'vị trí' or 'hạng' ('cùng đứng vị trí thứ tư'), or before
    'liên tiếp'; else it is Wednesday ('sáng thứ tư', 'thứ Tư tuần trước'), which no rank
    reading may take.
    """
    word = text[cue_start + _THU_AND_SPACE : end]
    if word == "nhất":
        return 1
    if word == "Tư":  # "tối thứ Tư": the weekday, capitalised
        return None
    if _COUNT_BEFORE.search(text, max(0, cue_start - 24), cue_start) is not None:
        return None  # "5 đội thứ nhì xuất sắc nhất": the rank names the teams counted
    ranked = RANKED_BY.search(text, max(floor, cue_start - 20), cue_start) is not None
    if not ranked and _FIRST_BEFORE.search(text, max(0, cue_start - 80), cue_start):
        return None  # "Thứ nhất giữ 'miệng', thứ nhì giữ 'tâm'": a list, or birth order
    if word.lower() != "tư":
        return _RANKS[word.lower()]
    if ranked or _PLACE_BEFORE.search(text, max(floor, cue_start - 12), cue_start) is not None:
        return 4
    return 4 if _IN_A_ROW_AFTER.match(text, end) is not None else None
