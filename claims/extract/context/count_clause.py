"""The clause or the place that says which of a counted noun are counted.

"có hơn 11.000 người đang cai nghiện ở đây", "Khoảng 10.000 người đã được huy
động để phục vụ việc hoàn thiện con tàu", "5 vụ đã khởi tố", "12 tỉnh không bị
ảnh hưởng": a bare head noun ("người", "vụ", "tỉnh") right after the number,
then a verb phrase opened by an aspect or a negation ("đã", "đang", "không",
"chưa"), which the reading forward stops at as if a new clause began; the
people counted are those who are doing or did it, so the phrase is the noun and
its clause.  Only a head of one or two words, and only when a verb phrase
follows the aspect word.

A named place after the head says which too: "hơn 11.000 người ở TP.HCM đang cai
nghiện", "16 bàn tại Ligue 1", "8 trường thuộc Ivy League" ("ở", "tại", "thuộc"
and capitalised words, maybe a number).  The name must end the phrase, at
punctuation or at a word that cannot go on with it ("mùa này", "đã …"): "tại Hạ
viện" and "ở Trung Quốc Các loại trái cây" (a title run into the text) add
nothing.  Not "sẽ": "2 tầng ngầm sẽ có 200 chỗ", "1 đầu mối sẽ tốt hơn" tell
what is to come of them, not which are counted (a sample read 15 of 56 wrong).
"""

from __future__ import annotations

import re

from claims.extract.context.phrase_forward import forward_from
from claims.extract.context.sentence import SentenceWords, is_word
from claims.extract.context.words import words as word_list
from claims.model import Mention

_ASPECT = re.compile(r"\s+(đã|đang|không|chưa)\s+(?:(được|bị)\s+)?(?=\w)")
""""đã", "đang", "không", "chưa", maybe with the passive after it ("đã được")."""
_PLACE = re.compile(r"\s+(ở|tại|thuộc)\s+(?=\w)")
""""ở", "tại", "thuộc" and a named place ("ở TP.HCM", "tại Ligue 1", "thuộc Ivy League")."""
_MAX_NAME_WORDS = 6
_AFTER_A_NAME = frozenset(
    word_list(
        "đã|đang|sẽ|bị|được|và|với|trong|từ|có|là|mùa|năm|để|cho|nhưng|của|đều|cũng|vẫn"
        "|phải|không|chưa|thì|mà|nên|hiện|vào|sau|trước|khi|tới|đến|lên|xuống|ra|nữa|này"
    )
)
"""Lowercase words that may follow a whole name ("tại Premier League mùa này", "ở Mỹ
đã …"); any other lowercase word continues it ("tại Hạ viện") or starts a clause run on
from a title ("ở Trung Quốc Các loại trái cây"): no name is read then."""
_MAX_HEAD_WORDS = 2


def count_clause(words: SentenceWords, mention: Mention, found: str | None) -> str | None:
    """``found``, with the clause that follows it when it is a count's bare head."""
    if mention.kind != "count" or not found or len(found.split()) > _MAX_HEAD_WORDS:
        return found
    text = words.text
    if mention.text.endswith(found):
        at = mention.end  # "hơn 11.000 người": the noun inside the mention
    else:
        lead = len(text[mention.end : words.end]) - len(text[mention.end : words.end].lstrip())
        start = mention.end + lead
        if not text.startswith(found, start):
            return found
        at = start + len(found)
    place = _PLACE.match(text, at, words.end)
    if place is not None:
        # "hơn 11.000 người ở TP.HCM", "8 trường thuộc Ivy League": the place says which.
        where = _name_at(words, place.end())
        return f"{found} {place.group(1)} {where}" if where else found
    aspect = _ASPECT.match(text, at, words.end)
    if aspect is None or (aspect.group(1) == "không" and found.lower().endswith("hàng")):
        return found  # "hai hãng hàng không": a compound, no negation
    clause = forward_from(words, aspect.end())
    if not clause or not text.startswith(clause, aspect.end()):
        return found  # "không đồng tình": a reading that skipped a word ("đồng" as a unit)
    passive = f" {aspect.group(2)}" if aspect.group(2) else ""
    return f"{found} {aspect.group(1)}{passive} {clause}"


def _name_at(words: SentenceWords, offset: int) -> str | None:
    """The name starting at ``offset``: capitalised words, maybe a number after
    them ("TP.HCM", "Ligue 1", "V.League 2017"), or ``None``."""
    tokens = words.tokens
    index = words.first_token_at_or_after(offset)
    first = index
    while index < len(tokens) and index - first < _MAX_NAME_WORDS:
        token = tokens[index].group()
        if words.claim_at(tokens[index].start()) is not None:
            break
        if not (token[0].isupper() or (token.isdigit() and index > first)):
            break
        index += 1
    if index == first:
        return None
    following = tokens[index] if index < len(tokens) else None
    if (
        following is not None
        and is_word(following)
        and words.claim_at(following.start()) is None
        and following.group().lower() not in _AFTER_A_NAME
    ):
        return None  # "tại Hạ viện", "ở Trung Quốc Các loại …": the name goes on, or runs on
    if (
        following is not None
        and following.group() == "."
        and index + 1 < len(tokens)
        and is_word(tokens[index + 1])
    ):
        return None  # "ở TP. Uông Bí": an abbreviation, its name after the point
    return words.slice(tokens[first].start(), tokens[index - 1].end())
