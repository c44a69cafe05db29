"""'chục' (ten) said alone after a hedge: 'hơn chục năm', 'khoảng chục năm', 'gần chục người'.

'hai chục', 'vài chục', 'hàng chục' open with a number or a vague word and are read
elsewhere; after 'hơn', 'gần', 'khoảng' the speaker drops the 'một' and says 'chục' for
ten (the gold sets label 'hơn chục năm' a duration over 10, 'khoảng chục năm' about 10).
Read as the digits '10' after the same hedge are, with a scale word after it too ('hơn
chục nghìn người' over 10 000). 'cả chục' ('as many as ten') and a 'chục' with no hedge
('chục năm nay') are left as they were.
"""

from __future__ import annotations

import re

from claims.extract.grammar.cores import Core, read_figure
from claims.extract.grammar.cues import look_back
from claims.extract.grammar.quantities import build_quantity
from claims.model import Mention

_HEDGES = frozenset(
    {
        "hơn", "trên", "gần", "ngót", "khoảng", "chừng", "khoảng chừng", "tầm", "dưới",
        "chưa đầy", "chưa đến", "chưa tới", "ít nhất", "tới", "lên tới", "lên đến",
    }
)  # fmt: skip
_SCALE_AFTER = re.compile(r"[ \t]+(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?![^\W_])")


def hedged_ten(text: str, start: int, end: int, floor: int, raw: str = "10") -> Mention | None:
    """Ten, hedged, at the 'chục' in ``text[start:end]`` (or a hundred at a 'trăm', ``raw``
    "100": 'gần trăm triệu đồng/chiếc', 'hơn trăm tỷ đồng'); ``None`` without a hedge."""
    cue = look_back(text, start, floor)
    if cue.kind != "hedge" or " ".join(cue.word.lower().split()) not in _HEDGES:
        return None
    scale = _SCALE_AFTER.match(text, end)
    figure = read_figure(raw, None, scale.group() if scale else None)
    core = Core(start, scale.end() if scale else end, figure, is_word=True, raw=raw)
    mention = build_quantity(text, core, cue)
    return mention if mention.kind != "identifier" else None
