"""Parts that enumerate a whole add up to it.

A whole followed by "gồm", "bao gồm", "chia thành" and a list in which every
item carries one figure of the same kind of thing is a breakdown; so is a list
after "trong đó" of two complementary categories (nam/nữ, thành thị/nông
thôn, trong nước/nước ngoài, công lập/ngoài công lập), named after the figure
("600 nam và 400 nữ") or as a bare label before it ("nam 600 người, nữ 400
người"; not "nữ đảng viên 150 người", another group).  Complementary parts
must add up to the whole (their interval sum meets it); a "gồm" list, which
news also uses for the main items only, must not add up to more than it.
"Trong đó" followed by some notable groups is no breakdown (part-within-whole
checks each of them).

Passing example::

    Trường có 1.200 học sinh, gồm 630 học sinh nam và 570 học sinh nữ.

Failing example::

    Trường có 1.200 học sinh, gồm 730 học sinh nam và 570 học sinh nữ.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence

from claims.intervals import Iv, total
from claims.model import Claim
from claims.rules.base import Outcome, RuleContext, agreement
from claims.rules.figures import label, numeric
from claims.rules.relations import ADDITIVE_KINDS, comparable
from claims.rules.subjects import counts_people, head, subject_words
from claims.rules.surroundings import between, per_unit, text_after, text_before

ID = "sum-of-parts"

_ENUMERATES = re.compile(r"\b(?:bao gồm|gồm có|gồm|chia thành|chia làm)\b")
_LISTS = re.compile(r"\b(?:trong đó|trong số đó)\b")
_CLAUSE_END = re.compile(r"[,;:()\d]|\bvà\b")
_ITEM_BREAK = re.compile(r",\s|\s(?:và|cùng)\s")  # "1,5 tỷ" has no space after its comma
_LIST_END = re.compile(r",\s|[;.!?\n]")
# a whole joined to another noun before the list: the list may belong to that noun
_ANOTHER_CONJUNCT = re.compile(r"\b(?:và|cùng|cùng với)\s+\w")
_CUE_WORDS = ("gồm", "chia thành", "chia làm", "trong đó", "trong số đó")
"""One of these is in every match of _ENUMERATES or _LISTS."""
_COMPLEMENTS: tuple[tuple[str, ...], ...] = (
    ("nữ", "nam"),
    ("thành thị", "nông thôn"),
    ("nước ngoài", "trong nước"),
    ("ngoài công lập", "công lập"),
    ("ngoài tỉnh", "trong tỉnh"),
)


def check(claims: Sequence[Claim], context: RuleContext) -> Iterator[Outcome]:
    if not context.shared.mentions(context.text, *_CUE_WORDS):
        return  # no list is announced (the words _ENUMERATES and _LISTS need)
    for sentence in context.shared.sentences(claims):
        additive = [c for c in sentence if c.kind in ADDITIVE_KINDS and numeric(c)]
        if len(additive) < 2 or not context.shared.mentions_within(
            context.text, additive[0].start, max(c.end for c in additive), *_CUE_WORDS
        ):
            continue  # every gap searched below lies in that span
        for i, whole in enumerate(additive[:-1]):
            gap = between(context.text, whole, additive[i + 1])
            cue = _ENUMERATES.search(gap) or _LISTS.search(gap)
            if cue is None or per_unit(whole, context.text) or head(whole) is None:
                continue  # a whole must say what it counts
            if _ANOTHER_CONJUNCT.search(gap[: cue.start()]):
                continue  # "6 người và hàng hóa, bao gồm 100 thùng …" lists the goods
            enumerated = bool(_ENUMERATES.search(gap))
            parts = [
                p
                for p in additive[i + 1 :]
                if comparable(p, whole)
                and ";" not in between(context.text, whole, p)
                and not (enumerated and _LISTS.search(_after_cue(context.text, whole, cue, p)))
                and _same_head_or_unknown(p, whole)
            ]
            if len(parts) < 2 or not _every_item_counted(whole.end + cue.end(), parts, context):
                continue
            exhaustive = _complementary(parts, context.text)
            if enumerated or exhaustive:
                yield _outcome(whole, parts, exhaustive)


def _after_cue(text: str, whole: Claim, cue: re.Match[str], part: Claim) -> str:
    """ "116 người, gồm 105 hành khách và 11 thành viên, trong đó có 15 trẻ em": a
    "trong đó" after the list opens a subset of it, not a further item."""
    return text[whole.end + cue.end() : part.start].lower()


def _every_item_counted(start: int, parts: list[Claim], context: RuleContext) -> bool:
    """Each item of the list after the cue carries exactly one of the parts: a list
    with an uncounted item ("gồm 4 xe tăng, pháo và 15 xe bọc thép") is no breakdown."""
    text = context.text
    if "(" in text[start : parts[-1].start] or ")" in text[start : parts[-1].start]:
        return False  # the list leaves or enters a parenthesis: not one list
    stop = _LIST_END.search(text, parts[-1].end)
    end = stop.start() if stop else len(text)
    bounds = [start, *(m.end() for m in _ITEM_BREAK.finditer(text, start, end)), end]
    spans = [(a, b) for a, b in itertools.pairwise(bounds) if text[a:b].strip()]
    return len(spans) == len(parts) and all(
        sum(a <= p.start < b for p in parts) == 1 for a, b in spans
    )


def _same_head_or_unknown(part: Claim, whole: Claim) -> bool:
    """Counts of different things are not added up, except people of different
    roles in a group of people ("45 người, gồm 20 bác sĩ và 25 điều dưỡng")."""
    a, b = head(part), head(whole)
    return a is None or b is None or a == b or counts_people(whole)


def _category(part: Claim, text: str) -> tuple[int, int] | None:
    """Which complementary pair, and which side of it, the part names."""
    own_words = _CLAUSE_END.split(text_after(text, part, 40), maxsplit=1)[0]
    words = " " + " ".join(subject_words(part)) + " " + own_words + " "
    label_first = _label_before(text, part)
    for pair_index, pair in enumerate(_COMPLEMENTS):
        for side, term in enumerate(pair):
            if label_first == term or re.search(rf"\b{term}\b", words):
                return pair_index, side
    return None


def _label_before(text: str, part: Claim) -> str:
    """The item's label when it comes before the figure: "nam" in "trong đó nam 300
    người, nữ 250 người".  Only a bare label ("nam", "nữ giới là") counts: in "nữ
    đảng viên 150 người" the words name another group than the complement of "nam"."""
    before = text_before(text, part, 30)
    chunk = _ITEM_START.split(before)[-1]
    return _LABEL_FILLER.sub("", chunk).strip()


_ITEM_START = re.compile(r",|;|:|\bvà\b|\btrong (?:số )?đó\b|\d")
_LABEL_FILLER = re.compile(r"\s(?:giới|là|có|chiếm|đạt)\b")


def _complementary(parts: list[Claim], text: str) -> bool:
    categories = [_category(p, text) for p in parts]
    if any(c is None for c in categories):
        return False
    pairs = {c[0] for c in categories if c}
    sides = {c[1] for c in categories if c}
    return len(pairs) == 1 and len(sides) == 2 and len(parts) == 2


def _outcome(whole: Claim, parts: list[Claim], exhaustive: bool) -> Outcome:
    """Complementary parts must meet the whole; a "gồm" list, which news also uses
    for the main items only, must not exceed it."""
    intervals = [Iv.of(p) for p in parts]
    summed = total(intervals)
    stated = Iv.of(whole)
    if not exhaustive:
        stated = Iv.at_most(stated.upper, stated.upper_open)
    common = summed.intersect(stated)
    ok = not common.is_empty
    addition = " + ".join(str(i) for i in intervals)
    names = " + ".join(label(p) for p in parts)
    return agreement(
        ok,
        (whole.id, *(p.id for p in parts)),
        f"{names} = {summed},",
        f"tổng {label(whole)}"
        + ("." if exhaustive else " (các phần liệt kê không được vượt tổng)."),
        (
            f"{addition} = {summed}; tổng nêu {stated}; giao = {common}"
            + ("" if ok else " (rỗng: tổng các phần không thể bằng tổng đã nêu)")
        ),
    )
