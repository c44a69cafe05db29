"""sum-of-parts on hand-built claims."""

from __future__ import annotations

from test_rules_kit import findings, spec, statuses


def _school(boys: str, cue: str = "gồm") -> list[str]:
    text = f"Trường có 1.200 học sinh, {cue} {boys} học sinh nam và 570 học sinh nữ."
    return statuses(
        findings(
            text,
            spec("1.200 học sinh", subject="học sinh"),
            spec(f"{boys} học sinh", subject="học sinh nam"),
            spec("570 học sinh", subject="học sinh nữ"),
            rule="sum-of-parts",
        )
    )


def test_enumerated_parts_that_add_up_pass() -> None:
    assert _school("630") == ["pass"]


def test_enumerated_parts_that_do_not_add_up_fail() -> None:
    assert _school("730") == ["fail"]


def test_complementary_parts_after_trong_do_are_an_enumeration() -> None:
    assert _school("730", cue="trong đó") == ["fail"]


def test_a_list_after_trong_do_is_not_an_enumeration() -> None:
    text = (
        "Toàn tỉnh có trên 200 nghìn trẻ em, trong đó trẻ em dưới 6 tuổi là hơn 74.000 trẻ, "
        "trẻ em có hoàn cảnh đặc biệt là hơn 2.700 trẻ."
    )
    found = findings(
        text,
        spec("trên 200 nghìn", lower=200_000, upper=300_000, lower_open=True, subject="trẻ em"),
        spec("hơn 74.000", lower=74_000, upper=75_000, lower_open=True,
             subject="trẻ em dưới 6 tuổi"),
        spec("hơn 2.700", lower=2700, upper=2800, lower_open=True,
             subject="trẻ em có hoàn cảnh đặc biệt"),
        rule="sum-of-parts",
    )  # fmt: skip
    assert found == []


def test_hedged_parts_add_as_intervals() -> None:
    text = "Đoàn có 45 người, gồm hơn 20 bác sĩ và gần 20 điều dưỡng."
    found = findings(
        text,
        spec("45 người", subject="người"),
        spec("hơn 20 bác sĩ", lower=20, upper=30, lower_open=True, subject="bác sĩ"),
        spec("gần 20 điều dưỡng", lower=10, upper=20, upper_open=True, subject="điều dưỡng"),
        rule="sum-of-parts",
    )
    assert statuses(found) == ["pass"]
    assert "(30; 50)" in found[0].detail
