"""The column of a value in a league standings table whose rows run together.

A standings table loses its layout in the corpus: a header of column names,
then each row's rank, team and values with nothing between ("Đội ST Thắng
Hòa Bại Tg Th HS Điểm Bảng A 1 Mexico 2 1 1 0 4 3 +1 4 2 Bồ Đào Nha 2 …",
"XH Đội Tr T H B BT BB Điểm 1 TP.HCM 2 2 0 0 5 2 6 2 CAND …").  Read forward,
a value takes the next value or the next team for its noun; what it counts is
its column: the header's name, spelled out ("Tg" is goals scored, "HS" the
goal difference).  The header is told by its names alone: the team column,
then at least four value columns that end with the points; a row is a rank,
a team name of words, and one value per column, so the rank of the next row
follows the last value.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.context.sentence import SentenceWords
from claims.model import Mention

_COLUMNS = {
    "st": "trận đã đấu",
    "tr": "trận đã đấu",
    "trận": "trận đã đấu",
    "t": "trận thắng",
    "thắng": "trận thắng",
    "h": "trận hòa",
    "hòa": "trận hòa",
    "b": "trận bại",
    "bại": "trận bại",
    "thua": "trận thua",
    "tg": "bàn thắng",
    "bt": "bàn thắng",
    "th": "bàn thua",
    "bb": "bàn thua",
    "hs": "hiệu số",
    "điểm": "điểm",
    "đ": "điểm",
}
"""A standings column as headed, in lower case -> what its values count."""
SPELLED_OUT = frozenset(_COLUMNS.values())
"""The subjects this module spells out: not cut from the text, a table's glossary."""
_NAME = re.compile(r"[^\W\d_][\w.\-]*")
_HEADER = re.compile(
    r"(?<!\w)(?:XH\s+)?Đội((?:\s+(?:ST|Tr|Trận|T|Thắng|H|Hòa|B|Bại|Thua|Tg|BT|Th|BB|HS))+)"
    r"\s+(?:Điểm|Đ)(?!\w)"
)
"""The team column, the value columns, the points column last."""
_MIN_COLUMNS = 5
_NUMBER = re.compile(r"[+\-−–]?\d+(?!\S)")
_TOKEN = re.compile(r"\S+")
_MAX_NAME_WORDS = 4
"""A team's name; a group's heading between header and rows ("Bảng A") is
read as the words before the first rank."""


def standings_column(words: SentenceWords, mention: Mention) -> str | None:
    """What the standings-table value ``mention`` counts, or ``None``."""
    if words.text.find("Đội", words.start, words.end) == -1:
        return None  # no header: asked for every claim, answered without a slice
    return _columns(words.text[words.start : words.end]).get(mention.start - words.start)


@lru_cache(maxsize=256)
def _columns(sentence: str) -> dict[int, str]:
    """Offset in ``sentence`` of every character of a table value -> its column."""
    found: dict[int, str] = {}
    for header in _HEADER.finditer(sentence):
        columns = [_COLUMNS[name.lower()] for name in header.group(1).split()]
        columns.append("điểm")
        if len(columns) < _MIN_COLUMNS:
            continue
        tokens = list(_TOKEN.finditer(sentence, header.end()))
        index = _first_rank(tokens)
        while index is not None and index < len(tokens):
            row = _row(tokens, index, len(columns))
            if row is None:
                break
            for value, column in zip(row, columns, strict=True):
                found.update(dict.fromkeys(range(value.start(), value.end()), column))
            index += 1 + _name_length(tokens, index + 1) + len(columns)
    return found


def _first_rank(tokens: list[re.Match[str]]) -> int | None:
    """The first number after the header, within a heading's words: the first
    row's rank."""
    for index, token in enumerate(tokens[: _MAX_NAME_WORDS + 1]):
        if _NUMBER.fullmatch(token.group()):
            return index
    return None


def _name_length(tokens: list[re.Match[str]], index: int) -> int:
    """How many words of a team's name start at ``tokens[index]``."""
    length = 0
    while (
        index + length < len(tokens)
        and length < _MAX_NAME_WORDS
        and _NAME.fullmatch(tokens[index + length].group())
    ):
        length += 1
    return length


def _row(tokens: list[re.Match[str]], rank: int, size: int) -> list[re.Match[str]] | None:
    """The values of the row whose rank is ``tokens[rank]``: after the team's
    name, ``size`` numbers; ``None`` when the tokens are not such a row."""
    if not _NUMBER.fullmatch(tokens[rank].group()):
        return None
    name = _name_length(tokens, rank + 1)
    values = tokens[rank + 1 + name : rank + 1 + name + size]
    if name == 0 or len(values) < size or not all(_NUMBER.fullmatch(v.group()) for v in values):
        return None
    return values
