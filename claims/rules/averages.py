"""A stated average agrees with its total divided by its count.

An average is a figure after "bình quân" or "trung bình" with its unit of
division ("50 triệu đồng/hộ", "mỗi hộ", "35 học sinh/lớp").  When the same
paragraph states exactly one total in the average's unit and exactly one count
of that unit of division, total ÷ count must meet the average within its
printed rounding ("4,5 triệu" is [4,45; 4,55] triệu).  The total must be
stated in the sentence of the average or of the count: a sum of money three
sentences away ("gây thiệt hại khoảng 15.000 tỷ đồng") is another quantity
than the one averaged ("giá trị sản xuất bình quân 2 tỷ đồng/trang trại").

Passing example::

    Tổng thu nhập của 120 hộ là 6 tỷ đồng, bình quân 50 triệu đồng/hộ.

Failing example::

    Tổng thu nhập của 120 hộ là 6 tỷ đồng, bình quân 60 triệu đồng/hộ.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from claims.model import Claim
from claims.rules.base import Outcome, RuleContext, interval_agreement
from claims.rules.figures import label, numeric, printed
from claims.rules.relations import ADDITIVE_KINDS, same_measure, same_sentence, scope_compatible
from claims.rules.subjects import counts_people, head
from claims.rules.surroundings import per_unit, text_after, text_before

ID = "averages"

_AVERAGE_BEFORE = re.compile(r"\b(?:bình quân|trung bình)\b[^\d,;]{0,30}$")
_PER_AFTER = re.compile(r"^[^\d;,.]{0,25}?(?:/|\bmỗi\s+|\bmột\s+|\btrên\s+)\s*([^\W\d_]+)")
_PER_INSIDE = re.compile(r"/\s*([^\W\d_]+)")
_WORD = re.compile(r"[^\W\d_]+")
_PER_BEFORE = re.compile(r"\bmỗi\s+([^\W\d_]+)[^\d]{0,30}$")


def check(claims: Sequence[Claim], context: RuleContext) -> Iterator[Outcome]:
    if not context.shared.mentions(context.text, "bình quân", "trung bình"):
        return  # no average is stated (the words _AVERAGE_BEFORE needs)
    by_paragraph: dict[int, list[Claim]] = {}
    for claim in claims:
        if claim.kind in ADDITIVE_KINDS and numeric(claim):
            by_paragraph.setdefault(claim.paragraph, []).append(claim)
    for paragraph in by_paragraph.values():
        for average in paragraph:
            start = average.start
            if not context.shared.mentions_within(
                context.text, max(0, start - 50), start, "bình quân", "trung bình"
            ):
                continue  # the window text_before reads lies inside this one
            before = text_before(context.text, average, 50)
            if not _AVERAGE_BEFORE.search(before):
                continue
            per = _per(average, before, context.text)
            if per is None:
                continue
            found = _total_and_count(average, per, paragraph, context.text)
            if found is not None:
                yield _outcome(average, *found)


def _per(average: Claim, before: str, text: str) -> str | None:
    """The unit of division: "người" in "5 triệu đồng/người", "mỗi lớp"."""
    per_words: list[str] = re.findall(r"[^\W\d_]+", (average.per or "").lower())
    if per_words:
        return per_words[0]  # "người/năm": per person (per year)
    inside = _PER_INSIDE.search(average.text.lower())
    if inside:
        return inside.group(1)  # "300 triệu đồng/người/năm"
    after = _PER_AFTER.search(text_after(text, average, 40))
    if after:
        return after.group(1)
    ahead = _PER_BEFORE.search(before)
    return ahead.group(1) if ahead else None


def _total_and_count(
    average: Claim, per: str, paragraph: list[Claim], text: str
) -> tuple[Claim, Claim] | None:
    counts = [
        c
        for c in paragraph
        if c.kind == "count"
        and c is not average
        and scope_compatible(c, average)
        and (
            head(c) == per
            or text_after(text, c, 12).strip().startswith(per)
            or (per == "người" and counts_people(c))  # "1.500 lao động" ... "/người"
        )
        and (printed(c).lower or 0) > 0
    ]
    totals = [
        c
        for c in paragraph
        if c is not average
        and c not in counts
        and same_measure(c, average)
        and scope_compatible(c, average)
        and not _AVERAGE_BEFORE.search(text_before(text, c, 50))
        and (same_sentence(c, average) or any(same_sentence(c, n) for n in counts))
        and not per_unit(c, text)
        and "/" not in c.text  # "tiền công mỗi người là 200.000 đồng/ngày" is a rate
    ]
    if len(totals) != 1 or len(counts) != 1:
        return None  # several candidates: which total goes with which count is a guess
    if not _measures_the_same(average, totals[0], text):
        return None  # "19,68 CV/tàu" averages horsepower, not "48 thuyền"
    if not any(same_sentence(counts[0], o) for o in (average, totals[0])):
        return None  # "5 trận gần nhất" in a later sentence counts other matches
    return totals[0], counts[0]


def _outcome(average: Claim, total: Claim, count: Claim) -> Outcome:
    number = printed(count)
    implied = printed(total) / number
    return interval_agreement(
        implied,
        printed(average),
        (average.id, total.id, count.id),
        f"{label(total)} ÷ {label(count)} = {implied},",
        f"mức bình quân {average.text}.",
        f"tổng ÷ số lượng = {printed(total)} ÷ {number} = {implied}",
        stated_as="bình quân nêu",
    )


def _measures_the_same(average: Claim, total: Claim, text: str) -> bool:
    """A count average ("40 học sinh/lớp", "0,96 lần/trận") names what it counts
    right after its number; the total must count that ("1.050 học sinh")."""
    if average.kind != "count":
        return True  # money and measures carry their unit
    noun = _noun_after(average, text)
    return noun is None or head(total) == noun or _noun_after(total, text) == noun


def _noun_after(claim: Claim, text: str) -> str | None:
    printed_words = _WORD.findall(re.sub(r"^[^\d]*[\d.,]+", "", claim.text).lower())
    words = printed_words or _WORD.findall(text_after(text, claim, 20))
    return words[0] if words else None
