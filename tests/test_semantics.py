"""Step definitions for features/semantics.feature: interval arithmetic as the
fact-checker reads it, and the comparison guard through the real pipeline."""

from __future__ import annotations

import re
from fractions import Fraction

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from claims.intervals import Iv
from claims.model import Claim, DocumentReport
from claims.rules.figures import printed
from claims.services import analyze

scenarios("semantics.feature")

_RANGE = re.compile(r"^([\[(])\s*(\S+)\s*;\s*(\S+)\s*([\])])$")


def _number(text: str) -> Fraction | None:
    if text in ("−∞", "-∞", "+∞", "∞"):
        return None
    return Fraction(text.replace(".", "").replace(",", "."))


def parse_range(text: str) -> Iv:
    """Interval notation as the feature writes it: "(74.000; 75.000]" or "74.739"."""
    match = _RANGE.match(text.strip())
    if not match:
        value = _number(text.strip())
        assert value is not None
        return Iv(value, value)
    left, low, high, right = match.groups()
    return Iv(_number(low), _number(high), left == "(", right == ")")


def _share(text: str) -> Claim:
    value = float(text.rstrip("%").replace(",", "."))
    number = int(value) if value.is_integer() else value
    return Claim(id="s", text=text, start=0, end=len(text), kind="percent", value=number,
                 lower=number, upper=number, unit="%", sentence=text, paragraph=0)  # fmt: skip


@pytest.fixture
def figures() -> list[Iv]:
    return []


@given(parsers.parse("the figure {text}"))
def given_figure(figures: list[Iv], text: str) -> None:
    figures.append(parse_range(text))


@given(parsers.parse('the printed share "{text}"'))
def given_share(figures: list[Iv], text: str) -> None:
    figures.append(printed(_share(text)))


@then(parsers.parse("the two figures {relation}"))
def relation(figures: list[Iv], relation: str) -> None:
    first, second = figures
    assert first.meets(second) is (relation == "can be reconciled")


@then(parsers.parse("together they make {text}"))
def together(figures: list[Iv], text: str) -> None:
    assert str(figures[0] + figures[1]) == str(parse_range(text))


@then(parsers.parse("the whole they imply is {text}"))
def implied_whole(figures: list[Iv], text: str) -> None:
    count, share = figures
    assert str(count / share.scale(Fraction(1, 100))) == text


@then(parsers.parse("the share means {text}"))
def share_means(figures: list[Iv], text: str) -> None:
    assert figures[0] == parse_range(text)


@given(parsers.parse('the article "{text}"'), target_fixture="article")
def given_article(text: str) -> str:
    return text


@when("the fact-checker validates it", target_fixture="report")
def validates(article: str) -> DocumentReport:
    return analyze(article)


@then(parsers.parse('the figures "{first}" and "{second}" are not compared'))
def not_compared(report: DocumentReport, first: str, second: str) -> None:
    a = [c.id for c in report.claims if first in c.text or c.text in first]
    b = [c.id for c in report.claims if second in c.text or c.text in second]
    assert a and b, [c.text for c in report.claims]
    for finding in report.findings:
        assert not (set(a) & set(finding.claims) and set(b) & set(finding.claims)), finding
