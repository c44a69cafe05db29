"""Whose price a bare "giá" is: the thing bought, sold or priced before it.

"Bà Bích đã mua một chai nước cốt dâu với giá 100.000 đồng", "Hiện một chiếc
Wave Alpha được nhà máy niêm yết với giá 16,99 triệu đồng", "Thuốc Ibrance có
giá 2.950 bảng": read backward from the amount, the phrase stops at "giá" and
keeps only that word, which names no thing; the price is the price of the
thing traded ("giá một chai nước cốt dâu", "giá một chiếc Wave Alpha", "giá
Thuốc Ibrance").  The thing is the object right after a verb of trading
("mua", "bán", "đem về", …) before "với giá", the subject before a passive
"được … bán/niêm yết" before "với giá", or the noun phrase right before "có
giá".  Nothing else: a place or a party after "cho", "sang", "tại" ("bán
Oliver Burke cho RB Leipzig với giá", "Ever Banega sang Sevilla với giá") is
not what is priced, and a person hired ("thuê người với giá") is not sold.
"""

from __future__ import annotations

import re

from claims.extract.context.phrase_backward import backward_span
from claims.extract.context.phrase_cleaning import clean
from claims.extract.context.sentence import SentenceWords
from claims.extract.context.words import MAX_SUBJECT_WORDS, cue_before_hedges
from claims.model import Mention

_LOOK_BACK = 40
_PRICE_END = re.compile(r"(?<!\w)(với|có)\s+giá\s*$", re.IGNORECASE)
""""… với giá", "… có giá" right before the amount (hedges left out)."""
_TRADING = (
    r"(?:mua lại|mua về|mua thêm|mua|bán lại|bán ra|bán lẻ|bán sỉ|bán buôn|bán|rao bán|"
    r"chào bán|đặt mua|tậu|sắm|đem về|mang về)"
)
_TRADED_BEFORE = re.compile(
    rf"(?<!\w){_TRADING}(?:\s+(?:một|các|những|cả|toàn bộ))?\s*$", re.IGNORECASE
)
""""mua | một chai nước cốt dâu": the object starts right after the verb."""
_PASSIVE_BEFORE = re.compile(
    rf"(?<!\w)(?:có thể\s+|sẽ\s+|đang\s+|đã\s+)*được(?:\s+[^\W\d_]+){{0,3}}?\s+"
    rf"(?:{_TRADING}|niêm yết|định giá)(?:\s+ra)?\s*$",
    re.IGNORECASE,
)
""""một chiếc Wave Alpha | được nhà máy niêm yết": the thing before the passive."""
_PERSONS = frozenset(
    {"người", "ông", "bà", "anh", "chị", "em", "cô", "chú", "cháu", "họ", "mình", "tôi", "nó"}
)
"""A person is not priced: "thuê người với giá …", "bán cho họ với giá …"."""
_ADVERBS = frozenset({"cũng", "đều", "vẫn", "lại", "chỉ", "thì", "mà", "còn", "đã", "sẽ", "đang"})
_NOT_PRICED = _PERSONS | _ADVERBS
"""First words of no thing priced: a person, or an adverb the reading stopped at."""


def price_owner(words: SentenceWords, mention: Mention, found: str | None) -> str | None:
    """``found``, or "giá" and the thing it prices when ``found`` is the bare "giá"."""
    if mention.kind != "money" or found is None or found.casefold() != "giá":
        return found
    found_cue = cue_before_hedges(words.text, words.start, mention.start, _LOOK_BACK, _PRICE_END)
    if found_cue is None:
        return found
    cue, window = found_cue
    at = window + cue.start()
    owner = _owner(words, at, passive_or_object=cue.group(1).casefold() == "với")
    if owner is None:
        return found
    return f"{found} {owner}"


def _owner(words: SentenceWords, at: int, *, passive_or_object: bool) -> str | None:
    """The thing priced, read back from ``at`` (where "với"/"có" starts)."""
    text = words.text
    end = at
    passive = None
    if passive_or_object:
        passive = _PASSIVE_BEFORE.search(text, max(words.start, at - 60), at)
        if passive is not None:
            end = passive.start()
    span, after_quantity = backward_span(words, end, closed=True, limit=MAX_SUBJECT_WORDS)
    if span is None or after_quantity or text[span[1] : end].strip():
        # Nothing read, a reading stopped by a quantity ("10 phòng tắm có giá", "sau 40
        # trận có giá": the noun of that quantity), or short of the cue (a bracket).
        return None
    phrase = words.slice(*span)
    if passive_or_object and passive is None:
        # Active: the object of a verb of trading, inside the phrase or right before it.
        verbs = list(_TRADING_VERB.finditer(phrase))
        if verbs:
            phrase = phrase[verbs[-1].end() :]
        elif _TRADED_BEFORE.search(text, max(words.start, span[0] - 16), span[0]) is None:
            return None
        if _PARTY.match(" " + phrase.strip()):
            return None  # "mở bán trên khắp thế giới với giá": where, not what
        party = _PARTY.search(phrase)
        if party is not None:
            phrase = phrase[: party.start()]  # "bán Oliver Burke cho RB Leipzig"
    owner = clean(phrase.strip())
    if not owner or owner.split()[0].casefold() in _NOT_PRICED:
        return None  # a person, or an adverb the reading stopped at ("cũng có giá")
    return owner


_TRADING_VERB = re.compile(rf"(?<!\w){_TRADING}(?!\w)", re.IGNORECASE)
_PARTY = re.compile(r"\s(?:cho|sang|tới|đến|tại|ở|từ|với|trên|về)(?!\w)", re.IGNORECASE)
"""Where the object of the trade ends: the party or the place after it."""
