"""Nouns that name a measured or priced property ("công suất", "diện tích",
"giá bán"), and the subject they give the amount right after them.

A measure or an amount of money is a value of something, and Vietnamese news
often names that property, or the thing that has it, right before the value:
"Nhà máy có tổng diện tích 16 ha nằm trong khu công nghiệp", "màn hình cảm
ứng 5,5 inch đạt chuẩn Full-HD", "nhà ở giá 100 triệu đồng".  What follows such a
value is then the rest of the sentence, not its subject.  But a verb often
stands there too ("tịch thu 3.031 kg thực phẩm", "phải trả 1.000 USD"), and
there the thing measured follows the number.  The two are told apart by the
property noun: the phrase right before the value is taken only when it holds
one, and from that noun on ("cáo buộc lừa đảo tài sản chiếm đoạt" is "tài
sản chiếm đoạt"), since with no word classes the words before it are as often
a verb as a noun.  The thing that has the property ("Nhà máy" in "Nhà máy có
tổng diện tích 16 ha") is its owner, which the rules read from the clause
(claims.rules.owners), as for counts.  But a valuation word right after a noun
keeps the noun: "súng bắn bi giá 500.000" prices the gun.
"""

from __future__ import annotations

import re

from claims.extract.context.phrase_backward import backward_read, backward_span
from claims.extract.context.phrase_cleaning import clean
from claims.extract.context.sentence import SentenceWords
from claims.extract.context.words import (
    REPORTING_VERBS,
    phrase_alternation,
    phrase_pattern,
    words,
)

MEASURED = words(
    "công suất|tốc độ|vận tốc|mô-men xoắn|mô men xoắn|mômen xoắn|lực kéo|trọng lượng|"
    "khối lượng|tải trọng|cân nặng|dung tích|dung lượng|thể tích|kích thước|kích cỡ|"
    "diện tích|chiều cao|chiều dài|chiều rộng|chiều sâu|độ cao|độ dài|độ rộng|độ sâu|"
    "độ dày|đường kính|bán kính|chu vi|sản lượng|năng suất|lưu lượng|mức tiêu thụ|"
    "hàm lượng|lượng mưa|lượng nước|quãng đường|khoảng cách|cự ly|tầm bắn|tầm hoạt động|"
    "nhiệt độ|"
    "độ phân giải|động cơ|màn hình|bộ nhớ|RAM|pin|quy mô|mực nước|độ ẩm"
)
"""Properties a measure is a value of, and parts measured by their size
("động cơ 150 mã lực", "màn hình 5,5 inch", "RAM 6 GB"; an engine's size, "động cơ 1.6
lít", names its kind: context.specs)."""

VALUATIONS = words("giá|trị giá|giá trị")
"""Price words that follow the thing priced ("súng bắn bi giá 500.000")."""

PRICED = (
    *VALUATIONS,
    *words(
        "giá bán|mức giá|giá niêm yết|giá khởi điểm|doanh thu|doanh số|lợi nhuận|kim ngạch|"
        "kinh phí|chi phí|số tiền|tiền thuê|tiền phạt|tiền mặt|tiền lương|tiền thưởng|lương|"
        "mức lương|thu nhập|vốn|học phí|phí|lệ phí|tỷ giá|tỉ giá|ngân sách|tổng mức đầu tư|"
        "dư nợ|tài sản|khoản"
    ),
)
"""Properties an amount of money is the value of ("giá bán", "doanh thu", "khoản
bù lỗ"); not a
bare "tiền", which starts other nouns ("Tiền vệ người Pháp vừa chi ra …"), nor
"thiệt hại", as often a verb ("Moskva chỉ thiệt hại 50 tỷ USD")."""

PROPERTY_PATTERNS = {
    kind: re.compile(
        rf"(?<!\w)(?<!điều\s)(?<!tài\s)(?<!thanh\s)(?<!chuyển\s)(?!(?<=định\s)giá(?!\w))"
        rf"(?:tổng(?:\s+số)?\s+)?{phrase_alternation(found)}(?!\w)",
        re.IGNORECASE,
    )
    for kind, found in (("measure", MEASURED), ("money", PRICED))
}
"""By the kind of the value: "vốn đầu tư trồng mới gần 3 ha tiêu" measures the
pepper.  A leading "tổng" belongs to the property ("tổng số tiền"), and so does "tổng
số" ("với tổng số vốn khoảng 9,9 triệu USD": the total, not any capital); the "khoản"
of "điều khoản", "tài khoản", "thanh khoản", "chuyển khoản" is none, nor is the "giá" of
"định giá" (valued at: a verb)."""
_VALUATION_END = re.compile(rf"{phrase_pattern(VALUATIONS).pattern}$", re.IGNORECASE)

_LOOK_BACK = 80
"""Characters before the value a property noun of the reading lies within
(10 words and a place); one search there spares the reading most values."""
_MAX_PROPERTY_WORDS = 10
"""Room for a place and a time between a property and its value ("giá sau thuế
tại Việt Nam vào thời điểm đó khoảng 35 tỷ đồng"); what comes before the
property noun is dropped anyway."""


def property_subject(words: SentenceWords, end: int, kind: str) -> str | None:
    """The property phrase ending at ``end`` (right before a value of ``kind``);
    ``None`` when the phrase names no property."""
    pattern = PROPERTY_PATTERNS.get(kind)
    if (
        pattern is None
        or pattern.search(words.text, max(words.start, end - _LOOK_BACK), end) is None
    ):
        return None  # no property noun near: the reading below would find none
    span, after_quantity = backward_span(
        words, end, closed=True, limit=_MAX_PROPERTY_WORDS, through_places=True
    )
    if span is None:
        return None
    raw = words.slice(*span)
    found = clean(raw)
    if found is None:
        return None
    first = pattern.search(found)
    if first is None:
        return None
    if _VALUATION_ONLY.fullmatch(found):
        owned = _owner_having(words, span[0], span[1]) or _done_with(words, span[0], span[1])
        if owned:
            return owned
    if first.start() > 0:
        if _VALUATION_END.search(raw.rstrip()) is not None and first.end() == len(found):
            # "mua 1 súng bắn bi giá 500.000", "Nhà ở giá rẻ ở Bình Dương giá":
            # the thing priced (counted just before or not), then its price
            return found
        if after_quantity and found[: first.start()].strip().lower() not in _YIELDING:
            return None
        # "dung tích 149,8cc cho công suất tối đa 16,3 mã lực": what the part measured
        # before yields is a property of its own.
        return clean(found[first.start() :])
    # A property noun right after another quantity is the next dimension of
    # the same thing ("cao 7,4m đường kính 6,4m"), not that quantity's noun.
    return found


_YIELDING = frozenset({"cho", "sản sinh", "sinh ra", "tạo ra"})
"""Verbs between a measured part and the property it yields ("động cơ dung tích 1.2
lít cho công suất 83 mã lực")."""
_VALUATION_ONLY = re.compile(rf"(?:{phrase_alternation(VALUATIONS)})", re.IGNORECASE)
_HAVING = re.compile(r"(?<!\w)(?:(?:chỉ|đều|cũng|sẽ|đã|vẫn)\s+)*có\s*$", re.IGNORECASE)


def _owner_having(words: SentenceWords, start: int, end: int) -> str | None:
    """ "cổ phiếu Berkshire có giá 170,25 USD", "OnePlus 3 chỉ có giá 399 USD":
    a bare valuation had by a noun prices that noun, read with it ("cổ phiếu
    Berkshire có giá"), as "súng bắn bi giá 500.000" does."""
    having = _HAVING.search(words.text, max(words.start, start - 20), start)
    if having is None:
        return None
    owner, after_quantity = backward_span(words, having.start(), closed=True)
    if owner is None or after_quantity:
        return None  # "dẫn động 4 bánh có giá": the count's noun is a modifier's
    return clean(words.slice(owner[0], end))


_WITH = re.compile(r"(?<!\w)với\s*$", re.IGNORECASE)
_DEAL = re.compile(
    r"(?<!\w)(?:(?:chào|rao)\s+)?(?:bán|mua)(?:\s+(?:lại|ra))?(?!\w)(?!.*(?<!\w)(?:bán|mua)(?!\w))",
    re.IGNORECASE,
)
"""The last verb of selling or buying in a phrase ("được chào bán", "mua lại")."""


def _done_with(words: SentenceWords, start: int, end: int) -> str | None:
    """ "Honda Civic được bán với giá 950 triệu đồng", "mua Aubameyang với giá 71
    triệu bảng": a bare valuation (``start``-``end``) after "với" is the price of
    the sale or purchase just before it, read from its verb ("bán với giá",
    "mua Aubameyang với giá"); not of a deal with no such verb ("chuyển đến Man
    United với giá", "mua … của một người không quen biết với giá": the seller)."""
    with_ = _WITH.search(words.text, max(words.start, start - 8), start)
    if with_ is None:
        return None
    deal, after_quantity = backward_span(words, with_.start(), closed=True, limit=4)
    if deal is None or after_quantity:
        return None
    verb = _DEAL.search(words.slice(*deal))
    return None if verb is None else words.slice(deal[0] + verb.start(), end)


_HAS = re.compile(r"(?<!\w)(?:đều|đã|sẽ|cũng|vẫn|chỉ|đang)\s+có(?!\w)", re.IGNORECASE)
""""… trụ bơm … 0,05% đều có sai số trung bình là 5%": what the clause's subject has."""


def owned_before_copula(words: SentenceWords, end: int, kind: str) -> str | None:
    """The subject before a copula at ``end`` when another quantity stopped the
    plain reading: the phrase through counts from its first property noun ("bồi
    thường chi phí đầu tư 6 vở kịch là …", "rút lại 2 yêu cầu về khoản bù lỗ …
    là 96 triệu đồng"), or from what a clause's subject "has" ("đều có sai số
    trung bình là 5%"); ``None`` when it holds neither."""
    span, _ = backward_span(words, end, closed=False, through_counts=True)
    if span is None:
        return None
    found = clean(words.slice(*span))
    if found is None:
        return None
    pattern = PROPERTY_PATTERNS.get(kind)
    first = pattern.search(found) if pattern is not None else None
    if first is not None:
        return clean(found[first.start() :])
    ends = [has.end() for has in _HAS.finditer(found)]
    return clean(found[ends[-1] :]) if ends else None


_SAID = phrase_pattern((*REPORTING_VERBS, "cho thấy", "ghi nhận"))
"""What a report says follows these: a phrase read past them starts after them."""


def read_through_place(words: SentenceWords, end: int, found: str) -> str:
    """ "tổng số người Việt sinh sống tại Australia là …", "Giá vàng SJC được
    công ty này niêm yết tại Hà Nội là …": a reading before a copula that stopped
    at "tại"/"ở" kept only the place's name; the phrase before the place is the
    subject (the place is scope).  Read on past it, from after a verb of saying
    ("… cho thấy mức lương … ở Trung Quốc là"); ``found`` when nothing stands
    before the place or another quantity does."""
    through, after_quantity = backward_read(
        words, end, closed=False, through_places=True, through_determiners=True
    )
    if not through or through == found or after_quantity:
        return found
    said = list(_SAID.finditer(through))
    if said:
        through = clean(through[said[-1].end() :]) or ""
    return through or found
