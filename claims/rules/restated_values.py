"""The same quantity stated twice must agree.

Two figures state one quantity when they count the same thing (the same
subject, a noun phrase that ends the same way), in the same place and period
(two different explicit places or periods are two quantities), in the same
unit, and both are stated as a size ("có", "là", "còn", "tổng số").  Their
intervals must then intersect: "hơn 1.200" is (1.200; 1.300], so "1.250"
agrees with it and "1.150" does not.

Not restatements: figures in one sentence; figures in a sentence about a
change or an average ("tăng từ ... lên ...", "bình quân"); a subject stated
with three or more different values (a series); two figures more than twice
apart (another quantity, not a misprint); figures of different owners (the
words before the number in its clause: "Kroos có 12 pha kiến tạo" and
"Marcelo có 10 pha kiến tạo" are two players' figures); a figure stated "now"
("hiện", "hiện nay") beside one of an explicit earlier period; a figure in a
concessive clause ("dù chỉ có hai tông màu"); a bare count followed by a noun
other than its subject ("tổ hợp khối thi là 20 điểm" counts points).  Only
counts and money are compared.

On the 10,000 real articles of the shared corpus this rule raised only false
alarms before these guards (21 reviewed flags, 0 true): a subject that keeps
the counted noun but not its owner is the usual cause, hence the strictness.

Passing example::

    Huyện có hơn 1.200 hộ nghèo. Theo báo cáo, huyện có 1.250 hộ nghèo.

Failing example::

    Huyện có hơn 1.200 hộ nghèo. Theo báo cáo, huyện có 1.150 hộ nghèo.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from claims.intervals import Iv
from claims.model import Claim
from claims.rules.base import Outcome, RuleContext
from claims.rules.figures import label, printed
from claims.rules.owners import concessive, counts_another_noun, now_and_then, same_owner
from claims.rules.relations import comparable, kinds, near, same_sentence
from claims.rules.subjects import noun_phrase_tail, same_subject, subject_words
from claims.rules.surroundings import per_unit, text_before

ID = "restated-values"

_KINDS = kinds("count", "money")
_STATED = re.compile(r"\b(?:có|là|còn|tổng số|toàn)\s*$")
_NOT_A_RESTATEMENT = re.compile(
    r"\b(?:tăng|giảm|so với|lên|xuống|gấp|bình quân|trung bình|mỗi|từ|đến|tới|hằng|hàng)\b"
)


def check(claims: Sequence[Claim], context: RuleContext) -> Iterator[Outcome]:
    for group in context.shared.groups(claims, _KINDS).values():
        if len(group) < 2:
            continue  # a restatement needs two figures
        stated = [
            c
            for c in _repeated_subjects(group)
            if _plain(c)
            and not per_unit(c, context.text)
            and _stated(c, context.text)
            and not concessive(c, context.text)
            and not counts_another_noun(c, context.text)
        ]
        for i, first in enumerate(stated):
            same = [c for c in stated if c is not first and same_subject(first, c)]
            if len({(c.lower, c.upper) for c in same}) > 1:
                continue  # three different values for one subject: a series, not a restatement
            for second in stated[i + 1 :]:
                if not (same_subject(first, second) and comparable(first, second)):
                    continue
                if not near(first, second) or same_sentence(first, second):
                    continue  # one sentence names a quantity once; two numbers there differ
                if noun_phrase_tail(first, context.text) != noun_phrase_tail(second, context.text):
                    continue  # "300 hộ dân thuộc diện hộ nghèo" is not "1.200 hộ dân"
                if not same_owner(first, second, context.text):
                    continue  # "Kroos có 12 pha kiến tạo", "Marcelo có 10 pha kiến tạo"
                if now_and_then(first, second, context.text):
                    continue  # "vào tháng 1/2017 với giá bán ...", "Hiện xe có giá bán ..."
                a, b = printed(first), printed(second)
                if a == b and a.is_point:
                    continue  # the same printed number twice: nothing could have failed
                if not _same_order(a, b):
                    continue  # twice or half as much: another quantity, not a misprint
                yield _outcome(first, second, a, b)


def _repeated_subjects(group: list[Claim]) -> list[Claim]:
    """The claims with a subject of two words or more, no "/", that another claim
    of the group shares: only these can pair up, and a claim whose subject no
    other claim has changes no other claim's pairing (``same`` compares subjects).
    The cheap tests, before the ones that read the text around each claim."""
    named = [
        (words, c)
        for c in group
        if len(words := subject_words(c)) >= 2 and "/" not in (c.subject or "")
    ]
    times = Counter(words for words, _ in named)
    return [c for words, c in named if times[words] > 1]


def _stated(claim: Claim, text: str) -> bool:
    """Given as a size: after "có", "là", "còn", or after "có" and its own subject
    ("Dự án có tổng vốn đầu tư hơn 1.200 tỷ đồng")."""
    before = text_before(text, claim, 60)
    if _STATED.search(before):
        return True
    words = subject_words(claim)
    return bool(words) and _after_have(_SPOKEN_WORD.findall(before), words)


_SPOKEN_WORD = re.compile(r"[^\W_]+")
_HAVE = frozenset({"có", "với"})
_TOTAL_WORDS = frozenset({"tổng", "số"})


def _after_have(spoken: list[str], subject: tuple[str, ...]) -> bool:
    """The words before the claim end "có|với (tổng |số )* <subject>"; compared
    word by word rather than with a pattern compiled anew for every subject."""
    if len(spoken) <= len(subject) or tuple(spoken[-len(subject) :]) != subject:
        return False
    position = len(spoken) - len(subject) - 1
    while position >= 0 and spoken[position] in _TOTAL_WORDS:
        position -= 1
    return position >= 0 and spoken[position] in _HAVE


def _same_order(a: Iv, b: Iv) -> bool:
    """Both within a factor of two of each other."""
    values = [x for x in (a.lower, a.upper, b.lower, b.upper) if x is not None]
    return bool(values) and min(values) > 0 and max(values) <= 2 * min(values)


def _plain(claim: Claim) -> bool:
    """Not inside a change or an average, where one subject has several values."""
    return not _NOT_A_RESTATEMENT.search(claim.sentence.lower())


def _outcome(first: Claim, second: Claim, a: Iv, b: Iv) -> Outcome:
    common = a.intersect(b)
    ok = not common.is_empty
    subject = first.subject or ""
    verdict = "khớp nhau" if ok else "không khớp"
    return Outcome(
        status="pass" if ok else "fail",
        claims=(first.id, second.id),
        message=f"{label(first)} và {label(second)} cùng nói về «{subject}»: {verdict}.",
        detail=(
            f"{first.text} → {a}; {second.text} → {b}; giao = {common}"
            + ("" if ok else " (rỗng: không giá trị nào thỏa cả hai)")
        ),
    )
