"""Where a noun phrase read backward goes on past where it would stop.

An owner: read backward from a verb, a phrase stops after a fixed number of words;
"giá vàng SJC 1kg của Công ty TNHH một thành viên Vàng bạc đá quý Sài Gòn
niêm yết" uses them up on the owner and keeps "1kg của Công ty …", or only
"của Công ty …".  When what was read is "của" (maybe after one word) and a
capitalised name of at least four words, the head of the phrase stands
before it, and the reading goes on for a few words more.

A period singled out: "lợi nhuận trước thuế của LienVietPostBank riêng quý
I/2017 đạt gần 470 tỷ đồng" reads only "quý I/2017" before the stop word
"riêng"; the period is scope, and the subject stands before "riêng".

What a count counts, inside something: "12 piston trong máy tàu", "3 người
trong một gia đình", "4 ôtô trong khu vực trên".  Read forward, "trong" stops
the noun; it belongs to it when a noun follows, not a period or a number
("26 bàn thắng trong 39 lần ra sân", "2 buổi tập trong ngày 9/5", "trong vòng
một tuần"), a part of a whole ("trong số", "trong đó", "trong những") or a
clause ("trong khi").
"""

from __future__ import annotations

import re

from claims.extract.context.sentence import SentenceWords, Token, is_word
from claims.extract.context.words import words

OWNER_HEAD_WORDS = 4
"""Words read on past the limit for the head of a phrase that ends in an owner."""
_OWNER_MIN_WORDS = 4


def owned(phrase: str) -> bool:
    """``phrase`` is an owner: "của" and a capitalised name of at least
    ``_OWNER_MIN_WORDS`` words, with at most one word before "của"."""
    read = phrase.split()
    lowered = [word.lower() for word in read[:2]]
    if "của" not in lowered:
        return False
    owner = read[lowered.index("của") + 1 :]
    return len(owner) >= _OWNER_MIN_WORDS and owner[0][:1].isupper()


_PERIOD_KINDS = frozenset({"year", "date", "time"})


def singled_out_period(words: SentenceWords, token: Token, span: list[int]) -> bool:
    """``token`` is "riêng" and all that was read after it is one period."""
    if not span or token.group().lower() != "riêng":
        return False
    period = words.claim_at(span[0])
    return period is not None and period.kind in _PERIOD_KINDS and period.end >= span[1]


_MAX_NOUN_WORDS = 3
_NOT_INSIDE = frozenset({"số", "đó", "những", "khi", "các", "cả", "suốt", "này", "lúc", "và"})
_NOT_A_PLACE = frozenset(
    words(
        "năm|tháng|ngày|tuần|giờ|phút|mùa|thời|lúc|dịp|quý|giai|kỳ|đêm|sáng|chiều|tối|hôm|nay|"
        "trận|vòng|lần|đợt|phiên|buổi|cùng|quá|suốt|"
        "hai|ba|bốn|sáu|bảy|tám|chín|mười|vài|mấy|nhiều|hàng"
    )
)
"""Words of a period, a time or a number: "trong vòng một tuần", "trong một lần
phóng", "trong cùng một buổi", "trong hai ngày"."""
_LOOK_AHEAD = 3
_NOT_A_THING = re.compile(r"(?:tình trạng|trường hợp|khuôn khổ|điều kiện)(?!\w)", re.IGNORECASE)
"""A state or a frame, not a place: "trong tình trạng nguy kịch", "trong trường hợp"."""


def inside(words: SentenceWords, index: int, noun_words: int) -> bool:
    """``tokens[index]``, a stop after ``noun_words`` words of a count's noun,
    is "trong" before a noun, or the first word of that noun."""
    tokens = words.tokens
    if tokens[index].group() != "trong":  # "Trong" opens a sentence run on
        return (
            index > 0
            and tokens[index - 1].group() == "trong"
            and _inside(words, index - 1, noun_words - 1)
        )
    return _inside(words, index, noun_words)


def _inside(words: SentenceWords, index: int, noun_words: int) -> bool:
    if not 0 < noun_words <= _MAX_NOUN_WORDS:
        return False
    following = words.tokens[index + 1 : index + 1 + _LOOK_AHEAD]
    if not following or not is_word(following[0]):
        return False
    if following[0].group().lower() in _NOT_INSIDE:
        return False
    if _NOT_A_THING.match(words.text, following[0].start(), words.end):
        return False
    for token in following:
        word = token.group()
        if not is_word(token):
            break
        if word.lower() in _NOT_A_PLACE or any(c.isdigit() for c in word):
            return False
        if words.claim_at(token.start()) or words.transparent_at(token.start()):
            return False
    return True
