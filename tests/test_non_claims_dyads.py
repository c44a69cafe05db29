"""A parent or a grandparent and the children ('hai cha con', '2 mẹ con', '3 mẹ con') are
one group named by kinship, like 'hai vợ chồng' (claims.extract.context.non_claims), unless
the group is told as a toll ('tông chết 2 mẹ con', '2 mẹ con thương vong')."""

from __future__ import annotations

import pytest

from claims.extract.context import non_claims as nc
from claims.extract.grammar import find_mentions


def _states_no_claim(text: str, number: str) -> bool:
    start = text.index(number)
    mention = next(m for m in find_mentions(text) if m.start <= start < m.end)
    return nc.states_no_claim(text, mention)


@pytest.mark.parametrize(
    ("text", "number", "dyad"),
    [
        ("Hai cha con bán kẹo kéo với giọng hát ngọt ngào.", "Hai", True),
        ("Đêm hai bà cháu lui vào phòng riêng.", "hai", True),
        # told as a toll, the group is counted: tests/gold/dev20 ('2 mẹ con thương vong') and
        # dev21 ('tông chết 2 mẹ con', 'khiến 2 mẹ con bị xe khách tông chết') label claims
        ("Xe khách đã tông chết 2 mẹ con đi xe máy.", "2", False),
        ("khiến 2 ông cháu bị thương vong", "2", False),
        ("Vụ tai nạn khiến 3 mẹ con tử vong.", "3", False),
        ("Giết 2 mẹ con xong lên Công an đầu thú", "2", False),
        ("Lúc này, 3 cha con đang miệt mài gỡ lưới.", "3", True),
        ("Gia đình có 3 anh em.", "3", False),  # siblings counted: a claim
        ("Gia đình có hai con nhỏ.", "hai", False),  # two children: a count
    ],
)
def test_a_parent_and_one_child_are_two_by_definition(text: str, number: str, dyad: bool) -> None:
    assert _states_no_claim(text, number) is dyad
