"""How findings name their claims: the number with what it is of, in the sentence's order."""

from __future__ import annotations

from claims.services import analyze


def _messages(text: str) -> list[str]:
    return [finding.message for finding in analyze(text).findings]


def test_a_price_is_named_after_what_it_is_the_price_of() -> None:
    [message] = _messages("Giá khám tăng từ 354.000 lên 300.000 đồng/người.")
    assert "«Giá khám 354.000»" in message and "«Giá khám 300.000 đồng/người»" in message


def test_a_count_is_named_before_the_noun_it_counts() -> None:
    [message] = _messages("Số hộ nghèo của huyện giảm từ 1.500 hộ xuống 1.800 hộ.")
    assert "«1.500 hộ»" in message and "«1.800 hộ»" in message


def test_a_count_after_its_noun_with_a_copula_still_reads_number_first() -> None:
    text = (
        "Toàn tỉnh có trên 200 nghìn trẻ em, trong đó trẻ em dưới 6 tuổi là hơn 74.000 trẻ.\n"
        "Năm 2023, tỉnh có 76.739 trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế, đạt 100%."
    )
    assert any("«hơn 74.000 trẻ em dưới 6 tuổi»" in message for message in _messages(text))
