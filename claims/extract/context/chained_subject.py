"""The noun phrase that opens a clause, for a value its predicate leads to.

"Giá vàng giao ngay … lên chạm mức 1.233,01 USD/ounce", "đồng tiền này có thể rớt
xuống 69,50 rupee", "Suzuki Access 125 (phanh trống) có giá 54.787 Rs": between
the noun phrase and the value stand only the words of a predicate (auxiliaries,
verbs that move to or hold a level, the level itself, a price: "có thể", "rớt
xuống", "chạm mức", "có giá").  A reading back from the value stops inside that
predicate and takes a piece of it ("chạm mức", "thể rớt", "giá") or nothing; the
value is the value of the noun phrase before it.  So when every word from the value
back to a noun phrase is a predicate word, and that noun phrase opens its clause,
it is the subject: alone when what was read is a verb or a level ("mức" is no
subject), and with the predicate when what was read is a price or a value ("Suzuki
Access 125 (phanh trống) có giá", as "Chiếc túi Chanel có giá" is read already: the
thing priced and its price both named).
Any other word (an object: "bán Oliver Burke … với giá", a verb of paying: "trả",
"chi"), another quantity of its own, or a noun that does not open its clause
("… cho RB Leipzig với giá") leaves the reading as it was.
"""

from __future__ import annotations

import re

from claims.extract.context.passive_subject import only_a_place, opens_clause
from claims.extract.context.phrase_backward import backward_span
from claims.extract.context.phrase_cleaning import clean
from claims.extract.context.sentence import SentenceWords, is_word
from claims.extract.context.words import (
    COPULAS,
    FORWARD_STOPS,
    HEDGES,
    MAX_SUBJECT_WORDS,
    phrase_pattern,
)
from claims.model import Mention

CHAINED_KINDS = frozenset({"money", "measure", "percent"})
_AUXILIARIES = (
    "có thể được bị đã đang sắp sẽ vẫn cũng chỉ còn đều tiếp tục hiện nay dự kiến vừa mới lại "
    "bất ngờ đột ngột ước tính thường luôn khá rất trở"
)
_LEVEL_VERBS = (
    "đạt tăng giảm lên xuống tới đến vượt chạm rớt rơi vọt leo tụt sụt lùi trượt nhích "
    "neo đứng dừng treo duy trì nâng dao động ở tại quanh vào về thêm nhẹ mạnh sâu dần hạ"
)
_HEDGE_WORDS = "hơn gần khoảng chừng xấp xỉ từ trên dưới ít nhất tối thiểu tối đa"
_LEVELS = frozenset(["mức", "ngưỡng", "mốc", "đỉnh"])
_PRICES = frozenset(["giá", "trị", "bán", "với"])
"""A price or value named in the predicate ("có giá", "được bán với giá", "có giá
trị"): the subject keeps it, as written (a gold reading may name the price)."""
_NEXT = {
    "với": frozenset({"giá", "mức"}),
    "bán": frozenset({"với"}),
    "được": frozenset({"bán", "nâng", "hạ"}),
    "ở": frozenset({"mức", "ngưỡng", "mốc", "quanh", "khoảng", "trên", "dưới"}),
    "tại": frozenset({"mức", "ngưỡng", "mốc"}),
}
"""Words of a predicate only before these: "bán với giá", "với mức giá" (else "với"
joins: "so với", "thuyền trưởng MU với 13,8 triệu bảng"), "được bán", "được nâng lên"
(else "được" is of ability or result: "lấy lại được mốc 700 điểm", "chỉ đạt được
20%"), "ở mức", "tại mức" (else a place or a point: "563 mã lực tại 6.800 vòng/phút")."""
_BEFORE = {"với": "bán", "bán": "được"}
"""A price after "với" is the subject's when it is sold: "được bán với giá"; after another
verb it is the price of that deal ("Juve mua Hernanes … với giá", "chủ tiệm chỉ đồng ý
thâu vào với giá"), and whoever sells it ("chúng sẽ bán với giá") is not what it prices."""
_NOUN_BEFORE_PRICE = frozenset({"tỷ", "tỉ", "trị", "đơn", "thị", "mệnh", "vật", "định", "đấu"})
""""giá" ending a noun ("tỷ giá", "trị giá", "đơn giá") or a verb ("định giá"): not a price
the predicate names ("tỷ giá giảm về ngưỡng 22.540")."""
_PREDICATE_WORDS = (
    frozenset((_AUXILIARIES + " " + _LEVEL_VERBS + " " + _HEDGE_WORDS).split()) | _LEVELS | _PRICES
)
"""Syllables of the words that may stand between a noun phrase and its value."""
_PUNCTUATION = frozenset({":"})
"""Punctuation inside a predicate: "ở mức: 22.660 đồng"."""
_MAX_PREDICATE_WORDS = 8


def chained_subject(
    words: SentenceWords,
    mention: Mention,
    found: str | None,
    previous: list[tuple[Mention, str]],
) -> str | None:
    """``found``, or the noun phrase before the predicate that leads to ``mention``
    when ``found`` is nothing or a piece of that predicate.  An earlier value inside
    the predicate ("tăng 1,1% lên chạm mức …") is allowed when it is a value of the
    same noun phrase (``previous`` holds the earlier claims with their subjects)."""
    if mention.kind not in CHAINED_KINDS:
        return found
    predicate = _predicate(words, mention.start, previous)
    if predicate is None:
        return found
    start, siblings = predicate
    text = words.text
    at = -1
    if found is not None:
        at = text.rfind(found, start, mention.start)
        if at < 0:
            return found  # read before the predicate: a noun of its own
    span = _noun_span(words, start)
    if span is None:
        return found
    noun = clean(_THAT.sub("", words.slice(*span)))
    if (
        noun is None
        or (" " not in noun and _TICKER.fullmatch(noun) is None)
        or _OPENS_WITH_COPULA.match(noun)
        or _a_person(noun)
        or only_a_place(noun)
        or _FUNCTION_SYLLABLES.issuperset(noun.lower().split())
    ):
        # "so với mức …", "nhưng vẫn phổ biến ở mức": no noun; one word alone is as often a
        # pronoun, an adjective or a place ("nó có mức giá", "nặng chỉ 47 kg", ", Manchester").
        return found
    if any(subject != noun for subject in siblings):
        return found  # "… tăng 20% và doanh thu đạt …": another noun's value before
    if found is not None and " " in noun and _PRICES & set(found.lower().split()):
        return clean(text[span[0] : at + len(found)]) or found
    return noun


def _predicate(
    words: SentenceWords, value: int, previous: list[tuple[Mention, str]]
) -> tuple[int, list[str]] | None:
    """Where the predicate words before ``value`` start (the end of the noun phrase
    before them) and the subjects of the values inside it, or ``None`` when no verb,
    level or price stands there, or something else does."""
    tokens = words.tokens
    subjects = {claim.start: subject for claim, subject in previous}
    index = words.first_token_at_or_after(value) - 1
    start, read, verbs = value, 0, 0
    siblings: list[str] = []
    next_word = ""
    while index >= 0 and read < _MAX_PREDICATE_WORDS:
        token = tokens[index]
        word = token.group()
        claim = words.claim_at(token.start())
        if claim is not None:
            if claim.start not in subjects or claim.kind not in CHAINED_KINDS:
                return None  # another quantity: its noun, or its own clause
            siblings.append(subjects[claim.start])
            start = claim.start
            index = words.first_token_at_or_after(claim.start) - 1
            continue
        if is_word(token):
            lower = word.lower()
            if next_word in _BEFORE and lower != _BEFORE[next_word]:
                return None
            if lower not in _PREDICATE_WORDS or words.in_compound(index):
                break  # a noun: "mức giảm", "tương đương mức giảm 0,36%" (COMPOUNDS)
            previous_word = tokens[index - 1].group().lower() if index else ""
            if lower in _NEXT and next_word not in _NEXT[lower] and previous_word != "hiện":
                break  # ("hiện tại": now)
            if lower == "giá" and previous_word in _NOUN_BEFORE_PRICE:
                break
            verbs += lower not in _HEDGE_WORDS
            next_word = lower
        elif word not in _PUNCTUATION:
            if word == ")" and read:
                break  # "Suzuki Access 125 (phanh trống) có giá": the noun's own bracket
            return None  # a comma or a bracket: the predicate has no noun before it
        start = token.start()
        read += 1
        index -= 1
    if index < 0 or not verbs or read >= _MAX_PREDICATE_WORDS:
        return None
    return start, siblings


def _noun_span(words: SentenceWords, end: int) -> tuple[int, int] | None:
    """The noun phrase read back from ``end`` when it opens its clause, with a
    bracket that closes it ("Suzuki Access 125 (phanh trống)") and a numeral
    determiner that opens it ("Một chiếc ngà")."""
    text = words.text
    last = text[:end].rstrip()
    close = len(last)
    if last.endswith(")"):
        opening = text.rfind("(", words.start, close)
        if opening < 0 or close - opening > _MAX_BRACKET:
            return None
        end = opening
    span, after_quantity = backward_span(
        words, end, closed=True, limit=MAX_SUBJECT_WORDS, through_places=True
    )
    if span is None or after_quantity:
        return None
    first, last_end = span[0], close if close > span[1] else span[1]
    listing = _LISTING.search(text, first, last_end)
    if listing is not None and listing.end() < last_end:
        # "DOJI niêm yết giá vàng SJC ở mức: …": the price it lists (predicates).
        return listing.end(), last_end
    determiner = _DETERMINER_BEFORE.search(text, max(words.start, first - 8), first)
    if determiner is not None:
        first = determiner.start()
    if _OWNED_BEFORE.search(text, max(words.start, first - 16), first):
        return None  # "nợ … của các ngân hàng Qatar": a determiner after an owner opens nothing
    if not (opens_clause(words, first) or _after_connector(words, first)):
        return None
    return first, last_end


_DETERMINER_BEFORE = re.compile(r"(?<!\w)[Mm]ột\s+$")
""""Một chiếc ngà có giá …": a numeral opening the noun phrase (a closed reading
stops at it)."""
_CONNECTOR_BEFORE = re.compile(r"(?:[,;.]\s*(?:[Cc]òn|[Tt]rong khi)|(?<!\w)thì)\s+$")
""""Còn một chiếc sừng tê giác …", "trong khi PS4 Pro …": a connector opens the clause
(not "còn lại", remaining: "đàn lợn 7 con còn lại của chị Xuyến")."""
_OWNED_BEFORE = re.compile(r"(?<!\w)(?:của|từ|cho|với|về|tại|ở)\s+(?:các|những|mỗi)\s+$")
_LISTING = re.compile(r"(?<!\w)(?:niêm yết|ấn định)\s+(?=\w)", re.IGNORECASE)
""""niêm yết", "ấn định" inside the phrase: what is listed or fixed follows them."""
_THAT = re.compile(r"^(?:rằng|là)\s+", re.IGNORECASE)
""""nhận định rằng giá tiền ảo này có thể lên tới …": the clause said starts after it."""
_OPENS_WITH_COPULA = phrase_pattern(COPULAS)
""""Chiếm tỉ lệ đến 90%": a copula opens no noun phrase."""
_PRONOUNS = frozenset({"ông", "bà", "anh", "chị", "em", "cô", "tôi", "họ", "nó", "chúng"})
"""A person named by a pronoun and what they do ("ông chui xuống sâu gần 2 m", "chúng
tôi tuyển dụng chỉ đạt …"), not a name ("Ông Nguyễn Văn An"): the agent, not what the
value measures."""
_TICKER = re.compile(r"[A-ZĐ]{3}")
""""BHN đang sụt giảm 5,88%", "DXG tăng trở lại 1,5%": a stock's three-letter code is a
noun of one word."""
_MAX_BRACKET = 40
_FUNCTION_SYLLABLES = _PREDICATE_WORDS | frozenset(
    syllable for phrase in (*FORWARD_STOPS, *HEDGES) for syllable in phrase.lower().split()
)
"""A phrase made only of these ("so", "tương đương", "vẫn phổ biến") names nothing."""


def _a_person(noun: str) -> bool:
    first, _, rest = noun.partition(" ")
    return first.lower() in _PRONOUNS and rest[:1].islower()


def _after_connector(words: SentenceWords, at: int) -> bool:
    """A connector opening a clause ends right before ``at`` (read in the 16 characters
    before it; the sentence start counts as a comma)."""
    window = max(words.start, at - 16)
    before = words.text[window:at]
    return _CONNECTOR_BEFORE.search("," + before if window == words.start else before) is not None
