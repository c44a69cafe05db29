"""Currency words that are other words ('đô thị', 'đồng xu', 'bảng mã'): no money (units)."""

from __future__ import annotations

import pytest

from claims.extract.grammar import find_mentions


def _money(text: str) -> list[str]:
    return [m.text for m in find_mentions(text) if m.kind == "money"]


@pytest.mark.parametrize(
    "text",
    [
        "Bí thư cho rằng một đô thị 13 triệu dân như TPHCM nên học tập",  # a city
        "Hội vật năm nay thu hút hàng chục đô vật ở nhiều lứa tuổi",  # wrestlers
        "Hành khách đã ném 9 đồng xu vào động cơ máy bay",  # coins
        "nhà trường chưa bao giờ nhận một đồng nào hối lộ",  # not a penny
        "đo sức mạnh đồng bạc xanh với 6 đồng tiền chủ chốt khác",  # six currencies
        "bất chấp đồng USD hưởng lợi từ một đồng bảng Anh yếu đi",  # the pound itself
        "sẽ có được một bảng mã vùng mới dễ nhớ",  # a table
        "lắp đặt 3 bảng thông tin điện tử LED",  # boards
    ],
)
def test_a_currency_word_that_is_another_word_is_no_money(text: str) -> None:
    assert _money(text) == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("trong ví có 3 triệu đồng tiền mặt", "3 triệu đồng"),
        ("thu giữ 70.150 đồng nhân dân tệ Trung Quốc", "70.150 đồng"),
        ("căn hộ bị giảm 250.000 bảng so với mức giá cũ", "250.000 bảng"),
        ("đầu tư 40 triệu đô chỉ cho cảnh chiến đấu", "40 triệu đô"),
        ("tỷ giá 22.700 đồng/USD", "22.700 đồng/USD"),
    ],
)
def test_amounts_keep_their_currency(text: str, amount: str) -> None:
    assert _money(text) == [amount]
