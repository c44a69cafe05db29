"""The label of a value in a statistics table whose rows run together.

Match reports end with a table that loses its layout in the corpus: each row
is the home side's value, the label, the away side's value, and the rows
follow each other with nothing between ("Thông số trận đấu: Betis Thông số
Atletico 13(5) Sút khung thành 5(2) 7 Phạm lỗi 16 3 Phạt góc 5 …", "5 Aces 4
0 Lỗi kép 4 53% Tỷ lệ giao bóng 1 54% 29/35 (83%) Giao bóng 1 ăn điểm 33/44
(75%) …").  Read forward, the away value takes the next row's value for its
noun and nothing for a subject; the label between the two values is the
subject of both.  The layout shows as a run of at least three rows: value,
capitalised label, value, then the next row's value.  A label may hold a
digit: inside it ("Giao bóng 1 ăn điểm"), or at its end, where three values
stand between two labels instead of two ("Tỷ lệ giao bóng 1 54% 29/35 (83%)").
"""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.context.sentence import TABLE_MIN_ROWS, SentenceWords
from claims.extract.context.standings import standings_column
from claims.model import Mention

_NUMBER = r"\d+(?:[.,]\d+)?(?:/\d+)?%?"
_ITEM = re.compile(
    rf"(?P<value>(?<![\w/.,]){_NUMBER}(?:\s*\(\s*{_NUMBER}\s*\))?(?![\w/]))"
    r"|(?P<label>[^\W\d_][\w'’\-]*"
    r"(?:[ \t]+(?:[^\W\d_][\w'’\-]*|\([^\W\d_][^()\d]{0,30}\)|\d(?=[ \t]+[^\W\d_])))*)"
    r"|(?P<other>\S)"
)
"""A value with its bracketed share ("29/35 (83%)", "13(5)"), a run of words (a
label, maybe with a bracket or a digit inside: "Sút khung thành (trúng đích)",
"Giao bóng 1 ăn điểm"), or any other character, which breaks a table."""
_MAX_LABEL_WORDS = 7
_LABEL_DIGIT = re.compile(r"[1-9]")
_DIGIT_WORD = re.compile(r"(?<=\s)\d(?=[ \t])")


def table_label(words: SentenceWords, mention: Mention) -> str | None:
    """The label of the table row ``mention`` is a value of, or ``None``; in a
    league standings table, the column's (standings)."""
    if not words.table_digits:  # a sentence with fewer holds no table of three rows
        return standings_column(words, mention)
    label = _labels(words.text[words.start : words.end]).get(mention.start - words.start)
    return label or standings_column(words, mention)


@lru_cache(maxsize=256)
def _labels(sentence: str) -> dict[int, str]:
    """Offset in ``sentence`` of every character of a table value -> its label."""
    items: list[_Item] = []
    for match in _ITEM.finditer(sentence):
        kind = match.lastgroup or "other"
        if kind == "label":
            items += _split_label(match)
        else:
            items.append((kind, match.start(), match.end(), match.group()))
    items = _merge_label_digits(items)
    found: dict[int, str] = {}
    index = 0
    while index < len(items):
        rows = _rows_from(items, index)
        after = index + 3 * len(rows)
        if (
            len(rows) < TABLE_MIN_ROWS
            or (index > 0 and items[index - 1][0] == "value")
            or (after < len(items) and items[after][0] == "value")
        ):
            # "Trận đấu 251 34 Thắng 191 26 Hòa …": rows of a label and two
            # values, read one value late.
            index += 1
            continue
        for first, label, second in rows:
            for _, start, end, _ in (first, second):
                found.update(dict.fromkeys(range(start, end), label))
        index = after
    return found


_Item = tuple[str, int, int, str]


def _split_label(match: re.Match[str]) -> list[_Item]:
    """A digit before a capital ends a label: "Cứu thua 6 Q.D" is a value and
    the writer's name, "Giao bóng 1 ăn điểm" one label."""
    items: list[_Item] = []
    start = match.start()
    for digit in _DIGIT_WORD.finditer(match.string, match.start(), match.end()):
        if not match.string[digit.end() + 1 : digit.end() + 2].isupper():
            continue
        label = match.string[start : digit.start()].rstrip()
        items.append(("label", start, start + len(label), label))
        items.append(("value", digit.start(), digit.end(), digit.group()))
        start = digit.end() + 1
    items.append(("label", start, match.end(), match.string[start : match.end()]))
    return items


def _merge_label_digits(items: list[_Item]) -> list[_Item]:
    """ "Tỷ lệ giao bóng 1 54% 29/35 (83%) Giao bóng …": three values between two
    labels, the first a bare digit, which ends the label before it."""
    merged: list[_Item] = []
    index = 0
    while index < len(items):
        item = items[index]
        window = [kind for kind, *_ in items[index + 1 : index + 5]]
        if (
            item[0] == "label"
            and window == ["value", "value", "value", "label"]
            and _LABEL_DIGIT.fullmatch(items[index + 1][3])
        ):
            digit = items[index + 1]
            merged.append(("label", item[1], digit[2], f"{item[3]} {digit[3]}"))
            index += 2
            continue
        merged.append(item)
        index += 1
    return merged


def _rows_from(items: list[_Item], index: int) -> list[tuple[_Item, str, _Item]]:
    """The rows "value label value" that follow each other from ``items[index]``."""
    rows: list[tuple[_Item, str, _Item]] = []
    while index + 2 < len(items):
        first, label, second = items[index : index + 3]
        if (
            first[0] != "value"
            or label[0] != "label"
            or second[0] != "value"
            or not label[3][0].isupper()
            or len(label[3].split()) > _MAX_LABEL_WORDS
        ):
            break
        rows.append((first, label[3], second))
        index += 3
    return rows
