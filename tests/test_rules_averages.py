"""averages on hand-built claims."""

from __future__ import annotations

from test_rules_kit import findings, spec, statuses


def _income(average: str, value: float) -> list[str]:
    text = f"Tổng thu nhập của 120 hộ là 6 tỷ đồng, bình quân {average} đồng/hộ."
    return statuses(
        findings(
            text,
            spec("120 hộ", subject="hộ"),
            spec("6 tỷ đồng", "money", lower=6e9, upper=6e9, unit="VND", subject="thu nhập"),
            spec(f"{average} đồng", "money", lower=value, upper=value, unit="VND", per="hộ"),
            rule="averages",
        )
    )


def test_total_over_count_matches_the_average() -> None:
    assert _income("50 triệu", 50e6) == ["pass"]


def test_total_over_count_contradicts_the_average() -> None:
    assert _income("60 triệu", 60e6) == ["fail"]


def test_a_rounded_average_passes_within_its_rounding() -> None:
    text = "Huyện có 30 lớp với 1.045 học sinh, trung bình mỗi lớp 34,8 học sinh."
    found = findings(
        text,
        spec("30 lớp", subject="lớp"),
        spec("1.045 học sinh", subject="học sinh"),
        spec("34,8 học sinh", subject="học sinh"),
        rule="averages",
    )
    assert statuses(found) == ["pass"]  # 1.045 / 30 = 34,83


def test_several_totals_leave_the_average_unchecked() -> None:
    text = "Xã có 120 hộ, thu 6 tỷ đồng và chi 4 tỷ đồng, bình quân 50 triệu đồng/hộ."
    found = findings(
        text,
        spec("120 hộ", subject="hộ"),
        spec("6 tỷ đồng", "money", lower=6e9, upper=6e9, unit="VND"),
        spec("4 tỷ đồng", "money", lower=4e9, upper=4e9, unit="VND"),
        spec("50 triệu đồng", "money", lower=5e7, upper=5e7, unit="VND"),
        rule="averages",
    )
    assert found == []
