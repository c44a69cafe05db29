"""When 'một' states a count of one, and when it is the indefinite article.

'một người đàn ông' is 'a man': no count.  'một' is read as the number only where the
sentence asserts one:

- after 'chỉ', 'chỉ còn', 'chỉ có' (only), 'sau đó' / 'trước đó' before a time word,
  or after a hedge ('gần một thập kỷ');
- before a time word that a time elapsed frames: 'một năm trước', 'một ngày sau khi',
  'trong vòng một ngày', 'cách đây một tuần', 'suốt một tuần qua', 'một năm nay', 'tròn
  một năm', 'Sau một tháng, ...' ('một ngày nào đó' is some day);
- the parts a whole is made of: 'gồm một tin tốt và một tin xấu', 'trong đó bao gồm một
  máy bay', and one of a count: '3 học sinh bị bỏng, trong đó có một học sinh bỏng nặng';
- one stroke: 'đâm một nhát';
- dealt out, one to each: 'mỗi tuần một lần', 'phát cho mỗi người một chiếc đồng hồ';
- listed after a count: '6 cứ điểm, 3 xe, một phương tiện chiến thuật và một hệ thống
  súng cối', 'hai cuộc điều tra nội bộ, một cuộc điều tra do USCG thực hiện', unless it
  picks one of the things counted ('hai con gái, một bé 4 tuổi', '2 lần, một lần để ...');
- a parent of one child: 'ông bố một con';
- a toll: 'khiến một người tử vong', 'làm một người bị thương', 'tông chết một người',
  'một nữ hành khách tử vong' (a casualty word after a person, or 'chết' before);
- listed before a count of the same thing: 'một tàu khu trục Iran và hai tàu khu trục
  Trung Quốc';
- a portion taken: 'uống một ly nước ấm', 'ăn một chén yến mạch' (a verb of eating or
  drinking before a cup, bowl or spoon);
- the low end of a range: 'phạt tù từ một năm đến năm năm', 'từ một đến ba nguyện vọng'.

Never a count, whatever comes before: a person brought in as the source of what is
said ('..., một lãnh đạo Công an tỉnh cho biết', 'một nguồn tin giấu tên nói'), and the
one thing a saying sets up ('chỉ có một thứ mà ta phải cúi đầu', 'tôi chỉ có một từ để
nói', 'chỉ có một mong ước duy nhất là ...').
"""

from __future__ import annotations

import re

from claims.extract.grammar.numeral_words import SCALE_WORDS, UNIT_TAIL_WORDS

_ONE_ASSERTED = re.compile(r"(?<![^\W_])(?:[Cc]hỉ[ \t]+(?:còn|có)|[Ss]au đó|[Tt]rước đó)[ \t]+$")
"""Words after which 'một' states a number: 'chỉ còn một cơ hội', 'sau đó một ngày'."""
_ONE_LEADS = ("còn ", "có ", "đó ")
_ONLY = re.compile(r"(?<![^\W_])[Cc]hỉ[ \t]+$")
"""'chỉ một lần': 'only' before a unit; before a noun 'chỉ' may be the verb 'point at'."""
_NOT_ONE_AFTER = re.compile(
    r"[ \t]*(?:[^\w \t]|$"
    r"|(?:số|vài|chút|tí|xíu|cách|khi|mình|lúc|lát|phần|nửa|trong|ít|loạt|hai|lượng)(?![^\W_]))"
)
"""'chỉ có một số', 'chỉ một chút', 'chỉ một mình', 'mỗi anh giảm một tí': no count of one."""
_SPAN_BEFORE = re.compile(
    r"(?<![^\W_])(?:[Tt]rong vòng|[Cc]ách đây|[Mm]ất|[Kk]éo dài|[Ss]uốt|[Tt]ròn|[Đđ]úng"
    r"|[Kk]ỷ niệm)[ \t]+$"
)
_TIME_ANCHOR_AFTER = re.compile(
    r"[ \t]+(?:(?:trước|sau)(?![^\W_])(?![ \t]+này(?![^\W_]))"
    r"|(?:vừa[ \t]+)?qua(?![^\W_])(?![ \t]+(?:đời|lại|khỏi|mặt)(?![^\W_]))"
    r"|nay(?![^\W_])(?![ \t]+là(?![^\W_]))|gần[ \t]+đây|trời(?![^\W_])"
    r"|(?:đã[ \t]+)?trôi[ \t]+qua)"
)
"""'trong vòng một ngày', 'cách đây một năm', 'một năm trước', 'một ngày sau khi', 'suốt
một tuần qua', 'một năm nay', 'tròn một năm', 'đúng một tuần', 'một tháng trời', 'Một
ngày đã trôi qua': a time that elapsed, which the writer states; 'một ngày sau này' is
'some day later'."""
_AFTER_ONE_SPAN = re.compile(r"(?:^|(?<=[.!?\n]))[ \t\"“]*(?:[Cc]hỉ[ \t]+)?[Ss]au[ \t]+$")
_CLAUSE_END = re.compile(r"[ \t]*,")
"""'Sau một tháng, đã có 9.300 lượt buýt': a sentence that opens on the time elapsed."""
_EACH_BEFORE = re.compile(
    r"(?P<giving>(?<![^\W_])(?:cho|phát|gửi|tặng|trao|chia|giao)[ \t]+)?[Mm]ỗi[ \t]+"
    r"(?P<each>[^\W\d_]+)(?P<verb>[ \t]+(?!là(?![^\W_]))[^\W\d_]+)?[ \t]+$"
)
_EACH_TIME = frozenset({"lúc", "ngày", "năm", "tháng", "tuần", "giờ", "khi"})
"""'mỗi ngày một sang chảnh', 'mỗi lúc một đông': more so each day, no count; after a time
word only a unit is dealt out ('mỗi tuần một lần', 'mỗi phường một năm')."""
_NOT_DEALT_AFTER = re.compile(
    r"[ \t]+(?:ý|vẻ|kiểu|nơi|ngả|phách|phương|khác|màu|việc|góc)(?![^\W_])"
    r"|[^.,;:!?\n]{0,30}(?<![^\W_])khác(?![^\W_])"
)
"""'mỗi người một ý', 'mỗi người một việc', 'mỗi người có một tông màu da khác nhau':
each their own, no count.  A noun dealt out needs a verb: 'phát cho mỗi người một
chiếc đồng hồ', 'mỗi đội gồm một diễn viên' ('mỗi bé một tính khí' is each their own)."""
_LIST_WORD = r"(?!và(?![^\W_]))[^\W\d_]+"
_JOINER = r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)"
_LIST_ITEM = rf"{_LIST_WORD}(?:[ \t]+{_LIST_WORD}){{0,8}}"
_LISTED_AFTER_COUNT = re.compile(
    rf"(?:[ \t]+{_LIST_WORD}){{1,8}}(?:{_JOINER}{_LIST_ITEM})*{_JOINER}"
)
"""Between a count and 'một': the count's noun phrase, maybe more items of the list
('3 xe, một phương tiện chiến thuật và'), then a comma or 'và'."""
_FIRST_ITEM = re.compile(r"[^,.;:!?\n]*?(?=[ \t]*(?:,|(?<![^\W_])và(?![^\W_])))")
_SHORT_ITEM = 3
_HEAD_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_LAST_WORD = re.compile(r"(?<![^\W_])([^\W\d_]+)$")
_ONE_OF_THEM_WORDS = "người bé cô anh chị ông bà nam nữ tên em cháu đứa chiếc cái con là"
_ONE_OF_THEM = frozenset(_ONE_OF_THEM_WORDS.split())
"""'hai con gái, một bé 4 tuổi': one of the two already counted, no new count; nor is
'hai yếu tố, một là ...' (the first of them)."""
_PARENT_BEFORE = re.compile(r"(?<![^\W_])(?:bố|mẹ|cha)[ \t]+$")
_CHILD_AFTER = re.compile(r"[ \t]+con(?![^\W_])")
_ENUMERATION_OPENS = re.compile(
    r"(?<![^\W_])(?:(?P<among>[Tt]rong[ \t]+đó,?[ \t]+(?:bao[ \t]+)?gồm)|gồm(?:[ \t]+cả)?)[ \t]+$"
)
_ANOTHER_ITEM = re.compile(
    r"(?:[^.;:!?\n()]{1,80}?(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)(?:một|hai|ba)"
    r"|[ \t]+[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t,]+\d+)[ \t]+[^\W\d_]"
)
_LATER_ITEM = re.compile(
    r"g(?<![^\W_]g)ồm(?:[ \t]+cả)?[ \t]+một[ \t][^.;:!?\n()]{1,80}?"
    r"(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)$"
)
"""'Hai thông tin ... gồm một tin tốt và một tin xấu', 'bị thương gồm một cảnh sát và một
dân thường', 'trong đó bao gồm một máy bay': the parts of a whole, each counted; a lone
'bao gồm một biểu tượng hình vương miện' describes, it does not count."""
_AMONG_THEM = re.compile(r"(?<![^\W_])[Tt]rong[ \t]+đó,?[ \t]+có[ \t]+$")
"""'khiến 3 học sinh bị bỏng, trong đó có một học sinh bỏng nặng': one of a count."""
_STROKE_AFTER = re.compile(r"[ \t]+nhát(?![^\W_])")
_IS_BEFORE = re.compile(r"(?<![^\W_])là[ \t]+$")
"""'đâm một nhát vào bụng': one stab; 'là một nhát dao đối với chúng tôi' is a figure."""
_PERSON_HEADS = (
    "người|nam|nữ|cháu|bé|em|anh|chị|ông|bà|cô|chú|cụ|thanh niên|phụ nữ|đàn ông|trẻ|"
    "học sinh|sinh viên|công nhân|hành khách|du khách|nạn nhân|binh sĩ|chiến sĩ|lính|"
    "cảnh sát|công an|bệnh nhân|thai phụ|sản phụ|tài xế|ngư dân|thuyền viên|thủy thủ|"
    "thợ|người dân|trẻ em|đứa trẻ|cầu thủ|nhân viên|bác sĩ|phi công|quân nhân"
)
_TOLL_AFTER = re.compile(
    rf"[ \t]+(?:{_PERSON_HEADS})(?![^\W_])"
    r"(?P<between>(?:[ \t]+(?!(?:và|hoặc|hay|với|cùng|của|khiến|làm|gây|là)(?![^\W_]))"
    r"[^\W\d_]+){0,3}?)[ \t]+(?:(?:đã|cũng|bị|đều)[ \t]+)?"
    r"(?:tử[ \t]+vong|thiệt[ \t]+mạng|tử[ \t]+nạn|chết(?![ \t]+não)|bị[ \t]+thương|mất[ \t]+tích)"
    r"(?![^\W_])"
)
"""'một người tử vong', 'một nữ hành hành khách tử vong', 'một người bị thương': a toll,
counted; not across a joiner or a verb of causing ('một vụ tai nạn khiến 2 người chết'
has no person after 'một'), nor brain death ('từ cơ thể của một người bị chết não': a
donor)."""
_RELATIVE_BEFORE = re.compile(r"(?<![^\W_])mà[ \t]+$")
"""'khu vực mà một đứa trẻ bị mất tích': any child, no toll."""
_KILLER = re.compile(r"(?<![^\W_])(?:sống|bắn|đâm|đánh|giết|cán|tông)(?![^\W_])")
_PASSIVE = re.compile(r"(?<![^\W_])bị(?![^\W_])")
"""'bị một người thợ săn bắn chết': the one who kills, no toll ('một phụ nữ bị sét đánh
chết' is the one killed); 'một bà mẹ sống chết vì con': life and death, no toll."""
_TOLL_BEFORE = re.compile(r"(?<![^\W_])chết[ \t]+$")
_PERSON_AFTER = re.compile(rf"[ \t]+(?:{_PERSON_HEADS})(?![^\W_])")
"""'tông chết một người làm ...', 'bắn chết một cảnh sát': the one killed."""
_PORTION = re.compile(r"(?<![^\W_])(?:uống|ăn|dùng|húp|pha)(?:[ \t]+(?:thêm|hết|khoảng))?[ \t]+$")
_PORTION_AFTER = re.compile(r"[ \t]+(?:ly|cốc|chén|bát|tô|thìa|muỗng|tách|nắm)(?![^\W_])")
"""'uống một ly nước ấm', 'ăn một chén yến mạch', 'pha một thìa': a portion, counted; not
'cho' ('cho một tô lớn' puts into a bowl, '20.000 đồng cho một cốc nước' prices one), nor a
sip ('nhấp một ngụm cà phê': a gesture in a story)."""
_LISTED_BEFORE_COUNT = re.compile(
    r"[ \t]+(?P<head>[^\W\d_]+)(?:[ \t]+[^\W\d_]+){0,5}?"
    r"[ \t]*(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)"
    r"(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|mười)[ \t]+(?P<again>[^\W\d_]+)(?![^\W_])"
)
"""'một tàu khu trục Iran và hai tàu khu trục Trung Quốc', 'một con trai và hai con gái':
one of a list whose next item counts the same thing.  Not 'Một là ..., hai là ...' (first,
second), nor the saying 'một điều nhịn, chín điều lành', nor one of a group whose rest
follows ('Trong 3 cô gái, một cô khai ..., hai cô còn lại')."""
_REST_AFTER = re.compile(r"(?:[ \t]+[^\W\d_]+){0,2}?[ \t]+còn[ \t]+lại(?![^\W_])")
_SOURCE_HEADS = (
    "lãnh đạo|quan chức|giới chức|nguồn tin|chuyên gia|nhà|người|đại diện|cán bộ|"
    "phát ngôn viên|nhân chứng|cư dân|sĩ quan|bác sĩ|luật sư|giám đốc|thành viên|"
    "nhân viên|cựu|cảnh sát|công an|chiến sĩ|chỉ huy|tướng|nghị sĩ|phóng viên|giáo viên|"
    "phụ huynh|tiểu thương|tài xế|chủ|trợ lý|cố vấn|điều tra viên|viên chức|quản lý|"
    "nông dân|ngư dân|hàng xóm|du khách|hành khách|khách hàng|sinh viên|học sinh|"
    "ông|bà|anh|chị|cô|chú|cụ"
)
_SPEECH_VERBS = (
    "cho biết|cho hay|cho rằng|nói|cảnh báo|khẳng định|chia sẻ|tiết lộ|thừa nhận|"
    "xác nhận|nhận định|giải thích|kể|tâm sự|bình luận|nhận xét|phát biểu|trả lời|"
    "dự báo|đánh giá|nhấn mạnh|tuyên bố|bày tỏ"
)
_SOURCE_AFTER = re.compile(
    rf"[ \t]+(?:{_SOURCE_HEADS})(?![^\W_])(?:[ \t]+[^\W\d_]+){{0,8}}?"
    rf"[ \t]+(?:{_SPEECH_VERBS})(?![^\W_])"
)
"""'..., một lãnh đạo Công an tỉnh Hòa Bình cho biết', 'một nhà thiên văn học nổi tiếng
cảnh báo', 'một nguồn tin giấu tên nói': a person brought in as a source, no count (not
across a comma: 'khiến một người bị thương, anh Nam cho biết' keeps its toll)."""
_SAYING_AFTER = re.compile(r"[ \t]+(?:thứ|từ|điều|mong muốn|mong ước|ước mơ|mục tiêu)(?![^\W_])")
"""'chỉ có một thứ mà ...', 'tôi chỉ có một từ để nói', 'Chỉ còn một từ: "cạn lời"',
'chỉ có một mong ước duy nhất là ...', 'chỉ có một mục tiêu đó là ...': the one thing a
saying sets up, not counted ('chỉ còn một cơ hội', 'chỉ có một con đường' still count)."""
_LOOK_BACK = 30
_RANGE_FROM_BEFORE = re.compile(r"(?<![^\W_])[Tt]ừ[ \t]+$")
_RANGE_TO_AFTER = re.compile(r"[ \t]+(?:đến|tới)[ \t]+(?:\d|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)")
"""'từ một … đến N': one is the low end of a range the text states."""
_ITEM_LOOK_BACK = 120
_NUMBER_WORDS = frozenset([*UNIT_TAIL_WORDS, *SCALE_WORDS, "mươi", "mười", "linh", "lẻ", "rưỡi"])
_LIST_REACH = 160


def one_with_unit_counts(
    text: str, start: int, tail_end: int, is_duration: bool, hedged: bool, last_count_end: int
) -> bool:
    """'một' before a time word or 'lần' (read as the unit ending at ``tail_end``)."""
    before = max(0, start - _LOOK_BACK)
    if hedged or _ONLY.search(text, before, start) or _ONE_ASSERTED.search(text, before, start):
        return True
    if _RANGE_FROM_BEFORE.search(text, before, start) and _RANGE_TO_AFTER.match(text, tail_end):
        return True  # "phạt tù từ một năm đến năm năm": the low end of a range
    if is_duration and (
        _SPAN_BEFORE.search(text, before, start)
        or _TIME_ANCHOR_AFTER.match(text, tail_end)
        or (_AFTER_ONE_SPAN.search(text, before, start) and _CLAUSE_END.match(text, tail_end))
    ):
        return True
    return _dealt_or_listed(text, start, start + 3, last_count_end, unit=True)


def bare_one_counts(text: str, start: int, end: int, last_count_end: int) -> bool:
    """'một' before a noun: 'chỉ còn một cơ hội', 'mỗi người một chiếc', '3 xe, một ...'."""
    if _RANGE_FROM_BEFORE.search(text, max(0, start - 4), start) and _RANGE_TO_AFTER.match(
        text, end
    ):
        return True  # "đăng ký từ một đến ba nguyện vọng", "từ một đến hai tuần"
    if _NOT_ONE_AFTER.match(text, end):
        return False
    if text.endswith(_ONE_LEADS, 0, start) and _ONE_ASSERTED.search(
        text, max(0, start - _LOOK_BACK), start
    ):
        return _SAYING_AFTER.match(text, end) is None
    if _SOURCE_AFTER.match(text, end):
        return False  # "một lãnh đạo Công an tỉnh cho biết": the source, no count
    if _PARENT_BEFORE.search(text, max(0, start - 8), start) and _CHILD_AFTER.match(text, end):
        return True  # "ông bố một con"
    if _listed_part(text, start, end, last_count_end):
        return True
    if _STROKE_AFTER.match(text, end) and not _IS_BEFORE.search(text, max(0, start - 4), start):
        return True  # "đâm một nhát"
    if (_toll(text, end) and not _RELATIVE_BEFORE.search(text, max(0, start - 4), start)) or (
        _TOLL_BEFORE.search(text, max(0, start - 8), start) and _PERSON_AFTER.match(text, end)
    ):
        return True  # "khiến một người tử vong", "tông chết một người"
    if _PORTION.search(text, max(0, start - 16), start) and _PORTION_AFTER.match(text, end):
        return True  # "uống một ly nước ấm"
    listed = _LISTED_BEFORE_COUNT.match(text, end)
    head = listed.group("head").lower() if listed is not None else "là"
    if (
        head != "là"
        and listed is not None
        and head == listed.group("again").lower()
        and not _REST_AFTER.match(text, listed.end())
    ):
        return True  # "một tàu khu trục Iran và hai tàu khu trục Trung Quốc"
    return _dealt_or_listed(text, start, end, last_count_end)


def _toll(text: str, end: int) -> bool:
    """'một người tử vong', 'một phụ nữ bị sét đánh chết' (see ``_TOLL_AFTER``)."""
    toll = _TOLL_AFTER.match(text, end)
    if toll is None:
        return False
    between = toll.group("between")
    if "sống" in between.split():
        return False
    return not _KILLER.search(between) or _PASSIVE.search(text, end, toll.end()) is not None


def _dealt_or_listed(
    text: str, start: int, end: int, last_count_end: int, *, unit: bool = False
) -> bool:
    each = _EACH_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    dealt = each is not None and (
        unit
        or (
            each.group("each").lower() not in _EACH_TIME
            and (each.group("giving") is not None or each.group("verb") is not None)
        )
    )
    if dealt and not _NOT_DEALT_AFTER.match(text, end):
        return True
    if not 0 <= last_count_end < start or start - last_count_end > _LIST_REACH:
        return False
    if _LISTED_AFTER_COUNT.fullmatch(text, last_count_end, start) is None:
        return False
    own = _HEAD_WORD.match(text, end)
    if own is None:
        return False
    own_word = own.group(1).lower()
    if own_word in _ONE_OF_THEM:
        return False
    # "hai loại, một loại tự động": one of the two kinds just named; "hai cuộc điều tra
    # nội bộ Hải quân Mỹ, một cuộc điều tra do USCG": a third, told apart by its own words
    first_item = _FIRST_ITEM.match(text, last_count_end)
    short = first_item is not None and len(first_item.group().split()) <= _SHORT_ITEM
    return not short or own_word != _head_of_count(text, last_count_end)


def _head_of_count(text: str, count_end: int) -> str:
    """The unit read with the count ('lần' of '2 lần'), else the noun after it."""
    unit = _LAST_WORD.search(text, max(0, count_end - 12), count_end)
    if unit is not None and unit.group(1).lower() not in _NUMBER_WORDS:
        return unit.group(1).lower()
    head = _HEAD_WORD.match(text, count_end)
    return head.group(1).lower() if head is not None else ""


def _listed_part(text: str, start: int, end: int, last_count_end: int) -> bool:
    """'gồm một tin tốt và một tin xấu', 'trong đó có một người' after a count."""
    before = max(0, start - _LOOK_BACK)
    opens = _ENUMERATION_OPENS.search(text, before, start)
    if opens is not None and (
        opens.group("among") is not None or _ANOTHER_ITEM.match(text, end) is not None
    ):
        return True
    if _LATER_ITEM.search(text, max(0, start - _ITEM_LOOK_BACK), start):
        return True
    return (
        0 <= last_count_end < start
        and start - last_count_end <= _LIST_REACH
        and _AMONG_THEM.search(text, before, start) is not None
        and not any(stop in text[last_count_end:start] for stop in ".!?\n")
    )
