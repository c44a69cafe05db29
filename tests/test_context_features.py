"""Step definitions for features/claims.feature: subject, scope and source
through the real pipeline."""

from __future__ import annotations

from pytest_bdd import given, parsers, scenarios, then, when

from claims.model import Claim, DocumentReport
from claims.services import analyze

scenarios("claims.feature")


def _none(value: str) -> str | None:
    return None if value == "-" else value


def claim_for(report: DocumentReport, phrase: str) -> Claim:
    """The claim printed as ``phrase``, else the shortest claim containing it."""
    exact = [c for c in report.claims if c.text == phrase]
    containing = sorted((c for c in report.claims if phrase in c.text), key=lambda c: len(c.text))
    found = exact or containing
    assert found, f"no claim reads {phrase!r}; claims: {[c.text for c in report.claims]}"
    return found[0]


@given(parsers.parse('the article "{article}"'), target_fixture="article")
def given_article(article: str) -> str:
    return article.replace(" ¶ ", "\n\n")


@when("the article is analysed", target_fixture="report")
def analysed(article: str) -> DocumentReport:
    return analyze(article)


@then(parsers.parse('the claim "{claim}" has the subject "{subject}"'))
def has_subject(report: DocumentReport, claim: str, subject: str) -> None:
    assert claim_for(report, claim).subject == _none(subject)


@then(parsers.parse('the claim "{claim}" has a subject containing "{phrase}"'))
def subject_contains(report: DocumentReport, claim: str, phrase: str) -> None:
    assert phrase in (claim_for(report, claim).subject or "")


@then(parsers.parse('the claim "{claim}" is a claim'))
def is_claim(report: DocumentReport, claim: str) -> None:
    claim_for(report, claim)


@then(parsers.parse('no claim reads "{phrase}"'))
def no_claim(report: DocumentReport, phrase: str) -> None:
    start = report.text.index(phrase)
    overlapping = [c.text for c in report.claims if c.start < start + len(phrase) and start < c.end]
    assert not overlapping, f"{phrase!r} is read as claims {overlapping}"


@then(parsers.parse('a claim reads "{phrase}"'))
def a_claim(report: DocumentReport, phrase: str) -> None:
    """Some claim overlaps the first occurrence of ``phrase`` (a count printed twice:
    ``claim_for`` would find the first)."""
    start = report.text.index(phrase)
    overlapping = [c for c in report.claims if c.start < start + len(phrase) and start < c.end]
    assert overlapping, f"{phrase!r} is read as no claim; claims: {[c.text for c in report.claims]}"


@then(parsers.parse('the claim "{claim}" has the source "{source}"'))
def has_source(report: DocumentReport, claim: str, source: str) -> None:
    assert claim_for(report, claim).source == _none(source)


@then(parsers.parse('the claim "{claim}" holds in "{place}" during "{period}"'))
def holds_in(report: DocumentReport, claim: str, place: str, period: str) -> None:
    scope = claim_for(report, claim).scope
    assert (scope.place, scope.period) == (_none(place), _none(period))
