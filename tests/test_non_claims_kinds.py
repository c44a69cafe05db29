"""'chiếc xế hai bánh' (a two-wheeler) names a kind of vehicle (non_claims class descriptions)."""

from __future__ import annotations

import pytest

from claims.extract.context import non_claims as nc
from claims.extract.grammar import find_mentions


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("trở thành chiếc xế hai bánh đắt nhất từng được bán tại Ấn Độ", "hai", True),
        ("phát hiện tài xế giấu 42 bánh heroin dưới gầm xe", "42", False),  # the driver's
    ],
)
def test_a_two_wheeler_is_a_kind(text: str, number: str, kind: bool) -> None:
    start = text.index(number)
    mention = next(m for m in find_mentions(text) if m.start <= start < m.end)
    assert nc.states_no_claim(text, mention) is kind
