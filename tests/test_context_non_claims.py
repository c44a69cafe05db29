"""Claim building: which mentions are not claims of their own.

A number that qualifies a subject ("doanh nghiệp có trên 10 lao động"), or a
threshold on a property or a period ("dưới 40m2", "3 tháng đầu năm"), is part
of another claim; an age or a duration standing alone, and a count after a
bare "có", stay claims.  Mentions are built by hand (see test_context).
"""

from __future__ import annotations

import pytest
from test_context import mention

from claims.extract.context import build_claims
from claims.text import segment


@pytest.mark.parametrize(
    ("text", "modifier", "kept"),
    [
        ("Hà Nội có 1.200 doanh nghiệp có trên 10 lao động.", "trên 10", "1.200"),
        ("Số người trên 60 tuổi là 3.000 người.", "trên 60 tuổi", "3.000"),
        ("Tỉnh có 500 người trên 60 tuổi được nhận quà.", "trên 60 tuổi", "500"),
    ],
)
def test_numbers_inside_a_subject_are_not_claims(text: str, modifier: str, kept: str) -> None:
    kind = "age" if "tuổi" in modifier else "count"
    mentions = sorted(
        [mention(text, modifier, kind), mention(text, kept, "count")], key=lambda m: m.start
    )
    claims = build_claims(segment(text), mentions)
    assert [c.text for c in claims] == [kept]
    assert claims[0].subject is not None and modifier in claims[0].subject


@pytest.mark.parametrize(
    "text",
    [
        "Ông A, 45 tuổi, trú tại xã B có 3 con.",
        "Anh B năm nay 45 tuổi.",
        "Hơn 20 năm công tác, cô C có nhiều đóng góp.",
    ],
)
def test_ages_and_durations_standing_alone_stay_claims(text: str) -> None:
    phrase = "Hơn 20 năm" if "Hơn 20" in text else "45 tuổi"
    kind = "duration" if "năm" in phrase else "age"
    claims = build_claims(segment(text), [mention(text, phrase, kind)])
    assert [c.text for c in claims] == [phrase]


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("Bảo tàng đón 500 lượt khách có 20 người nước ngoài.", ["500", "20"]),
        ("Bé gái 6 tuổi có 2 anh trai.", ["6 tuổi", "2"]),
    ],
)
def test_a_bare_co_states_a_new_count(text: str, phrases: list[str]) -> None:
    kinds = {"6 tuổi": "age"}
    mentions = [mention(text, p, kinds.get(p, "count")) for p in phrases]
    assert [c.text for c in build_claims(segment(text), mentions)] == phrases


@pytest.mark.parametrize(
    ("text", "phrases", "kinds", "claims_left"),
    [
        (
            "Tỉnh xây thêm 5.900 căn nhà với kích cỡ chỉ dưới 40m2, chiếm 41%.",
            ["5.900", "dưới 40m2", "41%"],
            ["count", "measure", "percent"],
            ["5.900", "41%"],
        ),
        (
            "Đây là 10 ứng dụng được tải nhiều nhất trong 3 tháng đầu năm 2017.",
            ["10", "3 tháng", "năm 2017"],
            ["count", "duration", "year"],
            ["10", "năm 2017"],
        ),
        (
            "Các đối tượng có kích thước trên 20m rất khó phát hiện.",
            ["trên 20m"],
            ["measure"],
            ["trên 20m"],
        ),
    ],
)
def test_thresholds_on_properties_and_periods_are_not_claims(
    text: str, phrases: list[str], kinds: list[str], claims_left: list[str]
) -> None:
    mentions = [mention(text, p, k) for p, k in zip(phrases, kinds, strict=True)]
    assert [c.text for c in build_claims(segment(text), mentions)] == claims_left
