"""ClaimReview JSON-LD: one schema.org ClaimReview per claim, verdict as the rating."""

from __future__ import annotations

import json
from typing import Any

from test_report_builders import article_report, empty_report

from claims.model import VERDICTS, DocumentReport
from claims.report import FORMATS
from claims.report.claimreview import RATING_VALUE, render_claimreview
from claims.services import analyze


def reviews(reports: list[DocumentReport]) -> list[dict[str, Any]]:
    payload = json.loads(render_claimreview(reports))
    assert isinstance(payload, list)
    return payload


def test_one_review_per_claim_in_order() -> None:
    reports = [article_report(), empty_report(), article_report()]
    items = reviews(reports)
    claims = [(r, c) for r in reports for c in r.claims]
    assert len(items) == len(claims)
    for item, (report, claim) in zip(items, claims, strict=True):
        assert item["@context"] == "https://schema.org"
        assert item["@type"] == "ClaimReview"
        assert item["claimReviewed"] == claim.sentence
        assert item["reviewAspect"] == claim.text
        assert item["identifier"] == f"{report.document.id}#{claim.id}"


def test_rating_names_the_verdict_on_the_documented_scale() -> None:
    report = article_report()
    for item, claim in zip(reviews([report]), report.claims, strict=True):
        rating = item["reviewRating"]
        assert rating["@type"] == "Rating"
        assert rating["alternateName"] == claim.verdict
        assert rating["alternateName"] in VERDICTS
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert rating["ratingValue"] == RATING_VALUE[claim.verdict]


def test_the_scale_orders_verdicts_by_support() -> None:
    order = ["inconsistent", "unsourced", "attributed", "verified"]
    assert sorted(RATING_VALUE, key=RATING_VALUE.__getitem__) == order
    assert len(set(RATING_VALUE.values())) == len(VERDICTS)


def test_item_reviewed_is_a_claim_appearing_in_the_document() -> None:
    report = article_report()
    for item in reviews([report]):
        assert item["author"] == {"@type": "Organization", "name": "claims"}
        claim = item["itemReviewed"]
        assert claim["@type"] == "Claim"
        assert claim["appearance"]["url"] == report.document.path
        assert claim["appearance"]["name"] == report.document.title


def test_findings_explain_the_rating() -> None:
    report = article_report()
    items = {item["reviewAspect"]: item for item in reviews([report])}
    for finding in report.findings:
        for claim_id in finding.claims:
            claim = next(c for c in report.claims if c.id == claim_id)
            item = items[claim.text]
            assert finding.message in item["reviewRating"]["ratingExplanation"]
            assert finding.detail in item["reviewBody"]
    unexplained = [c for c in report.claims if not c.findings]
    assert unexplained
    for claim in unexplained:
        assert "reviewBody" not in items[claim.text]


def test_no_claims_no_reviews() -> None:
    assert reviews([empty_report()]) == []


def test_the_registry_renders_the_seed(seed_text: str) -> None:
    report = analyze(seed_text, path="seed.txt")
    items = json.loads(FORMATS["claimreview"]([report]))
    assert len(items) == len(report.claims)
    assert {item["reviewRating"]["alternateName"] for item in items} <= set(VERDICTS)
    assert len({item["identifier"] for item in items}) == len(items)
