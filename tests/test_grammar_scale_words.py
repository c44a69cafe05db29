"""'tỷ phú', 'triệu phú' (a billionaire, a millionaire) are no scale words (number_words)."""

from __future__ import annotations

import pytest

from claims.extract.grammar import find_mentions


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Buffett bám sát 3 tỷ phú dẫn đầu là Bill Gates", 3),
        ("Bill Gates, Steve Jobs hay Mark Zuckerberg – ba tỷ phú đã bỏ ngang đại học", 3),
        ("Làng có 2 triệu phú nhờ trồng sâm", 2),
    ],
)
def test_a_count_of_billionaires_is_a_small_count(text: str, count: int) -> None:
    assert [(m.kind, m.value) for m in find_mentions(text)] == [("count", count)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("lãi 3 tỷ đồng", 3_000_000_000),
        ("có 5 triệu người xem", 5_000_000),
        ("thu về 2 tỷ phụ phí", 2_000_000_000),  # 'phụ', not 'phú'
    ],
)
def test_scale_words_still_scale(text: str, value: int) -> None:
    assert [m.value for m in find_mentions(text)] == [value]


def test_one_billionaire_is_the_indefinite_article() -> None:
    assert find_mentions("Ngay cả khi đã là một tỷ phú, Cuban vẫn làm việc") == []
