"""schema.org ClaimReview JSON-LD: a JSON array, one ClaimReview per claim.

Field use (https://schema.org/ClaimReview, https://schema.org/Claim,
https://schema.org/Rating):

- ``claimReviewed``: the sentence the claim sits in;
- ``reviewAspect``: the quantity phrase checked ("hơn 74.000"), because one
  sentence often carries several claims and they share ``claimReviewed``;
- ``identifier``: ``<document id>#<claim id>``, stable across runs of the
  same text;
- ``reviewRating``: a ``Rating`` whose ``alternateName`` is the verdict and
  whose ``ratingValue`` sits on the scale below, with ``ratingExplanation``
  giving the findings' messages (or what the verdict means when no rule
  spoke);
- ``reviewBody``: the findings with their arithmetic, when there are any;
- ``itemReviewed``: a ``Claim`` whose ``appearance`` is the document, a
  ``CreativeWork`` with ``url`` = the document path as given to ``claims``,
  its title as ``name`` and its publication date when known;
- ``author``: the Organization "claims".

Rating scale (``worstRating`` 1, ``bestRating`` 4): how far the article
itself supports the number, not whether the world agrees with it.

====  ============  ==========================================================
1     inconsistent  contradicted by other numbers in the same article
2     unsourced     no source given and nothing to check it against
3     attributed    credited to a named source, not checked
4     verified      checked against other numbers in the article, consistent
====  ============  ==========================================================

Google's fact-check rich result also wants ``url`` (the page publishing the
review) and ``datePublished`` (of the review); ``claims`` publishes no page
and a pure function has no clock, so a publisher adds both.
"""

from __future__ import annotations

import json
from collections.abc import Sequence

from claims.model import Claim, DocumentInfo, DocumentReport, Verdict
from claims.report.common import VERDICT_MEANING, FindingIndex

RATING_VALUE: dict[Verdict, int] = {
    "inconsistent": 1,
    "unsourced": 2,
    "attributed": 3,
    "verified": 4,
}
WORST_RATING = min(RATING_VALUE.values())
BEST_RATING = max(RATING_VALUE.values())
AUTHOR = {"@type": "Organization", "name": "claims"}


def render_claimreview(reports: Sequence[DocumentReport]) -> str:
    """Every claim of every document, in document then text order."""
    items: list[dict[str, object]] = []
    for report in reports:
        index = FindingIndex.of(report)
        items.extend(claim_review(report.document, claim, index) for claim in report.claims)
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def claim_review(document: DocumentInfo, claim: Claim, index: FindingIndex) -> dict[str, object]:
    """One ClaimReview object for one claim."""
    findings = index.for_claim(claim)
    explanation = (
        "; ".join(f"{f.status}: {f.message}" for f in findings)
        if findings
        else VERDICT_MEANING[claim.verdict]
    )
    rating: dict[str, object] = {
        "@type": "Rating",
        "ratingValue": RATING_VALUE[claim.verdict],
        "worstRating": WORST_RATING,
        "bestRating": BEST_RATING,
        "alternateName": claim.verdict,
        "ratingExplanation": explanation,
    }
    review: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": f"{document.id}#{claim.id}",
        "claimReviewed": claim.sentence or claim.text,
        "reviewAspect": claim.text,
        "reviewRating": rating,
        "itemReviewed": {"@type": "Claim", "appearance": _appearance(document)},
        "author": dict(AUTHOR),
    }
    if findings:
        review["reviewBody"] = "\n\n".join(
            f"{f.rule} ({f.status}): {f.message}\n{f.detail}".rstrip() for f in findings
        )
    return review


def _appearance(document: DocumentInfo) -> dict[str, object]:
    work: dict[str, object] = {"@type": "CreativeWork", "url": document.path}
    if document.title:
        work["name"] = document.title
    if document.published:
        work["datePublished"] = document.published.isoformat()
    return work
