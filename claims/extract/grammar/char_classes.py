"""Character classes the regex engine checks at table speed.

``\\d`` and ``[^\\W_]`` are Unicode category checks, made for every character a
search passes over.  An explicit class of the same characters compiles to one
bitmap of the Basic Multilingual Plane, which scanning a text of Vietnamese
letters checks about twice as fast.  Characters beyond that plane (emoji,
historic scripts) all enter the class; the pattern that uses it confirms them
with a look-behind, so the class matches exactly what the category would.
"""

from __future__ import annotations

from collections.abc import Callable

_PLANE_END = 0x10000


def bmp_class(member: Callable[[str], bool]) -> str:
    """``[...]`` of the plane's characters ``member`` accepts, plus every astral one."""
    ranges: list[str] = []
    start: int | None = None
    for code in range(_PLANE_END + 1):
        inside = code < _PLANE_END and member(chr(code))
        if inside and start is None:
            start = code
        elif not inside and start is not None:
            ranges.append(f"\\U{start:08x}-\\U{code - 1:08x}")
            start = None
    return "[" + "".join(ranges) + f"\\U{_PLANE_END:08x}-\\U0010ffff]"


DIGIT = bmp_class(str.isdecimal) + r"(?<=\d)"
"""One character of ``\\d`` (Unicode decimal digits), found at bitmap speed."""

WORD_GAP = bmp_class(lambda char: char != " " and not char.isalnum()) + r"(?<![^\W_])"
"""One character that is neither a letter, a digit nor the space: what else may
precede a word (``[^\\W_]`` is a letter or a digit)."""
