"""What an amount paid buys: the thing named after "cho" or "để mua".

"Du khách đã phải trả 683 triệu đồng cho bữa ăn tối", "sau khi thanh toán 20
triệu đồng cho bữa ăn tối", "Đó là: 10 USD cho “chi phí sửa đồng hồ”", "David Luiz
đã bỏ 1 triệu bảng để mua quà tặng đồng đội": an amount after a verb of paying
has no noun of its own (the reading back stops at the verb, or keeps only the
verb); the priced thing is what it pays for.  Only when nothing better was
read: a noun before the amount ("giá vé 50.000 đồng cho trẻ em") stays.
"""

from __future__ import annotations

import re

from claims.extract.context.phrase_forward import forward_from
from claims.extract.context.sentence import SentenceWords
from claims.model import Mention

_PAYING = frozenset(
    {
        "trả",
        "chi",
        "chi trả",
        "bỏ",
        "bỏ ra",
        "tốn",
        "tiêu tốn",
        "thanh toán",
        "trừ",
        "nộp",
        "đầu tư",
        "bỏ túi",
        "chi ra",
        "mất",
    }
)
"""Verbs of paying or spending a read-back subject may be left with."""
_PAYING_BEFORE = re.compile(
    r"(?<!\w)(?:trả|chi|chi trả|chi ra|bỏ|bỏ ra|tốn|tiêu tốn|thanh toán|trừ|nộp|đầu tư|mất)"
    r"(?:\s+(?:thêm|tổng cộng|tất cả))?\s*$",
    re.IGNORECASE,
)
""""trả 683 triệu đồng": a verb of paying right before the amount."""
_FOR = re.compile(
    r"\s*(?:(cho)|để\s+mua(?:\s+lại)?|để\s+sở\s+hữu)\s+[“\"]?(?=\w)",
    re.IGNORECASE,
)
""""… cho bữa ăn tối", "… cho “chi phí sửa đồng hồ”", "… để mua quà tặng"; after "cho"
a name is whom the money goes to ("cho Nottingham Forest"), after "để mua" what it buys."""
_PERSONS = frozenset(
    {"người", "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cháu", "họ", "mình", "tôi"}
    | {"công", "gia", "nhà", "đội", "hãng", "tập", "ngân", "quỹ", "bên", "phía", "đại"}
)
"""First words of a person, a pronoun or an organisation ("công ty", "gia đình", "đội
bóng", "đại diện"): the money goes to them."""


def is_paying(phrase: str) -> bool:
    """Whether ``phrase`` is only a verb of paying ("trả", "bỏ ra"), which
    ``paid_for`` reads past."""
    return phrase.lower() in _PAYING


def paid_for(words: SentenceWords, mention: Mention, found: str | None) -> str | None:
    """``found``, or what the amount ``mention`` pays for when ``found`` is
    nothing or only a verb of paying."""
    if mention.kind != "money" or (found is not None and found.lower() not in _PAYING):
        return found
    if found is None:
        # No noun read: the amount must follow a verb of paying ("đã phải trả 683 …").
        paying = _PAYING_BEFORE.search(
            words.text, max(words.start, mention.start - 24), mention.start
        )
        if paying is None:
            return found
    purpose = _FOR.match(words.text, mention.end, words.end)
    if purpose is None:
        return found
    bought = forward_from(words, purpose.end())
    if bought is None or bought.split()[0].lower() in _PERSONS:
        return found  # "trả 40 triệu đồng cho người đánh rơi", "để mua anh": whom, not what
    if purpose.group(1) is not None and bought[0].isupper():
        return found  # "trả 1 triệu bảng cho Nottingham Forest": the payee
    return bought
