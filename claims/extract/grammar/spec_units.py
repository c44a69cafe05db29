"""Unit words of specifications and trades that ``unit_words`` lacks.

Without them the number before each reads as a bare count of the word ('16 megapixel'
a count of megapixels), which no rule can compare with another measure. Kept apart
from ``unit_words`` (the everyday units); ``units`` merges them into its table.
"""

from __future__ import annotations

import re
from decimal import Decimal

from claims.extract.grammar.numbers import to_number
from claims.model import Mention

SPEC_MEASURE_WORDS: dict[str, str] = {
    # a camera's resolution, spelt out beside the 'MP' unit_words has
    "megapixel": "megapixel",
    # 'cheval-vapeur', the metric horsepower of fishing boats' engines: '600 CV', '600CV'
    "CV": "CV",
    # a mile: 'khoảng hơn 1 dặm', '74 dặm'; 'dặm/giờ' stays a speed (units.PER)
    "dặm": "dặm",
    # the fishing ports' tonnes a year abbreviated: '1.500 T/năm' (a bare 'T' is no unit)
    "T/năm": "tấn/năm",
    "T/ngày": "tấn/ngày",
}

SPEC_DURATION_WORDS: dict[str, str] = {
    # 'thời gian chuyển số chỉ còn 60 mili giây': a gear change's time
    "mili giây": "mili giây",
    # a business quarter counted: 'tăng trưởng trong ba quý liên tiếp', '30 quý liên tiếp';
    # only before a word that ends a span of time (units._NOT_A_POUND): 'hai quý tử' (two
    # precious sons) and '4 quý ông' (four gentlemen) count people
    "quý": "quý",
}


_GOLD_WORDS = re.compile(
    r"(?<![^\W_])(?:vàng|nhẫn|kiềng|lắc|bông[ \t]+tai|dây[ \t]+chuyền)(?![^\W_])"
)
_TAEL_TENTH_AFTER = re.compile(
    r"[ \t]+chỉ(?![^\W_])(?![ \t]+(?:tiêu|số|đạo|huy|định|thị|trích|là|còn|có|mất|được|bằng"
    r"|cần|với|tăng|giảm|bán|mua|trong|từ|ở|khi|thì|như|riêng|chiếm|xếp|đạt|dành|cho)(?![^\W_]))"
)
_TAEL_AFTER = re.compile(r"[ \t]+lượng(?=[ \t]+vàng(?![^\W_]))")
"""'lấy đi 15 lượng vàng', 'trộm 100 lượng vàng': taels of gold; only after digits, so
'một lượng lớn' (a large amount) stays, and only before 'vàng': a bare 'cướp 15 lượng' in a
headline would take a verb for the subject of the measure."""
_NIGHTS_AFTER = re.compile(r"[ \t]+đêm(?![^\W_])")
_DAYS_BEFORE = re.compile(r"(?<![^\W_])\d{1,2}[ \t]+ngày[ \t]+$")
_DAYS_AFTER = re.compile(r"[ \t]*,?[ \t]*\d{1,2}[ \t]+ngày(?![^\W_])")
"""The days just after the nights, a comma between or none ('tour 3 đêm, 4 ngày')."""
_GOLD_LOOK_BACK = 80
_BARE_DIGITS = re.compile(r"\d+(?:,\d+)?(?:[ \t]*[-–][ \t]*\d+(?:,\d+)?)?")
_THREE_DECIMALS = re.compile(r"\d,\d{3}")
_BARREL_RATE_AFTER = re.compile(r"[ \t]*/")
_NOUN_AFTER = re.compile(r"[ \t]+(?P<word>[^\W\d_]+)")
_NOT_A_NOUN = frozenset(
    [
        "so",
        "với",
        "và",
        "hoặc",
        "mỗi",
        "một",
        "trong",
        "vào",
        "lên",
        "xuống",
        "từ",
        "đến",
        "tới",
        "của",
        "trên",
        "dưới",
        "năm",
        "tháng",
        "ngày",
        "tuần",
        "là",
        "thì",
        "nhưng",
    ]
)


def reread_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """A count of tenths of a tael of gold ('chiếc lắc 2 chỉ vàng 24K', 'nhẫn tròn trơn 1
    chỉ') is a measure in chỉ, and one of taels ('cướp 15 lượng vàng') a measure in
    lượng; the nights beside the days of a stay ('tour 4 ngày 3 đêm') a duration in đêm;
    a crate of goods ('100 thùng đào', '41 thùng thuốc') is a
    count of crates, as tests/gold/dev8 labels it: only a barrel of oil is a measure
    ('600.000 thùng/ngày', 'tăng thêm 200.000 thùng so với dự báo')."""
    result = list(mentions)
    for index, mention in enumerate(result):
        if mention.kind == "count" and mention.unit is None:
            result[index] = _nights(text, _tael_tenths(text, mention))
        elif mention.kind == "measure" and mention.unit == "thùng":
            result[index] = _crates(text, mention)
    return result


def _tael_tenths(text: str, mention: Mention) -> Mention:
    if not _BARE_DIGITS.fullmatch(mention.text) or mention.qualifier not in ("exact", "range"):
        return mention
    found = _TAEL_TENTH_AFTER.match(text, mention.end)
    unit = "chỉ"
    if found is None:
        found = _TAEL_AFTER.match(text, mention.end)
        unit = "lượng"
    if found is None:
        return mention
    near = text[max(0, mention.start - _GOLD_LOOK_BACK) : found.end() + 6]
    if _GOLD_WORDS.search(near) is None:
        return mention
    update: dict[str, object] = {
        "kind": "measure",
        "unit": unit,
        "end": found.end(),
        "text": text[mention.start : found.end()],
    }
    if _THREE_DECIMALS.fullmatch(mention.text):  # '2,256 chỉ': a weighed ring, not 2256 chỉ
        value = to_number(Decimal(mention.text.replace(",", ".")))
        update |= {"value": value, "lower": value, "upper": value}
    return mention.model_copy(update=update)


def _nights(text: str, mention: Mention) -> Mention:
    """'tour 4 ngày 3 đêm', 'tour 3 đêm, 4 ngày': the nights of a stay, a duration in đêm;
    only a bare digit before 'đêm' with 'N ngày' just before it or just after, so '2 đêm
    nhạc', '4 đêm diễn' stay counts of shows."""
    if mention.kind != "count" or not mention.text.isdigit() or mention.qualifier != "exact":
        return mention
    found = _NIGHTS_AFTER.match(text, mention.end)
    if found is None:
        return mention
    before = text[max(0, mention.start - 12) : mention.start]
    if _DAYS_BEFORE.search(before) is None and _DAYS_AFTER.match(text, found.end()) is None:
        return mention
    return mention.model_copy(
        update={
            "kind": "duration",
            "unit": "đêm",
            "end": found.end(),
            "text": text[mention.start : found.end()],
        }
    )


def _crates(text: str, mention: Mention) -> Mention:
    if mention.per is not None or _BARREL_RATE_AFTER.match(text, mention.end):
        return mention
    noun = _NOUN_AFTER.match(text, mention.end)
    if noun is None or noun.group("word") in _NOT_A_NOUN or not noun.group("word").islower():
        return mention  # '200.000 thùng so với dự báo': barrels of oil
    if isinstance(mention.value, int | float) and mention.value >= 10_000:
        return mention  # '1 triệu thùng dầu': an oil output in barrels
    number_end = mention.end - len("thùng")
    while number_end > mention.start and text[number_end - 1] in " \t":
        number_end -= 1
    return mention.model_copy(
        update={
            "kind": "count",
            "unit": None,
            "end": number_end,
            "text": text[mention.start : number_end],
        }
    )
