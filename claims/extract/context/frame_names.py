"""Numbers that name a frame rather than assert a quantity: a class, a stage, a label.

tests/gold/README.md counts enumeration labels ("Dự án thứ nhất là ..."), the edition of
a named event, list names and section numbers as non-claims.  These are told from the
words right around the number:

- **A class of service, of honour or of league.** "bữa ăn trên khoang hạng nhất",
  "hành khách hạng nhất", "Huân chương Lao động hạng Nhất", "huy chương kháng chiến hạng
  nhì", "Giải bóng đá hạng nhất Pháp", "các câu lạc bộ hạng nhất", "chơi hạng Nhất, hạng
  Nhì", "trận tranh hạng ba": which cabin, which order of a decoration, which
  division, which match; nobody is ranked ('xếp hạng 5', 'tay vợt hạng 47 thế giới',
  'giành hạng 3', 'đội hạng ba chung cuộc' rank, and stay claims).  The same classes
  read as counts: the prize a number before counts ("74.518 giải Ba trị giá 30.000
  đồng/giải", where 'đoạt giải Ba' ranks a winner, and stays), a school level ("học sinh
  cấp hai", "giáo viên cấp ba"), a house's grade ("nhà cấp bốn") and a league's tier
  ("sân chơi hạng hai châu Âu").
- **A stage of a competition.** "ở lượt trận thứ 2 vòng bảng", "vòng loại thứ ba Asian
  Cup 2019", "vòng đấu thứ 20", "lượt đấu thứ 2": the stage's name, like "vòng 16" (an
  identifier in the README's sense; tests/gold/dev8 labels these so).  'phiên giảm sàn
  thứ 3 liên tiếp', 'chặng thứ 5 liên tiếp' count a run, and a lap ('bỏ cuộc ở vòng thứ
  66') is a time in the race: both stay claims.  The same stages numbered without 'thứ'
  read as counts: "các trận đấu ở lượt 2 của bảng A", "(lượt 1 bảng B Confederations
  Cup)", "ở vòng đấu 38, ..." ('lần lượt 9 và 12 triệu đồng' is 'respectively', 'Đến lượt
  3 giám khảo' counts judges).
- **An item's label.** "* Khả năng thứ nhất, Bồ Đào Nha thua ...", "Cách thứ nhất, bạn
  hãy ...", "Câu chuyện thứ nhất: ...": a noun and its rank opening an item, then a comma
  or a colon, like "Thứ nhất, ..." and "Dự án thứ nhất là ..." (which the grammar reads as
  identifiers).  A time ('Phút thứ 89, ...', 'Ngày thứ ba, ...') stays a claim.  So does
  a section's number "PHẦN 1:", "Cách 2:", "Kiểu 1:" (like "Bước 1", "Phần 2").
- **A label numbered without 'thứ'.** "Đối với lớp 10 chuyên", "học sinh lớp 1 và lớp
  6", "thua nhanh trong set 1", "với khóa 2 và những khóa tiếp theo", "Đối với đợt 2 năm
  2017", "Bài 2: Thách thức của ...", "trong bài 1 của loạt phóng sự", "từ câu 1 đến câu
  40": a grade, a set, a course, a phase, a part or a question, like "lớp 3", "set 1",
  "khóa 1", "đợt 1" (identifiers in the gold).  A noun the number counts after it ('lớp 30
  học sinh') and the pieces of a hook or a cycle ('lưỡi câu 6 ngạnh', 'chu kỳ 4 nhịp')
  stay claims.
- **The edition of an occasion.** "kỷ niệm ngày độc lập lần thứ 119", "Kỷ niệm lần thứ
  110 ngày sinh", "Quốc khánh Pháp lần thứ 228", "Ngày Thơ Việt Nam lần thứ 15": which
  anniversary is meant, like the edition of a festival ("LHP Cannes lần thứ 70", read by
  the grammar).  'được tổ chức lần thứ 2' tells how often, and stays a claim.  So are a
  meeting's, a show's and a work's editions: "khai mạc Phiên họp thứ 12", "Ủy ban Thường
  vụ Quốc hội họp phiên thứ 11" (like "kỳ họp thứ 3"), "quán quân Thần tượng Bolero mùa
  thứ hai", "The Face mùa thứ 2" (a season of a show: a word of television near), "phần
  thứ năm của Transformers", "trong phần thứ 8 của ..." (like "phần hai", "tập 3").  A
  market's sessions count ('tăng phiên thứ 4 liên tiếp'), and stay claims.
- **The size of the list that follows.** "Dưới đây là 4 điều báo trước bé sắp bị ốm",
  "Với 5 loại rau luộc dưới đây", "tìm hiểu 6 bí quyết sau đây", "vì ba lý do sau: ...":
  the writer's choice of how many items to show, a list's name (the README's "10 ứng
  dụng được tải về nhiều nhất").  So is a top list, "Top 5": "luôn nằm trong Top 5 quốc
  gia xuất khẩu tôm hàng đầu", "thuộc tốp 2.000 công ty lớn nhất", "lọt top 30 quốc gia"
  (a group, "2 tốp khoảng 57 xe", "một tốp từ 3 - 4 người", counts; the members listed
  after 'gồm' tell how many took part: "top bốn thí sinh gồm: ...", and stay claims).

Anything less certain stays a claim.
"""

from __future__ import annotations

import re

from claims.extract.context.tails import TailPattern
from claims.extract.grammar.char_classes import VIETNAMESE_CAPITAL
from claims.extract.grammar.patterns import NOUN_TAIL
from claims.model import Mention

_LOOK_BACK = 60

# --- classes: 'hạng nhất' -------------------------------------------------------

_CLASS_BEFORE = re.compile(
    r"(?:(?<![^\W_])(?:[Hh]uân|[Hh]uy|HUÂN|HUY)[ \t]+(?:chương|CHƯƠNG)(?:[ \t]+[^\W\d_]+){0,4}"
    r"|(?<![^\W_])(?i:khoang|vé|ghế|toa|cabin|hành[ \t]+khách|suất[ \t]+ăn|phòng[ \t]+chờ)"
    r"|(?<![^\W_])(?i:giải)(?:[ \t]+(?i:bóng[ \t]+đá|vô[ \t]+địch|đấu|quốc[ \t]+gia))*"
    r"|(?<![^\W_])(?i:câu[ \t]+lạc[ \t]+bộ|CLB|chơi|tranh))"
    r"[ \t]+(?:(?i:hạng)[ \t]+[^\W\d_]+[ \t]*,[ \t]*)?$"
)
"""'Huân chương Lao động ', 'khoang ', 'hành khách ', 'Giải bóng đá ', 'chơi
hạng Nhất, ', 'tranh ' right before 'hạng N'."""

_RANK_WORDS = frozenset({"một", "hai", "ba", "bốn", "tư", "nhất", "nhì", "1", "2", "3", "4"})
_CLASS_COUNT_BEFORE = re.compile(
    r"(?:\d[ \t]+(?i:giải)"
    r"|(?<![^\W_])(?i:học[ \t]+sinh|giáo[ \t]+viên|trường|bậc|nhà)[ \t]+(?i:cấp)"
    r"|(?<![^\W_])(?i:sân[ \t]+chơi|giải(?:[ \t]+đấu)?)[ \t]+(?i:hạng))[ \t]+$"
)
"""'74.518 giải ', 'học sinh cấp ', 'nhà cấp ', 'sân chơi hạng ' right before a rank word."""

# --- stages: 'lượt trận thứ 2' -----------------------------------------------------

_STAGE_BEFORE = re.compile(r"(?<![^\W_])(?i:vòng[ \t]+(?:loại|đấu)|lượt[ \t]+(?:trận|đấu))[ \t]+$")
_STAGE_COUNT_BEFORE = TailPattern(
    re.compile(
        r"(?<![^\W_])(?<!lần )(?<!Lần )(?i:lượt|lượt[ \t]+(?:trận|đấu)|vòng[ \t]+đấu)[ \t]+$"
    ),
    ("lượt", "trận", "đấu"),
)
_STAGE_COUNT_AFTER = re.compile(r"[ \t]*(?:[,.;:)]|(?:của[ \t]+)?(?i:bảng|vòng)(?![^\W_]))")
"""'lượt 2 của bảng A', 'lượt 1 bảng B', 'vòng đấu 38,': a stage's number, no count."""
_LABEL_NOUN_BEFORE = TailPattern(
    re.compile(
        r"(?<![^\W_])(?<!triệu )(?<!sưu )(?<!lưỡi )(?<!chu )"
        r"(?i:set|lớp|khóa|khoá|đợt|phân[ \t]+kỳ)[ \t]+$"
    ),
    ("set", "lớp", "khóa", "khoá", "đợt", "kỳ"),
)
"""'lớp 10', 'set 1', 'khóa 2', 'đợt 2' ('triệu tập 26', 'bộ sưu tập 12' are no course)."""
_PIECE_BEFORE = TailPattern(
    re.compile(r"(?<![^\W_])(?<!lưỡi )(?:[Bb]ài|[Cc]âu|BÀI|CÂU)[ \t]+$"), ("bài", "câu")
)
_LABEL_CLOSES = re.compile(r"[ \t]*[:.)]")
"""What closes a numbered part or section label: 'Bài 2:', '(bài 2)', 'PHẦN 1.'."""
_DAY_LABEL = re.compile(r"(?:[Nn]gày|NGÀY)[ \t]+\d{1,2}")
_DAY_LABEL_CLOSES = re.compile(r"[ \t]*:(?![ \t]*\d)")
_QUESTION_RUN_BEFORE = TailPattern(
    re.compile(r"(?<![^\W_])(?i:từ|đến|tới)[ \t]+(?i:câu)[ \t]+$"), ("câu",)
)
_SERIES_AFTER = re.compile(r"[ \t]+của[ \t]+(?:loạt|series|chuyên[ \t]+đề)", re.IGNORECASE)
"""'Bài 2:', '(bài 2)', 'từ câu 1 đến câu 40', 'bài 1 của loạt phóng sự': a part or a question."""
_RUN_AFTER = re.compile(r"[ \t]*(?:liên[ \t]+tiếp|liền)(?![^\W_])", re.IGNORECASE)

# --- item labels: 'Khả năng thứ nhất,' ---------------------------------------------

_ITEM_LABEL_BEFORE = re.compile(
    r"(?:[.!?:;\n]|[*•+\-–][ \t])[ \t\"“]*"
    rf"(?P<noun>{VIETNAMESE_CAPITAL}"
    r"[^\W\d_]*(?:[ \t]+[^\W\d_]+)?)[ \t]+$"
)
"""A capitalised noun of one or two words opening a sentence or an item."""
_LABEL_END = re.compile(r"[ \t]*[,:]")
_TIME_NOUN_LIST = "phút giây giờ ngày đêm tuần tháng năm quý mùa hiệp set ván game trận vòng"
_TIME_NOUNS = frozenset(_TIME_NOUN_LIST.split())
"""'Phút thứ 89, ...', 'Ngày thứ ba, ...': a time, which is a claim."""
_NOT_A_LABEL_LIST = "đến tới ngay ở sang trong sau từ vào tại cho đầu cuối là"
_NOT_A_LABEL = frozenset(_NOT_A_LABEL_LIST.split())
"""'Đến phút thứ 83,', 'Ở set thứ 3,': a preposition before the noun makes it a time or a
place in the text's narrative, not an item's label."""
_OPINION_LABEL_BEFORE = re.compile(
    r"(?<![^\W_])(?:ý[ \t]+kiến|kịch[ \t]+bản|nhóm[ \t]+vấn[ \t]+đề|quan[ \t]+điểm)[ \t]+$",
    re.IGNORECASE,
)
"""'Loại ý kiến thứ nhất cho rằng', 'luồng ý kiến thứ hai', 'kịch bản thứ 3 là', 'nhóm vấn đề
thứ 2 liên quan đến': one of the opinions, scenarios or topics an article goes through, named
by its place in the list wherever the sentence goes on, as 'Dự án thứ nhất là'."""
_SECTION_BEFORE = TailPattern(
    re.compile(r"(?<![^\W_])(?:PHẦN|CÁCH|KIỂU|MẸO|CHƯƠNG|[Cc]ách|[Kk]iểu|[Mm]ẹo|[Cc]hương)[ \t]+$"),
    ("phần", "cách", "kiểu", "mẹo", "chương"),
)
"""'PHẦN 1:', 'Cách 2:', 'Kiểu 1:' ('Phần 2', 'Bước 1' are the grammar's identifiers)."""

# --- editions: 'ngày độc lập lần thứ 119' ---------------------------------------------

_OCCASION_BEFORE = re.compile(
    r"(?:(?<![^\W_])(?i:kỷ|kỉ)[ \t]+(?i:niệm)"
    r"|(?<![^\W_])(?:(?i:quốc[ \t]+khánh)|(?i:ngày)[ \t]+(?i:độc[ \t]+lập|sinh|thành[ \t]+lập"
    r"|truyền[ \t]+thống|giải[ \t]+phóng)|Ngày[ \t]+[A-ZĐ][^\W\d_]*)(?:[ \t]+[^\W\d_]+){0,5})"
    r"[ \t]+(?i:lần)[ \t]+$"
)
"""'kỷ niệm lần ', 'Quốc khánh Pháp lần ', 'ngày độc lập lần ', 'Ngày Thơ Việt Nam lần '."""

_EDITION_BEFORE = re.compile(
    r"(?<![^\W_])(?:(?i:phiên[ \t]+họp|họp[ \t]+phiên|phần)|(?P<season>(?i:mùa)))[ \t]+$"
)
"""'Phiên họp ', 'họp phiên ', 'phần ', 'mùa ' right before 'thứ N'."""
_SHOW = re.compile(
    r"(?i:chương[ \t]+trình|lên[ \t]+sóng|phát[ \t]+sóng|thí[ \t]+sinh|quán[ \t]+quân|show"
    r"|truyền[ \t]+hình)"
)
"""A word of television near 'mùa thứ 2': a show's season, not a harvest's or a sport's."""
_SHOW_REACH = 120

# --- list sizes: 'Dưới đây là 4 điều' ----------------------------------------------

_LIST_OPENS_BEFORE = re.compile(
    r"(?<![^\W_])(?i:dưới|sau)[ \t]+(?i:đây)[ \t]+(?i:là|có)[ \t]+(?i:top[ \t]+)?$"
)
_TOP_BEFORE = TailPattern(
    re.compile(
        r"(?<![^\W_])(?<!\d )(?<!một )(?<!mỗi )(?<!các )(?<!những )(?:top|Top|TOP|tốp|Tốp)[ \t]+$"
    ),
    ("top", "tốp"),
)
_MEMBERS_AFTER = re.compile(r"[^.;!?\n]{0,40}?(?<![^\W_])gồm(?![^\W_])")
_OPENER_REACH = 20
_LIST_REACH = 160
_LIST_FOLLOWS_AFTER = re.compile(
    r"(?:[ \t]+(?!(?:là|và|hoặc|đã|sẽ|được|bị|trong|khi|nhưng|thì|mà)(?![^\W_]))"
    r"[^\W\d_]+|[ \t]*[\"“”'][^\"“”'\n]{1,30}[\"“”']){1,8}?"
    r"(?:[ \t]+(?:dưới|sau)[ \t]+đây(?![^\W_])|(?<!trước)(?<!và)[ \t]+sau[ \t]*:)"
)
"""'4 điều dưới đây', '6 bí quyết sau đây của', 'ba lý do sau:': the noun phrase of the
items, then the words that point at the list ('hai túi nước ối trước và sau:' is no list)."""


def names_a_frame(text: str, mention: Mention) -> bool:
    """True for a class of service, honour or league, a stage, an item's label, an
    occasion's edition or the size of the list that follows (see the module doc).
    Cheap tests of the kind and of the mention's first letters come first."""
    kind = mention.kind
    if kind == "date":
        return _a_day_label(text, mention)
    if kind == "ordinal":
        head = mention.text[:4].lower()
        before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
        if head == "hạng":
            return _CLASS_BEFORE.search(before) is not None
        if head == "lần ":
            return _OCCASION_BEFORE.search(before + "lần ") is not None
        if not head.startswith("thứ"):
            return False
        return (
            _a_stage(text, mention, before)
            or _OCCASION_BEFORE.search(before) is not None
            or _an_edition(text, mention, before)
            or _an_item_label(text, mention, before)
            or _OPINION_LABEL_BEFORE.search(before) is not None
        )
    if kind != "count" or mention.qualifier != "exact":
        return False
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    if mention.text.isdigit() and len(mention.text) <= 2 and _SECTION_BEFORE.search(before):
        return _LABEL_CLOSES.match(text, mention.end) is not None
    if mention.text.isdigit() and len(mention.text) <= 2 and _a_label(text, mention, before):
        return True
    if mention.text.isdigit() and _STAGE_COUNT_BEFORE.search(before[-_OPENER_REACH:]):
        return _STAGE_COUNT_AFTER.match(text, mention.end) is not None
    if _TOP_BEFORE.search(before[-_OPENER_REACH:]):
        return _MEMBERS_AFTER.match(text, mention.end) is None
    if " " in mention.text:
        return False  # "5 đồ uống" read with its noun: left to the noun's own rules
    if mention.text.lower() in _RANK_WORDS and _CLASS_COUNT_BEFORE.search(before):
        return True
    # Plain substring tests first: few counts have 'đây' or 'sau' near.
    if "đây" in before[-_OPENER_REACH:] and _LIST_OPENS_BEFORE.search(before):
        return True
    after = text[mention.end : mention.end + _LIST_REACH]
    if "đây" not in after and "sau" not in after:
        return False
    return _LIST_FOLLOWS_AFTER.match(text, mention.end) is not None


def _a_day_label(text: str, mention: Mention) -> bool:
    """'Ngày 1: Khám phá bờ biển Krabi', 'Ngày 3: Trước khi ăn sáng', 'Wimbledon ngày 1:':
    the days of a plan, a diet or a tournament, numbered; no date. The open corpus's
    twelve 'ngày N:' (not 'ngày 5: 30', a time) are all such labels."""
    return _DAY_LABEL.fullmatch(mention.text) is not None and bool(
        _DAY_LABEL_CLOSES.match(text, mention.end)
    )


def _a_label(text: str, mention: Mention, before: str) -> bool:
    near = before[-_OPENER_REACH:]
    if _LABEL_NOUN_BEFORE.search(near):
        return NOUN_TAIL.match(text, mention.end) is None
    if _PIECE_BEFORE.search(near) is None:
        return False
    return bool(
        _LABEL_CLOSES.match(text, mention.end)
        or _QUESTION_RUN_BEFORE.search(near)
        or _SERIES_AFTER.match(text, mention.end)
    )


def _a_stage(text: str, mention: Mention, before: str) -> bool:
    if _STAGE_BEFORE.search(before) is None:
        return False
    return _RUN_AFTER.match(text, mention.end) is None


def _an_edition(text: str, mention: Mention, before: str) -> bool:
    found = _EDITION_BEFORE.search(before)
    if found is None:
        return False
    if found.group("season") is None:
        return True
    near = text[max(0, mention.start - _SHOW_REACH) : mention.end + _SHOW_REACH]
    return _SHOW.search(near) is not None


def _an_item_label(text: str, mention: Mention, before: str) -> bool:
    if _LABEL_END.match(text, mention.end) is None:
        return False
    if mention.start <= _LOOK_BACK:
        before = "\n" + before  # the text's start opens an item too
    found = _ITEM_LABEL_BEFORE.search(before)
    if found is None:
        return False
    words = found.group("noun").lower().split()
    return words[0] not in _NOT_A_LABEL and _TIME_NOUNS.isdisjoint(words)
