"""A value joined to another one shares its subject (claims.extract.context.siblings),
on hand-made mentions."""

from __future__ import annotations

import pytest

from claims.extract.context import build_claims
from claims.text import segment
from tests.test_context import mention


def _subjects(text: str, phrases: list[tuple[str, str]]) -> list[str | None]:
    mentions = [mention(text, phrase, kind) for phrase, kind in phrases]
    return [c.subject for c in build_claims(segment(text), mentions)]


@pytest.mark.parametrize(
    ("text", "phrases", "subjects"),
    [
        (
            "Giá USD được niêm yết ở mức 22.705 - 22.775 VND/USD.",
            [("22.705", "money"), ("22.775 VND/USD", "money")],
            ["Giá USD", "Giá USD"],
        ),
        (
            "OnePlus 5 có giá bán 479 USD cho bản 64 GB và 539 USD cho bản 128 GB.",
            [("479 USD", "money"), ("539 USD", "money")],
            ["giá bán", "giá bán"],
        ),
        (
            "Phần cầu chính dài trên 1,5 km, rộng 12 m.",
            [("trên 1,5 km", "measure"), ("12 m", "measure")],
            ["Phần cầu chính", "Phần cầu chính"],
        ),
        # "có nơi" (in places) names nothing: the value of the same property.
        (
            "Nhiệt độ cao nhất phổ biến 37-39 độ C, có nơi trên 40 độ C.",
            [("37-39 độ C", "measure"), ("trên 40 độ C", "measure")],
            ["Nhiệt độ cao nhất", "Nhiệt độ cao nhất"],
        ),
        # Alone it is still no subject; a count of places keeps its noun.
        ("Miền Bắc mưa rét, có nơi dưới 5 độ C.", [("dưới 5 độ C", "measure")], [None]),
        ("Đoàn đã kiểm tra 3 nơi trong ngày.", [("3", "count")], ["nơi"]),
    ],
)
def test_a_joined_value_shares_the_subject(
    text: str, phrases: list[tuple[str, str]], subjects: list[str | None]
) -> None:
    assert _subjects(text, phrases) == subjects


@pytest.mark.parametrize(
    ("text", "phrases", "subjects"),
    [
        # Words between a comma and the earlier value start a new item.
        (
            "Các thành phố phía Đông 25 - 28 độ C, các thành phố phía Tây thấp hơn, 23 - 25 độ C.",
            [("25 - 28 độ C", "measure"), ("23 - 25 độ C", "measure")],
            ["thành phố phía Đông", None],
        ),
        # Another clause.
        (
            "Vàng tăng 200.000 đồng; còn bạc, 100.000 đồng.",
            [("200.000 đồng", "money"), ("100.000 đồng", "money")],
            ["Vàng", None],
        ),
        # A count with no noun is as often a year or a cell read as a count.
        (
            "Trường được kiểm định vào năm 2009 và 2016.",
            [("2009", "count"), ("2016", "count")],
            [None, None],
        ),
        # The next dimension of a thing is not of a property: it is the dimension named.
        (
            "Với chiều cao 1m62, nặng 46kg, cô gây chú ý.",
            [("1m62", "measure"), ("46kg", "measure")],
            ["chiều cao", "nặng"],
        ),
    ],
)
def test_values_that_are_not_joined_keep_their_own(
    text: str, phrases: list[tuple[str, str]], subjects: list[str | None]
) -> None:
    assert _subjects(text, phrases) == subjects
