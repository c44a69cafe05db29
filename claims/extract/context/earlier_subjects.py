"""The subject a number takes from an earlier claim of its clause.

Some numbers name no noun of their own because the sentence already did: a
bracket that restates the amount before it ("479 USD (10,8 triệu đồng)"), what is
left after a change ("… đã giảm 12,3 tỷ USD …, còn 2,998 nghìn tỷ USD"), a share
of the count before it ("…, đạt 100%").  Each reads ``previous``, the earlier
claims of the sentence with their subjects, nearest first, and stops at a ';':
past it the clause, and so the thing measured, has changed.
"""

from __future__ import annotations

import re

from claims.extract.context.sentence import SentenceWords
from claims.model import Mention

SHARE_KINDS = frozenset({"percent", "multiple", "fraction"})
"""Kinds that state a share of something, which a count may have named before."""
_CHANGE_VERB = re.compile(r"(?<!\w)(?:tăng|giảm)(?!\w)", re.IGNORECASE)


def previous_subject(
    words: SentenceWords, mention: Mention, previous: list[tuple[Mention, str]]
) -> str | None:
    """The subject of the nearest earlier claim of the clause (no ';' between)."""
    if not previous:
        return None
    earlier, subject = previous[-1]
    return None if ";" in words.text[earlier.end : mention.start] else subject


def moved_before(
    words: SentenceWords, mention: Mention, previous: list[tuple[Mention, str]]
) -> str | None:
    """ "Dự trữ … đã giảm 12,3 tỷ USD trong tháng 1, mạnh hơn dự báo, còn 2,998
    nghìn tỷ USD": the subject of the nearest earlier amount of the kind in the
    sentence, when no change verb stands between it and "còn" (after "hàng tồn
    kho giảm nhẹ, còn …" the amount is another item's)."""
    for earlier, subject in reversed(previous):
        if earlier.kind != mention.kind:
            continue
        between = words.text[earlier.end : mention.start]
        return None if _CHANGE_VERB.search(between) or ";" in between else subject
    return None


def share_of(
    words: SentenceWords, mention: Mention, previous: list[tuple[Mention, str]]
) -> str | None:
    """The subject of the nearest earlier count with no ';' in between, else of
    the nearest earlier share ("tỷ lệ … còn 60% và đến năm 2025 còn 25%")."""
    fallback: str | None = None
    for earlier, subject in reversed(previous):
        if ";" in words.text[earlier.end : mention.start]:
            break
        if earlier.kind not in SHARE_KINDS:
            return subject
        fallback = fallback or subject
    return fallback
