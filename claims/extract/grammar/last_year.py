"""A day, a month or a quarter told as last year's: 'tháng 9 năm ngoái' (September last year).

Without a printed year a date takes the publication year (``dates.iso_month``), which is
wrong when 'năm ngoái' (last year) follows it: 'Tháng 9 năm ngoái, tàu vỏ thép đóng xong'
in an article published in May 2017 tells of September 2016, not of a September four months
ahead.  In vnnews's first 10,000 articles 89 dates are followed by 'năm ngoái', 61 of them in
articles with a publication date, each read in the publication year before this pass.
'năm trước' is left alone: it may mean the year before the one being told of.

A date followed by 'hàng năm' or 'hằng năm' (every year: 'vào tháng 9 hàng năm', 'Ngày 2-2
hằng năm là ngày Đất ngập nước thế giới', 'vào tháng 5 và tháng 11 hàng năm') recurs and
takes no year at all, as the gold labels read it ('--07-05', '--02'): the publication year
would date a yearly event to one year.  In vnnews's first 10,000 articles 35 dates stand
before 'hàng/hằng/mỗi năm/tháng', about a third of them given the publication year.
So does the day in the name of Children's Day, 'Quốc tế Thiếu nhi 1/6', 'Tết Thiếu nhi 1/6'
(the holiday, not one year's: 'Ngày Quốc tế thiếu nhi 1/6 từ lâu vốn được ...').

'năm tới' (next year) moves the date one year on: 'vào tháng 7 năm tới, NASA sẽ đưa tàu
thăm dò …' in an article of June 2017 is July 2018.  'năm sau' (the year after) takes the
year away, as 'hàng năm' does: it is next year from now ('cuộc bầu cử … vào tháng Ba năm
sau') or the year after another ('từ tháng 9 đến tháng 4 năm sau là mùa cao điểm', 'chậm
nhất vào ngày 30/1 năm sau đối với năm báo cáo', a season or a rule of every year), and the
gold labels give a date no year it does not print.  In vnnews's first 10,000 articles six
dates with a publication date stand before them, all six read in the publication year.
"""

from __future__ import annotations

import re
from datetime import date

from claims.model import Mention

_LAST_YEAR_AFTER = re.compile(r"[ \t]+năm[ \t]+ngoái(?![^\W_])")
_NEXT_YEAR_AFTER = re.compile(r"[ \t]+năm[ \t]+tới(?![^\W_])")
_YEAR_AFTER_AFTER = re.compile(r"[ \t]+năm[ \t]+sau(?![^\W_])")
_EVERY_YEAR_AFTER = re.compile(
    r"(?:[ \t]+(?:và|-|–|đến)[ \t]+(?:tháng[ \t]+)?\d{1,2})?[ \t]+(?:hàng|hằng)[ \t]+năm(?![^\W_])"
)
"""'tháng 9 hàng năm', 'tháng 5 và tháng 11 hàng năm', 'tháng 9 và 11 hàng năm'."""
_HOLIDAY_BEFORE = re.compile(
    r"(?<![^\W_])(?:[Qq]uốc[ \t]+tế|[Tt]ết|[Nn]gày|[Ll]ễ)[ \t]+[Tt]hiếu[ \t]+[Nn]hi[ \t]+$"
)
"""'Quốc tế Thiếu nhi ', 'Tết Thiếu nhi ': Children's Day, then its day (1/6)."""
_CUES = ("ngoái", "ng năm", "hiếu", "năm tới", "năm sau")
"""Pieces of 'năm ngoái', 'hàng/hằng năm', 'Thiếu nhi', 'năm tới' and 'năm sau': an article
with none of them has no date any rule here moves."""
_PRINTED_YEAR = re.compile(r"\d{4}|\d[/.-]\d{1,2}[/.-]\d{2}")
"""A year written in the date itself ('8/3/2016', '8.3.16'), which no following word moves."""


def date_last_year(text: str, mentions: list[Mention], published: date | None) -> list[Mention]:
    """Moves a date that took the publication year back one year when 'năm ngoái' follows,
    on one when 'năm tới' follows, and takes it away when 'hàng năm' or 'năm sau' follows."""
    if published is None or not any(cue in text for cue in _CUES):
        return mentions
    this_year = f"{published.year}-"
    last_year = f"{published.year - 1}-"
    next_year = f"{published.year + 1}-"
    result = []
    for mention in mentions:
        value = mention.value
        if (
            mention.kind == "date"
            and isinstance(value, str)
            and value.startswith(this_year)
            and _PRINTED_YEAR.search(mention.text) is None
        ):
            if _LAST_YEAR_AFTER.match(text, mention.end) is not None:
                mention = mention.model_copy(update={"value": value.replace(this_year, last_year)})
            elif _NEXT_YEAR_AFTER.match(text, mention.end) is not None:
                mention = mention.model_copy(update={"value": value.replace(this_year, next_year)})
            elif _recurs(text, mention.start, mention.end) or _YEAR_AFTER_AFTER.match(
                text, mention.end
            ):
                mention = mention.model_copy(update={"value": value.replace(this_year, "--")})
        result.append(mention)
    return result


def _recurs(text: str, start: int, end: int) -> bool:
    """'tháng 9 hàng năm', 'Quốc tế Thiếu nhi 1/6': a date that comes back every year."""
    return (
        _EVERY_YEAR_AFTER.match(text, end) is not None
        or _HOLIDAY_BEFORE.search(text, max(0, start - 24), start) is not None
    )
