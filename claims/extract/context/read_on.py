"""Where a noun phrase read backward goes on past where it would stop.

An owner: read backward from a verb, a phrase stops after a fixed number of words;
"giá vàng SJC 1kg của Công ty TNHH một thành viên Vàng bạc đá quý Sài Gòn
niêm yết" uses them up on the owner and keeps "1kg của Công ty …", or only
"của Công ty …".  When what was read is "của" (maybe after one word) and a
capitalised name of at least four words, the head of the phrase stands
before it, and the reading goes on for a few words more.

A period singled out: "lợi nhuận trước thuế của LienVietPostBank riêng quý
I/2017 đạt gần 470 tỷ đồng" reads only "quý I/2017" before the stop word
"riêng"; the period is scope, and the subject stands before "riêng".
"""

from __future__ import annotations

from claims.extract.context.sentence import SentenceWords, Token

OWNER_HEAD_WORDS = 4
"""Words read on past the limit for the head of a phrase that ends in an owner."""
_OWNER_MIN_WORDS = 4


def owned(phrase: str) -> bool:
    """``phrase`` is an owner: "của" and a capitalised name of at least
    ``_OWNER_MIN_WORDS`` words, with at most one word before "của"."""
    read = phrase.split()
    lowered = [word.lower() for word in read[:2]]
    if "của" not in lowered:
        return False
    owner = read[lowered.index("của") + 1 :]
    return len(owner) >= _OWNER_MIN_WORDS and owner[0][:1].isupper()


_PERIOD_KINDS = frozenset({"year", "date", "time"})


def singled_out_period(words: SentenceWords, token: Token, span: list[int]) -> bool:
    """``token`` is "riêng" and all that was read after it is one period."""
    if not span or token.group().lower() != "riêng":
        return False
    period = words.claim_at(span[0])
    return period is not None and period.kind in _PERIOD_KINDS and period.end >= span[1]
