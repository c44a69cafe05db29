"""Two next whole numbers glued by a comma: a guess at a count, not a decimal.

'4,5 người thanh niên chạy ra', 'thử thêm 1,2 cái khác nữa', 'quay 2,3 tập', '"2,3 hôm
nữa mẹ về"': a writer who leaves out the space after the comma of '4, 5 người' guesses at
four or five people, as 'ba hoặc bốn quả hồng' does (one range claim [A, A+1], the
session-9 convention of tests/gold/README.md); no one counts 4.5 people.  Only a single
digit and the next one, read as an exact count with no unit and followed by a lower-case
word; not after a label ('thứ hạng 4,5', 'vị trí 3,4', 'mức độ 3,4', 'khoảnh 5,6': two
labels) nor after an average ('trung bình 2,3 người', 'bình quân mỗi tháng có 2,2 người').
"""

from __future__ import annotations

import re

from claims.model import Mention

_PAIR = re.compile(r"([1-8]),([2-9])")
_WORD_AFTER = re.compile(r"[ \t]+[a-zà-ỹđ]")
_LABEL_BEFORE = re.compile(
    r"(?<![^\W_])(?i:hạng|vị[ \t]+trí|mức[ \t]+độ|mức|khoảnh|khoản|điều|lớp|số|mục|phòng"
    r"|tầng|nhóm|loại|cấp|bậc|top|hiệp|vòng|phần|chương|tập|bài|câu|giai[ \t]+đoạn|kỳ|khu)"
    r"[ \t]+$"
)
_AVERAGE_BEFORE = re.compile(
    r"(?i:trung[ \t]+bình|bình[ \t]+quân|tương[ \t]+đương|hệ[ \t]+số|chỉ[ \t]+số|tỷ[ \t]+lệ)"
)
_LOOK_BACK = 60


def guessed_pairs(text: str, mentions: list[Mention]) -> list[Mention]:
    """Each '4,5' before a counted noun read as the range [4, 5] (see the module doc)."""
    result = mentions
    for index, mention in enumerate(mentions):
        if mention.kind != "count" or len(mention.text) != 3 or mention.text[1] != ",":
            continue
        pair = _PAIR.fullmatch(mention.text)
        if pair is None or mention.unit is not None or mention.qualifier != "exact":
            continue
        low, high = int(pair.group(1)), int(pair.group(2))
        if high != low + 1 or _WORD_AFTER.match(text, mention.end) is None:
            continue
        before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
        if _LABEL_BEFORE.search(before) or _AVERAGE_BEFORE.search(before):
            continue
        if result is mentions:
            result = list(mentions)
        result[index] = mention.model_copy(
            update={"value": None, "lower": low, "upper": high, "qualifier": "range"}
        )
    return result
