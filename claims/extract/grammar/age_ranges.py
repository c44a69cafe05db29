"""'độ tuổi từ 5 đến 10', 'tuổi từ 18 - 25': a range of ages whose age word stands before
'từ', where the grammar's age cue cannot see it past the 'từ' of the range.

'ở độ tuổi 40 - 50' is read as ages already (the cue is right before the number); with
'từ' between, the range was a count of 5 to 10 ('bé gái ở độ tuổi từ 5 đến 10').  Read
as ages, the context's age-band check then tells a band that defines a group ('61% bé
gái ở độ tuổi từ 5 đến 10') from one that states ages ('Các nạn nhân đều trong độ tuổi
từ 16 đến 35').  Over the first 10,000 open articles (tools/snapshot.py) 23 readings
change, all from counts of the wrong kind: 10 become age claims (9 right) and 13 group
modifiers (11 right; 'tử thi là nữ tuổi từ 20 đến 25' states an age).
"""

from __future__ import annotations

import re

from claims.extract.grammar.mentions import plain_mention, reread_each
from claims.model import Mention

_FROM_RANGE = re.compile(r"[Tt]ừ[ \t]+\d{1,3}[ \t]*(?:-|–|đến|tới)[ \t]*\d{1,3}")
_AGE_WORD_BEFORE = re.compile(r"(?<![^\W_])(?:[Đđ]ộ[ \t]+)?[Tt]uổi[ \t]+$")
_OLDEST = 120
_LOOK_BACK = 10


def age_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each 'tuổi từ A đến B' count range read as ages."""
    if "tuổi" not in text:
        return mentions
    return reread_each(mentions, lambda mention: _age_range(text, mention))


def _age_range(text: str, mention: Mention) -> Mention | None:
    low, high = mention.lower, mention.upper
    if not (
        mention.kind == "count"
        and mention.qualifier == "range"
        and mention.unit is None
        and isinstance(low, int)
        and isinstance(high, int)
        and 0 < low < high <= _OLDEST
        and _FROM_RANGE.fullmatch(mention.text)
        and _AGE_WORD_BEFORE.search(text, max(0, mention.start - _LOOK_BACK), mention.start)
    ):
        return None
    return plain_mention(
        text,
        mention.start,
        mention.end,
        "age",
        None,
        unit="tuổi",
        lower=low,
        upper=high,
        qualifier="range",
    )
