"""Numbers that only modify a noun, and so are part of another claim's subject.

"74.739 trẻ em dưới 6 tuổi được cấp thẻ": "dưới 6 tuổi" says which children
are counted; the claim is "74.739".  Likewise "trẻ em dưới 6 tuổi là hơn
74.000 trẻ" and "1.200 doanh nghiệp có trên 10 lao động".  But "một nam thanh
niên (32 tuổi)" states an age, and "Hơn 20 năm công tác" a duration.

The cue: the number follows a noun phrase head directly (only hedge words in
between) and that noun phrase is the subject of another quantity -- the
quantity comes right before the phrase, or right after a copula that follows
the modifier.  Only ages, and numbers introduced by "có" with a threshold
("having over"), qualify; a one-sided threshold ("nhiệt độ trên 35 độ là 10-18h",
"xe có dung tích dưới 2,5 lít là 15%") qualifies before a copula only.  A second
cue: a threshold on a property of things counted just before ("5.900 căn nhà …
với kích cỡ chỉ dưới 40m2"), but not a total ("với tổng diện tích trên 246ha") nor a
figure hedged with "hơn" ("42 bánh heroin có trọng lượng hơn 15kg"): those tell of the
things.  Anything less certain stays a claim.
"""

from __future__ import annotations

import re

from claims.extract.context.tails import CuedPattern, TailPattern, last_words
from claims.extract.context.words import HEDGES_BEFORE, UNIT_PATTERN, phrase_pattern, words
from claims.model import Mention

_MODIFIER_KINDS = frozenset({"age", "count", "measure", "duration", "other"})
_HEAD_KINDS = frozenset({"count", "percent", "fraction", "other", "measure"})
_NOT_A_NOUN = phrase_pattern(
    (
        "và",
        "với",
        "là",
        "đạt",
        "chiếm",
        "trong",
        "trong đó",
        "so với",
        "cho",
        "tại",
        "ở",
        "của",
        "từ",
        "đến",
        "tới",
        "được",
        "bị",
        "đã",
        "sau",
        "trước",
        "năm",
        "tháng",
        "ngày",
        "khi",
        "vào",
        "lúc",
        "mất",
        "tăng",
        "giảm",
        "gồm",
        "bằng",
        "lần",
        "gấp",
        "đó",
    )
)
_THRESHOLD_HEDGE_WORDS = words("hơn|trên|dưới|từ|ít nhất|tối thiểu|không quá|tối đa")
_THRESHOLD_HEDGES = rf"(?:{'|'.join(_THRESHOLD_HEDGE_WORDS)})"
_CO_BEFORE = TailPattern(
    re.compile(rf"(?<!\w)có(?:\s+{_THRESHOLD_HEDGES})+\s*$"),
    last_words(_THRESHOLD_HEDGE_WORDS),
)
_CO_RIGHT_BEFORE = TailPattern(re.compile(r"(?<!\w)có\s*$"), ("có",))
_STARTS_WITH_THRESHOLD = re.compile(rf"{_THRESHOLD_HEDGES}(?!\w)", re.IGNORECASE)
_THRESHOLD_HEDGE_BEFORE = re.compile(rf"{_THRESHOLD_HEDGES}\s*$")
""""doanh nghiệp có trên 10 lao động": "có" with a threshold narrows the noun;
a bare "có" ("500 lượt khách có 20 người nước ngoài") states a new count."""
_PROPERTY_BEFORE = CuedPattern(
    re.compile(
        rf"(?<!\w)(?:với|có)\s+(?:[^\W\d]+\s+){{1,3}}(?:chỉ\s+)?(?:{_THRESHOLD_HEDGES}\s+)*$",
        re.IGNORECASE,
    ),
    ("với", "có"),
)
""""5.900 căn nhà … với kích cỡ chỉ dưới 40m2": a threshold on a property of
the things counted before narrows them."""
_TOTAL = re.compile(r"tổng(?![^\W_])", re.IGNORECASE)
"""'15 điểm sụp lún … với tổng chiều dài trên 1,2km', 'hai hộ dân với tổng diện tích hơn
550m2': a total of the things counted before (read after 'với' or 'có'), no bound on each."""
_MORE_THAN = re.compile(r"hơn(?![^\W_])", re.IGNORECASE)
"""'42 bánh heroin có trọng lượng hơn 15kg', 'bán đất cho 9 hộ dân với diện tích hơn 1.600
m2', 'mua hai mảnh đất có diện tích hơn 300m2': 'hơn' hedges a figure told of the things
(tests/gold/dev21 labels both claims); a class is drawn with 'trên', 'dưới' or 'từ'
('5.900 căn nhà … với kích cỡ chỉ dưới 40m2')."""
_COPULA_AFTER = re.compile(r"\s*(?:(?<!\w)(?:là|chiếm|đạt)(?!\w)|:)\s*", re.IGNORECASE)
_ONE_SIDED = frozenset({"over", "under", "at_least", "at_most"})
""""Thời gian nhiệt độ trên 35 độ là 10-18h", "nợ trên 90 ngày là 60 triệu đồng", "số dự
án chậm nộp dưới 24 tháng đạt 4.083 dự án": a one-sided threshold right after a noun,
then a copula and another quantity, says which part of a whole the figure after the
copula is about (tests/gold/dev4 labels it a non-claim)."""
_MAX_NOUN_WORDS = 6
_NOUN_WINDOW = 160
_WORD = re.compile(r"\w+")


def subject_modifiers(text: str, mentions: list[Mention], bounds: tuple[int, int]) -> set[int]:
    """Indices (into ``mentions``, sorted by offset, all inside the sentence
    ``text[bounds[0]:bounds[1]]``) of the numbers that only modify a noun."""
    modifiers: set[int] = set()
    for index, mention in enumerate(mentions):
        if mention.kind not in _MODIFIER_KINDS:
            continue
        if _threshold_on_property(text, bounds[0], mention) and _counted_before(
            text, mentions, index
        ):
            modifiers.add(index)
            continue
        # Only an age, a threshold after "có", or a one-sided threshold that a copula
        # and another quantity follow narrows a noun: that is checked first, as it
        # rules out most numbers before the noun is read.
        narrows = _is_age(text, mention) or _linked_by_co(text, bounds[0], mention)
        if not narrows and mention.qualifier not in _ONE_SIDED:
            continue
        noun_start = _noun_start_before(text, bounds[0], mention)
        if noun_start is None:
            continue
        if (narrows and _quantity_ends_at(text, mentions, index, noun_start)) or (
            _copula_then_quantity(text, mention, mentions, index, bounds[1])
        ):
            modifiers.add(index)
    return modifiers


def _threshold_on_property(text: str, start: int, mention: Mention) -> bool:
    if mention.kind == "duration" and mention.qualifier == "range":
        return False  # '24 bị cáo … với mức án từ 1 năm tù treo đến 16 năm': the sentences
    before = text[max(start, mention.start - 60) : mention.start]
    found = _PROPERTY_BEFORE.search(before)
    if found is None:
        return False
    property_words = found.group().split(None, 1)[1]  # past 'với' / 'có'
    if _TOTAL.match(property_words):
        return False
    hedged = _THRESHOLD_HEDGE_BEFORE.search(before)
    if _MORE_THAN.match(hedged.group() if hedged is not None else mention.text):
        return False
    if hedged is not None and mention.qualifier == "exact" and hedged.group().startswith("tối"):
        # 'với vận tốc tối đa 56 km/giờ': the grammar left 'tối đa' out of an exact reading
        # because it names the specification (a top speed), which is no threshold
        return False
    return hedged is not None or _STARTS_WITH_THRESHOLD.match(mention.text) is not None


def _counted_before(text: str, mentions: list[Mention], index: int) -> bool:
    """A count earlier in the clause (no ';' between) whose things the property narrows."""
    for earlier in reversed(mentions[max(0, index - 3) : index]):
        if ";" in text[earlier.end : mentions[index].start]:
            return False
        if earlier.kind == "count":
            return True
    return False


def _has_digit(word: str) -> bool:
    return any(ch.isdigit() for ch in word)


def _is_age(text: str, mention: Mention) -> bool:
    if mention.kind == "age" or mention.unit == "tuổi":
        return True
    return text[mention.end : mention.end + 6].lstrip().startswith("tuổi")


def _linked_by_co(text: str, start: int, mention: Mention) -> bool:
    """ "có" with a threshold links the number to the noun before it."""
    before = text[max(start, mention.start - _NOUN_WINDOW) : mention.start]
    return _CO_BEFORE.search(before) is not None or (
        _CO_RIGHT_BEFORE.search(before) is not None
        and _STARTS_WITH_THRESHOLD.match(mention.text) is not None
    )


def _noun_start_before(text: str, start: int, mention: Mention) -> int | None:
    """Where the noun phrase right before the number starts; ``None`` when
    punctuation or a non-noun word comes first."""
    before = text[max(start, mention.start - _NOUN_WINDOW) : mention.start]
    start = mention.start - len(before)
    hedges = HEDGES_BEFORE.search(before)
    cut = hedges.start() if hedges is not None else len(before)
    phrase = before[:cut]
    if not phrase or not (phrase[-1].isalnum() or phrase[-1].isspace()):
        return None
    phrase_end = len(phrase.rstrip())
    if phrase_end == 0 or not phrase[phrase_end - 1].isalnum():
        return None
    words = list(_WORD.finditer(phrase, 0, phrase_end))
    if not words or _NOT_A_NOUN.fullmatch(words[-1].group()):
        return None
    noun_start = words[-1].start()
    for word in reversed(words[-_MAX_NOUN_WORDS:]):
        gap = phrase[word.end() : noun_start]
        if gap.strip() or _NOT_A_NOUN.fullmatch(word.group()) or _has_digit(word.group()):
            break
        noun_start = word.start()
    return start + noun_start


def _quantity_ends_at(text: str, mentions: list[Mention], index: int, noun_start: int) -> bool:
    """A counting quantity ends right before the noun phrase ("74.739 trẻ em")."""
    for mention in reversed(mentions[max(0, index - 3) : index]):
        if mention.kind == "identifier":
            continue
        between = text[mention.end : noun_start]
        unit = UNIT_PATTERN.match(between.lstrip())
        if unit is not None:
            between = between.lstrip()[unit.end() :]
        return mention.kind in _HEAD_KINDS and not between.strip() and mention.end <= noun_start
    return False


def _copula_then_quantity(
    text: str, mention: Mention, mentions: list[Mention], index: int, end: int
) -> bool:
    """ "… dưới 6 tuổi là hơn 74.000 trẻ": a copula and another quantity follow."""
    position = mention.end
    unit = UNIT_PATTERN.match(text, _skip_space(text, position), end)
    if unit is not None:
        position = unit.end()
    copula = _COPULA_AFTER.match(text, position, end)
    if copula is None:
        return False
    position = copula.end()
    for mention_after in mentions[index + 1 : index + 4]:
        if mention_after.kind == "identifier":
            continue
        gap = text[position : mention_after.start]
        return not gap.strip() or HEDGES_BEFORE.fullmatch(gap) is not None
    return False


def _skip_space(text: str, offset: int) -> int:
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return offset
