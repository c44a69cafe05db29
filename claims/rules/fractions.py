"""A fraction a/b has a ≤ b and agrees with its percent and its total.

"144/200 xã" counts 144 of 200 communes: the numerator cannot exceed the
denominator; a percent given right after it ("144/200 xã đạt chuẩn, đạt 72%";
not after a rough "2/3", a fraction of ten or fewer)
must equal a/b × 100 within its printed rounding; and a total stated for the
same things ("Huyện có 16 xã, thị trấn") must equal b.  Only fractions that
count things are checked: not addresses ("số 40/37 Chợ Con"), products
("Mega 6/45"), sizes ("165/65R15"), seasons ("2016/17") or dates.

Passing example::

    Huyện có 20 trường tiểu học. Hiện có 18/20 trường tiểu học đạt chuẩn, đạt 90%.

Failing examples::

    Huyện có 20 trường tiểu học. Hiện có 18/20 trường tiểu học đạt chuẩn, đạt 80%.

and "Tỉnh có 244/200 xã, phường, thị trấn đạt chuẩn" (244 > 200).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from fractions import Fraction

from claims.intervals import Iv, exact, fmt
from claims.model import Claim
from claims.rules.base import Outcome, RuleContext, agreement
from claims.rules.figures import label, numeric, printed
from claims.rules.relations import kinds, near, scope_compatible
from claims.rules.subjects import head, same_subject, subject_words
from claims.rules.surroundings import between, stated_as_total, text_after, text_before

ID = "fractions"

_COUNTS = kinds("count")  # built once: a frozenset per call showed in profiles

_FRACTION = re.compile(r"(\d+(?:\.\d{3})*)\s*/\s*(\d+(?:\.\d{3})*)")
_PERCENT_CUE = re.compile(
    r"^[^\w(]*(?:\(|đạt|chiếm|bằng|tương đương|tương ứng|tức|tỷ lệ|tỉ lệ)?\s*(?:là|đạt)?\s*$"
)
_PART_OF_ANOTHER = re.compile(r"^\s*(?:trong tổng số|trong số|trên tổng số|trên|/)")
_NAME_BEFORE = re.compile(
    r"(?:\b(?:số|đường|hẻm|ngõ|ngách|kiệt|phòng|nhà|tỷ số|tỉ số|huyết áp|mã|kết quả|ngày"
    r"|kích thước|kích cỡ|cỡ)\s*$"
    r"|(?<=\w )[A-ZĐ][\w-]*\s*$)"
)
_NOT_A_COUNT = re.compile(r"(?:inch|mm|cm|kg|km|mmhg|r\d|vòng|lít)\b")
_SHARE_OF = re.compile(r"^\s*(?:số|tổng)\b")
_REVISED_TO = re.compile(r"\b(?:tăng|giảm)\b[^.;]*\b(?:lên|xuống|còn)\s*(?:mức\s*)?$")


def check(claims: Sequence[Claim], context: RuleContext) -> Iterator[Outcome]:
    if not any(c.kind == "fraction" for c in claims):
        return  # most articles state no fraction: no need to group the counts
    totals = context.shared.groups(claims, _COUNTS)
    for sentence in context.shared.sentences(claims):
        for i, claim in enumerate(sentence):
            terms = _terms(claim)
            if claim.kind != "fraction" or terms is None:
                continue
            a, b = terms
            if _season(a, b) or not _counts_things(claim, context.text):
                continue  # "2016/17" is a season; "40/37 Chợ Con", "165/65 R15" are names
            yield _order(claim, a, b)
            if a > b:
                continue
            share = _percent_after(sentence[i + 1 :], claim, context.text)
            if share is not None and b > 10 and any(ch.isdigit() for ch in claim.text):
                yield _percent(claim, a, b, share)
            total = _total(claim, b, totals.get(head(claim) or "", []), context.text)
            if total is not None:
                yield _denominator(claim, b, total)


def _terms(claim: Claim) -> tuple[Fraction, Fraction] | None:
    if claim.numerator is not None and claim.denominator is not None:
        a, b = exact(claim.numerator), exact(claim.denominator)
    else:
        match = _FRACTION.search(claim.text)
        if not match:
            return None
        a, b = (Fraction(int(g.replace(".", ""))) for g in match.groups())
    return (a, b) if b > 0 else None


def _percent_after(rest: list[Claim], claim: Claim, text: str) -> Claim | None:
    quantities = [c for c in rest if c.kind not in ("age", "year", "date", "time", "duration")]
    for other in quantities[:1]:
        gap = between(text, claim, other)
        cued = _PERCENT_CUE.match(gap.split(",")[-1])
        if other.kind == "percent" and numeric(other) and len(gap) < 120 and cued:
            return other  # "144/200 xã đạt chuẩn, đạt 72%": only a cue after the last comma
    return None


def _total(claim: Claim, b: Fraction, group: list[Claim], text: str) -> Claim | None:
    """A count stated for the fraction's subject (not for a part of it): the one with
    the most specific subject, then the closest.  Chosen by what it counts, never by
    its value: a total that disagrees with the denominator is the finding."""
    if b <= 10 or _SHARE_OF.search(text_after(text, claim, 10)):
        return None  # "2/3 số hộ" is a share, its denominator no count
    words = subject_words(claim)
    candidates = []
    for other in group:
        other_words = subject_words(other)
        if len(other_words) < 2:
            continue  # "1.514 đường" is too bare to be the total of "đường ngang có gác"
        whole_of_it = same_subject(claim, other) or (
            bool(other_words) and words[: len(other_words)] == other_words
        )
        if _PART_OF_ANOTHER.search(text_after(text, other, 20)):
            continue  # "45 lóng gỗ trong tổng số 73 lóng": a part, not the total
        if not (stated_as_total(other, text) or _REVISED_TO.search(text_before(text, other, 80))):
            continue  # "lắp rào chắn ở 300 đường ngang" is some of them, not all
        if whole_of_it and scope_compatible(claim, other) and near(claim, other):
            candidates.append(other)
    if not candidates:
        return None
    # "tổng số 120 dịch vụ ... đã giảm xuống từ 120 dịch vụ còn 96 dịch vụ" then "81/96":
    # the total as last revised, the closer one, is the denominator's
    return min(candidates, key=lambda o: (-len(subject_words(o)), abs(o.start - claim.start)))


def _counts_things(claim: Claim, text: str) -> bool:
    """ "144/200 xã" counts communes; an address ("số 40/37 Chợ Con"), a product
    ("Mega 6/45"), a tyre ("165/65 R15") or a score ("tỷ số 2/1") does not."""
    subject = (claim.subject or "").strip()
    after = text[claim.end : claim.end + 20].strip()  # as printed: capitals name things
    if not subject or not after or not after[0].isalpha() or not after[0].islower():
        return False
    if _NAME_BEFORE.search(text[max(0, claim.start - 30) : claim.start]):
        return False
    return not _NOT_A_COUNT.match(after.lower())


def _season(a: Fraction, b: Fraction) -> bool:
    return 1900 <= a <= 2100 and b < 100 and (a + 1) % 100 == b


def _order(claim: Claim, a: Fraction, b: Fraction) -> Outcome:
    ok = a <= b
    return Outcome(
        status="pass" if ok else "fail",
        claims=(claim.id,),
        message=(
            f"{label(claim)}: tử số {fmt(a)} "
            + ("không vượt" if ok else "lớn hơn")
            + f" mẫu số {fmt(b)}."
        ),
        detail=f"{fmt(a)} ≤ {fmt(b)}: " + ("đúng" if ok else "sai — phần không thể lớn hơn tổng"),
    )


def _percent(claim: Claim, a: Fraction, b: Fraction, share: Claim) -> Outcome:
    ratio = a / b * 100
    stated = printed(share)
    ok = stated.contains(ratio)
    return agreement(
        ok,
        (claim.id, share.id),
        f"{claim.text} = {fmt(ratio)}%,",
        f"tỷ lệ {share.text}.",
        f"{fmt(a)} ÷ {fmt(b)} × 100 = {fmt(ratio)}; tỷ lệ nêu {stated}; "
        + ("nằm trong" if ok else "nằm ngoài"),
    )


def _denominator(claim: Claim, b: Fraction, total: Claim) -> Outcome:
    stated = Iv.of(total)
    ok = stated.contains(b)
    return agreement(
        ok,
        (claim.id, total.id),
        f"Mẫu số {fmt(b)} của {claim.text}",
        f"tổng {label(total)}.",
        f"mẫu số {fmt(b)} ∈ {stated}? " + ("có" if ok else "không"),
    )
