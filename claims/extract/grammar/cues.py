"""What the words right before a number say about it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from claims.extract.grammar.lexicon import HEDGES
from claims.extract.grammar.patterns import LOOKBACK, LOOKBACK_CHARS
from claims.model import Qualifier

_CUE_GROUPS = (
    "hedge",
    "from",
    "clock_cue",
    "currency",
    "negative",
    "multiple",
    "ordinal",
    "year",
    "month",
    "date",
    "score",
    "share",
    "identifier",
    "attached",
)


@dataclass(frozen=True, slots=True)
class Cue:
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
        return Cue(None, "", start)
    found = LOOKBACK.search(text, lo, start)
    if found is None:
        return Cue(None, "", start)
    for name in _CUE_GROUPS:
        raw = found.group(name)
        if raw is None:
            continue
        word = " ".join(raw.split()).lower()
        if name == "hedge":
            return Cue(
                name,
                word,
                found.start(),
                qualifier=cast(Qualifier, HEDGES[word]),
                from_too=found.group("hedge_from") is not None,
            )
        if name == "currency":
            return Cue(name, raw, found.start(), gap=found.group("currency_gap") is not None)
        if name == "identifier":
            word = word.removesuffix(" số").removesuffix(" số:").strip()
        return Cue(name, word, found.start())
    return Cue(None, "", start)
