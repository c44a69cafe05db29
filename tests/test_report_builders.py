"""Hand-built reports for the format tests (no tests here).

Claims are located by the phrase they quote, so offsets always index into
the text; the verdicts and findings are whatever a test wants to see
rendered, independent of the pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from claims.model import (
    Claim,
    ClaimKind,
    DocumentInfo,
    DocumentReport,
    Finding,
    Verdict,
    summarise,
)
from claims.text import segment


@dataclass
class Spec:
    """One claim to build: the phrase it quotes and what the report says of it."""

    phrase: str
    verdict: Verdict
    kind: ClaimKind = "count"
    occurrence: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


def locate(text: str, phrase: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def build_report(
    text: str,
    specs: list[Spec],
    findings: list[Finding] | None = None,
    *,
    path: str = "bai-viet.txt",
    title: str | None = None,
) -> DocumentReport:
    claims: list[Claim] = []
    findings = findings or []
    segmented = segment(text)
    for number, spec in enumerate(specs, 1):
        start, end = locate(text, spec.phrase, spec.occurrence)
        claim_id = f"c{number}"
        sentence = segmented.sentence_at(start)
        fields: dict[str, Any] = {
            "id": claim_id,
            "text": text[start:end],
            "start": start,
            "end": end,
            "kind": spec.kind,
            "sentence": segmented.sentence_text(sentence),
            "paragraph": sentence.paragraph,
            "verdict": spec.verdict,
            "findings": [f.id for f in findings if claim_id in f.claims],
        }
        fields.update(spec.extra)
        claims.append(Claim(**fields))
    return DocumentReport(
        document=DocumentInfo(id=f"doc-{len(text)}", path=path, sha256="0" * 64, title=title),
        claims=claims,
        findings=findings,
        summary=summarise(claims),
        text=text,
    )


ARTICLE = (
    "Tỉnh Hòa Bình có 120.000 trẻ em, trong đó hơn 74.000 trẻ dưới 6 tuổi.\n\n"
    "Theo Sở Y tế, 100% trẻ dưới 6 tuổi đã có thẻ bảo hiểm y tế; "
    "năm 2023 có 80.000 thẻ được cấp cho nhóm này.\n"
    "Khoảng 3.000 trẻ có hoàn cảnh đặc biệt cần hỗ trợ."
)

ARTICLE_FINDINGS = [
    Finding(
        id="f1",
        rule="part_within_whole",
        status="fail",
        claims=["c2", "c5"],
        message="80 000 cards for at most 75 000 children under 6",
        detail="80 000 > 75 000 = upper bound of c2 (74 000, 75 000]",
    ),
    Finding(
        id="f2",
        rule="part_within_whole",
        status="pass",
        claims=["c2", "c1"],
        message="the under-6s fit within all children",
        detail="75 000 <= 120 000",
    ),
]

ARTICLE_SPECS = [
    Spec("120.000", "verified", extra={"value": 120000, "lower": 120000, "upper": 120000}),
    Spec(
        "hơn 74.000",
        "inconsistent",
        extra={
            "value": 74000,
            "lower": 74000,
            "upper": 75000,
            "lower_open": True,
            "qualifier": "over",
            "subject": "trẻ dưới 6 tuổi",
        },
    ),
    Spec(
        "100%",
        "attributed",
        kind="percent",
        extra={"value": 100, "lower": 99.5, "upper": 100, "unit": "%", "source": "Theo Sở Y tế"},
    ),
    Spec("2023", "unsourced", kind="year", extra={"value": 2023, "lower": 2023, "upper": 2023}),
    Spec(
        "80.000",
        "inconsistent",
        extra={"value": 80000, "lower": 80000, "upper": 80000, "subject": "thẻ"},
    ),
    Spec(
        "Khoảng 3.000",
        "unsourced",
        extra={"value": 3000, "lower": 2500, "upper": 3500, "qualifier": "about"},
    ),
]


def article_report() -> DocumentReport:
    """Every verdict present, one failing and one passing finding."""
    return build_report(
        ARTICLE, ARTICLE_SPECS, ARTICLE_FINDINGS, path="hoa-binh.txt", title="Trẻ em Hòa Bình"
    )


def empty_report(text: str = "") -> DocumentReport:
    """A document with no claims (and, by default, no text)."""
    return build_report(text, [], path="trong.txt")
