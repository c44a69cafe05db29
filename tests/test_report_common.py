"""How values read in the human formats: numbers, intervals, units, order."""

from __future__ import annotations

import pytest
from test_report_builders import Spec, article_report, build_report, empty_report

from claims.model import VERDICTS, Finding
from claims.report import FORMATS, STREAMING_SEPARATORS
from claims.report.common import (
    MAX_PASSING_SHOWN,
    FindingIndex,
    claims_in_verdict_order,
    finding_notes,
    format_interval,
    format_number,
    format_value,
)


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (74000, "74 000"),
        (1234567, "1 234 567"),
        (74000.0, "74 000"),
        (2.5, "2.5"),
        (1234.125, "1 234.125"),
        (-1500, "-1 500"),
        (0, "0"),
    ],
)
def test_numbers_group_thousands_with_spaces(number: float, expected: str) -> None:
    assert format_number(number) == expected


@pytest.mark.parametrize(
    ("bounds", "expected"),
    [
        ((74000, 75000, True, False), "(74 000, 75 000]"),
        ((74000, 75000, False, True), "[74 000, 75 000)"),
        ((2500, 3500, False, False), "[2 500, 3 500]"),
        ((100, None, False, False), "[100, +∞)"),
        ((None, 6, False, True), "(−∞, 6)"),
    ],
)
def test_intervals_show_open_and_closed_bounds(
    bounds: tuple[float | None, float | None, bool, bool], expected: str
) -> None:
    assert format_interval(*bounds) == expected


def test_a_closed_point_is_just_the_number_and_years_are_not_grouped() -> None:
    text = "Năm 2023 có 74.739 trẻ, hơn 74.000 trẻ em."
    report = build_report(
        text,
        [
            Spec("2023", "unsourced", kind="year", extra={"lower": 2023, "upper": 2023}),
            Spec("74.739", "verified", extra={"lower": 74739, "upper": 74739}),
            Spec(
                "hơn 74.000",
                "verified",
                extra={"lower": 74000, "upper": 75000, "lower_open": True},
            ),
        ],
    )
    assert [format_value(c) for c in report.claims] == ["2023", "74 739", "(74 000, 75 000]"]


def test_claims_without_bounds_show_their_value_or_a_dash() -> None:
    text = "Ngày 29/11 và vài người."
    report = build_report(
        text,
        [
            Spec("29/11", "unsourced", kind="date", extra={"value": "--11-29"}),
            Spec("vài người", "unsourced"),
        ],
    )
    assert [format_value(c) for c in report.claims] == ["--11-29", "—"]


def test_verdict_order_then_text_order() -> None:
    ordered = claims_in_verdict_order(article_report())
    keys = [(VERDICTS.index(c.verdict), c.start) for c in ordered]
    assert keys == sorted(keys)


def test_failing_findings_come_first_and_claim_lists_are_honoured() -> None:
    text = "Có 10 nam, 5 nữ, tổng 20 người."
    findings = [
        Finding(id="f1", rule="r", status="pass", claims=["c1"], message="ok", detail=""),
        Finding(id="f2", rule="r", status="fail", claims=["c1", "c3"], message="bad", detail=""),
    ]
    report = build_report(
        text,
        [Spec("10", "inconsistent"), Spec("5", "unsourced"), Spec("20", "inconsistent")],
        findings,
    )
    index = FindingIndex.of(report)
    assert [f.id for f in index.for_claim(report.claims[0])] == ["f2", "f1"]
    assert index.for_claim(report.claims[1]) == []
    assert [f.id for f in index.for_claim(report.claims[2])] == ["f2"]


def test_finding_notes_keep_failures_count_repeats_and_cap_passes() -> None:
    def finding(number: int, status: str, message: str) -> Finding:
        return Finding.model_validate(
            {
                "id": f"f{number}",
                "rule": "r",
                "status": status,
                "claims": ["c1"],
                "message": message,
                "detail": "",
            }
        )

    findings = [finding(n, "pass", f"ok {n}") for n in range(1, 6)]
    findings += [finding(n, "fail", "bad") for n in range(6, 9)]
    findings += [finding(9, "fail", "worse")]
    notes = finding_notes(findings)
    failing = [text for status, text in notes if status == "fail"]
    passing = [text for status, text in notes if status == "pass"]
    assert failing == ["bad (×3)", "worse"]
    assert passing[:MAX_PASSING_SHOWN] == ["ok 1", "ok 2"][:MAX_PASSING_SHOWN]
    assert passing[-1] == f"… {5 - MAX_PASSING_SHOWN} more passed"


@pytest.mark.parametrize("fmt", sorted(STREAMING_SEPARATORS))
def test_streamed_formats_are_their_documents_joined(fmt: str) -> None:
    reports = [article_report(), empty_report()]
    separator = STREAMING_SEPARATORS[fmt]
    one_by_one = separator.join(FORMATS[fmt]([report]) for report in reports)
    assert FORMATS[fmt](reports) == one_by_one
