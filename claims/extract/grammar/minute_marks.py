"""A match minute printed with a prime: 'Kane 22'', 'Tuấn Tài (1')', '(Đức Chinh 62')'.

Scorer lines and line-ups give the minute of a goal or a substitution as the number
followed by an apostrophe; the gold labels each the ordinal minute ('phút', the
subject the ordinals module gives a mention ending on the mark), as it labels
'phút 42' (tests/gold/more, dev4, dev11, dev12).  Not a closing quote ('thập niên
90'', 'Điều ước thứ 7'' after an opening one in the sentence), not a chemical
locant ('Quercitin-4’-glucoside'), not added time ('90+3’', read elsewhere), not a
number of minutes after 'sau', 'trong', 'mất' ('Sau 30’ đám cháy được dập tắt').
"""

from __future__ import annotations

import re

from claims.extract.grammar.char_classes import DIGIT
from claims.extract.grammar.mentions import displaced_by, plain_mention
from claims.model import Mention

_MARKS = ("'", "’", "′")
_MINUTE = re.compile(rf"({DIGIT}(?<![\w.,°'’′+\-].)\d{{0,2}})['’′](?![\w'’′])")
"""Opens on a digit, the look-behind after it (see ``hour_pairs._PAIR``)."""
_OPEN_QUOTE = re.compile(r"(?:^|(?<=[\s(\"“]))['‘’](?=[^\W\d_])")
_SPAN_BEFORE = re.compile(r"(?<![^\W_])(?i:sau|trong|mất|khoảng|hơn|gần)[ \t]*$")
_LAST_MINUTE = 130
_LOOK_BACK = 100


def minute_marks(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each match minute 'N'' read as the ordinal minute N."""
    if not any(mark in text for mark in _MARKS):
        return mentions
    found: list[Mention] = []
    for match in _MINUTE.finditer(text):
        start = match.start()
        minute = int(match.group(1))
        if minute > _LAST_MINUTE or _SPAN_BEFORE.search(text, max(0, start - 12), start):
            continue
        sentence = re.split(r"[\n.!?]", text[max(0, start - _LOOK_BACK) : start])[-1]
        if _OPEN_QUOTE.search(sentence):
            continue
        found.append(
            plain_mention(text, start, match.end(), "ordinal", minute, lower=minute, upper=minute)
        )
    return displaced_by(mentions, found)
