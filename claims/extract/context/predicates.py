"""A predicate read as a subject: the noun phrase before it is the subject.

Read backward from a value, a phrase may stop at a verb that is the
predicate of the sentence rather than its subject: "giá vàng SJC được niêm
yết ở mức 36,63 triệu đồng" reads "niêm yết", "giá vàng … niêm yết ở mức giá
36,5 triệu đồng" reads "mức giá", "chấn thương của Hoàng Thịnh đã bình phục
tới 90%" reads "bình phục".  These verbs say where a price or a state stands
(listed, traded, ranging, holding, recovered), so what stands or recovers is
the noun phrase before them: the reading goes on past the verb, its modals
and a level placeholder ("ở mức"), and takes that phrase; nothing when none
stands there, or only a quantity or a place (a verb is never a subject).
Verbs of paying or spending ("chi", "bỏ ra", "hỗ trợ") are not here: their
amount is a sum paid, not a value of the payer.
"""

from __future__ import annotations

import re

from claims.extract.context.phrase_backward import backward_span
from claims.extract.context.phrase_cleaning import clean
from claims.extract.context.scope import places
from claims.extract.context.sentence import SentenceWords
from claims.extract.context.words import MAX_SUBJECT_WORDS, phrase_alternation, words

PREDICATES = words(
    "niêm yết|giao dịch|dao động|neo|duy trì|đứng|chốt|treo|bình phục|hồi phục|phục hồi"
)
"""Verbs whose value tells where their subject stands."""
_PLACEHOLDERS = frozenset({"mức", "mức giá", "ngưỡng", "mốc"})
"""A level named after a predicate ("niêm yết ở mức giá 36,5 triệu đồng")."""
_MODALS = r"(?:(?:được|đã|đang|vẫn|cũng|sẽ|chỉ|có thể|tiếp tục|hiện)\s+)*"
_VERB = phrase_alternation(PREDICATES)
_MODALS_BEFORE = re.compile(rf"(?<!\w){_MODALS}$", re.IGNORECASE)
_VERB_BEFORE = re.compile(rf"(?<!\w){_MODALS}{_VERB}\s+(?:ở|quanh|tại)?\s*$", re.IGNORECASE)
_VERB_AT_BEFORE = re.compile(rf"(?<!\w){_MODALS}{_VERB}\s+ở\s*$", re.IGNORECASE)
"""A predicate and a bare "ở" right before the value: "được niêm yết ở", "giao dịch ở"."""
_OPENS_WITH_PREDICATE = re.compile(rf"{_VERB}(?!\w)", re.IGNORECASE)
_TRAILING = re.compile(
    rf"(?:^|\s+){_MODALS}(?<!giá\s)(?<!trị\s)(?<!phiên\s)(?<!lượng\s)(?<!sàn\s)(?<!chủ\s)"
    rf"{_VERB}$",
    re.IGNORECASE,
)
"""A predicate ending a phrase; not in a noun ("giá niêm yết", "giá trị giao dịch",
"phiên giao dịch", "khối lượng giao dịch", "tiền chủ chốt")."""
_AGENT = re.compile(r"\s+được\s+\S.*$", re.IGNORECASE)
_AGENT_BEFORE = re.compile(r"(?<!\w)được\s*$", re.IGNORECASE)
_LOOK_BACK = 60
_LEVEL = re.compile(
    r"(?:mức|ngưỡng|mốc)(?:\s+(?:cao|thấp|trung bình|kỷ lục|kỉ lục|đỉnh|sàn|nhất|mới|lịch sử))+"
    r"(?:\s+(?:trong|kể từ|từ|của)\s+\S.*)?",
    re.IGNORECASE,
)
"""A level named by its height alone ("mức cao kỷ lục", "mức thấp nhất", "mức trung
bình", maybe with its span: "mức cao nhất trong 14 năm"), not by a noun ("mức giá
cao nhất", "mức lương")."""
OPENING_PREPOSITIONS = "vào|tại|ở|của|với|cho|từ"
"""Prepositions a place or a relation opens on ('tại Techcombank', 'của …'): a phrase
read that opens on one names no thing; ``between`` reads them too."""
_OPENS_WITH_PREPOSITION = re.compile(rf"(?:{OPENING_PREPOSITIONS})(?!\w)", re.IGNORECASE)
_LEVEL_VERB_BEFORE = re.compile(
    rf"(?<!\w){_MODALS}(?:(?:tăng|giảm|hạ|leo|rơi|vọt)\s+)?(?:lên|xuống|ở|đạt|tại|còn|về)\s*$",
    re.IGNORECASE,
)
"""A verb that reaches or holds a level, right before it: "tăng lên", "ở", "đạt"."""


def past_predicate(words: SentenceWords, found: str | None, end: int) -> str | None:
    """``found``, or the noun phrase before it when it is or ends in a predicate,
    or is a level placeholder after one; ``end`` is where the reading that found
    it ended."""
    if found is None:
        # "tỷ giá hiện được niêm yết ở 22.530 - 22.650 đồng/USD": a bare "ở" ends the
        # reading as a place would; what is listed stands before the verb.
        verb = _VERB_AT_BEFORE.search(words.text, max(words.start, end - _LOOK_BACK), end)
        noun = None if verb is None else _noun_before(words, verb.start())
        if noun is None or " " not in noun or _OPENS_WITH_PREDICATE.match(noun):
            # "thân nhiệt), luôn duy trì ở": an adverb; "theo niêm yết của … lúc hơn 10h
            # đứng ở": inside another predicate's phrase, read on by later readings.
            return None
        return noun
    if _LEVEL.fullmatch(found):
        # "Sản lượng chè … tăng lên mức cao kỷ lục 80 triệu kg": a level reached.
        at = words.text.rfind(found, words.start, end)
        verb = _LEVEL_VERB_BEFORE.search(words.text, max(words.start, at - _LOOK_BACK), at)
        noun = _noun_before(words, verb.start()) if at >= 0 and verb is not None else None
        return found if noun is None or _OPENS_WITH_PREPOSITION.match(noun) else noun
    if found.lower() in _PLACEHOLDERS:
        at = words.text.rfind(found, words.start, end)
        verb = _VERB_BEFORE.search(words.text, max(words.start, at - _LOOK_BACK), at)
        if at < 0 or verb is None:
            return found  # "mức giá" of no predicate is the level's own reading
        return _noun_before(words, verb.start())
    trailing = _TRAILING.search(found)
    if trailing is None:
        return found
    # "Giá dầu thô Mỹ hiện giao dịch ở mức …", read to its copula: the verb ends it,
    # and so does the agent of a passive ("Giá vàng … được Công ty SJC niêm yết").
    kept = found[: trailing.start()]
    agent = _AGENT.search(kept)
    cleaned = clean(kept[: agent.start()] if agent is not None else kept)
    if cleaned:
        return cleaned
    at = words.text.rfind(found, words.start, end)
    if at < 0:
        return found
    modals = _MODALS_BEFORE.search(words.text, max(words.start, at - _LOOK_BACK), at)
    return _noun_before(words, modals.start() if modals is not None else at)


def _noun_before(words: SentenceWords, at: int) -> str | None:
    """The noun phrase read back from ``at``, past the agent of a passive;
    ``None`` for none, a quantity's noun or a place alone."""
    noun, after_quantity = _read(words, at)
    if noun is not None and not after_quantity:
        agent = _AGENT_BEFORE.search(words.text, max(words.start, noun[0] - 12), noun[0])
        if agent is not None:
            noun, after_quantity = _read(words, agent.start())
    if noun is None or after_quantity:
        return None
    found = clean(words.slice(*noun))
    return None if found is None or _only_a_place(found) else found


def _read(words: SentenceWords, end: int) -> tuple[tuple[int, int] | None, bool]:
    return backward_span(words, end, closed=True, limit=MAX_SUBJECT_WORDS, through_places=True)


def _only_a_place(phrase: str) -> bool:
    named = places(phrase, 0, len(phrase))
    return len(named) == 1 and named[0].text == phrase
