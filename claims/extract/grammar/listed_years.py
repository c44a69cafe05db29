"""A bare 19xx/20xx listed after a year is the next year of the list, no count.

'năm 2015, 2016 đối với đá', 'các năm 2014 và 2016 nhưng', 'vào năm 2008 và 2015 vì',
'các năm 2001, 2003, 2004 và 2014': the writer prints 'năm' once and lists the years after
it.  A bare four-digit number closing its clause was read as a year already; one followed
by more of the sentence was a count of nothing.  A number followed by the noun it counts
stays a count ('Năm 2016, 2000 người tham gia').
"""

from __future__ import annotations

import re

from claims.extract.grammar.cores import read_tail
from claims.extract.grammar.date_readings import FOUR_DIGIT_YEAR
from claims.extract.grammar.mentions import plain_mention
from claims.extract.grammar.patterns import NOUN_TAIL
from claims.model import Mention

_YEAR_JOINER = re.compile(r"[ \t]*(?:,[ \t]*(?:và|hoặc)?|và|hoặc)[ \t]*")


def listed_year(text: str, previous: Mention, mention: Mention) -> Mention:
    """``mention`` read as a year when it is a bare 19xx/20xx listed after the year
    ``previous``; else ``mention`` unchanged."""
    if mention.qualifier != "exact" or not FOUR_DIGIT_YEAR.fullmatch(mention.text):
        return mention
    if _YEAR_JOINER.fullmatch(text, previous.end, mention.start) is None:
        return mention
    if NOUN_TAIL.match(text, mention.end) or read_tail(text, mention.end).unit_found:
        return mention  # "Năm 2016, 2000 người tham gia": a count
    number = int(mention.text)
    return plain_mention(
        text, mention.start, mention.end, "year", number, lower=number, upper=number
    )
