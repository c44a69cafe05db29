"""part-within-whole on hand-built claims."""

from __future__ import annotations

from test_rules_kit import findings, spec, statuses

SEED_LIKE = (
    "Toàn tỉnh hiện có trên 200 nghìn trẻ em, trong đó trẻ em dưới 6 tuổi là {part} trẻ, "
    "trẻ em có hoàn cảnh đặc biệt là hơn 2.700 trẻ."
)


def _seed_like(part: str, lower: int, upper: int) -> list[str]:
    text = SEED_LIKE.format(part=part)
    whole = spec("trên 200 nghìn", lower=200_000, upper=300_000, lower_open=True, subject="trẻ em")
    first = spec(part, lower=lower, upper=upper, lower_open=True, subject="trẻ em dưới 6 tuổi")
    second = spec("hơn 2.700", lower=2700, upper=2800, lower_open=True,
                  subject="trẻ em có hoàn cảnh đặc biệt")  # fmt: skip
    return statuses(findings(text, whole, first, second, rule="part-within-whole"))


def test_parts_within_the_whole_pass() -> None:
    assert _seed_like("hơn 74.000", 74_000, 75_000) == ["pass", "pass"]


def test_a_part_larger_than_the_whole_can_be_fails() -> None:
    assert _seed_like("hơn 300.000", 300_000, 400_000) == ["fail", "pass"]


def test_the_part_may_equal_the_upper_end_of_a_closed_whole() -> None:
    text = "Xã có 500 hộ, trong đó 500 hộ có điện."
    whole = spec("500 hộ", subject="hộ")
    part = spec("500 hộ", subject="hộ có điện", nth=1)
    assert statuses(findings(text, whole, part, rule="part-within-whole")) == ["pass"]


def test_a_part_by_subject_alone_is_checked_across_sentences() -> None:
    text = "Năm 2023, toàn tỉnh có 2.000 doanh nghiệp.\nCó 2.500 doanh nghiệp nhỏ và vừa."
    whole = spec("2.000 doanh nghiệp", subject="doanh nghiệp")
    part = spec("2.500 doanh nghiệp", subject="doanh nghiệp nhỏ và vừa")
    assert statuses(findings(text, whole, part, rule="part-within-whole")) == ["fail"]


def test_counts_of_different_subjects_are_not_compared() -> None:
    text = "Huyện có 50 trường học, trong đó 2.000 giáo viên."
    whole = spec("50 trường học", subject="trường học")
    other = spec("2.000 giáo viên", subject="giáo viên")
    assert findings(text, whole, other, rule="part-within-whole") == []
