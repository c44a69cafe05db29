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
from claims.extract.grammar.word_starts import Candidates, matches_on_runs
from claims.model import Mention

_MARKS = ("'", "’", "′")
_MINUTE = re.compile(rf"({DIGIT}(?<![\w.,°'’′+\-].)\d{{0,2}})['’′](?![\w'’′])")
"""Opens on a digit, the look-behind after it (see ``hour_pairs._PAIR``); tried only at
runs of at most three digits before a mark (``matches_on_runs``)."""
_OPEN_QUOTE = re.compile(r"(?:^|(?<=[\s(\"“]))['‘’](?=[^\W\d_])")
_SPAN_BEFORE = re.compile(r"(?<![^\W_])(?i:sau|trong|mất|khoảng|hơn|gần)[ \t]*$")
_LAST_MINUTE = 130
_LOOK_BACK = 100
_ADDED_MINUTE = re.compile(
    rf"({DIGIT}(?<![\w.,°'’′+\-].)\d{{1,2}})[ \t]*\+[ \t]*(\d{{1,2}})['’′](?![\w'’′])"
)
"""'90+3’': opens on a digit, the look-behind after it, like ``_MINUTE``; tried only at
runs of two or three digits before a space or a plus."""
_HALF_ENDS = frozenset({45, 90, 105, 120})
_MOST_ADDED = 15
_MINUTE_WORD_BEFORE = re.compile(r"(?i:phút)[ \t]*$")
"""'phút 90+3’': the scanner has read the minute with its word already."""


def minute_marks(text: str, mentions: list[Mention], candidates: Candidates) -> list[Mention]:
    """``mentions`` with each match minute 'N'' read as the ordinal minute N
    (``candidates``: the text's runs of digits, from ``word_starts.candidates``)."""
    found: list[Mention] = []
    for match in matches_on_runs(_MINUTE, text, candidates, 3, "".join(_MARKS)):
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
    # Every added minute holds a '+', which most articles lack: one substring test costs
    # less than trying the pattern at each run of digits before a space.
    added = _added_minutes(text, candidates) if "+" in text else []
    if added:
        found = sorted([*found, *added], key=lambda mention: mention.start)
    return displaced_by(mentions, found)


def _added_minutes(text: str, candidates: Candidates) -> list[Mention]:
    """Each minute of added time written 'N+M'' in ``text``, as the ordinal minute N+M."""
    found: list[Mention] = []
    for match in matches_on_runs(_ADDED_MINUTE, text, candidates, 3, " \t+"):
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


_MINUTE_WORD = re.compile(r"(?i:phút)[ \t]")
_LIST_GAP = re.compile(r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|và[ \t]+)")
_BARE_NUMBER = re.compile(r"\d{1,3}")
_LIST_GOES_ON = re.compile(r"(?:[ \t]*\+[ \t]*\d{1,2})?[ \t]*(?:,|và[ \t])")
_ADDED_AFTER = re.compile(r"[ \t]*\+[ \t]*(\d{1,2})(?![\w'’′])")


def listed_minutes(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the numbers listed after a match minute read as minutes too: 'ghi
    bàn ở các phút 16, 23 và 45+1', 'ở phút 72 và 78' (the corpus's 13 such lists; the
    scanner reads the word 'phút' with the first number only and counted 23 and 78).

    Each must be a bare number after ',' or 'và', later in the match than the one before
    it and no later than the last minute: 'ghi bàn ở phút 23 và 2 bàn thắng nữa' counts 2;
    one after a comma must be followed by another: 'Phút 5, 10 cầu thủ' counts 10."""
    if "phút" not in text and "Phút" not in text:
        return mentions
    found: list[Mention] = []
    for index, mention in enumerate(mentions):
        if mention.kind != "ordinal" or not _MINUTE_WORD.match(mention.text):
            continue
        if not isinstance(mention.value, (int, float)):
            continue
        found += _listed_after(text, mentions, index + 1, mention.end, int(mention.value))
    return displaced_by(mentions, found)


def _listed_after(
    text: str, mentions: list[Mention], following: int, at: int, last: int
) -> list[Mention]:
    """The minutes listed from ``mentions[following]`` on, after the minute ``last``
    that ends at ``at``."""
    found: list[Mention] = []
    while following < len(mentions):
        listed = mentions[following]
        if listed.kind != "count" or not _BARE_NUMBER.fullmatch(listed.text):
            break
        gap = _LIST_GAP.fullmatch(text, at, listed.start)
        if gap is None:
            break
        if "và" not in gap.group() and not _LIST_GOES_ON.match(text, listed.end):
            break  # 'Phút 5, 10 cầu thủ …': only the last of a list follows 'và'
        minute, end = int(listed.text), listed.end
        added = _ADDED_AFTER.match(text, end)
        if added is not None and minute in _HALF_ENDS and 1 <= int(added.group(1)) <= _MOST_ADDED:
            minute, end = minute + int(added.group(1)), added.end()  # '45+1': the 46th
        if not last < minute <= _LAST_MINUTE:
            break
        found.append(
            plain_mention(text, listed.start, end, "ordinal", minute, lower=minute, upper=minute)
        )
        last, at = minute, end
        following += 1
        while following < len(mentions) and mentions[following].start < end:
            following += 1  # the '1' of '45+1', now inside the minute
    return found
