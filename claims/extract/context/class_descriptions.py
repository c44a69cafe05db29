"""A number that says which kind of thing is meant, not how many: 'xe buýt 2 tầng'.

"xe buýt 2 tầng" (a double-decker), "xe tải 3,5 tấn" (a light truck), "các tòa nhà
20 tầng" (a kind of building), "động cơ 4 xi lanh", "xe 2 thì" and "động cơ SOHC, 4 thì," (two- and
four-stroke), "hộp số 6 cấp", "xe 7 chỗ", "khách sạn 5 sao", "mô hình 150 cc",
"chiến đấu cơ hai động cơ", "phiên bản 64 GB", "jack cắm tai nghe 3,5 mm", "thương mại
hai chiều", "sim 11 số", the size grade of shrimp or fish "cỡ 30 con/kg" (30 to a
kilogram), and a measure in brackets after 'loại' ("bao arabica (loại 60kg)", "xe tải
(loại 1,5 tấn)"): the number and its classifier name a class of the noun right before
them, no count or measure a figure could check.  The head noun must come right before the
number (at most a few words of its name between): "tòa nhà cao 30 tầng" states a height and
stays a claim.  The storeys of one building ("khách sạn 4 tầng", "một tòa nhà 3 tầng",
"Chung cư 24 tầng") are a count of it a fact-checker can look up, and stay claims
(tests/gold/README.md, "Conventions settled in session 17"); only a kind of building
("các tòa nhà 20 tầng", "mẫu nhà 4 tầng") is a class.
"""

from __future__ import annotations

import re

from claims.model import Mention

_LOOK_BACK = 40
"""How far before the number its head noun is looked for."""
_VEHICLE = (
    r"(?:xe|(?<!tài )xế|buýt|bus|tàu|ô tô|ôtô|giường|cabin|sedan|hatchback|coupe|coupé|saloon"
    r"|SUV|MPV|CUV|crossover|minivan|city-?car|limousine|bán\s+tải|pick-?up)"
)
"""A vehicle, or a body type that names one ('mẫu hatchback 5 cửa', 'chiếc sedan bốn cửa',
'SUV 7 chỗ')."""
_BUILDING = (
    r"(?:nhà|khách\s+sạn|tòa|toà|biệt\s+thự|chung\s+cư|nhà\s+hàng|cao\s+ốc|nhà\s+xưởng|"
    r"tháp|dãy\s+nhà|khu\s+nhà)"
)
"""'các tòa nhà 20 tầng', 'mẫu nhà 4 tầng': a kind of building by its storeys.  One
building's storeys ('khách sạn 4 tầng', 'tòa nhà chung cư 11 tầng') are a claim."""
_NAME_WORD = (
    r"\s+(?!(?:có|là|chở|chứa|gồm|được|với|và|đạt|còn|cao|dài|rộng|nặng|tới|đến|lên|"
    r"khoảng|hơn|trên|dưới|gần|để|cho|của|vượt|dao)(?!\w))[^\W\d]+"
)
"""A word of the head noun's name ('xe buýt', 'hộp số sàn'), not a verb or a
preposition that would make the number its object ('bãi xe có 200 chỗ')."""
_AIRCRAFT = r"(?:máy\s+bay|chiến\s+đấu\s+cơ|tiêm\s+kích|oanh\s+tạc\s+cơ|trực\s+thăng|phi\s+cơ)"
_STOREYS_HEAD = re.compile(
    rf"(?<!\w)(?:các|những|mẫu|loại|kiểu|dạng)\s+{_BUILDING}(?:{_NAME_WORD}){{0,3}}\s+$",
    re.IGNORECASE,
)
_CLASS_AFTER: tuple[tuple[re.Pattern[str] | None, re.Pattern[str]], ...] = (
    # (what must come right before the number, what must come right after it)
    (None, re.compile(r"\s*(?:xi[\s-]?lanh|xy[\s-]?lanh)(?!\w)", re.IGNORECASE)),
    (
        # "mẫu saloon cỡ lớn, 4 cửa": the comma sets the class off from the size words
        re.compile(rf"(?<!\w){_VEHICLE}(?:{_NAME_WORD}){{0,2}},?\s+$", re.IGNORECASE),
        re.compile(r"\s*(?:tầng|chỗ|chỗ ngồi|cửa|bánh|trục|tấn)(?!\w)", re.IGNORECASE),
    ),
    (
        # "LR-2 là máy bay cánh quạt 10 chỗ", "chiếc máy bay 92 chỗ ngồi"
        re.compile(rf"(?<!\w){_AIRCRAFT}(?:{_NAME_WORD}){{0,2}}\s+$", re.IGNORECASE),
        re.compile(r"\s*chỗ(?!\w)", re.IGNORECASE),
    ),
    (
        # a row of a car price list: "Camry 2.5Q ASV50L-JETEKU 5 chỗ ngồi, số tự động 6 cấp"
        re.compile(r"(?<![\w-])[A-Z\d]*\d[A-Z\d]*-[A-Z\d]{3,}\s+$"),
        re.compile(r"\s*(?:chỗ ngồi|cửa)\s*,", re.IGNORECASE),
    ),
    (
        # "dẫn động hai cầu", "hệ truyền động 1 cầu 4x2": a two- or one-axle drive
        re.compile(r"(?<!\w)(?:dẫn|truyền)\s+động\s+$", re.IGNORECASE),
        re.compile(r"\s*cầu(?!\s*thủ)(?!\w)", re.IGNORECASE),
    ),
    (
        # "Mẫu xe côn tay 2 thì", "dòng xe 2 thì": a two-stroke motorbike; "thì" after a
        # number with no vehicle before it is mostly the conjunction ("gala 4 thì đài này")
        re.compile(rf"(?<!\w)xe(?:{_NAME_WORD}){{0,2}}\s+$", re.IGNORECASE),
        re.compile(r"\s*thì(?!\w)", re.IGNORECASE),
    ),
    (
        # "động cơ SOHC, 4 thì, xy-lanh đơn", "động cơ SOHC, 4 valve,": the strokes or the
        # valves in an engine's list of features
        re.compile(r"(?<!\w)động\s+cơ[^.;:!?\n\d]{0,30},\s*$", re.IGNORECASE),
        re.compile(r"\s*(?:thì|van|valve)(?=\s*[,.;)])", re.IGNORECASE),
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
        # "động cơ phun xăng điện tử 4 thì": the engine's name may run to four words
        re.compile(rf"(?<!\w)động\s+cơ(?:{_NAME_WORD}){{0,4}}\s+$", re.IGNORECASE),
        re.compile(r"\s*(?:thì|van|valve)(?!\w)", re.IGNORECASE),
    ),
    (
        # "động cơ 4 thì, xy lanh 97cc", "phân khối 150cc", "xy-lanh đơn, 2 thì, 124,3cc":
        # the engine's class in its list of features ('dung tích 97.2 cc' states a size)
        re.compile(
            r"(?:(?<!\w)(?:xy|xi)[\s-]?lanh|(?<!\w)phân\s+khối|(?<!\w)\d\s+thì\s*,)\s*$",
            re.IGNORECASE,
        ),
        re.compile(r"\s*cc(?!\w)", re.IGNORECASE),
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

_JACK = (
    re.compile(
        r"(?<!\w)(?:jack|giắc|cổng|ngõ|tai\s+nghe|adapter|adaptor)(?:\s+cắm)?"
        r"(?:\s+tai\s+nghe)?(?:\s+(?:cỡ|chuẩn|truyền\s+thống))?\s+$",
        re.IGNORECASE,
    ),
    re.compile(r"\s*mm(?!\w)"),
)
"""'jack cắm tai nghe 3,5 mm', 'cổng tai nghe 3,5 mm', 'giắc cắm tai nghe cỡ 3,5mm': the
headphone plug's standard, a kind of socket, no size a figure could check."""

_CORES = (
    re.compile(
        r"(?<!\w)(?:bộ\s+xử\s+lý|vi\s+xử\s+lý|chip(?:set)?|CPU|SoC|processor)(?!\w)"
        r"(?![^.;!?\n●]*(?<!\w)(?:có|là|gồm|với)\s)[^.;!?\n●]{0,40}$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\s*(?:nhân|lõi)(?!\w)(?!\s+(?:viên|dân|sự|lực|công|vật|tố|chứng|bản|cách|loại|tạo|"
        r"quyền|văn|đạo|khẩu|thân|mạng|hậu|tâm|chủ|với|lên)(?!\w))",
        re.IGNORECASE,
    ),
)
"""'Bộ xử lý 8 nhân, 1,5GHz', 'Bộ xử lý: 4 nhân', 'chip 4 nhân', 'Snapdragon 835 tám lõi (octa
core)': an octa- or quad-core processor, the chip's class in a spec sheet ('Chip mới này có
cấu hình 6 lõi' states it, and stays a claim)."""

_VOLTAGE = (
    re.compile(
        r"(?:(?<!\w)(?:trạm|TBA|đường\s+dây|lưới|điện\s+áp|tuyến|mạch|máy\s+biến\s+áp|MBA)(?!\w)"
        r"[^\d.;:!?\n]{0,30}|(?<!\w)phần\s+)$",
        re.IGNORECASE,
    ),
    re.compile(r"\s*kV(?!\w)", re.IGNORECASE),
)
"""'trạm điện quốc gia 500 kV', 'Trạm biến áp (TBA) 110 kV', 'đường dây trung thế 22 kV', 'phần
110 kV của trạm': a station or line named by its voltage class, no measure a figure could
check."""

_VERSION = (
    re.compile(rf"(?<!\w)(?:phiên\s+bản|bản)(?:{_NAME_WORD}){{0,3}}\s+$", re.IGNORECASE),
    re.compile(r"\s*(?:GB|TB|MB|inch|cc|lít|L|mã\s+lực|chỗ|cửa)(?!\w)"),
)
"""'cho phiên bản bộ nhớ trong 64 GB', 'bản 7 chỗ ngồi', 'phiên bản 5 cửa': a version named by
its specification."""

_CLASS_PATTERNS = (
    *_CLASS_AFTER,
    _ENGINES,
    _VERSION,
    _TWO_WAY,
    _DIGITS_LONG,
    _JACK,
    _CORES,
    _VOLTAGE,
)
"""Every (head, classifier) pair: the head before the number, the classifier after it."""

_GRADE_AFTER = re.compile(
    r"(?:\s*(?:và|,|-|–|đến|hoặc)\s*\d{1,3})*\s*con\s*/\s*kg(?!\w)", re.IGNORECASE
)
"""'cỡ 30 và 40 con/kg': pieces per kilogram grade shrimp, fish or fruit by size."""
_KIND_IN_BRACKETS = re.compile(r"\((?:loại|cỡ)\s+$", re.IGNORECASE)
"""'42 triệu bao arabica (loại 60kg)', 'chiếc xe tải (loại 1,5 tấn)', 'heo hơi (loại trên 110
kg/con)': a measure in brackets after 'loại' says which kind of bag, truck or pig is meant."""
_COORDINATED_CLASS = re.compile(
    r"(?<!\w)(\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:chỗ(?:\s+ngồi)?|cửa|bánh|cầu|thì)"
    r"\s*(?:,|và|hay|hoặc|lẫn)?\s*$",
    re.IGNORECASE,
)
"""A class told just before and joined to this one: 'xe ô tô 4 chỗ, 7 chỗ', 'xe hai bánh hay
bốn bánh', 'dẫn động 1 cầu lẫn 2 cầu', 'city-car hai cửa, hai chỗ', 'Xe 2 cửa 4 chỗ ngồi',
'động cơ 4 thì, 2 van'."""
_JOINED_CLASSIFIER = re.compile(r"\s*(?:chỗ|cửa|bánh|cầu(?!\s*thủ)|van|valve)(?!\w)", re.I)
_CLASS_WORD_LIST = (
    "xi xy xilanh xylanh tầng chỗ cửa bánh cầu trục cấp thì van valve sao cc phân động gb tb mb "
    "inch lít l mã chiều số con tấn mm nhân lõi kv )"
)
CLASS_WORDS = frozenset(_CLASS_WORD_LIST.split())
"""First words of the classifiers in the class patterns: only these let the patterns run."""


_KIND_WORD_BEFORE = re.compile(
    r"(?<!\w)(?!(?:thuộc|là|phân|các|nhiều|mọi|mỗi|những|một|vòng|thể|chủng|cùng|trì|dụng|"
    r"dùng|chọn|mua|này|kim|nhân|đồng)\s)[^\W\d]+\s+loại\s+$",
    re.IGNORECASE,
)
"""'15 thùng phi loại 200 lít', 'xe tải loại 11,9 tấn', 'bình gas loại 12kg': 'loại' right
after the noun says the measure is its kind (a 200-litre drum), not a quantity of anything
('vòng loại' is a qualifying round, 'dây kim loại 700 mét' a metal tether's length;
'thuộc loại', 'phân loại 200 tấn' are verbs)."""


def measure_names_a_kind(text: str, mention: Mention) -> bool:
    """True when an exact measure follows a noun and 'loại': the noun's kind."""
    if mention.kind != "measure" or mention.qualifier != "exact":
        return False
    return _KIND_WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start) is not None


def describes_class(text: str, mention: Mention) -> bool:
    """True when ``mention`` and its classifier name a class of the noun before it, or
    follow, joined, a count that does ('xe ô tô 4 chỗ, 7 chỗ')."""
    if _names_a_class(text, mention):
        return True
    if mention.kind != "count" or mention.qualifier != "exact":
        return False
    if _JOINED_CLASSIFIER.match(text, mention.end) is None:
        return False  # "một xe ô tô 7 chỗ, một ô tô 16 chỗ": a count of the next car
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    joined = _COORDINATED_CLASS.search(before)
    if joined is None:
        return False
    start = mention.start - len(before) + joined.start(1)
    end = mention.start - len(before) + joined.end(1)
    first = mention.model_copy(update={"text": text[start:end], "start": start, "end": end})
    return describes_class(text, first)


def _names_a_class(text: str, mention: Mention) -> bool:
    if _GRADE_AFTER.match(text, mention.end) or "con/kg" in mention.text:
        return True
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    bracketed = mention.kind == "measure" and text.startswith(")", mention.end)
    if bracketed and _KIND_IN_BRACKETS.search(before) is not None:
        return True
    unit = f" {mention.unit}" if mention.unit else None  # "150 cc": the grammar's own unit
    for head, after in _CLASS_PATTERNS:
        if mention.text.startswith(("vượt", "Vượt")) or (
            head is _STOREYS_HEAD and mention.qualifier != "exact"
        ):
            continue  # "xây tòa nhà vượt 3 tầng", "xác xe vượt 3 tấn": said of the thing
        classifier = after.match(text, mention.end) or (unit and after.fullmatch(unit))
        if classifier and (head is None or head.search(before)):
            return True
    return False
