"""The label of a value in a list of "Label: value" items run together.

Specification tables and recipes lose their line breaks in the corpus: "Dung
tích: 1285 cc Công suất: 158,1 kW", "Bình xăng: 17 lít Yên ngồi: Đơn", "Thịt
ba chỉ: 100gr Hạt tiêu nguyên hạt: 1 thìa".  Read forward, such a value takes
the next item's label ("Công suất", "Yên ngồi") for its subject; its own label
stands before the colon.  The layout shows in what follows the value: the next
label, capitalised, or the end of the sentence; a lowercase word there is the
value's own noun ("Kết quả: 3 người chết").  A label starts where its item
does: after the previous value or punctuation, or, when the words there are
the rest of the previous item ("làm mát bằng chất lỏng Dung tích:"), at the
capital that follows them.
"""

from __future__ import annotations

import re

from claims.extract.context.phrase_cleaning import clean
from claims.extract.context.sentence import SentenceWords, is_word
from claims.model import Mention

_MAX_LABEL_WORDS = 8
_ITEM_ENDS = frozenset(".;!?")
_NEXT_LABEL = re.compile(r"[^\W\d_][^.,;:!?\n]{0,60}?\s*:")
_LOOK_AHEAD = 80
_SHORT_LABEL_WORDS = 3
_PLACE_WORDS = frozenset({"tại", "ở"})
""""Giá bán tại Việt Nam:" is one label."""
_COPULA_END = frozenset({"là", "gồm"})
"""A label is a noun: "Tổng giá trị tài sản … là: 9.140.000 đồng" is a sentence."""


def label_subject(words: SentenceWords, mention: Mention, colon: int) -> str | None:
    """The label before the colon at ``colon`` (right before ``mention``, maybe
    with hedges between), when the value is an item of a run-together list."""
    if not _next_item_follows(words, mention.end):
        return None
    tokens = words.tokens
    index = words.first_token_at_or_after(colon) - 1
    label: list[str] = []
    while index >= 0 and len(label) < _MAX_LABEL_WORDS:
        token = tokens[index]
        if token.group() == ")":  # "Cá diếc (hoặc loại cá khác):" labels the fish
            opening = _opening_bracket(words, index)
            if opening is None:
                break
            index = opening - 1
            continue
        if words.claim_at(token.start()) is not None or not is_word(token):
            break
        if (
            token.start() in words.backward_stops
            and token.group().lower() not in _PLACE_WORDS
            and not words.in_compound(index)
        ):
            break  # "Theo báo cáo của Bộ Công thương:", "Để làm cá kho bạn cần Cá diếc:"
        label.insert(0, token.group())
        index -= 1
    if label and label[-1].lower() in _COPULA_END:
        return None
    start = _item_start(label, bounded=len(label) < _MAX_LABEL_WORDS)
    if start is None:
        return None
    return clean(" ".join(label[start:]))


def _next_item_follows(words: SentenceWords, end: int) -> bool:
    """What follows the value ends its item, or is the next "Label:" (a
    capital, then a few words and a colon: not "100% CN trở lại làm việc")."""
    text = words.text
    position = end
    while position < words.end and text[position] in " \t":
        position += 1
    if position >= words.end:
        return True
    following = text[position]
    if following in _ITEM_ENDS or following == "\n":
        return True
    if not following.isupper():
        return False
    label = _NEXT_LABEL.match(text, position, min(words.end, position + _LOOK_AHEAD))
    return label is not None


def _opening_bracket(words: SentenceWords, closing: int) -> int | None:
    """The index of the "(" a ")" at ``closing`` closes, a few tokens back."""
    tokens = words.tokens
    for index in range(closing - 1, max(-1, closing - 12), -1):
        if tokens[index].group() == "(":
            return index
    return None


def _item_start(label: list[str], *, bounded: bool) -> int | None:
    """Where the item starts among ``label``'s words, or ``None`` (no label:
    "anh cho biết: 30 người").

    A capital after a lowercase word, with a lowercase word after it, starts
    a common noun that the words before ran into ("làm mát bằng chất lỏng Dung
    tích", "Để làm cá kho tiêu bạn cần Cá diếc"); else the first word, when
    something ``bounded`` the reading and it is capitalised or the label short
    ("Giá bán tại Việt Nam", "; giải A"); else a last capital after a lowercase
    word.  A run of capitals is a name, not a label ("thành phố Trà Vinh")."""
    if not label:
        return None
    last: int | None = None
    for index in range(len(label) - 1, 0, -1):
        if label[index][0].isupper() and not label[index - 1][0].isupper():
            if index < len(label) - 1 and label[index + 1][0].islower():
                return index
            last = index if index == len(label) - 1 else None
            break
    if bounded and (label[0][0].isupper() or len(label) <= _SHORT_LABEL_WORDS):
        return 0
    return last
