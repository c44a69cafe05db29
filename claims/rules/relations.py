"""Which claims speak of the same thing: the guard every rule shares.

Two claims are compared only when

- their subjects are the same or one is part of the other, after
  normalisation (lowercase, punctuation, leading determiners and classifiers
  dropped): "trẻ em dưới 6 tuổi" is a part of "trẻ em" because its words
  extend the head and modifiers of "trẻ em";
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
from collections.abc import Iterable, Sequence
from fractions import Fraction

from claims.intervals import Iv, exact
from claims.model import Claim

MAX_GROUP = 40
"""Claims per subject head a rule looks at; a longer run is a table, not prose."""

MAX_PARAGRAPH_GAP = 3
"""Subject-only relations (no cue word) hold across at most this many paragraphs."""

ADDITIVE_KINDS = frozenset({"count", "money", "measure"})
"""Kinds whose parts add up to a whole."""

_DETERMINERS = (
    "tổng số",
    "số lượng",
    "toàn bộ",
    "tất cả",
    "các",
    "những",
    "mọi",
    "số",
    "tổng",
    "có",
    "là",
)
_CLASSIFIERS = frozenset(["con", "cái", "chiếc", "ngôi", "tấm", "bức", "quyển", "cuốn", "căn"])
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def subject_words(claim: Claim) -> tuple[str, ...]:
    """The normalised words of a claim's subject; empty when it has none."""
    if not claim.subject:
        return ()
    words = _WORD.findall(claim.subject.lower())
    changed = True
    while changed and words:
        changed = False
        for determiner in _DETERMINERS:
            parts = determiner.split()
            if words[: len(parts)] == parts and len(words) > len(parts):
                words = words[len(parts) :]
                changed = True
        if words and words[0] in _CLASSIFIERS and len(words) > 1:
            words = words[1:]
            changed = True
    # "trẻ" alone is the newsroom's short form of "trẻ em"
    if words and words[0] == "trẻ" and words[1:2] != ["em"]:
        words = ["trẻ", "em", *words[1:]]
    return tuple(words)


def head(claim: Claim) -> str | None:
    words = subject_words(claim)
    return words[0] if words else None


def is_part_of(part: Claim, whole: Claim) -> bool:
    """The part's subject extends the whole's head and modifiers."""
    p, w = subject_words(part), subject_words(whole)
    return bool(w) and len(p) > len(w) and p[: len(w)] == w


def same_subject(a: Claim, b: Claim) -> bool:
    words = subject_words(a)
    return bool(words) and words == subject_words(b)


def scope_compatible(a: Claim, b: Claim) -> bool:
    """Different explicit places or different explicit periods are different things."""
    for x, y in ((a.scope.place, b.scope.place), (a.scope.period, b.scope.period)):
        if x and y and _norm(x) != _norm(y):
            return False
    return True


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


def numeric(claim: Claim) -> bool:
    """The claim carries a number interval (not a date string, not a range of nothing)."""
    return not isinstance(claim.value, str) and (claim.lower is not None or claim.upper is not None)


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


def by_sentence(claims: Iterable[Claim]) -> list[list[Claim]]:
    """Claims grouped by the sentence they sit in, in text order."""
    groups: dict[tuple[int, str], list[Claim]] = {}
    for claim in sorted(claims, key=lambda c: c.start):
        groups.setdefault((claim.paragraph, claim.sentence), []).append(claim)
    return list(groups.values())


def sentence_start(text: str, claim: Claim) -> int:
    """Offset of the claim's sentence in ``text`` (the claim's own start if not found)."""
    found = text.rfind(claim.sentence, 0, claim.start + len(claim.sentence))
    return found if found >= 0 and found <= claim.start else claim.start


def text_before(text: str, claim: Claim, width: int = 60) -> str:
    """Lowercased text before the claim inside its sentence, at most ``width`` characters."""
    start = max(sentence_start(text, claim), claim.start - width)
    return text[start : claim.start].lower()


def text_after(text: str, claim: Claim, width: int = 60) -> str:
    """Lowercased text after the claim inside its sentence, at most ``width`` characters."""
    end = sentence_start(text, claim) + len(claim.sentence)
    if end < claim.end:
        end = claim.end + width
    return text[claim.end : min(end, claim.end + width)].lower()


def between(text: str, first: Claim, second: Claim) -> str:
    """Lowercased text between two claims (first before second)."""
    return text[first.end : second.start].lower()


def printed(claim: Claim) -> Iv:
    """The claim's interval, with the rounding its printed digits imply.

    A point percent other than exactly 0 % or 100 % is read as rounded to its
    last printed digit ("24%" is [23,5; 24,5]); a scaled decimal such as
    "1,2 tỷ" likewise ([1,15; 1,25] tỷ).  Exact counts stay exact, and
    "100%" means all.
    """
    interval = Iv.of(claim)
    if (
        claim.kind == "percent"
        and claim.qualifier == "exact"
        and isinstance(claim.value, int | float)
        and claim.value in (0, 100)
    ):
        return Iv.point(claim.value)  # "đạt 100%" is all of them, not 99,5 % or more
    if not interval.is_point or interval.lower is None:
        return interval
    value = interval.lower
    match = _NUMBER.search(claim.text)
    if not match:
        return interval
    literal = match.group()
    decimals = len(literal.rsplit(",", 1)[1]) if "," in literal else 0
    if claim.kind != "percent" and decimals == 0:
        return interval
    printed_number = exact(float(literal.replace(".", "").replace(",", ".")))
    if printed_number == 0:
        return interval
    scale = value / printed_number
    return interval.widen(Fraction(1, 2) * Fraction(1, 10**decimals) * abs(scale))


def label(claim: Claim, width: int = 48) -> str:
    """How a fact-checker recognises a claim: its number and its subject."""
    text = claim.text
    if claim.subject and claim.subject.lower() not in text.lower():
        subject = claim.subject if len(claim.subject) <= width else claim.subject[:width] + "…"
        text = f"{text} {subject}"
    return f"«{text}»"


def _norm(value: str) -> str:
    return " ".join(_WORD.findall(value.lower()))


def kinds(*names: str) -> frozenset[str]:
    return frozenset(names)


def ids(claims: Sequence[Claim]) -> tuple[str, ...]:
    return tuple(c.id for c in claims)
