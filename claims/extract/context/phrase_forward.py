"""Reading a noun phrase off a sentence forward from a number, one token at a
time, so each reading is linear in what it reads.

A reading stops at punctuation, at a stop word, or at another claim; it
passes over identifiers and subject modifiers ("trẻ em dưới 6 tuổi"), which
belong to the phrase.  The phrase is then trimmed (``phrase_cleaning``).
"""

from __future__ import annotations

import re

from claims.extract.context.change_nouns import change_names
from claims.extract.context.phrase_cleaning import clean
from claims.extract.context.read_on import inside
from claims.extract.context.sentence import SentenceWords, is_word
from claims.extract.context.words import (
    FORWARD_FIRST_STOP_PATTERN,
    MAX_SUBJECT_WORDS,
    phrase_pattern,
    words,
)
from claims.model import Mention

_NEW_CLAUSE_AFTER_ITEM = phrase_pattern(
    words("là|chiếm|bằng|không|chưa|đã|đang|sẽ|cũng|vẫn|bị|được")
)


def forward(words: SentenceWords, mention: Mention) -> str | None:
    """The noun phrase after the number, up to a stop.  A count of "lần"
    (times) counts the times, and the phrase starts at that word, inside or
    after the mention: "3 lần", "39 lần ra sân", "bỏ đi hai lần"."""
    if mention.kind == "count" and _TIMES_AT_END.search(mention.text):
        return forward_from(words, mention.end, head=mention.end - 3)
    return forward_from(words, mention.end, times=mention.kind == "count")


_TIMES_AT_END = re.compile(r"(?<!\w)lần$", re.IGNORECASE)


def forward_from(
    words: SentenceWords, offset: int, *, times: bool = False, head: int | None = None
) -> str | None:
    """The phrase from ``offset``; ``head`` is where a noun already read before
    ``offset`` starts ("lần" inside a mention), so it starts the phrase."""
    tokens = words.tokens
    index = words.first_token_at_or_after(offset)
    first: int | None = head
    last = offset
    count = 0 if head is None else 1
    while index < len(tokens) and count < MAX_SUBJECT_WORDS:
        token = tokens[index]
        at = token.start()
        if words.claim_at(at) is not None:
            break
        inner = words.transparent_at(at)
        if inner is not None:
            first = at if first is None else first
            last = inner.end
            count += 1
            index = words.first_token_at_or_after(inner.end)
            continue
        if first is None:
            unit_end = words.unit_end(at)
            if (unit_end is not None or token.group() == "%") and not (
                times and token.group().lower() == "lần"
            ):
                index = words.first_token_at_or_after(unit_end or token.end())
                continue
        if not is_word(token):
            if (
                token.group() in (",", "/")
                and first is not None
                and _ADMIN_PAIR.match(words.text, tokens[index - 1].start(), words.end)
            ):
                index += 1  # "20 tỉnh, thành phố", "25 tỉnh/ thành phố": one kind of unit
                continue
            if token.group() == "," and first is not None and _list_continues(words, index, count):
                index += 1
                continue
            break
        stop_end = words.forward_stops.end_at(at)
        if (
            stop_end is not None
            and not words.hedges_reach_transparent(at)
            and not words.in_compound(index)
            and not (times and (change_names(words, index, count) or inside(words, index, count)))
        ):
            break  # ("125 mã tăng và 130 mã giảm": the noun, see change_nouns)
        if first is None and FORWARD_FIRST_STOP_PATTERN.match(words.text, at, words.end):
            break
        first = at if first is None else first
        last = token.end()
        count += 1
        index += 1
    if first is None:
        return None
    return clean(words.slice(first, last))


_ADMIN_PAIR = re.compile(
    r"(?:tỉnh|quận|huyện|xã|phường)[ \t]*[,/][ \t]*"
    r"(?:thành[ \t]+phố|thành|quận|huyện|thị[ \t]+xã|thị[ \t]+trấn|xã|phường)(?![^\W_])"
)
"""Administrative units named as one kind: 'tỉnh, thành phố', 'quận/huyện', 'xã, phường'."""


def _list_continues(words: SentenceWords, comma: int, count: int) -> bool:
    """A comma inside a list of short nouns ("xã, phường, thị trấn"): the
    phrase so far is short, and so is the next item."""
    if count > 4:
        return False
    tokens = words.tokens
    items = 0
    for token in tokens[comma + 1 : comma + 6]:
        if not is_word(token) or words.claim_at(token.start()) is not None:
            break
        if (
            _stops_a_list_item(words, token.start())
            or words.transparent_at(token.start()) is not None
        ):
            break
        if items == 0 and FORWARD_FIRST_STOP_PATTERN.match(words.text, token.start(), words.end):
            break
        items += 1
    if items == 0 or items > 3 or tokens[comma + 1].group()[0].isupper():
        return False  # a capitalised item starts a new clause: "300 ca, TP.HCM là …"
    following = comma + 1 + items
    if following >= len(tokens):
        return True
    nxt = tokens[following]
    if _NEW_CLAUSE_AFTER_ITEM.match(words.text, nxt.start(), words.end):
        return False  # "2 người con, nạn nhân là con thứ 2": the item heads a new clause
    # A longer run after the comma is a new clause too ("…, mỗi suất trị giá").
    return not is_word(nxt) or _stops_a_list_item(words, nxt.start())


_DIRECTION = re.compile(r"(?:lên|xuống)(?![^\W_])")


def _stops_a_list_item(words: SentenceWords, offset: int) -> bool:
    """A stop word ends a list item, but not the direction of a move: in "hoảng sợ, nhảy
    ùm xuống kênh" the words after the comma are a clause, not a second noun."""
    return (
        words.forward_stops.end_at(offset) is not None
        and _DIRECTION.match(words.text, offset) is None
    )
