"""percent-of-whole on hand-built claims, the seed's pair first."""

from __future__ import annotations

from test_rules_kit import findings, spec, statuses

SEED_LIKE = (
    "Toàn tỉnh có trẻ em dưới 6 tuổi là hơn {base} trẻ.\n"
    "Năm 2023, tỉnh có 74.739 trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế kịp thời, đạt 100%."
)


def _seed_like(base: int) -> list[str]:
    text = SEED_LIKE.format(base=f"{base:,}".replace(",", "."))
    found = findings(
        text,
        spec(f"hơn {base:,}".replace(",", "."), lower=base, upper=base + 1000, lower_open=True,
             subject="trẻ em dưới 6 tuổi"),
        spec("2023", "year"),
        spec("74.739", subject="trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế kịp thời"),
        spec("6 tuổi", "age", nth=1, unit="tuổi"),
        spec("100%", "percent", unit="%"),
        rule="percent-of-whole",
    )  # fmt: skip
    if found:
        assert set(found[0].claims) == {"c1", "c3", "c5"}
    return statuses(found)


def test_the_seed_share_is_consistent_with_its_base() -> None:
    assert _seed_like(74_000) == ["pass"]


def test_the_seed_share_fails_when_the_base_moves() -> None:
    assert _seed_like(75_000) == ["fail"]


def _poor(share: str, base: str = "1.200") -> list[str]:
    text = f"Xã có {base} hộ dân. Hiện có 300 hộ dân thuộc diện hộ nghèo, chiếm {share}."
    return statuses(
        findings(
            text,
            spec(f"{base} hộ", subject="hộ dân"),
            spec("300 hộ", subject="hộ dân thuộc diện hộ nghèo"),
            spec(share, "percent", unit="%"),
            rule="percent-of-whole",
        )
    )


def test_a_rounded_percent_passes_within_its_rounding() -> None:
    assert _poor("25%") == ["pass"]
    assert _poor("25,4%") == ["fail"]  # 300/1.200 is exactly 25 %, 25,4 % is [25,35; 25,45]
    assert _poor("24,6%", base="1.220") == ["pass"]  # 300/1.220 = 24,59 %


def test_a_wrong_share_fails() -> None:
    assert _poor("35%") == ["fail"]


def test_no_stated_base_no_finding() -> None:
    text = "Hiện có 300 hộ dân thuộc diện hộ nghèo, chiếm 25%."
    found = findings(
        text,
        spec("300 hộ", subject="hộ dân thuộc diện hộ nghèo"),
        spec("25%", "percent"),
        rule="percent-of-whole",
    )
    assert found == []


def test_a_share_of_a_plan_is_not_a_share_of_a_whole() -> None:
    text = "Tỉnh có 500 tỷ đồng doanh thu. Doanh thu du lịch đạt 300 tỷ đồng, đạt 105% kế hoạch."
    found = findings(
        text,
        spec("500 tỷ đồng", "money", lower=5e11, upper=5e11, unit="VND", subject="doanh thu"),
        spec("300 tỷ đồng", "money", lower=3e11, upper=3e11, unit="VND",
             subject="doanh thu du lịch"),
        spec("105%", "percent"),
        rule="percent-of-whole",
    )  # fmt: skip
    assert found == []


def test_a_bounded_group_left_bare_by_its_subject_is_no_whole() -> None:
    """'Số thí sinh đạt trên 27 điểm là 1.975 thí sinh': the subject reads 'thí sinh', but
    the clause counts only those over 27 points, no total of the candidates."""
    text = (
        "Số thí sinh đạt mức điểm từ 16 trở lên của khối A là 231.247 thí sinh, chiếm tỉ lệ "
        "56,89% tổng số thí sinh của khối này. Số thí sinh đạt mức trên 27 điểm là 1.975 thí sinh."
    )
    found = findings(
        text,
        spec("231.247", subject="thí sinh đạt mức điểm từ 16 trở lên của khối A"),
        spec("56,89%", "percent", unit="%"),
        spec("1.975", subject="thí sinh"),
        rule="percent-of-whole",
    )
    assert found == []


def test_the_whole_is_chosen_by_its_subject_not_by_agreeing() -> None:
    """The seed with 74.739 edited to 76.739: the whole of '76.739 trẻ em dưới 6 tuổi …, đạt
    100%' is 'hơn 74.000 trẻ em dưới 6 tuổi', which it now exceeds, not the 'trên 200 nghìn
    trẻ em' that 76.739 happens to fit under (nor nothing: the contradiction is the finding)."""
    text = (
        "Toàn tỉnh có trên 200 nghìn trẻ em, trong đó trẻ em dưới 6 tuổi là hơn 74.000 trẻ.\n"
        "Năm 2023, tỉnh có 76.739 trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế, đạt 100%."
    )
    found = findings(
        text,
        spec("trên 200 nghìn", lower=200_000, upper=300_000, lower_open=True, subject="trẻ em"),
        spec("hơn 74.000", lower=74_000, upper=75_000, lower_open=True,
             subject="trẻ em dưới 6 tuổi"),
        spec("2023", "year"),
        spec("76.739", subject="trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế"),
        spec("100%", "percent", unit="%"),
        rule="percent-of-whole",
    )  # fmt: skip
    assert statuses(found) == ["fail"]
    assert set(found[0].claims) == {"c2", "c4", "c5"}
    assert "hơn 74.000 trẻ em dưới 6 tuổi" in found[0].message
