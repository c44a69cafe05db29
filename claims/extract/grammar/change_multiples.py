"""A change told as a multiple: 'tăng gấp 2-3 lần', 'tăng 5 lần so với quy định trước đây'.

'gấp 3 lần' is read as a multiple where the number is read (quantities), and so is a
multiple with decimals ('tăng 2,5 lần': no count of times has decimals).  A whole number,
a range or a vague amount of 'lần' after 'gấp' ('tăng gấp 2 - 3 lần', 'gấp hàng chục
nghìn lần bom nguyên tử'), or right after 'tăng'/'giảm' with the baseline or the clause's
end after it ('tăng 5 lần so với năm 2007', 'mức tăng 2- 3 lần giá cũ', 'giảm gần 3
lần.'), is a multiple too: a count of times would say how often ('Fed tăng lãi suất 2 lần
trong năm' keeps its count).
"""

from __future__ import annotations

import re

from claims.model import Mention

_TIMES_AT_END = re.compile(r"(?<![^\W_])lần$")
_AFTER_GAP = re.compile(r"(?<![^\W_])gấp[ \t]+$")
_AFTER_CHANGE = re.compile(r"(?<![^\W_])(?:tăng|giảm)[ \t]+$")
_BASELINE_OR_END = re.compile(r"[ \t]*(?:(?:so|giá|mức)(?![^\W_])|[.,;:!?)]|$)")
_LOOK_BACK = 8


def change_multiples(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each count of 'lần' that states a change's multiple a multiple."""
    out = []
    for mention in mentions:
        if (
            mention.kind == "count"
            and mention.unit is None
            and mention.per is None
            and _TIMES_AT_END.search(mention.text) is not None
            and mention.value != 1  # "giá xăng đã giảm 3 lần và tăng 1 lần.": once
        ):
            lo = max(0, mention.start - _LOOK_BACK)
            gap = _AFTER_GAP.search(text, lo, mention.start) is not None
            changed = _AFTER_CHANGE.search(text, lo, mention.start) is not None
            if gap or (changed and _BASELINE_OR_END.match(text, mention.end)):
                mention = mention.model_copy(update={"kind": "multiple", "unit": "lần"})
        out.append(mention)
    return out
