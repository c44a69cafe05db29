"""Step definitions for features/grammar.feature and features/hedges.feature."""

from __future__ import annotations

import math
from datetime import date

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from claims.extract.grammar import find_mentions
from claims.model import Mention

scenarios("grammar.feature", "hedges.feature")


@pytest.fixture
def published() -> dict[str, date | None]:
    return {"date": None}


@given(parsers.parse("the article was published on {day}"))
def article_published(published: dict[str, date | None], day: str) -> None:
    published["date"] = date.fromisoformat(day)


@when(parsers.parse('the grammar reads "{phrase}"'), target_fixture="mentions")
def grammar_reads(phrase: str, published: dict[str, date | None]) -> list[Mention]:
    return find_mentions(phrase, published=published["date"])


def _the(mentions: list[Mention], text: str) -> Mention:
    found = [m for m in mentions if m.text == text]
    assert found, f"no mention {text!r}; got {[m.text for m in mentions]}"
    return found[0]


def _same(actual: object, expected: str) -> bool:
    if expected == "-":
        return actual is None
    if isinstance(actual, int | float) and not isinstance(actual, bool):
        return math.isclose(float(actual), float(expected), rel_tol=1e-9, abs_tol=1e-9)
    return str(actual) == expected


@then(
    parsers.parse(
        'the mention "{text}" is a {kind} with value {value}, bounds {lower} to {upper}, '
        "unit {unit} and qualifier {qualifier}"
    )
)
def mention_is(
    mentions: list[Mention],
    text: str,
    kind: str,
    value: str,
    lower: str,
    upper: str,
    unit: str,
    qualifier: str,
) -> None:
    mention = _the(mentions, text)
    got = (
        mention.kind,
        mention.value,
        mention.lower,
        mention.upper,
        mention.unit,
        mention.qualifier,
    )
    assert mention.kind == kind, got
    assert _same(mention.value, value), got
    assert _same(mention.lower, lower), got
    assert _same(mention.upper, upper), got
    assert _same(mention.unit, unit), got
    assert mention.qualifier == qualifier, got


@then(parsers.parse('the mention "{text}" is an identifier'))
def mention_is_identifier(mentions: list[Mention], text: str) -> None:
    assert _the(mentions, text).kind == "identifier"


@then(parsers.parse('the mention "{text}" is a count'))
def mention_is_count(mentions: list[Mention], text: str) -> None:
    assert _the(mentions, text).kind == "count"


@then(parsers.parse('the mention "{text}" is per "{per}"'))
def mention_is_per(mentions: list[Mention], text: str, per: str) -> None:
    assert _the(mentions, text).per == per


@then(
    parsers.parse(
        'the mention "{text}" has numerator {numerator:d} and denominator {denominator:d}'
    )
)
def mention_has_parts(mentions: list[Mention], text: str, numerator: int, denominator: int) -> None:
    mention = _the(mentions, text)
    assert (mention.numerator, mention.denominator) == (numerator, denominator)


@then(parsers.parse("the interval is {interval}"))
def interval_is(mentions: list[Mention], interval: str) -> None:
    assert len(mentions) == 1, [m.text for m in mentions]
    mention = mentions[0]
    left, right = interval[0], interval[-1]
    low, high = (part.strip() for part in interval[1:-1].split(","))
    assert mention.lower_open == (left == "("), mention
    assert _same(mention.lower, low), mention
    if high == "∞":
        assert mention.upper is None, mention
    else:
        assert mention.upper_open == (right == ")"), mention
        assert _same(mention.upper, high), mention


@then(parsers.parse("the qualifier is {qualifier}"))
def qualifier_is(mentions: list[Mention], qualifier: str) -> None:
    assert [m.qualifier for m in mentions] == [qualifier]


@then(parsers.parse('there is no mention "{text}"'))
def no_such_mention(mentions: list[Mention], text: str) -> None:
    assert text not in [m.text for m in mentions], [m.text for m in mentions]


@then("it finds no mention")
def no_mention(mentions: list[Mention]) -> None:
    assert mentions == []
