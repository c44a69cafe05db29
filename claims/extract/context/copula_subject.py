"""The subject of a number after a copula: "X là N", "X gồm N".

"trẻ em dưới 6 tuổi là hơn 74.000 trẻ", "Dự thảo gồm ba chương": the phrase
before the copula is the subject, unless it is a place ("TP.HCM là 500 ca", which
scopes the number; the subject follows), ends right after another quantity (the
subject then follows the number, or is owned before the copula), or, for a count,
the noun after the number is what is counted ("Diện xét tuyển thẳng … là 119 thí
sinh").  A share with none of these is a share of the count before it.
"""

from __future__ import annotations

import re

from claims.extract.context.earlier_subjects import SHARE_KINDS, share_of
from claims.extract.context.phrase_backward import backward_read
from claims.extract.context.phrase_forward import forward
from claims.extract.context.properties import owned_before_copula, read_through_place
from claims.extract.context.scope import only_a_place
from claims.extract.context.sentence import SentenceWords
from claims.model import Mention

_COUNTED_KINDS = frozenset({"count", "fraction"})
_OWNED_KINDS = frozenset({"money", "measure", "percent"})
_CONSISTS_OF = re.compile(r"(?<!\w)gồm(?!\w)", re.IGNORECASE)


def copula_subject(
    words: SentenceWords,
    mention: Mention,
    at: int,
    copula: str,
    previous: list[tuple[Mention, str]],
) -> str | None:
    """The subject of ``mention``, read around the copula ``copula`` that opens at
    ``at``: X, else what follows N, else a share of the count before."""
    found, after_quantity = backward_read(words, at, closed=False, through_determiners=True)
    if found and found[0].isupper() and not after_quantity:
        # "tổng số người Việt sinh sống tại Australia là …": past the place.
        found = read_through_place(words, at, found)
    if after_quantity:
        owned = None
        if mention.kind in _OWNED_KINDS:
            owned = owned_before_copula(words, at, mention.kind)
        found = owned or forward(words, mention)
    elif not found or only_a_place(found):
        found = forward(words, mention) or found
    elif mention.kind in _COUNTED_KINDS:
        found = _counted_noun(words, mention, found, copula) or found
    if found or mention.kind not in SHARE_KINDS:
        return found
    return share_of(words, mention, previous)


def _counted_noun(words: SentenceWords, mention: Mention, before: str, copula: str) -> str | None:
    """ "Dự thảo gồm ba chương", "Diện xét tuyển thẳng … là 119 thí sinh": the
    noun a count names after the copula, when it is what is counted; not when
    it repeats the head of the phrase before ("trẻ em dưới 6 tuổi là hơn
    74.000 trẻ", which says which children)."""
    noun = forward(words, mention)
    if noun is None:
        return None
    if _CONSISTS_OF.search(copula):
        return noun  # the parts are what is counted
    head = noun.split()[0].lower()
    return None if head in before.lower().split() else noun
