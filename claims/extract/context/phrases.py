"""Reading a noun phrase off a sentence, forward from a number or backward from
a cue, one token at a time, so each reading is linear in what it reads.

A reading stops at punctuation, at a stop word, or at another claim; it
passes over identifiers and subject modifiers ("trẻ em dưới 6 tuổi"), which
belong to the phrase.  The phrase is then trimmed of leading verbs and
determiners, trailing adverbs and function words, and of periods and places
at its ends, which are scope, not subject.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claims.extract.context.change_nouns import change_names
from claims.extract.context.guards import FOLDS_APART
from claims.extract.context.read_on import OWNER_HEAD_WORDS, inside, owned, singled_out_period
from claims.extract.context.sentence import SentenceWords, Token, is_word
from claims.extract.context.words import (
    CLOSED_VERBS,
    FORWARD_FIRST_STOP_PATTERN,
    LEADING_NOISE_PATTERN,
    LEADING_PERIOD,
    MAX_SUBJECT_WORDS,
    REPORTING_VERBS,
    TIME_PHRASES,
    TRAILING_NOISE_PATTERN,
    TRAILING_PERIOD,
    TRAILING_SCOPE,
    phrase_pattern,
    words,
)
from claims.model import Mention

__all__ = [
    "MAX_SUBJECT_WORDS",
    "backward",
    "backward_read",
    "backward_span",
    "clean",
    "forward",
    "forward_from",
]

_CLOSED_STOP_WORDS = (
    *("có", "đã", "đang", "sẽ", "được", "bị", "một", "các", "những", "mỗi", "này", "cùng"),
    *CLOSED_VERBS,
    *REPORTING_VERBS,
)
_CLOSED_PHRASE_STOPS = phrase_pattern(_CLOSED_STOP_WORDS)
"""Extra stops when a noun phrase is read backward with no copula to bound it:
a verb ("có", "đã cứu sống") or a determiner ("một nam thanh niên") starts it,
and so does a verb of saying or forecasting, whose object the phrase is
("Liên hợp quốc dự báo kinh tế Nga sẽ tăng 1%")."""
_CLOSED_PHRASE_END = re.compile(rf"(?:{_CLOSED_PHRASE_STOPS.pattern})$", re.IGNORECASE)
_CLOSED_CHANGE_VERB = re.compile(
    r"(?<!\w)(?:tăng(?!\s+(?:trưởng|cường))|giảm(?!\s+(?:giá|nghèo|thiểu)))(?!\w)", re.IGNORECASE
)
""""tăng"/"giảm" start a phrase read backward, but "tăng trưởng" is a noun."""
_MAY_CLOSE = frozenset(
    {phrase.split()[-1].lower() for phrase in _CLOSED_STOP_WORDS} | {"tăng", "giảm"}
)
"""The words a plain word token must be, in lower case, for either pattern above to
match at it: the last word of a stop (the end pattern ends at the token), or a change verb."""
_PERIOD_KINDS = frozenset({"year", "date", "time"})
_NEW_CLAUSE_AFTER_ITEM = phrase_pattern(
    words("là|chiếm|bằng|không|chưa|đã|đang|sẽ|cũng|vẫn|bị|được")
)
_CLAUSE_MARKERS = frozenset({"mà", "khi"})
_MAX_CLOSED_WORDS = 6
_MAX_COPULA_WORDS = 16
"""A phrase before a copula is bounded by punctuation and stops, so it may run longer."""


def forward(words: SentenceWords, mention: Mention) -> str | None:
    """The noun phrase after the number, up to a stop.  A count of "lần"
    (times) counts the times, and the phrase starts at that word, inside or
    after the mention: "3 lần", "39 lần ra sân", "bỏ đi hai lần"."""
    if mention.kind == "count" and _TIMES_AT_END.search(mention.text):
        return forward_from(words, mention.end, head=mention.end - 3)
    return forward_from(words, mention.end, times=mention.kind == "count")


_TIMES_AT_END = re.compile(r"(?<!\w)lần$", re.IGNORECASE)


def forward_from(
    words: SentenceWords, offset: int, *, times: bool = False, head: int | None = None
) -> str | None:
    """The phrase from ``offset``; ``head`` is where a noun already read before
    ``offset`` starts ("lần" inside a mention), so it starts the phrase."""
    tokens = words.tokens
    index = words.first_token_at_or_after(offset)
    first: int | None = head
    last = offset
    count = 0 if head is None else 1
    while index < len(tokens) and count < MAX_SUBJECT_WORDS:
        token = tokens[index]
        at = token.start()
        if words.claim_at(at) is not None:
            break
        inner = words.transparent_at(at)
        if inner is not None:
            first = at if first is None else first
            last = inner.end
            count += 1
            index = words.first_token_at_or_after(inner.end)
            continue
        if first is None:
            unit_end = words.unit_end(at)
            if (unit_end is not None or token.group() == "%") and not (
                times and token.group().lower() == "lần"
            ):
                index = words.first_token_at_or_after(unit_end or token.end())
                continue
        if not is_word(token):
            if token.group() == "," and first is not None and _list_continues(words, index, count):
                index += 1
                continue
            break
        stop_end = words.forward_stops.end_at(at)
        if (
            stop_end is not None
            and not words.hedges_reach_transparent(at)
            and not words.in_compound(index)
            and not (times and (change_names(words, index, count) or inside(words, index, count)))
        ):
            break  # ("125 mã tăng và 130 mã giảm": the noun, see change_nouns)
        if first is None and FORWARD_FIRST_STOP_PATTERN.match(words.text, at, words.end):
            break
        first = at if first is None else first
        last = token.end()
        count += 1
        index += 1
    if first is None:
        return None
    return clean(words.slice(first, last))


def _list_continues(words: SentenceWords, comma: int, count: int) -> bool:
    """A comma inside a list of short nouns ("xã, phường, thị trấn"): the
    phrase so far is short, and so is the next item."""
    if count > 4:
        return False
    tokens = words.tokens
    items = 0
    for token in tokens[comma + 1 : comma + 6]:
        if not is_word(token) or words.claim_at(token.start()) is not None:
            break
        if (
            words.forward_stops.end_at(token.start()) is not None
            or words.transparent_at(token.start()) is not None
        ):
            break
        if items == 0 and FORWARD_FIRST_STOP_PATTERN.match(words.text, token.start(), words.end):
            break
        items += 1
    if items == 0 or items > 3 or tokens[comma + 1].group()[0].isupper():
        return False  # a capitalised item starts a new clause: "300 ca, TP.HCM là …"
    following = comma + 1 + items
    if following >= len(tokens):
        return True
    nxt = tokens[following]
    if _NEW_CLAUSE_AFTER_ITEM.match(words.text, nxt.start(), words.end):
        return False  # "2 người con, nạn nhân là con thứ 2": the item heads a new clause
    # A longer run after the comma is a new clause too ("…, mỗi suất trị giá").
    return not is_word(nxt) or words.forward_stops.end_at(nxt.start()) is not None


def backward(
    words: SentenceWords, end: int, *, closed: bool, limit: int | None = None
) -> str | None:
    """The noun phrase ending at ``end``, read backward to a stop.

    ``closed`` is for a phrase with no copula to its right: it also stops at
    verbs and determiners, and stays short unless a measuring verb bounds it.
    """
    return backward_read(words, end, closed=closed, limit=limit)[0]


def backward_read(
    words: SentenceWords,
    end: int,
    *,
    closed: bool,
    limit: int | None = None,
    through_places: bool = False,
) -> tuple[str | None, bool]:
    """``backward``, and whether another quantity stopped the reading (then the
    phrase is likely that quantity's noun: "20 điểm trở lên … là 107.616 thí sinh").

    Read open (before a copula), a relative or temporal clause inside the phrase
    is skipped: "Tỷ giá trần mà các ngân hàng được áp dụng là …" is "Tỷ giá trần".
    """
    span, after_quantity = backward_span(
        words, end, closed=closed, limit=limit, through_places=through_places
    )
    if span is None:
        return None, after_quantity
    return clean(words.slice(*span)), after_quantity


def backward_span(
    words: SentenceWords,
    end: int,
    *,
    closed: bool,
    limit: int | None = None,
    through_places: bool = False,
    through_counts: bool = False,
) -> tuple[tuple[int, int] | None, bool]:
    """The raw span ``backward_read`` cleans, and whether a quantity stopped it.

    ``through_places`` reads on past "tại"/"ở" and the capitalised name after
    it, for a phrase that ends in its place: "căn nhà nhỏ nhất tại Hong Kong
    có diện tích", "Giá vàng được niêm yết tại Hà Nội là" (cleaning cuts the place).
    ``through_counts`` reads a count as part of the phrase ("chi phí đầu tư 6
    vở kịch là …"), for a reader that cuts the phrase at a property noun.
    """
    tokens = words.tokens
    index = words.first_token_at_or_after(end) - 1
    span: list[int] = []  # first, last of the phrase read so far
    inner_clause: tuple[int, int] | None = None  # the clause after "mà"/"khi"
    count = 0
    if limit is None:
        limit = _MAX_CLOSED_WORDS if closed else _MAX_COPULA_WORDS
    after_quantity = False
    owner_read = False
    while index >= 0:
        if count >= limit:
            if owner_read or not owned(words.text[span[0] : span[1]] if span else ""):
                break
            # "giá vàng SJC 1kg của Công ty TNHH một thành viên Vàng bạc đá quý
            # Sài Gòn niêm yết": a long owner used up the words; its head is before.
            owner_read, limit = True, limit + OWNER_HEAD_WORDS
        token = tokens[index]
        at = token.start()
        inner = words.transparent_at(at)
        barrier = words.claim_at(at)
        if barrier is not None and (
            (barrier.kind in _PERIOD_KINDS and not span)
            or (through_counts and barrier.kind == "count")
        ):
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
        if (
            not closed
            and span
            and inner_clause is None
            and token.group() in _CLAUSE_MARKERS
            and not (index > 0 and tokens[index - 1].group().lower() == "trong")
        ):  # "trong khi" (while) joins two clauses: it ends the phrase
            inner_clause, span = (span[0], span[1]), []
            index -= 1
            continue
        if not is_word(token):
            opening = None if closed else _opening_quote(words, index)
            if opening is None:
                break
            # "chi phí kịch bản vở “Thuận hồi sinh” là 20 triệu đồng": a quoted
            # title belongs to the phrase before a copula.
            span = [tokens[opening].start(), span[1] if span else token.end()]
            count += 1
            index = opening - 1
            continue
        if words.backward_stops.covers(at) and not words.in_compound(index):
            if singled_out_period(words, token, span):
                # "lợi nhuận … riêng quý I/2017 đạt": the period singled out is scope.
                span, count = [], 0
                index -= 1
                continue
            if not (through_places and _place_before(words, index, span)):
                break
            span[0] = at
            count = 0
            index -= 1
            continue
        if (
            closed
            and (span or token.group().lower() not in _POINTING_WORDS)
            and _closes(words, token)
            and not words.in_compound(index)
        ):
            # A pointer read first closes the phrase before it ("chi phí cho
            # cảnh quay này lên đến 7 tỷ đồng"); read later, it ends another.
            break
        span = [at, span[1] if span else token.end()]
        count += 1
        index -= 1
    if not span and inner_clause is not None:
        span = list(inner_clause)
    if not span:
        return None, after_quantity
    return (span[0], span[1]), after_quantity


_CLOSING_QUOTES = frozenset({"”", '"'})
_OPENING_QUOTES = frozenset({"“", '"'})
_MAX_QUOTED_TOKENS = 10


def _opening_quote(words: SentenceWords, closing: int) -> int | None:
    """The index of the quote that opens a short title closed at ``closing``."""
    tokens = words.tokens
    if tokens[closing].group() not in _CLOSING_QUOTES:
        return None
    for index in range(closing - 1, max(-1, closing - _MAX_QUOTED_TOKENS), -1):
        token = tokens[index]
        if token.group() in _OPENING_QUOTES:
            # A title has words; one quoted word is a writer's irony ("chỉ", "chất").
            return index if index < closing - 2 else None
        if not is_word(token) or words.claim_at(token.start()) is not None:
            return None
    return None


def _closes(words: SentenceWords, token: Token) -> bool:
    """A verb or determiner ends at ``token`` (``_CLOSED_PHRASE_END``), or a change
    verb starts there (``_CLOSED_CHANGE_VERB``).  A plain word token (letters and
    digits) that lower-cases to none of ``_MAY_CLOSE`` matches neither, unless the
    sentence holds a character that lower-casing does not fold as the engine does
    (see guards): most tokens are answered without a search over the 16 before them."""
    word = token.group()
    if word.isalnum() and not words.folds_apart and word.lower() not in _MAY_CLOSE:
        return False
    at = token.start()
    return bool(
        _CLOSED_PHRASE_END.search(words.text, max(0, at - 16), token.end())
        or _CLOSED_CHANGE_VERB.match(words.text, at)
    )


def _place_before(words: SentenceWords, index: int, span: list[int]) -> bool:
    """``tokens[index]`` is "tại" or "ở" after a word, and a capitalised name follows
    it, maybe after a place noun ("tại khu vực Hà Nội", "ở thành phố Vinh")."""
    tokens = words.tokens
    if not span or index == 0 or tokens[index].group().lower() not in _PLACE_PREPOSITIONS:
        return False
    if not words.text[span[0]].isupper():
        noun = _PLACE_NOUN.match(words.text, span[0], span[1])
        if noun is None or not words.text[noun.end() : noun.end() + 1].isupper():
            return False
    previous = tokens[index - 1]
    return (
        is_word(previous)
        and not words.backward_stops.covers(previous.start())
        and previous.group().lower() not in _POINTING_WORDS
    )


_PLACE_PREPOSITIONS = frozenset({"tại", "ở"})
_PLACE_NOUN = re.compile(
    r"(?:khu vực|thị trường|thành phố|tỉnh|huyện|quận|xã|phường|sàn)"
    r"(?:\s+(?:khu vực|thị trường))?\s+"
)
""""khu vực Hà Nội", "thị trường TP.HCM": a place noun, then a capitalised name."""
_POINTING_WORDS = frozenset({"đó", "này", "đây", "ấy", "kia"})
""""trong khi đó ở Mỹ là …": no phrase before the place, only a pointer back."""
_DIGIT = re.compile(r"\d")
_NUMBERS = re.compile(r"[\d./\-]+")
_PLACE_WORDS = ("tại", "ở", "trên địa bàn")
"""Every match of ``TRAILING_SCOPE`` holds one of these (in any case); every
match of ``TRAILING_PERIOD`` holds a digit."""


@lru_cache(maxsize=4096)
def clean(phrase: str) -> str | None:
    """Drop leading verbs and determiners and trailing adverbs; a phrase of
    only time words ("năm", "hiện nay") is a period, not a subject.

    A pure function of the phrase, cached: its dozen end-anchored substitutions
    cost more than the reading that cut the phrase, and the same nouns are
    read again and again ("người", "trường hợp"; a third of the readings).
    The trailing period and place are tried only on a phrase that can hold
    one (lower-casing stands for the engine's case folding, see guards, unless
    the phrase holds a character that folds apart; the phrase only shrinks)."""
    every = FOLDS_APART.search(phrase) is not None
    previous = None
    while previous != phrase:
        previous = phrase
        phrase = LEADING_NOISE_PATTERN.sub("", phrase.strip())
        phrase = TRAILING_NOISE_PATTERN.sub("", phrase).strip()
        if every or _DIGIT.search(phrase):
            phrase = TRAILING_PERIOD.sub("", phrase).strip()
        lowered = phrase.lower()
        if every or any(word in lowered for word in _PLACE_WORDS):
            phrase = TRAILING_SCOPE.sub("", phrase).strip()
        phrase = LEADING_PERIOD.sub("", phrase).strip()
    if not phrase or not _NUMBERS.sub("", TIME_PHRASES.sub("", phrase)).strip():
        return None  # "năm nay", "đến thời điểm 31.5.2017": a period
    return phrase
