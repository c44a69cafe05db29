"""Which claims speak of the same thing: the guard every rule shares.

Two claims are compared only when

- their subjects are the same or one is part of the other (subjects.py says
  how subjects are normalised and compared);
- their scopes are compatible: two different explicit places, or two
  different explicit periods, are two different things;
- they measure in the same unit: money only with money of one currency,
  measures only in one unit, percents with percents, counts with counts.

Rules never compare all pairs of a long document: claims are grouped by the
head word of their subject and groups are capped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from operator import attrgetter

from claims.model import Claim
from claims.rules.figures import numeric
from claims.rules.subjects import head

MAX_GROUP = 40
"""Claims per subject head a rule looks at; a longer run is a table, not prose."""

MAX_PARAGRAPH_GAP = 3
"""Subject-only relations (no cue word) hold across at most this many paragraphs."""

ADDITIVE_KINDS = frozenset({"count", "money", "measure"})
"""Kinds whose parts add up to a whole."""


def scope_compatible(a: Claim, b: Claim) -> bool:
    """Different explicit places or different explicit periods are different things.

    Places are compared without their administrative words ("toàn tỉnh Lạng
    Sơn" is "Lạng Sơn"), and one place naming the other ("huyện Đồng Văn",
    "Đồng Văn") is the same place; periods are compared as written, case aside.
    """
    here, there = _place(a.scope.place), _place(b.scope.place)
    if here and there and here not in there and there not in here:
        return False
    now, then = _period(a.scope.period), _period(b.scope.period)
    return not (now and then and now != then)


_ADMINISTRATIVE = re.compile(
    r"\b(?:toàn|cả|trên địa bàn|địa bàn|tỉnh|thành phố|tp|huyện|quận|thị xã|thị trấn|xã"
    r"|phường|thôn|bản|làng|khu vực|nước|vùng|miền)\b"
)
_PERIOD_LEAD = re.compile(r"^(?:trong|vào|tại)\s+")


def _place(place: str | None) -> str:
    return _norm(_ADMINISTRATIVE.sub(" ", place.lower())) if place else ""


def _period(period: str | None) -> str:
    return _PERIOD_LEAD.sub("", _norm(period)) if period else ""


def same_measure(a: Claim, b: Claim) -> bool:
    """Same kind and unit: money of one currency, measures of one unit."""
    if a.kind != b.kind:
        return False
    if a.kind in ("money", "measure"):
        return bool(a.unit) and _norm(a.unit or "") == _norm(b.unit or "")
    if a.kind == "count":
        return _norm(a.unit or "") == _norm(b.unit or "")
    return True


def comparable(a: Claim, b: Claim) -> bool:
    return a.id != b.id and same_measure(a, b) and scope_compatible(a, b)


def groups_by_head(claims: Iterable[Claim], kinds: frozenset[str]) -> dict[str, list[Claim]]:
    """Numeric claims of ``kinds`` with a subject, by the subject's head word (capped)."""
    groups: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        key = head(claim)
        if key and claim.kind in kinds and numeric(claim) and len(groups[key]) < MAX_GROUP:
            groups[key].append(claim)
    return groups


def near(a: Claim, b: Claim) -> bool:
    return abs(a.paragraph - b.paragraph) <= MAX_PARAGRAPH_GAP


def same_sentence(a: Claim, b: Claim) -> bool:
    return a.paragraph == b.paragraph and a.sentence == b.sentence


_START = attrgetter("start")  # a C-level key: every rule's first step sorts the claims


def by_sentence(claims: Iterable[Claim]) -> list[list[Claim]]:
    """Claims grouped by the sentence they sit in, in text order."""
    groups: dict[tuple[int, str], list[Claim]] = {}
    for claim in sorted(claims, key=_START):
        groups.setdefault((claim.paragraph, claim.sentence), []).append(claim)
    return list(groups.values())


_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def _norm(value: str) -> str:
    return " ".join(_WORD.findall(value.lower()))


def kinds(*names: str) -> frozenset[str]:
    return frozenset(names)
