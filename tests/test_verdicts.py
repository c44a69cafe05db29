"""Verdicts: the precedence rule on hand-made findings, and features/verdicts.feature
through the real pipeline."""

from __future__ import annotations

import pytest
from pytest_bdd import given, parsers, scenarios, then, when

from claims.model import Claim, DocumentReport, Finding, FindingStatus
from claims.rules.verdicts import assign_verdicts
from claims.services import analyze

scenarios("verdicts.feature")


def _claim(claim_id: str, source: str | None = None) -> Claim:
    return Claim(id=claim_id, text="1", start=0, end=1, kind="count", sentence="",
                 paragraph=0, source=source)  # fmt: skip


def _finding(number: int, status: FindingStatus, *claims: str) -> Finding:
    return Finding(id=f"f{number}", rule="r", status=status, claims=list(claims), message="",
                   detail="")  # fmt: skip


@pytest.mark.parametrize(
    ("findings", "source", "verdict"),
    [
        ([], None, "unsourced"),
        ([], "Theo Sở Y tế", "attributed"),
        ([_finding(1, "pass", "c1")], "Theo Sở Y tế", "attributed"),  # alone: no tie
        ([_finding(1, "pass", "c1", "c2")], None, "verified"),
        ([_finding(1, "pass", "c1", "c2")], "Theo Sở Y tế", "verified"),
        ([_finding(1, "pass", "c1", "c2"), _finding(2, "fail", "c1")], None, "inconsistent"),
        ([_finding(1, "fail", "c1", "c2")], "Theo Sở Y tế", "inconsistent"),
        ([_finding(1, "fail", "c2", "c3")], None, "unsourced"),  # not about c1
    ],
)
def test_the_strongest_verdict_wins(
    findings: list[Finding], source: str | None, verdict: str
) -> None:
    claims = [_claim("c1", source), _claim("c2"), _claim("c3")]
    judged = assign_verdicts(claims, findings)
    assert judged[0].verdict == verdict
    assert judged[0].findings == [f.id for f in findings if "c1" in f.claims]
    assert claims[0].verdict == "unsourced"  # the input is left as it was


def test_judged_is_the_copy_model_copy_makes() -> None:
    claim = Claim(id="c1", text="1.200 hộ", start=0, end=8, kind="count", sentence="x",
                  paragraph=0, value=1200, lower=1200, upper=1200, subject="hộ",
                  source="Theo Sở Y tế")  # fmt: skip
    expected = claim.model_copy(update={"verdict": "verified", "findings": ["f1", "f2"]})
    judged = claim.judged("verified", ["f1", "f2"])
    assert judged == expected
    assert judged.model_fields_set == expected.model_fields_set
    assert judged.model_dump_json() == expected.model_dump_json()
    assert judged.model_dump_json(exclude_unset=True) == expected.model_dump_json(
        exclude_unset=True
    )
    assert Claim.model_validate_json(judged.model_dump_json()) == judged
    judged.findings.append("f3")
    assert (claim.verdict, claim.findings) == ("unsourced", [])  # the input is left as it was


@given(parsers.parse('the article "{text}"'), target_fixture="article")
def given_article(text: str) -> str:
    return text


@when("the fact-checker validates it", target_fixture="report")
def validates(article: str) -> DocumentReport:
    return analyze(article)


@then(parsers.parse('the claim "{phrase}" is {verdict}'))
def claim_is(report: DocumentReport, phrase: str, verdict: str) -> None:
    found = [c for c in report.claims if c.text == phrase] or sorted(
        (c for c in report.claims if phrase in c.text), key=lambda c: len(c.text)
    )
    assert found, f"no claim reads {phrase!r}: {[c.text for c in report.claims]}"
    explain = [(f.rule, f.status, f.message) for f in report.findings]
    assert found[0].verdict == verdict, explain
