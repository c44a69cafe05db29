"""Numbers in brackets or set off by commas, and the noun right before them.

"Huỳnh Quý (31 tuổi)", "Josephine Law, 29 tuổi,", "Bill Gates (89,4 tỷ USD)": an
age, measure or amount alone in brackets, or between commas, describes the name
or property right before it, not what follows the number.  But a bracket also
restates a value ("479 USD (10,8 triệu đồng)"), or lists an item whose property
the clause named before ("tỷ lệ đỗ tốt nghiệp … Hưng Yên (97,42%)"); then the
subject is the earlier claim's.  ``bracket_or_apposition`` finds where the
bracket or comma opens; ``bracketed_after_a_noun`` decides whom an amount in
brackets belongs to.
"""

from __future__ import annotations

import re

from claims.extract.context.earlier_subjects import previous_subject
from claims.extract.context.phrase_backward import backward
from claims.extract.context.properties import PROPERTY_PATTERNS
from claims.extract.context.sentence import SentenceWords
from claims.extract.context.words import HEDGES_BEFORE, MAX_SUBJECT_WORDS
from claims.model import Mention

_DIGIT = re.compile(r"\d")
_RESTATED_REACH = 24
"""Characters before a bracket in which a digit of the same item shows a value
that the bracket restates."""
_ITEM_BREAK = re.compile(r"[,;)]")
_PROPERTY = re.compile(
    "|".join(
        (
            PROPERTY_PATTERNS["money"].pattern,
            PROPERTY_PATTERNS["measure"].pattern,
            r"(?<!\w)(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|thị phần|số phiếu|lãi suất)(?!\w)",
        )
    ),
    re.IGNORECASE,
)
"""A property of money, a measure or a share, anywhere in a phrase."""
_AGE_LEAD = re.compile(
    r"(?:cùng|đều|hiện|hiện nay|nay|năm nay|(?:lúc|khi) đó(?: mới)?)", re.IGNORECASE
)
"""Words that may open a bracketed age: "(cùng 17 tuổi", "(hiện khoảng 10 tuổi)"."""


def bracket_or_apposition(words: SentenceWords, mention: Mention, before: str) -> int | None:
    """Where "(" or an appositive "," opens before the number, as an offset into
    ``before``; ``None`` when the number is not bracketed or set off by commas."""
    # Hedges are words and spaces only, so the bracket or comma can only be the
    # last one in ``before``: the hedge tail is looked for after it alone rather
    # than tried at every offset of the window.
    opener = max(before.rfind("("), before.rfind(","))
    if mention.kind == "age":
        # "Công chúa Mako - 25 tuổi, con gái cả …": a dash sets an age off too.
        dash = max(before.rfind(" - "), before.rfind(" – "))
        opener = max(opener, dash + 1 if dash >= 0 else -1)
    if opener < 0:
        return None
    hedges = HEDGES_BEFORE.search(before, opener + 1)
    if hedges is None:
        return None
    lead = before[opener + 1 : hedges.start()].strip()
    if lead and not (mention.kind == "age" and before[opener] == "(" and _AGE_LEAD.fullmatch(lead)):
        return None  # "(cùng 17 tuổi", "(hiện khoảng 10 tuổi)": still the bracketed age
    if before[opener] == "(":
        return opener
    after = words.text[mention.end : min(words.end, mention.end + 3)].lstrip()
    # An age may end its sentence: "Lyudmila Fursova, 21 tuổi" over a photo.
    ends = after[:1] in (",", ")") or (mention.kind == "age" and after[:1] in ("", ".", "-", "–"))
    return opener if ends else None


def bracketed_after_a_noun(
    words: SentenceWords, mention: Mention, opener: int, previous: list[tuple[Mention, str]]
) -> str | None:
    """The name or property an amount alone in brackets right after it belongs
    to ("Bill Gates (89,4 tỷ USD)", "BHN (-5,9%)", "giá bán (từ 981 triệu đồng)"),
    or ``None``: the amount restates a value before it ("479 USD (10,8 triệu
    đồng)", "13 tỷ đô la Hồng Kông (37,9 nghìn tỷ đồng)"), more follows it in the
    brackets ("(100% vốn Đài Loan)"), or it is an item of a list whose property
    the clause named before ("tỷ lệ đỗ tốt nghiệp … Hưng Yên (97,42%)")."""
    text = words.text
    if text[mention.end : mention.end + 2].lstrip()[:1] != ")":
        return None
    item = text[max(words.start, opener - _RESTATED_REACH) : opener]
    if _DIGIT.search(_ITEM_BREAK.split(item)[-1]):
        return None  # a value of the same item stands before the bracket
    named = backward(words, opener, closed=True, limit=MAX_SUBJECT_WORDS)
    if not named:
        return None
    if _PROPERTY.search(named):
        return named
    if not named[0].isupper():
        return None
    same = previous_subject(words, mention, previous)
    return None if same and _PROPERTY.search(same) else named
