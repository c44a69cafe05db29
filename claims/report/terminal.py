"""Terminal: per document a table of claims grouped by verdict, the findings, a summary.

Rendered by rich into a string.  Colour is off by default, so the registry
function writes plain text wherever it goes; a caller that knows it writes
to a TTY passes ``color=True``.  Every string from the document is wrapped in
``rich.text.Text``, so square brackets in an article ("[1]", "[red]") are
printed, never read as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import StringIO

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from claims.model import VERDICTS, Claim, DocumentReport, Finding, Verdict
from claims.report.common import (
    FindingIndex,
    claims_in_verdict_order,
    finding_notes,
    format_unit,
    format_value,
    summary_counts,
)

VERDICT_STYLE: dict[Verdict, str] = {
    "inconsistent": "bold red",
    "verified": "green",
    "attributed": "cyan",
    "unsourced": "yellow",
}
_STATUS_MARK = {"fail": "✗", "pass": "✓"}
_STATUS_STYLE = {"fail": "red", "pass": "green"}


def render_terminal(
    reports: Sequence[DocumentReport], *, color: bool = False, width: int = 120
) -> str:
    """All documents, one after another, as the terminal shows them."""
    console = Console(
        file=StringIO(),
        record=True,
        width=width,
        color_system="standard" if color else None,
        force_terminal=color,  # explicit, so FORCE_COLOR/TTY never decide for the caller
        no_color=not color,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
    )
    for index, report in enumerate(reports):
        if index:
            console.print()
        console.print(_document(report, width))
    # Padding to the column edge is noise in a file or a diff.
    lines = console.export_text(styles=color).splitlines()
    return "".join(line.rstrip() + "\n" for line in lines)


def _document(report: DocumentReport, width: int) -> RenderableType:
    info = report.document
    title = Text(info.path, style="bold")
    if info.title:
        title.append(f"  {info.title}", style="dim")
    parts: list[RenderableType] = [Rule(title, align="left")]
    if report.claims:
        parts.extend(_claims_tables(report, width))
    else:
        parts.append(Text("No claims found.", style="dim"))
    if report.findings:
        parts.append(Text("Findings", style="bold"))
        parts.extend(_finding(finding) for finding in report.findings)
    parts.append(_summary(report))
    return Group(*parts)


_FIXED_COLUMNS = ("id", "kind", "value", "unit")
_FLEXIBLE_COLUMNS = ("claim", "subject", "source", "findings")
_COLUMNS = ("id", "claim", "kind", "value", "unit", "subject", "source", "findings")
_MAX_FIXED = 24  # an interval wider than this wraps rather than starving the text columns
_MIN_FLEXIBLE = 6


def _claims_tables(report: DocumentReport, width: int) -> list[RenderableType]:
    """One table per verdict present, worst first, all with the same column widths."""
    index = FindingIndex.of(report)
    ordered = claims_in_verdict_order(report)
    rows = [_row(claim, index) for claim in ordered]
    widths = _column_widths(rows, width)
    tables: list[RenderableType] = []
    for verdict in VERDICTS:
        group = [row for claim, row in zip(ordered, rows, strict=True) if claim.verdict == verdict]
        if not group:
            continue
        title = Text(f"{verdict} · {len(group)}", style=VERDICT_STYLE[verdict])
        table = Table(
            box=box.SIMPLE_HEAD,
            show_edge=False,
            pad_edge=False,
            show_header=not tables,  # one header row is enough: the widths line up
            title=title,
            title_justify="left",
        )
        for name in _COLUMNS:
            table.add_column(name, width=widths[name], overflow="fold")
        for row in group:
            table.add_row(*(row[name] for name in _COLUMNS))
        tables.append(table)
    return tables


def _row(claim: Claim, index: FindingIndex) -> dict[str, Text]:
    findings = Text()
    for status, note in finding_notes(index.for_claim(claim)):
        if findings:
            findings.append("\n")
        findings.append(f"{_STATUS_MARK[status]} ", style=_STATUS_STYLE[status])
        findings.append(note)
    return {
        "id": Text(claim.id, style=VERDICT_STYLE[claim.verdict]),
        "claim": Text(claim.text),
        "kind": Text(claim.kind),
        "value": Text(format_value(claim)),
        "unit": Text(format_unit(claim)),
        "subject": Text(claim.subject or ""),
        "source": Text(claim.source or ""),
        "findings": findings,
    }


def _column_widths(rows: list[dict[str, Text]], width: int) -> dict[str, int]:
    """Fit the table to ``width``: short columns keep their natural width and
    the text columns share the rest, the shortest satisfied first.

    Rich's own collapsing starves the last column when the others are wide,
    so the widths are decided here and given to rich as fixed.
    """
    natural = {
        name: max([len(name)] + [_longest_line(row[name]) for row in rows]) for name in _COLUMNS
    }
    widths = {name: min(natural[name], _MAX_FIXED) for name in _FIXED_COLUMNS}
    # pad_edge=False: one space either side of every inner edge, one divider.
    overhead = 3 * (len(_COLUMNS) - 1)
    remaining = max(width - overhead - sum(widths.values()), 0)
    flexible = sorted(_FLEXIBLE_COLUMNS, key=lambda name: natural[name])
    for position, name in enumerate(flexible):
        share = remaining // (len(flexible) - position)
        widths[name] = max(min(natural[name], share), _MIN_FLEXIBLE)
        remaining -= widths[name]
    return widths


def _longest_line(text: Text) -> int:
    return max((cell_len(line) for line in text.plain.splitlines()), default=0)


def _finding(finding: Finding) -> RenderableType:
    head = Text()
    head.append(f"{_STATUS_MARK[finding.status]} {finding.status}", _STATUS_STYLE[finding.status])
    head.append(f"  {finding.id}  {finding.rule}  ")
    head.append(f"[{', '.join(finding.claims)}]", style="dim")
    head.append(f"  {finding.message}")
    parts: list[RenderableType] = [Padding(head, (0, 0, 0, 2))]
    detail = finding.detail.strip("\n")
    if detail.strip():
        parts.append(Padding(Text(detail, style="dim"), (0, 0, 0, 6)))
    return Group(*parts)


def _summary(report: DocumentReport) -> Text:
    counts = summary_counts(report)
    line = Text("Summary: ", style="bold")
    for position, verdict in enumerate(VERDICTS):
        if position:
            line.append(" · ")
        line.append(f"{counts[verdict]} {verdict}", style=VERDICT_STYLE[verdict])
    claims, findings = len(report.claims), len(report.findings)
    line.append(
        f"  ({claims} claim{'s' if claims != 1 else ''}, "
        f"{findings} finding{'s' if findings != 1 else ''})"
    )
    return line
