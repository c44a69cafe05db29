"""The state one scan carries, shared by the digit and word readings."""

from __future__ import annotations

import re
from datetime import date

WEEKDAY_FOLLOW = re.compile(
    r"\s*(?:[,(]|ngày|tuần|này|tới|vừa|\d{1,2}/|(?:hàng|đầu|cuối)\s+tuần"
    r"|(?:(?:và|hoặc|đến|tới|-|–)\s*thứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])\s*)?"
    r"(?:và|hoặc|đến|tới|-|–)\s*(?:[Cc]hủ\s+[Nn]hật|CN)(?!\w))"
)
"""What follows 'thứ 2' / 'thứ Hai' when it names a weekday, not a rank: also a run of
days that ends on Sunday ('thứ bảy và chủ nhật', 'thứ 4 và thứ 6 và chủ nhật')."""
PART_OF_DAY_BEFORE = re.compile(
    r"(?<![^\W_])(?:[Ss]áng|[Tt]rưa|[Cc]hiều|[Tt]ối|[Đđ]êm|[Kk]huya)(?:[ \t]+sớm)?[ \t]+$"
)
"""'sáng thứ 2', 'tối thứ bảy': a part of the day before 'thứ N' makes it a weekday."""
DAY_LED_WEEKDAY_BEFORE = re.compile(
    r"(?<![^\W_])(?:[Hh]ôm|vào(?:[ \t]+(?:các[ \t]+)?ngày)?|[Cc]ác[ \t]+ngày|[Mm]ỗi)[ \t]+"
    r"(?:thứ[ \t]+[2-7][ \t]*(?:,|và|hoặc)[ \t]*)*$"
)
"""'hôm thứ 2', 'vào thứ 4 và thứ 6', 'vào các ngày thứ 3, thứ 5 và thứ 7': a day word
before 'thứ N' (or before the run it ends) makes it a weekday; not 'ngày thứ 2 của phiên
tòa', the second day of a hearing (WEEKDAY_OF_AFTER)."""
WEEKDAY_OF_AFTER = re.compile(r"[ \t]+của(?![^\W_])")
RANKED_BY = re.compile(
    r"(?<![^\W_])(?:xếp|đứng|xếp hạng|về|đạt hạng"
    r"|phút|phút bù giờ|set|hiệp|ván|game|vòng|lần|năm học|trận|phiên|tuần"
    r"|hiệp đấu|vòng đấu|trận đấu|lượt đấu|lượt trận)[ \t]+$"
)
"""Before 'thứ 3' it ranks, whatever follows: 'xếp thứ 3, với 2 điểm', 'ở set thứ hai,',
'phút bù giờ thứ 3,', 'Ở hiệp đấu thứ 2, khi' (a verb of ranking, or a noun that is
counted off in order)."""


class ScanState:
    """The text, the publication date, and where the last mention ended."""

    def __init__(self, text: str, published: date | None) -> None:
        self.text = text
        self.published = published
        self.floor = 0  # end of the last mention: cues never reach before it
        self.last_count_end = -1  # end of the last mention if it was a count, else -1
        self.last_date_end = -1  # end of the last date mention, or -1
