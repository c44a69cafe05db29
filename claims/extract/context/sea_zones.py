"""A sea zone named by its breadth in law: 'lãnh hải 12 hải lý', 'vùng 12 hải lý quanh đá'.

"phạm vi lãnh hải 12 hải lý", "tàu chiến Mỹ tiến vào vùng 12 hải lý quanh đá Vành Khăn",
"vùng đặc quyền kinh tế 200 hải lý": the territorial sea (12 nautical miles), the
contiguous zone (24), the exclusive economic zone (200) and the continental shelf's outer
limit (350) are zones the law of the sea defines, no distance the article measures
(tests/gold/README.md lists 'vùng đặc quyền kinh tế 200 hải lý' with the class
descriptions; dev13 labels 'khu vực 12 hải lý quanh' a non-claim).  Only those breadths,
right after the zone's name: "cách Yokosuka 56 hải lý", "phát sáng trong phạm vi 22 hải lý"
and "đi được 7 hải lý" stay claims.
"""

from __future__ import annotations

import re

from claims.model import Mention

_BREADTHS_IN_LAW = frozenset({12, 24, 200, 350})
_ZONE_BEFORE = re.compile(
    r"(?<![^\W_])(?:lãnh[ \t]+hải|vùng[ \t]+đặc[ \t]+quyền[ \t]+kinh[ \t]+tế"
    r"|vùng[ \t]+tiếp[ \t]+giáp(?:[ \t]+lãnh[ \t]+hải)?|thềm[ \t]+lục[ \t]+địa"
    r"|vùng|khu[ \t]+vực|phạm[ \t]+vi)[ \t]+$",
    re.IGNORECASE,
)
_LOOK_BACK = 40


def names_a_sea_zone(text: str, mention: Mention) -> bool:
    """True for a zone's breadth in law right after the zone's name (see the module doc)."""
    if mention.kind != "measure" or mention.unit != "hải lý" or mention.qualifier != "exact":
        return False
    if mention.value not in _BREADTHS_IN_LAW:
        return False
    before = text[max(0, mention.start - _LOOK_BACK) : mention.start]
    return _ZONE_BEFORE.search(before) is not None
