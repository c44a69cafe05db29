"""The one unit an exchange rate is quoted against: '6,8849 nhân dân tệ đổi 1 USD'.

A rate names two amounts, the price and the one unit of the other currency it buys:
'1 bảng đổi 1,2894 USD', '1 USD = 6,8625 NDT', '110,11 yen đổi 1 USD'.  The price is
the figure; the '1 USD' only says what it is the price of (tests/gold/dev4, where it is
labelled a non-claim).  A change of one unit ('giá dầu tăng 1 USD') is a figure, and has
no 'đổi' or '=' next to it.
"""

from __future__ import annotations

import re

from claims.model import Mention

_EXCHANGED_BEFORE = re.compile(
    r"\d[^\d.;:!?\n]{0,24}(?<![^\W_])(?:đổi|đổi được|ăn)\s+$|\d[^\d\n]{0,24}=\s*$"
)
"""An amount, then 'đổi' (buys) or '=' right before the one unit: '6,88 nhân dân tệ đổi 1 USD'."""
_EXCHANGED_AFTER = re.compile(r"\s*(?:=|(?:đổi|đổi được|ăn)(?![^\W_]))\s*(?:khoảng\s+|gần\s+)?\d")
"""'1 bảng đổi 1,2894 USD', '1 USD = 6,8625 NDT', '1 AUD đổi được 0,72-0,78 USD'."""
_LOOK_BACK = 40
_ONE = ("1", "một", "Một")


def quotes_a_rate(text: str, mention: Mention) -> bool:
    """The '1 USD' an exchange rate is quoted against (see the module doc)."""
    if mention.kind != "money" or mention.value != 1 or mention.qualifier != "exact":
        return False
    if not mention.text.startswith(_ONE):
        return False
    if _EXCHANGED_AFTER.match(text, mention.end) is not None:
        return True
    return (
        _EXCHANGED_BEFORE.search(text, max(0, mention.start - _LOOK_BACK), mention.start)
        is not None
    )
