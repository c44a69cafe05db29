"""Markdown report: one table row per claim, cells that render as their text.

The output is rendered with markdown-it-py (rich's own Markdown parser, so
always installed) with GFM tables on, and the tests read the resulting HTML:
what a reviewer sees after pasting, not the Markdown source.
"""

from __future__ import annotations

from collections import Counter
from html.parser import HTMLParser

from markdown_it import MarkdownIt
from test_report_builders import Spec, article_report, build_report, empty_report

from claims.model import VERDICTS, DocumentReport, Finding
from claims.report import FORMATS
from claims.report.common import claims_in_verdict_order, format_value
from claims.report.markdown import render_markdown
from claims.services import analyze

COLUMNS = ("Verdict", "ID", "Claim", "Kind", "Value", "Unit", "Subject", "Source", "Findings")


class RenderedMarkdown(HTMLParser):
    """Table cells as text, code blocks as text, and every tag seen."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []  # table -> body row -> cell text
        self.code_blocks: list[str] = []
        self.headings: list[str] = []
        self.tags: set[str] = set()
        self._in_body = False
        self._cell: str | None = None
        self._code: str | None = None
        self._heading: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        if tag == "table":
            self.tables.append([])
        elif tag == "tbody":
            self._in_body = True
        elif tag == "tr" and self._in_body:
            self.tables[-1].append([])
        elif tag == "td" and self._in_body:
            self._cell = ""
        elif tag == "br" and self._cell is not None:
            self._cell += "\n"
        elif tag == "pre":
            self._code = ""
        elif tag == "h2":
            self._heading = ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "tbody":
            self._in_body = False
        elif tag == "td" and self._cell is not None:
            self.tables[-1][-1].append(self._cell)
            self._cell = None
        elif tag == "pre" and self._code is not None:
            self.code_blocks.append(self._code)
            self._code = None
        elif tag == "h2" and self._heading is not None:
            self.headings.append(self._heading)
            self._heading = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell += data
        if self._code is not None:
            self._code += data
        if self._heading is not None:
            self._heading += data


def rendered(markdown: str) -> RenderedMarkdown:
    html = MarkdownIt("commonmark").enable("table").render(markdown)
    parser = RenderedMarkdown()
    parser.feed(html)
    parser.close()
    return parser


def cells_by_column(row: list[str]) -> dict[str, str]:
    assert len(row) == len(COLUMNS), row
    return dict(zip(COLUMNS, row, strict=True))


def tricky_report() -> DocumentReport:
    text = "Có 15 | 20 người *đến* dự [hội nghị](http://x) <b>hôm nay</b> và `30` khách."
    finding = Finding(
        id="f1",
        rule="sum_of_parts",
        status="fail",
        claims=["c1", "c2"],
        message="15 + 20 | is not `30`",
        detail="15 + 20 = 35 ≠ 30\n```\nnot a fence end\n```",
    )
    specs = [
        Spec("15 | 20", "inconsistent", extra={"subject": "người *đến*\ndự", "source": "<b>x</b>"}),
        Spec("[hội nghị](http://x)", "attributed", kind="other"),
        Spec("`30`", "unsourced", extra={"value": 30, "lower": 30, "upper": 30}),
    ]
    return build_report(text, specs, [finding], path="a|b_c*.txt", title="Tiêu đề <i>x</i>")


def test_one_table_row_per_claim_in_verdict_order() -> None:
    report = article_report()
    page = rendered(render_markdown([report]))
    assert len(page.tables) == 1
    rows = [cells_by_column(row) for row in page.tables[0]]
    assert len(rows) == len(report.claims)
    expected = claims_in_verdict_order(report)
    assert [row["ID"] for row in rows] == [claim.id for claim in expected]
    for row, claim in zip(rows, expected, strict=True):
        assert row["Verdict"] == claim.verdict
        assert row["Claim"] == claim.text
        assert row["Value"] == format_value(claim)


def test_pipes_newlines_and_markup_in_cells_render_as_text() -> None:
    report = tricky_report()
    page = rendered(render_markdown([report]))
    rows = {row["ID"]: row for row in map(cells_by_column, page.tables[0])}
    assert len(rows) == len(report.claims)
    for claim in report.claims:
        assert rows[claim.id]["Claim"] == claim.text
        assert rows[claim.id]["Subject"] == (claim.subject or "")
        assert rows[claim.id]["Source"] == (claim.source or "")
    # Nothing from the article became markup: no link, emphasis, code or raw HTML.
    # ("strong" and "code" are ours: verdicts, statuses, rule names, arithmetic.)
    assert page.tags.isdisjoint({"a", "em", "b", "i"})


def test_findings_keep_their_arithmetic_in_code_blocks() -> None:
    report = tricky_report()
    page = rendered(render_markdown([report]))
    details = [finding.detail for finding in report.findings]
    assert [block.rstrip("\n") for block in page.code_blocks] == details


def test_heading_and_summary_per_document() -> None:
    reports = [article_report(), tricky_report(), empty_report()]
    markdown = render_markdown(reports)
    page = rendered(markdown)
    assert page.headings[: len(reports)] == [
        f"{r.document.path} — {r.document.title}" if r.document.title else r.document.path
        for r in reports
    ]
    for report in reports:
        counts = Counter(claim.verdict for claim in report.claims)
        line = " · ".join(f"{counts[verdict]} {verdict}" for verdict in VERDICTS)
        assert f"**Summary:** {line}" in markdown
    # The empty document has a heading and no table.
    assert len(page.tables) == 2


def test_the_registry_renders_the_seed(seed_text: str) -> None:
    report = analyze(seed_text, path="seed.txt")
    page = rendered(FORMATS["markdown"]([report]))
    assert len(page.tables) == 1
    assert len(page.tables[0]) == len(report.claims)
    assert {row[1] for row in page.tables[0]} == {claim.id for claim in report.claims}
