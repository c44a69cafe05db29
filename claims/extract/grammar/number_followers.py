"""What follows a number: an amount's unit or noun, or the end of its phrase.

The readings of a number as part of a name ask what comes after it.  A unit,
a scale word or a counted noun ('3 người', '5 triệu', 'khoản 3 người') makes it an
amount, whatever stands before it; punctuation, a capitalised word or a function word
('Cup 2018 sẽ', 'Hạm đội 7 thuộc') closes its phrase, as a name's number does and a
count, which goes on with what it counts, does not.
"""

from __future__ import annotations

import re

from claims.extract.grammar.cores import read_tail
from claims.extract.grammar.patterns import NOUN_TAIL

WORD_AFTER = re.compile(r"[ \t]*(?:([^\W\d_]+)|[.,;:!?)\]”\"'\n]|$)")
FUNCTION_WORD_LIST = (
    "đã sẽ được là có vẫn cũng với tại ở này và của vừa mới đang hiện không chưa sắp để khi "
    "thì mà nên do theo cho từ trên về diễn tổ bị còn đều chính lần"
)
FUNCTION_WORDS = frozenset(FUNCTION_WORD_LIST.split())
"""Words that follow a named edition ('Cup 2018 sẽ', 'Yaris 2017 còn') but never a count."""
TWO_WORDS_AFTER = re.compile(r"[ \t]+([^\W\d_]+)[ \t]+([^\W\d_]+)")
"""The two words after a number: a street name ('24 Hàng Muối') or a title's first words."""


def capital_may_follow(text: str, end: int) -> bool:
    """False when no capitalised word can follow ``end`` after spaces (what
    ``TWO_WORDS_AFTER`` needs for a name): a cheap test before the regexes."""
    head = text[end : end + 4]
    if head[:1] not in (" ", "\t"):
        return False
    first = head.lstrip(" \t")[:1]
    return not first or first.isupper()  # four spaces or the text's end: the regex tells


CLOSERS = frozenset({"", ",", ".", ";", ":", ")", "("})
_NAME_HEADS = frozenset({"trường", "xã", "huyện", "tỉnh", "thành phố", "công ty", "đội"})
"""Nouns that head a proper name ('trường Tiểu học ...', 'xã Tân Phúc')."""
_NAME_START = re.compile(r"[ \t]+([^\W\d_])")
_COMPOUND_AFTER = {
    "trường": re.compile(
        r"[ \t]+(?:tiểu[ \t]+học|mầm[ \t]+non|trung[ \t]+học|đại[ \t]+học|cao[ \t]+đẳng"
        r"|THCS|THPT|PTTH)(?![^\W_])"
    ),
    "bộ": re.compile(r"[ \t]+(?:luật|binh)(?![^\W_])"),
    "tuyến": re.compile(r"[ \t]+(?:[A-ZĐ]|đường[ \t]+(?:sắt|bộ|số))"),
}
"""After a cue's number these nouns open a name, not what the number counts: 'lớp 5
trường tiểu học Nà Chì', 'tầng 2 trường mầm non', 'điều 245 bộ luật Hình sự', 'sư đoàn 4
bộ binh', 'Km 21 tuyến QL1A' (the school, the code, the arm, the road the number is in)."""
_SCALE_AFTER = re.compile(
    r"(?:[ \t]+(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ|trăm|chục)|triệu|tỷ|tỉ)(?![^\W_])"
)
"""' triệu', and 'triệu' glued to the digits as patterns.SCALE reads it ('3 - 5triệu')."""


def follower(text: str, end: int) -> str:
    """The word or mark after a number, lower-cased: what 'NAME N' goes on with."""
    found = WORD_AFTER.match(text, end)
    return "" if found is None else found.group().strip().lower()


def ends_phrase(text: str, end: int) -> bool:
    """Nothing the number could count follows: punctuation, a name or a function word."""
    following = WORD_AFTER.match(text, end)
    if following is None or not following.group(1):  # clause end, quote, bracket
        return True
    after = following.group(1)
    return after[0].isupper() or after in FUNCTION_WORDS


def counts_noun_after(text: str, end: int) -> bool:
    """A counted noun follows ('khoản 3 người'), not the head of a name ('lớp 3 trường
    Tiểu học Nguyễn Bỉnh Khiêm': the pupil's class at a named school)."""
    noun = NOUN_TAIL.match(text, end)
    if noun is None:
        return False
    compound = _COMPOUND_AFTER.get(noun.group().strip())
    if compound is not None and compound.match(text, noun.end()) is not None:
        return False
    if noun.group().strip() not in _NAME_HEADS:  # "số 300 loại KitKat": 300 kinds
        return True
    return not _named_after(text, noun.end())


_NAMES_LISTED = re.compile(r"(?:[ \t]+[A-ZĐ][^\W\d_]*){1,4}[ \t]*(?:,|và(?![^\W_]))[ \t]*[A-ZĐ]")
"""'3 huyện Kỳ Sơn, Tương Dương': the names of what is counted, listed after the noun."""


def _named_after(text: str, noun_end: int) -> bool:
    name = _NAME_START.match(text, noun_end)
    return name is not None and name.group(1).isupper()


def name_head_follows(text: str, end: int) -> bool:
    """A noun that heads a proper name follows, and the one name after it: 'Vĩnh Tân 1 tỉnh
    Bình Thuận', 'Đội 6 xã Phù Lưu Tế' (where the named plant or team is); a list of names
    after it ('Nghệ An 3 huyện Kỳ Sơn, Tương Dương') names what is counted."""
    noun = NOUN_TAIL.match(text, end)
    if noun is None or noun.group().strip() not in _NAME_HEADS:
        return False
    return _named_after(text, noun.end()) and _NAMES_LISTED.match(text, noun.end()) is None


def amount_follows(text: str, end: int) -> bool:
    """A unit, a scale word or a counted noun follows: the numbers before it are amounts."""
    return (
        read_tail(text, end).unit_found
        or NOUN_TAIL.match(text, end) is not None
        or _SCALE_AFTER.match(text, end) is not None
    )
