"""'mười mấy năm', 'hai mươi mấy trận', '10 mấy năm': some ten and a few.

'mấy' after a round ten is its unsaid units digit: 'mười mấy' is eleven to nineteen,
'hai mươi mấy' twenty-one to twenty-nine, a vague amount as 'vài chục' is.  The scan
reads the ten as a count of ten and 'mấy' on its own ('mấy năm', two to nine years, or
'mấy tỉ đồng'); ``tens_and_some`` joins them into one vague amount of what follows 'mấy'
(its unit, or the scale of the 'mấy' amount: 'mười mấy tỉ đồng' is 11 to 19 billion đồng).
"""

from __future__ import annotations

import re
from decimal import Decimal

from claims.extract.grammar.cores import read_tail
from claims.extract.grammar.mentions import plain_mention
from claims.model import Mention

_TENS = frozenset({10, 20, 30, 40, 50, 60, 70, 80, 90})
_SOME_AFTER = re.compile(r"[ \t]+(?=mấy(?![^\W_]))")
_TEN_BEFORE = re.compile(r"(?<![^\W_])[Mm]ười[ \t]+$")
"""'trong vòng mười mấy năm': a 'mười' the scan left unread before 'mấy năm'."""
_FEW_LEAD = 2
"""'mấy X' is read as [2X, 9X]: its scale is its lower bound over two."""


def tens_and_some(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join a round ten and the 'mấy' after it into one vague amount."""
    if "mấy" not in text:
        return mentions
    result: list[Mention] = []
    skip = -1
    for index, mention in enumerate(mentions):
        if index == skip:
            continue
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        joined = _joined(text, mention, following)
        if joined is None:
            result.append(mention)
            continue
        tens, start, some = joined
        if some is following:
            skip = index + 1
        result.append(_vague(text, start, tens, some))
    return result


def _joined(
    text: str, mention: Mention, following: Mention | None
) -> tuple[int, int, Mention] | None:
    """The ten, where the amount starts and the 'mấy' mention it swallows (if the scan
    read one), when ``mention`` is a round ten before 'mấy' or a 'mấy' after 'mười'."""
    if mention.text[:3] == "mấy" and mention.qualifier == "vague":
        ten = _TEN_BEFORE.search(text, max(0, mention.start - 8), mention.start)
        return None if ten is None else (10, ten.start(), mention)
    value = mention.value
    if (
        mention.kind != "count"
        or mention.unit is not None
        or mention.qualifier != "exact"
        or not isinstance(value, int)
        or value not in _TENS
    ):
        return None
    gap = _SOME_AFTER.match(text, mention.end)
    if gap is None:
        return None
    some_at = gap.end()
    if following is not None and following.start == some_at and following.qualifier == "vague":
        return value, mention.start, following
    return value, mention.start, _bare_some(text, some_at)


def _bare_some(text: str, at: int) -> Mention:
    """'mấy' the scan left unread ('mười mấy người'), with the unit after it."""
    tail = read_tail(text, at + 3)
    kind = tail.kind if tail.unit_found else "count"
    return plain_mention(
        text, at, tail.end, kind, None, unit=tail.unit, per=tail.per, lower=2, upper=9,
        qualifier="vague",
    )  # fmt: skip


def _vague(text: str, start: int, tens: int, some: Mention) -> Mention:
    scale = Decimal(str(some.lower or _FEW_LEAD)) / _FEW_LEAD
    lower, upper = (tens + 1) * scale, (tens + 9) * scale
    return plain_mention(
        text, start, some.end, some.kind, None, unit=some.unit, per=some.per,
        lower=_number(lower), upper=_number(upper), qualifier="vague",
    )  # fmt: skip


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)
