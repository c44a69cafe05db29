"""Counts that are pronouns, idioms or articles: "hai đứa", "hai … đều", "hai đầu", "N trong
1", "như 1 …".

The session-3 convention of tests/gold/README.md: "2 người" for "the two of them" is no
count (``anaphora`` reads it where the two were named).  Two more words do that job on
their own, with no noun after them:

- **"hai đứa", "hai bạn".**  "Sau một năm tìm hiểu, hai đứa cũng đã đến tuổi kết hôn",
  "chỉ hai đứa hiểu", "Chúc cuộc hôn nhân của hai bạn", "khi hai bạn mới chia tay": the
  couple or the pair of friends the text is about ("the two of us", "you two").  With a
  noun after them they count ("hai đứa con", "hai đứa trẻ", "hai bạn tù", "hai bạn học
  cùng lớp", "hai bạn nữ còn lại"), and so they do after a verb of having or bearing or
  beside someone ("Chúng có hai đứa", "đẻ không chỉ một mà hai đứa", "Chiến và hai bạn
  cùng lớp"), before names ("Hai bạn Diệp và Mai") or before a toll.
- **"hai người" before a predicate.**  "Sau gần ba năm hẹn hò, hai người đã quyết định tiến
  đến hôn lễ", "mặc dù 2 người đã có gia đình", "tổ chức tại nhà riêng của hai người.":
  right before an auxiliary or an adverb ("đã", "đều", "vẫn", "từng", "sẽ" …), or owning
  something at the end of the clause, "hai người" is "the two of them" (``anaphora`` reads it
  where the pair was named).  Not after a verb that tells how many or a part of a group ("có", "là",
  "thay", "còn", "trong đó": "4 người đã xuất viện còn 2 người đang ở lại"), nor
  before a toll.
- **"hai … đều".**  "khi 2 đội bóng đều sở hữu của bầu Tú", "Tại phiên tòa, hai bị cáo
  đều thừa nhận", "vụ va chạm khá nhẹ và cả 2 tàu đều có thể tiếp tục", "(hai trận đều trên
  sân Cheonan)": "đều" (both, all of them) says the group is one the reader knows; the
  count, opening a clause or after "cả", "của", "giữa", "khi", points back at it.  Not
  after a verb ("chơi ba mùa đều …", "trải qua 2 mối tình nhưng đều …", "có 2 con gái
  đều …"), not children or friends, who are often first told so ("2 con ruột đều sống",
  "hai bạn đều mất mẹ"), nor before a toll ("cả 3 nạn nhân đều đã chết") or names
  ("2 tiền đạo đều đá lùi là Văn Quyết và Công Phượng"), nor in the article's first
  sentence, before anything was met.
- **"hai đầu".**  "ở hai đầu trạm thu phí", "gắn khớp nối vào hai đầu ống đồng", "mũ bảo
  vệ ở 2 đầu của nhiễm sắc thể", "cá heo hai đầu": both ends, which every such thing has
  (or a kind of animal), as "hai tay" are the hands (``idioms``' limbs).  Not a head
  of another word ("2 đầu mối", "hai đầu bếp", "đầu đạn", "đầu máy", "đầu tư"), nor new
  ones ("mọc ra 2 đầu mới").
- **"N trong 1".**  "công nghệ “4 trong 1”", "Ổ khóa tiện dụng 3 trong 1 gồm …", "Lenovo Yoga
  A12 2 trong 1", "phạm tội kiểu “2 trong 1”": N-in-one, the name of a kind of product or
  of a thing that does several jobs; neither number counts anything.  Not before a noun
  ("2 trong 1 năm").
- **"1 trong N …".**  "Thành cổ Sơn Tây - 1 trong 4 tòa thành nổi tiếng", "Tập đoàn Hyosung
  là 1 trong số tập đoàn lớn nhất", "1 trong 3 nạn nhân bị chém", "rơi vào 1 trong 8 hình
  dạng này": the digit of "một trong" (one of), which the grammar never reads as a count;
  the gold sets label the five they have `nc`.  The group may count, the one picks a member.
  Not where it counts what happened within the group: results ("thua 1 trong 22 trận",
  "hòa 1 trong 3 trận"), a rate ("cứ 1 trong 5 người") or "only one" ("chỉ được 1 trong
  tổng số 5.500 trường", "duy chỉ còn 1 trong số 4 mẫu").
- **"như 1 …".**  "khu vực ban công này như 1 thế giới thư giãn", "tiện nghi như ở 1
  khách sạn tầm cỡ", "sử dụng như 1 robot chở đồ": the digit stands for the article "a"
  of a comparison ("like a world of its own"); README: "một" is never annotated as the
  indefinite article, and the digit there is the same word.
- **"là 1 …", "trong vai 1 …", "1 cách …".**  "Công trình này là 1 bước tiến quan trọng",
  "chính là 1 món quà đặc biệt", "trong vai 1 ca sĩ hát Opera" (all three `nc` in
  tests/gold/dev15 and dev20), "Nam vốn là 1 kỹ sư cơ khí", "đây chỉ là 1 trận giao hữu":
  the digit is the article of what something is said to be ("an engineer"), and "1 cách
  dã man", "1 cách thành thạo" is the manner adverb "một cách" (tests/gold/dev12 `nc`).
  The copula is enough: "trở thành 1 công ty" (merged into one company) counts, and is a
  claim in tests/gold/dev16.  Not where the one is a figure: a bound or a restatement
  before ("ít nhất là 1", "nghĩa là 1 lần"), one to each ("mỗi lô hàng là 1 tờ khai"), a
  number before the copula ("7 ngày là 1 liệu trình", "SEA Games 29 là 1 Trưởng đoàn"),
  another count listed or compared after ("1 lòng đỏ trứng và ½ củ khoai tây", "1 đầu
  mối sẽ tốt hơn, thuận lợi hơn 3 đầu mối"), or "only one" ("chỉ có 1 cách").
"""

from __future__ import annotations

import re

from claims.extract.context.words import TOLL
from claims.model import Mention

_PAIR_HEAD = re.compile(r"[ \t]+(?:đứa|bạn)(?![^\W_])")
_NOUN_AFTER = re.compile(
    r"[ \t]*(?:[:(]|[A-ZĐ]|(?:con|trẻ|cháu|chái|bé|nhỏ|nhóc|em|bạn|lớn|út|tù|học|cùng|nữ|nam|"
    r"gái|trai|diễn|thân|bè|đồng|sinh|khác|còn|kia|trong|nữa|đọc|xem|nghe|chơi|"
    r"người|thanh|đều[ \t]+(?:bị|mất|tử|chết))(?![^\W_]))"
)
"""'hai đứa con', 'hai bạn tù', 'hai bạn nữ còn lại', 'Hai bạn Diệp và Mai', 'hai bạn đều
mất mẹ': the noun goes on, others or names follow, or a toll: a count."""
_STATING_BEFORE = re.compile(
    r"(?<![^\W_])(?:có|mà|gồm|thêm|và|cùng|sinh|đẻ|nuôi|với|những|các)[ \t]*$", re.IGNORECASE
)
"""'Chúng có hai đứa', 'không chỉ một mà hai đứa', 'Chiến và hai bạn cùng lớp': a fact
told of how many, or companions said for the first time."""
_TOLL_WINDOW = 40
_ALL_OF_THEM = re.compile(
    r"(?:[ \t]+(?!(?:nhưng|và|mà|hoặc|hay|với|là|có|cũng|đã|đang|sẽ|vẫn|không|thì|đều)"
    r"(?![^\W_]))[^\W\d_A-ZĐ][^\W\d_]*){1,3}[ \t]+đều(?![ \t]*(?:nhau|đặn)(?![^\W_]))(?![^\W_])"
)
"""'2 đội bóng đều', 'hai bị cáo đều', 'cả 2 tàu đều': one to three words of the counted noun,
then 'đều' (not 'đều nhau', equal, nor 'đều đặn', regular)."""
_KNOWN_PLACE = re.compile(r"(?:^|[.,;:!?\n(“\"]|(?<![^\W_])(?:[Cc]ả|của|giữa|[Kk]hi))[ \t]*$")
"""The number opens a clause, or follows 'cả', 'của', 'giữa', 'khi'."""
_KIN_OR_FRIENDS = frozenset(("con", "cháu", "đứa", "bạn", "em"))
_NAMES_LATER = re.compile(r"[^.;!?\n]{0,40}?[ \t]là[ \t]+[A-ZĐ]")
_SMALL_GROUP = 4
_THE_TWO_OF_THEM = re.compile(
    r"[ \t]+người[ \t]*(?P<end>[.,;!?)”\"])?(?(end)|(?:đã|đều|cũng|vẫn|mới|từng|lại|thường|không|"
    r"chưa|sẽ|đang|luôn|chỉ|cùng[ \t]+nhau)(?![^\W_]))"
)
"""'hai người đã …', 'của hai người.': the pair, before a predicate or, owning something, at
the clause's end."""
_OWNER_BEFORE = re.compile(r"(?<![^\W_])(?:của|trong)[ \t]*$")
"""'nhà riêng của hai người.', 'một trong 2 người.'; not 'chở 2 người,', 'chia cho 2 người.',
'dành cho hai người.', which count."""
_PART_OR_FACT_BEFORE = re.compile(
    r"(?<![^\W_])(?:có|khiến|làm|với|cùng|và|gồm|bắt|thêm|thay|là|còn|giữ|được|bị|"
    r"trong[ \t]+(?:đó|số[ \t]+đó))[ \t]*$",
    re.IGNORECASE,
)
_BOTH_ENDS = re.compile(
    r"[ \t]+đầu(?![ \t]+(?:mối|mới|tư|bếp|đạn|máy|tàu|gối|số|vào|ra|tiên|người|nguồn|ngành|"
    r"năm|tháng|tuần|kỳ|việc|lòng|óc|não|cơ|mục)(?![^\W_]))(?![^\W_])"
)
"""'hai đầu ống đồng', 'ở hai đầu để điều tiết giao thông': both ends (module doc)."""
_N_IN_ONE = re.compile(
    r"(?<![\d.,])[2-9][ \t]+trong[ \t]+(?P<one>1)(?![\d.,]?\d)"
    r"(?=[ \t]*(?:[”\"’),.;:!?]|$|(?:sẽ|gồm|cũng|là|có|được|vừa|như|của|này|đó)(?![^\W_])))"
)
"""'4 trong 1”', '3 trong 1 gồm', '(3 trong 1)': N-in-one, not '2 trong 1 năm'."""
_LIKE_BEFORE = re.compile(r"(?<![^\W_])(?:như|Như)(?:[ \t]+(?:là|ở))?[ \t]+$")
_ONE_OF = re.compile(r"[ \t]+trong[ \t]+(?:(?:tổng[ \t]+)?số|những|nhiều|các|\d)(?![^\W\d_])")
"""'1 trong 4 tòa thành', '1 trong số tập đoàn', '1 trong những tảng băng': one of a group."""
_ONE_COUNTED_BEFORE = re.compile(
    r"(?<![^\W_])(?:thắng|thua|hòa|hoà|cứ|chỉ[ \t]+(?:còn|được|có))[ \t]*$", re.IGNORECASE
)
"""'thua 1 trong 22 trận', 'cứ 1 trong 5 người', 'chỉ được 1 trong tổng số 5.500 trường':
the one counts what happened within the group."""
_LOOK_BACK = 16

_BEING_BEFORE = re.compile(r"(?<![^\W_])(?:[Ll]à|vai)[ \t]+$")
"""'là 1 …', 'trong vai 1 …', 'đóng vai 1 …': what something or someone is said to be."""
_FIGURE_BEFORE_BEING = re.compile(
    r"(?:(?<![^\W_])(?:ít[ \t]+nhất|tối[ \t]+(?:thiểu|đa)|nhiều[ \t]+nhất|nghĩa|tức|chu[ \t]+kỳ"
    r"|tổng(?:[ \t]+số)?|số[ \t]+lượng|bằng)[ \t]+là"
    r"|(?<![^\W_])[Mm]ỗi(?![^\W_])[^.,;:!?\n]*|\d(?:[ \t]+[^\W\d_]+){0,2})"
    r"[ \t]+(?:[Ll]à|vai)[ \t]+$"
)
"""'ít nhất là 1', 'nghĩa là 1', 'mỗi lô hàng là 1', '7 ngày là 1' (a number and up to two
words before the copula): the one is a figure."""
_BEING_LOOK_BACK = 48
_NOUN_NEXT = re.compile(r"[ \t]+[“\"]?[^\W\d_]")
_COUNT_LISTED_AFTER = re.compile(
    r"[^.;!?\n]{0,45}?(?:,|(?<![^\W_])(?:và|hoặc|hay|hơn))[ \t]+"
    r"(?:\d[\d.,]*(?![\d.,]*[ \t]*tuổi)|½|(?:hai|ba|bốn)(?![^\W_]))"
)
"""'1 lòng đỏ trứng và ½ củ khoai tây', '1 Trưởng đoàn, 2 phó đoàn', 'tốt hơn, thuận lợi hơn
3 đầu mối': the one is listed or weighed against another count."""
_FIGURE_NAMED_BEFORE = re.compile(
    r"(?<![^\W_])(?<![Mm]ột[ \t])(?:[Ss]ố|[Tt][ỷỉ][ \t]+lệ|[Hh]ậu[ \t]+quả|[Tt]hương[ \t]+vong)"
    r"(?![^\W_])[^.,;:!?\n]*$"
)
"""'Số người chết … là 1 người', 'Tỷ lệ mắc bệnh là 1 …', 'Hậu quả là 1 người chết': the clause
names a count, a rate or an outcome and the one is its figure ('một số', some, names none)."""
_TOLL_OR_ONE_IN_N_AFTER = re.compile(
    r"[ \t]+(?:trên|/)[ \t]*\d|[^.,;:!?\n]{0,30}?(?<![^\W_])(?:chết|tử[ \t]+(?:vong|nạn)"
    r"|thiệt[ \t]+mạng|hy[ \t]+sinh|bị[ \t]+thương|mất[ \t]+tích)(?![^\W_])"
)
"""'là 1 người chết', 'là 1 chiến sĩ hy sinh' (a toll), 'là 1 trên 1.000' (one in N)."""
_MANNER_AFTER = re.compile(r"[ \t]+cách[ \t]+[“\"]?[^\W\d_]")
_ONLY_BEFORE = re.compile(r"(?<![^\W_])(?:[Cc]hỉ|[Dd]uy)(?:[ \t]+(?:có|còn|được))?[ \t]+$")
"""'chỉ có 1 cách là thu hồi dự án': only one way, a count."""


def counts_no_one(text: str, mention: Mention) -> bool:
    """True for 'hai đứa', 'hai bạn' as a pronoun and '1' as the article of 'như 1 …',
    'là 1 …' or '1 cách …' (see the module doc).  A cheap test of the value and the printed
    number first."""
    if mention.kind != "count" or mention.qualifier != "exact":
        return False
    printed = mention.text.strip().lower()
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    if "trong" in text[max(0, mention.start - 7) : mention.end + 7] and _n_in_one(text, mention):
        return True
    if mention.value == 1:
        return printed == "1" and (
            _LIKE_BEFORE.search(before) is not None
            or _one_of(text, mention, before)
            or _one_as_article(text, mention, before)
        )
    if _all_of_them(text, mention, printed, before):
        return True
    if mention.value != 2 or printed not in ("hai", "2"):
        return False
    if _BOTH_ENDS.match(text, mention.end) is not None:
        return True
    the_two = _THE_TWO_OF_THEM.match(text, mention.end)
    if the_two is not None:
        if the_two.group("end") and _OWNER_BEFORE.search(before) is None:
            return False
        return _the_two_of_them(text, mention, before)
    head = _PAIR_HEAD.match(text, mention.end)
    if head is None or _NOUN_AFTER.match(text, head.end()) is not None:
        return False
    if _STATING_BEFORE.search(before) is not None:
        return False
    return TOLL.search(text, head.end(), head.end() + _TOLL_WINDOW) is None


def _all_of_them(text: str, mention: Mention, printed: str, before: str) -> bool:
    """'2 đội bóng đều', 'cả 2 tàu đều' in a referring place (see the module doc)."""
    value = mention.value
    if not isinstance(value, int) or not 2 <= value <= _SMALL_GROUP:
        return False
    if not (printed.isdigit() or printed in _NUMBER_WORDS):
        return False
    found = _ALL_OF_THEM.match(text, mention.end)
    if found is None or _KNOWN_PLACE.search(before) is None:
        return False
    if _SENTENCE_END.search(text, 0, mention.start) is None:
        return False  # the article's first sentence ('Cả hai tác phẩm đều đoạt giải'): none met
    following = _NEXT_WORD.match(text, mention.end)
    if following is not None and following.group(1).lower() in _KIN_OR_FRIENDS:
        return False
    if TOLL.search(text, mention.end, found.end() + _TOLL_WINDOW):
        return False
    return _NAMES_LATER.match(text, found.end()) is None


_NUMBER_WORDS = frozenset(("hai", "ba", "bốn"))
_NEXT_WORD = re.compile(r"\s*(\S+)")
"""The word after the count (``_ALL_OF_THEM`` matched, so there is one), read where it
stands rather than by splitting the rest of the article."""
_SENTENCE_END = re.compile(r"[.!?\n]")


def _the_two_of_them(text: str, mention: Mention, before: str) -> bool:
    """'hai người đã …' not after a verb of counting or of a part, nor before a toll."""
    if _PART_OR_FACT_BEFORE.search(before) is not None:
        return False
    return TOLL.search(text, mention.end, mention.end + _TOLL_WINDOW + 8) is None


def _n_in_one(text: str, mention: Mention) -> bool:
    """Either number of 'N trong 1' as a kind's name (module doc)."""
    window_start = max(0, mention.start - 12)
    for found in _N_IN_ONE.finditer(text, window_start, mention.end + 40):
        if mention.start in (found.start(), found.start("one")):
            return True
    return False


def _one_of(text: str, mention: Mention, before: str) -> bool:
    """'1 trong 4 tòa thành nổi tiếng': the digit of 'một trong' (see the module doc)."""
    return (
        _ONE_OF.match(text, mention.end) is not None and _ONE_COUNTED_BEFORE.search(before) is None
    )


def _one_as_article(text: str, mention: Mention, before: str) -> bool:
    """'là 1 kỹ sư', 'trong vai 1 ca sĩ', '1 cách dã man' (see the module doc)."""
    if _MANNER_AFTER.match(text, mention.end) is not None:
        return _ONLY_BEFORE.search(before) is None
    if _BEING_BEFORE.search(before) is None or _NOUN_NEXT.match(text, mention.end) is None:
        return False
    wider = text[max(0, mention.start - _BEING_LOOK_BACK) : mention.start]
    if _FIGURE_BEFORE_BEING.search(wider) is not None or _FIGURE_NAMED_BEFORE.search(wider):
        return False
    if _TOLL_OR_ONE_IN_N_AFTER.match(text, mention.end) is not None:
        return False
    return _COUNT_LISTED_AFTER.match(text, mention.end) is None
