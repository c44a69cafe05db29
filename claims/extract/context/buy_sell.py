"""The buying and the selling price of a pair "A-B" told as buying–selling.

"vàng SJC giao dịch mua-bán ở mức 36,68-36,98 triệu đồng/lượng", "Nhẫn vàng Phú
Quý 24k giao dịch quanh mức 34,6- 35 triệu đồng/lượng( mua - bán)": the first
amount is the buying price, the second the selling price (tests/gold/README.md,
"A pair printed with a dash that is not a range is two mentions").  Read back
from the amounts, such a sentence gives the words of the trade ("giao dịch
mua-bán", "bán ra") or nothing; the subject is "giá mua" or "giá bán" and the
gold named before them ("giá mua vàng SJC").  Only for a pair of money amounts
joined by a dash, with "mua … bán" said right before the pair or in the bracket
right after it, and only where the reading found no "giá" (a price already named,
"giá vàng của Bảo Tín Minh Châu", "Mức giá này", is kept for both).
"""

from __future__ import annotations

import re

from claims.extract.context.sentence import SentenceWords
from claims.model import Mention

SPELLED_OUT = frozenset({"giá mua", "giá bán", "giá"})
"""Subjects written here, not cut from the text: a side of a pair with nothing named
as traded, or the price of both sides."""
_KINDS = frozenset({"money", "count"})
"""Money, and a change read as a count ("tăng 30.000 ở chiều mua vào")."""
_DASH = re.compile(r"\s*[-–]\s*")
_BUY_SELL = r"(?<!\w)mua(?:\s+vào)?\s*[-–/]\s*bán(?:\s+ra)?(?!\w)"
_CUE_BEFORE = re.compile(
    _BUY_SELL + r"(?:\s+(?:\w+\s+){0,10}?(?:là|ở|tại))?(?:\s+(?:mức|quanh mức))?\s*$",
    re.IGNORECASE,
)
""""mua-bán ở mức", "mua vào – bán ra lần lượt là", "mua-bán vàng SJC lúc mở cửa
phiên 8 giờ 30 ở mức" right before the pair."""
_CUE_AFTER = re.compile(r"\s*\(\s*(?:chiều\s+)?" + _BUY_SELL, re.IGNORECASE)
""""(mua vào – bán ra)", "( chiều mua – bán)" right after the pair."""
_UNIT_AFTER = re.compile(r"\s*(?:triệu|nghìn|ngàn|tỷ)?\s*(?:đồng|VND|VNĐ)(?:/\w+)?", re.IGNORECASE)
_GOODS = re.compile(
    r"(?<!\w)(?:(?:[Nn]hẫn\s+(?:tròn\s+trơn\s+)?)?[Vv]àng(?!\s+[Bb]ạc)"
    r"(?:\s+(?:miếng|nhẫn|nữ\s+trang|SJC|DOJI|Doji|PNJ|Rồng\s+Thăng\s+Long|Phú\s+Quý"
    r"|Bảo\s+Tín\s+Minh\s+Châu|9999|\d+[kK]))*"
    r"|USD|đồng\s+bạc\s+xanh|đô\s*la\s+Mỹ|[Ee]uro|[Bb]ảng\s+Anh|[Yy]ên\s+Nhật|[Nn]hân\s+dân\s+tệ)(?!\w)"
)
"""What is bought and sold: gold ("vàng SJC", "vàng miếng SJC", "Nhẫn vàng Phú Quý
24k", "nhẫn tròn trơn vàng Rồng Thăng Long"; not a company's "Vàng bạc Đá quý")
or a currency ("USD", "đồng bạc xanh")."""
_SIDE = re.compile(r"giá (?:mua|bán)(?: |$)")
_NAMES_PRICE = re.compile(
    r"(?:mức\s+|tỷ\s+)?giá(?!\s+(?:chiều\s+)?(?:mua|bán)(?!\w))", re.IGNORECASE
)
"""A reading that names a price ("giá vàng của Bảo Tín Minh Châu", "Mức giá này")
is kept; not "giá mua …" nor "giá chiều mua", which an amount borrows from the one
before it."""
_SIDE_AFTER = re.compile(r"\s*(?:ở\s+)?chiều\s+(?P<side>mua|bán)(?!\w)", re.IGNORECASE)
""""80.000 đồng/lượng chiều mua", "350.000 đồng/lượng ở chiều bán ra"."""
_SIDE_BRACKET = re.compile(
    r"\s*(?:(?:triệu|nghìn|ngàn|tỷ)\s*)?(?:(?:đồng|VND|VNĐ)(?:/\w+)?\s*)?"
    r"\(\s*(?:chiều\s+)?(?P<side>mua|bán)(?:\s+(?:vào|ra))?\s*\)",
    re.IGNORECASE,
)
""""22.630 đồng (mua) và 22.740 đồng (bán)", "37,05 triệu đồng/lượng (mua vào)": the
side of an amount told in the bracket right after it."""
_SIDE_NAMED = re.compile(r"giá (?:mua|bán)(?P<traded> .+)?")
_REACH = 160
"""Characters before the pair in which the gold and the cue are looked for."""


def buy_sell_price(
    words: SentenceWords, mention: Mention, found: str | None, previous: list[tuple[Mention, str]]
) -> str | None:
    """``found``, or "giá mua …"/"giá bán …" for an amount of a buying–selling pair,
    "giá chiều mua" for the change of one side."""
    if mention.kind not in _KINDS or (found is not None and _NAMES_PRICE.match(found)):
        return found
    text = words.text
    side_after = _SIDE_AFTER.match(text, mention.end, words.end)
    if side_after is not None:
        # "tăng 80.000 đồng/lượng chiều mua": the change of the buying price.
        return f"giá chiều {side_after.group('side').lower()}"
    first, second = _pair(words, mention) if mention.kind == "money" else (None, None)
    if first is None or second is None:
        if found is not None and _SIDE.match(found) and _from_a_pair(words, found, previous):
            # "…36,68-36,88 triệu đồng/lượng, tăng 20.000 đồng/lượng": both sides moved,
            # the price of the gold, not the selling price the pair's second amount states.
            goods = found[len("giá mua ") :]
            return f"giá {goods}" if goods else "giá"
        return found
    before = text[max(words.start, first.start - _REACH) : first.start]
    after = _UNIT_AFTER.match(text, second.end, words.end)
    if not (
        _CUE_BEFORE.search(before)
        or _CUE_AFTER.match(text, after.end() if after else second.end, words.end)
    ):
        return found
    side = "giá mua" if mention is first else "giá bán"
    cut = max(before.rfind(";"), before.rfind("."))
    golds = list(_GOODS.finditer(before, cut + 1))
    return f"{side} {golds[-1].group()}" if golds else side


def _from_a_pair(words: SentenceWords, found: str, previous: list[tuple[Mention, str]]) -> bool:
    """``found`` is the subject of an earlier amount of a buying–selling pair."""
    return any(
        subject == found and None not in _pair(words, earlier) for earlier, subject in previous
    )


def _pair(words: SentenceWords, mention: Mention) -> tuple[Mention | None, Mention | None]:
    """The two money amounts of the dash-joined pair ``mention`` belongs to."""
    text = words.text
    joined = _DASH.match(text, mention.end, words.end)
    if joined is not None:
        following = words.claim_at(joined.end())
        if following is not None and following.kind == "money":
            return mention, following
    start = mention.start
    while start > words.start and text[start - 1] in " \t":
        start -= 1
    if start > words.start and text[start - 1] in "-–":
        start -= 1
        while start > words.start and text[start - 1] in " \t":
            start -= 1
        preceding = words.claim_at(start - 1) if start > words.start else None
        if preceding is not None and preceding.kind == "money" and preceding.end == start:
            return preceding, mention
    return None, None


def bracketed_side(words: SentenceWords, mention: Mention, found: str | None) -> str | None:
    """``found``, or the buying or selling price of it when a bracket right after
    the amount tells the side: "Vietinbank: 22.630 đồng (mua) và 22.740 đồng (bán)"
    gives "giá mua Vietinbank" and "giá bán Vietinbank", "vàng SJC ở mức: 36,40
    triệu đồng/lượng (mua vào)" "giá mua vàng SJC"; a reading that names a price
    ("giá USD", "Mức giá này") is kept."""
    if mention.kind != "money":
        return found
    bracket = _SIDE_BRACKET.match(words.text, mention.end, words.end)
    if bracket is None:
        return found
    side = f"giá {bracket.group('side').lower()}"
    if found is None:
        return side
    named = _SIDE_NAMED.fullmatch(found)
    if named is not None:
        # the other side's subject, borrowed by the second amount of the pair
        return side + (named.group("traded") or "")
    return found if "giá" in found.lower().split() else f"{side} {found}"
