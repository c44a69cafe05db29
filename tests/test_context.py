"""Claim building on the seed's statistics paragraph, and the kit the other
test_context_* modules build their mentions with.

The mentions here are what the quantity grammar is meant to produce (hedges
and units inside the mention), built by hand so that these tests exercise
claim building alone.
"""

from __future__ import annotations

from typing import Any

import pytest

from claims.extract.context import build_claims
from claims.model import Claim, Mention
from claims.text import segment

SEED_STATS = (
    "Theo số liệu thống kê, toàn tỉnh Lạng Sơn hiện có trên 200 nghìn trẻ em, trong đó trẻ "
    "em dưới 6 tuổi là hơn 74.000 trẻ, trẻ em có hoàn cảnh đặc biệt là hơn 2.700 trẻ. Thời "
    "gian qua, công tác bảo vệ trẻ em luôn nhận được sự quan tâm.\n\n"
    "Năm 2023, Lạng Sơn có 74.739 trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế kịp thời, "
    "đạt 100%; 100% trẻ 6 tuổi vào lớp 1; có 144/200 xã, phường, thị trấn đạt xã, phường, "
    "thị trấn phù hợp với trẻ em; có 87 đơn vị, cá nhân trên địa bàn tỉnh ủng hộ Quỹ Bảo trợ "
    "trẻ em tỉnh với tổng số tiền trên 300 triệu đồng…"
)


def mention(text: str, phrase: str, kind: str, nth: int = 1, **fields: Any) -> Mention:
    """The ``nth`` occurrence of ``phrase`` in ``text`` as a mention."""
    start = -1
    for _ in range(nth):
        start = text.index(phrase, start + 1)
    return Mention(text=phrase, start=start, end=start + len(phrase), kind=kind, **fields)


def subject_of(text: str, phrase: str, kind: str) -> str | None:
    """The subject of the one claim built from ``phrase`` in ``text``."""
    return build_claims(segment(text), [mention(text, phrase, kind)])[0].subject


def seed_mentions(text: str = SEED_STATS) -> list[Mention]:
    return [
        mention(text, "trên 200 nghìn", "count", value=200000, qualifier="over"),
        mention(text, "dưới 6 tuổi", "age", value=6, unit="tuổi", qualifier="under"),
        mention(text, "hơn 74.000", "count", value=74000, qualifier="over"),
        mention(text, "hơn 2.700", "count", value=2700, qualifier="over"),
        mention(text, "Năm 2023", "year", value="2023"),
        mention(text, "74.739", "count", value=74739),
        mention(text, "dưới 6 tuổi", "age", nth=2, value=6, unit="tuổi", qualifier="under"),
        mention(text, "100%", "percent", value=100, unit="%"),
        mention(text, "100%", "percent", nth=2, value=100, unit="%"),
        mention(text, "6 tuổi", "age", nth=3, value=6, unit="tuổi"),
        mention(text, "lớp 1", "identifier"),
        mention(text, "144/200", "fraction", numerator=144, denominator=200),
        mention(text, "87", "count", value=87),
        mention(text, "trên 300 triệu đồng", "money", value=300_000_000, unit="VND"),
    ]


@pytest.fixture(scope="module")
def seed_claims() -> list[Claim]:
    return build_claims(segment(SEED_STATS), seed_mentions())


def claim(claims: list[Claim], phrase: str, nth: int = 1) -> Claim:
    matching = [c for c in claims if c.text == phrase]
    assert len(matching) >= nth, f"no claim {phrase!r} #{nth}: {[c.text for c in claims]}"
    return matching[nth - 1]


def test_identifiers_and_subject_modifiers_are_not_claims(seed_claims: list[Claim]) -> None:
    texts = [c.text for c in seed_claims]
    assert "lớp 1" not in texts
    assert "dưới 6 tuổi" not in texts
    assert "6 tuổi" not in texts
    assert texts == [
        "trên 200 nghìn",
        "hơn 74.000",
        "hơn 2.700",
        "Năm 2023",
        "74.739",
        "100%",
        "100%",
        "144/200",
        "87",
        "trên 300 triệu đồng",
    ]
    assert [c.id for c in seed_claims] == [f"c{i}" for i in range(1, 11)]


@pytest.mark.parametrize(
    ("phrase", "nth", "subject"),
    [
        ("trên 200 nghìn", 1, "trẻ em"),
        ("hơn 74.000", 1, "trẻ em dưới 6 tuổi"),
        ("hơn 2.700", 1, "trẻ em có hoàn cảnh đặc biệt"),
        ("74.739", 1, "trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế"),
        ("100%", 1, "trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế"),
        ("100%", 2, "trẻ 6 tuổi vào lớp 1"),
        ("144/200", 1, "xã, phường, thị trấn"),
        ("87", 1, "đơn vị, cá nhân"),
        ("trên 300 triệu đồng", 1, "tổng số tiền"),
        ("Năm 2023", 1, None),
    ],
)
def test_seed_subjects(
    seed_claims: list[Claim], phrase: str, nth: int, subject: str | None
) -> None:
    assert claim(seed_claims, phrase, nth).subject == subject


def test_built_claims_are_what_validation_makes() -> None:
    # Claims are built without a second validation: each must equal the claim
    # pydantic validates from the same fields, with the same fields set (seeds
    # and the rules' case set).
    from claims.extract import find_mentions
    from claims.services import read_text
    from tests.conftest import ROOT, SEEDS

    checked = 0
    for path in sorted([*SEEDS.glob("*.txt"), *(ROOT / "tests" / "cases").glob("*.txt")]):
        text = read_text(path.read_bytes())
        for built in build_claims(segment(text), find_mentions(text)):
            validated = Claim(**built.model_dump(exclude={"verdict", "findings"}))
            assert validated == built
            assert validated.model_fields_set == built.model_fields_set
            checked += 1
    assert checked > 100


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "subject"),
    [
        ("Căn nhà gồm bảy phòng ngủ và một hồ bơi.", "bảy", "count", "phòng ngủ"),
        (
            "Quốc gia trúng cử phải nhận được ít nhất là 2/3 số phiếu bầu.",
            "2/3",
            "fraction",
            "số phiếu bầu",
        ),
        # The noun after repeats the head of the phrase before: that phrase says which.
        ("Số ca mắc mới trong tuần là 300 ca.", "300", "count", "Số ca mắc mới trong tuần"),
        # Not a count: a copula names what is measured before it.
        ("Học phí năm nay là 5 triệu đồng học phí.", "5 triệu đồng", "money", "Học phí"),
    ],
)
def test_a_count_after_a_copula_counts_the_noun_after_it(
    text: str, phrase: str, kind: str, subject: str
) -> None:
    assert subject_of(text, phrase, kind) == subject


@pytest.mark.parametrize(
    ("text", "phrase", "subject"),
    [
        ("Ông đã bay vào vũ trụ 3 lần, vào các năm 1969.", "3 lần", "lần bay vào vũ trụ"),
        ("Lukaku ghi bàn trong 39 lần ra sân cho Everton.", "39 lần", "lần ra sân"),
        ("Long đã bỏ đi hai lần nên mẹ không đi tìm.", "hai lần", "lần bỏ đi"),
        ("Bài thi dài 2 - 3 lần/ tuần.", "2 - 3 lần", "lần"),
    ],
)
def test_a_count_of_times_counts_lan(text: str, phrase: str, subject: str) -> None:
    claims = build_claims(segment(text), [mention(text, phrase, "count")])
    assert claims[0].subject == subject


@pytest.mark.parametrize(
    ("text", "phrase", "kind", "subject"),
    [
        (
            "Công suất tiêu thụ điện đạt mức 29.306 MW.",
            "29.306 MW",
            "measure",
            "Công suất tiêu thụ điện",
        ),
        (
            "Sức mạnh 6 teraflops, trong khi PS4 Pro chỉ dừng ở mức 4,2 teraflops.",
            "4,2 teraflops",
            "measure",
            "PS4 Pro chỉ dừng",
        ),
        (
            "Công ty có 21 mã tăng trần, trong khi số mã giảm sàn là 12 mã.",
            "12",
            "count",
            "số mã giảm sàn",
        ),
        (
            "Trong khi đó nhu cầu vàng tại Ấn Độ cũng giảm 21,2%.",
            "21,2%",
            "percent",
            "nhu cầu vàng",
        ),
    ],
)
def test_placeholders_and_conjunctions_are_not_subjects(
    text: str, phrase: str, kind: str, subject: str
) -> None:
    assert subject_of(text, phrase, kind) == subject
