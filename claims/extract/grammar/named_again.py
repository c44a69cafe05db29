"""Numbers that a text first gives as a name, then writes again without "số".

"trâu chọi số 18 húc chết chủ ... trâu 18 lao về phía anh Vũ", "câu số 11 ... ở câu 12",
"tuyến buýt số 50 ... tuyến 50": once a noun is numbered with "số" (read as an
identifier by the cue), the same noun before a bare number later in the text names
one of the same things, where the scan alone would read a count ("trâu 18" is no
count: Vietnamese counts come before their noun, "18 con trâu").

Read after the scan, over the finished mentions, because it needs the whole text.
Only a bare whole number is relabelled, with nothing counted or measured after it,
and the noun must be one of the two words right before it ("Trâu điên 18").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from claims.extract.grammar.cores import read_tail
from claims.extract.grammar.mentions import identifier
from claims.extract.grammar.patterns import NOUN_TAIL
from claims.model import Mention

_NAMED_WITH_SO = re.compile(
    r"(?:(?<![^\W_])([^\W\d_]+)[ \t]+)?(?<![^\W_])([^\W\d_]+)"
    r"[ \t]+số[ \t]+(\d{1,4})(?![\d.,]\d|[^\W_])"
)
"""'trâu chọi số 18', 'câu số 11': up to two words before 'số', then the number."""
_TWO_WORDS_BEFORE = re.compile(r"(?:(?<![^\W_])([^\W\d_]+)[ \t]+)?(?<![^\W_])([^\W\d_]+)[ \t]+$")
_NOT_A_HEAD_WORDS = (
    "và với của ở tại trong ngoài tổng con qua là có cả các những mỗi từ đến tới trên dưới "
    "cho theo về này đó thì mà bị được đã sẽ đang vẫn cũng còn chỉ lên xuống ra vào khi hay "
    "hoặc như nhưng vì do để nếu thứ hàng gần khoảng hơn"
)
_NOT_A_HEAD = frozenset(_NOT_A_HEAD_WORDS.split())
"""Function words that stand before 'số' without naming anything ('trong số 30',
'con số 15', 'tổng số 297')."""
_LOOK_BACK = 40


def relabel_named_again(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with bare numbers after a noun the text numbers with 'số' turned
    into identifiers (see the module doc)."""
    if " số " not in text:
        return mentions
    heads = _named_heads(text, mentions)
    if not heads:
        return mentions
    relabelled = [
        identifier(text, m.start, m.end) if _named_again(text, m, heads) else m for m in mentions
    ]
    return relabelled


def _named_heads(text: str, mentions: list[Mention]) -> dict[str, frozenset[str]]:
    """For each number the text gives as 'NOUN số N' read as an identifier, the nouns."""
    spans = [(m.start, m.end) for m in mentions if m.kind == "identifier"]
    if not spans:
        return {}
    heads: dict[str, set[str]] = {}
    for found in named_with_so(text):
        number = found.start(3)
        if not any(start <= number < end for start, end in spans):
            continue  # "trong số 30 người": the scan read a count
        words = {w.lower() for w in found.group(1, 2) if w} - _NOT_A_HEAD
        if words:
            heads.setdefault(found.group(3), set()).update(words)
    return {number: frozenset(words) for number, words in heads.items()}


def named_with_so(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_NAMED_WITH_SO.finditer(text)``, tried only where one can start.

    The pattern opens with a word, so the engine tried it at every offset of the
    article (a tenth of the whole pipeline's time).  Every match holds 'số' after a
    space or a tab, with at most two words before it, each a run of letters
    (``[^\\W\\d_]``) after a space or a tab: a match can start only at one of the two
    word starts before such a 'số'.  Each 'số' in turn, the pattern is matched at
    those, earliest first, as the scan from the end of the last match would try
    them; the offsets between hold no match.  tests/test_grammar_names.py holds
    the matches equal to ``finditer``'s."""
    pos = 0
    at = text.find("số", 2)
    while at != -1:
        found = None
        if text[at - 1] in " \t":
            for start in _word_starts_before(text, at, pos):
                found = _NAMED_WITH_SO.match(text, start)
                if found is not None:
                    break
        if found is not None:
            yield found
            pos = found.end()
            at = text.find("số", pos + 2)  # a match's 'số' has a word and a space before it
        else:
            at = text.find("số", at + 1)


def _word_starts_before(text: str, at: int, floor: int) -> list[int]:
    """The starts of the (at most two) runs of letters that only spaces and tabs
    separate from ``at`` and from each other, earliest first, none before ``floor``."""
    starts: list[int] = []
    end = at
    for _ in range(2):
        gap = end
        while gap > 0 and text[gap - 1] in " \t":
            gap -= 1
        word = gap
        while word > 0 and text[word - 1].isalnum() and not text[word - 1].isdecimal():
            word -= 1
        if gap == end or word == gap or word < floor:
            break
        starts.append(word)
        end = word
    starts.reverse()
    return starts


def _named_again(text: str, mention: Mention, heads: dict[str, frozenset[str]]) -> bool:
    """A bare count whose number the text named, after the same noun: 'trâu 18'."""
    if mention.kind != "count" or mention.qualifier != "exact" or mention.text not in heads:
        return False
    if NOUN_TAIL.match(text, mention.end) or read_tail(text, mention.end).unit_found:
        return False
    before = _TWO_WORDS_BEFORE.search(text, max(0, mention.start - _LOOK_BACK), mention.start)
    if before is None or before.group(2).lower() == "số":
        return False
    words = {w.lower() for w in before.group(1, 2) if w}
    return not words.isdisjoint(heads[mention.text])
