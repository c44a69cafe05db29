"""HTML: one self-contained page, the article with its claims highlighted.

Per document: the counts, a legend, the article text with every claim in a
``<mark class="verdict-...">``, a table of the claims and the findings with
their arithmetic, each finding linking to the claims it names.  Inline CSS,
no script, no external asset.

Every string from a document goes through ``html.escape`` (quotes too),
whether it lands in a text node or an attribute.  The article keeps its
line breaks through ``white-space: pre-wrap``, so the text nodes of the
article element, unescaped, give back the article exactly.

Claims may overlap.  The text is cut at every claim boundary; each piece is
wrapped in one ``<mark>`` per claim covering it, outermost first, so the
tags always nest.  A claim's first piece carries its ``id``.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from itertools import pairwise

from claims.model import VERDICTS, Claim, DocumentReport, Finding
from claims.report.common import (
    MAX_PASSING_SHOWN,
    VERDICT_MEANING,
    FindingIndex,
    claims_in_verdict_order,
    format_unit,
    format_value,
    summary_counts,
)
from claims.report.htmlstyle import stylesheet


def render_html(reports: Sequence[DocumentReport]) -> str:
    """The whole page for all documents."""
    if len(reports) == 1:
        page_title = f"Claims report: {reports[0].document.path}"
    else:
        page_title = f"Claims report: {len(reports)} documents"
    body: list[str] = [f"<h1>{escape(page_title)}</h1>"]
    if len(reports) > 1:
        body.append(_contents(reports))
    body.extend(_document(report, f"d{number}") for number, report in enumerate(reports, 1))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(page_title)}</title>\n"
        f"<style>{stylesheet()}</style>\n</head>\n<body>\n<main>\n"
        + "\n".join(body)
        + "\n</main>\n</body>\n</html>\n"
    )


def _contents(reports: Sequence[DocumentReport]) -> str:
    items = "".join(
        f'<li><a href="#d{number}">{escape(report.document.path)}</a></li>'
        for number, report in enumerate(reports, 1)
    )
    return f'<nav aria-label="Documents"><ol>{items}</ol></nav>'


def _document(report: DocumentReport, anchor: str) -> str:
    info = report.document
    index = FindingIndex.of(report)
    located = {claim.id for claim in _located_claims(report)}
    heading = escape(info.path)
    if info.title:
        heading += f'<span class="title">{escape(info.title)}</span>'
    meta = f"document <code>{escape(info.id)}</code>"
    if info.published:
        meta += f" · published {info.published.isoformat()}"
    parts = [
        f'<article class="document" id="{anchor}">',
        f"<h2>{heading}</h2>",
        f'<p class="meta">{meta}</p>',
        _summary(report),
        _legend(),
        "<h3>Article</h3>",
        _article_text(report, anchor, index) if report.text else _no_text(),
        "<h3>Claims</h3>",
        _claims_table(report, anchor, index, located) if report.claims else _none("claims"),
    ]
    if report.findings:
        parts.append("<h3>Findings</h3>")
        parts.append(_findings(report.findings, anchor))
    parts.append("</article>")
    return "\n".join(parts)


def _summary(report: DocumentReport) -> str:
    counts = summary_counts(report)
    badges = "".join(
        f'<span class="badge verdict-{verdict}">{counts[verdict]} {verdict}</span>'
        for verdict in VERDICTS
    )
    claims, findings = len(report.claims), len(report.findings)
    totals = (
        f"{claims} claim{'s' if claims != 1 else ''}, "
        f"{findings} finding{'s' if findings != 1 else ''}"
    )
    return f'<p class="summary"><strong>Summary</strong> {badges} <span>{totals}</span></p>'


def _legend() -> str:
    items = "".join(
        f'<li><mark class="verdict-{verdict}">{verdict}</mark> {escape(VERDICT_MEANING[verdict])}'
        "</li>"
        for verdict in VERDICTS
    )
    return f'<ul class="legend" aria-label="Legend">{items}</ul>'


def _no_text() -> str:
    return '<p class="muted">No article text in this report.</p>'


def _none(what: str) -> str:
    return f'<p class="muted">No {what} found.</p>'


def _located_claims(report: DocumentReport) -> list[Claim]:
    """Claims whose offsets fall inside the text; others are listed, not marked."""
    size = len(report.text)
    return [c for c in report.claims if 0 <= c.start < c.end <= size]


def _article_text(report: DocumentReport, anchor: str, index: FindingIndex) -> str:
    text = report.text
    claims = sorted(_located_claims(report), key=lambda c: (c.start, -c.end, c.id))
    cuts = sorted({0, len(text)} | {c.start for c in claims} | {c.end for c in claims})
    opened: set[str] = set()
    pieces: list[str] = []
    for piece_start, piece_end in pairwise(cuts):
        chunk = escape(text[piece_start:piece_end])
        covering = [c for c in claims if c.start <= piece_start and piece_end <= c.end]
        # Innermost last: the shortest claim ends up closest to the text.
        for claim in reversed(covering):
            first = claim.id not in opened
            opened.add(claim.id)
            chunk = _mark(claim, anchor, index, chunk, first)
        pieces.append(chunk)
    return f'<div class="article-text">{"".join(pieces)}</div>'


def _mark(claim: Claim, anchor: str, index: FindingIndex, inner: str, first: bool) -> str:
    id_attribute = f' id="{_claim_anchor(anchor, claim.id)}"' if first else ""
    return (
        f'<mark class="claim verdict-{escape(claim.verdict)}"{id_attribute} '
        f'data-claim="{escape(claim.id)}" title="{escape(_tooltip(claim, index))}">'
        f"{inner}</mark>"
    )


def _tooltip(claim: Claim, index: FindingIndex) -> str:
    facts = [f"{claim.id}: {claim.verdict}", f"{claim.kind} {format_value(claim)}"]
    unit = format_unit(claim)
    if unit:
        facts[-1] += f" {unit}"
    if claim.subject:
        facts.append(f"subject: {claim.subject}")
    if claim.source:
        facts.append(f"source: {claim.source}")
    facts.extend(f"{f.status}: {f.message}" for f in index.for_claim(claim))
    return "\n".join(facts)


def _claim_anchor(anchor: str, claim_id: str) -> str:
    return escape(f"{anchor}-{claim_id}")


def _claims_table(
    report: DocumentReport, anchor: str, index: FindingIndex, located: set[str]
) -> str:
    head = "".join(
        f"<th>{name}</th>"
        for name in ("verdict", "id", "claim", "kind", "value", "unit", "subject", "source")
    )
    rows = [f"<table><thead><tr>{head}<th>findings</th></tr></thead><tbody>"]
    for claim in claims_in_verdict_order(report):
        claim_ref = escape(claim.id)
        if claim.id in located:
            row_id = f"{_claim_anchor(anchor, claim.id)}-row"
            claim_ref = f'<a href="#{_claim_anchor(anchor, claim.id)}">{claim_ref}</a>'
        else:
            row_id = _claim_anchor(anchor, claim.id)  # findings link here instead
        findings = _finding_cell(index.for_claim(claim), anchor)
        verdict = escape(claim.verdict)  # a Literal, but model_construct skips checks
        cells = [
            f'<td class="verdict"><span class="verdict-{verdict}">{verdict}</span></td>',
            f"<td>{claim_ref}</td>",
            f"<td>{escape(claim.text)}</td>",
            f"<td>{escape(claim.kind)}</td>",
            f'<td class="value">{escape(format_value(claim))}</td>',
            f"<td>{escape(format_unit(claim))}</td>",
            f"<td>{escape(claim.subject or '')}</td>",
            f"<td>{escape(claim.source or '')}</td>",
            f"<td>{findings}</td>",
        ]
        rows.append(f'<tr id="{row_id}">{"".join(cells)}</tr>')
    rows.append("</tbody></table>")
    return "\n".join(rows)


def _finding_link(finding: Finding, anchor: str) -> str:
    return (
        f'<a href="#{escape(f"{anchor}-{finding.id}")}" class="status-{escape(finding.status)}">'
        f"{escape(finding.id)}</a>"
    )


def _finding_cell(findings: list[Finding], anchor: str) -> str:
    """Failures with their messages; the first passes too, later passes as links only
    (a figure checked against twenty others would otherwise fill the screen)."""
    shown: list[str] = []
    passed_later: list[Finding] = []
    passes = 0
    for finding in findings:
        if finding.status == "pass":
            passes += 1
            if passes > MAX_PASSING_SHOWN:
                passed_later.append(finding)
                continue
        shown.append(f"{_finding_link(finding, anchor)} {escape(finding.message)}")
    if passed_later:
        links = " ".join(_finding_link(finding, anchor) for finding in passed_later)
        shown.append(f'<span class="muted">also passed:</span> {links}')
    return "<br>".join(shown)


def _findings(findings: Sequence[Finding], anchor: str) -> str:
    items = ['<ol class="findings">']
    for finding in findings:
        links = ", ".join(
            f'<a href="#{_claim_anchor(anchor, claim_id)}">{escape(claim_id)}</a>'
            for claim_id in finding.claims
        )
        status = escape(finding.status)
        detail = f'<pre class="detail">{escape(finding.detail)}</pre>' if finding.detail else ""
        items.append(
            f'<li id="{escape(f"{anchor}-{finding.id}")}">'
            f'<span class="status status-{status}">{status}</span> '
            f"<code>{escape(finding.rule)}</code> {escape(finding.id)} "
            f"(claims {links or 'none'}): {escape(finding.message)}{detail}</li>"
        )
    items.append("</ol>")
    return "\n".join(items)
