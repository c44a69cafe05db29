"""A count that repeats an earlier count of the same noun (two of ``restated``'s signs).

The counted noun phrase (``noun_phrase``, up to four syllables after the number) is what
a count and the earlier counts of its value are compared by (``_same_noun``), with the
casualty word after it (``casualty_word``) and the word before it (``predicate``):

- **A repeat in a referring place.**  The same number counts the same noun as a count
  of an earlier sentence ("3 siêu trộm" … "3 tên trộm", "4 bệnh nhân" … "4 bệnh
  nhân"), and this one stands where a reference stands: it opens a clause ("Hai thủy
  thủ, được cho là …", "Khi bị phát hiện, hai đối tượng đã …"), follows "cả" ("cả ba
  mẫu đều không đạt") or "của", "giữa", "do" ("tình trạng sức khỏe của 4 bệnh nhân",
  "hình dáng của hai cột mốc", "là do 2 văn bản").  Children are one noun ("nuôi hai
  con" … "cho đến khi hai cháu trưởng thành"), and after "của", "giữa", "do" so are
  two heads with the same two words after them ("hai ca ghép thận" … "chức năng thận
  của 2 bệnh nhân ghép thận", a casualty word not counting).  A relative clause on a place
  ("Dốc Canh Liên, nơi hai cán bộ kiểm lâm tử nạn") and a sentence opening on "Hiện"
  ("Hiện 1.000 công nhân vẫn đang ngừng việc") are such places too, for a count the body
  has told (after the lead alone, "Hiện tại 2 nhà thầu" is the body's first telling); so
  must a count in the thousands be ("Về đầu tư trong nước, 20.000 doanh nghiệp …" tells
  the lead's figure for the first time in the body) and one first said with "khoảng".
  An arrest told by its verb ("bắt 2 nghi phạm") is the same fact as its caption "Hai
  nghi phạm bị bắt giữ".
- **A repeat of a group already pointed back at.**  After a verb or a preposition
  the body may tell the lead's fact again ("bắt quả tang 2 đối tượng" in both,
  "khiến 4 người phải nhập viện"), and the gold sets keep both.  But once the article
  has pointed back at the group, a later repeat does too, wherever it stands: "hai đứa
  con này" … "không thể nuôi nổi 2 đứa trẻ" … "bỏ đi hai đứa con máu mủ", "Ba kẻ tấn
  công đêm 3/6 thuê một xe tải" … "tiêu diệt ba kẻ tấn công", "hai cô này" … "mời 2 cô
  đi ăn" … "đọc tờ trình về 2 cô gái".  Except with the last word of a statement of
  it ("ghép tạng cho 4 bệnh nhân" … "ghép cho 4 bệnh nhân"), after "có", "gồm",
  "cũng", "thêm", "trong đó có" ("có 3 người con", "cũng đã bắt được hai đối tượng"
  another pair, "trong đó có bốn người" some of them), or with a casualty word.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import pairwise

from claims.extract.context.told_counts import NEVER, Told
from claims.model import Mention

_STOP_WORDS = (
    "này đó ấy kia nói nêu kể trên dưới trong ngoài sau trước khi lúc từ do vì bởi như và "
    "với của cho là có được bị đã đang sẽ vẫn cũng đều không chưa chỉ mới vừa ở tại vào ra "
    "đến tới để thì mà nhưng hay hoặc cùng gồm nay rồi lại còn khác nữa đầu tiên cuối "
    "mỗi các những một hai ba bốn năm sáu bảy tám chín mười"
)
_STOP = frozenset(_STOP_WORDS.split())
"""Words that end a counted noun phrase (function words, demonstratives, numbers)."""
_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_NP_MAX = 4
_OPENS = re.compile(
    r"(?:^|[.,;!?\n“]|(?<![^\W_])(?:[Kk]hi|[Nn]hưng|[Rr]ằng|[Ss]au khi|[Tt]rong lúc|"
    r"[Mm]ặc dù|[Dd]ù|[Nn]ên|[Tt]hì|[Mm]à))[ \t]*$"
)
"""A clause opens right before the number: the place of a subject already known (not
after a colon: 'Bữa sáng: 2 quả trứng' is the next item of a list)."""
_NOW_OR_WHERE = re.compile(
    r"(?:(?<![^\W_])nơi|(?:^|[.!?\n][ \t]*)Hiện(?:[ \t]+(?:nay|tại))?)[ \t]*$"
)
"""A relative clause on a place ('Dốc Canh Liên, nơi hai cán bộ kiểm lâm tử nạn') or a
sentence opening on 'Hiện' (now: 'Hiện 1.000 công nhân vẫn đang ngừng việc', where the
group stands now) refer too, but only to a count the body has told: after the lead alone
'Hiện tại 2 nhà thầu thi công chính đã ngừng thi công' is the body's first telling."""
_REFERRING_BEFORE = re.compile(r"(?<![^\W_])(?:(?<!tất )(?<!Tất )cả|Cả|của|giữa|do|bởi)[ \t]*$")
"""'cả ba mẫu', 'của 4 bệnh nhân', 'là do 2 văn bản'; not 'tất cả' (in all:
'có tất cả sáu đoạn cống' states the number), nor 'cho', 'với', 'về' after a verb ('ghép tạng
cho 4 bệnh nhân' is the body telling the fact the lead told, 'Arsenal thu về 4 điểm'),
nor 'tại', 'ở' ('hơn 75.000 máy tính tại 150 nước' tells the lead's fact again)."""
_AMONG_BEFORE = re.compile(
    r"(?<![^\W_])[Tt]rong[ \t]+số[ \t]*$|(?:^|[.!?\n][\"”’)]?[ \t]*)Trong[ \t]+$"
    r"|,[ \t]*trong[ \t]+$"
)
_PART_BEFORE = re.compile(
    r"(?:\d|(?<![^\W_])(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười))[ \t]+trong[ \t]+số[ \t]*$"
)
"""'Trong số 10 người bị thương, có 5 cảnh sát', 'Trong số 1.360 vỉ thuốc có 1.000 vỉ …',
'Trong ba nạn nhân, Tuyền đã tắt thở', '…, trong hai nạn nhân tử vong thì có một người là
giáo viên': the group the article has counted, from which some are told apart
(tests/gold/dev15 and dev21 label them non-claims).  Not the whole of a share
('mới chi trả được 1 hộ trong tổng số 13 hộ', '700 trong số 1.080 máy bay', 'Ba trong số
sáu công dân'), whose subject the part takes from it; nor when the earlier count was itself
told so ('trong số 301 ngôn ngữ được sử dụng' in the lead and again in the body, both
claims in tests/gold/dev6; 'Ba trong bốn bị cáo' in the title, then 'Trong bốn bị cáo'):
the body telling the lead's sentence again."""
_AMONG_SAID = frozenset({("số",), ("trong",)})
_NEW_FACT_BEFORE = re.compile(
    r"(?<![^\W_])(?:cũng|trong đó có|trong số đó có|thêm)(?![^\W_])|(?<![^\W_])(?:có|gồm)[ \t]*$"
)
"""'cũng đã bắt được hai đối tượng' (another pair), 'trong đó có bốn người' (some of
them), 'bắt thêm 2 đối tượng': a new fact about the same noun."""
INTRODUCES = re.compile(
    r"[ \t]*(?::|(?:gồm|như)(?![^\W_])|là(?=[^.;!?\n]{0,60}?(?:,|[ \t]và[ \t])))"
)
"""'cả 2 đối tượng là người dự lễ hội và chính quyền', 'cả hai kênh: áp lực và đối
thoại', 'hai phiên bản Galaxy S8 gồm ...': the members follow."""
_CASUALTY = re.compile(
    r"(?<![^\W_])(?:bị[ \t]+thương|chết|tử[ \t]+vong|thiệt[ \t]+mạng|mất[ \t]+tích|bị[ \t]+bắt|"
    r"thương[ \t]+vong|nhập[ \t]+viện|bị[ \t]+thương[ \t]+nặng)(?![^\W_])"
)
_ARREST_BEFORE = re.compile(
    r"(?<![^\W_])(?<!bị )(?:bắt(?:[ \t]+(?:giữ|quả[ \t]+tang|khẩn[ \t]+cấp))?|tạm[ \t]+giữ)[ \t]+$"
)
_OTHERS_OR_NAMES = re.compile(
    r"[ \t]*:|[ \t]+(?:còn[ \t]+lại(?![^\W_])|khác(?![^\W_])|"
    r"[A-ZĐ][^.;!?\n]{0,40}?(?:,|[ \t]và)[ \t]*[A-ZĐ])"
)
"""'4 đối tượng còn lại', '3 người khác': other members of the group; '3 huyện Ea Súp,
Buôn Đôn và Krông Búk': the names follow, the count introduces them; '16 bàn: Lionel
Messi': a list's heading."""
LEAD = 16
_LETTERS = re.compile(r"[^\W\d_]+")
_GAPS = re.compile(r"[ \t]+")
_THOUSANDS = 1000


_ACRONYM = re.compile(r"[A-ZĐ]{2,5}")
"""'3 CLB', '7 DN', '2 KDL', 'Hai loại GTD': an abbreviated noun, no name."""
_COMPOUNDS = frozenset(
    {
        ("thiết", "bị"),
        ("trang", "bị"),
        ("bị", "can"),
        ("bị", "cáo"),
        ("bị", "hại"),
        ("chỉ", "số"),
        ("chỉ", "tiêu"),
    }
)
"""Nouns with a syllable of ``_STOP`` ('hai thiết bị này', 'Hai bị can này', '2 chỉ số
này'), where the function word is no function word."""


def noun_phrase(text: str, at: int, *, wide: bool = False) -> tuple[str, ...]:
    """The counted noun right after the number: up to four lower-case syllables
    before a function word ('3 tên trộm nhanh chóng' -> tên trộm nhanh chóng).  ``wide``
    also reads abbreviations and the nouns of ``_COMPOUNDS`` ('Hai bị can này' -> bị can,
    '3 CLB này' -> CLB), for the demonstrative only: the repeats, read by these nouns,
    would take photo captions of defendants ('Bốn bị cáo trước vành móng ngựa. Ảnh: …')
    for references."""
    words: list[str] = []
    for _ in range(_NP_MAX):
        found = _WORD.match(text, at)
        if found is None:
            break
        word = found.group(1)
        if word in _STOP and not (wide and _in_compound(text, found.end(), words, word)):
            break
        if not word[0].islower() and not (wide and _ACRONYM.fullmatch(word)):
            break
        words.append(word)
        at = found.end()
    return tuple(words)


def _in_compound(text: str, end: int, words: list[str], word: str) -> bool:
    if words and (words[-1], word) in _COMPOUNDS:
        return True
    following = _WORD.match(text, end)
    return following is not None and (word, following.group(1)) in _COMPOUNDS


def np_end(text: str, at: int, noun: tuple[str, ...]) -> int:
    for _ in noun:
        found = _WORD.match(text, at)
        assert found is not None
        at = found.end()
    return at


_PERSON_HEADS_WORDS = "kẻ tên người đối nghi bị cô anh chị ông bà em cháu đứa vị"
_PERSON_HEADS = frozenset(_PERSON_HEADS_WORDS.split())
"""Heads of counts of people: 'ba kẻ gây ra vụ lao xe' and 'Ba kẻ tấn công' are the
same three (a count of the injured or the dead is told apart by ``casualty_word``)."""

_CHILDREN = frozenset(("con", "cháu", "bé", "trẻ", "đứa"))


def _another_casualty(casualty: str, first_casualty: str, *, among: bool) -> bool:
    """'2 người bị thương' after '2 người chết': what befell them tells another fact; but
    the group a part is told apart from may add what befell it when its first count did
    not ('6 nạn nhân bị ngộ độc' … 'Trong 6 nạn nhân nhập viện, có 4 …')."""
    if not casualty or casualty == first_casualty:
        return False
    return not (among and not first_casualty)


def _same_noun(
    first: tuple[str, ...], second: tuple[str, ...], kin: bool = True, tail: bool = False
) -> bool:
    """'tên trộm' and 'siêu trộm' (the same last syllable of a compound), 'bệnh nhân'
    and 'bệnh nhân ghép thận' (one starts the other), 'kẻ gây ra' and 'kẻ tấn công'."""
    shorter, longer = sorted((first, second), key=len)
    if longer[: len(shorter)] == shorter or first[0] == second[0] in _PERSON_HEADS:
        return True
    if kin and first[0] in _CHILDREN and second[0] in _CHILDREN:
        return True  # 'nuôi hai con của anh Triển ... cho đến khi hai cháu trưởng thành'
    if tail and _pairs(first[1:]) & _pairs(second[1:]):
        return True  # 'hai ca ghép thận' ... 'của 2 bệnh nhân ghép thận': what they had
    return len(first) >= 2 and len(second) >= 2 and first[1] == second[1]


def _pairs(words: tuple[str, ...]) -> set[tuple[str, str]]:
    """Two words in a row after the head, not a casualty ('tử vong' counts a toll)."""
    pairs = pairwise(words)
    return {pair for pair in pairs if not _CASUALTY.search(" ".join(pair))}


def repeats(
    text: str,
    mention: Mention,
    noun: tuple[str, ...],
    before: Told | None,
    ends: Sequence[int],
) -> bool:
    if before is None:
        return False  # no earlier count of the number: nothing it could repeat
    lead = text[max(0, mention.start - LEAD) : mention.start]
    after_of = _REFERRING_BEFORE.search(lead) is not None
    now_or_where = _NOW_OR_WHERE.search(lead) is not None
    among = _AMONG_BEFORE.search(lead) is not None and _PART_BEFORE.search(lead) is None
    referring = after_of or now_or_where or among or _OPENS.search(lead) is not None
    wide = text[max(0, mention.start - 2 * LEAD) : mention.start]
    if not referring and _NEW_FACT_BEFORE.search(wide) is not None:
        return False  # 'cũng đã bắt được hai đối tượng', 'trong đó có bốn người'
    after = np_end(text, mention.end, noun)
    if _OTHERS_OR_NAMES.match(text, after) is not None:
        return False
    if INTRODUCES.match(text, after) is not None:
        return False
    casualty = casualty_word(text, mention, noun)
    # an earlier count in an earlier sentence (not a list of values in this one) has its
    # least sentence-end index below ``at`` (told_counts)
    at = bisect_left(ends, mention.start)
    same = [
        group
        for first_noun, first_casualty, group in before.groups()
        # the same thing counted
        if _same_noun(first_noun, noun, kin=referring, tail=after_of)
        and not _another_casualty(casualty, first_casualty, among=among)
    ]
    if among and any(
        group.unpointed.get(said, NEVER) < at for said in _AMONG_SAID for group in same
    ):
        return False  # 'trong số 301 ngôn ngữ' in the lead, then in the body: told again
    if referring:
        # A telling of the body, not the lead's alone, for the weaker signs: 'nơi',
        # 'Hiện', a count in the thousands ('Về đầu tư trong nước, 20.000 doanh nghiệp
        # đăng ký mới' is the body's first telling of the lead's '20.000 doanh nghiệp'),
        # or a first telling hedged with 'khoảng'
        strict = now_or_where or float(mention.value or 0) >= _THOUSANDS
        return any(group.in_body < at or (not strict and group.exact < at) for group in same)
    # After a verb or a preposition the body may tell the lead's fact again ('bắt quả
    # tang 2 đối tượng' in both): a repeat there points back only once the article has
    # already pointed back at the group, and then not with the words of a statement
    # ('ghép cho 4 bệnh nhân' after 'ghép tạng cho 4 bệnh nhân').
    if casualty or not any(group.pointed < at for group in same):
        return False
    said = predicate(text, mention.start)
    return not any(group.unpointed.get(said, NEVER) < at for group in same)


def predicate(text: str, at: int) -> tuple[str, ...]:
    """The last word before the number ('cho' in 'ghép tạng cho 4 bệnh nhân')."""
    return tuple(_LETTERS.findall(text[max(0, at - LEAD) : at].lower())[-1:])


def casualty_word(text: str, mention: Mention, noun: tuple[str, ...], told: bool = False) -> str:
    """The casualty word in or right after the counted noun ('người thương vong',
    'người bị thương'), or ''.  Of an earlier count (``told``), an arrest told by its verb
    before the number ('bắt 2 nghi phạm') is 'bị bắt', the words of its caption ('Hai nghi
    phạm bị bắt giữ')."""
    found = _CASUALTY.search(text, mention.end, np_end(text, mention.end, noun) + LEAD)
    if (
        told
        and found is None
        and _ARREST_BEFORE.search(text, max(0, mention.start - LEAD), mention.start)
    ):
        return "bị bắt"
    return _GAPS.sub(" ", found.group().strip()) if found else ""
