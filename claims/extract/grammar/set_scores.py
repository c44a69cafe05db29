"""The set scores of a tennis or volleyball match: '3-6, 6-3 và 2-6', '7-6(7-1), 6-4'.

A match's result is told set by set, a run of dashed pairs: 'thua Guillermo García
López 6-7, 7-6, 2-6 và 2-6', 'chiến thắng áp đảo 3-0 (6-2, 6-3, 6-1)', 'Andy Murray
7-6(7-1), 6-4, 6-4' (the tie-break's points in brackets).  A pair whose first figure is
the lower is read elsewhere as a range ('2-6' as two to six) and a tie-break or a set
in brackets as a day and month ('(7-1)' as 7 January); inside such a run each is a
score and counts nothing.  A run is a run of scores when the match is named before it
(a result word, 'set', 'tỷ số'), every figure is a game's or a rally's (30 at most)
and one of its pairs has the higher figure first, as a set won must: '30-40 và 50-60'
(ages) and 'dịp 30-4 và 1-5' (holidays, no match) stay what they are.
"""

from __future__ import annotations

import re

from claims.extract.grammar.mentions import identifier
from claims.model import Mention

_TIE_BREAK = r"(?:[ \t]*\([ \t]*\d{1,2}(?:[ \t]*[-–][ \t]*\d{1,2})?[ \t]*\))"
_PAIR = rf"\d{{1,2}}[ \t]*[-–][ \t]*\d{{1,2}}{_TIE_BREAK}?"
_FIRST_PAIR = rf"\d(?<![\d/.,–-]\d)\d?[ \t]*[-–][ \t]*\d{{1,2}}{_TIE_BREAK}?"
r"""``(?<![\d/.,–-])`` and ``_PAIR``, the look-behind made after the first digit: a pattern
that opens on a digit has the engine skip to the digits (at table speed), where one that
opens on a look-behind tries it at every character of the text."""
_SCORE_RUN = re.compile(
    rf"{_FIRST_PAIR}(?:(?:[ \t]*(?:,|;|và)[ \t]*){_PAIR})*(?![\d/]|[.,]\d|[ \t]*[-–])"
)
_FIGURES = re.compile(r"(\d{1,2})[ \t]*[-–][ \t]*(\d{1,2})")
_MATCH_BEFORE = re.compile(
    r"(?<![^\W_])(?:set|[Tt][ỷỉ] số|thắng|thua|thất bại|đánh bại|gục ngã|trận|dẫn|vượt qua)"
    r"(?![^\W_])"
)
_MATCH_LOOK_BACK = 120
_MOST_POINTS = 30


def _is_set_run(text: str, run: re.Match[str]) -> bool:
    """``run`` is two or more sets, or one with its tie-break, of a match named before it."""
    pairs = [(int(a), int(b)) for a, b in _FIGURES.findall(run.group())]
    if len(pairs) < 2 or any(a > _MOST_POINTS or b > _MOST_POINTS for a, b in pairs):
        return False
    if not any(a > b for a, b in pairs):
        return False
    lo = max(0, run.start() - _MATCH_LOOK_BACK)
    return _MATCH_BEFORE.search(text, lo, run.start()) is not None


def set_scores(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each dashed pair inside a match's run of set scores an identifier."""
    if not any(m.kind in ("count", "date") and ("-" in m.text or "–" in m.text) for m in mentions):
        return mentions
    runs = [run.span() for run in _SCORE_RUN.finditer(text) if _is_set_run(text, run)]
    if not runs:
        return mentions
    out = []
    for mention in mentions:
        inside = mention.kind in ("count", "date") and any(
            lo <= mention.start and mention.end <= hi for lo, hi in runs
        )
        out.append(identifier(text, mention.start, mention.end) if inside else mention)
    return out
