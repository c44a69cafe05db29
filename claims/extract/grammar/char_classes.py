"""Character classes the regex engine checks at table speed.

``\\d`` and ``[^\\W_]`` are Unicode category checks, made for every character a
search passes over.  An explicit class of the same characters compiles to one
bitmap of the Basic Multilingual Plane, which scanning a text of Vietnamese
letters checks about twice as fast.  Characters beyond that plane (emoji,
historic scripts) all enter the class; the pattern that uses it confirms them
with a look-behind, so the class matches exactly what the category would.
"""

from __future__ import annotations

import re
import sys
from array import array

VIETNAMESE_CAPITAL = "[A-ZĐÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ]"
"""A capital letter of Vietnamese, accented ones included: '[A-ZĐ]' misses 'Ánh', 'Ông', 'Ủy'
(the text is NFC, so each is one character)."""

_PLANE_END = 0x10000
_CODES = array("I", range(_PLANE_END))  # four bytes each, in the machine's byte order
_PLANE = _CODES.tobytes().decode(f"utf-32-{sys.byteorder[0]}e", "surrogatepass")
"""Every character of the plane, in order (decoded at C speed; ``chr`` in a loop is slow)."""


def _plane_ranges(runs: str) -> str:
    """The ranges of the plane's characters that ``runs`` (a regex for runs of them)
    matches.  The engine finds the runs itself, so they hold exactly the characters
    the category holds, at little cost at import."""
    return "".join(
        f"\\U{ord(run.group()[0]):08x}-\\U{ord(run.group()[-1]):08x}"
        for run in re.finditer(runs, _PLANE)
    )


def bmp_class(runs: str) -> str:
    """``[...]`` of the plane's characters that ``runs`` matches, plus every astral one."""
    return f"[{_plane_ranges(runs)}\\U{_PLANE_END:08x}-\\U0010ffff]"


def plane_class(runs: str) -> str:
    """``[...]`` of the plane's characters that ``runs`` matches and no other: the
    category's class for a text without astral characters (``within_plane``)."""
    return f"[{_plane_ranges(runs)}]"


def within_plane(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` holds no astral character: each is two UTF-16 units (one
    encoding at C speed, where a search walked every character through a class)."""
    return len(text[start:end].encode("utf-16-le", "surrogatepass")) == 2 * (end - start)


DIGIT = bmp_class(r"\d+") + r"(?<=\d)"
"""One character of ``\\d`` (Unicode decimal digits), found at bitmap speed."""
