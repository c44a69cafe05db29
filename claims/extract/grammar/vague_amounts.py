"""Vague amounts: 'hàng trăm người', 'vài chục triệu đồng', and 'doanh thu trăm tỉ'.

'hàng', 'vài', 'mấy', 'dăm' before a scale word give an order of magnitude, not a
number (``hedges.vague_bounds``).  News also drops the 'hàng' before a compound scale
('doanh thu trăm tỉ', 'Rolls-Royce Ghost chục tỷ', 'chi cả trăm triệu đồng'), which
says the same; but after a hedge a bare 'trăm' is one hundred ('hơn trăm tỷ đồng' is
over 100 billion, 'gần trăm triệu' nearly 100 million: tests/gold/dev16), read as
'hơn chục năm' is (``hedged_tens``), and 'gấp trăm ngàn lần' is a manner of speech.
'cả' says 'hàng' before a measure, a span or an age ('cây pơ mu cả trăm năm tuổi', an age
of 100 to 1,000 in tests/gold/dev20, where 'năm tuổi' alone had been read as five; 'văng xa
cả chục mét', 'kéo dài cả chục năm').
"""

from __future__ import annotations

import re
from decimal import Decimal

from claims.extract.grammar.cores import read_tail
from claims.extract.grammar.cues import look_back
from claims.extract.grammar.hedged_tens import hedged_ten
from claims.extract.grammar.hedges import vague_bounds
from claims.extract.grammar.mentions import plain_mention
from claims.extract.grammar.numeral_words import SCALE_WORDS, VAGUE_LEADS
from claims.model import Mention


def vague_mention(text: str, found: re.Match[str], floor: int) -> Mention | None:
    """The mention of a 'vague' or 'bvague' match of ``WORD_SCAN``, or None."""
    if found.lastgroup == "bvague" and _said_loosely(text, found.start(), found.end(), floor):
        start = found.start()
        if text[start : start + 5].lower() == "trăm " and not text.startswith(" lần", found.end()):
            return hedged_ten(text, start, start + 4, floor, raw="100")  # 'gần trăm triệu'
        return None
    magnitude = Decimal(1)
    scale = found.group("vague_scale") or found.group("bvague")
    for word in scale.lower().split():
        magnitude *= SCALE_WORDS[word]
    lead_word = (found.group("vague_lead") or "hàng").lower()
    tail = read_tail(text, found.end())
    if lead_word == "cả" and (not tail.unit_found or tail.kind == "money"):
        # Only a measure, a span or an age: 'cả trăm năm tuổi', 'văng xa cả chục mét'.  'cả'
        # before a count or a sum is as often a manner of speech ('cả trăm câu hỏi cứ xoáy
        # vào tim', tests/gold/dev9 nc), a class's price ('hàng cao cấp cả triệu đồng',
        # dev17 nc) or no number ('kể cả triệu hồi'); left to the readings without 'cả'
        return None
    bounds = vague_bounds(magnitude, VAGUE_LEADS[lead_word])
    return plain_mention(
        text, found.start(), tail.end, tail.kind if tail.unit_found else "count", None,
        unit=tail.unit, lower=bounds.lower, upper=bounds.upper, qualifier="vague", per=tail.per,
    )  # fmt: skip


def _said_loosely(text: str, start: int, end: int, floor: int) -> bool:
    """A hedge makes a bare 'trăm' one hundred; 'gấp … lần' is a manner of speech."""
    hedged = look_back(text, start, floor).kind in ("hedge", "from")
    return hedged or text.startswith(" lần", end)
