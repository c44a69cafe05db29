"""Counts that point back at things the article has already counted (document level).

The session-3 convention of tests/gold/README.md: a number in a definite reference to
things already named repeats, it does not assert.  "Một nhóm 3 siêu trộm đã gây chấn
động ... Sau khi gây án, 3 tên trộm nhanh chóng trốn thoát": the second "3" is "the
three thieves"; the count was stated once, at the start.  Four signs, read over the
whole article (``anaphora`` reads pairs named just before, ``named_groups`` lists of
three to six names, and either may start a group pointed back at):

- **A demonstrative.**  "hai đứa con này", "hai khoản đó", "2 cô giáo nói trên", "4
  người nêu trên", "Trong số 56 nguồn tin này": the noun phrase ends in "này", "đó",
  "ấy", "nói trên", "nêu trên", "kể trên" (or a bare "trên" closing it: "2 loại tên
  lửa trên để …").  The things were met before, whether counted or listed ("cột mốc
  423, 428. Hai cột mốc này …").  Not "đó là" (which introduces: "có hai lý do, đó là
  …") nor "trong đó", "sau đó" (the noun phrase stops at such words).
- **"cả" before the number.**  "cả ba người xông vào ẩu đả", "Cả 2 lãnh đạo nhấn
  mạnh", "cả hai khai nhận", "một hoặc cả hai đối thủ": all of a group already met (the
  README's "cả ba mẫu", "Cả hai tác phẩm").  Not "tất cả" (in all), "và cả" (as well
  as), after a cause or a place ("khiến cả 3 người thương vong" tells the toll, "vượt
  qua SPD ở cả 3 cuộc bầu cử" how far a fact reaches), before the members ("cả 2 hệ
  điều hành iOS và Android", "Cả ba khu vực nông nghiệp, công nghiệp, dịch vụ"), over a
  span ("không thắng cả 5 trận gần nhất"), in the article's first sentence, nor above
  ten ("đối đầu cả 100 tập đoàn": as many as).
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

So do the values of a list in one sentence stay claims ("2 người chết, 2 người bị
thương", "Côte d'Ivoire 185 phiếu"): a repeat needs an earlier sentence, and a count
followed by a casualty word ("2 người bị thương") repeats only a count of that
casualty.  Other members ("4 đối tượng còn lại"), names that follow ("3 huyện Ea Súp,
Buôn Đôn và Krông Búk", "5 đối tượng gồm: Nguyễn Văn Sang, ...") and list headings
("16 bàn: Messi") are no repeat either.  Counts of one thing ("1 mẫu chưa đạt") are
left alone: "một" repeats too often as a new fact.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from itertools import pairwise

from claims.extract.context.named_groups import names_them
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
_DEMONSTRATIVE = re.compile(
    r"[ \t]+(?:này|đó(?![ \t]+là(?![^\W_]))|ấy|(?:nói|nêu|kể)[ \t]+trên|"
    r"trên(?=[ \t]*(?:[.,;:!?)\"”]|$|[ \t](?:để|đã|đều|cũng|sẽ|vẫn|bị|được)(?![^\W_]))))"
    r"(?![^\W_])"
)
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
_NEW_FACT_BEFORE = re.compile(
    r"(?<![^\W_])(?:cũng|trong đó có|trong số đó có|thêm)(?![^\W_])|(?<![^\W_])(?:có|gồm)[ \t]*$"
)
"""'cũng đã bắt được hai đối tượng' (another pair), 'trong đó có bốn người' (some of
them), 'bắt thêm 2 đối tượng': a new fact about the same noun."""
_ALL_BEFORE = re.compile(
    r"(?<![^\W_])(?<!tất )(?<!Tất )(?<!và )(?<!cùng )(?<!lẫn )(?:cả|Cả)[ \t]*$"
)
"""'cả ba người'; not 'tất cả' (in all), nor 'và cả', 'cùng cả' (as well as: 'anh T., chị
L. và cả 2 thanh niên ngồi trên xe máy kia')."""
_ALL_MAX = 10
_LATEST = re.compile(r"(?<![^\W_])(?:gần nhất|gần đây|vừa qua|liên tiếp)(?![^\W_])")
_INTRODUCES = re.compile(
    r"[ \t]*(?::|(?:gồm|như)(?![^\W_])|là(?=[^.;!?\n]{0,60}?(?:,|[ \t]và[ \t])))"
)
"""'cả 2 đối tượng là người dự lễ hội và chính quyền', 'cả hai kênh: áp lực và đối
thoại', 'hai phiên bản Galaxy S8 gồm ...': the members follow."""
_CAUSE_BEFORE = re.compile(
    r"(?<![^\W_])(?:khiến|làm|gây|cướp đi|giết|sát hại|cứu|cứu sống|ở|tại|trên|tới|đến)"
    r"(?:[ \t]+cho)?[ \t]+(?:cả|Cả)[ \t]*$"
)
"""'khiến cả 3 người thương vong' tells the toll; 'vượt qua SPD ở cả 3 cuộc bầu cử' how
far a fact reaches."""
_NAMES_OR_LIST_AFTER = re.compile(
    r"(?:[ \t]+[^\W\d_]+){1,4}(?:[ \t]+\S*[A-ZĐ][^.;!?\n]{0,40}?(?:,|[ \t]và)[ \t]*\S*[A-ZĐ]"
    r"|[ \t]*,(?:[ \t]*[^\W\d_]+){1,3}[ \t]*(?:,|[ \t]và))"
)
"""'cả 2 hệ điều hành iOS và Android', 'Cả ba khu vực nông nghiệp, công nghiệp, dịch
vụ': the members follow."""
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
_PARENT_BEFORE = re.compile(r"(?<![^\W_])(?:mẹ|bố|cha)[ \t]+$")
_SENTENCE_END = re.compile(r"[.!?\n]")
_NUMBER_WORDS_TEXT = "hai ba bốn năm sáu bảy tám chín mười"
_NUMBER_WORDS = frozenset(_NUMBER_WORDS_TEXT.split())
"""A count printed in digits or one of these words ('2 người', 'Hai người')."""
_LEAD = 16
_ABOUT_MIN = 10
_THOUSANDS = 1000


def restated_counts(text: str, mentions: Iterable[Mention]) -> set[int]:
    """The ``id`` of every count in ``mentions`` that refers back (see the module doc)."""
    restated: set[int] = set()
    # the earlier counts of each value, grouped (told_counts): testing each earlier count
    # took time in the square of their number on a table telling one figure per line
    earlier: dict[float, Told] = {}
    # found once: searching the text between every pair of equal counts took minutes on a
    # long sentence listing the same number thousands of times
    ends = [found.start() for found in _SENTENCE_END.finditer(text)]
    body = text.find("\n")
    for mention in sorted(mentions, key=lambda m: m.start):
        if not isinstance(mention.value, int | float):
            continue
        noun = _noun_phrase(text, mention.end)
        if not noun:
            continue
        value = float(mention.value)
        if not _is_plain_count(mention):
            if _is_about_count(mention):  # 'khoảng 1.000 công nhân' ... 'Hiện 1.000 công nhân'
                _tell(earlier.setdefault(value, Told()), text, mention, noun, ends, body, False)
            continue
        if _PARENT_BEFORE.search(text, max(0, mention.start - _LEAD), mention.start):
            pass  # 'Bà mẹ hai con này': 'này' points at the mother
        elif (
            _demonstrative_after(text, mention.end, noun)
            or _all_of(text, mention, noun, ends)
            or names_them(text, mention)
            or _repeats(text, mention, noun, earlier.get(value), ends)
        ):
            restated.add(id(mention))
        pointed = id(mention) in restated
        _tell(earlier.setdefault(value, Told()), text, mention, noun, ends, body, pointed)
    return restated


def _tell(
    told: Told,
    text: str,
    mention: Mention,
    noun: tuple[str, ...],
    ends: Sequence[int],
    body: int,
    pointed: bool,
) -> None:
    """Add a count to the earlier counts of its value, with what ``_repeats`` reads of it."""
    told.add(
        noun,
        _casualty(text, mention, noun, told=True),
        bisect_left(ends, mention.end),  # _ends_between(ends, mention.end, x) iff < at of x
        in_body=mention.start > body,
        exact=mention.qualifier == "exact",
        pointed=pointed,
        said=_predicate(text, mention.start),
    )


def _ends_between(ends: Sequence[int], start: int, end: int) -> bool:
    """Whether a sentence ends in ``text[start:end]`` (``ends``: every end, in order)."""
    at = bisect_left(ends, start)
    return at < len(ends) and ends[at] < end


def _all_of(text: str, mention: Mention, noun: tuple[str, ...], ends: Sequence[int]) -> bool:
    """'cả ba người xông vào', 'Cả 2 lãnh đạo nhấn mạnh', 'cả hai khai nhận': all of a
    group already met.  Not after a cause ('khiến cả 3 người thương vong' tells the
    toll), nor before the members' names or list ('cả 2 hệ điều hành iOS và Android',
    'Cả ba khu vực nông nghiệp, công nghiệp, dịch vụ') or a casualty word."""
    lead = text[max(0, mention.start - _LEAD - 8) : mention.start]
    if _ALL_BEFORE.search(lead) is None or _CAUSE_BEFORE.search(lead) is not None:
        return False
    if not isinstance(mention.value, int) or mention.value > _ALL_MAX:
        return False  # 'đối đầu cả 100 tập đoàn': as many as
    if not _ends_between(ends, 0, mention.start):
        return False  # the article's first sentence: nothing met yet
    after = _np_end(text, mention.end, noun)
    if _NAMES_OR_LIST_AFTER.match(text, mention.end) or _INTRODUCES.match(text, after):
        return False
    if _LATEST.search(text, mention.end, after + _LEAD):
        return False  # 'không thắng cả 5 trận gần nhất': a record over a span
    return not _casualty(text, mention, noun)


def _is_plain_count(mention: Mention) -> bool:
    """An exact count of two or more, printed as a number ('3', 'ba')."""
    if mention.kind != "count" or mention.qualifier != "exact":
        return False
    if not isinstance(mention.value, int | float) or mention.value < 2:
        return False
    word = mention.text.strip().lower()
    return word.replace(".", "").isdigit() or word in _NUMBER_WORDS  # '3', '1.000', 'ba'


def _is_about_count(mention: Mention) -> bool:
    """A count of ten or more said with 'khoảng': a later exact repeat points back at it."""
    return (
        mention.kind == "count"
        and mention.qualifier == "about"
        and isinstance(mention.value, int | float)
        and mention.value >= _ABOUT_MIN
    )


def _noun_phrase(text: str, at: int) -> tuple[str, ...]:
    """The counted noun right after the number: up to four lower-case syllables
    before a function word ('3 tên trộm nhanh chóng' -> tên trộm nhanh chóng)."""
    words: list[str] = []
    for _ in range(_NP_MAX):
        found = _WORD.match(text, at)
        if found is None:
            break
        word = found.group(1)
        if not word[0].islower() or word in _STOP:
            break
        words.append(word)
        at = found.end()
    return tuple(words)


def _np_end(text: str, at: int, noun: tuple[str, ...]) -> int:
    for _ in noun:
        found = _WORD.match(text, at)
        assert found is not None
        at = found.end()
    return at


def _demonstrative_after(text: str, end: int, noun: tuple[str, ...]) -> bool:
    """'hai khoản đó', '1.300 cây xanh này'; not a kind ('20.000 khẩu súng loại này': this
    kind of gun, which the count does not point back at)."""
    if noun and noun[-1] in _KINDS:
        return False
    return _DEMONSTRATIVE.match(text, _np_end(text, end, noun)) is not None


_KINDS = frozenset(("loại", "kiểu", "dạng"))


_PERSON_HEADS_WORDS = "kẻ tên người đối nghi bị cô anh chị ông bà em cháu đứa vị"
_PERSON_HEADS = frozenset(_PERSON_HEADS_WORDS.split())
"""Heads of counts of people: 'ba kẻ gây ra vụ lao xe' and 'Ba kẻ tấn công' are the
same three (a count of the injured or the dead is told apart by ``_casualty``)."""

_CHILDREN = frozenset(("con", "cháu", "bé", "trẻ", "đứa"))


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


def _repeats(
    text: str,
    mention: Mention,
    noun: tuple[str, ...],
    before: Told | None,
    ends: Sequence[int],
) -> bool:
    if before is None:
        return False  # no earlier count of the number: nothing it could repeat
    lead = text[max(0, mention.start - _LEAD) : mention.start]
    after_of = _REFERRING_BEFORE.search(lead) is not None
    now_or_where = _NOW_OR_WHERE.search(lead) is not None
    referring = after_of or now_or_where or _OPENS.search(lead) is not None
    wide = text[max(0, mention.start - 2 * _LEAD) : mention.start]
    if not referring and _NEW_FACT_BEFORE.search(wide) is not None:
        return False  # 'cũng đã bắt được hai đối tượng', 'trong đó có bốn người'
    after = _np_end(text, mention.end, noun)
    if _OTHERS_OR_NAMES.match(text, after) is not None:
        return False
    if _INTRODUCES.match(text, after) is not None:
        return False
    casualty = _casualty(text, mention, noun)
    # an earlier count in an earlier sentence (not a list of values in this one) has its
    # least sentence-end index below ``at`` (told_counts)
    at = bisect_left(ends, mention.start)
    same = [
        group
        for first_noun, first_casualty, group in before.groups()
        # the same thing counted
        if _same_noun(first_noun, noun, kin=referring, tail=after_of)
        # '2 người bị thương' after '2 người chết': another fact
        and not (casualty and casualty != first_casualty)
    ]
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
    said = _predicate(text, mention.start)
    return not any(group.unpointed.get(said, NEVER) < at for group in same)


def _predicate(text: str, at: int) -> tuple[str, ...]:
    """The last word before the number ('cho' in 'ghép tạng cho 4 bệnh nhân')."""
    return tuple(re.findall(r"[^\W\d_]+", text[max(0, at - _LEAD) : at].lower())[-1:])


def _casualty(text: str, mention: Mention, noun: tuple[str, ...], told: bool = False) -> str:
    """The casualty word in or right after the counted noun ('người thương vong',
    'người bị thương'), or ''.  Of an earlier count (``told``), an arrest told by its verb
    before the number ('bắt 2 nghi phạm') is 'bị bắt', the words of its caption ('Hai nghi
    phạm bị bắt giữ')."""
    found = _CASUALTY.search(text, mention.end, _np_end(text, mention.end, noun) + _LEAD)
    if (
        told
        and found is None
        and _ARREST_BEFORE.search(text, max(0, mention.start - _LEAD), mention.start)
    ):
        return "bị bắt"
    return re.sub(r"[ \t]+", " ", found.group().strip()) if found else ""
