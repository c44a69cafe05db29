"""fractions on hand-built claims, the seed's "144/200" first."""

from __future__ import annotations

from test_rules_kit import findings, spec, statuses

SUBJECT = "xã, phường, thị trấn đạt xã, phường, thị trấn phù hợp với trẻ em"


def _fraction(snippet: str, a: int, b: int) -> dict[str, object]:
    return spec(snippet, "fraction", lower=a / b, upper=a / b, numerator=a, denominator=b,
                subject=SUBJECT)  # fmt: skip


def test_numerator_within_denominator_passes() -> None:
    text = "Có 144/200 xã, phường, thị trấn đạt xã, phường, thị trấn phù hợp với trẻ em."
    assert statuses(findings(text, _fraction("144/200", 144, 200), rule="fractions")) == ["pass"]


def test_numerator_above_denominator_fails() -> None:
    text = "Có 244/200 xã, phường, thị trấn đạt xã, phường, thị trấn phù hợp với trẻ em."
    found = findings(text, _fraction("244/200", 244, 200), rule="fractions")
    assert statuses(found) == ["fail"]
    assert "244 ≤ 200" in found[0].detail


def test_the_fraction_agrees_with_its_percent() -> None:
    for share, expected in (("72%", "pass"), ("82%", "fail")):
        text = f"Có 144/200 xã đạt chuẩn, đạt {share}."
        found = findings(text, _fraction("144/200", 144, 200), spec(share, "percent"),
                         rule="fractions")  # fmt: skip
        assert statuses(found) == ["pass", expected]


def test_the_denominator_agrees_with_the_total() -> None:
    for total, expected in (("200", "pass"), ("210", "fail")):
        text = f"Tỉnh có {total} xã, phường, thị trấn. Có 144/200 xã, phường, thị trấn đạt chuẩn."
        found = findings(
            text,
            spec(f"{total} xã", subject="xã, phường, thị trấn"),
            _fraction("144/200", 144, 200),
            rule="fractions",
        )
        assert statuses(found) == ["pass", expected]


def test_a_share_fraction_is_not_a_count_of_the_total() -> None:
    text = "Xã có 1.200 hộ. Có 2/3 số hộ đã có nước sạch."
    found = findings(
        text,
        spec("1.200 hộ", subject="hộ"),
        spec("2/3", "fraction", numerator=2, denominator=3, lower=2 / 3, upper=2 / 3,
             subject="hộ"),
        rule="fractions",
    )  # fmt: skip
    assert statuses(found) == ["pass"]
