"""The old value of a change, written with no unit before the new value that has one.

'các BV hạng đặc biệt tăng từ 354.000 lên 677.000 đồng/người', 'hạ từ 49 xuống 43 điểm',
'tăng thời lượng chất vấn từ 2,5 lên 3 ngày', 'tăng từ 37 lên 50 triệu USD': the writer
prints the unit, and the scale word, once, after the new value.  The bare old value
before 'lên', 'xuống' or 'còn' is the same quantity (354.000 đồng, 49 điểm, 2,5 ngày,
37 triệu USD), not a count of things; read as a count, the change rule could not set it
against the new value.  Only a bare number in digits after 'từ' takes them, and only
from a money, measure, duration, percent or age right after the verb of direction: 'từ 3
xuống 5' (ranks) or 'từ 48 lên 52 bị cáo' (counts) stay as they are, and so does the 0 a
standing start begins from ('tăng tốc từ 0 lên 100 km/h': the test, not a speed stated).
"""

from __future__ import annotations

import re
from decimal import Decimal

from claims.extract.grammar.numbers import to_number
from claims.extract.grammar.numeral_words import BIG_SCALE_WORDS, SCALE_WORDS
from claims.model import Mention

_FROM_BEFORE = re.compile(r"(?<![^\W_])[Tt]ừ[ \t]+(?:mức[ \t]+)?$")
_DIRECTION_BETWEEN = re.compile(r"[ \t]+(?:lên|xuống|còn)[ \t]+(?:mức[ \t]+)?")
_BARE_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
_SCALE_RUN_AFTER_DIGITS = re.compile(
    rf"\d+(?:[.,]\d+)*[ \t]*(?P<run>(?:(?:{'|'.join(BIG_SCALE_WORDS)})(?![^\W_])[ \t]*)+)"
)
"""The scale words the new value's digits carry: 'triệu', 'nghìn tỷ' (they multiply)."""
_UNIT_KINDS = frozenset({"money", "measure", "duration", "percent", "age"})
_LOOK_BACK = 10


def share_change_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """Give the bare old value of 'từ A lên B <unit>' the new value's unit (module doc)."""
    result = list(mentions)
    for index in range(len(result) - 1):
        old, new = result[index], result[index + 1]
        if new.kind not in _UNIT_KINDS or not new.unit or new.qualifier != "exact":
            continue
        if not _bare_count(old) or old.value == 0:
            continue
        if _DIRECTION_BETWEEN.fullmatch(text, old.end, new.start) is None:
            continue
        if _FROM_BEFORE.search(text, max(0, old.start - _LOOK_BACK), old.start) is None:
            continue
        value = to_number(Decimal(str(old.value)) * _scale_of(new.text))
        result[index] = old.model_copy(
            update={
                "kind": new.kind,
                "unit": new.unit,
                "per": new.per,
                "value": value,
                "lower": value,
                "upper": value,
            }
        )
    return result


def _bare_count(mention: Mention) -> bool:
    return (
        mention.kind == "count"
        and mention.unit is None
        and mention.qualifier == "exact"
        and isinstance(mention.value, int | float)
        and _BARE_DIGITS.fullmatch(mention.text) is not None
    )


def _scale_of(text: str) -> int:
    """What the scale words after the leading digits multiply by: 'nghìn tỷ' is 10¹²."""
    scaled = _SCALE_RUN_AFTER_DIGITS.match(text)
    factor = 1
    for word in scaled["run"].split() if scaled else ():
        factor *= SCALE_WORDS[word]
    return factor
