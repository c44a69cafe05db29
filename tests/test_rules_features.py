"""Step definitions for features/rules_*.feature and features/semantics.feature:
each row runs the real pipeline (grammar, claim builder, rules, verdicts)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from claims.model import DocumentReport, Finding
from claims.rules import RULES
from claims.services import analyze

FEATURES = Path(__file__).resolve().parent.parent / "features"
for feature in sorted(FEATURES.glob("rules_*.feature")):
    scenarios(feature.name)


@pytest.fixture
def article() -> dict[str, object]:
    return {"text": "", "published": None}


@given(parsers.parse('the article "{text}"'))
def given_article(article: dict[str, object], text: str) -> None:
    article["text"] = text.replace(" ¶ ", "\n\n")


@given(parsers.parse("it was published on {day}"))
def given_published(article: dict[str, object], day: str) -> None:
    article["published"] = None if day == "-" else date.fromisoformat(day)


@when("the fact-checker validates it", target_fixture="report")
def validates(article: dict[str, object]) -> DocumentReport:
    published = article["published"]
    assert published is None or isinstance(published, date)
    return analyze(str(article["text"]), published=published)


def _of(report: DocumentReport, rule: str) -> list[Finding]:
    assert rule in {r.id for r in RULES}, f"unknown rule {rule}"
    return [f for f in report.findings if f.rule == rule]


def _explain(report: DocumentReport) -> str:
    claims = [(c.text, c.kind, c.lower, c.upper, c.subject) for c in report.claims]
    findings = [(f.rule, f.status, f.message) for f in report.findings]
    return f"claims: {claims}\nfindings: {findings}"


@then(parsers.parse('the rule "{rule}" finds the figures {outcome}'))
def finds(report: DocumentReport, rule: str, outcome: str) -> None:
    statuses = {f.status for f in _of(report, rule)}
    if outcome == "consistent":
        assert statuses == {"pass"}, _explain(report)
    else:
        assert outcome == "inconsistent"
        assert "fail" in statuses, _explain(report)
        failed = {c for f in _of(report, rule) if f.status == "fail" for c in f.claims}
        verdicts = {c.id: c.verdict for c in report.claims}
        assert all(verdicts[c] == "inconsistent" for c in failed)


@then(parsers.parse('the rule "{rule}" checks "{figure}" and finds it {outcome}'))
def checks_figure(report: DocumentReport, rule: str, figure: str, outcome: str) -> None:
    """A finding that sets this figure against the others, not only some finding of
    the rule: "1,1 điểm phần trăm" beside the direction of its change."""
    ids = {c.id for c in report.claims if c.text == figure}
    statuses = {f.status for f in _of(report, rule) if ids & set(f.claims)}
    wanted = {"consistent": {"pass"}, "inconsistent": {"fail"}}[outcome]
    assert statuses == wanted, _explain(report)


@then(parsers.parse('the rule "{rule}" finds nothing'))
def finds_nothing(report: DocumentReport, rule: str) -> None:
    assert _of(report, rule) == [], _explain(report)


@then(parsers.parse('the rule "{rule}" finds no inconsistency'))
def finds_no_inconsistency(report: DocumentReport, rule: str) -> None:
    assert all(f.status == "pass" for f in _of(report, rule)), _explain(report)


@then("no rule finds an inconsistency")
def no_inconsistency(report: DocumentReport) -> None:
    assert all(f.status == "pass" for f in report.findings), _explain(report)
    assert all(c.verdict != "inconsistent" for c in report.claims)
