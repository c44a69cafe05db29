"""Markdown (GitHub flavoured): a report a reviewer pastes into an issue or a wiki.

Per document: a heading, the counts per verdict, one table row per claim
(worst verdict first), then the findings with their arithmetic in fenced
code blocks.  Every string from the article is escaped, so a claim or a
subject can never open a link, a tag or a new table cell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claims.model import VERDICTS, Claim, DocumentReport, Finding
from claims.report.common import (
    FindingIndex,
    claims_in_verdict_order,
    finding_notes,
    format_unit,
    format_value,
    summary_counts,
)

_STATUS_MARK = {"fail": "✗", "pass": "✓"}
# Characters that start inline markup (emphasis, code, links, HTML, strike,
# entities, table cells); none of this text starts a line, so block markers
# ("#", "-", "1.") need no escape.  CommonMark lets any ASCII punctuation be escaped.
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")
_NEWLINES = re.compile(r"\r\n|\r|\n")
_TABLE_HEADER = ("Verdict", "ID", "Claim", "Kind", "Value", "Unit", "Subject", "Source", "Findings")


def render_markdown(reports: Sequence[DocumentReport]) -> str:
    """All documents, each under its own second-level heading."""
    return "\n".join(_document(report) for report in reports)


def escape_inline(text: str) -> str:
    """Text that renders as itself inside a paragraph or a table cell."""
    escaped = _INLINE_SPECIAL.sub(r"\\\1", text)
    return _NEWLINES.sub("<br>", escaped)


def code_span(text: str) -> str:
    """A one-line code span that survives backticks in the text (not for table
    cells: GFM splits cells on ``|`` even inside code)."""
    flat = _NEWLINES.sub(" ", text)
    fence = "`" * (_longest_backtick_run(flat) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def code_block(text: str, language: str = "text") -> str:
    fence = "`" * max(3, _longest_backtick_run(text) + 1)
    return f"{fence}{language}\n{text.rstrip()}\n{fence}"


def _longest_backtick_run(text: str) -> int:
    return max((len(run) for run in re.findall(r"`+", text)), default=0)


def _document(report: DocumentReport) -> str:
    info = report.document
    heading = f"## {code_span(info.path)}"
    if info.title:
        heading += f" — {escape_inline(info.title)}"
    parts = [heading, _summary(report)]
    meta = [f"document `{info.id}`"]
    if info.published:
        meta.append(f"published {info.published.isoformat()}")
    parts.append(" · ".join(meta))
    if report.claims:
        parts.append(_claims_table(report))
    else:
        parts.append("_No claims found._")
    if report.findings:
        parts.append("### Findings")
        parts.extend(_finding(finding) for finding in report.findings)
    return "\n\n".join(parts) + "\n"


def _summary(report: DocumentReport) -> str:
    counts = summary_counts(report)
    per_verdict = " · ".join(f"{counts[verdict]} {verdict}" for verdict in VERDICTS)
    claims, findings = len(report.claims), len(report.findings)
    return (
        f"**Summary:** {per_verdict} "
        f"({claims} claim{'s' if claims != 1 else ''}, "
        f"{findings} finding{'s' if findings != 1 else ''})"
    )


def _claims_table(report: DocumentReport) -> str:
    index = FindingIndex.of(report)
    lines = [_table_row(_TABLE_HEADER), _table_row(("---",) * len(_TABLE_HEADER))]
    lines.extend(
        _table_row(_claim_cells(claim, index)) for claim in claims_in_verdict_order(report)
    )
    return "\n".join(lines)


def _claim_cells(claim: Claim, index: FindingIndex) -> tuple[str, ...]:
    verdict = f"**{claim.verdict}**" if claim.verdict == "inconsistent" else claim.verdict
    findings = "<br>".join(
        f"{_STATUS_MARK[status]} {escape_inline(note)}"
        for status, note in finding_notes(index.for_claim(claim))
    )
    return (
        verdict,
        escape_inline(claim.id),
        escape_inline(claim.text),
        claim.kind,
        escape_inline(format_value(claim)),
        escape_inline(format_unit(claim)),
        escape_inline(claim.subject or ""),
        escape_inline(claim.source or ""),
        findings,
    )


def _table_row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _finding(finding: Finding) -> str:
    claims = ", ".join(escape_inline(claim_id) for claim_id in finding.claims) or "none"
    head = (
        f"**{_STATUS_MARK[finding.status]} {finding.status}** · {code_span(finding.rule)} · "
        f"{escape_inline(finding.id)} (claims {claims}): {escape_inline(finding.message)}"
    )
    if not finding.detail.strip():
        return head
    return f"{head}\n\n{code_block(finding.detail)}"
