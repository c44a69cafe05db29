"""Counts that point back at parties the text has just named: "hai nước", "2 người".

"Italy và Hà Lan nhận được số phiếu bằng nhau, sau đó hai nước đã thỏa thuận …":
the two countries are the two just named; the writer repeats, he states no count
(the session-3 convention of tests/gold/README.md).  Told from two signs together:

- the number is 2 and counts a noun for people or parties ("người", "nước",
  "nhà lãnh đạo", "bị cáo" …), with no name of its own after it ("hai bị cáo Lại
  Văn Tuấn và La Văn Dũng" introduces the two: a count), and, unless the parties
  are states or their leaders, it opens a clause or follows "của", "giữa", "cả" …;
- shortly before, the text names two parties joined by "và", "cùng" or "với"
  ("Thông và chị T.", "Nga và Mỹ", "ông Trump với ông Putin"), or two states set
  against each other with a dash ("quan hệ Việt - Nga").

A count said for the first time ("2 người bị thương") has no such pair before it.

Names after the count introduce the two ("hai bị cáo Lại Văn Tuấn và La Văn Dũng"),
unless the article has named both already: "hai thương hiệu xe Opel và Vauxhall" after
"Opel và Vauxhall đã không có lợi nhuận", "hai diễn viên cũ - Trấn Thành và Kiều Minh
Tuấn" after "Trấn Thành và Kiều Minh Tuấn tiếp tục tham gia", "hai trang dịch vụ rao vặt
ChợTốt và ImSold", "hai trưởng đoàn đàm phán Barnier và Davis": the count, whatever it
counts, is the two met before, told again with their names (dev4, dev6 and dev7 label
these non-claims).  Not when "là", "gồm", "tại", "ở", "của", a verb … stand between
(the names are then places or another clause: "hai công trình tại Hà Nội và Đà Nẵng",
"tìm được 2 người nên Thanh và Cảnh bàn nhau"), nor after a verb stating the count
("Toyota Yaris gồm 2 phiên bản E và G", "chặn bắt hai đối tượng …", as above).

Two people named in this sentence or the one before are "2 người", "hai đối tượng" …
wherever the count stands, after a verb or a preposition too ("Văn Tuấn và Minh Tuấn
cầm gạch ... để cho 2 người bạn đánh nạn nhân", "bị Lê Thị Hoa và Hoàng Thị Thanh Dung
hắt xô chất bẩn ... xin giảm nhẹ tội cho 2 người phụ nữ"), unless the words before it
state a fact ("Toyota và Honda là hai công ty", "có hai người con", "cùng hai người bạn
khác", "MU thay 2 người", "đã bắt 2 nghi phạm") or others, names or a toll follow.

"Hai người" opening a sentence that is not the article's first is the couple the
sentences before were about, named in turn or not ("Lady Gaga từng đính hôn với Taylor
Kinney. Hai người đã chia tay", "Ý trung nhân của Công chúa Victoria ... Hai người gặp
nhau lần đầu"): unless a noun goes on ("Hai người đàn ông", "Hai người phụ nữ", "Hai
người lao công", "Hai người dẫn chương trình"), it is others or a part ("Hai người
khác", "Hai người trong nhóm"), or a toll follows ("Hai người điều khiển xe máy bị
thương nhẹ").

The two sides of a relation between states need no pair: "hai nước", "hai nhà lãnh
đạo", "hai nguyên thủ", "hai Đảng, hai Nhà nước" are the two the article is about, said
again ("lãnh đạo cấp cao hai nước", "Hai nhà lãnh đạo nhất trí …"); every such row of
the gold sets is a non-claim.  Unless the names follow in the clause ("hai nước có
lượng phát thải cao nhất là Mỹ và Trung Quốc", "hai nước đối lập chính - Mỹ và Triều
Tiên"): then the count introduces them.  'hai quốc gia' is as often a new count ('hình
thành 2 quốc gia riêng biệt') and still needs the pair.
"""

from __future__ import annotations

import re

from claims.extract.context.words import TOLL
from claims.model import Mention

_PARTY_NOUNS = (
    "người|nước|quốc gia|nhà lãnh đạo|nguyên thủ|vị|ông|bà|anh|chị|cô|em|cô giáo|thầy|"
    "bị cáo|bị can|đối tượng|nghi phạm|anh em|mẹ con|bố con|cha con|cầu thủ|tay vợt|"
    "ngôi sao|diễn viên|ca sĩ|đội|bên|phía|doanh nghiệp|công ty|Đảng|Nhà nước"
)
_PARTY_AFTER = re.compile(rf"[ \t]+(?P<noun>{_PARTY_NOUNS})(?![^\W_])")
_NAMES_AFTER = re.compile(r"(?:[ \t]+[^\W\d_]+){0,3}?[ \t]+[A-ZĐ]")
"""'hai bị cáo Lại Văn Tuấn', '2 ông thày Ancelotti và Mourinho', 'hai ngôi sao kỳ cựu Hà
Trung Hoa': the names follow, so the count introduces the two."""
_STATES = frozenset({"nước", "quốc gia", "nhà lãnh đạo", "nguyên thủ", "Đảng", "Nhà nước"})
"""'hai nước', 'hai nhà lãnh đạo' after two named states or leaders: always the two."""
_SIDES_OF_A_RELATION = _STATES - {"quốc gia"}
"""'hai nước', 'hai nhà lãnh đạo', 'hai Đảng': the two sides, named or not (module doc)."""
_NAME = r"[A-ZĐ][\w&+\-]*(?:[ \t]+(?:[A-ZĐ0-9][\w&+\-]*|của|thứ))*"
_MEMBERS_AFTER = re.compile(
    r"(?:[ \t]+(?!(?:là|gồm|tại|ở|của|có|trong|từ|như|với|cho|bao|và|hoặc|hay|nên|thì|mà|"
    r"để|khi|đã|đang|sẽ|bị(?![ \t]+(?:cáo|can))|được|đều|cũng|vì|do|khiến|làm|xét)(?![^\W_]))"
    rf"[^\W\d_A-ZĐ][^\W\d_]*){{1,5}}[ \t]*(?:[-–(][ \t]*)?(?P<a>{_NAME})"
    rf"[ \t]+(?:và|cùng)[ \t]+(?P<b>{_NAME})"
)
"""'hai thương hiệu xe Opel và Vauxhall', 'hai diễn viên cũ - Trấn Thành và Kiều Minh
Tuấn': lower-case words of the counted noun, then two names joined by 'và'."""
_COUNTING_BEFORE = re.compile(r"(?<![^\W_])(?:là|gồm|thay|bắt|giữ|phát hiện)[ \t]*$")
"""A verb that tells how many ('Yaris gồm 2 phiên bản E và G', 'chặn bắt hai đối tượng')."""
_NAMED_LATER = re.compile(
    r"[^.;!?\n]{0,80}?(?:[ \t]là|gồm|:|\(|[ \t][-–])[ \t]*[A-ZĐ][^.;!?\n]{0,30}?"
    r"(?:[ \t]và|,)[ \t]*[A-ZĐ]"
)
"""'hai nước có lượng phát thải cao nhất là Mỹ và Trung Quốc': the clause names the two."""
_REFERRING_BEFORE = re.compile(
    r"(?:^|[.,;:!?\n(“\"]|(?<![^\W_])(?:của|giữa|cả|với|và|để|nên|thì|khi|lúc|mà|nhưng|"
    r"[Ss]au đó|[Ss]au khi|[Tt]rong lúc|[Mm]ặc dù|[Dd]ù))[ \t]*$"
)
"""Where a count of other parties names the two already met: opening a clause ('Sau đó
hai người bắt đầu lại …', ', hai nhà lãnh đạo đã …') or after 'của', 'giữa', 'cả'
('chuyện tình cảm của 2 người'); after a verb ('đã tìm được 2 người') a count of
people is usually new."""
_NAMED_PAIR = re.compile(
    r"(?<![^\W_])[A-ZĐ][^\W\d_]*\.?(?:[ \t]+[A-ZĐ][^\W\d_]*\.?)*[ \t]+(?:và|cùng|với)[ \t]+"
    r"(?:(?:ông|bà|anh|chị|cô|em|cháu|chú|bác|ca sĩ|diễn viên)[ \t]+)?[A-ZĐ]"
)
"""Two capitalised names joined: 'Italy và Hà Lan', 'Thông và chị T.', 'Nga và Mỹ'."""
_STATE_PAIR = re.compile(
    r"(?<![^\W_])[A-ZĐ][^\W\d_]*(?:[ \t]+[A-ZĐ][^\W\d_]*)*[ \t]*[-–][ \t]*[A-ZĐ]"
)
"""Two states set against each other with a dash: 'Việt - Nga', 'Mỹ - Nhật' (for people
a dash is no pair: 'cầu Việt Trì - Ba Vì, hai người tử vong' names a bridge's ends)."""
_SENTENCE_OPENS = re.compile(r"(?:[.!?…][\"”’)]?[ \t]+|\n[ \t]*)$")
_NOT_THE_TWO = re.compile(
    r"[ \t]+(?:đàn|phụ|con|bạn|dân|thân|khác|còn|trong|lính|thanh|lái|nhà|bị|chết|tử|thiệt|"
    r"mất|già|trẻ|lạ|cháu|em|anh|chị|vợ|chồng|trên|dưới|từ|ở|tại|đi|ngồi|có|được|là|nữa|sống|"
    r"cùng|đầu|thứ|nước|nam|nữ|đồng|lao|dẫn|hàng|thợ|nông|bệnh|giúp|quản|bảo|hâm|mẫu|mua|"
    r"bán|chơi|hùng|tình|[A-ZĐ][^\W\d_]*)(?![^\W_])|[ \t]*[:(]"
)
"""'Hai người đàn ông', 'Hai người phụ nữ', 'Hai người khác', 'Hai người bị thương', 'Hai
người có biểu hiện nặng', 'Hai người trong nhóm', 'Hai người lao công', 'Hai người dẫn
chương trình', 'Hai người đồng đội': other or new people, a toll, a part."""
_PEOPLE = re.compile(
    r"người|ông|bà|anh|chị|cô|em|bị cáo|bị can|đối tượng|nghi phạm|cầu thủ|ngôi sao|diễn viên|"
    r"ca sĩ|tay vợt"
)
_OTHER_PEOPLE = re.compile(
    r"^[ \t]+(?:đàn ông|thanh niên)(?![^\W_])|(?<![^\W_])(?:khác|còn lại|kia|nữa|gồm)(?![^\W_])|:"
)
_STATING_BEFORE = re.compile(
    r"(?<![^\W_])(?:là|có|cùng|bị|thay|bắt|giữ|được|phát hiện|gồm|và)[ \t]*$"
)
"""Where a count of people states a fact, pair or no pair: 'Toyota và Honda là hai công
ty', 'có hai người con', 'ông Mến và ông V. cùng hai người bạn', 'bất ngờ bị hai người
phụ nữ hắt xô chất bẩn', 'MU thay 2 người', 'đã bắt 2 nghi phạm'."""
_SENTENCE_END = re.compile(r"[.!?\n]+[ \t]")
_JUST_BEFORE = 300
_LOOK_BACK = 400
_NUMBER = re.compile(r"\S+")


def refers_back(text: str, mention: Mention) -> bool:
    """A count of two parties named just before (see the module doc)."""
    if mention.kind != "count" or mention.value != 2 or mention.qualifier != "exact":
        return False
    number = _NUMBER.match(text, mention.start)
    if number is None or number.group().lower() not in ("2", "hai"):
        return False
    if _named_again(text, mention.start, number.end()):
        return True  # 'hai thương hiệu xe Opel và Vauxhall' after 'Opel và Vauxhall …'
    party = _PARTY_AFTER.match(text, number.end())
    if party is None or _NAMES_AFTER.match(text, party.end()) is not None:
        return False
    noun = party.group("noun")
    lead = text[max(0, mention.start - 12) : mention.start]
    if (
        noun == "người"
        and _opens_a_later_sentence(text, mention.start, lead)
        and _NOT_THE_TWO.match(text, party.end()) is None
        and TOLL.search(text, party.end(), party.end() + 40) is None
    ):
        # 'Kim Tae Hee và Bi Rain tổ chức đám cưới ... Hai người vừa trở về', 'Lady Gaga
        # từng đính hôn với Taylor Kinney. Hai người đã chia tay': the couple the
        # sentences before were about, named in turn or not
        return True
    if noun not in _STATES and _REFERRING_BEFORE.search(lead) is None:
        return _PEOPLE.match(noun) is not None and _pair_just_named(text, mention, party.end())
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    # Names are capitalised: lower-casing the window would find none, so no flag.
    if any(pair.group()[0].isupper() for pair in _NAMED_PAIR.finditer(before)):
        return True
    if noun in _STATES and _STATE_PAIR.search(before) is not None:
        return True
    return noun in _SIDES_OF_A_RELATION and _NAMED_LATER.match(text, party.end()) is None


def _named_again(text: str, start: int, after: int) -> bool:
    """Two names after the count that the article has both given before it."""
    members = _MEMBERS_AFTER.match(text, after)
    if members is None or _COUNTING_BEFORE.search(text, max(0, start - 16), start):
        return False  # 'Toyota Yaris gồm 2 phiên bản E và G', 'chặn bắt hai đối tượng …'
    return all(text.find(name, 0, start) != -1 for name in members.group("a", "b"))


def _opens_a_later_sentence(text: str, at: int, lead: str) -> bool:
    """The number opens a sentence that is not the article's first ('Hai người')."""
    return _SENTENCE_OPENS.search(lead) is not None and text[at] in "H2"


def _pair_just_named(text: str, mention: Mention, after: int) -> bool:
    """Two people named in this sentence or the one before, the count after a verb or a
    preposition: 'Văn Tuấn và Minh Tuấn cầm gạch lao vào ... để cho 2 người bạn đánh',
    'bị Lê Thị Hoa và Hoàng Thị Thanh Dung hắt xô chất bẩn ... giảm nhẹ tội cho 2 người
    phụ nữ'.  Not before a toll or others ('2 người khác', '2 người bị thương')."""
    if TOLL.search(text, after, after + 40) or _OTHER_PEOPLE.search(text, after, after + 20):
        return False
    if _STATING_BEFORE.search(text, max(0, mention.start - 16), mention.start):
        return False
    window = text[max(0, mention.start - _JUST_BEFORE) : mention.start]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)]
    start = ends[-2] if len(ends) >= 2 else 0
    return any(pair.group()[0].isupper() for pair in _NAMED_PAIR.finditer(window, start))
