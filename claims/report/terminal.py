"""Terminal: a table of claims grouped by verdict (placeholder, plain text)."""

from __future__ import annotations

from collections.abc import Sequence

from claims.model import DocumentReport


def render_terminal(reports: Sequence[DocumentReport]) -> str:
    lines: list[str] = []
    for report in reports:
        lines.append(f"{report.document.path}")
        for claim in report.claims:
            lines.append(f"  {claim.verdict:<12} {claim.kind:<9} {claim.text}")
    return "\n".join(lines) + "\n"
