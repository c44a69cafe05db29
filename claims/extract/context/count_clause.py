"""The clause that says which of a counted noun are counted.

"có hơn 11.000 người đang cai nghiện ở đây", "Khoảng 10.000 người đã được huy
động để phục vụ việc hoàn thiện con tàu", "5 vụ đã khởi tố", "12 tỉnh không bị
ảnh hưởng": a bare head noun ("người", "vụ", "tỉnh") right after the number,
then a verb phrase opened by an aspect or a negation ("đã", "đang", "không",
"chưa"), which the reading forward stops at as if a new clause began; the
people counted are those who are doing or did it, so the phrase is the noun and
its clause.  Only a head of one or two words, and only when a verb phrase
follows the aspect word.
"""

from __future__ import annotations

import re

from claims.extract.context.phrase_forward import forward_from
from claims.extract.context.sentence import SentenceWords
from claims.model import Mention

_ASPECT = re.compile(r"\s+(đã|đang|không|chưa)\s+(?:(được|bị)\s+)?(?=\w)")
""""đã", "đang", "không", "chưa", maybe with the passive after it ("đã được")."""
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
    aspect = _ASPECT.match(text, at, words.end)
    if aspect is None or (aspect.group(1) == "không" and found.lower().endswith("hàng")):
        return found  # "hai hãng hàng không": a compound, no negation
    clause = forward_from(words, aspect.end())
    if not clause or not text.startswith(clause, aspect.end()):
        return found  # "không đồng tình": a reading that skipped a word ("đồng" as a unit)
    passive = f" {aspect.group(2)}" if aspect.group(2) else ""
    return f"{found} {aspect.group(1)}{passive} {clause}"
