"""The subject of an amount a verb reaches when nothing stands before the verb.

Read backward from "đạt" (reaches), an amount finds its subject before the
verb.  Two layouts leave nothing there:

- the verb opens a bracket after what reaches the amount: "Tiếp nối sự bứt phá
  về lợi nhuận trước thuế năm 2016 (đạt 1.348 tỷ đồng)"; the subject is read
  back from the bracket (money and measures only: "(đạt 98%)" after a clause
  is a share of something else);
- only a period stands between a comma and the verb: "lợi nhuận … riêng quý
  I/2017 đạt gần 470 tỷ đồng, đến thời điểm 31.5.2017 đạt trên 730 tỷ đồng";
  the same thing at a later time, so the subject of the earlier amount of the
  kind in the clause.
"""

from __future__ import annotations

import re

from claims.extract.context.phrase_backward import backward_read, backward_span
from claims.extract.context.phrase_cleaning import clean
from claims.extract.context.sentence import SentenceWords
from claims.model import Mention

_BRACKETED_KINDS = frozenset({"money", "measure"})
_REACHED_IN_BRACKET = re.compile(r"\(\s*đạt(?:\s+\w+)*\s*$", re.IGNORECASE)
""""(đạt 1.348 tỷ đồng)": an amount reached, in brackets after what reached it."""
_ABOUT = re.compile(r"^về\s+", re.IGNORECASE)
_PERIOD_KINDS = frozenset({"date", "year", "time", "duration"})


def reached_subject(
    words: SentenceWords, mention: Mention, verb: int, previous: list[tuple[Mention, str]]
) -> str | None:
    """The subject of ``mention``, reached by the verb at ``verb``, or ``None``."""
    text = words.text
    if mention.kind in _BRACKETED_KINDS and _REACHED_IN_BRACKET.search(
        text, words.start, mention.start
    ):
        opener = text.rindex("(", words.start, mention.start)
        found, after_quantity = backward_read(words, opener, closed=True)
        if found and not after_quantity:
            return _ABOUT.sub("", found)  # "sự bứt phá về lợi nhuận …"
    return _later_value(words, mention, verb, previous) if previous else None


def _later_value(
    words: SentenceWords, mention: Mention, verb: int, previous: list[tuple[Mention, str]]
) -> str | None:
    """The subject of the nearest earlier value of the kind in the clause, when
    only a period stands between the comma before ``verb`` and it."""
    span, _ = backward_span(words, verb, closed=True)
    if span is None or clean(words.slice(*span)) is not None:
        return None  # no period, or a noun with it
    if not any(
        claim.kind in _PERIOD_KINDS and span[0] <= claim.start < span[1]
        for claim in (*words.claims, *words.transparent)
    ):
        return None
    if words.text[max(words.start, span[0] - 2) : span[0]].strip() != ",":
        return None
    for earlier, subject in reversed(previous):
        if ";" in words.text[earlier.end : mention.start]:
            return None
        if earlier.kind == mention.kind:
            return subject
    return None
