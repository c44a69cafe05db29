"""The edit planter: digits rewritten in place, and a planted edit caught end to end."""

from __future__ import annotations

import sys
from decimal import Decimal

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))

from plant_edits import (
    Edit,
    parse_digits,
    plant,
    scale_digits,
    scale_edit,
    swap_edit,
)

from claims.services import analyze


@pytest.mark.parametrize(
    ("digits", "factor", "expected"),
    [
        ("74.739", 1.5, "112.108"),  # thousands dots kept, half to even
        ("1.234.567", 0.5, "617.284"),  # 617.283,5 -> even
        ("100", 1.5, "150"),
        ("1,5", 2.0, "3,0"),  # decimal comma and one decimal kept
        ("02", 1.5, "03"),  # leading zero kept
        ("999", 1.5, "1498"),  # 1498,5 to even; an ungrouped print stays ungrouped
    ],
)
def test_scale_digits_keeps_format(digits: str, factor: float, expected: str) -> None:
    assert scale_digits(digits, factor) == expected


@pytest.mark.parametrize("digits", ["74.739", "1.234.567", "2,75", "480"])
@pytest.mark.parametrize("factor", [1.5, 0.5])
def test_scaled_value_is_original_times_factor_within_rounding(digits: str, factor: float) -> None:
    before, _, decimals, _ = parse_digits(digits)
    after = parse_digits(scale_digits(digits, factor))[0]
    assert abs(after - before * Decimal(str(factor))) <= Decimal(1).scaleb(-decimals) / 2


def test_scale_edit_points_at_the_digits_inside_the_claim() -> None:
    text = "Tỉnh có 200 xã, trong đó 150 xã đạt chuẩn nông thôn mới."
    report = analyze(text)
    part = next(c for c in report.claims if c.value == 150)
    edit = scale_edit(part, text, 1.5)
    assert edit == Edit(text.index("150"), text.index("150") + 3, "150", "225")
    edited = edit.apply(text)
    assert edited == text.replace("150", "225")
    assert edited[edit.start : edit.start + len(edit.new)] == "225"


def test_swap_edit_makes_numerator_larger_and_skips_when_already_larger() -> None:
    text = "Hiện có 18/20 trường đạt chuẩn. Có 20/18 nhóm."
    first = next(c for c in analyze(text).claims if c.kind == "fraction")
    edit = swap_edit(first, text)
    assert edit is not None and edit.new == "20/18"
    assert edit.apply(text).startswith("Hiện có 20/18 trường")


def test_planted_times_one_and_a_half_edit_is_detected() -> None:
    text = "Tỉnh có 200 xã, trong đó 150 xã đạt chuẩn nông thôn mới."
    planted = list(plant("own-text", text, (1.5, 0.5)))
    by_factor = {p.edit_kind: p for p in planted if p.rule == "part-within-whole"}
    assert by_factor["x1.5"].detected  # 225 of 200 communes
    assert not by_factor["x0.5"].detected  # 75 of 200 is still a legitimate part
    assert not by_factor["x0.5"].disappeared
