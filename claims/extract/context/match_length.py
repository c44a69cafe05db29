"""The length of a football match: 'Sau 90 phút thi đấu quyết liệt', 'sau 120 phút'.

'Sau 90 phút thi đấu quyết liệt, …', 'Gangwon sau 90 phút cũng giành chiến thắng 2-1',
'kết quả sau 90 phút', 'bước vào loạt đá luân lưu sau 90 phút hòa nhau': in a football
report 90 minutes (120 with extra time) is how long every match lasts, a rule of the game
the writer uses to say when a result stood, not a figure the report states
(tests/gold/README.md, "Conventions settled in session 17").  Only an exact 90 or 120
minutes, and only in an article that speaks of football and not of tennis: 'chỉ mất
khoảng 90 phút để đánh bại …' and a tennis match's 'sau 90 phút căng thẳng' say how long
one match took, 'môn Toán thi 90 phút' how long an exam lasts, and stay claims.  A minute
of play ('phút 90') is another thing (``name_parts``).
"""

from __future__ import annotations

import re

from claims.model import Mention

_MATCH_MINUTES = frozenset({90, 120})
_FOOTBALL = re.compile(
    r"(?<![^\W_])(?:bóng[ \t]+đá|cầu[ \t]+thủ|thủ[ \t]+môn|tiền[ \t]+đạo|hậu[ \t]+vệ|tiền[ \t]+vệ"
    r"|bàn[ \t]+thắng|ghi[ \t]+bàn|luân[ \t]+lưu|phạt[ \t]+đền|penalty|V-?League|World[ \t]+Cup"
    r"|Ngoại[ \t]+hạng|Champions[ \t]+League|đội[ \t]+tuyển|sân[ \t]+cỏ)(?![^\W_])",
    re.IGNORECASE,
)
"""Words only football reports use ('HLV' and 'trận đấu' are every sport's)."""
_TENNIS = re.compile(
    r"(?<![^\W_])(?:tay[ \t]+vợt|set|tie-?break|ATP|WTA|Grand[ \t]+Slam|Roland[ \t]+Garros)"
    r"(?![^\W_])",
    re.IGNORECASE,
)
"""A tennis report, whose matches have no fixed length (and whose players are 'cầu thủ'
nowhere, but whose pages link football stories)."""


def tells_a_match_length(text: str, mention: Mention) -> bool:
    """True for an exact 90 or 120 minutes in an article about football."""
    if mention.kind != "duration" or mention.unit != "phút" or mention.qualifier != "exact":
        return False
    if mention.value not in _MATCH_MINUTES:
        return False
    return _FOOTBALL.search(text) is not None and _TENNIS.search(text) is None
