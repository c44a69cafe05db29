"""HTML report: claims marked by verdict, the article intact, nothing unescaped."""

from __future__ import annotations

from collections.abc import Callable
from html.parser import HTMLParser

import pytest
from test_report_builders import Spec, article_report, build_report, empty_report

from claims.model import DocumentReport, Finding
from claims.report import FORMATS
from claims.report.htmlfmt import render_html
from claims.services import analyze

HOSTILE_TEXT = (
    'Có <script>alert(1)</script> 1.200 người "onmouseover=alert(2) tham dự & 30% là trẻ em.\n\n'
    "Đoạn hai: <img src=x onerror=alert(3)> 'đơn' và &amp; 45 người.\n"
    "</div></mark> 7 ngày."
)


def hostile_report() -> DocumentReport:
    findings = [
        Finding(
            id="f1",
            rule="<b>rule</b>",
            status="fail",
            claims=["c1", "c2"],
            message='<script>alert("m")</script> "onmouseover=x',
            detail="1 200 < 30% × <i>?</i>\nline two & more",
        )
    ]
    specs = [
        Spec(
            '<script>alert(1)</script> 1.200 người "onmouseover',
            "inconsistent",
            extra={"subject": "<u>s</u>", "source": '"onmouseover=alert(4)'},
        ),
        Spec("1.200", "verified", extra={"value": 1200, "lower": 1200, "upper": 1200}),
        Spec("30%", "attributed", kind="percent"),
        Spec("<img src=x onerror=alert(3)> 'đơn' và &amp; 45", "unsourced"),
        Spec("</div></mark> 7", "unsourced"),
    ]
    return build_report(
        HOSTILE_TEXT,
        specs,
        findings,
        path='<script>alert("path")</script>.txt',
        title='"onmouseover=alert(5) <b>',
    )


VOID_ELEMENTS = frozenset({"meta", "br", "hr", "img", "link", "input", "wbr"})


class PageParser(HTMLParser):
    """Collects what the tests look at: ids, marks and the article's text nodes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.ids: dict[str, tuple[str, dict[str, str]]] = {}
        self.attribute_names: set[str] = set()
        self.tags: set[str] = set()
        self.hrefs: list[str] = []
        self.article_texts: list[str] = []
        self.mark_texts: list[dict[str, str]] = []  # per article: claim id -> marked text
        self.finding_links: dict[str, list[str]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        self.tags.add(tag)
        self.attribute_names.update(attributes)
        if "id" in attributes:
            self.ids[attributes["id"]] = (tag, attributes)
        if tag == "a" and "href" in attributes:
            self.hrefs.append(attributes["href"])
            finding = self._open_finding()
            if finding is not None:
                self.finding_links.setdefault(finding, []).append(attributes["href"])
        if tag == "div" and "article-text" in attributes.get("class", ""):
            self.article_texts.append("")
            self.mark_texts.append({})
        if tag not in VOID_ELEMENTS:
            self.stack.append((tag, attributes))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"closing </{tag}> with nothing open"
        opened, _ = self.stack.pop()
        assert opened == tag, f"</{tag}> closes <{opened}>: tags do not nest"

    def handle_data(self, data: str) -> None:
        if any(t == "div" and "article-text" in a.get("class", "") for t, a in self.stack):
            self.article_texts[-1] += data
            for tag, attributes in self.stack:
                if tag == "mark" and "data-claim" in attributes:
                    claim = attributes["data-claim"]
                    self.mark_texts[-1][claim] = self.mark_texts[-1].get(claim, "") + data

    def _open_finding(self) -> str | None:
        for tag, attributes in reversed(self.stack):
            if tag == "li" and "id" in attributes:
                return attributes["id"]
        return None


def parse(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    parser.close()
    return parser


@pytest.mark.parametrize("build", [article_report, hostile_report])
def test_the_article_text_round_trips(build: Callable[[], DocumentReport]) -> None:
    report = build()
    parsed = parse(render_html([report]))
    assert parsed.article_texts == [report.text]


@pytest.mark.parametrize("build", [article_report, hostile_report])
def test_every_claim_is_marked_with_its_verdict(build: Callable[[], DocumentReport]) -> None:
    report = build()
    parsed = parse(render_html([report]))
    for claim in report.claims:
        tag, attributes = parsed.ids[f"d1-{claim.id}"]
        assert tag == "mark"
        assert f"verdict-{claim.verdict}" in attributes["class"].split()
        assert attributes["data-claim"] == claim.id
        assert claim.verdict in attributes["title"]
        assert parsed.mark_texts[0][claim.id] == report.text[claim.start : claim.end]


def test_hostile_strings_never_appear_unescaped() -> None:
    page = render_html([hostile_report()])
    for raw in ("<script", '"onmouseover=', "<img", "<u>", "<b>", "<i>", "</mark> 7"):
        assert raw not in page
    parsed = parse(page)
    assert "script" not in parsed.tags
    assert "img" not in parsed.tags
    assert not {"onmouseover", "onerror", "src"} & parsed.attribute_names


def test_overlapping_claims_nest_and_keep_their_own_text() -> None:
    text = "Tổng cộng hơn 1.500 người tham gia."
    report = build_report(
        text,
        [
            Spec("hơn 1.500 người", "unsourced"),
            Spec("1.500", "inconsistent"),
            Spec("1.500 người tham gia", "verified"),
        ],
    )
    parsed = parse(render_html([report]))  # the parser asserts that tags nest
    assert parsed.article_texts == [text]
    for claim in report.claims:
        assert parsed.mark_texts[0][claim.id] == claim.text
        assert f"verdict-{claim.verdict}" in parsed.ids[f"d1-{claim.id}"][1]["class"]


def test_findings_link_to_every_claim_they_name() -> None:
    report = article_report()
    parsed = parse(render_html([report]))
    for finding in report.findings:
        links = parsed.finding_links[f"d1-{finding.id}"]
        assert links == [f"#d1-{claim_id}" for claim_id in finding.claims]
    for href in parsed.hrefs:
        assert href.startswith("#")
        assert href[1:] in parsed.ids, f"dangling link {href}"


def test_findings_show_their_arithmetic_escaped() -> None:
    report = hostile_report()
    page = render_html([report])
    assert "1 200 &lt; 30% × &lt;i&gt;?&lt;/i&gt;\nline two &amp; more" in page


def test_the_page_is_self_contained() -> None:
    page = render_html([article_report(), empty_report()])
    parsed = parse(page)
    assert {"script", "link", "img", "iframe"}.isdisjoint(parsed.tags)
    assert "src" not in parsed.attribute_names
    assert "url(" not in page
    assert "white-space: pre-wrap" in page  # how the paragraph breaks survive


def test_several_documents_keep_separate_anchors() -> None:
    first, second = article_report(), hostile_report()
    parsed = parse(render_html([first, second]))
    assert parsed.article_texts == [first.text, second.text]
    for number, report in enumerate((first, second), 1):
        for claim in report.claims:
            assert f"d{number}-{claim.id}" in parsed.ids


@pytest.mark.parametrize("text", ["", "Không có con số nào ở đây.\n\nHai đoạn."])
def test_documents_without_claims_render(text: str) -> None:
    report = empty_report(text)
    parsed = parse(render_html([report]))
    assert parsed.article_texts == ([text] if text else [])
    assert "0 claims" in render_html([report])


def test_claims_outside_the_text_are_listed_not_marked() -> None:
    report = build_report("Có 12 người.", [Spec("12", "verified")])
    shifted = report.model_copy(
        update={"claims": [report.claims[0].model_copy(update={"start": 40, "end": 42})]}
    )
    parsed = parse(render_html([shifted]))
    assert parsed.article_texts == ["Có 12 người."]
    assert parsed.ids["d1-c1"][0] == "tr"


def test_the_registry_renders_the_seed(seed_text: str) -> None:
    report = analyze(seed_text, path="seed.txt")
    parsed = parse(FORMATS["html"]([report]))
    assert parsed.article_texts == [report.text]
    assert set(parsed.mark_texts[0]) == {claim.id for claim in report.claims}


def test_a_claim_row_links_every_finding_and_names_the_failures() -> None:
    text = "Có 10 nam, 20 nữ, 30 người."
    findings = [
        Finding(id=f"f{n}", rule="r", status="pass", claims=["c1"], message=f"ok {n}", detail="")
        for n in range(1, 6)
    ]
    findings.append(
        Finding(id="f6", rule="r", status="fail", claims=["c1"], message="lệch <b>", detail="")
    )
    report = build_report(text, [Spec("10", "inconsistent")], findings)
    page = render_html([report])
    row = page[page.index('<tr id="d1-c1-row">') :]
    row = row[: row.index("</tr>")]
    for finding in findings:
        assert f'href="#d1-{finding.id}"' in row
    assert "lệch &lt;b&gt;" in row
