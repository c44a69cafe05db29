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
_NEXT_LABEL = re.compile(r"[^\W\d_][^.,;:!?\n]{0,60}?\s*(?:\([^()\n]{0,40}\)\s*)?:")
"""The next "Label:", maybe with a bracket of codes before its colon ("Đại Học
Hàng Hải (A, A1, D1):", an admission list's subject groups), whose commas do not
end the label as a comma in running text does."""
_LOOK_AHEAD = 80
_SHORT_LABEL_WORDS = 3
_BRACKET_TOKENS = 24
"""How far back a label's bracket may open: "(A, A1, D1,2,3,4,5,6)" is 21 tokens."""
_DASHES = frozenset("-–")
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
    after_dash = 0  # the words after a dash joined into the label, if any
    while index >= 0 and len(label) < _MAX_LABEL_WORDS:
        token = tokens[index]
        if token.group() == ")":  # "Cá diếc (hoặc loại cá khác):" labels the fish
            opening = _opening_bracket(words, index)
            if opening is None:
                break
            index = opening - 1
            continue
        if _joins_names(words, index, label):
            # "Đại Học Lao Động – Xã Hội (A, A1, D):": a dash between two names is one name.
            after_dash = after_dash or len(label)
            label.insert(0, token.group())
            index -= 1
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
    # At the limit, the label is still bounded when the previous item ends right there.
    bounded = len(label) < _MAX_LABEL_WORDS or _item_ends_at(words, index)
    if not bounded and after_dash:
        # Too long to tell where the joined name starts: the name after the dash.
        label, bounded = label[-after_dash:], True
    start = _item_start(label, bounded=bounded)
    if start is None:
        return None
    return clean(" ".join(label[start:]))


def _item_ends_at(words: SentenceWords, index: int) -> bool:
    """The token at ``index`` ends the previous item: a value or punctuation
    ("… Khoảng 20 điểm Đại Học Sư Phạm Kỹ Thuật Vĩnh Long:"), or there is none."""
    if index < 0:
        return True
    token = words.tokens[index]
    return words.claim_at(token.start()) is not None or not is_word(token)


def _joins_names(words: SentenceWords, index: int, label: list[str]) -> bool:
    """The token at ``index`` is a dash between a capitalised word before it (not
    a value's unit: "Camera: 8MP/8MP - Pin:") and the capitalised label read so far."""
    tokens = words.tokens
    if tokens[index].group() not in _DASHES or not label or not label[0][0].isupper():
        return False
    if not all(word[0].isalpha() for word in label):
        return False  # "02 : 45 Angers - Rennes 01 : 00", a fixture's clock time
    if index == 0:
        return False
    previous = tokens[index - 1]
    return previous.group()[0].isupper() and words.claim_at(previous.start()) is None


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
    for index in range(closing - 1, max(-1, closing - _BRACKET_TOKENS), -1):
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
