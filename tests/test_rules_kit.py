"""Building realistic claims by hand, so rule tests do not depend on the grammar;
and the subject relations every rule shares."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from claims.model import Claim, Finding, Scope
from claims.rules import RULES, RuleContext, run_rules
from claims.rules.relations import scope_compatible
from claims.rules.subjects import is_part_of, same_subject, subject_words
from claims.text import segment

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def spec(snippet: str, kind: str = "count", **fields: Any) -> dict[str, Any]:
    """One claim: the text it covers, its kind, and any other ``Claim`` field.

    ``lower``/``upper`` default to the number printed in the snippet; ``nth``
    picks a later occurrence of a repeated snippet; ``place``/``period`` fill
    the scope.
    """
    return {"snippet": snippet, "kind": kind, **fields}


def build(text: str, *specs: dict[str, Any]) -> list[Claim]:
    """Claims at the snippets' offsets in ``text``, with sentence and paragraph."""
    segmented = segment(text)
    claims: list[Claim] = []
    for number, item in enumerate(specs, start=1):
        fields = dict(item)
        snippet = fields.pop("snippet")
        nth = fields.pop("nth", 0)
        start = -1
        for _ in range(nth + 1):
            start = text.index(snippet, start + 1)
        printed = _DIGITS.search(snippet)
        if printed and "lower" not in fields and "upper" not in fields:
            digits = printed.group().replace(".", "").replace(",", ".")
            value = float(digits) if "." in digits else int(digits)
            fields.update(lower=value, upper=value)
            fields.setdefault("value", value)
        scope = Scope(place=fields.pop("place", None), period=fields.pop("period", None))
        sentence = segmented.sentence_at(start)
        claims.append(
            Claim(
                id=f"c{number}",
                text=snippet,
                start=start,
                end=start + len(snippet),
                sentence=segmented.sentence_text(sentence),
                paragraph=sentence.paragraph,
                scope=scope,
                **fields,
            )
        )
    return claims


def findings(
    text: str, *specs: dict[str, Any], rule: str, published: date | None = None
) -> list[Finding]:
    """The findings of one rule over hand-built claims."""
    chosen = [r for r in RULES if r.id == rule]
    assert chosen, f"no rule {rule}"
    return run_rules(build(text, *specs), RuleContext(published=published, text=text), chosen)


def statuses(found: list[Finding]) -> list[str]:
    return [f.status for f in found]


def test_build_places_claims_at_their_snippets() -> None:
    text = "Tỉnh có 200 xã. Trong đó 144 xã đạt chuẩn."
    first, second = build(text, spec("200 xã"), spec("144 xã"))
    assert text[second.start : second.end] == "144 xã"
    assert second.lower == 144
    assert first.sentence != second.sentence


def _subject(subject: str, **scope: str) -> Claim:
    return Claim(
        id="x", text="1", start=0, end=1, kind="count", sentence="", paragraph=0,
        subject=subject, scope=Scope(**scope),
    )  # fmt: skip


def test_subjects_are_normalised() -> None:
    assert subject_words(_subject("Các trẻ em dưới 6 tuổi")) == ("trẻ", "em", "dưới", "6", "tuổi")
    assert subject_words(_subject("trẻ 6 tuổi"))[:2] == ("trẻ", "em")
    assert subject_words(_subject("xã, phường, thị trấn")) == ("xã", "phường", "thị", "trấn")
    assert same_subject(_subject("tổng số hộ nghèo"), _subject("hộ nghèo"))


def test_a_subject_extending_another_is_a_part_of_it() -> None:
    whole = _subject("trẻ em")
    part = _subject("trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế kịp thời")
    assert is_part_of(part, whole)
    assert not is_part_of(whole, part)
    assert not is_part_of(_subject("trẻ em"), _subject("trẻ em"))
    assert not is_part_of(_subject("học sinh giỏi"), _subject("giáo viên"))


def test_different_explicit_places_or_periods_are_not_compared() -> None:
    assert not scope_compatible(_subject("hộ", place="Lạng Sơn"), _subject("hộ", place="Cao Bằng"))
    assert not scope_compatible(_subject("hộ", period="2022"), _subject("hộ", period="2023"))
    assert scope_compatible(_subject("hộ", period="2023"), _subject("hộ"))
