"""What the words right before a number say about it."""

from __future__ import annotations

from typing import NamedTuple, cast

from claims.extract.grammar.hedge_words import HEDGES
from claims.extract.grammar.patterns import LOOKBACK_CHARS, LOOKBACK_REVERSED
from claims.model import Qualifier

_CUE_GROUPS = frozenset(
    {
        "hedge_a",
        "hedge",
        "from",
        "clock_cue",
        "currency",
        "negative",
        "multiple",
        "ordinal",
        "time_rank",
        "age_cue",
        "quarter",
        "year",
        "month",
        "date",
        "paren",
        "score",
        "share",
        "identifier",
        "attached",
    }
)


# A named tuple, not a frozen dataclass: built several times per number, at a third
# of the cost, and as immutable.
class Cue(NamedTuple):
    """The cue before a number: its kind (a LOOKBACK group name), its word and start."""

    kind: str | None
    word: str
    start: int
    qualifier: Qualifier | None = None
    from_too: bool = False  # "khoảng từ 3 đến 5": a hedge, then "từ"
    gap: bool = False  # "EUR 20": a currency code separated by a space


def look_back(text: str, start: int, floor: int) -> Cue:
    """The cue word ending right at ``start``, never reaching before ``floor``."""
    lo = max(floor, start - LOOKBACK_CHARS)
    if lo >= start:
        return _NO_CUE
    found = LOOKBACK_REVERSED.match(text[lo:start][::-1])
    if found is None:
        return _NO_CUE
    cue_start = start - found.end()
    name = found.lastgroup  # one branch matches; its cue group closes last
    if name in _CUE_GROUPS:
        raw = found.group(name)
        word = " ".join(raw[::-1].split()).lower()
        if name in ("hedge", "hedge_a"):
            return Cue(
                "hedge",
                word,
                cue_start,
                qualifier=cast(Qualifier, HEDGES[word]),
                from_too=name == "hedge_a",
            )
        if name == "currency":
            return Cue(name, raw[::-1], cue_start, gap=found.group("currency_gap") is not None)
        if name == "paren":
            return Cue("date", "(", start)  # "(6.2)": a date cue, but no part of the date
        return Cue(name, word, cue_start)
    return _NO_CUE


_NO_CUE = Cue(None, "", -1)
