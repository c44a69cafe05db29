"""Step definitions for features/reports.feature."""

from __future__ import annotations

import json
from collections.abc import Callable
from html import unescape

from pytest_bdd import given, parsers, scenarios, then, when
from test_report_builders import Spec, article_report, build_report
from test_report_html import parse

from claims.model import DocumentReport
from claims.report import FORMATS

scenarios("reports.feature")


@given("the sample article", target_fixture="report")
def sample_article() -> DocumentReport:
    return article_report()


@given(
    parsers.parse(
        'an article saying "{phrase}" read from {lower} to {upper}, '
        "lower bound {left}, upper bound {right}"
    ),
    target_fixture="report",
)
def hedged_article(phrase: str, lower: str, upper: str, left: str, right: str) -> DocumentReport:
    bounds = {
        "lower": None if lower == "-" else int(lower),
        "upper": None if upper == "-" else int(upper),
        "lower_open": left == "open",
        "upper_open": right == "open",
    }
    return build_report(f"Huyện có {phrase} người.", [Spec(phrase, "unsourced", extra=bounds)])


@given(parsers.parse('an article with a figure next to "{snippet}"'), target_fixture="report")
def hostile_article(snippet: str) -> DocumentReport:
    text = f"Có 12 người {snippet} tham dự.\n\nĐoạn hai: {snippet}"
    return build_report(text, [Spec(f"12 người {snippet}", "inconsistent")], title=snippet)


@when(parsers.parse("I render it as {format_name}"), target_fixture="output")
def render(report: DocumentReport, format_name: str) -> tuple[str, str]:
    return format_name, FORMATS[format_name]([report])


def _claimreview_aspects(text: str) -> list[str]:
    return [
        item["reviewAspect"] + " " + item["reviewRating"]["alternateName"]
        for item in json.loads(text)
    ]


CLAIM_SHOWN: dict[str, Callable[[str, str, str, str], bool]] = {
    # (output, claim id, claim text, verdict) -> is the claim shown with its verdict?
    "terminal": lambda out, cid, text, verdict: text in out and f"{verdict} · " in out,
    "markdown": lambda out, cid, text, verdict: f" | {cid} | {text} | " in out and verdict in out,
    "html": lambda out, cid, text, verdict: f'class="claim verdict-{verdict}" id="d1-{cid}"' in out,
    "claimreview": lambda out, cid, text, verdict: f"{text} {verdict}" in _claimreview_aspects(out),
}


@then("every claim appears with its verdict")
def every_claim_shown(report: DocumentReport, output: tuple[str, str]) -> None:
    format_name, text = output
    for claim in report.claims:
        assert CLAIM_SHOWN[format_name](text, claim.id, claim.text, claim.verdict), claim.id


@then(parsers.parse('the report says "{expected}"'))
def report_says(output: tuple[str, str], expected: str) -> None:
    assert expected in output[1]


@then(parsers.parse('the page shows "{snippet}" as text'))
def shows_as_text(report: DocumentReport, output: tuple[str, str], snippet: str) -> None:
    page = parse(output[1])
    assert page.article_texts == [report.text]
    assert snippet in unescape(output[1])


@then(parsers.parse('the page contains no "{snippet}" as markup'))
def no_markup(output: tuple[str, str], snippet: str) -> None:
    page = parse(output[1])  # raises if the snippet closed or opened a tag
    assert snippet not in output[1]
    assert {"script", "img", "b"}.isdisjoint(page.tags)
    assert not {"onmouseover", "onerror", "src"} & page.attribute_names


@then(
    parsers.parse(
        'each claim judged {verdict} is rated {value:d} on a scale of 1 to 4, named "{name}"'
    )
)
def rated(
    report: DocumentReport, output: tuple[str, str], verdict: str, value: int, name: str
) -> None:
    items = json.loads(output[1])
    judged = [
        item for item, claim in zip(items, report.claims, strict=True) if claim.verdict == verdict
    ]
    assert judged
    for item in judged:
        rating = item["reviewRating"]
        assert (rating["ratingValue"], rating["worstRating"], rating["bestRating"]) == (value, 1, 4)
        assert rating["alternateName"] == name
