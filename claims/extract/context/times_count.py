"""The event a count of times counts, told before the number.

"Rojas từng bị bắt giữ hai lần", "nó được xem hơn 26.000 lần", "FED có khả năng
điều chỉnh lãi suất thêm 2 lần nữa", "Video được xem và chia sẻ hàng nghìn
lần": a count of "lần" (or "lượt") whose reading found only its noun says
nothing of what happened so many times; the event is the verb phrase before the
number, read back to the word that opens it and left out of it: an aspect or an
adverb ("từng", "đã", "luôn"), a modal ("có thể", "khả năng"), a pronoun, a
conjunction ("lần bị bắt giữ", "lần được xem", "lần điều chỉnh lãi suất").  With
no such word within a few words, only a passive "được"/"bị" shows where the
event starts ("lần được xem và chia sẻ"); else nothing is added ("Giá xăng giảm
3 lần": the reading would take the clause's subject along).  A name opening the
phrase is the clause's subject ("còn Origi lập công 2 lần" -> "lần lập công"),
a frequency inside it ("mỗi ngày") is no part of the event, and "tổng cộng",
"thêm", "vài" before the number belong to the count.

Nothing is added after a preposition, a determiner, "có"/"là" or a hedge ("trong
3 lần", "cả 3 lần"), nor to a multiple read as a count ("tăng gấp 2-3 lần",
"cao hơn … 2 lần", "tăng từ 1,5 đến 2 lần so với năm 2016", "đã tăng hơn 5
lần"), nor to "lượt" followed by what is counted ("54.000 lượt “thích”", whose
noun the reading missed).  Gold labels name the event for 23 of the 33 counts of
"lần"/"lượt" in the development sets.
"""

from __future__ import annotations

import re

from claims.extract.context.sentence import SentenceWords, Token, is_word
from claims.extract.context.words import words as word_list
from claims.model import Mention

COUNTED_TIMES = frozenset({"lần", "lượt"})
_MAX_EVENT_WORDS = 8
_OPENERS = frozenset(
    word_list(
        "đã|đang|sẽ|từng|vừa|mới|cũng|vẫn|luôn|lại|còn|chỉ|đều|thường|hay|phải|cần|nên"
        "|muốn|hãy|đừng|nó|họ|anh|chị|ông|bà|cô|tôi|em|chúng|mình|ta|bạn|này|thì|mà|nhưng"
        "|khi|nếu|rồi|là|như"
    )
)
"""Words that open the event, left out of it: an aspect or an adverb ("từng",
"đã"), a pronoun or "này" ("ông này khám 2-3 lần"), a conjunction, "là", "như"."""
_OPENING_PAIRS = frozenset({("có", "thể"), ("khả", "năng"), ("dự", "kiến")})
"""Modals that open it too (the word before, the word): "có thể", "khả năng", "dự kiến"."""
_NOT_OPENING = frozenset(
    {("cần", "sa"), ("đều", "đặn"), ("thường", "xuyên"), ("lặp", "lại"), ("bạn", "bè")}
)
"""Words where an opener is part of a word (the opener and the word after it, or the
word before and the opener): "cần sa", "đều đặn", "thường xuyên", "lặp lại", "bạn bè"."""
_NO_VERB = frozenset(
    word_list(
        "trong|sau|trước|với|qua|của|cho|từ|đến|tới|những|các|cả|mỗi|là|có|và|hoặc"
        "|hơn|gần|khoảng|chừng|quá|trên|dưới|ở|về|rằng"
    )
)
"""A preposition, a determiner, "là"/"có", "rằng" or a hedge right before the number
(the count is framed: "trong 3 lần", "cả 3 lần", "có 2 lần"), or opening the event."""
_PASSIVE = frozenset({"được", "bị"})
_OF_THE_COUNT = frozenset({"thêm", "vài", "tổng", "cộng"})
"""Words of the count itself, between the event and the number ("thêm 2 lần",
"tổng cộng 3 lần", "vài 3 lần")."""
_PERIODS = frozenset({"ngày", "tuần", "tháng", "năm", "đêm"})
_MULTIPLE_WORDS = frozenset({"gấp", "hơn"})
_CHANGE = frozenset({"tăng", "giảm"})
"""A change told by the last two words before the count is a multiple: "đã tăng hơn 5
lần", "giảm đi 10 lần", "tăng đột biến từ 2-5 lần" (not "tăng lãi suất 2 lần")."""
_COMPARED_AFTER = re.compile(r"\s*so\s+với(?!\w)", re.IGNORECASE)
_COUNT_ENDS = re.compile(r"\s*(?:[.,;:!?)]|$|(?:mỗi|kể|trong|và|nữa)(?!\w))", re.IGNORECASE)
""""lượt" is counted alone when punctuation or a frequency follows it, not a noun."""
_NOUN_AFTER = re.compile(r"\s*lượt(?!\w)", re.IGNORECASE)


def event_before(words: SentenceWords, mention: Mention, noun: str) -> str | None:
    """The event before ``mention``, a count whose subject is only ``noun``."""
    text = words.text
    if _COMPARED_AFTER.match(text, mention.end, words.end):
        return None
    if noun.lower() == "lượt":
        after = mention.end
        if not mention.text.lower().endswith("lượt"):
            noun_after = _NOUN_AFTER.match(text, mention.end, words.end)
            if noun_after is None:
                return None
            after = noun_after.end()
        if not _COUNT_ENDS.match(text, after, words.end):
            return None
    end = words.first_token_at_or_after(mention.start)
    phrase = _read_back(words, end)
    if phrase is None:
        return None
    # "mỗi ngày lau", "uống mỗi ngày": a frequency is not the event.
    kept: list[Token] = []
    skip = 0
    for token in phrase:
        if skip:
            skip -= 1
            continue
        if token.group().lower() == "mỗi":
            skip = 1
            continue
        kept.append(token)
    # "Origi lập công", "Fed nâng tỷ giá": a name opening it is the clause's subject.
    while kept and kept[0].group()[0].isupper() and kept[0].group().lower() not in _PASSIVE:
        kept.pop(0)
    while kept and kept[-1].group().lower() in (_OF_THE_COUNT | _PERIODS | _NO_VERB):
        kept.pop()
    lowered = [token.group().lower() for token in kept if is_word(token)]
    if (
        not lowered
        or lowered[0] in _NO_VERB
        or (lowered == [lowered[0]] and lowered[0] in _PASSIVE)
        or _MULTIPLE_WORDS.intersection(lowered)
        or _CHANGE.intersection(lowered[-2:])
    ):
        return None
    return text[kept[0].start() : kept[-1].end()]


def _read_back(words: SentenceWords, end: int) -> list[Token] | None:
    """The tokens before index ``end`` back to an opener (left out), or from the
    first passive when no opener bounds them within a few words."""
    tokens = words.tokens
    index = end - 1
    while index >= 0 and tokens[index].group().lower() in _OF_THE_COUNT:
        index -= 1
    if index < 0 or tokens[index].group().lower() in _NO_VERB:
        return None
    first: int | None = None
    read = 0
    bounded = False
    while index >= 0 and read < _MAX_EVENT_WORDS:
        token = tokens[index]
        if words.claim_at(token.start()) is not None:
            break
        if token.group() in _CLOSING_QUOTES:
            opening = _opening_quote(tokens, index)
            if opening is None:
                break
            first, index, read = opening, opening - 1, read + 1
            continue
        if not is_word(token):
            break
        if _opens(tokens, index):
            bounded = True
            break
        first, index, read = index, index - 1, read + 1
    if first is None:
        return None
    phrase = tokens[first:end]
    if bounded:
        return phrase
    passive = next((i for i, token in enumerate(phrase) if token.group().lower() in _PASSIVE), None)
    return None if passive is None else phrase[passive:]


def _opens(tokens: list[Token], index: int) -> bool:
    word = tokens[index].group().lower()
    before = tokens[index - 1].group().lower() if index > 0 else ""
    after = tokens[index + 1].group().lower() if index + 1 < len(tokens) else ""
    if (word, after) in _NOT_OPENING or (before, word) in _NOT_OPENING:
        return False
    return word in _OPENERS or (before, word) in _OPENING_PAIRS


_CLOSING_QUOTES = frozenset({"”", '"', "»"})
_OPENING_QUOTES = frozenset({"“", '"', "«"})
_MAX_QUOTED = 12


def _opening_quote(tokens: list[Token], closing: int) -> int | None:
    """The index of the quote opening the title that closes at ``closing``."""
    for index in range(closing - 1, max(closing - _MAX_QUOTED, -1), -1):
        if tokens[index].group() in _OPENING_QUOTES:
            return index
    return None
