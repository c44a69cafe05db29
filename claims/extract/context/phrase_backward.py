"""Reading a noun phrase off a sentence backward from a cue (a copula, a verb),
one token at a time, so each reading is linear in what it reads.

A reading stops at punctuation, at a stop word, or at another claim; it
passes over identifiers and subject modifiers ("trẻ em dưới 6 tuổi"), which
belong to the phrase.  Read with no copula to bound it (``closed``), it also
stops at verbs and determiners.  The phrase is then trimmed (``phrase_cleaning``).

"các"/"những" after a preposition inside the phrase ("thị phần của các hãng xe nội
địa", "Lượng khách ở các khu du lịch", "Tỷ lệ thất nghiệp tại các thành phố lớn")
start no phrase: a reading before a measuring verb or a copula goes on to the head
before the preposition, unless the head is a verb's ("khi hạ cánh cho các phi công")
or it cannot be reached within a few words; the place after "tại"/"ở" is then cut
as scope.
"""

from __future__ import annotations

import re

from claims.extract.context.phrase_cleaning import clean
from claims.extract.context.read_on import OWNER_HEAD_WORDS, owned, singled_out_period
from claims.extract.context.sentence import SentenceWords, Token, is_word
from claims.extract.context.words import (
    CLOSED_VERBS,
    REPORTING_VERBS,
    phrase_pattern,
)

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
_OWNER = re.compile(r"của\s", re.IGNORECASE)
"""An owner ("của Trung Quốc") read first: the noun it belongs to stands before it."""
_CLAUSE_MARKERS = frozenset({"mà", "khi"})
_MAX_CLOSED_WORDS = 6
_MAX_COPULA_WORDS = 16


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
    through_determiners: bool = False,
) -> tuple[str | None, bool]:
    """``backward``, and whether another quantity stopped the reading (then the
    phrase is likely that quantity's noun: "20 điểm trở lên … là 107.616 thí sinh").

    Read open (before a copula), a relative or temporal clause inside the phrase
    is skipped: "Tỷ giá trần mà các ngân hàng được áp dụng là …" is "Tỷ giá trần".
    """
    span, after_quantity = backward_span(
        words,
        end,
        closed=closed,
        limit=limit,
        through_places=through_places,
        through_determiners=through_determiners,
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
    through_determiners: bool = False,
) -> tuple[tuple[int, int] | None, bool]:
    """The raw span ``backward_read`` cleans, and whether a quantity stopped it.

    ``through_places`` reads on past "tại"/"ở" and the capitalised name after
    it, for a phrase that ends in its place: "căn nhà nhỏ nhất tại Hong Kong
    có diện tích", "Giá vàng được niêm yết tại Hà Nội là" (cleaning cuts the place).
    ``through_counts`` reads a count as part of the phrase ("chi phí đầu tư 6
    vở kịch là …"), for a reader that cuts the phrase at a property noun.
    ``through_determiners`` reads on past "các"/"những" after a preposition
    inside the phrase ("thị phần của các hãng xe nội địa đạt", "Tỷ lệ thất
    nghiệp tại các thành phố lớn là"), for a subject read before a verb or a copula.
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
    # the phrase as it stood at "các"/"những", and the words read when past the preposition
    determined: tuple[list[int], int] | None = None
    while index >= 0:
        if count >= limit:
            if determined is not None:
                if not _phrase_ends(words, index):
                    span = determined[0]  # the head was not reached: the phrase after "các"
                break
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
            (
                barrier.kind in _PERIOD_KINDS
                and (not span or (closed and _OWNER.match(words.text, span[0]) is not None))
            )
            or (through_counts and barrier.kind == "count")
        ):
            # "vốn FDI năm 2016 đạt …": a period between phrase and verb; "Chỉ số PMI
            # tháng 5 của Trung Quốc đạt …": a period between a noun and its owner.
            inner = barrier
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
        if through_determiners and span and _determined_after_preposition(words, index, closed):
            # "thị phần của các hãng xe nội địa": the owner, the beneficiary or the
            # place is part of the phrase; its head stands before the preposition.
            if determined is None:  # where the reading stopped before: at "các", or after it
                determined = ([at, span[1]] if not closed else list(span), count)
                limit = max(limit, count + _HEAD_WORDS)
            span[0] = tokens[index - 1].start()
            index -= 2
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
            and not _nominal(words, token)
        ):
            # A pointer read first closes the phrase before it ("chi phí cho
            # cảnh quay này lên đến 7 tỷ đồng"); read later, it ends another.
            if determined is not None and count - determined[1] <= 1:
                span = determined[0]  # "khi hạ cánh cho các phi công": a verb's object
            break
        span = [at, span[1] if span else token.end()]
        count += 1
        index -= 1
    if determined is not None and _COMPOUND_PREPOSITION.match(words.text, span[0]):
        span = determined[0]  # "năm 2015 đối với các khoản phí": no head before it
    if not span and inner_clause is not None:
        span = list(inner_clause)
    if not span:
        return None, after_quantity
    return (span[0], span[1]), after_quantity


def _phrase_ends(words: SentenceWords, index: int) -> bool:
    """The reading would stop at ``tokens[index]`` anyway: the sentence starts
    before it, or it is punctuation, a stop word or another quantity."""
    if index < 0:
        return True
    token = words.tokens[index]
    at = token.start()
    return (
        not is_word(token)
        or words.claim_at(at) is not None
        or (words.backward_stops.covers(at) and not words.in_compound(index))
    )


_DETERMINERS = frozenset({"các", "những"})
_HEAD_WORDS = 6
"""Words read on past the preposition before "các"/"những" for the head of the phrase
("tổng giá trị vốn hóa của các doanh nghiệp …"); the preposition and determiner are free."""
_COMPOUND_PREPOSITION = re.compile(r"đối\s", re.IGNORECASE)
_COMPARING = frozenset({"so"})
_PREPOSITIONS = frozenset({"của", "cho", "tại", "ở", "với", "tặng"})


def _determined_after_preposition(words: SentenceWords, index: int, closed: bool) -> bool:
    """``tokens[index]`` is "các"/"những" after a preposition ("của", "cho", "tại",
    "ở", "với", "tặng") that follows a word of the phrase: not a stop word, a
    verb or determiner that would close it, nor another quantity.  Read open
    (before a copula), only a preposition that is a stop word matters ("tại",
    "ở", "với"): the reading goes on past the others anyway."""
    tokens = words.tokens
    if index < 2 or tokens[index].group().lower() not in _DETERMINERS:
        return False
    preposition = tokens[index - 1]
    if preposition.group().lower() not in _PREPOSITIONS:
        return False
    if not closed and not words.backward_stops.covers(preposition.start()):
        return False
    head = tokens[index - 2]
    at = head.start()
    return (
        is_word(head)
        and words.claim_at(at) is None
        and words.transparent_at(at) is None
        and not (words.backward_stops.covers(at) and not words.in_compound(index - 2))
        and not _closes(words, head)
        and head.group().lower() not in _COMPARING  # "so với các năm trước": a comparison
    )


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


def _nominal(words: SentenceWords, token: Token) -> bool:
    """A verb of giving, paying or borrowing ending at ``token`` is a noun after
    "mức", "số tiền", "khoản", "tiền" ("mức ủng hộ", "khoản vay"): it closes no phrase."""
    if token.group().lower() not in _NOMINAL_LAST_WORDS:
        return False
    at = token.start()
    stop = _CLOSED_PHRASE_END.search(words.text, max(0, at - 16), token.end())
    return (
        stop is not None
        and stop.group().lower() in _NOMINAL_VERBS
        and _NOMINALISER_END.search(words.text, max(0, stop.start() - 12), stop.start()) is not None
    )


_NOMINALISER_END = re.compile(r"(?<!\w)(?:mức|số tiền|khoản|tiền)\s+$", re.IGNORECASE)
""""mức", "số tiền", "khoản", "tiền" before a verb of giving or paying make a noun of it
("với mức ủng hộ giảm từ 19,5%", "số tiền nộp"): it closes no phrase."""
_NOMINAL_VERBS = frozenset({"ủng hộ", "nộp", "trả", "vay", "nhận", "góp"})
_NOMINAL_LAST_WORDS = frozenset(verb.split()[-1] for verb in _NOMINAL_VERBS)


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
