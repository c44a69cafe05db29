"""A count of people the sentences just before have listed by name (document level).

"... tạm giữ Lê Văn Tùng (SN 1996), Lê Văn Tuấn (SN 1996) và Lê Minh Tuấn (SN 1997)
... Nạn nhân là anh Bùi Ngọc Thạnh. Ba đối tượng tại cơ quan công an": the three are the
three just named; the writer repeats, he states no count (the session-3 convention of
tests/gold/README.md).  ``anaphora`` reads pairs ("A và B ... hai người"); this reads
lists of three to six names ("A, B và C"), with asides in brackets after a name.

Only where a reference stands: the count opens a sentence or a clause, or follows "cả",
"của", "giữa"; it counts people ("đối tượng", "người", "bị cáo" ...); the list ends in
this sentence or one of the two before; the list has exactly as many names as the
count.  Not before others, names or a toll ("Ba người khác", "3 người bị thương", "4
cầu thủ chơi trên hàng tấn công sẽ là Hồng Duy, ...": another four).
"""

from __future__ import annotations

import re

from claims.model import Mention

_WORD = r"[A-ZĐ][^\W\d_]*\.?"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD})*"
_TITLE = r"(?:(?:ông|bà|anh|chị|em|cháu|cô|đối tượng|bị cáo|bị can)[ \t]+)?"
_ASIDE = r"(?:[ \t]*\([^()\n]{0,90}\))?"
_ITEM = rf"{_TITLE}{_NAME}{_ASIDE}"
_LIST = re.compile(
    rf"(?<![^\W_]){_ITEM}(?:[ \t]*[,;][ \t]*{_ITEM})+[ \t]*,?[ \t]+(?:và|cùng)[ \t]+{_ITEM}"
)
_ASIDES = re.compile(r"\([^()\n]*\)")
_SEPARATORS = re.compile(r"[,;]|[ \t](?:và|cùng)[ \t]")
_HEAD = re.compile(
    r"[ \t]+(?:người|đối tượng|bị cáo|bị can|nghi phạm|nghi can|anh em|chị em|thanh niên|"
    r"cô gái|chàng trai|cầu thủ|nạn nhân)(?![^\W_])"
)
_PLACE = re.compile(
    r"(?:^|[.!?\n][\"”)]?[ \t]*|,[ \t]*|(?<![^\W_])(?:[Cc]ả|của|giữa|[Kk]hi|[Ss]au đó|[Ss]au khi)"
    r"[ \t]+)$"
)
_NOT_THEM = re.compile(
    r"[ \t]+(?:khác|còn lại|kia|nữa|trong)(?![^\W_])|[^.;!?\n]{0,40}?(?:bị thương|tử vong|"
    r"thiệt mạng|mất tích|(?<![^\W_])chết)|"
    r"[^.;!?\n]{0,60}?(?::|(?<![^\W_])(?:là|gồm)[ \t]+)[ \t]*[A-ZĐ]"
)
_SENTENCE_END = re.compile(r"[.!?\n]+[\"”)]?[ \t]")
_OXFORD = re.compile(r",[ \t]*và(?![^\W_])")
_COUNTS = {"ba": 3, "bốn": 4, "năm": 5, "sáu": 6}
_LOOK_BACK = 500


def names_them(text: str, mention: Mention) -> bool:
    """A count of the people a list of names just before has given (module doc)."""
    word = mention.text.strip().lower()
    count = int(word) if word.isdigit() else _COUNTS.get(word, 0)
    if mention.kind != "count" or mention.qualifier != "exact" or not 3 <= count <= 6:
        return False
    head = _HEAD.match(text, mention.end)
    if head is None or _NOT_THEM.match(text, head.end()):
        return False
    if _PLACE.search(text, max(0, mention.start - 12), mention.start) is None:
        return False
    window_start = max(0, mention.start - _LOOK_BACK)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, window_start, mention.start)]
    start = ends[-3] if len(ends) >= 3 else window_start
    for found in _LIST.finditer(text, start, mention.start):
        plain = _OXFORD.sub(" và", _ASIDES.sub("", found.group()))
        items = len(_SEPARATORS.findall(plain)) + 1
        if items == count:
            return True
    return False
