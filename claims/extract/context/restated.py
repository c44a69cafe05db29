"""Counts that point back at things the article has already counted (document level).

The session-3 convention of tests/gold/README.md: a number in a definite reference to
things already named repeats, it does not assert.  "Một nhóm 3 siêu trộm đã gây chấn
động ... Sau khi gây án, 3 tên trộm nhanh chóng trốn thoát": the second "3" is "the
three thieves"; the count was stated once, at the start.  Two signs, read over the
whole article (``anaphora`` reads only pairs named just before):

- **A demonstrative.**  "hai đứa con này", "hai khoản đó", "2 cô giáo nói trên", "4
  người nêu trên", "Trong số 56 nguồn tin này": the noun phrase ends in "này", "đó",
  "ấy", "nói trên", "nêu trên", "kể trên" (or a bare "trên" closing it: "2 loại tên
  lửa trên để …").  The things were met before, whether counted or listed ("cột mốc
  423, 428. Hai cột mốc này …").  Not "đó là" (which introduces: "có hai lý do, đó là
  …") nor "trong đó", "sau đó" (the noun phrase stops at such words).
- **A repeat in a referring place.**  The same number counts the same noun as a count
  of an earlier sentence ("3 siêu trộm" … "3 tên trộm", "4 bệnh nhân" … "4 bệnh
  nhân"), and this one stands where a reference stands: it opens a clause ("Hai thủy
  thủ, được cho là …", "Khi bị phát hiện, hai đối tượng đã …"), follows "cả" ("cả ba
  mẫu đều không đạt") or "của", "giữa", "do" ("tình trạng sức khỏe của 4 bệnh nhân",
  "hình dáng của hai cột mốc", "là do 2 văn bản").

A repeat right after a verb stays a claim: the lead and the body each state the fact
("bắt quả tang 2 đối tượng" in both, "khiến 4 người phải nhập viện"), and the gold sets
keep both.  So do the values of a list in one sentence ("2 người chết, 2 người bị
thương", "Côte d'Ivoire 185 phiếu"): a repeat needs an earlier sentence, and a count
followed by a casualty word ("2 người bị thương") repeats only a count of that
casualty.  Other members ("4 đối tượng còn lại"), names that follow ("3 huyện Ea Súp,
Buôn Đôn và Krông Búk") and list headings ("16 bàn: Messi") are no repeat either.
Counts of one thing ("1 mẫu chưa đạt") are left alone: "một" repeats too often as a new
fact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

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
_REFERRING_BEFORE = re.compile(r"(?<![^\W_])(?:(?<!tất )(?<!Tất )cả|Cả|của|giữa|do|bởi)[ \t]*$")
"""'cả ba mẫu', 'của 4 bệnh nhân', 'là do 2 văn bản'; not 'tất cả' (in all:
'có tất cả sáu đoạn cống' states the number), nor 'cho', 'với', 'về' after a verb ('ghép tạng
cho 4 bệnh nhân' is the body telling the fact the lead told, 'Arsenal thu về 4 điểm'),
nor 'tại', 'ở' ('hơn 75.000 máy tính tại 150 nước' tells the lead's fact again)."""
_CASUALTY = re.compile(
    r"(?<![^\W_])(?:bị[ \t]+thương|chết|tử[ \t]+vong|thiệt[ \t]+mạng|mất[ \t]+tích|bị[ \t]+bắt|"
    r"thương[ \t]+vong|nhập[ \t]+viện|bị[ \t]+thương[ \t]+nặng)(?![^\W_])"
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


def restated_counts(text: str, mentions: Iterable[Mention]) -> set[int]:
    """The ``id`` of every count in ``mentions`` that refers back (see the module doc)."""
    restated: set[int] = set()
    earlier: dict[float, list[tuple[Mention, tuple[str, ...]]]] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        if not _is_plain_count(mention) or not isinstance(mention.value, int | float):
            continue
        noun = _noun_phrase(text, mention.end)
        if not noun:
            continue
        value = float(mention.value)
        if _PARENT_BEFORE.search(text, max(0, mention.start - _LEAD), mention.start):
            pass  # 'Bà mẹ hai con này': 'này' points at the mother
        elif _demonstrative_after(text, mention.end, noun) or _repeats(
            text, mention, noun, earlier.get(value, ())
        ):
            restated.add(id(mention))
        earlier.setdefault(value, []).append((mention, noun))
    return restated


def _is_plain_count(mention: Mention) -> bool:
    """An exact count of two or more, printed as a number ('3', 'ba')."""
    if mention.kind != "count" or mention.qualifier != "exact":
        return False
    if not isinstance(mention.value, int | float) or mention.value < 2:
        return False
    word = mention.text.strip().lower()
    return word.isdigit() or word in _NUMBER_WORDS


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
    return _DEMONSTRATIVE.match(text, _np_end(text, end, noun)) is not None


_PERSON_HEADS_WORDS = "kẻ tên người đối nghi bị cô anh chị ông bà em cháu đứa vị"
_PERSON_HEADS = frozenset(_PERSON_HEADS_WORDS.split())
"""Heads of counts of people: 'ba kẻ gây ra vụ lao xe' and 'Ba kẻ tấn công' are the
same three (a count of the injured or the dead is told apart by ``_casualty``)."""


def _same_noun(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """'tên trộm' and 'siêu trộm' (the same last syllable of a compound), 'bệnh nhân'
    and 'bệnh nhân ghép thận' (one starts the other), 'kẻ gây ra' and 'kẻ tấn công'."""
    shorter, longer = sorted((first, second), key=len)
    if longer[: len(shorter)] == shorter or first[0] == second[0] in _PERSON_HEADS:
        return True
    return len(first) >= 2 and len(second) >= 2 and first[1] == second[1]


def _repeats(
    text: str,
    mention: Mention,
    noun: tuple[str, ...],
    before: Iterable[tuple[Mention, tuple[str, ...]]],
) -> bool:
    lead = text[max(0, mention.start - _LEAD) : mention.start]
    if _OPENS.search(lead) is None and _REFERRING_BEFORE.search(lead) is None:
        return False
    after = _np_end(text, mention.end, noun)
    if _OTHERS_OR_NAMES.match(text, after) is not None:
        return False
    casualty = _casualty(text, mention, noun)
    for first, first_noun in before:
        if _SENTENCE_END.search(text, first.end, mention.start) is None:
            continue  # the same sentence: a list of values
        if not _same_noun(first_noun, noun):
            continue
        if casualty and casualty != _casualty(text, first, first_noun):
            continue  # '2 người bị thương' after '2 người chết': another fact
        return True
    return False


def _casualty(text: str, mention: Mention, noun: tuple[str, ...]) -> str:
    """The casualty word in or right after the counted noun ('người thương vong',
    'người bị thương'), or ''."""
    found = _CASUALTY.search(text, mention.end, _np_end(text, mention.end, noun) + _LEAD)
    return re.sub(r"[ \t]+", " ", found.group().strip()) if found else ""
