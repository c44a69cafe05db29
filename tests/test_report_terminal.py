"""Terminal report: claims grouped by verdict, findings, summary; plain unless asked."""

from __future__ import annotations

from collections import Counter

import pytest
from test_report_builders import Spec, article_report, build_report, empty_report

from claims.model import VERDICTS, DocumentReport
from claims.report import FORMATS
from claims.report.common import format_value
from claims.report.terminal import render_terminal
from claims.services import analyze

WIDE = 200  # wide enough that no short claim phrase wraps


def summary_of(report: DocumentReport) -> str:
    counts = Counter(claim.verdict for claim in report.claims)
    return "Summary: " + " · ".join(f"{counts[verdict]} {verdict}" for verdict in VERDICTS)


def test_every_claim_text_value_and_the_summary_are_shown() -> None:
    report = article_report()
    output = render_terminal([report], width=WIDE)
    for claim in report.claims:
        assert claim.text in output
        assert format_value(claim) in output
    assert summary_of(report) in output


def test_groups_come_worst_verdict_first() -> None:
    report = article_report()
    lines = render_terminal([report], width=WIDE).splitlines()

    def row_of(claim_id: str) -> int:
        return next(i for i, line in enumerate(lines) if line.split()[:1] == [claim_id])

    ranks = [VERDICTS.index(claim.verdict) for claim in report.claims]
    rows = [row_of(claim.id) for claim in report.claims]
    by_row = [rank for _, rank in sorted(zip(rows, ranks, strict=True))]
    assert by_row == sorted(by_row)
    # Each verdict present has a group title with its count.
    counts = Counter(claim.verdict for claim in report.claims)
    for verdict, count in counts.items():
        assert f"{verdict} · {count}" in lines


def test_findings_show_messages_and_arithmetic() -> None:
    report = article_report()
    output = render_terminal([report], width=WIDE)
    for finding in report.findings:
        assert finding.message in output
        assert finding.detail in output
        assert f"[{', '.join(finding.claims)}]" in output


def test_square_brackets_in_the_article_are_not_markup() -> None:
    text = "Có [bold]12[/bold] người và [red]7 xe[/red]."
    report = build_report(
        text, [Spec("[bold]12[/bold]", "unsourced"), Spec("7 xe[/red]", "verified")]
    )
    output = render_terminal([report], width=WIDE)
    assert "[bold]12[/bold]" in output
    assert "7 xe[/red]" in output


def test_control_characters_in_the_article_never_reach_the_terminal() -> None:
    text = "Có 12 người\x1b[2J và 7 xe\x07."
    report = build_report(
        text, [Spec("12 người\x1b[2J", "unsourced"), Spec("7 xe\x07", "verified")]
    )
    output = render_terminal([report], width=WIDE)
    assert "12 người[2J" in output
    assert "\x1b" not in output and "\x07" not in output


def test_long_words_fold_and_every_line_fits_the_width() -> None:
    word = "x" * 150
    report = build_report(f"Có 12 {word} ở đây.", [Spec(f"12 {word}", "unsourced")])
    output = render_terminal([report], width=80)
    assert all(len(line) <= 80 for line in output.splitlines())
    assert "".join(line.strip() for line in output.splitlines()).count("x") >= 150


def test_plain_by_default_coloured_on_request() -> None:
    report = article_report()
    assert "\x1b[" not in render_terminal([report])
    assert "\x1b[" not in FORMATS["terminal"]([report])
    assert "\x1b[" in render_terminal([report], color=True)


def test_plain_output_ignores_force_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    assert "\x1b[" not in render_terminal([article_report()])


@pytest.mark.parametrize("width", [80, 100, 120])
def test_lines_fit_the_width(width: int) -> None:
    output = render_terminal([article_report()], width=width)
    assert max(len(line) for line in output.splitlines()) <= width


@pytest.mark.parametrize("text", ["", "Không có con số nào.\n\nĐoạn hai."])
def test_documents_without_claims(text: str) -> None:
    report = empty_report(text)
    output = render_terminal([report])
    assert report.document.path in output
    assert "No claims found." in output
    assert summary_of(report) in output


def test_several_documents_each_get_a_summary() -> None:
    reports = [article_report(), empty_report(), article_report()]
    output = render_terminal(reports, width=WIDE)
    for report in reports:
        assert summary_of(report) in output
    assert output.count("Summary: ") == len(reports)


def test_the_registry_renders_the_seed(seed_text: str) -> None:
    report = analyze(seed_text, path="seed.txt")
    output = FORMATS["terminal"]([report])
    assert summary_of(report) in output
    ids = {line.split()[0] for line in output.splitlines() if line.split()}
    assert {claim.id for claim in report.claims} <= ids
