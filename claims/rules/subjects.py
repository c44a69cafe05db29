"""What a claim's subject names, and when two subjects name the same thing.

Subjects are compared after normalisation (lowercase, punctuation, leading
determiners and classifiers dropped): "trẻ em dưới 6 tuổi" is a part of
"trẻ em" because its words extend the head and modifiers of "trẻ em".  The
words that follow a subject in its clause ("hộ dân thuộc diện hộ nghèo") count
as its modifiers too: the noun phrase helpers below read them from the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claims.model import Claim
from claims.rules.surroundings import text_after

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
