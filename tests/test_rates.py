"""The one unit an exchange rate is quoted against (claims.extract.context.rates)."""

from __future__ import annotations

import pytest

from claims.extract.context.rates import quotes_a_rate
from claims.extract.grammar import find_mentions


def _quotes(text: str, number: str) -> bool:
    start = text.index(number)
    found = [m for m in find_mentions(text) if m.start <= start < m.end]
    assert found, f"no mention at {number!r}"
    return quotes_a_rate(text, found[0])


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("tỷ giá ở mức 6,8849 nhân dân tệ đổi 1 USD, giảm 0,36%", "1 USD"),
        ("Theo đó, 57,56 ruble đổi được 1 USD, tăng từ mức 57,69", "1 USD"),
        ("đồng bảng Anh giảm xuống mức 1 bảng đổi 1,2894 USD.", "1 bảng"),
        ("Cuối phiên, 1 USD đổi 111,45 yen Nhật.", "1 USD"),
        ("tức là 1 AUD đổi được 0,72-0,78 USD.", "1 AUD"),
        ("quét qua quận Pilbara hôm 27/1. 1 USD = 6,8625 NDT", "1 USD"),
    ],
)
def test_the_unit_of_a_rate_is_no_claim(text: str, number: str) -> None:
    assert _quotes(text, number)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Giá dầu Brent tăng 1 USD, tương đương 1,8%.", "1 USD"),  # a change of one dollar
        ("giá giao ngay giảm nhẹ một USD, xuống sát 1.232 USD mỗi ounce", "một USD"),
        ("người dùng phải trả 1 nhân dân tệ cho mỗi bài đăng", "1 nhân dân tệ"),
        ("6,8849 nhân dân tệ đổi 1 USD", "6,8849"),  # the price itself
    ],
)
def test_other_amounts_stay_claims(text: str, number: str) -> None:
    assert not _quotes(text, number)
