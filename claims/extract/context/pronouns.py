"""Counts that are pronouns or articles: "hai đứa", "hai bạn", "như 1 …".

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
- **"như 1 …".**  "khu vực ban công này như 1 thế giới thư giãn", "tiện nghi như ở 1
  khách sạn tầm cỡ", "sử dụng như 1 robot chở đồ": the digit stands for the article "a"
  of a comparison ("like a world of its own"); README: "một" is never annotated as the
  indefinite article, and the digit there is the same word.
"""

from __future__ import annotations

import re

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
_TOLL = re.compile(r"bị thương|tử vong|thiệt mạng|mất tích|nhập viện|cấp cứu|(?<![^\W_])chết")
_TOLL_WINDOW = 40
_LIKE_BEFORE = re.compile(r"(?<![^\W_])(?:như|Như)(?:[ \t]+(?:là|ở))?[ \t]+$")
_LOOK_BACK = 16


def counts_no_one(text: str, mention: Mention) -> bool:
    """True for 'hai đứa', 'hai bạn' as a pronoun and '1' as the article of 'như 1 …'
    (see the module doc).  A cheap test of the value and the printed number first."""
    if mention.kind != "count" or mention.qualifier != "exact":
        return False
    printed = mention.text.strip().lower()
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    if mention.value == 1:
        return printed == "1" and _LIKE_BEFORE.search(before) is not None
    if mention.value != 2 or printed not in ("hai", "2"):
        return False
    head = _PAIR_HEAD.match(text, mention.end)
    if head is None or _NOUN_AFTER.match(text, head.end()) is not None:
        return False
    if _STATING_BEFORE.search(before) is not None:
        return False
    return _TOLL.search(text, head.end(), head.end() + _TOLL_WINDOW) is None
