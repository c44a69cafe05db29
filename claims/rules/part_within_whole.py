"""No part exceeds its whole.

A part is

- a figure after "trong đó", "gồm", "bao gồm" that follows its whole in the
  same sentence and counts the same kind of thing (same head noun: "850 hộ dân,
  trong đó có 120 hộ nghèo"), unless it is a sibling category listed beside
  the whole ("12 trường hợp mắc viêm phổi ..., 77 trường hợp mắc ho gà"); or
- a later count whose subject extends the subject of a count stated as
  everything ("toàn tỉnh hiện có trên 200 nghìn trẻ em", "cả nước có", "tổng
  số") ... "74.739 trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế"), within
  three paragraphs.

The part may not be larger than the whole can be: its interval must meet
(−∞; upper bound of the whole].

Passing example::

    Toàn tỉnh có trên 200 nghìn trẻ em, trong đó trẻ em dưới 6 tuổi là hơn 74.000 trẻ.

Failing example::

    Toàn tỉnh có 20 nghìn trẻ em, trong đó trẻ em dưới 6 tuổi là hơn 74.000 trẻ.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from claims.intervals import Iv
from claims.model import Claim
from claims.rules.base import Outcome, RuleContext
from claims.rules.figures import label, numeric
from claims.rules.relations import ADDITIVE_KINDS, comparable, kinds, near
from claims.rules.subjects import head, is_part_of, noun_phrase_complete, siblings, subject_words
from claims.rules.surroundings import between, per_unit, stated_as_grand_total

ID = "part-within-whole"

_COUNTS = kinds("count")  # built once: a frozenset per call showed in profiles

PART_CUE = re.compile(r"\b(?:trong đó|trong số đó|bao gồm|gồm có|gồm)\b")
_CLAUSE_BREAK = re.compile(r";|\b(?:trong khi|còn|nhưng|song|cùng với|ngoài ra)\b")
_OTHERS = re.compile(r"\bkhác\b")
_NOUN_AFTER = re.compile(r"\s*[a-zđà-ỹ]")  # "120 hộ nghèo", not "Panda, 500, 500L"
_CHANGE = re.compile(r"\b(?:tăng|giảm|so với|lên|xuống|gấp|bình quân|trung bình|mỗi)\b")


def check(claims: Sequence[Claim], context: RuleContext) -> Iterator[Outcome]:
    seen: set[tuple[str, str]] = set()
    for part, whole in _pairs(claims, context):
        if (part.id, whole.id) in seen:
            continue
        seen.add((part.id, whole.id))
        yield _outcome(part, whole)


def _pairs(claims: Sequence[Claim], context: RuleContext) -> Iterator[tuple[Claim, Claim]]:
    """(part, whole) pairs: by a cue word in one sentence, then by subject."""
    yield from pairs_by_cue(claims, context)
    if context.shared.mentions(context.text, "toàn", "cả nước", "tổng số", "tổng cộng"):
        yield from _pairs_by_subject(claims, context)  # the words _GRAND_TOTAL needs


def pairs_by_cue(claims: Sequence[Claim], context: RuleContext) -> list[tuple[Claim, Claim]]:
    """(part, whole) pairs a cue word states: "20 xã, trong đó 12 xã đạt chuẩn"; the
    percent-of-whole rule reads its wholes from them too, so they are found once
    for both (``Shared.derived``)."""
    return context.shared.derived(
        claims, "pairs_by_cue", lambda: list(_pairs_by_cue(claims, context))
    )


def _pairs_by_cue(claims: Sequence[Claim], context: RuleContext) -> Iterator[tuple[Claim, Claim]]:
    if not context.shared.mentions(context.text, "trong đó", "trong số đó", "gồm"):
        return  # the words PART_CUE needs
    for sentence in context.shared.sentences(claims):
        candidates = [c for c in sentence if c.kind in ADDITIVE_KINDS and numeric(c)]
        if len(candidates) < 2 or not _cued(candidates, context):
            continue  # a whole and a part, before reading the words around each
        additive = [c for c in candidates if not per_unit(c, context.text)]
        for i, whole in enumerate(additive[:-1]):
            # the whole is the quantity right before the cue: "X, trong đó A, B"
            gap = between(context.text, whole, additive[i + 1])
            if not PART_CUE.search(gap) or _CHANGE.search(gap):
                continue
            closes = context.text.find(")", whole.end) if "(" in gap else -1
            for part in additive[i + 1 :]:
                if 0 <= closes < part.start:
                    break  # "(bao gồm ... 400,7 tỷ đồng) và ...": the list ended with the bracket
                if _CLAUSE_BREAK.search(between(context.text, whole, part)):
                    break  # "..., trong khi hơn 309.000 người ...": another statement
                if (
                    comparable(part, whole)
                    and _same_head(part, whole)
                    and not _OTHERS.search(part.subject or "")  # "59 người khác": others
                    and not siblings(part, whole)
                    and _has_own_noun(part, context.text)
                ):
                    yield part, whole


def _cued(candidates: list[Claim], context: RuleContext) -> bool:
    """The words PART_CUE needs occur between the first claim and the end of the
    last: every gap the loop below searches lies there."""
    end = max(c.end for c in candidates)
    return context.shared.mentions_within(
        context.text, candidates[0].start, end, "trong đó", "trong số đó", "gồm"
    )


def _pairs_by_subject(
    claims: Sequence[Claim], context: RuleContext
) -> Iterator[tuple[Claim, Claim]]:
    for group in context.shared.groups(claims, _COUNTS).values():
        if len(group) < 2 or not _may_nest(group):
            continue  # no part and whole: decided before reading the words around each
        amounts = [
            c
            for c in group
            if not per_unit(c, context.text) and not _CHANGE.search(c.sentence.lower())
        ]
        wholes = [
            w
            for w in amounts
            if stated_as_grand_total(w, context.text) and noun_phrase_complete(w, context.text)
        ]
        for whole in wholes:
            for part in amounts:
                # a total comes first, then its parts, named by the subject the builder gave
                if (
                    part.start > whole.start
                    and is_part_of(part, whole)
                    and comparable(part, whole)
                    and near(part, whole)
                ):
                    yield part, whole


def _may_nest(group: list[Claim]) -> bool:
    """A later claim's subject extends the subject, of two words or more, of an
    earlier one: the least ``is_part_of`` asks, on subject words alone."""
    named = [(c.start, subject_words(c)) for c in group]
    return any(
        len(whole) >= 2 and len(part) > len(whole) and part[: len(whole)] == whole
        for whole_start, whole in named
        for part_start, part in named
        if part_start > whole_start
    )


def _has_own_noun(part: Claim, text: str) -> bool:
    """ "120 hộ nghèo" names what it counts; "Panda, 500, 500L" does not."""
    return part.text[-1:].isalpha() or bool(_NOUN_AFTER.match(text, part.end))


def _same_head(part: Claim, whole: Claim) -> bool:
    """Counts of different subjects are never compared, nor a figure whose subject
    is unknown ("407m 2 bao gồm 4 phòng học")."""
    a, b = head(part), head(whole)
    return a is not None and a == b


def _outcome(part: Claim, whole: Claim) -> Outcome:
    p, w = Iv.of(part), Iv.of(whole)
    room = Iv.at_most(w.upper, w.upper_open)
    ok = p.meets(room)
    verdict = "không vượt" if ok else "vượt quá"
    return Outcome(
        status="pass" if ok else "fail",
        claims=(part.id, whole.id),
        message=f"Phần {label(part)} {verdict} tổng {label(whole)}.",
        detail=(
            f"phần {p} ∩ {room} (tối đa bằng tổng {w}) = {p.intersect(room)}"
            + (" → hợp lệ" if ok else " → rỗng: phần lớn hơn mọi giá trị tổng có thể có")
        ),
    )
