"""A count of people told as a population is the population's.

"Dân số Australia đã vượt 24,4 triệu người", "Dân số TP Hồ Chí Minh lên đến gần
13 triệu người", "Hamburg có dân số khoảng 1,8 triệu người", "với dân số 4,4 tỷ
người": the noun after the number ("người") is only the unit the population is
counted in; what the number states is the population ("dân số Australia"), as
a measure states its property (gold README, subject: "the priced or measured
thing or property").  The phrase is "dân số" (with "quy mô" before it) and the
owner after it, up to a few words, when only an aspect, an adverb or a
measuring verb stands between it and the number.  Not "công dân số …", a share
("2,6% dân số toàn cầu (177 triệu người)": a bracket between), a rate ("tỷ lệ
dân số/một cửa hàng"), nor a phrase with a number or a clause inside ("dân số đợt
trước năm 2011 đến đợt này là 1,3 triệu người": "Số công dân mới" is counted).

A body of people counted in people is the body's the same way: "tổng quân số thường
trực khoảng 220.000 người", "thủy thủ đoàn lên đến 6.000 người", "lực lượng dự bị
khoảng 430.000 người", "số thành viên hơn 500 người", "tổng số cán bộ nhân viên toàn
công ty lên gần 500 người"; "lực lượng" and "số" only with the noun after them ("với số
lượng 50 - 100 người" names no body), not "con số", "trong số", "đa số".
"""

from __future__ import annotations

import re

from claims.extract.context.sentence import SentenceWords
from claims.model import Mention

_PEOPLE = frozenset({"người", "dân", "người dân"})
_WINDOW = 100
_BETWEEN = (
    r"(?:(?:đã|hiện|hiện nay|chỉ|mới|sẽ|vẫn|cũng|có|là|đạt|vượt|vượt ngưỡng|vượt mốc|"
    r"lên|lên đến|lên tới|tăng|tăng lên|giảm|giảm xuống|còn|ước tính|khoảng|chừng|"
    r"gần|hơn|trên|dưới|xấp xỉ|tới|đến|vào khoảng|gồm|nhiều|ước|ước đạt)\s+)*"
)
_NOT_OWNER = (
    r"(?:đã|hiện|chỉ|mới|sẽ|vẫn|cũng|có|là|đạt|vượt|lên|tăng|giảm|còn|với|và|thì|nhưng"
    r"|của|khoảng|gần|hơn|trên|dưới|gồm|nhiều|ước)(?!\w)"
)
_OWNER_WORD = rf"(?!{_NOT_OWNER})[^\W\d_][\w.]*"
"""A word of the owner ("Australia", "TP Hồ Chí Minh"): no verb, hedge or number."""
_POPULATION = re.compile(
    rf"(?<![\w.])((?:[Qq]uy\s+mô\s+)?[Dd]ân\s+số(?:\s+{_OWNER_WORD}){{0,5}})\s+{_BETWEEN}$"
)
_NOT_OWNED = re.compile(r"(?i:công)\s+$")
_BODY = re.compile(
    rf"(?<![\w.])((?:(?:[Tt]ổng\s+)?[Qq]uân\s+số|[Tt]hủy\s+thủ\s+đoàn)(?:\s+{_OWNER_WORD}){{0,4}}"
    rf"|(?:[Ll]ực\s+lượng|(?:[Tt]ổng\s+)?[Ss]ố(?:\s+lượng)?)(?!\s+lượng\s+{_BETWEEN}$)"
    rf"(?:\s+{_OWNER_WORD}){{1,7}})"
    rf"\s+{_BETWEEN}$"
)
""""tổng quân số thường trực khoảng 220.000 người", "thủy thủ đoàn lên đến 6.000 người",
"lực lượng dự bị khoảng 430.000 người", "số thành viên hơn 500 người", "tổng số cán bộ
nhân viên toàn công ty lên gần 500 người": a body of people, told in people."""
_NOT_A_BODY = re.compile(
    r"(?<!\w)(?i:con|trong|đa|thiểu|phần\s+lớn|cả|dân|điểm|tỷ|tỉ|chỉ|hệ|tần|biến|chữ|mã|ký|kí"
    r"|hiệu|bảng|sĩ|tham|đại|hằng|thông|quá|vượt|doanh)\s+$"
)
""""con số", "trong số", "đa số", "dân số", "điểm số", "quá số người quy định" (more than
it): no body of people, or another number."""


def population(words: SentenceWords, mention: Mention, found: str | None) -> str | None:
    """``found``, or the population a count of people states."""
    if mention.kind != "count" or found is None or found.lower() not in _PEOPLE:
        return found
    text = words.text
    start = max(words.start, mention.start - _WINDOW)
    before = text[start : mention.start]
    match = _POPULATION.search(before)
    if match is not None and not _NOT_OWNED.search(before, 0, match.start(1)):
        return match.group(1)
    body = _BODY.search(before)
    if body is None or _NOT_A_BODY.search(before, 0, body.start(1)):
        return found
    return body.group(1)
