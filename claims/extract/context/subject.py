"""The subject of a claim: the noun phrase its number counts, cut from the text.

Vietnamese news puts the noun after the number ("74.739 trẻ em dưới 6 tuổi
được cấp thẻ bảo hiểm y tế") or before a copula ("trẻ em dưới 6 tuổi là hơn
74.000 trẻ"); money and percents often name their subject right before them
("tổng số tiền trên 300 triệu đồng", "Tỷ lệ ... đạt 92%").  Each reading is a
walk over the sentence's tokens, so the whole is linear in the sentence.
"""

from __future__ import annotations

import re

from claims.extract.context.scope import places
from claims.extract.context.sentence import SentenceWords
from claims.extract.context.words import (
    CLOSED_VERBS,
    COLON_BEFORE,
    CONTINUATION_BEFORE,
    COPULA_BEFORE,
    DIMENSION_BEFORE,
    DISTANCE_BEFORE,
    FORWARD_FIRST_STOP_PATTERN,
    HEDGES_BEFORE,
    LEADING_NOISE_PATTERN,
    LEADING_PERIOD,
    MAX_SUBJECT_WORDS,
    MEASURE_VERB_BEFORE,
    TIME_PHRASES,
    TRAILING_NOISE_PATTERN,
    TRAILING_PERIOD,
    TRAILING_SCOPE,
    phrase_pattern,
)
from claims.model import Mention

_NO_SUBJECT_KINDS = frozenset({"date", "year", "time", "duration"})
"""A date or a span of time states when, not how many of something."""
_PERSON_KINDS = frozenset({"age", "measure"})
_RESTATED_KINDS = frozenset({"money", "percent"})
"""Kinds that, bracketed, restate the amount before: "479 USD (10,8 triệu đồng)";
a bracketed count names its own noun: "đội hình (23 người)"."""
"""Kinds that, bracketed or set off by commas, describe the noun right before."""
_CLOSED_PHRASE_STOPS = phrase_pattern(
    (
        *("có", "đã", "đang", "sẽ", "được", "bị", "một", "các", "những", "mỗi", "này", "cùng"),
        *CLOSED_VERBS,
    )
)
"""Extra stops when a noun phrase is read backward with no copula to bound it:
a verb ("có", "đã cứu sống") or a determiner ("một nam thanh niên") starts it."""
_CLOSED_PHRASE_END = re.compile(rf"(?:{_CLOSED_PHRASE_STOPS.pattern})$", re.IGNORECASE)
_CLOSED_CHANGE_VERB = re.compile(
    r"(?<!\w)(?:tăng(?!\s+(?:trưởng|cường))|giảm(?!\s+(?:giá|nghèo|thiểu)))(?!\w)", re.IGNORECASE
)
""""tăng"/"giảm" start a phrase read backward, but "tăng trưởng" is a noun."""
_PERIOD_KINDS = frozenset({"year", "date", "time"})
_CLAUSE_MARKERS = frozenset({"mà", "khi"})
_IS_AFTER = re.compile(r"\s+là\s+")
_MAX_CLOSED_WORDS = 6
_MAX_COPULA_WORDS = 16
"""A phrase before a copula is bounded by punctuation and stops, so it may run longer."""
_MAX_PERSON_WORDS = 4
"""An age's person is short: "cậu con trai 6 tuổi", "Cô gái Ba Lan 20 tuổi"."""
_WINDOW = 240
_SHARE_KINDS = frozenset({"percent", "multiple", "fraction"})
_NAMED_BEFORE_KINDS = frozenset({"money", "percent", "measure", "multiple"})
"""Kinds whose subject may stand right before them with no verb ("tổng số tiền
trên 300 triệu đồng"); a count is named after its number."""


def subject_of(
    words: SentenceWords, mention: Mention, previous: list[tuple[Mention, str]]
) -> str | None:
    """The subject of ``mention``, or ``None``.

    ``previous`` holds the earlier claims of the sentence with their subjects:
    a percent with no noun of its own ("…, đạt 100%") is a share of the
    preceding count of its clause.
    """
    if mention.kind in _NO_SUBJECT_KINDS:
        return None
    # Cues sit next to the number; a window keeps long table rows linear.
    text, start = words.text, max(words.start, mention.start - _WINDOW)
    before = text[start : mention.start]
    if mention.kind == "ordinal":
        # "cầu thủ thứ 18", "vị trí thứ ba": the noun ranked.
        return _backward(words, mention.start, closed=True, limit=_MAX_PERSON_WORDS)
    bracket = _bracket_or_apposition(words, mention, before)
    if mention.kind in _PERSON_KINDS and bracket is not None:
        # "Huỳnh Quý (31 tuổi)", "Josephine Law, 29 tuổi,", "USS Fitzgerald, 10.000 tấn,"
        person = _backward(words, start + bracket, closed=True)
        return _trailing_name(person) if person else None
    if mention.kind == "age":
        # An age belongs to the person named right before it ("Bé trai 6 tuổi").
        hedges = HEDGES_BEFORE.search(before)
        anchor = start + (hedges.start() if hedges else len(before))
        return _backward(words, anchor, closed=True, limit=_MAX_PERSON_WORDS)
    restated = bracket is not None and mention.kind in _RESTATED_KINDS
    if restated or CONTINUATION_BEFORE.search(before):
        # "479 USD (tương đương 10,8 triệu đồng)", "doanh thu tăng 101%, từ 251 triệu
        # USD lên 504 triệu USD": the same thing restated or moving.
        same = _previous_subject(words, mention, previous)
        if same:
            return same
    if mention.kind == "measure":
        if DISTANCE_BEFORE.search(before):
            return None
        dimension = DIMENSION_BEFORE.search(before)
        if dimension is not None:
            return _backward(words, start + dimension.start(), closed=True)
    copula = COPULA_BEFORE.search(before)
    if copula is not None:
        # "X là N": X, else what follows N, else a share of the count before.
        found, after_quantity = _backward_read(words, start + copula.start(), closed=False)
        if after_quantity:
            found = _forward(words, mention)
        elif not found or _is_a_place(found):
            found = _forward(words, mention) or found
        if found or mention.kind not in _SHARE_KINDS:
            return found
        return _share_of(words, mention, previous)
    found = _forward(words, mention)
    if found:
        return found
    if mention.kind == "percent":
        # "trong đó 10% là các ca nặng": the share is named after "là".
        named = _IS_AFTER.match(words.text, mention.end, words.end)
        if named is not None:
            found = _forward_from(words, named.end())
            if found:
                return found
    colon = COLON_BEFORE.search(before)
    if colon is not None:
        return _backward(words, start + colon.start(), closed=False)
    # Read backward from a verb or the number itself; a phrase that starts right
    # after another quantity is that quantity's noun ("3 giám khảo dành hai điểm").
    verb = MEASURE_VERB_BEFORE.search(before)
    found, after_quantity = None, False
    if verb is not None:
        found, after_quantity = _backward_read(
            words, start + verb.start(), closed=True, limit=MAX_SUBJECT_WORDS
        )
    elif mention.kind in _NAMED_BEFORE_KINDS:
        hedges = HEDGES_BEFORE.search(before)
        anchor = hedges.start() if hedges is not None else len(before)
        found, after_quantity = _backward_read(words, start + anchor, closed=True)
    if found and not after_quantity:
        return found
    if mention.kind in _SHARE_KINDS:
        return _share_of(words, mention, previous)
    return None


def _bracket_or_apposition(words: SentenceWords, mention: Mention, before: str) -> int | None:
    """Where "(" or an appositive "," opens before the number, as an offset into
    ``before``; ``None`` when the number is not bracketed or set off by commas."""
    stripped = HEDGES_BEFORE.sub("", before).rstrip()
    if stripped.endswith("("):
        return len(stripped) - 1
    if stripped.endswith(","):
        after = words.text[mention.end : min(words.end, mention.end + 3)].lstrip()
        if after[:1] in (",", ")"):
            return len(stripped) - 1
    return None


def _previous_subject(
    words: SentenceWords, mention: Mention, previous: list[tuple[Mention, str]]
) -> str | None:
    """The subject of the nearest earlier claim of the clause (no ';' between)."""
    if not previous:
        return None
    earlier, subject = previous[-1]
    return None if ";" in words.text[earlier.end : mention.start] else subject


def _trailing_name(phrase: str) -> str:
    """ "đâm chết Huỳnh Quý (31 tuổi)": a bracketed age belongs to the proper
    name right before it, when there is one."""
    words = phrase.split()
    count = 0
    while count < len(words) and words[len(words) - 1 - count][0].isupper():
        count += 1
    return " ".join(words[-count:]) if 0 < count < len(words) else phrase


def _is_a_place(phrase: str) -> bool:
    """ "TP.HCM là 500 ca": a place before the copula is scope; the subject follows."""
    named = places(phrase, 0, len(phrase))
    return len(named) == 1 and named[0].text == phrase


def _forward(words: SentenceWords, mention: Mention) -> str | None:
    """The noun phrase after the number, up to a stop."""
    return _forward_from(words, mention.end)


def _forward_from(words: SentenceWords, offset: int) -> str | None:
    tokens = words.tokens
    index = words.first_token_at_or_after(offset)
    first: int | None = None
    last = 0
    count = 0
    while index < len(tokens) and count < MAX_SUBJECT_WORDS:
        token = tokens[index]
        if words.claim_at(token.start) is not None:
            break
        inner = words.transparent_at(token.start)
        if inner is not None:
            first = token.start if first is None else first
            last = inner.end
            count += 1
            index = words.first_token_at_or_after(inner.end)
            continue
        if first is None:
            unit_end = words.units.get(token.start)
            if unit_end is not None or token.text == "%":
                index = words.first_token_at_or_after(unit_end or token.end)
                continue
        if not token.is_word:
            if token.text == "," and first is not None and _list_continues(words, index, count):
                index += 1
                continue
            break
        stop_end = words.forward_stops.get(token.start)
        if stop_end is not None and not words.hedges_reach_transparent(token.start):
            break
        if first is None and FORWARD_FIRST_STOP_PATTERN.match(words.text, token.start, words.end):
            break
        first = token.start if first is None else first
        last = token.end
        count += 1
        index += 1
    if first is None:
        return None
    return _clean(words.slice(first, last))


def _list_continues(words: SentenceWords, comma: int, count: int) -> bool:
    """A comma inside a list of short nouns ("xã, phường, thị trấn"): the
    phrase so far is short, and so is the next item."""
    if count > 4:
        return False
    tokens = words.tokens
    items = 0
    for token in tokens[comma + 1 : comma + 6]:
        if not token.is_word or words.claim_at(token.start) is not None:
            break
        if token.start in words.forward_stops or words.transparent_at(token.start):
            break
        if items == 0 and FORWARD_FIRST_STOP_PATTERN.match(words.text, token.start, words.end):
            break
        items += 1
    if items == 0 or items > 3 or tokens[comma + 1].text[0].isupper():
        return False  # a capitalised item starts a new clause: "300 ca, TP.HCM là …"
    following = comma + 1 + items
    if following >= len(tokens):
        return True
    nxt = tokens[following]
    return not nxt.is_word or nxt.start in words.forward_stops
    # A longer run after the comma is a new clause ("…, mỗi suất trị giá").


def _backward(
    words: SentenceWords, end: int, *, closed: bool, limit: int | None = None
) -> str | None:
    """The noun phrase ending at ``end``, read backward to a stop.

    ``closed`` is for a phrase with no copula to its right: it also stops at
    verbs and determiners, and stays short unless a measuring verb bounds it.
    """
    return _backward_read(words, end, closed=closed, limit=limit)[0]


def _backward_read(
    words: SentenceWords, end: int, *, closed: bool, limit: int | None = None
) -> tuple[str | None, bool]:
    """``_backward``, and whether another quantity stopped the reading (then the
    phrase is likely that quantity's noun: "20 điểm trở lên … là 107.616 thí sinh").

    Read open (before a copula), a relative or temporal clause inside the phrase
    is skipped: "Tỷ giá trần mà các ngân hàng được áp dụng là …" is "Tỷ giá trần".
    """
    tokens = words.tokens
    index = words.first_token_at_or_after(end) - 1
    span: list[int] = []  # first, last of the phrase read so far
    inner_clause: tuple[int, int] | None = None  # the clause after "mà"/"khi"
    count = 0
    if limit is None:
        limit = _MAX_CLOSED_WORDS if closed else _MAX_COPULA_WORDS
    after_quantity = False
    while index >= 0 and count < limit:
        token = tokens[index]
        inner = words.transparent_at(token.start)
        barrier = words.claim_at(token.start)
        if barrier is not None and barrier.kind in _PERIOD_KINDS and not span:
            inner = barrier  # "vốn FDI năm 2016 đạt …": a period between phrase and verb
        elif barrier is not None:
            # A period opening the clause ("đến năm 2020 tỷ lệ …") just bounds it.
            after_quantity = barrier.kind not in _PERIOD_KINDS
            break
        if inner is not None:
            span = [inner.start, span[1] if span else inner.end]
            count += 1
            index = words.first_token_at_or_after(inner.start) - 1
            continue
        if not closed and span and inner_clause is None and token.text in _CLAUSE_MARKERS:
            inner_clause, span = (span[0], span[1]), []
            index -= 1
            continue
        if not token.is_word or token.start in words.backward_stops:
            break
        if closed and (
            _CLOSED_PHRASE_END.search(words.text, max(0, token.start - 16), token.end)
            or _CLOSED_CHANGE_VERB.match(words.text, token.start)
        ):
            break
        span = [token.start, span[1] if span else token.end]
        count += 1
        index -= 1
    if not span and inner_clause is not None:
        span = list(inner_clause)
    if not span:
        return None, after_quantity
    return _clean(words.slice(span[0], span[1])), after_quantity


def _share_of(
    words: SentenceWords, mention: Mention, previous: list[tuple[Mention, str]]
) -> str | None:
    """The subject of the nearest earlier count with no ';' in between, else of
    the nearest earlier share ("tỷ lệ … còn 60% và đến năm 2025 còn 25%")."""
    fallback: str | None = None
    for earlier, subject in reversed(previous):
        if ";" in words.text[earlier.end : mention.start]:
            break
        if earlier.kind not in _SHARE_KINDS:
            return subject
        fallback = fallback or subject
    return fallback


def _clean(phrase: str) -> str | None:
    """Drop leading verbs and determiners and trailing adverbs; a phrase of
    only time words ("năm", "hiện nay") is a period, not a subject."""
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = LEADING_NOISE_PATTERN.sub("", phrase.strip())
        phrase = TRAILING_NOISE_PATTERN.sub("", phrase).strip()
        phrase = TRAILING_PERIOD.sub("", phrase).strip()
        phrase = TRAILING_SCOPE.sub("", phrase).strip()
        phrase = LEADING_PERIOD.sub("", phrase).strip()
    if not phrase or not TIME_PHRASES.sub("", phrase).strip():
        return None
    return phrase
