"""A quarter named without its year: the period of another figure, no date of its own.

'doanh thu thuần trong quý I giảm đến 58%', 'Tổng tài sản đến cuối quý I giảm gần 2.000
tỷ đồng', 'trước ngày 25 tháng đầu tiên quý II, quý III và quý IV': a bare quarter says
when the figures around it hold; the claim is the figure, and the quarter stays its
scope (``scope.periods`` reads it from the text, whatever the mention becomes).  No
development set labels a bare quarter (dev12 and dev16 leave eight of them out), while
'quý I/2017', 'quý IV năm 2016', 'quý I-2017' are date claims, and so is a quarter whose
year follows it or the quarters listed with it ('quý I và II năm 2017', 'quý 2.2018',
'quý IV năm nay', 'so với quý 1 năm ngoái').
"""

from __future__ import annotations

import re

from claims.model import Mention

_BARE_QUARTER = re.compile(r"[Qq]uý[ \t]+(?:I{1,3}|IV|[1-4]|một|hai|ba|bốn|tư)")
_YEAR_AFTER_LIST = re.compile(
    r"(?:[ \t]*(?:,|và|hoặc|[-–])[ \t]*(?:[Qq]uý[ \t]+)?(?:I{1,3}|IV|[1-4])(?![^\W_]))*"
    r"(?:[ \t]*[/.-][ \t]*(?:19|20)\d\d(?!\d)"
    r"|[ \t]+(?:của[ \t]+)?năm[ \t]+(?:(?:19|20)\d\d(?!\d)|(?:nay|ngoái|trước|tới|sau)(?![^\W_])))"
)
"""'quý I và II năm 2017', 'quý II, III/2017', 'quý 2.2018', 'quý IV năm nay', 'quý 1 năm
ngoái': the year of the listed quarters, printed or told."""


def names_a_bare_quarter(text: str, mention: Mention) -> bool:
    """A date mention that is a quarter with no year after it or its list."""
    if mention.kind != "date" or _BARE_QUARTER.fullmatch(mention.text) is None:
        return False
    return _YEAR_AFTER_LIST.match(text, mention.end) is None
