"""Claim building: subjects the fourth development set (dev4) found read wrong,
one cause per test, each a form that recurs in the news corpus.  Mentions are
built by hand (see test_context).
"""

from __future__ import annotations

import pytest
from test_context import mention

from claims.extract.context import build_claims
from claims.text import segment


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "subject"),
    [
        (
            "Tỷ giá ở mức 6,8849 nhân dân tệ, tương đương mức giảm 0,36% so với phiên trước.",
            "0,36%",
            "percent",
            "mức giảm",
        ),
        ("Két tiền giảm so với mức giảm 513 tỷ USD.", "513 tỷ USD", "money", "mức giảm"),
        ("Số người giàu có đạt mức tăng 56%.", "56%", "percent", "mức tăng"),
        ("Nhiệt độ tại Hà Nội đạt ngưỡng 42 độ C.", "42 độ C", "measure", "Nhiệt độ"),
        ("Dự trữ đã vượt mốc 3 nghìn tỷ USD.", "3 nghìn tỷ USD", "money", "Dự trữ"),
    ],
)
def test_a_change_size_or_a_placeholder_is_no_verb(
    text: str, phrase: str, kind: str, subject: str
) -> None:
    claims = build_claims(segment(text), [mention(text, phrase, kind)])
    assert claims[0].subject == subject


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "subject"),
    [
        ("Con số này tăng lên 500.000 bảng.", "500.000 bảng", "money", "Con số này"),
        (
            "Được biết chi phí cho cảnh quay này lên đến 7 tỷ đồng.",
            "lên đến 7 tỷ đồng",
            "money",
            "chi phí cho cảnh quay này",
        ),
        ("Chùm này nặng 1,2kg, quả dày khít.", "1,2kg", "measure", "Chùm này"),
        # Read later, a pointer ends another phrase: "Sau đó" is no subject.
        ("Sau đó giảm 5% trong tháng.", "5%", "percent", None),
    ],
)
def test_a_pointer_read_first_closes_the_phrase_before_it(
    text: str, phrase: str, kind: str, subject: str | None
) -> None:
    claims = build_claims(segment(text), [mention(text, phrase, kind)])
    assert claims[0].subject == subject
