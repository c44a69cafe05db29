"""Amounts that leave their currency unsaid: 'giá 500.000', 'lỗ ròng hơn 727 tỷ'.

Vietnamese news drops 'đồng' where the sentence already speaks of money: a price
('xe có giá 588 triệu'), a loss, a loan, a budget.  Such an amount is money, in the
currency of the last amount of its sentence that names one ('3,3 tỷ USD, trong đó
tôm đạt 2 tỷ') unless it converts that amount ('622 USD (tương đương 14 triệu)'), and
else in đồng.  It is read so only when

- it ends in a scale word ('nghìn', 'triệu', 'tỷ') or follows 'giá' (price) directly,
- nothing it could count follows it: punctuation, the end of its line (a headline's
  'Honda Activa siêu rẻ chỉ 19,2 triệu'), or a function word
  (or 'tiền', money, which says what it is: 'gần 10 tỷ tiền lãi', or a verb of buying,
  paying or building: 'lấy 5 triệu mua vàng', '4.000 tỷ xây bến xe')
  ('của', 'để', 'cho'...), not a noun ('1,3 tỷ dân', '2 triệu lượt xem'), and no
  second number it pairs with ('76,6 triệu và 69,2 triệu máy'), and
- its own sentence says money: a money word before it ('giá', 'tiền', 'vay', 'lỗ',
  'doanh thu'...) or an amount with a currency, or it stands alone in brackets after a
  thing ('Mascara của CoverGirl (200 ngàn)'); a bare 'tỷ' (a billion) needs neither,
  as news counts few things in billions without naming them ('Lamborghini hơn 30 tỷ'),
  unless a word of people or things counted stands before it ('dân số 1,3 tỷ').

The selling price of a buying–selling pair takes its currency and per unit from the
buying price right before it, whatever its size: '28.418 đồng (mua) và 28.873 (bán)',
'203,4 đồng/JPY, bán ra 207,3' (``sold_after_bought``).
"""

from __future__ import annotations

import re

from claims.extract.grammar.patterns import NOUN_TAIL
from claims.model import Mention

SCALED_END = re.compile(r"(?:nghìn|ngàn|triệu|tỷ|tỉ)$")
"""A mention's text ending on a scale word ('gần 26 tỷ', '47 triệu'): an amount in
thousands, millions or billions (listed_units reads it too)."""
_BILLION_END = re.compile(r"(?:tỷ|tỉ)$")
_LOOK_BACK = 80
_PRICED_AT_LEAST = 1000
"""'giá 500.000': a bare price in đồng is seldom under a thousand ('giá 30 người' counts)."""
_NOTHING_COUNTED_AFTER = re.compile(
    r"[ \t]*(?:$|[\n.,;:!?)\]\"”’…]"
    r"|(?:của|cho|để|thì|mà|là|nhưng|khi|so|với|mỗi|hay|rồi|được|bị|đã|sẽ|nhằm|do|tại"
    r"|từ|trong|vào|ra|nên|song|cùng|trên|sau|trước|chỉ|nữa|thôi|đấy|đó|này|làm)(?![^\W_]))"
)
_NEXT_SENTENCE_AFTER = re.compile(
    r"[ \t]+(?!(?:Đô|Đồng|Đài|Bảng|Yên|Nhân|Rúp|Kíp|Việt)(?![^\W_]))"
    r"[A-ZĐ][^\W\d_]*[^\x00-\x7f][^\W\d_]*[ \t]+(?:[^\W\d_A-ZĐ]|\d)"
)
"""'hát đám cưới 10 tỷ Phía chủ nhân...', 'cướp hơn 700 triệu Chiều 6/12': a caption or a
headline run into the next sentence, whose first word (capitalised, Vietnamese, no
currency's name) counts nothing of the amount's."""
_SPENT_ON_AFTER = re.compile(r"[ \t]+(?:để[ \t]+)?(?:mua|trả|xây|sửa|chữa)(?![^\W_])")
"""'chi 30 tỷ mua vòng tay', 'lấy 5 triệu mua vàng', '4.000 tỷ xây bến xe': an amount
that buys, pays or builds something is money (never 'thuê bao', subscribers, counted)."""
_MONEY_NOUN_AFTER = re.compile(
    r"[ \t]+tiền(?![^\W_])(?![ \t]+(?:đạo|vệ|tuyến|đề|lệ|nhiệm|sử|thân|phong|đồn|trạm"
    r"|kíp|yên|won|bạt|riel|rupi|tệ|(?!Việt)[A-Z]\w*)(?![^\W_]))"
)
"""'hơn 2 tỉ tiền cây cối', '3.600 tỷ tiền thuế': the money named after the amount (not
'tiền đạo', a striker, nor 'tiền kíp Lào', a foreign currency)."""
_THING_PRICED_BEFORE = re.compile(
    r"(?<![^\W_])(?:[Tt]àu|[Ss]iêu xe|[Bb]iệt thự|[Cc]ăn hộ|[Cc]ây cầu|[Bb]ức tượng|[Cc]ông trình)"
    r"(?:[ \t]+[^\W\d_]+){0,3}[ \t]+(?:(?:gần|hơn|khoảng|trên|ngót)[ \t]+)?$"
)
"""'tàu vỏ thép gần 20 tỷ', 'siêu xe 30 tỷ': a ship, a car or a house named by its price
(nobody counts such things in billions), whatever verb follows."""
_FOREIGN_AFTER = re.compile(r"[ \t]+(?:peso|rupi|rupiah|kíp|riel|won|yên|bạt|tệ|[A-Z])")
_PAIRED_AFTER = re.compile(r"[ \t]*(?:,|và|hoặc|hay|đến|tới|-|–)[ \t]*\d")
"""'76,6 triệu và 69,2 triệu máy': the pair shares what its last member names."""
_SENTENCE_BREAK = re.compile(r"[.!?\n](?:[ \t]|$)|\n")
_MONEY_BEFORE = re.compile(
    r"(?<![^\W_])(?:[Gg]iá|[Tt]iền|[Vv]ay|[Nn]ợ|[Ll]ỗ|[Ll]ãi|[Dd]oanh thu|[Ll]ợi nhuận"
    r"|[Nn]gân sách|[Vv]ốn|[Cc]hi|[Bb]ỏ ra|[Kk]iếm|[Tt]rả|[Tt]hưởng|[Pp]hạt|[Ll]ương"
    r"|[Pp]hí|[Đđ]ầu tư|[Tt]ài trợ|[Cc]hiếm đoạt|[Tt]hu nhập|[Tt]hu về|[Nn]ộp|[Bb]ồi thường"
    r"|[Gg]iải thưởng|[Tt]rúng|[Tt]ốn|[Nn]gốn)(?![^\W_])"
)
_MONEY_NAMED_JUST_BEFORE = re.compile(_MONEY_BEFORE.pattern + r"(?:[ \t]+[^\W\d_]+){0,2}[ \t]+$")


def money_named_just_before(text: str, at: int) -> bool:
    """A money word at most two words before ``at`` ('lương 10K', 'thu nhập tháng 20M')."""
    return _MONEY_NAMED_JUST_BEFORE.search(text, max(0, at - _LOOK_BACK // 2), at) is not None


_COUNTED_BEFORE = re.compile(
    r"(?<![^\W_])(?:dân|dân số|người|lượt|khách|thuê bao|tài khoản|cổ phiếu|đơn vị"
    r"|lao động|việc làm|bản|chiếc|sản phẩm|thiết bị|tấn|lít|km|năm ánh sáng)(?![^\W_])",
    re.IGNORECASE,
)
_PRICE_TAG = re.compile(r"\([ \t]*$")
_PRICE_TAG_CLOSES = re.compile(r"[ \t]*\)")
"""'Mascara của CoverGirl (200 ngàn)': an amount alone in brackets after a thing names its
price (the open corpus's eight such are all prices)."""


def _price_tag(text: str, mention: Mention) -> bool:
    """'(200 ngàn)': the amount stands alone in brackets."""
    before = text[max(0, mention.start - 4) : mention.start]
    closes = _PRICE_TAG_CLOSES.match(text, mention.end) is not None
    return closes and _PRICE_TAG.search(before) is not None


_CONVERTED_BEFORE = re.compile(
    r"(?:[Tt]ương đương(?:[ \t]+với)?|tức(?:[ \t]+là)?|quy đổi|\()[ \t]*$"
)
"""'(tương đương 14 triệu)': after an amount in a foreign currency, its value in đồng."""
_PRICE_RIGHT_BEFORE = re.compile(
    r"(?<![^\W_])[Gg]iá(?:[ \t]+(?:bán|mua|trị|chỉ|từ|khoảng|là|lên|tới|đến))?[ \t]+$"
)
"""'súng bắn bi giá 500.000', 'có giá là 30 tỷ': a price right before the number."""
_AUCTION_BEFORE = re.compile(r"(?<![^\W_])[Đđ]ấu[ \t]+$")
"""'phiên đấu giá 120 triệu cổ phần': an auction of what is counted, no price."""
_SCALE_OR_FOREIGN_AFTER = re.compile(
    r"[ \t]+(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ|trăm|chục|peso|rupi|rupiah|kíp|riel|won|yên|bạt|tệ"
    r"|[A-Z])"
)
_RANGE_GOES_ON = re.compile(r"[ \t]*(?:-|–|(?:đến|tới)(?![^\W_]))")
"""'giá từ 4 triệu đến hàng chục triệu': a range's first end, read with its second."""


def _price_named(text: str, mention: Mention, price: re.Match[str]) -> bool:
    """'Honda Civic giá 950 triệu đang ...', 'xe có giá dưới 400 triệu tạo niềm vui', 'số
    vàng giá hơn 700 triệu ở trung tâm': an amount in millions or billions right after
    'giá' is the price, in đồng, whatever verb goes on after it, unless it counts a thing
    ('đấu giá 120 triệu cổ phần') or names a foreign currency or a larger scale ('trị giá
    113 triệu peso', 'trị giá hàng chục ngàn tỷ đồng')."""
    return (
        _AUCTION_BEFORE.search(text, max(0, price.start() - 5), price.start()) is None
        and _SCALE_OR_FOREIGN_AFTER.match(text, mention.end) is None
        and _RANGE_GOES_ON.match(text, mention.end) is None
        and NOUN_TAIL.match(text, mention.end) is None
    )


_PER_GOODS_AFTER = re.compile(
    r"[ \t]*/[ \t]*(?:(?:1|một)[ \t]+)?"
    r"(?P<per>(?:kg|lạng|tạ|yến|tấn|m2|m²|ha|hecta|sào|con|cặp|nền|lô|căn|suất)"
    r"(?:/(?:năm|vụ|tháng))?)(?![^\W_])"
)
"""'1,4 triệu/kg', '70-80 ngàn/kg', '15 triệu/m2', '1,8 triệu/1 con': a price of goods or
land per unit."""
_PER_PERIOD_AFTER = re.compile(r"[ \t]*/[ \t]*(?P<per>tháng|ngày|năm|tuần)(?![^\W_])")
"""'10 triệu/tháng', '200 ngàn/ngày': money per period where the sentence speaks of money."""


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, looked for within ``_LOOK_BACK``
    characters (else that far back)."""
    lo = max(0, at - _LOOK_BACK)
    breaks = list(_SENTENCE_BREAK.finditer(text, lo, at))
    return breaks[-1].end() if breaks else lo


def _priced_per(text: str, earlier: list[Mention], mention: Mention) -> Mention | None:
    """'có giá 1,4 triệu/kg', 'từ 3-5 triệu/kg', 'Cherry 90 ngàn/kg': an amount in
    thousands, millions or billions per kilogram, square metre or head, its currency
    unsaid, is a price in the currency of the sentence's last amount (else đồng): nobody
    counts a million of something per kilogram without naming it ('2 triệu lượt/tháng').
    Per month or day it is money only where the sentence speaks of money ('thu nhập
    10 triệu/tháng'), since visits and views are counted per day too."""
    if SCALED_END.search(mention.text) is None:
        return None
    goods = _PER_GOODS_AFTER.match(text, mention.end)
    per = goods or _PER_PERIOD_AFTER.match(text, mention.end)
    if per is None:
        return None
    sentence_start = _sentence_start(text, mention.start)
    named = [m for m in earlier if m.kind == "money" and m.start >= sentence_start]
    before = text[sentence_start : mention.start]
    if named:
        currency = named[-1].unit
    elif goods is not None or _MONEY_BEFORE.search(before):
        currency = "VND"
    else:
        return None
    end = per.end()
    update = {"kind": "money", "unit": currency, "per": per.group("per"), "end": end}
    return mention.model_copy(update={**update, "text": text[mention.start : end]})


def implied_currency(text: str, earlier: list[Mention], mention: Mention) -> Mention:
    """``mention`` as money when it is an amount whose currency the sentence leaves unsaid."""
    if mention.kind != "count" or mention.unit is not None or mention.per is not None:
        return mention
    if earlier and earlier[-1].kind == "money":
        sold = sold_after_bought(text, earlier[-1], mention)
        if sold is not None:
            return sold
    per_unit = _priced_per(text, earlier, mention)
    if per_unit is not None:
        return per_unit
    scaled = SCALED_END.search(mention.text) is not None
    big = isinstance(mention.value, int | float) and mention.value >= _PRICED_AT_LEAST
    if not (scaled or big):
        return mention  # most counts: the sentence before is not read
    lo = max(0, mention.start - _LOOK_BACK)
    sentence_start = _sentence_start(text, mention.start)
    price = _PRICE_RIGHT_BEFORE.search(text, sentence_start, mention.start)
    priced = price is not None
    if not (scaled or (priced and big)):
        return mention
    money_after = scaled and (
        _MONEY_NOUN_AFTER.match(text, mention.end) is not None
        or _SPENT_ON_AFTER.match(text, mention.end) is not None
        or (price is not None and _price_named(text, mention, price))
    )
    if (  # "tàu vỏ thép gần 20 tỷ rỉ sét": a ship named by its price
        _BILLION_END.search(mention.text)
        and _THING_PRICED_BEFORE.search(text, lo, mention.start)
        and _FOREIGN_AFTER.match(text, mention.end) is None
    ):
        money_after = True
    if (
        not money_after
        and not _NOTHING_COUNTED_AFTER.match(text, mention.end)
        and not (scaled and _NEXT_SENTENCE_AFTER.match(text, mention.end))
    ):
        return mention
    if not money_after and _PAIRED_AFTER.match(text, mention.end):
        return mention
    before = text[sentence_start : mention.start]
    named = [m for m in earlier if m.kind == "money" and m.start >= sentence_start]
    told = _told_before(text, earlier, sentence_start, mention) if scaled else None
    currency: str | None
    if named and _CONVERTED_BEFORE.search(text, sentence_start, mention.start):
        currency = "VND"  # "622 USD (tương đương 14 triệu)": the amount in đồng
    elif named:
        currency = named[-1].unit
    elif told is not None and not _COUNTED_BEFORE.search(before):
        currency = told
    elif priced or money_after or _MONEY_BEFORE.search(before) or _price_tag(text, mention):
        currency = "VND"
    elif _BILLION_END.search(mention.text) is None or _COUNTED_BEFORE.search(before):
        return mention
    else:
        currency = "VND"  # a bare billion: "Lamborghini hơn 30 tỷ"
    return mention.model_copy(update={"kind": "money", "unit": currency})


_PARAGRAPH_LOOK_BACK = 200
_SCALE_WORD = re.compile(r"(?:nghìn|ngàn|triệu|tỷ|tỉ)(?![^\W_])")
_PART_OF_AFTER = re.compile(r"[ \t]+trong[ \t]+(?:tổng|số)(?![^\W_])")
"""'2 triệu trong tổng số hơn 7 triệu người': a part of a count, no amount."""


def _told_before(
    text: str, earlier: list[Mention], sentence_start: int, mention: Mention
) -> str | None:
    """The currency of an amount that the sentence before, in the same paragraph, names:
    "Los Blanco muốn thu về 80 triệu euro khi bán Morata. Trong khi đó, Man Utd đã chấp
    nhận trả 75 triệu." is 75 million euros, not đồng.  A foreign currency carries over
    only to an amount of the same scale word ("Số tiền 200 ngàn USD trong két sắt … Còn
    số tiền trên 8,4 tỷ trong tài khoản" is đồng); a denominator ('1/8,1 triệu') and a
    part of a count ('2 triệu trong tổng số …') are no amounts."""
    if text[max(0, mention.start - 1) : mention.start] == "/" or _PART_OF_AFTER.match(
        text, mention.end
    ):
        return None
    paragraph_start = text.rfind("\n", 0, sentence_start) + 1
    lo = max(paragraph_start, sentence_start - _PARAGRAPH_LOOK_BACK)
    for told in reversed(earlier):
        if told.start < lo:
            return None
        if told.kind == "money" and told.start < sentence_start and told.unit:
            if told.unit == "VND":
                return told.unit
            own, theirs = _SCALE_WORD.findall(mention.text), _SCALE_WORD.findall(told.text)
            return told.unit if own[-1:] == theirs[-1:] and own else None
    return None


_BUY_SELL_BETWEEN = re.compile(
    r"[ \t]*(?P<buy>\([ \t]*(?:giá[ \t]+|chiều[ \t]+)?mua(?:[ \t]+vào)?[ \t]*\))?"
    r"[ \t]*(?:và|,|;)[ \t]*"
    r"(?P<sell>(?:giá[ \t]+)?bán(?:[ \t]+ra)?(?:[ \t]+(?:là|ở))?(?:[ \t]+mức)?[ \t:]*)?"
)
_SELL_LABEL_AFTER = re.compile(r"[ \t]*\([ \t]*(?:giá[ \t]+|chiều[ \t]+)?bán(?![^\W_])")
"""'28.873 (bán)', '25.522 (bán ra)': the selling price's label after it."""
_PAIR_CLOSES = re.compile(r"[ \t]*(?:[.,;:!?)(\n]|$)")
_PAIR_LOOK_BACK = 60
_PAIR_MOST_APART = 40
_MOST_SPREAD = 2
"""A buying and a selling price differ by a few percent: a partner twice as large or
half as large is some other number ('giá 500 triệu đồng, bán 3')."""


def sold_after_bought(text: str, bought: Mention, mention: Mention) -> Mention | None:
    """The selling price a bare number states right after a buying price in a currency:
    '25.221 đồng (mua) và 25.522 (bán)' is 25,522 đồng, 'mua vào 22.660 đồng/USD, bán ra
    22.730' 22,730 đồng per dollar.  The pair says so: 'bán' before the number or its
    label after it, and a buying label between or 'mua' before the first price."""
    if (
        bought.unit is None
        or mention.qualifier != "exact"
        or mention.start - bought.end > _PAIR_MOST_APART
    ):
        return None
    between = _BUY_SELL_BETWEEN.fullmatch(text, bought.end, mention.start)
    if between is None or _PAIR_CLOSES.match(text, mention.end) is None:
        return None
    if between.group("sell") is None and _SELL_LABEL_AFTER.match(text, mention.end) is None:
        return None
    if (
        between.group("buy") is None
        and "mua" not in text[max(0, bought.start - _PAIR_LOOK_BACK) : bought.start].lower()
    ):
        return None
    own, partner = mention.value, bought.value
    if not isinstance(own, int | float) or not isinstance(partner, int | float) or own <= 0:
        return None
    if not partner / _MOST_SPREAD <= own <= partner * _MOST_SPREAD:
        return None
    return mention.model_copy(update={"kind": "money", "unit": bought.unit, "per": bought.per})
