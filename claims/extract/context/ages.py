"""The person an age belongs to.

"Bé trai 6 tuổi", "sao trẻ 28 tuổi": the noun right before the age.  When
that noun is a common noun set off after a name that opens its clause, or
has two words and follows no preposition ("Zosimo Tano, người ngư dân 41
tuổi", "Miranda Kerr là siêu mẫu 34 tuổi"; not "của Press Association, hậu vệ
21 tuổi"), the name is the person; when only time words stand before the age
in its clause and a name follows it after a comma ("Năm nay 20 tuổi,
Ostapenko", "khi mới 16 tuổi, Mbappe", "Ở tuổi 32, Ronaldo"), that name is.
A comma before the age alone sets it off too ("Richard Rojas, 26 tuổi sống
tại …"). A dash sets an age off like a comma ("Công chúa Mako - 25 tuổi,"), and a name
after a dash names the common noun before the age ("tay đấm 33 tuổi - Eddie").
An age turned ("bước sang tuổi 90", "tròn 20 tuổi") belongs to whoever stands
before the verb.  A name is a run of capitalised words, maybe after a title; a
province or a pronoun is not one.
"""

from __future__ import annotations

import re

from claims.extract.context.phrase_backward import backward, backward_span
from claims.extract.context.phrase_cleaning import clean
from claims.extract.context.scope import places
from claims.extract.context.sentence import SentenceWords
from claims.model import Mention

_MAX_PERSON_WORDS = 4
"""An age's person is short: "cậu con trai 6 tuổi", "Cô gái Ba Lan 20 tuổi"."""
_MAX_NAME_WORDS = 5
_TITLES = frozenset({"ông", "bà", "anh", "chị", "cô", "cụ", "bé", "cháu", "em"})
_PRONOUNS = frozenset({"đây", "đó", "họ", "cô", "anh", "ông", "bà", "chị", "em", "nó", "tôi"})
_SET_OFF = re.compile(r"(?:,(?:\s*một)?|(?<!\w)là(?:\s+một)?)\s*$", re.IGNORECASE)
""""Zosimo Tano, người ngư dân", "chị Yamauchi, một giáo viên", "Miranda Kerr là siêu mẫu"."""
_TITLE_END = re.compile(rf"(?<!\w)(?:{'|'.join(sorted(_TITLES))})\s+$")
"""A lower-case title before a one-word name ("khi chị Yamauchi, một giáo viên 42 tuổi")."""
_CLAUSE_START = re.compile(r"[,;:()\"“”]")
_TIME_WORDS = frozenset(
    {"năm", "nay", "khi", "mới", "lúc", "đó", "vừa", "đã", "chỉ", "hồi", "lên", "tuổi", "từ"}
    | {"ở", "bước", "sang", "tròn", "độ"}
)
"""Words of a clause that only says when ("Năm nay 20 tuổi, X", "Ở tuổi 32, X",
"Khi bước sang tuổi 25, X")."""
_AT_AGE = re.compile(r"(?<!\w)(?:ở|sang|qua)\s*$", re.IGNORECASE)
""""ở tuổi 35", "bước qua tuổi 32": the age at which the clause after the comma happens."""
_TURNING = re.compile(
    r"(?<!\w)(?:(?:đã|vừa|mới|sắp|sẽ|đang|cũng|chưa)\s+)*(?:bước\s+)?(?:sang|qua|tròn)\s*$",
    re.IGNORECASE,
)
""""Bà Đinh Thị Thanh vừa bước sang tuổi 90": whoever turns the age stands
before the verb and its modals."""
_WHEN = re.compile(r"(?<!\w)(?:khi|lúc|mà)\s*$", re.IGNORECASE)
_WHEN_AGED = re.compile(
    r"(?<!\w)(?:khi|lúc|từ năm|từ khi|từ lúc)(?:\s+(?:mới|còn|chỉ|vừa|đã|mới chỉ))*\s*$",
    re.IGNORECASE,
)
""""khởi nghiệp khi mới 18 tuổi", "hoạt động trong nghề từ năm 13 tuổi": the age at
which the clause's person did what the clause tells."""
_AT_AGE_AFTER_A_VERB = re.compile(r"(?<!\w)ở\s*$", re.IGNORECASE)
""""Brandon Morris tuyên bố nghỉ hưu ở tuổi 34": "ở" (at) before an age written "tuổi N",
told after what was done at it, like "khi mới 18 tuổi"; not "ở độ tuổi 22" (an age
group: "5 cầu thủ ở độ tuổi 22"), nor an age before a comma, which the clause after
the comma tells of ("hiểu rằng ở tuổi 32, anh …")."""
_OPENING_PRONOUNS = frozenset({"cô", "anh", "ông", "bà", "chị", "em", "bé", "cậu", "nàng"})
_PRONOUN_NOUNS = frozenset({"trai", "gái", "ấy", "chị", "em", "trẻ", "út", "cả"})
_RANGE_WORD = re.compile(r"(?:độ|lứa)", re.IGNORECASE)
_PREPOSITION_END = re.compile(
    r"(?<!\w)(?:của|tới|đến|tại|ở|từ|với|cho|sau|trước|vào|về|theo)\s*$", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_][\w\-']*")
_DASHES = ("-", "–")
"""A name after a dash names the common noun before the age ("tay đấm 33 tuổi -
Eddie đã …")."""


def age_person(words: SentenceWords, mention: Mention, anchor: int) -> str | None:
    """The person the age ``mention`` belongs to; ``anchor`` is where the
    words before it end (hedges left out).  "chuyên gia trang điểm của nữ diễn viên
    38 tuổi": the one after "của" (of), not the owner mark."""
    person = _age_person(words, mention, anchor)
    if person is None:
        return None
    owner = _OWNER_MARK.match(person)
    return person if owner is None else person[owner.end() :] or None


_OWNER_MARK = re.compile(r"của\s+", re.IGNORECASE)


def _age_person(words: SentenceWords, mention: Mention, anchor: int) -> str | None:
    turning = _TURNING.search(words.text, max(words.start, anchor - 30), anchor)
    if turning is not None:  # "bước sang tuổi 90", "tròn 30 tuổi"
        # "của Neymar và Ronaldo khi bước sang tuổi 25": past a "when".
        when = _WHEN.search(words.text, max(words.start, turning.start() - 8), turning.start())
        end = when.start() if when is not None else turning.start()
        span, _ = backward_span(words, end, closed=True, limit=_MAX_PERSON_WORDS)
        person = clean(words.slice(*span)) if span is not None else None
        if person is not None:
            return person
    when = _WHEN_AGED.search(words.text, max(words.start, anchor - 24), anchor)
    if when is not None and turning is None:
        # "Cô bắt đầu hoạt động trong nghề từ năm 13 tuổi", "Lyudmila ở với chó từ năm 3
        # tuổi": the age at which the person opening the clause did it.
        opener = _clause_opener(words, when.start())
        if opener is not None:
            return opener
    if when is None and turning is None:
        # "Vương Phu Đường qua đời vì bệnh phổi ở tuổi 73": the same, after "ở".
        opener = _at_age_after_a_verb(words, mention, anchor)
        if opener is not None:
            return opener
    span, _ = backward_span(words, anchor, closed=True, limit=_MAX_PERSON_WORDS)
    if span is None and turning is None and when is None:
        span = _subject_of_predicate(words, anchor)  # "Người lớn nhất đã 69 tuổi"
    person = clean(words.slice(*span)) if span is not None else None
    if span is None and turning is None:
        # "Richard Rojas, 26 tuổi sống tại quận Bronx": set off by a comma before
        # it only, the age is the name's; not a place opening the sentence.
        named = _name_before(words, anchor)
        if named is not None and not _PREPOSITION_END.search(named.split()[0]):
            return named
    if person is not None and (turning is not None or _RANGE_WORD.fullmatch(person)):
        person = None  # "bước sang", "độ" (ở độ tuổi 20): a verb or a range, no person
    if person is not None and person[0].isupper():
        return person
    if span is not None and person is not None:
        named = _name_before(words, span[0])
        if named is not None:
            return named  # "Zosimo Tano, người ngư dân 41 tuổi"
    after = words.text[mention.end : words.end].lstrip()
    if (after.startswith(",") and _opens_its_clause(words, anchor)) or (
        after[:1] in _DASHES and person is not None and person[0].islower()
    ):
        named = _name_at(after[1:])
        if named is not None:
            return named  # "Năm nay 20 tuổi, Ostapenko", "tay đấm 33 tuổi - Eddie"
    if person is not None and person[0].islower() and after[:1].isupper():
        named = _name_at(after)
        if named is not None and " " in named:
            return named  # "bệnh nhân 29 tuổi Olana Tansley-Hancock chia sẻ"
    return person


def _at_age_after_a_verb(words: SentenceWords, mention: Mention, anchor: int) -> str | None:
    """The person opening the clause of an age "ở tuổi N" told after what was done at
    it (``_AT_AGE_AFTER_A_VERB``); not a pronoun, alone or pointing back ("Cô", "Cậu
    ấy"), which names nobody."""
    if mention.text[:4].lower() != "tuổi":
        return None
    if words.text[mention.end : words.end].lstrip().startswith(","):
        return None
    at = _AT_AGE_AFTER_A_VERB.search(words.text, max(words.start, anchor - 10), anchor)
    if at is None:
        return None
    opener = _clause_opener(words, at.start())
    if opener is None:
        return None
    folded = opener.casefold().split()
    if folded[0] in _OPENING_PRONOUNS and (len(folded) == 1 or folded[-1] == "ấy"):
        return None
    return opener


def _subject_of_predicate(words: SentenceWords, anchor: int) -> tuple[int, int] | None:
    """The noun phrase before an age told as the predicate, past the adverbs between
    them ("Người lớn nhất đã 69 tuổi", "người đàn ông cạnh nhà kia năm nay đã 65
    tuổi", "bé đã được 4 tuổi"), which stop a plain reading; not a pronoun ("Anh
    đã 30 tuổi"), which names nobody."""
    adverbs = _PREDICATE_ADVERBS.search(words.text, max(words.start, anchor - 30), anchor)
    if adverbs is None:
        return None
    span, after_quantity = backward_span(
        words, adverbs.start(), closed=True, limit=_MAX_PREDICATE_SUBJECT_WORDS
    )
    if span is None or after_quantity or words.text[span[1] : adverbs.start()].strip():
        return None
    person = clean(words.slice(*span))
    if not person or person.lower() in _NAMES_NOBODY:
        return None
    tokens = person.split()
    if any(token.lower() in _NOT_IN_A_PERSON for token in tokens):
        return None  # "Giờ con gái tôi", "ai nghĩ cô": a time word or a clause read in
    if not (tokens[0][0].isupper() or tokens[0].lower() in _PERSON_HEADS):
        return None  # "… nhất đã 17 tuổi", "và sống được 10 năm tuổi": no person's noun
    before = words.text[max(words.start, span[0] - 40) : span[0]]
    opens = _CLAUSE_OPENS.search(before) is not None or (
        not _DETERMINER_ONLY.sub("", before).strip() and span[0] - 40 <= words.start
    )
    if not opens:
        return None  # "cô con gái đầu lòng", "tiền vệ người …": read from inside a phrase
    return span


_MORE_PRONOUNS = frozenset({"bạn", "cụ", "mình", "tôi đây"})
_NAMES_NOBODY = _PRONOUNS | _MORE_PRONOUNS
"""Pronouns before an age told as the predicate ("Anh đã 30 tuổi"), joined once, not per call."""
_NOT_IN_A_PERSON = frozenset(
    {"giờ", "đây", "nay", "bây", "lúc", "rằng", "nghĩ", "chẳng", "là", "đến"}
)
_PERSON_HEADS = frozenset(
    {"người", "bé", "cháu", "con", "cụ", "ông", "bà", "anh", "chị", "em", "đứa", "cậu"}
    | {"cô", "chàng", "nàng", "thai", "trẻ", "cầu", "tay", "vị", "chồng", "vợ", "mẹ", "bố", "cha"}
)
"""First words of a person's (or a pregnancy's) noun: "đứa lớn", "cầu thủ", "thai nhi"."""
_CLAUSE_OPENS = re.compile(
    r"(?:[,;:(\"“”\-–.!?]|(?<!\w)(?:và|còn|nhưng|khi|dù|do|thì|vì|nên|nay|giờ|đây|"
    r"hiện tại))\s*(?:(?:một|những|các)\s+)?$",
    re.IGNORECASE,
)
"""What may stand right before the subject of an age told as the predicate: the start
of the sentence or of a clause (punctuation, a conjunction, "Đến nay", "Năm nay"),
maybe with a determiner ("Một cầu thủ đã 32 tuổi")."""
_DETERMINER_ONLY = re.compile(r"(?:một|những|các)\s*$", re.IGNORECASE)
_MAX_PREDICATE_SUBJECT_WORDS = 6
"""A subject told before its age is read a little further: "người đàn ông cạnh nhà kia"."""
_PREDICATE_ADVERBS = re.compile(
    r"(?<!\w)(?:(?:năm nay|nay|hiện|hiện đã|đã|vừa|mới|chỉ|được|cũng|đều|vẫn|sắp|gần)\s+)*"
    r"(?:đã|được|năm nay)(?:\s+(?:được|mới|chỉ|gần|hơn))*\s*$",
    re.IGNORECASE,
)
""""đã", "năm nay đã", "đã được" between a noun and its age (hedges left out before)."""


def _clause_opener(words: SentenceWords, end: int) -> str | None:
    """The name (two words or more) or the personal pronoun opening the clause that
    ends at ``end`` ("Lionel Messi ra mắt …", "Cô bắt đầu …"), when words stand between
    it and ``end`` (not "Khi mới 16 tuổi, …", whose person follows)."""
    before = words.text[max(words.start, end - 120) : end]
    clause = _CLAUSE_START.split(before)[-1]
    if len(clause) == len(before) and end - 120 > words.start:
        return None  # the clause starts further back than the window
    stripped = clause.lstrip()
    first = _WORD.match(stripped)
    if first is None:
        return None
    if first.group().lower() in _OPENING_PRONOUNS and first.group()[0].isupper():
        following = _name_at(stripped)
        if following is not None and " " in following:
            return following  # "Anh Nhân rời quê …"
        # "Cô gái trẻ có …", "Anh trai của …", "Cậu ấy đến …": the noun the pronoun opens.
        noun = [first.group()]
        for word in _WORD.findall(stripped[first.end() :])[:2]:
            if word not in _PRONOUN_NOUNS:
                break
            noun.append(word)
        return " ".join(noun)
    named = _name_at(stripped)
    if named is None or " " not in named or len(named) == len(stripped.rstrip()):
        return None  # one capitalised word opening a sentence may be any word ("Mang …")
    return named


def _opens_its_clause(words: SentenceWords, anchor: int) -> bool:
    """Only time words stand right before the age in its clause ("Năm nay 20 tuổi, X",
    "khi mới 16 tuổi, X"), so the name after the comma is whose age it is; in
    "Messi đã 30 tuổi, Ronaldo 32" it is Messi's."""
    clause = _CLAUSE_START.split(words.text[max(words.start, anchor - 40) : anchor])[-1]
    if _AT_AGE.search(clause) and words.text[anchor : anchor + 8].lstrip().lower()[:4] == "tuổi":
        return True  # "Ra đi ở tuổi 35, Nicky Hayden …", "bước qua tuổi 32, Thủy Anh"
    return all(word.lower() in _TIME_WORDS for word in _WORD.findall(clause)[-2:])


def _name_before(words: SentenceWords, start: int) -> str | None:
    """The name set off before ``start`` by a comma or "là"."""
    before = words.text[max(words.start, start - 80) : start]
    set_off = _SET_OFF.search(before)
    if set_off is None:
        return None
    head = before[: set_off.start()].rstrip()
    name: list[str] = []
    end = len(head)
    for token in reversed(list(_WORD.finditer(head))):
        if len(name) == _MAX_NAME_WORDS or head[token.end() : end].strip():
            break
        if not token.group()[0].isupper():
            break
        name.insert(0, token.group())
        end = token.start()
    title = _TITLE_END.search(head, 0, end) if len(name) == 1 else None
    if title is not None:
        name.insert(0, title.group().rstrip())
        end = title.start()
    if name and (_PREPOSITION_END.search(name[0]) or name[0].lower() in ("trong", "khi")):
        return None  # "Tại New York, một người gác cửa 59 tuổi": where, not who
    opens = not head[:end].strip() or head[:end].rstrip()[-1:] in ',;:("“'
    if not opens and (len(name) < 2 or _PREPOSITION_END.search(head, 0, end)):
        return None  # "của Press Association, hậu vệ 21 tuổi", "tới Pháp, nữ diễn viên"
    # "…, một cô gái 18 tuổi" brings in someone new unless a person is named right before:
    # a name opening the clause, after a title or after "là" ("là Alyssa Elsman, một cô
    # gái 18 tuổi"), not a place ("chuyến du lịch Thái Lan, một phụ nữ").
    brings_in = set_off.group().startswith(",") and "một" in set_off.group()
    if brings_in and not (opens or title is not None or _COPULA_END.search(head, 0, end)):
        return None
    return _a_name(name)


_COPULA_END = re.compile(r"(?<!\w)là\s*$", re.IGNORECASE)


def _name_at(text: str) -> str | None:
    """A name, maybe after a title, at the start of ``text``."""
    tokens = list(_WORD.finditer(text, 0, min(len(text), 80)))
    name: list[str] = []
    position = 0
    for token in tokens[: _MAX_NAME_WORDS + 1]:
        if text[position : token.start()].strip():
            break
        word = token.group()
        titled = not name and word.lower() in _TITLES  # "bà Đinh Thị Thanh"
        if not (titled or word[0].isupper()):
            break
        name.append(word)
        position = token.end()
    if name and name[0].lower() in _TITLES and not name[0][0].isupper():
        title, rest = name[0], name[1:]
        return f"{title} {' '.join(rest)}" if _a_name(rest) else None
    return _a_name(name)


def _a_name(name: list[str]) -> str | None:
    if not name or (len(name) == 1 and name[0].lower() in _PRONOUNS):
        return None
    joined = " ".join(name)
    named_places = places(joined, 0, len(joined))
    if named_places and named_places[0].text == joined:
        return None  # "…, Hà Nội": where, not who
    return joined


_INITIAL_END = re.compile(r"(?<=[^\W\d_])\s+[A-ZĐ]\.\s*$")
"""A name ending in an initial, right before a bracket: "anh Trần Văn T. (23 tuổi"."""


_INITIALS_END = re.compile(
    r"(?<!\w)(ông|bà|anh|chị|cô|cụ|bé|cháu|em|chú|thầy)\s+((?:[A-ZĐ]\.){2,5})\s*$",
    re.IGNORECASE,
)
""""anh N.Q.B. (41 tuổi", "chị V.T.H. (17 tuổi": a person named by initials alone,
after a title."""


def initialled_name(words: SentenceWords, opener: int) -> str | None:
    """ "Huỳnh Đăng K. (3 tuổi)": the name whose last word is an initial, which
    a plain reading stops at (its period is punctuation); "anh N.Q.B. (41
    tuổi": a title and initials only."""
    initials = _INITIALS_END.search(words.text, max(words.start, opener - 24), opener)
    if initials is not None and initials.group(2)[:1].isupper():
        return f"{initials.group(1)} {initials.group(2)}"
    initial = _INITIAL_END.search(words.text, max(words.start, opener - 6), opener)
    if initial is None:
        return None
    period = words.text.index(".", initial.start(), opener)
    named = backward(words, period, closed=True)
    return f"{trailing_name(named)}." if named and named[-1].isupper() else None


def trailing_name(phrase: str) -> str:
    """ "đâm chết Huỳnh Quý (31 tuổi)": a bracketed age belongs to the proper
    name right before it, when there is one."""
    words = phrase.split()
    count = 0
    while count < len(words) and words[len(words) - 1 - count][0].isupper():
        count += 1
    return " ".join(words[-count:]) if 0 < count < len(words) else phrase
