"""Where a bare 19xx/20xx with more of the sentence after it is a year, no count.

A lone four-digit number closing its clause is read as a year already ('trong 2016.');
these are the years that the sentence goes on after:

- **A part of a year.** 'nửa đầu 2017 cũng như', 'dự kiến đầu 2018 mới', 'cuối 2016 đầu
  2017 và', 'giữa 2016', 'hồi 1955 để dự tiệc', 'so với cùng kỳ 2016 cả về': a word for a
  part of the year, 'hồi' (back in) or 'cùng kỳ' (the same period of) before it.
- **A year that the sentence is about.** '2015 là năm VNPT bước vào', '2017 không phải năm
  đầu tiên': the year is the subject of 'là năm' or 'không phải (là) năm'.

A number followed by the noun it counts or by a unit stays what it was ('đầu 2000 con').
"""

from __future__ import annotations

import re

_PART_OF_YEAR_BEFORE = re.compile(
    r"(?<![^\W_])(?i:nửa[ \t]+đầu|nửa[ \t]+cuối|đầu|cuối|giữa|hồi|cùng[ \t]+kỳ)[ \t]+$"
)
_YEAR_NAMED_AFTER = re.compile(
    r"[ \t]+(?:(?:cũng|sẽ|đã|vẫn)[ \t]+)?(?:là|không[ \t]+phải|chưa[ \t]+phải)"
    r"(?:[ \t]+là)?[ \t]+(?:(?:một|những)[ \t]+)?năm(?![^\W_])"
)


def part_of_year_before(text: str, floor: int, start: int) -> bool:
    """'nửa đầu ', 'cuối ', 'hồi ', 'cùng kỳ ' right before the number."""
    return _PART_OF_YEAR_BEFORE.search(text, max(floor, start - 12), start) is not None


def year_named_after(text: str, end: int) -> bool:
    """' là năm', ' không phải năm' right after the number."""
    return _YEAR_NAMED_AFTER.match(text, end) is not None
