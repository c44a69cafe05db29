"""A few years up to now: 'vài năm qua', 'mấy năm trở lại đây', 'vài tháng gần đây'.

"vài"/"mấy"/"dăm" before a scale word is read as a vague amount ('vài chục năm'); before
a unit of time alone it is no number the scanner reads ('sau vài tháng' stays a way of
speaking).  Told as a span up to now, though, it is the recent span of
tests/gold/README.md (session 5, "Recent spans of time"): a claim when nothing else in
its sentence is delimited by it ('Vài năm trở lại đây, hoa mai Mỹ lại trở thành mặt hàng
đắt đỏ'), a scope otherwise; the claim builder tells which (context/recent_spans.py).
Its interval is a few: [2, 9] ([5, 9] for 'dăm'), as for 'vài chục'.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from claims.extract.grammar.mentions import plain_mention
from claims.extract.grammar.word_starts import Candidates
from claims.model import Mention

_FEW_SPAN = re.compile(
    r"(?P<lead>Vài|vài|Mấy|mấy|Dăm|dăm)(?<![^\W_]...)[ \t]+(?P<unit>năm|tháng|tuần|ngày)"
    r"(?=[ \t]+(?:vừa[ \t]+qua|qua|trở[ \t]+lại[ \t]+đây|gần[ \t]+đây)(?![^\W_]))"
)
"""Each lead word is three characters, tested to start a word by the look-behind after
it: opening on literals, the pattern lets the engine skip to 'V', 'v', 'M', 'm', 'D' or
'd' at C speed; opening on the look-behind, it was tried at every character."""
_LOWER = {"vài": 2, "mấy": 2, "dăm": 5}
_LEADS = frozenset({"vài", "Vài", "mấy", "Mấy", "dăm", "Dăm"})
"""Each lead is a number word that starts a word, so each span starts where the word
scanner's candidates do (``word_starts``): matched there, where a search checked every
character against the six first letters."""


def few_recent_spans(text: str, mentions: list[Mention], candidates: Candidates) -> list[Mention]:
    """``mentions`` with every such span that no mention covers, in text order
    (``candidates``: where the text's number words start, from ``word_starts``)."""
    spans: list[re.Match[str]] = []
    for start in candidates.words:
        if text[start : start + 3] in _LEADS and (not spans or start >= spans[-1].end()):
            span = _FEW_SPAN.match(text, start)
            if span is not None:
                spans.append(span)
    if not spans:
        return mentions
    ends = [m.end for m in mentions]  # once, not for every span
    found = [m for m in spans if not _covered(mentions, ends, m.start(), m.end())]
    if not found:
        return mentions
    added = [
        plain_mention(
            text,
            m.start(),
            m.end(),
            "duration",
            None,
            unit=m.group("unit"),
            lower=_LOWER[m.group("lead").lower()],
            upper=9,
            qualifier="vague",
        )
        for m in found
    ]
    return sorted([*mentions, *added], key=lambda m: (m.start, m.end))


def _covered(mentions: list[Mention], ends: list[int], start: int, end: int) -> bool:
    """Whether a mention overlaps ``start``-``end`` (``ends``: the mentions' ends, sorted as
    the mentions are, which do not overlap)."""
    index = bisect_left(ends, start + 1)
    return index < len(mentions) and mentions[index].start < end
