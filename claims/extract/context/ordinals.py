"""The subject of an ordinal: the noun it ranks.

"cầu thủ thứ 18", "vị trí thứ ba": the noun right before the rank.  Two more
shapes: the noun inside the mention ("giải Ba"; "lần 3" when nothing ranked
stands before it) or a time noun right before the number ("Phút 21", which
cleaning would drop as a period); and a ranking verb, after which the ranked
thing is whatever stands before the verb and its modals ("đội đang xếp thứ
17", "Họ đứng thứ 3", "Ai Cập hiện được xếp hạng 11"), or a name set off by a comma
or a dash before the verb or the rank ("Ostapenko – xếp hạng 47 thế giới", "Hamou,
hạng 287 thế giới,").  What follows a rank is left out: read on, it runs into
the clause ("lần thứ 2 kể từ …", "vị trí thứ 3 sớm 1 vòng đấu"); except after
"là", where the time ranks the event the clause after it tells ("Đây là lần
thứ 33 Real vô địch La Liga": "Real vô địch La Liga").
"""

from __future__ import annotations

import re

from claims.extract.context.phrase_backward import backward, backward_span
from claims.extract.context.phrase_cleaning import clean
from claims.extract.context.phrase_forward import forward_from
from claims.extract.context.sentence import SentenceWords
from claims.extract.context.tails import TailPattern
from claims.model import Mention

_MAX_RANKED_WORDS = 4
_MINUTE_MARKS = ("'", "’", "′")
_LEADING_NOUN = re.compile(r"^([^\W\d]+(?:\s+[^\W\d]+)?)\s+(?=\S)", re.IGNORECASE)
_RANK_MARKER = re.compile(r"(?:thứ|số|hạng|top|hàng)$", re.IGNORECASE)
_RANK_VERB_BEFORE = TailPattern(
    re.compile(
        r"(?<!\w)(?:(?:đang|đã|vẫn|hiện|tạm|cũng|sẽ|chỉ|đều|lại|có thể|được)\s+)*"
        r"(?:xếp|đứng|xếp hạng)\s*$",
        re.IGNORECASE,
    ),
    ("xếp", "đứng", "hạng"),
)
""""đội đang xếp thứ 17": the ranked thing stands before the verb and its modals."""


_MATCH_TIME_BEFORE = TailPattern(
    re.compile(
        r"(?:^|[,;(•:]|(?<!\w)(?:ở|từ|đến|tới|ngay|vào|sau|trước|và|là))\s*"
        r"(?P<unit>[Pp]hút|[Gg]iây)\s+$"
    ),
    ("phút", "giây"),
)
""""ở phút 54", "Phút 42", "ngay giây 40", "từ phút 16 đến phút 23": the minute or
second of a match, after a word that places it in time (not "Kể lại phút 3 chú
cháu …", the moment three people …)."""
_MATCH_TIME_REACH = 24


def match_time(words: SentenceWords, mention: Mention) -> str | None:
    """ "phút" or "giây" for a count or a rank that is a minute or a second of a
    match ("ở phút 54 trận giao hữu …", "ngay phút thứ 2"), else ``None``.  Read
    forward, such a count takes the match for its subject ("trận giao hữu …"); read
    back, a rank takes the words before ("ngay phút", "Cameroon ngay từ phút")."""
    if mention.kind not in ("count", "ordinal"):
        return None
    before = words.text[max(words.start, mention.start - _MATCH_TIME_REACH) : mention.start]
    found = _MATCH_TIME_BEFORE.search(before)
    return found.group("unit") if found is not None else None


def ordinal_subject(words: SentenceWords, mention: Mention) -> str | None:
    if mention.text.endswith(_MINUTE_MARKS):
        return "phút"  # "Kane 22'": the minute of the match
    event = _event_after_cleft(words, mention)
    if event is not None:
        return event
    lead = _LEADING_NOUN.match(mention.text)
    if lead is not None and not _RANK_MARKER.search(lead.group(1)):
        if lead.group(1).lower() != "lần":
            return lead.group(1)  # "giải Ba", "ngày thứ ba"
        # "cuộc phỏng vấn chính thức lần 3" ranks the interview; "(lần 3)" the time.
        return backward(words, mention.start, closed=True, limit=_MAX_RANKED_WORDS) or "lần"
    verb = words.search_back(_RANK_VERB_BEFORE, mention.start, 60)
    if verb is not None:
        _, at = verb
        # "Ostapenko – xếp hạng 47 thế giới": a name set off before the verb.
        return (
            backward(words, at, closed=True)
            or _name_set_off(words, at)
            or _named_after_copula(words, mention, at)
        )
    span, _ = backward_span(words, mention.start, closed=True, limit=_MAX_RANKED_WORDS)
    if span is None:
        # "Hamou, hạng 287 thế giới, là …": a rank set off after a name; "Libya (thứ
        # 72), Tunisia (76)", "Mike Pence (thứ 3 từ trái sang)": a rank bracketed after one.
        return _name_set_off(words, mention.start) or _name_bracketed(words, mention.start)
    raw = words.slice(*span)
    noun = clean(raw)
    if noun is None:
        # "Phút 21": a time noun, which cleaning drops as a period.
        return raw if raw.isalpha() and span[1] == _word_end(words, mention.start) else None
    return noun


def _event_after_cleft(words: SentenceWords, mention: Mention) -> str | None:
    """ "Đây là lần thứ hai nữ diễn viên … tới Việt Nam", "Đó là lần thứ 3, Xa
    Thi Mạn quay lại …": after "là", the time ranks the event the clause after
    it tells, and that clause is the subject (as worded: "lần" stands apart)."""
    before = words.text[max(words.start, mention.start - 16) : mention.start]
    if _TIMES.match(mention.text) is None:
        times = _TIMES_BEFORE.search(before)  # "lần" left outside the mention
        if times is None:
            return None
        before = before[: times.start()]
    if _CLEFT_BEFORE.search(before) is None:
        return None
    offset = mention.end
    after = words.text[offset : words.end]
    comma = _COMMA_AFTER.match(after)
    if comma is not None:
        offset += comma.end()
    return forward_from(words, offset)


_COPULA_AFTER = re.compile(r"[ \t]+là[ \t]+")


def _named_after_copula(words: SentenceWords, mention: Mention, verb_at: int) -> str | None:
    """ "Đứng thứ hai là lĩnh vực sản xuất, phân phối điện với …", "; đứng thứ ba là
    lĩnh vực khai khoáng": a ranking verb that opens its clause names the ranked thing
    after "là" (a list of places read down a table).  Not after a comma: "…, xếp thứ ba
    là U15 Đài Bắc Trung Hoa (1đ, hiệu số 4-7)" is a row of a standings table, whose
    bracketed figures would take the team for their subject."""
    if words.text[words.start : verb_at].rstrip().endswith(","):
        return None
    copula = _COPULA_AFTER.match(words.text, mention.end, words.end)
    return forward_from(words, copula.end()) if copula is not None else None


_SET_OFF = re.compile(r"[ \t]*[,–—-][ \t]*$")
_MAX_NAME_WORDS = 4


def _capitalised_run(
    words: SentenceWords, mark: re.Pattern[str], offset: int, reach: int
) -> tuple[int, int, int] | None:
    """The capitalised words (a few, none of them a claim) right before ``mark``, which
    ends at ``offset`` within ``reach`` characters: the index of the first word, of the
    token before it (-1 at the start), and where the mark begins."""
    found = words.search_back(mark, offset, reach)
    if found is None:
        return None
    _, end = found
    tokens = words.tokens
    index = words.first_token_at_or_after(end) - 1
    first = None
    while index >= 0 and (first is None or first - index < _MAX_NAME_WORDS):
        token = tokens[index]
        if not token.group()[0].isupper() or words.claim_at(token.start()) is not None:
            break
        first = index
        index -= 1
    return None if first is None else (first, index, end)


def _name_set_off(words: SentenceWords, offset: int) -> str | None:
    """The name opening the sentence right before a comma or a dash that ends at
    ``offset``: "Hamou, ", "Ostapenko – " (capitalised words only)."""
    run = _capitalised_run(words, _SET_OFF, offset, 80)
    if run is None:
        return None
    first, index, end = run
    if index >= 0:
        return None  # "tay vợt Hamou, hạng 287", "… hạ gục nhanh' Nick Kyrgios, số 1 thế
        # giới nếm trái đắng": only a name opening the sentence is set off before its rank
    return words.slice(words.tokens[first].start(), end)


_OPENING = re.compile(r"\([ \t]*$")
_COUNTRY_FIRST = re.compile(
    r"(?:Mỹ|Nga|Pháp|Anh|Đức|Nhật(?: Bản)?|Trung Quốc|Hàn Quốc|Triều Tiên|Việt Nam|Ấn Độ|Úc|Ý)"
    r"(?!\w)"
)


def _name_bracketed(words: SentenceWords, offset: int) -> str | None:
    """The name (capitalised words, a few) right before a "(" that ends at ``offset``."""
    run = _capitalised_run(words, _OPENING, offset, 8)
    if run is None:
        return None
    first, index, end = run
    tokens = words.tokens
    last = words.first_token_at_or_after(end) - 1
    name = words.slice(tokens[first].start(), tokens[last].end())
    country = _COUNTRY_FIRST.match(name)
    if country is not None:
        if country.end() < len(name):
            # "Tổng thống Mỹ Donald Trump (thứ hai bên trái)": the title's country is no name.
            return name[country.end() :].lstrip()
        if index >= 0 and tokens[index].group().lower() == "của":
            return None  # "Ajay Jayaram của Ấn Độ (hạng 18 thế giới)": the player is ranked
    return name


_TIMES = re.compile(r"lần(?!\w)", re.IGNORECASE)
_TIMES_BEFORE = re.compile(r"(?<!\w)lần\s*$", re.IGNORECASE)
_CLEFT_BEFORE = re.compile(r"(?<!\w)là\s*$", re.IGNORECASE)
_COMMA_AFTER = re.compile(r"\s*,\s*")


def _word_end(words: SentenceWords, offset: int) -> int:
    """Where the word right before ``offset`` ends (the space skipped)."""
    text = words.text
    while offset > words.start and text[offset - 1].isspace():
        offset -= 1
    return offset
