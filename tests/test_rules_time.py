"""time on hand-built claims."""

from __future__ import annotations

from datetime import date

import pytest
from test_rules_kit import findings, spec, statuses


@pytest.mark.parametrize(
    ("iso", "expected"),
    [
        ("--11-29", ["pass"]),
        ("--11-31", ["fail"]),
        ("--02-29", ["pass"]),  # no year: some year is a leap year
        ("2024-02-29", ["pass"]),
        ("2023-02-29", ["fail"]),
        ("--11-12", []),  # nothing at risk, nothing to report
    ],
)
def test_the_date_exists(iso: str, expected: list[str]) -> None:
    text = "Ngày X, đoàn kiểm tra làm việc với UBND tỉnh."
    assert statuses(findings(text, spec("Ngày X", "date", value=iso), rule="time")) == expected


def test_an_event_is_not_after_publication() -> None:
    text = "Ngày 15/12/2024, đoàn đã làm việc với tỉnh."
    event = spec("15/12/2024", "date", value="2024-12-15")
    assert statuses(findings(text, event, rule="time", published=date(2024, 11, 30))) == ["fail"]
    assert statuses(findings(text, event, rule="time", published=date(2024, 12, 20))) == ["pass"]
    future = "Ngày 15/12/2024, đoàn sẽ làm việc với tỉnh."
    found = findings(future, event, rule="time", published=date(2024, 11, 30))
    assert statuses(found) == []


@pytest.mark.parametrize(("age", "expected"), [("34", "pass"), ("33", "pass"), ("31", "fail")])
def test_birth_year_age_and_year_agree(age: str, expected: str) -> None:
    text = f"Anh Nguyễn Văn A sinh năm 1990, năm 2024 anh {age} tuổi."
    found = findings(
        text, spec("1990", "year"), spec("2024", "year"), spec(f"{age} tuổi", "age"), rule="time"
    )
    assert statuses(found) == [expected]


def test_age_uses_the_publication_year_when_no_year_is_given() -> None:
    text = "Anh Nguyễn Văn A (sinh năm 1990) năm nay 40 tuổi."
    found = findings(text, spec("1990", "year"), spec("40 tuổi", "age"), rule="time",
                     published=date(2024, 5, 1))  # fmt: skip
    assert statuses(found) == ["fail"]


@pytest.mark.parametrize(("years", "expected"), [("80", "pass"), ("70", "fail")])
def test_founding_and_anniversary_agree(years: str, expected: str) -> None:
    text = f"Năm 2024, trường kỷ niệm {years} năm thành lập; trường được thành lập năm 1944."
    found = findings(
        text,
        spec("2024", "year"),
        spec(f"{years} năm", "duration"),
        spec("1944", "year"),
        rule="time",
    )
    assert statuses(found) == [expected]


@pytest.mark.parametrize(("span", "expected"), [("2024-2025", "pass"), ("2024-2026", "fail")])
def test_a_school_year_spans_consecutive_years(span: str, expected: str) -> None:
    text = f"Trong năm học {span}, trường có 1.200 học sinh."
    first, second = span.split("-")
    found = findings(text, spec(first, "year"), spec(second, "year"), rule="time")
    assert statuses(found) == [expected]
