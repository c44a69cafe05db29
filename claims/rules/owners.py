"""Whose figure it is: the words before a number in its clause.

A subject keeps the counted noun ("pha kiến tạo", "tổng vốn đầu tư") but
drops its owner: the player, product, country or sector named before the
number.  "Kroos có 12 pha kiến tạo" and "(Marcelo có 10 pha kiến tạo" share a
subject and are still two quantities.  These helpers read the owner from the
printed clause so that a rule comparing two statements of "one" quantity can
tell two owners, two times or a hypothetical apart.
"""

from __future__ import annotations

import re

from claims.model import Claim
from claims.rules.subjects import subject_words
from claims.rules.surroundings import sentence_start, text_after, text_before

_CLAUSE_START = re.compile(r"[,;:()–]")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_STOP_WORDS = frozenset(
    [
        "có",
        "là",
        "với",
        "đạt",
        "của",
        "hiện",
        "nay",
        "đang",
        "đã",
        "thì",
        "mà",
        "chỉ",
        "được",
        "cũng",
        "vẫn",
        "các",
        "những",
        "tất",
        "cả",
        "số",
        "tổng",
        "toàn",
        "trong",
        "đó",
        "này",
        "theo",
        "và",
        "tại",
        "ở",
        "khoảng",
        "hơn",
        "gần",
        "trên",
        "dưới",
        "chừng",
        "lên",
        "tới",
        "đến",
        "nhưng",
        "còn",
        "lại",
        "vào",
        "ra",
        "cho",
        "về",
    ]
)
_NOW = re.compile(r"\b(?:hiện|hiện nay|hiện tại|nay|bây giờ)\b")
_PAST_PERIOD = re.compile(r"\d|\b(?:ngoái|trước|qua)\b")
_CONCESSIVE = re.compile(r"\b(?:dù|mặc dù|dù cho|cho dù|kể cả|dẫu)\b")


def owner(claim: Claim, text: str) -> frozenset[str]:
    """The content words of the claim's clause before its number, less its subject."""
    start = sentence_start(text, claim)
    before = text[start : claim.start]
    cut = max((m.end() for m in _CLAUSE_START.finditer(before)), default=0)
    words = {w.lower() for w in _WORD.findall(before[cut:])}
    return frozenset(words - set(subject_words(claim)) - _STOP_WORDS)


def same_owner(a: Claim, b: Claim, text: str) -> bool:
    """Either figure names no owner, or one owner names the other ("huyện Đồng Văn
    có" and "huyện có"); two different owners are two quantities."""
    x, y = owner(a, text), owner(b, text)
    return not x or not y or x <= y or y <= x


def now_and_then(a: Claim, b: Claim, text: str) -> bool:
    """One figure is stated for now ("Hiện xe có giá bán ...") and the other for an
    explicit past period ("vào tháng 1/2017"): two times, two quantities.  "Năm
    học này" is now too."""
    a_now = bool(_NOW.search(text_before(text, a, 60)))
    b_now = bool(_NOW.search(text_before(text, b, 60)))
    return (a_now and not b_now and _past(b)) or (b_now and not a_now and _past(a))


def _past(claim: Claim) -> bool:
    return bool(_PAST_PERIOD.search((claim.scope.period or "").lower()))


def concessive(claim: Claim, text: str) -> bool:
    """ "Dù chỉ có hai tông màu": a figure conceded in passing, not a statement of size."""
    return bool(_CONCESSIVE.search(text_before(text, claim, 40)))


def counts_another_noun(claim: Claim, text: str) -> bool:
    """ "tổ hợp khối thi là 20 điểm": the subject came before the number and the noun
    after it ("điểm") is what the number counts."""
    if claim.kind != "count" or claim.text[-1:].isalpha():
        return False
    after = _WORD.findall(text_after(text, claim, 30))
    subject = list(subject_words(claim))
    if not after or not subject or not after[0].isalpha() or not after[0].islower():
        return False
    return [w.lower() for w in after[: len(subject)]] != subject
