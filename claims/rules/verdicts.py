"""From findings to one verdict per claim.

- inconsistent: any finding on the claim fails;
- verified: a passing finding ties it to another claim;
- attributed: a source covers it;
- unsourced: none of these.
"""

from __future__ import annotations

from collections.abc import Sequence

from claims.model import Claim, Finding, Verdict


def assign_verdicts(claims: Sequence[Claim], findings: Sequence[Finding]) -> list[Claim]:
    """Copies of ``claims`` with ``verdict`` and ``findings`` filled in."""
    by_claim: dict[str, list[Finding]] = {}
    for finding in findings:
        for claim_id in finding.claims:
            by_claim.setdefault(claim_id, []).append(finding)
    judged: list[Claim] = []
    for claim in claims:
        mine = by_claim.get(claim.id)
        if mine is None:  # most claims: no finding to weigh
            judged.append(claim.judged("attributed" if claim.source else "unsourced", []))
            continue
        verdict: Verdict
        if any(f.status == "fail" for f in mine):
            verdict = "inconsistent"
        elif any(f.status == "pass" and len(set(f.claims)) > 1 for f in mine):
            verdict = "verified"
        elif claim.source:
            verdict = "attributed"
        else:
            verdict = "unsourced"
        judged.append(claim.judged(verdict, [f.id for f in mine]))
    return judged
