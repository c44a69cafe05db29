"""The thing an amount after "trị giá" (worth) is the value of.

"X trị giá N" gives what X is worth: "chiếc điện thoại di động hiệu Samsung
Galaxy A5 (trị giá 7.731.000 đồng)", "74.518 giải Ba trị giá 30.000
đồng/giải", "giải đặc biệt (jackpot) trị giá 55.971.817.000 đồng", "Huy lấy
chiếc điện thoại trị giá 7 triệu đồng".  Read backward from the amount, a
phrase took the verb "trị giá" with X, or stopped at the bracket and kept
only the verb; the subject is X, read backward from "trị giá" (or from its
bracket, past an aside), from its classifier or determiner on.  After a
comma the amount values what the count before it counted ("thu giữ 300 bao
thuốc lá, trị giá khoảng 50 triệu đồng": "bao thuốc lá"); with no count
there, it values the noun phrase before the comma when a classifier or
determiner opens it ("đập phá những chiếc cổng kiên cố, trị giá …": "chiếc
cổng kiên cố").  A quantity right before "trị giá" measures the thing:
"mảnh đất 1.000 m2 trị giá …" is the land's worth.  "tổng trị giá",
"có trị giá", "với trị giá" name the total value themselves, as the phrase
reads them.  "X có giá trị N" is read the same way when a classifier,
determiner or thing noun opens X ("Chiếc váy có giá trị lên đến 7.495 USD").
"""

from __future__ import annotations

import re

from claims.extract.context.phrase_backward import backward_read
from claims.extract.context.scope import only_a_place
from claims.extract.context.sentence import SentenceWords
from claims.extract.context.words import MAX_SUBJECT_WORDS, cue_before_hedges
from claims.model import Mention

_WORTH_END = re.compile(
    r"(?<!\w)(?<!tổng\s)(?<!có\s)(?<!với\s)trị giá(?:\s+lần lượt)?(?:\s+là)?\s*$", re.IGNORECASE
)
_HAS_VALUE_END = re.compile(r"(?<!\w)có giá trị(?:\s+ước tính)?\s*$", re.IGNORECASE)
""""X có giá trị N" states X's worth as "X trị giá N" does."""
_LOOK_BACK = 60
_OPENERS = re.compile(
    r"(?<!\S)(?:chiếc|cái|căn|bộ|túi|lô|món|gói|suất|tấm|bức|ngôi|tòa|khối|những|các|một|"
    r"từng|mỗi|nhiều|hợp đồng|tài sản|số tiền|giải(?!\s+(?:pháp|quyết|thích|trí|ngân|phóng))|"
    r"thương vụ|lời đề nghị|kế hoạch|dự án|chương trình|thỏa thuận|tài khoản|(?<!tài\s)khoản|việc)"
    r"(?!\S)",
    re.IGNORECASE,
)
"""Words that open the noun phrase of a valued thing: classifiers ("chiếc",
"căn"), determiners ("những", "mỗi"), "hợp đồng", "tài sản", "số tiền", a prize,
a deal, plan or project ("thương vụ", "kế hoạch", "dự án")."""
_VERBS = re.compile(
    r"(?<!\S)(?:sở hữu|thực hiện|lãng phí|lấy trộm|trộm|lấy|cướp|giật|nhập về|nhập|ra|ký kết|ký|"
    r"tặng|nhận|trao|khoe|điều khiển|chiếm đoạt|thu giữ|xây dựng|tậu|giành|mang|"
    r"đeo|làm hỏng|chuyển nhượng)(?!\S)",
    re.IGNORECASE,
)
"""Verbs of taking, owning or making a valued thing, which a backward reading
does not stop at."""
_ESTIMATED = re.compile(r"(?:,\s*)?(?<!\w)(?:ước tính|ước|với tổng|tổng cộng)\s*$", re.IGNORECASE)

_BREAK = re.compile(r"[,;:()]")
_ASIDE = 30
"""Characters of a bracketed aside between a thing and "trị giá"."""
_COUNTED = frozenset({"count"})
_PLACEHOLDERS = frozenset({"đơn vị"})
_FUNCTION_WORDS = frozenset({"lại", "đó", "này", "đây", "trên"})
"""A count's unit, not a thing ("khối lượng giao dịch đạt 2,42 triệu đơn vị, trị giá")."""
_BETWEEN = 50
"""Characters of the counted noun between a count and the comma of ", trị giá"."""


def worth_of(
    words: SentenceWords, mention: Mention, previous: list[tuple[Mention, str]]
) -> str | None:
    """What the amount ``mention`` after "trị giá" is the value of, or ``None``."""
    if mention.kind != "money":
        return None
    text = words.text
    found = cue_before_hedges(text, words.start, mention.start, _LOOK_BACK, _WORTH_END)
    if found is None:
        return _has_value(words, mention)
    worth, window = found
    at = window + worth.start()
    opener = text[words.start : at].rstrip()
    estimated = _ESTIMATED.search(opener)
    if estimated is not None:
        # "xấp tiền mới tinh, ước tính trị giá …": the estimate values what is before it.
        opener = opener[: estimated.start()].rstrip() + ("," if "," in estimated.group() else "")
    after_comma = opener.endswith(",")
    if after_comma:
        counted = _counted_before(words, words.start + len(opener) - 1, previous)
        if counted is not None or _counted_right_before(
            words, words.start + len(opener) - 1, previous
        ):
            return counted
        opener = opener[:-1].rstrip()
    if opener.endswith(")"):
        # "giải đặc biệt (jackpot) trị giá …": an aside between the thing and its worth.
        aside = opener.rfind("(", max(0, len(opener) - _ASIDE))
        opener = opener[:aside].rstrip() if aside > 0 else opener
    elif opener.endswith("("):
        opener = opener[:-1].rstrip()
    thing, after_quantity = backward_read(
        words, words.start + len(opener), closed=True, limit=MAX_SUBJECT_WORDS, through_places=True
    )
    if thing is None and after_quantity and not after_comma:
        # "mảnh đất 1.000 m2 trị giá …", "Đoạn đường 2km trị giá …": the thing the
        # quantity right before measures.
        return _measured_before(words, words.start + len(opener), previous)
    if thing is None or thing.lower() in _FUNCTION_WORDS or only_a_place(thing):
        return None  # "số ô tô còn lại trị giá …": the reading stopped at an adverb
    if after_comma:
        # "…, đã trưng ảnh chiếc nhẫn lấp lánh, trị giá …": after a comma only a
        # phrase its classifier or determiner opens is surely the valued thing
        # ("… lồng ghép vào khu vực ven đường, trị giá …" is not).
        return _opened(thing)
    return _from_opener(thing)


def _has_value(words: SentenceWords, mention: Mention) -> str | None:
    """ "Chiếc váy có giá trị lên đến 7.495 USD", "một số tài sản có giá trị …":
    the thing before "có giá trị", only when a classifier, determiner or thing
    noun opens it; a bare reading there is as often the verb of someone wearing
    or riding the thing ("Nữ ca sĩ diện đầm …", "đi dự sự kiện bằng siêu xe")."""
    found = cue_before_hedges(words.text, words.start, mention.start, _LOOK_BACK, _HAS_VALUE_END)
    if found is None:
        return None
    cue, window = found
    end = window + cue.start()
    if words.text[words.start : end].rstrip().endswith(","):
        return None  # "5 tivi Samsung, 3 Ipad, 3 laptop, có giá trị …": all of them
    thing, _ = backward_read(words, end, closed=True, limit=MAX_SUBJECT_WORDS)
    return _opened(thing) if thing is not None else None


def _counted_right_before(
    words: SentenceWords, comma: int, previous: list[tuple[Mention, str]]
) -> bool:
    """A count ends within its noun's reach before the comma: the worth is
    that count's business (``_counted_before``), not a phrase's."""
    if not previous or previous[-1][0].kind not in _COUNTED:
        return False
    between = words.text[previous[-1][0].end : comma]
    return len(between) <= _BETWEEN and _BREAK.search(between) is None


def _measured_before(
    words: SentenceWords, end: int, previous: list[tuple[Mention, str]]
) -> str | None:
    """The noun before the quantity that ends right at ``end``: "mảnh đất" of
    "mảnh đất 1.000 m2", "vàng" of "8kg vàng 99,99%"; an ordinal keeps its rank after the noun
    it ranks ("nhà máy PP thứ nhất"), or names the prize itself ("Giải ba")."""
    last = previous[-1][0] if previous else None
    if last is None or words.text[last.end : end].strip():
        return None
    noun, _ = backward_read(words, last.start, closed=True, limit=MAX_SUBJECT_WORDS)
    if last.kind == "ordinal":
        # "nhà máy PP thứ nhất trị giá …": the noun ranked with its rank.
        lead = _from_opener(noun) if noun else None
        return f"{lead} {last.text}" if lead else last.text
    if noun is None or noun.lower() in _FUNCTION_WORDS or only_a_place(noun):
        return None
    return _from_opener(noun)


def _opened(phrase: str) -> str | None:
    """``phrase`` from its classifier, determiner or thing noun on ('chiếc nhẫn lấp lánh'
    of 'đã trưng ảnh chiếc nhẫn lấp lánh'), or ``None`` when none opens it."""
    opener = _OPENERS.search(phrase)
    return phrase[opener.start() :] if opener is not None else None


def _from_opener(phrase: str) -> str | None:
    """ "Huy lấy chiếc điện thoại", "người trúng giải đặc biệt", "tập đoàn xây
    dựng kho ngầm …": the thing starts at its classifier or determiner, else
    after the last verb of taking, owning or making; the words before are the
    verb and its agent, read on because no stop word ends them.  ``None`` when
    only the verb is left ("tôi vừa nhập về trị giá 500 triệu")."""
    opened = _opened(phrase)
    if opened is not None:
        return opened
    verbs = list(_VERBS.finditer(phrase))
    if not verbs:
        return phrase
    return phrase[verbs[-1].end() :].strip() or None


def _counted_before(
    words: SentenceWords, comma: int, previous: list[tuple[Mention, str]]
) -> str | None:
    """The subject of the count right before the comma, when only its noun
    stands between them: "5.000 ôtô nguyên chiếc, trị giá …" is the value of
    the cars."""
    if not previous:
        return None
    earlier, subject = previous[-1]
    between = words.text[earlier.end : comma]
    if (
        earlier.kind not in _COUNTED
        or subject.lower() in _PLACEHOLDERS
        or len(between) > _BETWEEN
        or _BREAK.search(between)
    ):
        return None
    return subject
