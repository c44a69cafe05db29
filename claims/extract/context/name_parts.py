"""Numbers that are part of a name: a ranking list, an era, both sides, a while, a period.

tests/gold/README.md ("Non-claims of other kinds") counts list names ("Top 5", "10 ứng
dụng được tải về nhiều nhất") and idioms ("hai bên") as non-claims.  These are told
from the words right around the number:

- **A ranking list named by its size.** "trong số 10 CLB có giá trị đội hình lớn nhất
  thế giới", "Ngoài 5 giải vô địch hàng đầu Châu Âu", "trong nhóm 32 đội dẫn đầu về giá
  trị CLB", "chia nhau 6 vị trí dẫn đầu trên BXH", "giữa 2 nền kinh tế lớn nhất thế giới":
  a count, a noun phrase and a superlative after a word that places something in or
  beside the list ('trong', 'ngoài', 'của', 'giữa', 'tại', 'ở', 'thuộc', 'vào', 'nhóm').
  The list's size is its maker's choice, not a figure.  Without that word the count may
  be told ("là 2 loại ứng dụng dẫn đầu", "bám sát 3 tỷ phú dẫn đầu là Bill Gates":
  claims in tests/gold/dev4), and 'gần nhất', 'mới nhất' make a run of recent matches,
  no list ("thắng 4 trong 5 trận gần nhất", "trong 4 mùa gần đây nhất": a window, which
  frames.py reads), 'giải nhất' a prize,
  'bất nhất' no superlative, the field of a contest is told ("với sự tham gia của 14
  câu lạc bộ futsal mạnh nhất châu lục"), and 'gồm' before the members
  tells how many took part ("giữa bốn giọng ca nam hàng đầu gồm: ..."): all stay claims.
- **An era as an attribute.** "Siêu vũ khí mới của thế kỷ XXI", "thảm họa lớn nhất của
  thế kỷ XX", "quần jeans kiểu thập niên 80": the century or the decade says what kind
  of thing is meant, not when anything happened (tests/gold/dev7).  A time said with it
  stays a year ("phổ biến trong thế kỷ 18": a claim in tests/gold/more; "những năm đầu
  của thế kỷ 20", "thập niên 20 của thế kỷ XIX").
- **Both sides.** "nằm đối xứng 2 bên", "người ngồi sau 2 bên xe": the two sides a thing
  has, like 'hai bên' (every 'hai bên' of the development sets is a non-claim), and 'hai
  phía' ("hai phía có thể cùng phối hợp", "né xe tải từ hai phía"); so are
  the two directions of a way, the two ends of a bridge or a road and the two flanks of
  a pitch: "Xe đạp được đi hai chiều trên mặt cầu", "đường dẫn hai đầu cầu", "lên bóng
  tốc độ ở 2 biên" (every 'hai chiều', 'hai đầu cầu', '2 biên' of the development sets
  is a non-claim).  Not another word that starts so ('2 biên bản', 'hai chiều nay',
  'hai đầu bếp').
- **All four sides.** "nằm giữa bốn bề cánh đồng lúa", "du khách bốn phương", "bốn phía":
  everywhere around, no count (not 'bốn phương án', four options).
- **A while.** "nghỉ ngơi thêm 1 thời gian", "Nếu có 1 chút váng": a little, for a
  while; no count.
- **Labels.** "trang 213 có câu", "văn bản giả mạo có số hiệu 116", "dịch vụ công trực
  tuyến mức độ 3, 4", "chuẩn bị cho mùa giải 2017", "sau sinh nhật lần thứ 25", "biển số
  tứ quý 8": a page, the number a document, a ship or a flight bears, the digit a
  plate repeats, a service level, a season's name
  (like "mùa giải 2016/17", an identifier in the README) and a birthday's edition
  (tests/gold/dev7).  'vũ trang 12 ống phóng' (armed with) and 'thời trang' are no page;
  'mùa giải năm 2016' says the year.
- **A match period.** "Ở hiệp thứ hai", "hiệp đấu thứ 2", "hiệp phụ thứ nhất", "break ở
  game thứ 5": the half, the round, the extra time or the tennis game a thing happened
  in, named like "hiệp 2" (an identifier in
  the grammar; the session-5 convention of tests/gold/README.md).  The minute stays a
  claim ("phút 67"), and so do rounds counted ("sau 10 ván đấu", "2 hiệp phụ").
- **A third party.** "phụ kiện bên thứ 3", "có bên thứ 3 liên quan": someone outside a
  deal, named, not ranked.
- **A year of study.** "sinh viên năm thứ 3", "đang học năm thứ 3 khoa Kinh tế", "vào
  năm thứ 2 đại học": the student's year names a school level, like 'lớp 2A4' and 'cấp
  3' (identifiers in tests/gold/README.md); "năm thứ 2 liên tiếp" ranks a year.
- **A plan's horizon.** "Quy hoạch hệ thống cảng cá đến năm 2020, định hướng đến năm 2030",
  "Đề án ... giai đoạn 2017-2020, tầm nhìn 2030": the years in a plan's or a strategy's
  title, before and after 'tầm nhìn' or 'định hướng' (the vision), name the plan like a
  law's year (identifiers in tests/gold/dev9); the vision's year must follow, so
  'năm 2017, định hướng phát triển ...' keeps its year.  So does the period right after a
  plan's name ("Kế hoạch đầu tư công trung hạn 2016-2020", "Kế hoạch Chiến lược chung giai
  đoạn 2017-2021"; the README's years in the title of a plan): words only between, no
  verb, preposition or 'năm'.
- **An award of the month.** "HLV xuất sắc nhất tháng 1", "“Bàn thắng đẹp nhất tháng
  1”", "Nghệ sĩ nổi bật nhất tháng 7": the month names the award, as a year glued to
  an event's name does (identifiers in tests/gold/more); a superlative of anything else
  ('thu nhập khủng nhất tháng 8/2017', 'chậm nhất tháng 8-2017') keeps its date.
- **A futures contract's month.** "Giá vàng giao tháng 8 trên sàn Comex", "dầu Brent giao
  tháng 9/2017", "cà phê Arabica kỳ hạn tháng 9.2017", "Hợp đồng kỳ hạn tháng 5": the
  delivery month names the contract traded, no date of anything told (non-claims in
  tests/gold/dev15 and dev17).  'giao' must follow a traded good or a price ('giá',
  'vàng', 'dầu', 'hợp đồng' ... in the words before), and not 'bàn giao', 'chuyển giao',
  'được giao' ('thiết bị bàn giao tháng 12/2014' keeps its date).

Anything less certain stays a claim.
"""

from __future__ import annotations

import re

from claims.extract.context.tails import TailPattern
from claims.extract.context.words import words
from claims.model import Mention

_LOOK_BACK = 40

_PLACING_BEFORE = TailPattern(
    re.compile(
        r"(?<![^\W_])(?:trong|ngoài|(?<!tham gia )của|giữa|tại|ở|thuộc|vào|nhóm|chia[ \t]+nhau)"
        r"(?:[ \t]+(?:số|nhóm|những|các))?[ \t]+$",
        re.IGNORECASE,
    ),
    words("trong|ngoài|của|giữa|tại|ở|thuộc|vào|nhóm|nhau|số|những|các"),
)
_NOT_SUPERLATIVE = (
    "gần|đây|mới|vừa|hợp|thống|giải|duy|ít|thứ|hạng|đồng|bất|sớm|muộn|chậm|trễ|lâu|nhì|ba|bét"
)
_RANKED_AFTER = re.compile(
    r"(?:[ \t]+(?!(?:là|để|thì|mà|và|với|đã|sẽ|được|bị|trong|khi|nhưng|hoặc|hay)(?![^\W_]))"
    r"[^\W\d_]+){1,6}?"
    rf"[ \t]+(?:(?!(?i:{_NOT_SUPERLATIVE})[ \t])[^\W\d_]+[ \t]+(?:nhất|NHẤT)"
    r"|(?:hàng|dẫn)[ \t]+đầu|(?:HÀNG|DẪN)[ \t]+ĐẦU)(?![^\W_])"
)
"""'CLB có giá trị đội hình lớn nhất', 'giải vô địch hàng đầu', 'đội dẫn đầu': a noun
phrase closed by a superlative, no clause break nor conjunction between; 'nhất' in
lower case or in a headline's capitals ('sân bay Tân Sơn Nhất' is a name)."""
_LISTED_AFTER = re.compile(r"[^.;!?\n]{0,40}?(?<![^\W_])gồm(?![^\W_])")
"""'giữa bốn giọng ca nam hàng đầu gồm: Tuấn Ngọc, ...': the members follow, so the
count tells how many took part."""

_ERA = re.compile(r"(?:thế[ \t]+k[ỷỉ]|thập[ \t]+(?:niên|kỷ|kỉ))(?![^\W_])", re.IGNORECASE)
_ATTRIBUTE_BEFORE = re.compile(
    r"(?<![^\W_])(?:(?P<word>[^\W_]+)[ \t]+của|kiểu|phong[ \t]+cách|cổ[ \t]+điển)[ \t]+$",
    re.IGNORECASE,
)
_TIME_PART_LIST = "đầu cuối giữa tiên năm niên kỷ kỉ hai ba bốn nhất cuộc suốt trong thời"
_TIME_PARTS = frozenset(_TIME_PART_LIST.split())
"""Words before 'của' that make the era a time: 'những năm đầu của', 'thập kỷ thứ hai
của', 'thập niên 20 của' (a number too)."""

_LABEL_BEFORE = TailPattern(
    re.compile(
        r"(?:(?<![^\W_])(?<!vũ )(?<!thời )(?<!Nha )trang|(?<![^\W_])(?i:số[ \t]+hiệu)"
        r"|(?<![^\W_])(?i:tam|tứ|ngũ)[ \t]+quý)[ \t]+$"
    ),
    ("trang", "hiệu", "quý"),
)
"""'trang 213' (a page: lower case, 'Nha Trang 2017' is a place), 'số hiệu 116', 'biển số
tứ quý 8' (a plate ending in four eights)."""
_LEVEL_BEFORE = re.compile(
    r"(?<![^\W_])(?i:trực[ \t]+tuyến)[ \t]+(?:(?:đạt|ở)[ \t]+)?mức[ \t]+độ"
    r"(?:[ \t]+[1-4][ \t]*,)?[ \t]*$"
)
"""'dịch vụ công trực tuyến mức độ 3, 4': levels 1 to 4 ('mức độ 3, 110 dịch vụ' counts)."""
_TOP_LEVEL = 4
_SEASON = re.compile(r"(?i:mùa)[ \t]+giải[ \t]+(?:19|20)\d\d")
_BIRTHDAY_BEFORE = re.compile(r"(?<![^\W_])(?i:sinh)[ \t]+nhật[ \t]+(?:lần[ \t]+)?$")
_STUDY_YEAR_BEFORE = re.compile(r"(?<![^\W_])(?:(?i:sinh[ \t]+viên)|SV|học)[ \t]+năm[ \t]+$")
"""'sinh viên năm thứ 3', 'đang học năm thứ 3 khoa Kinh tế': the year of study."""
_STUDY_YEAR_AFTER = re.compile(r"[ \t]+(?:đại[ \t]+học|ĐH|cao[ \t]+đẳng)(?![^\W_])")
"""'vào năm thứ 2 đại học': lower case, 'năm thứ 2 Đại học Y tổ chức' names a school."""
_PERIOD_BEFORE = re.compile(r"(?<![^\W_])(?:(?i:hiệp)(?:[ \t]+(?:đấu|phụ))?|game)[ \t]+$")
"""'hiệp ', 'hiệp đấu ', 'hiệp phụ ' right before 'thứ N', and a tennis game ('break ở game
thứ 5', labelled an identifier in tests/gold/dev17 like 'game 5'; all ten 'game thứ' of the
first 10,000 open articles are tennis games)."""
_PARTY_BEFORE = re.compile(r"(?<![^\W_])(?i:bên)[ \t]+$")
"""'bên ' before 'thứ 3': with ``_THIRD``, 'phụ kiện bên thứ 3', 'đánh giá bởi bên thứ ba': a
third party, someone outside a deal, named and not ranked (nc in tests/gold/dev20)."""
_THIRD = 3
_LISTED_PERIODS_BEFORE = re.compile(
    r"(?<![^\W_])(?:(?i:hiệp)|game)[ \t]+thứ[ \t]+[^\W_]+(?:[ \t]*,[ \t]*thứ[ \t]+[^\W_]+)*"
    r"(?:[ \t]*,[ \t]*|[ \t]+(?:và|hoặc)[ \t]+)$"
)
"""'ở các game thứ nhất, thứ 5 và ': the later periods of a list share its noun."""
_VISION = r"(?:[Tt]ầm[ \t]+nhìn|[Đđ]ịnh[ \t]+hướng)[ \t]+(?:(?:đến|tới|đên)[ \t]+)?"
_HORIZON_BEFORE = re.compile(rf"(?<![^\W_]){_VISION}(?:[Nn]ăm[ \t]+)?$")
"""'..., tầm nhìn đến năm ': the vision's year follows."""
_TITLED_PERIOD = re.compile(r"(?:giai[ \t]+đoạn[ \t]+)?(?:19|20)\d\d[ \t]*[-–][ \t]*(?:19|20)\d\d")
_TITLE_STOPS = "từ|đến|tới|trong|là|sẽ|đã|được|đặt|vào|khi|cho|năm|thì|mà|nhằm|với|và"
_PLAN_TITLE_BEFORE = re.compile(
    r"(?<![^\W_])(?:[Kk]ế[ \t]+hoạch|[Cc]hiến[ \t]+lược|[Đđ]ề[ \t]+án|[Cc]hương[ \t]+trình"
    r"|[Qq]uy[ \t]+hoạch)"
    rf"(?:[ \t]+(?:(?!(?:{_TITLE_STOPS})(?![^\W_]))[^\W\d_]+|[-–]))+[ \t]+$"
)
"""'Kế hoạch đầu tư công trung hạn 2016-2020', 'Kế hoạch Chiến lược chung giai đoạn
2017-2021', 'Đề án cơ cấu lại DNNN giai đoạn 2016 - 2020': a plan's name and its period,
no verb, no preposition nor 'năm' between ('Đề án đặt mục tiêu từ năm 2016-2017' tells
when)."""
_TITLE_LOOK_BACK = 70
_HORIZON_AFTER = re.compile(
    rf"[ \t]*[,;–-]?[ \t]*(?:và[ \t]+)?{_VISION}(?:năm[ \t]+)?(?:19|20)\d\d(?![\d])"
)
"""', định hướng đến năm 2030': the plan's own span or year comes before its vision's."""
_AWARD_BEFORE = re.compile(
    r"(?<![^\W_])(?i:cầu[ \t]+thủ|HLV|huấn[ \t]+luyện[ \t]+viên|CLB|câu[ \t]+lạc[ \t]+bộ"
    r"|bàn[ \t]+thắng|nghệ[ \t]+sĩ|thí[ \t]+sinh|tay[ \t]+vợt|VĐV|vận[ \t]+động[ \t]+viên"
    r"|giải|danh[ \t]+hiệu)(?:[ \t]+[^\W\d_]+){0,2}[ \t]+"
    r"(?i:xuất[ \t]+sắc|đẹp|hay|ấn[ \t]+tượng|nổi[ \t]+bật)[ \t]+nhất[ \t]+$"
)
"""'HLV xuất sắc nhất ', 'Bàn thắng đẹp nhất ', 'giải đẹp nhất ': an award, then its month."""
_FUTURES_BEFORE = re.compile(
    r"(?:(?<![^\W_])(?i:kỳ|kì)[ \t]+hạn(?:[ \t]+giao)?"
    r"|(?<![^\W_])(?<!bàn )(?<!chuyển )(?<!được )(?<!giao )(?i:giao))[ \t]+$"
)
"""'kỳ hạn ', 'kỳ hạn giao ', 'giao ' right before the month."""
_TRADED_BEFORE = re.compile(
    r"(?<![^\W_])(?i:giá|vàng|bạc|bạch[ \t]+kim|pal+adi(?:um)?|dầu|brent|wti|đồng"
    r"|hợp[ \t]+đồng|cà[ \t]+phê|arabica|robusta|ca[ \t]+cao|đường|lúa[ \t]+mì|ngô"
    r"|đậu[ \t]+tương|cao[ \t]+su|khí[ \t]+đốt|quặng|bông|kỳ[ \t]+hạn)(?![^\W_])"
)
"""A traded good or a price before 'giao': the month names a futures contract."""
_SIDES_AFTER = re.compile(
    r"[ \t]+(?:bên(?![ \t]*(?:cạnh|kia|này|ấy)(?![^\W_]))"
    r"|phía(?![ \t]*(?:bắc|nam|đông|tây|trước|sau|trên|dưới|Bắc|Nam|Đông|Tây)(?![^\W_])))"
    r"(?![^\W_])"
)
_ENDS_AFTER = re.compile(
    r"[ \t]+(?:chiều(?![ \t]+(?:nay|qua|mai|tối|tà|hôm|thứ|ngày|cao|dài|rộng|sâu))"
    r"|biên(?![ \t]+(?:bản|giới|tập|kịch|phòng|chế|độ|lai|soạn|dịch|nhận|đội|niên|cương))"
    r"|đầu[ \t]+(?:cầu|tuyến|đường|dây|sông|hầm|địa[ \t]+phận|nối))(?![^\W_])"
)
"""'hai chiều', '2 biên', 'hai đầu cầu': the ways, flanks and ends a thing has."""
_FOUR_SIDES_AFTER = re.compile(
    r"[ \t]+(?:bề|phía|phương(?![ \t]+(?:án|pháp|tiện|thức|hướng|châm|diện|trình|tây|đông))"
    r")(?![^\W_])"
)
"""'bốn bề cánh đồng lúa', 'du khách bốn phương', 'bốn phía': all around, everywhere (not
'bốn phương án', four options)."""
_WHILE_AFTER = re.compile(r"[ \t]+(?:chút|thời[ \t]+gian)(?![^\W_])", re.IGNORECASE)


def names_no_quantity(text: str, mention: Mention) -> bool:
    """True for a ranking list's size, an era as an attribute, both sides, a while, a
    label, a match period or a plan's horizon (see the module doc)."""
    kind = mention.kind
    if kind == "year":
        return (
            _an_era(text, mention)
            or _SEASON.fullmatch(mention.text) is not None
            or _a_plan_horizon(text, mention)
        )
    if kind == "date":
        if mention.text[:5].lower() != "tháng":
            return False
        before = _before(text, mention)
        return _AWARD_BEFORE.search(before) is not None or _a_futures_month(before)
    if kind == "ordinal":
        before = _before(text, mention)
        if mention.text[:3].lower() == "thứ" and (
            _PERIOD_BEFORE.search(before) or _LISTED_PERIODS_BEFORE.search(before)
        ):
            return True
        if mention.value == _THIRD and _PARTY_BEFORE.search(before):
            return True
        return _BIRTHDAY_BEFORE.search(before) is not None or _a_study_year(text, mention, before)
    four = kind == "count" and mention.text[-3:].lower() == "bốn"  # 'gần như bốn bề' too
    if four and _FOUR_SIDES_AFTER.match(text, mention.end) is not None:
        return True
    if kind != "count" or mention.qualifier != "exact":
        return False
    value = mention.value
    if mention.text.isdigit():
        before = _before(text, mention)
        if _LABEL_BEFORE.search(before):
            return True
        if isinstance(value, int) and value <= _TOP_LEVEL and _LEVEL_BEFORE.search(before):
            return True
    if value == 1:
        return _WHILE_AFTER.match(text, mention.end) is not None
    if value == 2 and (_SIDES_AFTER.match(text, mention.end) or _two_ends(text, mention)):
        return True
    return _a_ranking(text, mention)


def _a_study_year(text: str, mention: Mention, before: str) -> bool:
    if mention.text[:3].lower() != "thứ" or before[-4:-1].lower() != "năm":
        return False
    return (
        _STUDY_YEAR_BEFORE.search(before) is not None
        or _STUDY_YEAR_AFTER.match(text, mention.end) is not None
    )


def _a_futures_month(before: str) -> bool:
    found = _FUTURES_BEFORE.search(before)
    if found is None:
        return False
    if found.group().lower().startswith(("kỳ", "kì")):
        return True
    return _TRADED_BEFORE.search(before, 0, found.start()) is not None


def _two_ends(text: str, mention: Mention) -> bool:
    return _ENDS_AFTER.match(text, mention.end) is not None


def _before(text: str, mention: Mention) -> str:
    return text[max(0, mention.start - _LOOK_BACK) : mention.start]


def _a_ranking(text: str, mention: Mention) -> bool:
    if " " in mention.text.strip():
        return False  # "10 CLB" read with its noun: the noun is in the phrase itself
    if _PLACING_BEFORE.search(_before(text, mention)) is None:
        return False
    ranked = _RANKED_AFTER.match(text, mention.end)
    return ranked is not None and _LISTED_AFTER.match(text, ranked.end()) is None


def _a_plan_horizon(text: str, mention: Mention) -> bool:
    if _HORIZON_AFTER.match(text, mention.end) is not None:
        return True
    if mention.qualifier == "range" and _TITLED_PERIOD.fullmatch(mention.text):
        before = text[max(0, mention.start - _TITLE_LOOK_BACK) : mention.start]
        if _PLAN_TITLE_BEFORE.search(before) is not None:
            return True
    return _HORIZON_BEFORE.search(_before(text, mention)) is not None


def _an_era(text: str, mention: Mention) -> bool:
    if _ERA.match(mention.text) is None:
        return False
    found = _ATTRIBUTE_BEFORE.search(_before(text, mention))
    if found is None:
        return False
    word = found.group("word")
    return word is None or (word.lower() not in _TIME_PARTS and not word.isdigit())
