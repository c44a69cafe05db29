"""Bust, waist and hips: the three sizes of a figure told together.

"với số đo 3 vòng là: 81-64-89", "chỉ số hình thể: 88 – 66 – 98", "số đo hình thể
nóng bỏng: 88-66-98": the grammar reads three measures in cm (measure_pairs); each
is the size of one "vòng" in the order bust, waist, hips, which the sentence never
words one by one.  The reading forward finds no noun after the last (or the words of
the next clause), the one before finds a copula or a colon and the words of the cue
("chỉ số hình thể"), none of which tells the three apart.  The annotators name each
"số đo vòng 1", "số đo vòng 2", "số đo vòng 3" with the person after ("... của Lệ
Hằng": all 21 such sizes of dev7, dev15 and dev19; dev9 names its three "số đo 3 vòng",
which the name read here still matches by its head).
"""

from __future__ import annotations

from claims.extract.context.sentence import SentenceWords
from claims.extract.grammar.measure_pairs import THREE_SIZES
from claims.model import Mention

_CUE_REACH = 80
"""How far before a size the match of its three (``THREE_SIZES``) may open: the cue ('số
đo', 'hình thể'), up to 50 characters and '3 vòng', and for the second or third size the
sizes before it."""


def body_size(words: SentenceWords, mention: Mention) -> str | None:
    """``"số đo vòng N"`` for the N-th of three body sizes, else ``None``."""
    if mention.kind != "measure" or mention.unit != "cm":
        return None
    text = words.text
    window_start = max(words.start, mention.start - _CUE_REACH)
    for found in THREE_SIZES.finditer(text, window_start, words.end):
        if found.start() > mention.start:
            break
        for place, group in enumerate("abc", start=1):
            if found.start(group) == mention.start:
                return f"số đo vòng {place}"
    return None
