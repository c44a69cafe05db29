"""restated-values on hand-built claims."""

from __future__ import annotations

from test_rules_kit import findings, spec, statuses

TEXT = "Toàn huyện có hơn 1.200 hộ nghèo. Số hộ nghèo hiện là {value} hộ."
OVER_1200 = spec("hơn 1.200 hộ nghèo", lower=1200, upper=1300, lower_open=True, subject="hộ nghèo")


def _run(value: str, **extra: object) -> list[str]:
    text = TEXT.format(value=value)
    nth = text.count(f"{value} hộ") - 1  # the restatement is the last occurrence
    second = spec(f"{value} hộ", subject="số hộ nghèo", nth=nth, **extra)  # type: ignore[arg-type]
    return statuses(findings(text, OVER_1200, second, rule="restated-values"))


def test_a_restatement_inside_the_hedge_passes() -> None:
    assert _run("1.250") == ["pass"]


def test_a_restatement_outside_the_hedge_fails() -> None:
    assert _run("1.150") == ["fail"]
    assert _run("1.200") == ["fail"]  # "hơn 1.200" excludes 1.200 itself


def test_different_periods_or_units_are_not_compared() -> None:
    text = "Năm 2020, huyện có hơn 1.200 hộ nghèo. Năm 2024, số hộ nghèo là 1.150 hộ."
    earlier = spec("hơn 1.200 hộ nghèo", lower=1200, upper=1300, lower_open=True,
                   subject="hộ nghèo", period="2020")  # fmt: skip
    later = spec("1.150 hộ", subject="số hộ nghèo", period="2024")
    assert findings(text, earlier, later, rule="restated-values") == []
    assert _run("1.150", period="2024") == ["fail"]  # one period unstated: still compared
    text = "Huyện chi hơn 1.200 triệu đồng cho hộ nghèo. Hộ nghèo nhận 900 USD."
    money = spec("hơn 1.200 triệu đồng", "money", lower=1.2e9, upper=1.3e9, unit="VND",
                 subject="hộ nghèo")  # fmt: skip
    usd = spec("900 USD", "money", unit="USD", subject="hộ nghèo")
    assert findings(text, money, usd, rule="restated-values") == []


def test_values_in_a_change_are_not_restatements() -> None:
    text = "Số hộ nghèo giảm từ 1.500 hộ xuống 1.200 hộ."
    old = spec("1.500 hộ", subject="hộ nghèo")
    new = spec("1.200 hộ", subject="hộ nghèo")
    assert findings(text, old, new, rule="restated-values") == []
