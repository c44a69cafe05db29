"""Counts that point back at things the article has already counted (document level).

The session-3 convention of tests/gold/README.md: a number in a definite reference to
things already named repeats, it does not assert.  "Một nhóm 3 siêu trộm đã gây chấn
động ... Sau khi gây án, 3 tên trộm nhanh chóng trốn thoát": the second "3" is "the
three thieves"; the count was stated once, at the start.  Four signs, read over the
whole article (``anaphora`` reads pairs named just before, ``named_groups`` lists of
three to six names, and either may start a group pointed back at):

- **A demonstrative.**  "hai đứa con này", "hai khoản đó", "2 cô giáo nói trên", "4
  người nêu trên", "Trong số 56 nguồn tin này", "3 người kia" (the other three): the
  noun phrase ends in "này", "đó", "ấy", "kia", "nói trên", "nêu trên", "kể trên" (or a
  bare "trên" closing it: "2 loại tên lửa trên để …").  The things were met before,
  whether counted or listed ("cột mốc 423, 428. Hai cột mốc này …").  Not "đó là" (which
  introduces: "có hai lý do, đó là …") nor "trong đó", "sau đó" (the noun phrase stops
  at such words).
- **"cả" before the number.**  "cả ba người xông vào ẩu đả", "Cả 2 lãnh đạo nhấn
  mạnh", "cả hai khai nhận", "một hoặc cả hai đối thủ": all of a group already met (the
  README's "cả ba mẫu", "Cả hai tác phẩm").  Not "tất cả" (in all), "và cả" (as well
  as), after a cause or a place ("khiến cả 3 người thương vong" tells the toll, "vượt
  qua SPD ở cả 3 cuộc bầu cử" how far a fact reaches), before the members ("cả 2 hệ
  điều hành iOS và Android", "Cả ba khu vực nông nghiệp, công nghiệp, dịch vụ"), over a
  span ("không thắng cả 5 trận gần nhất"), in the article's first sentence, nor above
  ten ("đối đầu cả 100 tập đoàn": as many as).
- **A repeat in a referring place**, and **a repeat of a group already pointed back
  at** (``repeated_counts``, where they are told): the same number counts the same
  noun as a count of an earlier sentence ("3 siêu trộm" … "Sau khi gây án, 3 tên
  trộm"), and stands where a reference stands or repeats a group already pointed
  back at.

So do the values of a list in one sentence stay claims ("2 người chết, 2 người bị
thương", "Côte d'Ivoire 185 phiếu"): a repeat needs an earlier sentence, and a count
followed by a casualty word ("2 người bị thương") repeats only a count of that
casualty.  Other members ("4 đối tượng còn lại"), names that follow ("3 huyện Ea Súp,
Buôn Đôn và Krông Búk", "5 đối tượng gồm: Nguyễn Văn Sang, ...") and list headings
("16 bàn: Messi") are no repeat either.  Counts of one thing ("1 mẫu chưa đạt") are
left alone: "một" repeats too often as a new fact.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence

from claims.extract.context.named_groups import names_them
from claims.extract.context.repeated_counts import (
    INTRODUCES,
    LEAD,
    casualty_word,
    noun_phrase,
    np_end,
    predicate,
    repeats,
)
from claims.extract.context.told_counts import Told
from claims.model import Mention

_DEMONSTRATIVE = re.compile(
    r"[ \t]+(?:này|đó(?![ \t]+là(?![^\W_]))|ấy|kia|(?:nói|nêu|kể)[ \t]+trên|"
    r"trên(?=[ \t]*(?:[.,;:!?)\"”]|$|[ \t](?:để|đã|đều|cũng|sẽ|vẫn|bị|được)(?![^\W_]))))"
    r"(?![^\W_])"
)
_ALL_BEFORE = re.compile(
    r"(?<![^\W_])(?<!tất )(?<!Tất )(?<!và )(?<!cùng )(?<!lẫn )(?:cả|Cả)[ \t]*$"
)
"""'cả ba người'; not 'tất cả' (in all), nor 'và cả', 'cùng cả' (as well as: 'anh T., chị
L. và cả 2 thanh niên ngồi trên xe máy kia')."""
_ALL_MAX = 10
_LATEST = re.compile(r"(?<![^\W_])(?:gần nhất|gần đây|vừa qua|liên tiếp)(?![^\W_])")
_CAUSE_BEFORE = re.compile(
    r"(?<![^\W_])(?:khiến|làm|gây|cướp đi|giết|sát hại|cứu|cứu sống|ở|tại|trên|tới|đến)"
    r"(?:[ \t]+cho)?[ \t]+(?:cả|Cả)[ \t]*$"
)
"""'khiến cả 3 người thương vong' tells the toll; 'vượt qua SPD ở cả 3 cuộc bầu cử' how
far a fact reaches."""
_NAMES_OR_LIST_AFTER = re.compile(
    r"(?:[ \t]+[^\W\d_]+){1,4}(?:[ \t]+\S*[A-ZĐ][^.;!?\n]{0,40}?(?:,|[ \t]và)[ \t]*\S*[A-ZĐ]"
    r"|[ \t]*,(?:[ \t]*[^\W\d_]+){1,3}[ \t]*(?:,|[ \t]và))"
)
"""'cả 2 hệ điều hành iOS và Android', 'Cả ba khu vực nông nghiệp, công nghiệp, dịch
vụ': the members follow."""
_PARENT_BEFORE = re.compile(r"(?<![^\W_])(?:mẹ|bố|cha)[ \t]+$")
_SENTENCE_END_MARKS = ".!?\n"
_SENTENCE_END = re.compile(r"[.!?\n]")
"""Where ``_ends_between`` counts a sentence as ended: every offset ``sentence_ends``
gives (tests/test_restated_sentence_ends.py holds the two equal)."""
_NUMBER_WORDS_TEXT = "hai ba bốn năm sáu bảy tám chín mười"
_NUMBER_WORDS = frozenset(_NUMBER_WORDS_TEXT.split())
"""A count printed in digits or one of these words ('2 người', 'Hai người')."""
_ABOUT_MIN = 10


def restated_counts(text: str, mentions: Iterable[Mention]) -> set[int]:
    """The ``id`` of every count in ``mentions`` that refers back (see the module doc)."""
    restated: set[int] = set()
    # the earlier counts of each value, grouped (told_counts): testing each earlier count
    # took time in the square of their number on a table telling one figure per line
    earlier: dict[float, Told] = {}
    # found once: searching the text between every pair of equal counts took minutes on a
    # long sentence listing the same number thousands of times
    ends = sentence_ends(text)
    body = text.find("\n")
    for mention in sorted(mentions, key=lambda m: m.start):
        if not isinstance(mention.value, int | float):
            continue
        plain = _is_plain_count(mention)
        if not plain and not _is_about_count(mention):
            continue  # no count this reads: its noun is not read either
        noun = noun_phrase(text, mention.end)
        if not noun:
            if plain and _demonstrative_after(text, mention.end):
                restated.add(id(mention))  # 'Hai bị can này', '3 CLB này', '7 DN nói trên'
            continue
        value = float(mention.value)
        if not plain:  # 'khoảng 1.000 công nhân' ... 'Hiện 1.000 công nhân'
            _tell(earlier.setdefault(value, Told()), text, mention, noun, ends, body, False)
            continue
        if _PARENT_BEFORE.search(text, max(0, mention.start - LEAD), mention.start):
            pass  # 'Bà mẹ hai con này': 'này' points at the mother
        elif (
            _demonstrative_after(text, mention.end)
            or _all_of(text, mention, noun, ends)
            or names_them(text, mention)
            or repeats(text, mention, noun, earlier.get(value), ends)
        ):
            restated.add(id(mention))
        pointed = id(mention) in restated
        _tell(earlier.setdefault(value, Told()), text, mention, noun, ends, body, pointed)
    return restated


def sentence_ends(text: str) -> list[int]:
    """Every offset of a mark of ``_SENTENCE_END``, in order: found mark by mark with
    ``str.find``, a quarter of the instructions of a ``finditer`` that makes a match
    object for every full stop and line break."""
    ends: list[int] = []
    for mark in _SENTENCE_END_MARKS:
        at = text.find(mark)
        while at != -1:
            ends.append(at)
            at = text.find(mark, at + 1)
    ends.sort()
    return ends


def _tell(
    told: Told,
    text: str,
    mention: Mention,
    noun: tuple[str, ...],
    ends: Sequence[int],
    body: int,
    pointed: bool,
) -> None:
    """Add a count to the earlier counts of its value, with what ``repeats`` reads of it."""
    told.add(
        noun,
        casualty_word(text, mention, noun, told=True),
        bisect_left(ends, mention.end),  # _ends_between(ends, mention.end, x) iff < at of x
        in_body=mention.start > body,
        exact=mention.qualifier == "exact",
        pointed=pointed,
        said=predicate(text, mention.start),
    )


def _ends_between(ends: Sequence[int], start: int, end: int) -> bool:
    """Whether a sentence ends in ``text[start:end]`` (``ends``: every end, in order)."""
    at = bisect_left(ends, start)
    return at < len(ends) and ends[at] < end


def _all_of(text: str, mention: Mention, noun: tuple[str, ...], ends: Sequence[int]) -> bool:
    """'cả ba người xông vào', 'Cả 2 lãnh đạo nhấn mạnh', 'cả hai khai nhận': all of a
    group already met.  Not after a cause ('khiến cả 3 người thương vong' tells the
    toll), nor before the members' names or list ('cả 2 hệ điều hành iOS và Android',
    'Cả ba khu vực nông nghiệp, công nghiệp, dịch vụ') or a casualty word."""
    lead = text[max(0, mention.start - LEAD - 8) : mention.start]
    if _ALL_BEFORE.search(lead) is None or _CAUSE_BEFORE.search(lead) is not None:
        return False
    if not isinstance(mention.value, int) or mention.value > _ALL_MAX:
        return False  # 'đối đầu cả 100 tập đoàn': as many as
    if not _ends_between(ends, 0, mention.start):
        return False  # the article's first sentence: nothing met yet
    after = np_end(text, mention.end, noun)
    if _NAMES_OR_LIST_AFTER.match(text, mention.end) or INTRODUCES.match(text, after):
        return False
    if _LATEST.search(text, mention.end, after + LEAD):
        return False  # 'không thắng cả 5 trận gần nhất': a record over a span
    return not casualty_word(text, mention, noun)


def _is_plain_count(mention: Mention) -> bool:
    """An exact count of two or more, printed as a number ('3', 'ba')."""
    if mention.kind != "count" or mention.qualifier != "exact":
        return False
    if not isinstance(mention.value, int | float) or mention.value < 2:
        return False
    word = mention.text.strip().lower()
    return word.replace(".", "").isdigit() or word in _NUMBER_WORDS  # '3', '1.000', 'ba'


def _is_about_count(mention: Mention) -> bool:
    """A count of ten or more said with 'khoảng': a later exact repeat points back at it."""
    return (
        mention.kind == "count"
        and mention.qualifier == "about"
        and isinstance(mention.value, int | float)
        and mention.value >= _ABOUT_MIN
    )


def _demonstrative_after(text: str, end: int) -> bool:
    """'hai khoản đó', '1.300 cây xanh này', 'Hai bị can này', '7 DN nói trên'; not a kind
    ('20.000 khẩu súng loại này': this kind of gun, which the count does not point back
    at)."""
    noun = noun_phrase(text, end, wide=True)
    if not noun or noun[-1] in _KINDS:
        return False
    return _DEMONSTRATIVE.match(text, np_end(text, end, noun)) is not None


_KINDS = frozenset(("loại", "kiểu", "dạng"))
