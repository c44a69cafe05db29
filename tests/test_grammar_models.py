"""A number the text writes again before the same Latin name names a model (named_places)."""

from __future__ import annotations

import pytest

from claims.extract.grammar import find_mentions


def _kind_of(text: str, number: str) -> str:
    start = text.index(number)
    found = [m for m in find_mentions(text) if m.start <= start < m.end]
    assert found, f"no mention at {number!r} in {text!r}"
    return found[0].kind


_DUCATI = (
    "Siêu xe 1299 Ducati Superleggera vừa có chủ. Video 1299 Ducati Superleggera phô diễn "
    "sức mạnh. Người mua chiếc 1299 Superleggera đầu tiên. Với yên cao 830 mm, 1299 "
    "Superleggera có sức mạnh lớn."
)


def test_a_number_said_again_before_the_same_latin_name_names_a_model() -> None:
    numbers = [m for m in find_mentions(_DUCATI) if "1299" in m.text]
    assert len(numbers) == 4
    assert all(m.kind == "identifier" for m in numbers)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Siêu xe 1299 Ducati Superleggera vừa có chủ, giá gần 4 tỷ đồng.", "1299"),  # once
        ("giành 20 Grand Slam, hơn Nadal; với 20 Grand Slam anh dẫn đầu", "20"),  # 2 digits
        ("giá bán 152.500 Peso; Tại Mexico giá 152.500 Peso", "152.500"),  # separator
    ],
)
def test_a_count_before_a_latin_name_said_once_or_short_still_counts(
    text: str, number: str
) -> None:
    assert _kind_of(text, number) == "count"


def test_an_amount_repeated_with_its_unit_is_no_model() -> None:
    text = "vàng giảm xuống 1241 Usd/Oz, rồi tăng lại 1241 Usd/Oz"
    assert _kind_of(text, "1241") == "money"
