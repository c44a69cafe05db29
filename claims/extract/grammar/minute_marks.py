"""A match minute printed with a prime: 'Kane 22'', 'Tuấn Tài (1')', '(Đức Chinh 62')'.

Scorer lines and line-ups give the minute of a goal or a substitution as the number
followed by an apostrophe; the gold labels each the ordinal minute ('phút', the
subject the ordinals module gives a mention ending on the mark), as it labels
'phút 42' (tests/gold/more, dev4, dev11, dev12).  Not a closing quote ('thập niên
90'', 'Điều ước thứ 7'' after an opening one in the sentence), not a chemical
locant ('Quercitin-4’-glucoside'), not a number of minutes after 'sau', 'trong', 'mất'
('Sau 30’ đám cháy được dập tắt').

A minute of added time, 'Toivonen (90+3’)', 'Kane 90+3'', is one minute too, the 93rd, as
the scanner reads 'phút 90+3' (``scan.stoppage_time``) and the gold (dev15) labels
'90+3’': a half's or an extra half's last minute (45, 90, 105, 120) and 1 to 15 added.
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
_ADDED_MINUTE = re.compile(
    rf"({DIGIT}(?<![\w.,°'’′+\-].)\d{{1,2}})[ \t]*\+[ \t]*(\d{{1,2}})['’′](?![\w'’′])"
)
"""'90+3’': opens on a digit, the look-behind after it, like ``_MINUTE``."""
_HALF_ENDS = frozenset({45, 90, 105, 120})
_MOST_ADDED = 15
_MINUTE_WORD_BEFORE = re.compile(r"(?i:phút)[ \t]*$")
"""'phút 90+3’': the scanner has read the minute with its word already."""


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
    if "+" in text:
        found = sorted([*found, *_added_minutes(text)], key=lambda mention: mention.start)
    return displaced_by(mentions, found)


def _added_minutes(text: str) -> list[Mention]:
    """Each minute of added time written 'N+M'' in ``text``, as the ordinal minute N+M."""
    found: list[Mention] = []
    for match in _ADDED_MINUTE.finditer(text):
        start = match.start()
        end_of_half, added = int(match.group(1)), int(match.group(2))
        if end_of_half not in _HALF_ENDS or not 1 <= added <= _MOST_ADDED:
            continue
        if _MINUTE_WORD_BEFORE.search(text, max(0, start - 8), start):
            continue
        minute = end_of_half + added
        found.append(
            plain_mention(text, start, match.end(), "ordinal", minute, lower=minute, upper=minute)
        )
    return found
