"""The subject of a latitude or a longitude.

"vị trí tâm bão ở vào khoảng 20,1 độ vĩ Bắc; 115,3 độ kinh Đông": the words after
the degrees ("vĩ Bắc", "kinh Đông") say which coordinate it is, as a unit would;
they are no noun of the number.  The thing placed stands before "ở (vào)" (is at),
"nằm" (lies) or "tại", read backward ("vị trí tâm bão"); the second coordinate,
after a semicolon or a comma, places the same thing as the first.  A bare part that
something has ("rãnh áp thấp có trục ở khoảng 22-24 độ vĩ Bắc") names nothing alone.  With neither,
the coordinate has no subject of its own.
"""

from __future__ import annotations

import re

from claims.extract.context.phrase_backward import backward_read
from claims.extract.context.sentence import SentenceWords
from claims.extract.context.words import MAX_SUBJECT_WORDS
from claims.model import Mention

_DIRECTION = re.compile(r"(?:vĩ|kinh)\s+(?:bắc|nam|đông|tây)(?!\w)", re.IGNORECASE)
_PLACED_AT = re.compile(
    r"(?<!\w)(?:ở|nằm|tại)(?:\s+(?:vào|ở|tại))?(?:\s+(?:khoảng|chừng))?\s*$", re.IGNORECASE
)
_HAVING = re.compile(r"(?<!\w)có\s+$", re.IGNORECASE)
_SECOND = re.compile(r"[;,]\s*$")


def coordinate_subject(
    words: SentenceWords, mention: Mention, found: str | None, previous: list[tuple[Mention, str]]
) -> str | None:
    """``found``, or, when it is a coordinate's direction, what the coordinate places."""
    if found is None or mention.kind != "measure" or not _DIRECTION.match(found):
        return found
    text = words.text
    window = max(words.start, mention.start - 60)
    placed = _PLACED_AT.search(text, window, mention.start)
    if placed is not None:
        noun, after_quantity = backward_read(
            words, placed.start(), closed=True, limit=MAX_SUBJECT_WORDS
        )
        if noun is None or after_quantity:
            return None
        having = _HAVING.search(text, window, max(window, text.rfind(noun, window, placed.start())))
        if " " not in noun and having is not None:
            return None  # "rãnh áp thấp có trục ở khoảng 22-24 độ vĩ Bắc": a part, unnamed
        return noun
    if previous and previous[-1][0].end >= window and _SECOND.search(text, window, mention.start):
        return previous[-1][1]
    return None
