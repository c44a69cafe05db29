"""The noun before a passive read as a subject.

Read backward with no copula to bound it, a subject stops at "được" or "bị"
(or at the "có" of "có thể"), and what it read after that word is a verb, not a
noun: "Tốc độ quay video chậm … đã được cải thiện lên 120 FPS" read "cải thiện",
"đội bóng sông Hàn đã bị phạt 2.000.000 đồng" read "phạt", "tên lửa này có thể
bay khoảng 4.500km" read "thể bay".  The subject is then the noun phrase before
the passive, the one that undergoes the verb (or, after "có thể", does it), when
it opens its clause: "Tốc độ quay video chậm trên OnePlus 5", "đội bóng sông
Hàn", "tên lửa này".  Only a short verb is read past (at most two words); not a
level after "được" of ability ("lấy lại được mốc 700 điểm"), nor an amount
after "có thể" (who may spend it is not what it prices), nor a verb of paying
(``purpose`` reads what it pays for).
"""

from __future__ import annotations

import re

from claims.extract.context.phrase_backward import backward_span
from claims.extract.context.phrase_cleaning import clean
from claims.extract.context.purpose import is_paying
from claims.extract.context.scope import places
from claims.extract.context.sentence import SentenceWords
from claims.extract.context.words import MAX_SUBJECT_WORDS, REPORTING_VERBS, phrase_alternation

_PASSIVE = re.compile(
    r"(?<!\w)(?:(?:đã|đang|sẽ|vẫn|cũng|đều|chỉ|có thể)\s+)*"
    r"(?:(?<!cầu\s)(?<!nghị\s)(?<!muốn\s)được|(?<!trang\s)(?<!thiết\s)(?<!chuẩn\s)(?<!dự\s)bị)"
    r"\s+$",
    re.IGNORECASE,
)
"""A passive ("được", "bị"; not "bị" ending a noun: "trang bị", "thiết bị"), maybe
after auxiliaries: the noun before it undergoes the verb after it.  Not "được"
after a verb of asking ("yêu cầu", "đề nghị", "mong muốn được bồi thường"): the
noun before that verb asks, and what is asked for is the amount's subject."""
_CAN = re.compile(r"(?<!\w)có\s+$", re.IGNORECASE)
_OPENS_CLAUSE = re.compile(
    rf"(?:[,;:(“\"]|(?<!\w)(?:các|những|mỗi|nhưng|là|{phrase_alternation(REPORTING_VERBS)}))\s*$",
    re.IGNORECASE,
)
"""What stands before the noun that undergoes the verb: the clause starts with it
(a sentence, a comma, a determiner); a noun read back only to a verb ("bay được
chặng đường", "hỗ trợ cho các hộ có nhà bị sạt lở") is that verb's object; after a
verb of saying, the clause said ("nhận định tên lửa này có thể bay …") starts."""
_NO_VERB = frozenset({"mức", "mốc", "ngưỡng", "thêm", "tới", "đến", "lên", "khoảng"})
"""A level or an adverb after "được" is "được" of ability ("VN-Index lấy lại được
mốc 700 điểm", "tiết kiệm được thêm hơn 10.000 tỷ đồng"): no passive."""
_LIST_ITEM = re.compile(r",\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s*,\s*$")
"""A comma closing an item of one or two words that a comma opens: the noun after
it is the next item of a list ("cột điện, cây xanh, cột tín hiệu giao thông"), not
what its clause is about."""
_COMPOUND_AFTER = re.compile(r"\s+(?:tăng|giảm)(?!\w)", re.IGNORECASE)
_THE_NOUNS = frozenset({"tích", "lực", "trạng", "hình", "loại", "thao", "chất", "thức"})
"""Nouns of "thể" ("thể tích", "thể lực"): "có thể tích" is "has a volume"."""
_MAX_VERB_WORDS = 2
_LOOK_BACK = 40


def past_auxiliary(words: SentenceWords, found: str | None, end: int, kind: str) -> str | None:
    """``found``, or the noun before the auxiliary it follows; ``end`` is where
    the reading that found it ended."""
    if not found or is_paying(found):
        return found  # "đã bỏ 1 triệu bảng để mua quà tặng": what it pays for (purpose)
    text = words.text
    at = text.rfind(found, words.start, end)
    verb = found.split()
    if at < 0 or len(verb) > _MAX_VERB_WORDS + 1 or verb[0].lower() in _NO_VERB:
        return found
    if len(verb) == 1 and _COMPOUND_AFTER.match(text, at + len(found)):
        return found  # "kỳ vọng được gia tăng lên mốc …": a split compound
    window = max(words.start, at - _LOOK_BACK)
    if verb[0].lower() == "thể" and len(verb) == 2:
        if kind == "money" or verb[1].lower() in _THE_NOUNS:
            return found  # "Khoang hành lý của xe có thể tích tăng": "có" + "thể tích"
        # "tên lửa này có thể bay khoảng 4.500km": the stop was "có".
        auxiliary = _CAN.search(text, window, at)
    elif len(verb) <= _MAX_VERB_WORDS:
        auxiliary = _PASSIVE.search(text, window, at)
    else:
        return found
    if auxiliary is None:
        return found
    span, after_quantity = backward_span(
        words, auxiliary.start(), closed=True, limit=MAX_SUBJECT_WORDS, through_places=True
    )
    if span is None or after_quantity or not opens_clause(words, span[0]):
        return found
    noun = clean(words.slice(*span))
    if noun is None or " " not in noun or only_a_place(noun) or named_in_a_list(words, span[0]):
        # "Tổng diện tích nuôi nghêu, sò bị ảnh hưởng", "…, Trung Quốc đã được bồi
        # thường": an item of a list or a place, not what the clause is about.
        return found
    return noun


def opens_clause(words: SentenceWords, at: int) -> bool:
    before = words.text[words.start : at]
    if not before.strip():
        return True
    return _OPENS_CLAUSE.search(before) is not None and _LIST_ITEM.search(before) is None


_NAME_AND_COMMA = re.compile(r"(?<!\w)[^\W\d_][^\s,]*,\s*$")


def named_in_a_list(words: SentenceWords, at: int) -> bool:
    """Whether a name at ``at`` follows a name and a comma: "ở Trùng Khánh, Trung
    Quốc", "thị xã Bến Cát, Thuận An" (a place after its region, a list)."""
    text = words.text
    if not text[at : at + 1].isupper():
        return False
    comma = _NAME_AND_COMMA.search(text, words.start, at)
    return comma is not None and comma.group()[0].isupper()


def only_a_place(phrase: str) -> bool:
    named = places(phrase, 0, len(phrase))
    return len(named) == 1 and named[0].text == phrase
