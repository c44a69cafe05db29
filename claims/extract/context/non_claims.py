"""Real numbers that assert no checkable quantity: dropped before claims are built.

Each class is told from the words right around the number:

- **Pronouns.** "Cả hai mới làm …" (both of them) and "giữa hai nước" (between
  the two countries) refer back to parties already named; the writer states
  no count.  "cả hai" is a pronoun only when a predicate follows it at once
  ("cả hai đều", "cả hai đã") or a side ("cả hai chiều", "cả 2 phía"): "cả hai
  tác phẩm đều …" may count the works (the gold labels of such noun phrases
  disagree, so they stay claims).
- **Class descriptions.** A number that says which kind of thing is meant, not
  how many there are: "xe buýt 2 tầng" (a double-decker), "xe tải 3,5 tấn" (a
  light truck), "khách sạn 4 tầng", "động cơ 4 xi lanh",
  "hộp số 6 cấp", "xe 7 chỗ", "khách sạn 5 sao", "mô hình 150 cc", "chiến đấu cơ
  hai động cơ", "phiên bản 64 GB", "thương mại hai chiều", "sim 11 số", and the
  size grade of shrimp or fish "cỡ 30 con/kg" (30 to a kilogram).
- **Lunar dates.** "ngày 11 và 12 tháng Giêng", "(tức ngày 11/1 AL)", "mùng 10 Tết":
  a date of the lunar calendar, usually restating a solar date already given; the date
  rules check solar dates only: see ``lunar``.
- **Scope periods and list names.** "Dự báo trong 24 giờ tới" (see ``forecasts``)
  says when something else holds (a recent span, "trong khoảng 2 năm trở lại đây", is
  one only when it delimits another figure: see ``recent_spans``); "danh sách 10 ứng
  dụng được tải về nhiều nhất" names a top-ten list.
  Neither is a figure of its own.
- **Idioms.** "dành 1 phần quỹ đất" (a part of), "sở hữu ba vòng chuẩn" (the three
  body measurements), "cùng 1 lúc" (at once), "ở nhà 1 mình" (alone), "chạm 2 tay
  vào" (all but won), "hai vợ chồng" (the couple: two by definition), "dùng hai tay",
  "cả 4 chi" (the limbs a body has).
- **Parties named just before.** "Italy và Hà Lan … sau đó hai nước đã thỏa
  thuận": see ``anaphora``.
- **Links.** "Xem thêm: 3 mẹo …", ">> Top 10 xe …": the title of another article.
- **Thresholds that draw a class.** "dự án sử dụng từ 500 lao động trở lên",
  "có giá trị dưới 30 tỷ đồng đối với các thành phố": see ``thresholds``; age bands
  and conditions, "Trẻ em dưới 12 tuổi được miễn phí", "Nếu tài sản … có giá trị trên 2
  triệu đồng": see ``conditions``.
- **The unit of an exchange rate.** "6,8849 nhân dân tệ đổi 1 USD": see ``rates``.
- **Birth order and kinship names.** "cô thứ 2 gầy hơn cô thứ nhất", "con trai thứ
  ba của bà", "người vợ thứ 3": an ordinal right after a word for a person names
  which one is meant ("the second girl"); it ranks nothing a figure could check.

Anything less certain stays a claim.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from claims.extract.context.anaphora import refers_back
from claims.extract.context.conditions import states_a_condition
from claims.extract.context.forecasts import frames_a_forecast
from claims.extract.context.lunar import names_a_lunar_day
from claims.extract.context.rates import quotes_a_rate
from claims.extract.context.thresholds import draws_a_class
from claims.model import Mention

_LOOK_BACK = 40
_NO_THRESHOLD_KINDS = frozenset({"date", "year", "time", "ordinal", "identifier"})

_PREDICATE_WORDS = (
    "đều|đã|đang|sẽ|vẫn|cũng|mới|vừa|rất|thường|không|chưa|chẳng|cùng|bị|được|là|có|"
    "vì|nên|thì|mà|đi|lên|xuống|về|ra|vào|cho|với|và|hay|hoặc|lại|từng|luôn|chỉ|còn|"
    "liền|ngay|tiếp tục|bèn|khi|đến|tới|sau|trước|nay|ấy|đó|này|khá|hãy|để|nhưng|phải|cứ|tự"
)
_BOTH_BEFORE = re.compile(r"(?<!\w)[Cc]ả\s+$")
_PREDICATE_AFTER = re.compile(rf"\s*(?:[^\w\s]|$|(?:{_PREDICATE_WORDS})(?!\w))")
"""A closed class of adverbs, auxiliaries and prepositions, or punctuation, right after
'cả hai': 'cả hai đều', 'cả hai.', 'cả hai khá thân thiết', 'sử dụng cả hai để …', 'khiến cả
hai phải …'.  Verbs are an open class and stay uncaught
('cả hai khai nhận')."""
_SIDES_AFTER = re.compile(r"\s*(?:chiều|phía|bên|phe)(?!\w)", re.IGNORECASE)
"""'tăng 5 đồng ở cả hai chiều': both directions (buying and selling), both sides."""
_BETWEEN_BEFORE = re.compile(r"(?<!\w)giữa\s+$", re.IGNORECASE)
"""'giữa hai nước', 'giữa 2 người': the two parties of a relation, named before."""

_VEHICLE = r"(?:xe|(?<!tài )xế|buýt|bus|tàu|ô tô|ôtô|giường|cabin)"
_BUILDING = (
    r"(?:nhà|khách\s+sạn|tòa|toà|biệt\s+thự|chung\s+cư|nhà\s+hàng|cao\s+ốc|nhà\s+xưởng|"
    r"tháp|dãy\s+nhà|khu\s+nhà)"
)
"""'khách sạn 4 tầng', 'tòa nhà chung cư 11 tầng': a building of that many storeys (a
size said as the building's kind; 'tòa nhà cao 30 tầng' states it, and stays a claim)."""
_NAME_WORD = (
    r"\s+(?!(?:có|là|chở|chứa|gồm|được|với|và|đạt|còn|cao|dài|rộng|nặng|tới|đến|lên|"
    r"khoảng|hơn|trên|dưới|gần|để|cho|của|vượt|dao)(?!\w))[^\W\d]+"
)
"""A word of the head noun's name ('xe buýt', 'hộp số sàn'), not a verb or a
preposition that would make the number its object ('bãi xe có 200 chỗ')."""
_STOREYS_HEAD = re.compile(rf"(?<!\w){_BUILDING}(?:{_NAME_WORD}){{0,2}}\s+$", re.IGNORECASE)
_CLASS_AFTER: tuple[tuple[re.Pattern[str] | None, re.Pattern[str]], ...] = (
    # (what must come right before the number, what must come right after it)
    (None, re.compile(r"\s*(?:xi[\s-]?lanh|xy[\s-]?lanh)(?!\w)", re.IGNORECASE)),
    (
        re.compile(rf"(?<!\w){_VEHICLE}(?:{_NAME_WORD}){{0,2}}\s+$", re.IGNORECASE),
        re.compile(r"\s*(?:tầng|chỗ|chỗ ngồi|cửa|bánh|trục|tấn)(?!\w)", re.IGNORECASE),
    ),
    (_STOREYS_HEAD, re.compile(r"\s*tầng(?!\w)", re.IGNORECASE)),
    (
        re.compile(r"(?<!\w)(?:hạng|loại|dòng|phân\s+khúc)\s+$", re.IGNORECASE),
        re.compile(r"\s*(?:tầng|chỗ|chỗ ngồi|cửa|bánh)(?!\w)", re.IGNORECASE),
    ),
    (
        re.compile(
            rf"(?<!\w)(?:hộp\s+số|số\s+(?:sàn|tay|tự\s+động))(?:{_NAME_WORD}){{0,3}}\s+$",
            re.IGNORECASE,
        ),
        re.compile(r"\s*cấp(?!\w)", re.IGNORECASE),
    ),
    (
        re.compile(rf"(?<!\w)động\s+cơ(?:{_NAME_WORD}){{0,2}}\s+$", re.IGNORECASE),
        re.compile(r"\s*(?:thì|van)(?!\w)", re.IGNORECASE),
    ),
    (
        re.compile(rf"(?<!\w)(?:khách\s+sạn|resort)(?:{_NAME_WORD}){{0,2}}\s+$", re.I),
        re.compile(r"\s*sao(?!\w)", re.IGNORECASE),
    ),
    (
        re.compile(r"(?<!\w)(?:mô\s+hình|phân\s+khúc|dòng|loại|hạng)\s+$", re.IGNORECASE),
        re.compile(r"\s*(?:cc|phân\s+khối)(?!\w)", re.IGNORECASE),
    ),
)
"""Numbers that classify the noun before them.  The head noun must come right
before the number (at most a few words of its name between), so 'xe buýt
chở 2 tầng hàng' or 'tòa nhà cao 30 tầng' are not caught by the wrong head."""

_AIRCRAFT = r"(?:máy\s+bay|chiến\s+đấu\s+cơ|tiêm\s+kích|oanh\s+tạc\s+cơ|trực\s+thăng|phi\s+cơ)"
_ENGINES = (
    re.compile(rf"(?<!\w){_AIRCRAFT}(?:{_NAME_WORD}){{0,3}}\s+$", re.IGNORECASE),
    re.compile(r"\s*động\s+cơ(?!\w)", re.IGNORECASE),
)
"""'chiến đấu cơ đa nhiệm hai động cơ': a twin-engine fighter."""

_TWO_WAY = (
    re.compile(
        r"(?<!\w)(?:thương\s+mại|kim\s+ngạch|giao\s+thương|đường|làn|giao\s+thông|tuyến|"
        r"lưu\s+thông|trao\s+đổi|buôn\s+bán)\s+$",
        re.IGNORECASE,
    ),
    re.compile(r"\s*chiều(?!\w)", re.IGNORECASE),
)
"""'kim ngạch thương mại hai chiều' (bilateral trade), 'đường hai chiều' (a two-way road)."""

_DIGITS_LONG = (
    re.compile(r"(?<!\w)(?:sim|thuê\s+bao|số\s+điện\s+thoại|số\s+thuê\s+bao|mã)\s+$", re.I),
    re.compile(r"\s*số(?!\w)", re.IGNORECASE),
)
"""'chuyển đổi sim 11 số sang sim 10 số': a kind of number by its length in digits."""

_VERSION = (
    re.compile(rf"(?<!\w)(?:phiên\s+bản|bản)(?:{_NAME_WORD}){{0,3}}\s+$", re.IGNORECASE),
    re.compile(r"\s*(?:GB|TB|MB|inch|cc|lít|L|mã\s+lực)(?!\w)"),
)
"""'cho phiên bản bộ nhớ trong 64 GB': a version named by its specification."""

_GRADE_AFTER = re.compile(
    r"(?:\s*(?:và|,|-|–|đến|hoặc)\s*\d{1,3})*\s*con\s*/\s*kg(?!\w)", re.IGNORECASE
)
"""'cỡ 30 và 40 con/kg': pieces per kilogram grade shrimp, fish or fruit by size."""


_LIST_BEFORE = re.compile(
    r"(?<!\w)(?:danh\s+sách|bảng\s+xếp\s+hạng|bảng\s+thống\s+kê|top)(?:\s+(?:các|những))?\s+$",
    re.IGNORECASE,
)
_SUPERLATIVE_AFTER = re.compile(r"[^.,;:!?\n]{0,60}?(?<!\w)nhất(?!\w)")
"""'danh sách 10 ứng dụng được tải về nhiều nhất': a superlative closes a list's name
('trong danh sách 26 đơn vị này' counts the units)."""

_A_PART_AFTER = re.compile(r"\s+phần(?!\s*(?:trăm|\d|hai|ba|tư|năm|mười))(?!\w)", re.I)
"""'dành 1 phần quỹ đất': a part of it, no count of parts ('1 phần 3' is a third)."""
_BODY_BEFORE = re.compile(
    r"(?<!\w)(?:số\s+đo|sở\s+hữu|vóc\s+dáng|chiều\s+cao|thân\s+hình|hình\s+thể|cao\s+ráo)"
    r"(?:[^.;!?\n]{0,30})$",
    re.IGNORECASE,
)
_A_WHILE_AFTER = re.compile(r"\s*(?:lúc|mình|phen)(?!\w)", re.IGNORECASE)
"""'cùng 1 lúc' (at once), 'ở nhà 1 mình' (alone), 'mất 1 phen' (quite a time): no count."""
_COUPLE_AFTER = re.compile(
    r"\s*(?:vợ\s+chồng|ông\s+bà|(?:cha|bố|mẹ)\s+con|(?:ông|bà)\s+cháu)(?!\w)", re.IGNORECASE
)
"""'hai vợ chồng' (the couple), 'hai cha con', 'hai mẹ con', 'hai bà cháu' (a parent or a
grandparent and one child): two by the noun's own meaning, no count to check ('ba mẹ
con' counts the children, and the rule asks for two)."""
_LIMBS_AFTER = re.compile(
    r"\s*(?:(?:bàn|cánh)\s+tay|bàn\s+chân|đầu\s+gối"
    r"|tay(?!\s*(?:vợt|đua|lái|săn|súng|chơi|nghề|trống|công|ngang|anh|chị|sai|trong|không"
    r"|đấm|buôn|mơ))"
    r"|chân(?!\s*(?:dung|sút|chạy|trời|dài|gỗ|ghế|vịt|cầu|núi|đế|tường|rết|váy|giá|thật|lý"
    r"|tình))"
    r"|mắt(?!\s*(?:xích|kính|bão|lưới))"
    r"|chi(?!\s*(?:nhánh|phí|tiết|tiêu|cục|bộ|hội|đoàn|trả|viện|ra|cho|trội|phối|lưu|tiền|hộ)))"
    r"(?!\w)",
    re.IGNORECASE,
)
"""'dùng hai tay bóp cổ', 'hai chân', '1 tay chống', 'cả 4 chi đã chạm đất', 'hai bàn tay
trắng': the limbs a body has, no count to check ('hai tay vợt' counts players, 'hai chân
dung' portraits, 'hai chi nhánh' branches)."""
_TOUCH_BEFORE = re.compile(r"(?<!\w)(?:chạm|đặt|nắm)\s+$", re.IGNORECASE)
_HANDS_AFTER = re.compile(r"\s*tay\s+(?:vào|lên)(?!\w)", re.IGNORECASE)
"""'chạm 2 tay vào chức vô địch': all but holding the trophy, no count of hands."""
_ROUNDS_AFTER = re.compile(r"\s*vòng(?!\s*(?:đấu|quanh|loại|bảng|chung|thi))(?!\w)", re.I)
"""'sở hữu ba vòng chuẩn': bust, waist and hips, no count of rounds ('ba vòng đấu')."""


_PERSON_BEFORE = re.compile(
    r"(?<![^\W_])(?:cô|anh|chị|em|con|cháu|đứa|cậu|chàng|nàng|vợ|chồng|gái|trai|bé)[ \t]+$",
    re.IGNORECASE,
)
"""'cô thứ 2', 'con gái thứ hai', 'đứa thứ 3': a person named by birth order or by
the order the text met them ('người thứ 2 bị bắt' ranks, so 'người' alone is no name)."""
_PERSON_LOOK_BACK = 8


_RELATED_LINK = re.compile(
    r"(?:Xem\s+thêm|XEM\s+THÊM|Đọc\s+thêm|ĐỌC\s+THÊM|Tin\s+liên\s+quan|TIN\s+LIÊN\s+QUAN|>>)"
    r"[ \t:>]*"
    r"(?:(?![ \t]{2}|\s(?:Sáng|Trưa|Chiều|Tối|Đêm|Ngày|Hôm|Theo)\s)[^\n.!?])*$"
)
"""'Xem thêm: 3 mẹo tiết kiệm dữ liệu', '>> Top 10 xe …': the title of another article,
which ends at a line break, a full stop, the double space that pages leave after it,
or a capitalised word that opens the article's next sentence ('… gẫy chân Chiều 6/2, …')."""
_LINK_LOOK_BACK = 120


_NEXT_WORD = re.compile(r"[ \t]*([^\W\d_]+|[^\s\w])")
_CLASS_WORD_LIST = (
    "xi xy xilanh xylanh tầng chỗ cửa bánh trục cấp thì van sao cc phân động gb tb mb inch "
    "lít l mã chiều số con tấn"
)
_CLASS_WORDS = frozenset(_CLASS_WORD_LIST.split())
"""First words of the classifiers in the class patterns: only these let the patterns run."""
_PRONOUN_LAST = ("giữa", "Giữa", "cả", "Cả")
_IDIOM_WORD_LIST = "phần lúc mình phen tay vòng vợ ông bà cha bố mẹ chân mắt chi bàn cánh đầu"
_IDIOM_WORDS = frozenset(_IDIOM_WORD_LIST.split())
_LIST_HINT = re.compile(r"sách|bảng|top", re.IGNORECASE)
_LINK_MARKERS = (
    ">>",
    "Xem thêm",
    "xem thêm",
    "XEM THÊM",
    "Đọc thêm",
    "đọc thêm",
    "ĐỌC THÊM",
    "Tin liên quan",
    "TIN LIÊN QUAN",
)


def states_no_claim(text: str, mention: Mention) -> bool:
    """True for a pronoun, a class description, a lunar date, a scope period, a
    list name, an idiom, a person named by an ordinal or a link to another
    article (see the module doc).

    Called for every mention: each class is tried only when a cheap test of the
    word right after the number, or of a few letters before it, lets it in."""
    kind = mention.kind
    if _in_a_link(text, mention):
        return True
    if kind not in _NO_THRESHOLD_KINDS and (
        draws_a_class(text, mention) or states_a_condition(text, mention)
    ):
        return True
    if kind == "ordinal":
        return _names_a_person(text, mention)
    if kind in ("count", "measure", "other"):
        if kind == "count" and names_a_lunar_day(text, mention):
            return True  # "Sáng 29 Tết", "tháng 7, 8 âm lịch"
        found = _NEXT_WORD.match(text, mention.end)
        after = found.group(1).lower() if found else ""
        unit = (mention.unit or "").split()[0].lower() if mention.unit else ""
        classifier = (
            after in _CLASS_WORDS
            or unit in _CLASS_WORDS
            or "con/kg" in text[mention.start : mention.end + 20]  # "cỡ 30 và 40 con/kg"
        )
        if classifier and _describes_class(text, mention):
            return True
        if kind != "count" or mention.qualifier != "exact":
            return False
        if text.endswith(_PRONOUN_LAST, 0, mention.start - 1) and _is_pronoun(text, mention):
            return True
        if mention.value == 2 and refers_back(text, mention):
            return True
        if after in _IDIOM_WORDS and _is_idiom(text, mention):
            return True
        list_hint = _LIST_HINT.search(text, max(0, mention.start - _LOOK_BACK), mention.start)
        return list_hint is not None and _names_a_list(text, mention)
    if kind == "money":
        return mention.value == 1 and quotes_a_rate(text, mention)
    if kind in ("date", "duration"):
        if names_a_lunar_day(text, mention):
            return True
        if kind != "duration":
            return False
        return frames_a_forecast(text, mention)
    return False


def _names_a_person(text: str, mention: Mention) -> bool:
    if mention.text[:3].lower() != "thứ":
        return False
    before = text[max(0, mention.start - _PERSON_LOOK_BACK) : mention.start]
    return _PERSON_BEFORE.search(before) is not None


def _in_a_link(text: str, mention: Mention) -> bool:
    markers = _link_markers(text)
    if not markers:
        return False
    # The nearest marker before the mention, within the look-back.
    index = bisect_left(markers, mention.start) - 1
    if index < 0 or markers[index] < mention.start - _LINK_LOOK_BACK:
        return False
    window = text[max(0, mention.start - _LINK_LOOK_BACK) : mention.start]
    return _RELATED_LINK.search(window) is not None


@lru_cache(maxsize=8)
def _link_markers(text: str) -> tuple[int, ...]:
    """Where link markers start in the text, sorted: most articles have none.

    Plain substring searches (C speed) rather than one pattern with alternatives,
    which the regex engine would try at every character of the article."""
    found: list[int] = []
    for marker in _LINK_MARKERS:
        position = text.find(marker)
        while position != -1:
            found.append(position)
            position = text.find(marker, position + 1)
    return tuple(sorted(found))


def _before(text: str, mention: Mention) -> str:
    return text[max(0, mention.start - _LOOK_BACK) : mention.start]


def _is_pronoun(text: str, mention: Mention) -> bool:
    if mention.kind != "count" or mention.qualifier != "exact" or " " in mention.text:
        return False  # "cả hai lần đều …" names its noun: it may count (labels disagree)
    before = _before(text, mention)
    if mention.value == 2 and _BETWEEN_BEFORE.search(before):
        return True  # the dual only: "va chạm giữa 3 xe ô tô" introduces three cars
    if not _BOTH_BEFORE.search(before):
        return False
    return bool(_PREDICATE_AFTER.match(text, mention.end) or _SIDES_AFTER.match(text, mention.end))


def _describes_class(text: str, mention: Mention) -> bool:
    if _GRADE_AFTER.match(text, mention.end) or "con/kg" in mention.text:
        return True
    before = _before(text, mention)
    unit = f" {mention.unit}" if mention.unit else None  # "150 cc": the grammar's own unit
    for head, after in (*_CLASS_AFTER, _ENGINES, _VERSION, _TWO_WAY, _DIGITS_LONG):
        if mention.text.startswith(("vượt", "Vượt")) or (
            head is _STOREYS_HEAD and mention.qualifier != "exact"
        ):
            continue  # "xây tòa nhà vượt 3 tầng", "xác xe vượt 3 tấn": said of the thing
        classifier = after.match(text, mention.end) or (unit and after.fullmatch(unit))
        if classifier and (head is None or head.search(before)):
            return True
    return False


def _names_a_list(text: str, mention: Mention) -> bool:
    if mention.kind != "count" or mention.qualifier != "exact":
        return False  # "danh sách hơn 300 bài hát": a hedged size is the list's count
    if not _LIST_BEFORE.search(_before(text, mention)):
        return False
    return _SUPERLATIVE_AFTER.match(text, mention.end) is not None


def _is_idiom(text: str, mention: Mention) -> bool:
    if mention.kind != "count" or mention.qualifier != "exact":
        return False
    before, end, value = _before(text, mention), mention.end, mention.value
    digits_or_word = mention.text.lower() in ("1", "một", "3", "ba")
    a_part = value == 1 and digits_or_word and _A_PART_AFTER.match(text, end)
    a_while = value == 1 and _A_WHILE_AFTER.match(text, end)
    hands = value in (1, 2) and _TOUCH_BEFORE.search(before) and _HANDS_AFTER.match(text, end)
    body = (
        value == 3
        and digits_or_word
        and _BODY_BEFORE.search(before)
        and _ROUNDS_AFTER.match(text, end)
    )
    couple = value == 2 and _COUPLE_AFTER.match(text, end)
    limbs = value in (1, 2, 4) and _LIMBS_AFTER.match(text, end)
    return bool(a_part or a_while or hands or body or couple or limbs)
