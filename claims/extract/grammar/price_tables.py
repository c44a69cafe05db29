"""Prices in a table whose header names the currency: 'Đơn giá (taka/kg)'.

A price list loses its layout in the corpus and runs on in one line: a header
names the currency once, in brackets ("Mặt hàng Đơn giá (taka/kg)  BROKENS  Bold/Large
Brokens 120-130  Medium Brokens 130-150 …", "Thị trường Giá (VND/kg) Thay đổi  Chư Sê
(Gia Lai) 72.000 0 …", "Chi phí(Đơn vị: Triệu đồng)  1  Phần thô 390  2  Gạch 30 …").
Each row is a label and its price, bare: the scan reads it as a count, or, after a
capitalised label, as the label's model number.  A bare number or range right after a
label word is a price in the header's currency (times its scale word, per its unit).
A number after another number is a row number or a second column ('+1.000', the
change) and keeps its reading.  The table ends at a sentence's full stop, a newline,
the source ('Nguồn:') or a run of words with no number, where the story goes on.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from claims.extract.grammar.mentions import trusted_mention
from claims.extract.grammar.numbers import read_digits, to_number
from claims.extract.grammar.unit_words import CURRENCY_WORDS
from claims.model import Mention

_CURRENCY = "|".join(
    re.escape(word) for word in sorted(CURRENCY_WORDS, key=len, reverse=True) if len(word) > 1
)
_SCALES = {"nghìn": 1000, "ngàn": 1000, "triệu": 10**6, "tỷ": 10**9, "tỉ": 10**9}
_BRACKET = (
    r"\([ \t]*(?:[Đđ]ơn vị(?:[ \t]+tính)?[ \t]*:[ \t]*)?"
    rf"(?:(?P<scale>[Nn]ghìn|[Nn]gàn|[Tt]riệu|[Tt]ỷ|[Tt]ỉ)[ \t]+)?(?P<currency>{_CURRENCY})"
    r"(?:[ \t]*/[ \t]*(?P<per>[^\W\d_]{1,8}))?[ \t]*\)"
)
_HEADER = re.compile(
    r"(?<![^\W_])(?P<noun>[Đđ]ơn giá|[Gg]iá(?:[ \t]+[^\W\d_]+){0,3}|[Cc]hi phí|[Tt]rị giá)[ \t]*"
    + _BRACKET
)
_HEADER_BRACKET = re.compile(_BRACKET)
"""The header's bracket alone: it opens on a literal '(', which the regex engine skips
to at C speed, where ``_HEADER``, opening on a look-behind and a choice of nouns, is
tried at every character.  Every header holds one, and about one article in 250 has
any: the others are done after this search."""
_NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_ROW_VALUE = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=[^\W\d_]\)))"
    rf"[ \t]+(?P<low>{_NUMBER})(?:[ \t]*[-–][ \t]*(?P<high>{_NUMBER}))?"
    r"(?=[ \t]*$|\n|[ \t]{2}|[ \t][+\-–]?\d|[ \t]\(|[ \t](?P<next>[^\W\d_]))"
)
"""'Brokens 120-130  Medium', 'Gạch 30 3 Đá', 'Chư Sê (Gia Lai) 72.000 0': a price after its
label, before the next row; not '5 chỗ ngồi' in a row's description."""
_LABEL_END = re.compile(r"([^\W\d_]+)\)?$")
_TABLE_ENDS = re.compile(r"\n|\.[ \t]|[Nn]guồn[ \t]*:|(?:[ \t]+[^\W\d_]+){9}")
_MAX_TABLE = 1500
_MAX_LABEL = 60
_ROW_BREAK = re.compile(r"[ \t]{2,}|(?<!\S)[+\-–]?\d[\d.,]*(?:[ \t]+|$)")


class _Row(NamedTuple):
    start: int
    end: int
    mention: Mention
    label: str


def price_table_rows(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the bare rows of a currency-headed price table read as money."""
    rows = _table_rows(text)
    if not rows:
        return mentions
    out: list[Mention] = []
    used: set[int] = set()
    index = 0
    for mention in mentions:
        while index < len(rows) and rows[index].end <= mention.start:
            index += 1
        row = rows[index] if index < len(rows) else None
        bare = mention.kind in ("count", "identifier") and mention.unit is None
        if row is None or not bare or row.start >= mention.end:
            out.append(mention)
        elif index not in used:
            used.add(index)
            out.append(row.mention)
    return out


def price_row_label(text: str, mention: Mention) -> str | None:
    """'đơn giá Bold/Large Brokens': the header's noun and the row's label of a price
    read by ``price_table_rows``, or ``None``."""
    if mention.kind != "money" or "(" not in text:
        return None
    for row in _table_rows(text):
        if row.start == mention.start and row.end == mention.end:
            return row.label
    return None


@lru_cache(maxsize=16)
def _table_rows(text: str) -> tuple[_Row, ...]:
    if "(" not in text or _HEADER_BRACKET.search(text) is None:
        return ()
    rows: list[_Row] = []
    for header in _HEADER.finditer(text):
        end = _TABLE_ENDS.search(text, header.end(), header.end() + _MAX_TABLE)
        stop = end.start() if end is not None else min(len(text), header.end() + _MAX_TABLE)
        rows += _rows(text, header, stop)
    return tuple(rows)


def _rows(text: str, header: re.Match[str], stop: int) -> list[_Row]:
    scale = _SCALES[header.group("scale").lower()] if header.group("scale") else 1
    currency = CURRENCY_WORDS[header.group("currency")]
    per = header.group("per")
    noun = header.group("noun")
    noun = noun[0].lower() + noun[1:]
    found = []
    for value in _ROW_VALUE.finditer(text, header.end(), stop):
        following = value.group("next")
        label = _LABEL_END.search(text, max(0, value.start() - 30), value.start())
        heading = label is not None and len(label.group(1)) > 1 and label.group(1).isupper()
        if heading or value.start() == header.end() or (following and following.islower()):
            continue  # "Triệu đồng)  1  Phần thô", "TRONG NƯỚC 1 Camry": a row's number
        low = read_digits(value.group("low")).value * scale
        high_raw = value.group("high")
        high = read_digits(high_raw).value * scale if high_raw else low
        if high < low:
            continue
        start, end = value.start("low"), value.end()
        money = _money(text, start, end, low, high, currency, per)
        found.append(_Row(start, end, money, f"{noun} {_row_label(text, header.end(), start)}"))
    return found


def _row_label(text: str, header_end: int, start: int) -> str:
    """'Bold/Large Brokens' in '  BROKENS  Bold/Large Brokens 120-130': the words since the
    last double space or number."""
    piece = _ROW_BREAK.split(text[max(header_end, start - _MAX_LABEL) : start])[-1]
    return piece.strip()


def _money(
    text: str, start: int, end: int, low: Decimal, high: Decimal, currency: str, per: str | None
) -> Mention:
    ranged = high != low
    return trusted_mention(
        {
            "text": text[start:end],
            "start": start,
            "end": end,
            "kind": "money",
            "value": None if ranged else to_number(low),
            "lower": to_number(low),
            "upper": to_number(high),
            "unit": currency,
            "qualifier": "range" if ranged else "exact",
            "per": per,
        }
    )
