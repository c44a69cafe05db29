"""What every human-readable format shares: how a value reads, claim order, lookups.

The JSON formats print the models as they are; the formats a person reads
(terminal, Markdown, HTML) print intervals the way a fact-checker writes
them, "(74 000, 75 000]", and list claims worst verdict first.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from claims.model import VERDICTS, Claim, DocumentReport, Finding, Number, Verdict

VERDICT_RANK: dict[Verdict, int] = {verdict: rank for rank, verdict in enumerate(VERDICTS)}
"""Severity order: ``inconsistent`` (0) first, ``unsourced`` last."""

VERDICT_MEANING: dict[Verdict, str] = {
    "inconsistent": "contradicted by other numbers in the same article",
    "verified": "checked against other numbers in the article and consistent",
    "attributed": "credited to a named source, not checked",
    "unsourced": "no source given and nothing to check it against",
}
"""One line per verdict, for legends."""

_GROUP_SEPARATOR = " "
_UNGROUPED_KINDS = frozenset({"year", "date", "time", "ordinal"})  # "2023", not "2 023"


def format_number(number: Number, *, group: bool = True) -> str:
    """``74000`` -> ``"74 000"``; ``2.50`` -> ``"2.5"``; integral floats lose ``.0``.

    Thousands are grouped with a space and the decimal mark is a point, which
    reads the same to Vietnamese and English readers (``74.000`` would not).
    Years and other labels-as-numbers pass ``group=False``.
    """
    if isinstance(number, float):
        if not math.isfinite(number):
            return str(number)
        if number.is_integer():
            number = int(number)
    separator = _GROUP_SEPARATOR if group else ""
    if isinstance(number, int):
        return f"{number:,}".replace(",", separator)
    grouped = f"{number:,.6f}".rstrip("0").rstrip(".")
    return grouped.replace(",", separator)


def format_interval(
    lower: Number | None,
    upper: Number | None,
    lower_open: bool,
    upper_open: bool,
    *,
    group: bool = True,
) -> str:
    """Bracket notation; a missing bound is infinite and always open."""
    left = "(" if lower_open or lower is None else "["
    right = ")" if upper_open or upper is None else "]"
    low = "−∞" if lower is None else format_number(lower, group=group)
    high = "+∞" if upper is None else format_number(upper, group=group)
    return f"{left}{low}, {high}{right}"


def format_value(claim: Claim) -> str:
    """The number alone when the interval is one closed point, else the interval.

    Claims with neither bound (dates, ranges the grammar could not bound)
    show their stated value, or an em dash when there is none.
    """
    lower, upper = claim.lower, claim.upper
    group = claim.kind not in _UNGROUPED_KINDS
    if isinstance(claim.value, str) and claim.kind == "date":
        return claim.value  # the ISO date says more than its bounds in day numbers
    if lower is None and upper is None:
        if claim.value is None:
            return "—"
        return claim.value if isinstance(claim.value, str) else format_number(claim.value)
    if lower == upper and lower is not None and not (claim.lower_open or claim.upper_open):
        return format_number(lower, group=group)
    return format_interval(lower, upper, claim.lower_open, claim.upper_open, group=group)


def format_unit(claim: Claim) -> str:
    """``"VND/bộ"`` for rates, the unit alone otherwise, ``""`` for plain counts."""
    unit = claim.unit or ""
    if claim.per:
        return f"{unit}/{claim.per}" if unit else f"/{claim.per}"
    return unit


def claims_in_verdict_order(report: DocumentReport) -> list[Claim]:
    """Worst verdict first; within a verdict, the order of the text."""
    return sorted(report.claims, key=lambda c: (VERDICT_RANK[c.verdict], c.start, c.end))


@dataclass(frozen=True, slots=True)
class FindingIndex:
    """Findings of one document by id and by the claims they name."""

    by_id: dict[str, Finding]
    by_claim: dict[str, list[Finding]]

    @classmethod
    def of(cls, report: DocumentReport) -> FindingIndex:
        by_id = {finding.id: finding for finding in report.findings}
        by_claim: dict[str, list[Finding]] = {}
        for finding in report.findings:
            for claim_id in finding.claims:
                by_claim.setdefault(claim_id, []).append(finding)
        # A claim may also list findings the rule did not name it in; keep both.
        for claim in report.claims:
            listed = by_claim.setdefault(claim.id, [])
            for finding_id in claim.findings:
                named = by_id.get(finding_id)
                if named is not None and named not in listed:
                    listed.append(named)
        return cls(by_id, by_claim)

    def for_claim(self, claim: Claim) -> list[Finding]:
        """Failing findings first, so the reason for a bad verdict leads."""
        found = self.by_claim.get(claim.id, [])
        return sorted(found, key=lambda f: f.status != "fail")


MAX_PASSING_SHOWN = 2
"""Passing findings named per claim in a table cell; the rest are counted."""


def finding_notes(findings: list[Finding]) -> list[tuple[str, str]]:
    """``(status, text)`` lines for a claim's table cell.

    Every failing message is kept, since it is the reason for the verdict;
    repeated messages are shown once with a count, and passing ones beyond
    ``MAX_PASSING_SHOWN`` are summed up: a figure checked against twenty
    others should not push the table off the screen.  The findings section
    still lists every finding.
    """
    counted: dict[tuple[str, str], int] = {}
    for finding in findings:
        key = (finding.status, finding.message)
        counted[key] = counted.get(key, 0) + 1
    notes: list[tuple[str, str]] = []
    passing_shown = passing_left = 0
    for (status, message), times in counted.items():
        if status == "pass" and passing_shown >= MAX_PASSING_SHOWN:
            passing_left += times
            continue
        passing_shown += status == "pass"
        notes.append((status, message if times == 1 else f"{message} (×{times})"))
    if passing_left:
        notes.append(("pass", f"… {passing_left} more passed"))
    return notes


def summary_counts(report: DocumentReport) -> dict[Verdict, int]:
    """Counts per verdict recomputed from the claims, every verdict present.

    The report carries a ``summary`` too; recomputing keeps a hand-built
    report (tests, tools) from showing counts its own table contradicts.
    """
    counts: dict[Verdict, int] = dict.fromkeys(VERDICTS, 0)
    for claim in report.claims:
        counts[claim.verdict] += 1
    return counts
