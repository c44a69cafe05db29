"""The price an amount with no noun of its own states: the "giá …" named
earlier in its sentence.

"Còn giá vàng miếng SJC của Công ty Cổ phần vàng bạc đá quý Phú Nhuận (PNJ) tại
khu vực thị trường Hà Nội, được niêm yết ở mức 36,430 (mua vào) – 36,630 triệu
đồng/lượng (bán ra)": the owner's name, its bracket and the place cut every
reading back from the amount, which finds nothing; the price the sentence is
about is the "giá" phrase before it.  Only for money with nothing read, not even
from a sibling value, and only a "giá" phrase of the same clause (no ";"
between) that is no quantity's noun.
"""

from __future__ import annotations

import re

from claims.extract.context.phrase_forward import forward_from
from claims.extract.context.sentence import SentenceWords
from claims.model import Mention

_PRICE = re.compile(
    r"(?<!\w)(?<!tỷ\s)(?<!tỉ\s)(?<!trị\s)(?<!thị\s)(?<!ngang\s)[Gg]iá\s+(?!(?:cao|thấp|hời|dữ|rẻ|đắt|tốt|mềm|trên|này|đó)(?!\w))(?=\w)"
)
""""giá" and the word after it; not "tỷ giá", "trị giá", "thị giá" nor a price told
by an adjective ("giá hời", "giá cao")."""
_OWNER_INSIDE = re.compile(r"\s+của\s")
"""The owner after the price ("giá vàng miếng SJC của Công ty …") is left out."""
_REACH = 200
"""Characters before the amount in which its price is looked for."""


def price_named_before(words: SentenceWords, mention: Mention, found: str | None) -> str | None:
    """``found``, or the "giá …" phrase before a money amount that has none."""
    if mention.kind != "money" or found is not None:
        return found
    start = max(words.start, mention.start - _REACH)
    before = words.text[start : mention.start]
    if "iá" not in before:
        return found
    prices = list(_PRICE.finditer(before))
    price = prices[-1] if prices else None
    if price is None or ";" in before[price.start() :]:
        return found
    at = start + price.start()
    if words.claim_at(at) is not None:
        return found
    named = forward_from(words, at)
    if not named or not named.lower().startswith("giá") or " " not in named:
        return found  # a bare "giá" ("với giá 17 triệu đồng") names no price
    owner = _OWNER_INSIDE.search(named)
    named = named[: owner.start()] if owner is not None else named
    return named if " " in named else found  # "giá của anh": no price named
