"""The subject named before a number: before its measuring verb, or right before it.

"Doanh thu đạt 300 tỷ đồng", "giá vàng thế giới chốt phiên tại Mỹ đã tăng lên mức
…", "tổng số tiền trên 300 triệu đồng": when nothing after the number names what it
counts, the noun phrase before the verb that measures it (or, for an amount, right
before the amount) does.  Asked last, after every reading that looks after the
number or around it: a phrase that starts right after another quantity is that
quantity's noun ("3 giám khảo dành hai điểm"), and a share with no noun takes the
subject of the count before it.
"""

from __future__ import annotations

from claims.extract.context.earlier_subjects import SHARE_KINDS, share_of
from claims.extract.context.listed_items import whole_list
from claims.extract.context.passive_subject import past_auxiliary
from claims.extract.context.phrase_backward import backward_read
from claims.extract.context.reached import reached_subject
from claims.extract.context.sentence import SentenceWords
from claims.extract.context.words import HEDGES_BEFORE, MAX_SUBJECT_WORDS, MEASURE_VERB_BEFORE
from claims.model import Mention

_NAMED_BEFORE_KINDS = frozenset({"money", "percent", "measure", "multiple"})
"""Kinds whose subject may stand right before them with no verb ("tổng số tiền
trên 300 triệu đồng"); a count is named after its number."""


def named_before(
    words: SentenceWords,
    mention: Mention,
    start: int,
    before: str,
    previous: list[tuple[Mention, str]],
) -> str | None:
    """The subject read backward from a measuring verb in ``before`` (the text from
    ``start`` to the number), or from the number itself, or ``None``."""
    verb = MEASURE_VERB_BEFORE.search(before)
    found, after_quantity = None, False
    if verb is not None:
        # "giá vàng thế giới chốt phiên tại Mỹ đã tăng lên mức …": past the place.
        found, after_quantity = backward_read(
            words,
            start + verb.start(),
            closed=True,
            limit=MAX_SUBJECT_WORDS,
            through_places=True,
            through_determiners=True,
        )
        if found and not after_quantity:
            # "là: Máy móc, thiết bị, dụng cụ, phụ tùng khác đạt …": the whole list (listed_items).
            found = whole_list(words, start + verb.start(), found)
    elif mention.kind in _NAMED_BEFORE_KINDS:
        hedges = HEDGES_BEFORE.search(before)
        anchor = hedges.start() if hedges is not None else len(before)
        found, after_quantity = backward_read(words, start + anchor, closed=True)
    if found and not after_quantity:
        # "đội bóng … đã bị phạt 2.000.000 đồng": not the verb, the noun (passive_subject).
        return past_auxiliary(words, found, mention.start, mention.kind)
    if verb is not None and not found:
        # "lợi nhuận trước thuế năm 2016 (đạt 1.348 tỷ đồng)", "lợi nhuận … đạt gần
        # 470 tỷ đồng, đến thời điểm 31.5.2017 đạt trên 730 tỷ đồng" (reached).
        reached = reached_subject(words, mention, start + verb.start(), previous)
        if reached:
            return reached
    if mention.kind in SHARE_KINDS:
        return share_of(words, mention, previous)
    return None
