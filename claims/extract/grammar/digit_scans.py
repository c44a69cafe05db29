"""The digit scan, with only the branches the character after the digits allows.

``DIGIT_SCAN`` tries its twenty branches in turn at every number, and most numbers are
plain quantities, its last branch: the nineteen others were entered and failed at each.
But all of them except 'aperture', 'phone' and 'quantity' read their first digits up to
a character that is no digit ('/' in '12/5', ':' in '7:30', a space before 'giờ', 'h'
in '7h30', 'm' in '1m78'...).  Such a branch matches at a digit only where the run of
digits there ends on one of its characters: had it read fewer digits than the run, the
character it asks for would be a digit.  ``FOLLOWERS`` lists those characters, read off
each branch's pattern; 'aperture' matches only before a character that is no letter nor
digit, 'phone' and 'quantity' before anything.

``digit_scan(after)`` is the alternation of the branches that may match before the
character ``after`` (``""`` at the end of the text), in their order, then 'quantity',
which matches at every digit.  The branches left out follow 'quantity' (so that every
group of the flat scan is there) and are never tried, so the match is the flat scan's
(tests/test_grammar_digit_scans.py).
"""

from __future__ import annotations

import re

from claims.extract.grammar.patterns import DIGIT_BRANCHES

_SPACES = " \t\u00a0"
_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZĐ"
ANYTHING = None
NO_LETTER_OR_DIGIT = ""

FOLLOWERS: dict[str, str | None] = {
    "aperture": NO_LETTER_OR_DIGIT,  # '(?![\d.,]\d|[^\W_]|…)' after 'f/2' or 'f/2.0'
    "iso": "-",  # '2017-05-12'
    "plate": _CAPITALS,  # '51A-123.45'
    "address": _CAPITALS + "/",  # '12A/3/4', '35/12/7'
    "document": "/.-",  # '100/2019/NĐ-CP'
    "phone": ANYTHING,  # '0912 345 678': its digits go on after a space or a dot
    "run": " \t-–",  # '1-2-3-4'
    "odds": " \t:/",  # '(0 : 1/2)', '(1/2:0)'
    "dmy": "/.-",  # '12/5/2017'
    "crun": "h" + _SPACES + "-–",  # '7h-9h sáng', '7 - 9 giờ sáng'
    "clock": ":hg",  # '7:30', '7h30', '7g30'
    "hours": _SPACES + "g",  # '7 giờ', '14giờ'
    "halfh": _SPACES,  # '4 rưỡi sáng'
    "dword": _SPACES,  # '12 tháng 5'
    "slash": "/",  # '12/5'
    "formation": "-",  # '4-4-2'
    "dotted": ".",  # '192.168.1.1'
    "ratio": ":",  # '16:9'
    "height": "m",  # '1m78'
    "quantity": ANYTHING,
}
"""Per branch (its group's name), the characters that may end the run of digits it
starts on; ``ANYTHING``, or ``NO_LETTER_OR_DIGIT`` for none of those (nor ``""``)."""


def _name(branch: str) -> str:
    """The branch's group: the first of its pattern."""
    names = re.compile(branch).groupindex
    return min(names, key=names.__getitem__)


_BRANCHES = tuple((_name(branch), branch) for branch in DIGIT_BRANCHES)
if [name for name, _ in _BRANCHES] != list(FOLLOWERS):
    raise ValueError("FOLLOWERS must name every branch of DIGIT_BRANCHES, in order")
if _BRANCHES[-1][0] != "quantity":
    raise ValueError("'quantity', which matches at every digit, must be the last branch")


def may_follow(name: str, after: str) -> bool:
    """Whether branch ``name`` may match where the run of digits ends before ``after``."""
    followers = FOLLOWERS[name]
    if followers is ANYTHING:
        return True
    if followers == NO_LETTER_OR_DIGIT:
        return not after.isalnum()
    return after != "" and after in followers


_BY_AFTER: dict[str, re.Pattern[str]] = {}
_BY_BRANCHES: dict[tuple[str, ...], re.Pattern[str]] = {}


def digit_scan(after: str) -> re.Pattern[str]:
    """The scan for a run of digits that ends before ``after``, compiled on first ask
    (a dozen forms in all)."""
    scan = _BY_AFTER.get(after)
    if scan is None:
        tried = [branch for name, branch in _BRANCHES[:-1] if may_follow(name, after)]
        left = [branch for name, branch in _BRANCHES[:-1] if not may_follow(name, after)]
        key = tuple(tried)
        scan = _BY_BRANCHES.get(key)
        if scan is None:
            scan = re.compile("|".join([*tried, _BRANCHES[-1][1], *left]))
            _BY_BRANCHES[key] = scan
        _BY_AFTER[after] = scan
    return scan
