"""A year of history after 'năm' ('chiến thắng Bạch Đằng năm 1288', 'được xây dựng năm 975'),
and the run of years it opens ('từ năm 1675-1720'), read as one year mention."""

from __future__ import annotations

import re

from claims.extract.grammar.char_classes import VIETNAMESE_CAPITAL
from claims.extract.grammar.cues import Cue
from claims.extract.grammar.mentions import plain_mention
from claims.model import Mention

_HISTORIC_YEAR = re.compile(r"1[0-7]\d\d|[1-9]\d\d")
"""A year of history after 'năm': 1000-1799, or of three digits ('được xây dựng năm 975')."""
_BEFORE_CHRIST_AFTER = re.compile(
    r"(?:(?:[ \t]*[-–][ \t]*|[ \t]+(?:đến|tới)[ \t]+(?:năm[ \t]+)?)\d{1,4})?"
    r"[ \t]+(?:trước[ \t]+(?:[Cc]ông[ \t]+[Nn]guyên|CN)|TCN)(?![^\W_])"
)
"""'năm 208 trước công nguyên', 'từ năm 257 đến năm 208 trước công nguyên': a year before
Christ, which a year's value cannot tell."""
_YEAR_NAME_THEN_BRACKET = re.compile(
    r"(?<![^\W_])năm[ \t]+" + VIETNAMESE_CAPITAL + r"[^()\n.,;:]{0,25}\($"
)
"""'năm Tân Sửu (', 'năm Thiệu Bảo thứ nhất (': the name of a year in the sexagenary cycle
or of a reign, whose Gregorian year the bracket gives."""
_FOUR_DIGIT_HISTORIC_YEAR = re.compile(r"1[0-7]\d\d")
_HISTORIC_RUN_AFTER = re.compile(
    r"(?:[ \t]*[-–][ \t]*|[ \t]+(?:đến|tới)[ \t]+(?:năm[ \t]+)?)(?P<last>1\d{3})(?![\d.,]\d|\d)"
)


def historic_year(text: str, cue: Cue, raw: str, end: int) -> bool:
    """'chiến thắng Bạch Đằng năm 1288', 'xây dựng vào năm 1070': a year of history
    after 'năm' itself (not after 'năm học' or a fiscal year); not a three-digit year
    the text says is before Christ."""
    if cue.word.lower() not in ("năm", "sinh năm") or _HISTORIC_YEAR.fullmatch(raw) is None:
        return False
    return not (len(raw) == 3 and _BEFORE_CHRIST_AFTER.match(text, end))


def bracketed_historic_year(text: str, start: int, end: int) -> bool:
    """'năm Tân Sửu (1601)', 'Tháng 2 năm Canh Thìn (1400)': a year before 1800 alone in
    brackets after a year's name is that year ('(1149)' after a place in a list counts).
    The name may hold an earlier mention ('năm Thiệu Bảo thứ nhất (1279)'), so the look
    goes past the scan's floor, within the clause (no stop, comma or bracket between)."""
    if _FOUR_DIGIT_HISTORIC_YEAR.fullmatch(text, start, end) is None:
        return False
    if text[end : end + 1] != ")":
        return False
    return _YEAR_NAME_THEN_BRACKET.search(text, max(0, start - 40), start) is not None


def historic_mention(text: str, cue: Cue, number: int, end: int) -> Mention:
    """The year, or the run of years it opens ('từ năm 1675-1720', 'những năm 1172
    đến 1173'): one year mention from the first to the last."""
    run = _HISTORIC_RUN_AFTER.match(text, end)
    if run is not None and number < int(run.group("last")) < number + 200:
        last = int(run.group("last"))
        return plain_mention(
            text, cue.start, run.end(), "year", None, lower=number, upper=last,
            qualifier="range",
        )  # fmt: skip
    return plain_mention(text, cue.start, end, "year", number, lower=number, upper=number)
