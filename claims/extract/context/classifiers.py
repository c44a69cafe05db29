"""What a count of a classifier counts: the noun phrase that stands for it.

A classifier ("chiếc", "cái") counts pieces of something named elsewhere:
"ô tô nguyên chiếc dưới 9 chỗ ngồi với 3.701 chiếc, xe trên 9 chỗ ngồi 11
chiếc và xe tải 1.120 chiếc", "Tổng số xe ô tô 181 chiếc", "lượng ô tô nhập
khẩu đạt 9.935 chiếc".  When the noun read after the number is the classifier
alone, the subject is the topic before the number: before a verb that reaches
an amount ("đạt", "tăng thêm"), before "với" ("X với (số lượng) N chiếc"), or
right before the number when that topic is an item of a list of such counts
or a quantity noun ("doanh số", "số lượng"), and opens its clause.  Not when
the phrase before only ends a clause with its own verb ("Ấn Độ sản xuất trên
4,6 triệu chiếc", "hít đất đúng 15 cái"), after "có" ("từ vùng lộng trở vào có
4.592 chiếc" counts the boats named before), or when a copula names what the
pieces are ("trong số đó 21 triệu chiếc là xe cá nhân").
"""

from __future__ import annotations

import re

from claims.extract.context.phrase_backward import backward_span
from claims.extract.context.phrase_cleaning import clean
from claims.extract.context.scope import places
from claims.extract.context.sentence import SentenceWords, is_word
from claims.extract.context.words import HEDGES_BEFORE, MAX_SUBJECT_WORDS, phrase_pattern, words

CLASSIFIERS = frozenset({"chiếc", "cái"})
_REACHED = re.compile(
    r"(?<!\w)(?:đạt|tăng|giảm|tăng thêm|giảm còn|lên tới|lên đến|lên|xuống)"
    r"(?:\s+(?:mức|khoảng|gần|hơn|trên|tới|đến))*\s*$",
    re.IGNORECASE,
)
"""A verb that reaches an amount, right before the number: "lượng ô tô nhập khẩu
đạt 9.935 chiếc"; not "đến" or "vượt mốc", whose phrase is often a clause."""
_WITH = re.compile(
    r"(?<!\w)với(?:\s+(?:số lượng|doanh số)(?:\s+(?:giới hạn|sản xuất|bán ra))?)?\s*$",
    re.IGNORECASE,
)
"""" X với 3.701 chiếc", "X với số lượng giới hạn 33 chiếc": X has that many."""
_HAS = re.compile(r"(?<!\w)có(?!\w)", re.IGNORECASE)
_COPULA_AFTER = re.compile(r"\s*(?:là|chiếm)(?!\w)", re.IGNORECASE)
_QUANTITY_NOUN = phrase_pattern(words("doanh số|số lượng|sản lượng|lượng|tổng số|tổng"))
_POINTER = re.compile(r"(?<!\w)(?:đó|này|lại|chiếm|là|bằng)$", re.IGNORECASE)
""""trong số đó 21 triệu chiếc", "số lượng xe cá nhân chiếm tới 60 triệu chiếc":
a pointer or a copula ends no topic."""
_OPENERS = frozenset({"và", "là", "gồm", "với", "riêng"})
"""Words after which a noun phrase starts a clause or an item."""


def classified_topic(
    words: SentenceWords, mention_kind: str, start: int, end: int, found: str | None
) -> str | None:
    """The topic a count of a bare classifier counts, or ``found``."""
    if mention_kind != "count" or found is None or found.lower() not in CLASSIFIERS:
        return found
    text = words.text
    after = text.find(found, end, words.end)
    if after < 0 or _COPULA_AFTER.match(text, after + len(found), words.end):
        return found  # "21 triệu chiếc là xe cá nhân": the copula names them
    before = text[words.start : start]
    hedges = HEDGES_BEFORE.search(before)
    if hedges is not None and _HAS.search(hedges.group()):
        return found
    anchor = words.start + (hedges.start() if hedges is not None else len(before))
    reached = _REACHED.search(before)
    with_ = _WITH.search(text, words.start, anchor)
    if reached is not None:
        anchor = words.start + reached.start()
    elif with_ is not None:
        anchor = with_.start()
    span, after_quantity = backward_span(
        words, anchor, closed=True, limit=MAX_SUBJECT_WORDS, through_places=reached is not None
    )
    if span is None or after_quantity:
        return found
    topic = clean(words.slice(*span))
    if topic is None or _POINTER.search(topic) or _only_a_place(topic):
        return found
    if reached is not None:
        # "cho tới nay chỉ còn 3 chiếc": one word left of a time phrase is none.
        return topic if " " in topic else found
    if not _opens_a_clause(words, span[0]):
        return found
    listed = len(re.findall(rf"\d\s+{found}(?!\w)", text[words.start : words.end], re.IGNORECASE))
    if with_ is not None or listed > 1 or _QUANTITY_NOUN.match(topic):
        return topic
    return found


def _opens_a_clause(words: SentenceWords, start: int) -> bool:
    """Nothing but punctuation, the sentence start or an opener stands before ``start``."""
    tokens = words.tokens
    index = words.first_token_at_or_after(start) - 1
    if index < 0:
        return True
    token = tokens[index]
    if not is_word(token):
        return token.group() in ",;:(-–"
    return token.group().lower() in _OPENERS


def _only_a_place(phrase: str) -> bool:
    named = places(phrase, 0, len(phrase))
    return len(named) == 1 and named[0].text == phrase
