"""A hedge on a multiple: 'tăng gần gấp đôi', 'gấp gần 1,5 lần', 'tăng trên 3,6 lần'.

The quantity grammar bends a whole number of 'lần' by the hedge right before it ('tăng hơn 3
lần' is over 3), but it reads a decimal multiple ('1,5 lần': no count of times has
decimals) without its hedge, and the multiples opened by 'gấp' ('gấp đôi', 'gấp 3 lần')
start at 'gấp', past a hedge printed before it.  Over the first 10,000 open articles 36
multiples were read exact with 'gần', 'hơn', 'trên', 'khoảng', 'ít nhất' or 'tới' right
before them or between 'gấp' and the number ('tăng gần gấp đôi so với năm ngoái', 'tăng hơn
gấp 3 lần quý 1/2016', 'gấp gần 1,5 lần so với năm 2015', 'gấp hơn 1,6 lần GDP').  This
pass gives them the hedge's interval (``hedges.bounds_for``) and opens their span on it, as
the gold opens 'gần 2,19 tỷ USD' on its hedge.

'hơn' and 'trên' also compare ('tốt hơn 1,7 lần': 1.7 times better, as 'rẻ hơn 20 triệu'
is exact in the gold README): they hedge only after 'tăng', 'giảm' or 'gấp', or before
'gấp' where no comparative adjective leads them ('tăng hơn gấp đôi', not 'lớn hơn gấp
đôi').  'đến' is left alone: after a verb it joins the verb ('tăng đến 3 lần').
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import cast

from claims.extract.grammar.hedge_words import HEDGES
from claims.extract.grammar.hedges import bounds_for
from claims.extract.grammar.mentions import quantity_mention
from claims.extract.grammar.numbers import Figure, read_digits
from claims.model import Mention, Qualifier

_PLAIN = (
    r"gần|gần[ \t]+như|khoảng|chừng|xấp[ \t]+xỉ|ít[ \t]+nhất|tối[ \t]+thiểu|lên[ \t]+tới|tới|ngót"
)
"""Hedges that bend a multiple wherever they stand before it."""
_COMPARING_WORDS = ("hơn", "trên")
"""Hedges that are also comparisons: bend a multiple only after a change or 'gấp'."""
_COMPARING = "|".join(_COMPARING_WORDS)
_CHANGE = r"tăng|giảm|gấp"
_COMPARATIVE_LIST = (
    "cao lớn nhiều tốt nhanh mạnh rộng dài nặng đắt rẻ thấp nhỏ ít xa sáng to bé chậm yếu ngắn"
    " hẹp nhẹ kém"
)
_COMPARATIVES = frozenset(_COMPARATIVE_LIST.split())
"""Adjectives before 'hơn gấp …' that make 'hơn' a comparison ('lớn hơn gấp đôi')."""

_BEFORE_GAP = re.compile(
    rf"(?<![^\W_])(?:(?P<word>[^\W\d_]+)[ \t]+)?(?P<hedge>{_PLAIN}|{_COMPARING})[ \t]+$",
    re.IGNORECASE,
)
"""A hedge right before a multiple that opens on 'gấp' ('tăng gần gấp đôi')."""
_BEFORE_NUMBER = re.compile(
    rf"(?:(?<![^\W_])(?P<gap>gấp)[ \t]+|(?<![^\W_])(?P<change>{_CHANGE})[ \t]+)?"
    rf"(?<![^\W_])(?P<hedge>{_PLAIN}|{_COMPARING})[ \t]+$",
    re.IGNORECASE,
)
"""A hedge right before the number of a multiple ('gấp gần 1,5 lần', 'tăng trên 3,6 lần')."""
_GAP_OPENS = re.compile(r"gấp(?![^\W_])", re.IGNORECASE)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")
_LOOK_BACK = 24
_HALF = Decimal("0.5")


def hedged_multiples(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each exact multiple that a hedge before it bends, bent."""
    if "lần" not in text and "gấp" not in text and "Gấp" not in text:
        return mentions
    return [_hedged(text, mention) or mention for mention in mentions]


def _hedged(text: str, mention: Mention) -> Mention | None:
    if mention.kind != "multiple" or mention.qualifier != "exact":
        return None
    if not isinstance(mention.value, int | float) or isinstance(mention.value, bool):
        return None
    lo = max(0, mention.start - _LOOK_BACK)
    if _GAP_OPENS.match(mention.text):
        found = _BEFORE_GAP.search(text, lo, mention.start)
        if found is None or (
            found.group("hedge").lower() in _COMPARING_WORDS
            and (found.group("word") or "").lower() in _COMPARATIVES
        ):
            return None
        start = found.start("hedge")
    else:
        found = _BEFORE_NUMBER.search(text, lo, mention.start)
        if found is None:
            return None
        if found.group("hedge").lower() in _COMPARING_WORDS and not (
            found.group("gap") or found.group("change")
        ):
            return None
        start = found.start("gap") if found.group("gap") else found.start("hedge")
    qualifier = cast(Qualifier, HEDGES[" ".join(found.group("hedge").lower().split())])
    bounds = bounds_for(_figure(mention), qualifier)
    return quantity_mention(
        text, start, mention.end, "multiple", mention.value, bounds, mention.unit, qualifier
    )


def _figure(mention: Mention) -> Figure:
    """The printed precision of the multiple: '1,5 lần' to a tenth, 'gấp đôi' to one,
    'gấp rưỡi' to a half."""
    digits = _DIGITS.search(mention.text)
    if digits is not None:
        return read_digits(digits.group())
    value = Decimal(str(mention.value))
    step = _HALF if value % 1 else Decimal(1)
    return Figure(value, step, step)
