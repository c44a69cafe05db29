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
from collections.abc import Iterable
from fractions import Fraction
from functools import lru_cache
from operator import attrgetter

from claims.intervals import Iv, exact, nonempty_bounds
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
_DETERMINER_PARTS = tuple(determiner.split() for determiner in _DETERMINERS)
_DETERMINER_STARTS = frozenset(parts[0] for parts in _DETERMINER_PARTS)
_TIME_WORDS = frozenset(["năm", "tháng", "quý", "ngày", "tuần", "kỳ"])
_CLASSIFIERS = frozenset(["con", "cái", "chiếc", "ngôi", "tấm", "bức", "quyển", "cuốn", "căn"])
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def subject_words(claim: Claim) -> tuple[str, ...]:
    """The normalised words of a claim's subject; empty when it has none."""
    if not claim.subject:
        return ()
    return _normalised_words(claim.subject)


@lru_cache(maxsize=4096)
def _normalised_words(subject: str) -> tuple[str, ...]:
    # Rules ask for the same subjects tens of thousands of times per corpus
    # run; the words depend on the subject string alone.
    words = _WORD.findall(subject.lower())
    changed = True
    while changed and words:
        changed = False
        if words[0] not in _DETERMINER_STARTS and words[0] not in _CLASSIFIERS:
            break  # nothing to drop: the passes below would change nothing
        for parts in _DETERMINER_PARTS:
            if words[: len(parts)] == parts and len(words) > len(parts):
                words = words[len(parts) :]
                changed = True
        if words and words[0] in _CLASSIFIERS and len(words) > 1:
            words = words[1:]
            changed = True
    if len(words) > 1 and words[0] in _TIME_WORDS and words[1][:1].isdigit():
        return ()  # "năm 2023" is when, not what
    # "trẻ" alone is the newsroom's short form of "trẻ em"
    if words and words[0] == "trẻ" and words[1:2] != ["em"]:
        words = ["trẻ", "em", *words[1:]]
    return tuple(words)


def head(claim: Claim) -> str | None:
    words = subject_words(claim)
    return words[0] if words else None


_PEOPLE = frozenset(
    [
        "lao động",
        "công nhân",
        "học sinh",
        "sinh viên",
        "nhân viên",
        "cán bộ",
        "thành viên",
        "đại biểu",
        "thí sinh",
        "học viên",
        "bệnh nhân",
        "hành khách",
        "du khách",
        "giáo viên",
        "bác sĩ",
        "điều dưỡng",
        "công chức",
        "viên chức",
        "nông dân",
        "cư dân",
        "người dân",
        "",
    ]
)


def counts_people(claim: Claim) -> bool:
    """The subject is people: "người", "lao động", "học sinh"..."""
    words = subject_words(claim)
    return bool(words) and (words[0] == "người" or " ".join(words[:2]) in _PEOPLE)


def is_part_of(part: Claim, whole: Claim, text: str = "") -> bool:
    """The part's subject extends the whole's head and modifiers.

    With the article ``text``, the words that follow a subject in its clause
    count as modifiers too ("300 hộ dân thuộc diện hộ nghèo" is a part of
    "1.200 hộ dân" even when the subject was cut at "hộ dân").  A list is not a
    modifier: "xã, thị trấn" names more than "xã", not a part of it.
    """
    p, w = subject_words(part), subject_words(whole)
    if len(w) < 2 or "/" in (whole.subject or ""):
        return False  # "hộ", "xe", "vòng/phút" name a unit, not a group that has parts
    if text:
        p = p + tuple(noun_phrase_tail(part, text).split())
        w = w + tuple(noun_phrase_tail(whole, text).split())
    if not w or len(p) <= len(w) or p[: len(w)] != w:
        return False
    return not _coordinated(part, subject_words(whole))


def _coordinated(part: Claim, whole_words: tuple[str, ...]) -> bool:
    listed = r"\b" + r"\W+".join(map(re.escape, whole_words)) + r"\s*(?:,|\bvà\b|\bhoặc\b)"
    return bool(re.search(listed, (part.subject or "").lower()))


def siblings(a: Claim, b: Claim) -> bool:
    """Two categories of one kind, listed side by side: "12 trường hợp mắc viêm phổi"
    and "77 trường hợp mắc ho gà" share three words and then differ."""
    x, y = subject_words(a), subject_words(b)
    common = 0
    while common < min(len(x), len(y)) and x[common] == y[common]:
        common += 1
    return common >= 3 and common < min(len(x), len(y))


def same_subject(a: Claim, b: Claim) -> bool:
    words = subject_words(a)
    return bool(words) and words == subject_words(b)


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


def numeric(claim: Claim) -> bool:
    """The claim carries a number interval (not a date string, not a range of nothing)."""
    if isinstance(claim.value, str):
        return False
    lower, upper = claim.lower, claim.upper
    if lower is None or upper is None:
        return lower is not None or upper is not None  # one end unbounded: never empty
    if type(lower) is int and type(upper) is int:
        # three claims in four: whole numbers compare exactly as they are
        return lower < upper or (lower == upper and not (claim.lower_open or claim.upper_open))
    return nonempty_bounds(lower, upper, claim.lower_open, claim.upper_open)


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


_PER_UNIT = re.compile(r"\b(?:bình quân|trung bình|mỗi)\b[^\d,;]{0,30}$")


def per_unit(claim: Claim, text: str) -> bool:
    """An average or a rate ("bình quân 5 triệu đồng/người", "mỗi lớp 35"), not an amount."""
    return bool(claim.per) or bool(_PER_UNIT.search(text_before(text, claim, 50)))


_TOTAL_BEFORE = re.compile(
    r"\b(?:toàn (?:tỉnh|huyện|xã|thành phố|quốc|ngành|thị xã|phường|quận|trường)|cả nước"
    r"|tổng số|tổng cộng)\b[^.;]{0,60}$"
    r"|\b(?:tỉnh|huyện|xã|thành phố|tp|trường|phường|quận|thị xã|thị trấn|địa phương|đơn vị"
    r"|ngành|công ty)\b[^,.;]{0,40}\b(?:có|hiện có|còn)\s*$"
    r"|\blà\s*$"
)


def stated_as_total(claim: Claim, text: str) -> bool:
    """The figure is given as the size of a group: "toàn tỉnh hiện có trên 200
    nghìn trẻ em", "Huyện có 3.200 doanh nghiệp", "tổng số 500 hộ", "trẻ em dưới
    6 tuổi là hơn 74.000 trẻ" -- not a figure in a story ("đã nhận 18.156 hồ sơ"),
    nor one of a list given "lần lượt là" (respectively)."""
    before = text_before(text, claim, 80)
    return bool(_TOTAL_BEFORE.search(before)) and not _RESPECTIVELY.search(before)


_RESPECTIVELY = re.compile(r"\blần lượt\s+(?:là\s+)?$")


_GRAND_TOTAL = re.compile(
    r"\b(?:toàn (?:tỉnh|huyện|xã|thành phố|quốc|ngành|thị xã|phường|quận|trường)|cả nước"
    r"|tổng số|tổng cộng)\b[^.;]{0,60}$"
)


def stated_as_grand_total(claim: Claim, text: str) -> bool:
    """The figure is explicitly everything: "toàn tỉnh hiện có", "cả nước có", "tổng số"."""
    return bool(_GRAND_TOTAL.search(text_before(text, claim, 80)))


def noun_phrase_complete(claim: Claim, text: str) -> bool:
    """The claim's noun phrase ends where its subject ends: not "4 di tích lịch sử,
    văn hóa xếp hạng cấp tỉnh", where the words after the comma still qualify it."""
    after = text_after(text, claim, 160)
    words = subject_words(claim)
    found = re.search(r"\W+".join(map(re.escape, words[-2:])), after) if words else None
    rest = after[found.end() :].lstrip() if found else ""
    if not rest or rest[0] in ".;:!?)…":
        return True
    if not rest.startswith(","):
        return bool(_LIST_CUE.match(rest))  # "45 bài thi đạt điểm 10": the phrase goes on
    chunk = re.split(r"[,;.]", rest[1:], maxsplit=1)[0].strip()
    return not chunk or any(ch.isdigit() for ch in chunk) or bool(_CUE_START.match(chunk))


_LIST_CUE = re.compile(r"(?:trong đó|trong số đó|gồm|bao gồm)\b")
_CUE_START = re.compile(r"(?:trong đó|trong số đó|gồm|bao gồm|chiếm|đạt|tăng|giảm|với)\b")


def noun_phrase_tail(claim: Claim, text: str) -> str:
    """What the clause says after the claim's subject: "thuộc diện hộ nghèo" in
    "300 hộ dân thuộc diện hộ nghèo, chiếm 25%" when the subject is "hộ dân"."""
    clause = _CLAUSE_END.split(text_after(text, claim, 120), maxsplit=1)[0]
    words = _WORD.findall(clause.lower())[:_MAX_TAIL]
    subject = list(subject_words(claim))
    for size in range(len(subject), 0, -1):
        for start in range(len(words) - size + 1):
            if words[start : start + size] == subject[-size:]:
                return " ".join(words[start + size :])
    return ""  # the subject came before the number ("hộ nghèo là 1.250 hộ")


_CLAUSE_END = re.compile(r"[,;:.()\d/]|\b(?:và|nhưng|còn|với|hoặc|trong khi|so với)\b")
_MAX_TAIL = 8


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
