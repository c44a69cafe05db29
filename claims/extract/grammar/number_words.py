"""Numbers written in words: "ba mươi ba", "hai trăm nghìn", "một triệu rưỡi".

Many number words are also ordinary words ("một số" = some, "năm" = year,
"tư" = private, "ba" = father), so the regex here only describes the *shape*
of a numeral; ``claims.extract.grammar.scan`` decides from what follows
whether a single word quantifies anything.
"""

from __future__ import annotations

import re
from decimal import Decimal

from claims.extract.grammar.alternation import SPACE, alt
from claims.extract.grammar.numbers import Figure, figure_of
from claims.extract.grammar.numeral_words import DIGIT_WORDS, SCALE_WORDS, UNIT_TAIL_WORDS

DIGIT_WORD = alt([w for w in DIGIT_WORDS if w != "không"])
# "năm" never ends a numeral: 25 is "hai mươi lăm", so "hai mươi năm" is 20 years.
_TAIL = alt([w for w in UNIT_TAIL_WORDS if w not in ("không", "năm")])
_AFTER_MUOI = alt([w for w in UNIT_TAIL_WORDS if w not in ("không", "năm", "mốt", "tư")])
_END = r"(?![^\W\d_])"
_S = SPACE + "+"

TENS = (
    rf"(?:{DIGIT_WORD}{_S}(?:mươi|chục)(?:{_S}{_TAIL}{_END})?"
    rf"|[Mm]ười(?:{_S}{_AFTER_MUOI}{_END})?)"
)
"""10-99 in words."""

HUNDREDS = (
    rf"(?:(?:{DIGIT_WORD}|không|Không){_S}trăm"
    rf"(?:{_S}(?:(?:linh|lẻ){_S}(?:{DIGIT_WORD}|tư){_END}|{TENS}{_END}))?"
    rf"|{TENS}|{DIGIT_WORD})"
)
"""0-999 in words: one group below a scale word."""

NOT_A_SCALE = r"(?![ \t\u00a0]+(?:số|lệ|giá|trọng|phú)(?![^\W_]))"
"""'tỷ số' (score), 'tỷ lệ' (ratio), 'tỷ giá' (exchange rate), 'tỷ phú' (a billionaire):
not a billion."""
MILLION = r"triệu(?![ \t\u00a0]+(?:phú|chứng)(?![^\W_]))"
"""'triệu phú' is a millionaire ('nhiều triệu phú', '2 triệu phú') and 'triệu chứng' a
symptom ('bốn triệu chứng', 'là một triệu chứng của …'): not a million."""

BIG_SCALE = rf"(?:nghìn|ngàn|vạn|{MILLION}|(?:tỷ|tỉ){NOT_A_SCALE})"

_MULTI_WORD_GROUP = (
    rf"(?:(?:{DIGIT_WORD}|không){_S}trăm"
    rf"(?:{_S}(?:(?:linh|lẻ){_S}(?:{DIGIT_WORD}|tư)|{TENS}))?|{TENS})"
)

WORD_NUMBER = (
    rf"(?:{HUNDREDS}{_END}(?:{_S}{BIG_SCALE}(?:{_S}{BIG_SCALE})?{_END}"
    rf"(?:{_S}(?:{_MULTI_WORD_GROUP}{_END}|{DIGIT_WORD}{_END}(?={_S}{BIG_SCALE})|rưỡi{_END}))?)*)"
)
"""A whole number in words: groups below 1000 joined by scale words.

After a scale word a one-word group is taken only before another scale word,
so "ba nghìn năm" stays 3000 years and "hai nghìn năm trăm" is 2500."""

SINGLE_WORD = re.compile(DIGIT_WORD + r"|mười|Mười")
"""A numeral of one word: quantifies only before a unit, scale or counted noun."""

_TOKEN = re.compile(r"[^\s]+")
_TAIL_VALUES = {**UNIT_TAIL_WORDS}


def read_words(phrase: str) -> Figure:
    """Value of a ``WORD_NUMBER`` match (or digits mixed with scale words)."""
    total = Decimal(0)  # completed scale groups
    group = Decimal(0)  # the group below 1000 being built
    pending: Decimal | None = None  # a digit word not yet placed
    last_unit = Decimal(1)  # place of the last word read, for "rưỡi"
    for token in _TOKEN.findall(phrase.lower()):
        if token in ("mươi", "chục"):
            group += (pending if pending is not None else Decimal(1)) * 10
            pending, last_unit = None, Decimal(10)
        elif token == "mười":
            group += 10
            pending, last_unit = None, Decimal(1)
        elif token == "trăm":
            group += (pending if pending is not None else Decimal(1)) * 100
            pending, last_unit = None, Decimal(100)
        elif token in ("linh", "lẻ"):
            continue
        elif token == "rưỡi":
            if pending is not None:
                group += pending
                pending = None
            if group == 0 and total > 0:
                total += last_unit / 2
            else:
                group += last_unit / 2
        elif token in SCALE_WORDS:
            scale = Decimal(SCALE_WORDS[token])
            amount = group + (pending or 0)
            if amount == 0 and pending is None and total > 0:
                total *= scale  # "nghìn tỷ": scales stack
            else:
                total += (amount if amount or pending is not None else Decimal(1)) * scale
            group, pending, last_unit = Decimal(0), None, scale
        elif token in _TAIL_VALUES:
            pending = Decimal(_TAIL_VALUES[token])
            last_unit = Decimal(1)
        else:
            pending = Decimal(token.replace(",", "."))
    return figure_of(total + group + (pending or 0))
