"""units on hand-built claims."""

from __future__ import annotations

from test_rules_kit import findings, spec, statuses


def test_a_share_above_100_percent_fails() -> None:
    text = "Lao động nữ chiếm 120% tổng số lao động."
    assert statuses(findings(text, spec("120%", "percent"), rule="units")) == ["fail"]
    text = "Lao động nữ chiếm 12% tổng số lao động."
    assert statuses(findings(text, spec("12%", "percent"), rule="units")) == ["pass"]


def test_growth_or_plan_above_100_percent_is_no_share() -> None:
    text = "Doanh thu tăng 120%, đạt 130% kế hoạch."
    assert findings(text, spec("120%", "percent"), spec("130%", "percent"), rule="units") == []


def test_shares_side_by_side_add_up_to_at_most_100() -> None:
    for women, expected in (("52%", "pass"), ("62%", "fail")):
        text = f"Lao động nữ chiếm {women}, lao động nam chiếm 48%."
        found = findings(text, spec(women, "percent"), spec("48%", "percent"), rule="units")
        assert statuses(found) == ["pass", "pass", expected]


def test_shares_in_different_clauses_are_not_added() -> None:
    text = "Lao động nữ chiếm 62%; trong ngành dịch vụ, lao động trẻ chiếm 48%."
    found = findings(text, spec("62%", "percent"), spec("48%", "percent"), rule="units")
    assert statuses(found) == ["pass", "pass"]  # each within 100%, not added together
