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


def _schools(fraction: str, a: int, b: int) -> list[str]:
    text = (
        "Huyện có 30 trường học, trong đó trường học công lập là 12 trường. "
        f"Hiện có {fraction} trường học công lập đạt chuẩn quốc gia."
    )
    found = findings(
        text,
        spec("30 trường", subject="trường học"),
        spec("12 trường", subject="trường học công lập"),
        spec(fraction, "fraction", lower=a / b, upper=a / b, numerator=a, denominator=b,
             subject="trường học công lập đạt chuẩn quốc gia"),
        rule="fractions",
    )  # fmt: skip
    denominators = [f for f in found if f.message.startswith("Mẫu số")]
    assert len(denominators) == 1 and "c2" in denominators[0].claims, found
    return statuses(denominators)


def test_the_total_is_chosen_by_its_subject_not_by_agreeing() -> None:
    """'10/30 trường học công lập' is out of the 12 public schools, not out of the 30 schools
    it happens to agree with: the more specific total is the denominator's, whatever its value."""
    assert _schools("10/12", 10, 12) == ["pass"]
    assert _schools("10/30", 10, 30) == ["fail"]
