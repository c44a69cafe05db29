"""change on hand-built claims."""

from __future__ import annotations

from test_rules_kit import findings, spec, statuses


def _money(snippet: str, billions: float) -> dict[str, object]:
    value = billions * 1e9
    return spec(snippet, "money", lower=value, upper=value, unit="VND", subject="doanh thu")


def test_rate_against_old_and_new() -> None:
    for new, expected in ((120, "pass"), (130, "fail")):
        text = f"Doanh thu năm 2024 đạt {new} tỷ đồng, tăng 20% so với năm 2023 (100 tỷ đồng)."
        found = findings(
            text,
            spec("2024", "year"),
            _money(f"{new} tỷ đồng", new),
            spec("20%", "percent"),
            spec("2023", "year"),
            _money("100 tỷ đồng", 100),
            rule="change",
        )
        assert statuses(found) == ["pass", expected]


def test_direction_of_tang_tu_len() -> None:
    text = "Số hộ nghèo giảm từ 1.500 hộ xuống 1.800 hộ."
    found = findings(text, spec("1.500 hộ"), spec("1.800 hộ"), rule="change")
    assert statuses(found) == ["fail"]
    assert "giảm" in found[0].message


def test_amount_of_change() -> None:
    for delta, expected in ("300", "pass"), ("200", "fail"):
        text = f"Số học sinh tăng từ 1.200 lên 1.500 em, tăng thêm {delta} em."
        found = findings(text, spec("1.200"), spec("1.500 em"), spec(f"{delta} em"),
                         rule="change")  # fmt: skip
        assert statuses(found) == ["pass", expected]


def test_multiple() -> None:
    for times, expected in ("3", "pass"), ("5", "fail"):
        text = f"Sản lượng tăng từ 100 tấn lên 300 tấn, gấp {times} lần."
        found = findings(
            text,
            spec("100 tấn", "measure", unit="tấn"),
            spec("300 tấn", "measure", unit="tấn"),
            spec(f"{times} lần", "multiple"),
            rule="change",
        )
        assert statuses(found) == ["pass", expected]


def test_a_rate_between_percentages_is_not_checked() -> None:
    text = "Tỷ lệ hộ nghèo giảm từ 5% xuống 3%, giảm 2%."
    found = findings(text, spec("5%", "percent"), spec("3%", "percent"), spec("2%", "percent"),
                     rule="change")  # fmt: skip
    assert statuses(found) == ["pass"]  # only the direction


def test_each_clause_states_its_own_change() -> None:
    text = "Doanh thu tăng từ 100 lên 120 tỷ đồng; lợi nhuận giảm từ 20 xuống 15 tỷ đồng."
    found = findings(
        text, _money("100", 100), _money("120 tỷ đồng", 120), {**_money("20", 20), "nth": 1},
        _money("15 tỷ đồng", 15), rule="change",
    )  # fmt: skip
    assert statuses(found) == ["pass", "pass"]
