"""Step definitions for features/seed.feature: the seed article end to end."""

from __future__ import annotations

import math

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from claims.model import Claim, DocumentReport, Finding
from claims.services import analyze

scenarios("seed.feature")


@pytest.fixture
def article(seed_text: str) -> dict[str, str]:
    return {"text": seed_text}


@given("the seed article")
def given_seed(article: dict[str, str]) -> None:
    assert "hơn 74.000" in article["text"]


@given(parsers.parse('the text "{original}" is changed to "{edited}"'))
def given_edit(article: dict[str, str], original: str, edited: str) -> None:
    assert article["text"].count(original) == 1, f"{original!r} must occur once in the seed"
    article["text"] = article["text"].replace(original, edited)


@when("the article is validated", target_fixture="report")
def validated(article: dict[str, str]) -> DocumentReport:
    return analyze(article["text"], path="seed.txt")


def claim_for(report: DocumentReport, phrase: str) -> Claim:
    """The claim reading the phrase: exactly, else the shortest containing it, else the
    longest inside it ("31/11" for "Ngày 31/11")."""
    exact = [c for c in report.claims if c.text == phrase]
    if exact:
        return exact[0]
    containing = sorted((c for c in report.claims if phrase in c.text), key=lambda c: len(c.text))
    if containing:
        return containing[0]
    inside = sorted((c for c in report.claims if c.text in phrase), key=lambda c: -len(c.text))
    if inside:
        return inside[0]
    raise AssertionError(f"no claim reads {phrase!r}; claims: {[c.text for c in report.claims]}")


def parse_interval(text: str) -> tuple[bool, float, float, bool]:
    left, right = text[0], text[-1]
    low, high = (float(part) for part in text[1:-1].split(","))
    return left == "(", low, high, right == ")"


@then(
    parsers.parse('the claim "{phrase}" is read as {kind} {value:g} in {interval} with unit {unit}')
)
def read_as(
    report: DocumentReport, phrase: str, kind: str, value: float, interval: str, unit: str
) -> None:
    claim = claim_for(report, phrase)
    lower_open, low, high, upper_open = parse_interval(interval)
    assert claim.kind == kind
    assert isinstance(claim.value, int | float) and math.isclose(claim.value, value)
    assert claim.lower is not None and math.isclose(claim.lower, low)
    assert claim.upper is not None and math.isclose(claim.upper, high)
    assert (claim.lower_open, claim.upper_open) == (lower_open, upper_open)
    assert claim.unit == (None if unit == "-" else unit)


@then(parsers.parse('the claim "{phrase}" is read as {kind} "{value}"'))
def read_as_string(report: DocumentReport, phrase: str, kind: str, value: str) -> None:
    claim = claim_for(report, phrase)
    assert claim.kind == kind
    assert str(claim.value) == value


@then(parsers.parse('the claim "{phrase}" is the fraction {numerator:d} of {denominator:d}'))
def fraction(report: DocumentReport, phrase: str, numerator: int, denominator: int) -> None:
    claim = claim_for(report, phrase)
    assert claim.kind == "fraction"
    assert (claim.numerator, claim.denominator) == (numerator, denominator)
    assert isinstance(claim.value, float) and math.isclose(claim.value, numerator / denominator)


@then(parsers.parse('no claim reads "{phrase}"'))
def no_claim(report: DocumentReport, phrase: str) -> None:
    assert not [c.text for c in report.claims if phrase in c.text]


@then(parsers.parse('a passing finding ties "{first}" to "{second}"'))
def tied(report: DocumentReport, first: str, second: str) -> None:
    a, b = claim_for(report, first).id, claim_for(report, second).id
    tying = [f for f in report.findings if f.status == "pass" and {a, b} <= set(f.claims)]
    assert tying, f"no passing finding ties {a} and {b}: {report.findings}"


@then(parsers.parse('the claims "{first}" and "{second}" are verified'))
def verified(report: DocumentReport, first: str, second: str) -> None:
    assert claim_for(report, first).verdict == "verified"
    assert claim_for(report, second).verdict == "verified"


@then(parsers.parse('the claims "{first}", "{second}" and "{third}" have the source "{source}"'))
def sourced(report: DocumentReport, first: str, second: str, third: str, source: str) -> None:
    for phrase in (first, second, third):
        assert claim_for(report, phrase).source == source


@then(parsers.parse('the claim "{phrase}" has no source'))
def unsourced(report: DocumentReport, phrase: str) -> None:
    assert claim_for(report, phrase).source is None


@then("no claim is inconsistent")
def none_inconsistent(report: DocumentReport) -> None:
    bad = [(c.text, c.findings) for c in report.claims if c.verdict == "inconsistent"]
    assert not bad, bad


@then(parsers.parse('the claim "{phrase}" is inconsistent'), target_fixture="flipped")
def inconsistent(report: DocumentReport, phrase: str) -> Claim:
    claim = claim_for(report, phrase)
    assert claim.verdict == "inconsistent", (claim, report.findings)
    return claim


@then("a failing finding on it explains why")
def explained(report: DocumentReport, flipped: Claim) -> None:
    failing = [f for f in report.findings if f.status == "fail" and flipped.id in f.claims]
    assert failing
    assert all(f.message and f.detail for f in failing)


@then(parsers.parse('a failing finding ties "{first}" to "{second}"'), target_fixture="tying")
def tied_failing(report: DocumentReport, first: str, second: str) -> list[Finding]:
    a, b = claim_for(report, first).id, claim_for(report, second).id
    tying = [f for f in report.findings if f.status == "fail" and {a, b} <= set(f.claims)]
    assert tying, f"no failing finding ties {a} and {b}: {report.findings}"
    return tying


@then(parsers.parse("that finding names the whole «{whole}»"))
def names_the_whole(tying: list[Finding], whole: str) -> None:
    assert any(f"của «{whole}»" in f.message for f in tying), [f.message for f in tying]


@then(parsers.parse('no failing finding ties "{first}" to "{second}"'))
def not_tied_failing(report: DocumentReport, first: str, second: str) -> None:
    a, b = claim_for(report, first).id, claim_for(report, second).id
    tying = [f.message for f in report.findings if f.status == "fail" and {a, b} <= set(f.claims)]
    assert not tying, tying
