"""A share of a whole is at most 100%, and shares of one whole add to at most 100%.

A part cannot be "chiếm 120%" of its whole, and the shares listed side by
side in one clause ("nam chiếm 52%, nữ chiếm 48%") cannot add up to more than
the whole; shares that name different wholes ("chiếm 70% dư nợ của Agribank
và chiếm 51% dư nợ toàn ngành") are not added.  Percents carry their printed
rounding.  Growth ("tăng 120%") and plan fulfilment ("đạt 120% kế hoạch") are
not shares.  The comparison guard every rule uses -- money only with money of
one currency, measures in one unit, counts of different subjects never
compared -- lives in ``claims.rules.relations``.

Passing example::

    Lao động nữ chiếm 52%, lao động nam chiếm 48%.

Failing example::

    Lao động nữ chiếm 62%, lao động nam chiếm 48%.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from fractions import Fraction

from claims.intervals import Iv, total
from claims.model import Claim
from claims.rules.base import Outcome, RuleContext
from claims.rules.figures import label, numeric, printed
from claims.rules.surroundings import between, text_after, text_before

ID = "units"

_SHARE = re.compile(r"\b(?:chiếm|chiếm tỷ lệ|chiếm tỉ lệ|chiếm khoảng|chiếm gần|chiếm hơn)\s*$")
_WHOLE = Iv.closed(0, 100)


def check(claims: Sequence[Claim], context: RuleContext) -> Iterator[Outcome]:
    if not any(c.kind == "percent" for c in claims):
        return  # no share: decided before scanning the text for "chiếm"
    if not context.shared.mentions(context.text, "chiếm"):
        return  # no share is stated (the word _SHARE needs)
    for sentence in context.shared.sentences(claims):
        shares = [
            _as_printed(c)
            for c in sentence
            if c.kind == "percent"
            and isinstance(c.value, int | float)
            # the window text_before reads lies inside this one
            and context.shared.mentions_within(context.text, max(0, c.start - 25), c.start, "chiếm")
            and _SHARE.search(text_before(context.text, c, 25))
        ]
        for share in shares:
            yield _single(share)
        run: list[Claim] = []
        for share in shares:
            gap = between(context.text, run[-1], share) if run else ""
            if run and (
                ";" in gap
                or len(gap) > 80
                or _whole_named(run[-1], context.text) != _whole_named(share, context.text)
            ):
                yield from _sum(run)
                run = []
            run.append(share)
        yield from _sum(run)


def _as_printed(share: Claim) -> Claim:
    """The share as printed: a reading clipped at 100% ("120%" read as [119,5; 100],
    an empty range) is put back to the printed number, which is what is wrong."""
    if numeric(share) or not isinstance(share.value, int | float):
        return share
    return share.model_copy(update={"lower": share.value, "upper": share.value})


def _whole_named(share: Claim, text: str) -> str:
    """The whole a share names right after it ("chiếm 51% tổng dư nợ của toàn ngành")."""
    after = text_after(text, share, 60).lstrip("/ ")
    return re.split(r"[,;.()]|\bvà\b|\bcòn\b", after, maxsplit=1)[0].strip()


def _single(share: Claim) -> Outcome:
    stated = printed(share)
    if stated.meets(_WHOLE):
        return Outcome(
            status="pass",
            claims=(share.id,),
            message=f"Tỷ lệ {label(share)} nằm trong 0–100% của tổng.",
            detail=f"tỷ lệ {stated} ∩ [0; 100] = {stated.intersect(_WHOLE)}",
        )
    return Outcome(
        status="fail",
        claims=(share.id,),
        message=f"Một phần không thể chiếm {share.text} của tổng: {label(share)}.",
        detail=f"tỷ lệ {stated} ∩ [0; 100] = rỗng: một phần không thể lớn hơn toàn bộ",
    )


def _sum(run: list[Claim]) -> Iterator[Outcome]:
    if len(run) < 2 or any(not printed(c).meets(_WHOLE) for c in run):
        return
    summed = total(printed(c) for c in run)
    ok = summed.meets(Iv(None, Fraction(100)))
    addition = " + ".join(c.text for c in run)
    yield Outcome(
        status="pass" if ok else "fail",
        claims=tuple(c.id for c in run),
        message=f"Các tỷ lệ {addition} cộng lại {summed}%: "
        + ("không vượt 100%." if ok else "vượt 100% của cùng một tổng."),
        detail=f"{' + '.join(str(printed(c)) for c in run)} = {summed}; tối đa 100",
    )
