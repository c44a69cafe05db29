"""Dates of the lunar calendar: no claim of their own.

A lunar date names a day of another calendar, which the article's Gregorian dates and
the date rules cannot be checked against; most restate a solar date printed next to
them.  tests/gold/README.md (session 5) labels them non-claims.  They are told by a
word of the lunar calendar right around the number:

- **A lunar month or "âm lịch" after the day or the run of days.** "ngày 11 và 12
  tháng Giêng", "23 tháng Chạp", "ngày 10/1 Âm lịch", "9.8 Âm lịch", "trưa 4-7 Âm lịch",
  "từ ngày 15 đến 30 tháng 3 âm lịch", "tháng 7, 8 âm lịch", "tháng 3 tháng 4 âm lịch",
  "(tức ngày 11/1 AL)", in any case.
- **A day of Tết.** "mùng 10 Tết", "mồng 4 Tết Đinh Dậu", "ngày 30 Tết", "chiều 27 Tết",
  "Từ 29 Tết", "(tức 28 Tết)": a day word ('mùng', 'mồng', 'ngày', 'hôm'), a part of the
  day or 'tức', 'từ', 'đến' before the number, or a day of the last decade (20 to 30, the
  days before Tết).  A count of Tết festivals ("về 3 Tết: Mậu Tuất, Kỷ Hợi") and the
  days of the holiday ("Trong 7 ngày Tết") stay claims.
- **The full moon.** "Rằm tháng 7" (the 15th of the lunar 7th month), and "mùng 1" said
  with "rằm" ("Trong ngày Tết, mùng 1, ngày rằm", "ngày rằm, mùng 1 đầu tháng"): the
  first and the fifteenth of the lunar month.  A 'mùng' day with no lunar word is often
  solar ("mùng 2/9", "mùng 9 tháng 5" of Victory Day, "ngày mùng 10 hằng tháng"), and
  stays a claim.
- **A restatement.** "ngày 7/2 (tức 11 tháng Giêng)", "ngày 2.6.2017 dương lịch tức ngày
  mồng 8 tháng 5": a day without a year after 'tức' in brackets, or after 'dương lịch tức'.

Anything less certain stays a claim.
"""

from __future__ import annotations

import re

from claims.model import Mention

_LOOK_BACK = 40
_LOOK_AHEAD = 80
_HINT = re.compile(
    r"ê(?<=[Iiİı]ê)(?i:ng)|Ê(?<=[Iiİı]Ê)(?i:ng)|ạ(?<=[Hh]ạ)[Pp]|Ạ(?<=[Hh]Ạ)[Pp]"
    r"|ị(?<=[Ll]ị)(?i:ch)|Ị(?<=[Ll]Ị)(?i:ch)|ế(?<=[Tt]ế)[Tt]|Ế(?<=[Tt]Ế)[Tt]"
    r"|ằ(?<=[Rr]ằ)[Mm]|Ằ(?<=[Rr]Ằ)[Mm]|AL|ÂL|Â\.L|ứ(?<=tứ)c"
)
"""Letters of a lunar word near the number: the one cheap test every mention passes,
searched in the window cut out of the text (so that no look-behind sees past it) and
asked only whether it occurs.  The case-folded 'iêng', 'hạp', 'lịch', 'tết', 'rằm',
then 'AL', 'ÂL', 'Â.L', 'tức', each opened on its second letter in every case the
engine folds to it, and its first letter (in every case: 'i' also 'İ' and 'ı') looked
for behind: every branch opens on a literal, so the engine skips to the next candidate
at C speed, and those letters ('ê', 'ạ', 'ị', 'ế', 'ằ', 'ứ') are rarer than the first
ones ('i', 'h', 'l', 't', 'r'), at each of which the branches were tried
(tests/test_grammar_pattern_starts.py)."""

_MONTH_WORDS = r"(?i:giêng|chạp)"
_LUNAR_WORDS = r"(?i:âm[ \t]+lịch)|ÂL|AL|Â\.L"
_SEPARATOR = r"(?:và|,|-|–|đến|tới)"


def _after(day_words: str) -> re.Pattern[str]:
    item = rf"(?:(?:{day_words})[ \t]+)?\d{{1,2}}(?:[/.]\d{{1,2}})?(?![\d/.,-]\d)"
    # a month the grammar left out of the run ('ngày 6 - 9' of 'ngày 6 - 9.4 ÂL') first
    run = rf"(?:[/.]\d{{1,2}})?(?:[ \t]*{_SEPARATOR}?[ \t]*{item})*"
    return re.compile(
        run + rf"[ \t]*(?:(?:(?i:tháng)[ \t]*)?{_MONTH_WORDS}(?![^\W_])"
        rf"|\(?[ \t]*(?:{_LUNAR_WORDS})(?![^\W_]))"
    )


_LUNAR_AFTER = _after("ngày|tháng|mùng|mồng")
"""More days or months of the same run ('và 12', ' đến 30', ', 8', ' tháng 4', ' - 9.4', '
đến 16/3', ', mồng 2'), then 'tháng Giêng', 'Chạp', 'âm lịch', '(ÂL'."""
_LUNAR_AFTER_DAY_MONTH = _after("tháng")
"""After a day with its month ('1/12 đến 30/2 âm lịch') the run has no day words: '6/2,
mùng 10 tháng Giêng' restates the solar day in the lunar calendar."""
_RUN_TO_TET = re.compile(
    rf"(?:[ \t]*{_SEPARATOR}[ \t]*(?:(?:mùng|mồng|ngày)[ \t]+)?\d{{1,2}}(?![\d/.,-]\d))+"
    r"[ \t]+(?i:tết)(?![^\W_])"
)
"""'(từ 30 tới mùng 3 Tết)': the first day of a run of days of Tết."""
_LUNAR_INSIDE = re.compile(rf"(?i:tháng)[ \t]*{_MONTH_WORDS}|(?i:âm[ \t]+lịch)")
_RESTATED_BEFORE = re.compile(
    r"(?:\([ \t]*|(?i:dương[ \t]+lịch)[ \t]*,?[ \t]*)(?i:tức)[ \t]+(?:(?i:ngày)[ \t]+)?$"
)
"""'ngày 7/2 (tức ', 'ngày 2.6.2017 dương lịch tức ngày ': a lunar restatement follows."""

_TET_AFTER = re.compile(r"[ \t]+(?:[Tt]ết|TẾT)(?![^\W_])")
_DAY_WORDS = ("mùng", "mồng", "ngày", "hôm")
_TET_BEFORE = re.compile(
    r"(?<![^\W_])(?i:sáng|trưa|chiều|tối|đêm|tức|từ|đến|tới|vào|hôm|ngày)[ \t]+$"
)
"""'chiều 27 Tết', 'Từ 29 Tết', '(tức 28 Tết)': the number is a day."""
_LAST_DECADE = range(20, 31)

_FULL_MOON_BEFORE = re.compile(r"(?<![^\W_])[Rr]ằm[ \t]+$")
"""'Rằm tháng 7': the mention is the month ('tháng 7')."""
_WITH_FULL_MOON = re.compile(r"[ \t]*(?:,|và|hoặc|hay)[ \t]*(?:ngày[ \t]+)?[Rr]ằm(?![^\W_])")
_FULL_MOON_WITH = re.compile(r"(?<![^\W_])[Rr]ằm[ \t]*(?:,|và|hoặc|hay)[ \t]*$")


def names_a_lunar_day(text: str, mention: Mention) -> bool:
    """True for a date, a month, a run of days or a bare day number of the lunar
    calendar (see the module doc)."""
    window_start = max(0, mention.start - _LOOK_BACK)
    if _HINT.search(text[window_start : mention.end + _LOOK_AHEAD]) is None:
        return False
    return _lunar_day(text, mention)


def _lunar_day(text: str, mention: Mention) -> bool:
    """``names_a_lunar_day`` without the hint test (tests/test_non_claims.py checks that
    the hint never hides a lunar day)."""
    window_start = max(0, mention.start - _LOOK_BACK)
    with_month = any(mark in mention.text for mark in "/.-")
    after = _LUNAR_AFTER_DAY_MONTH if with_month else _LUNAR_AFTER
    if _LUNAR_INSIDE.search(mention.text) or after.match(text, mention.end):
        return True
    if not with_month and _RUN_TO_TET.match(text, mention.end):
        return True
    before = text[window_start : mention.start]
    if _TET_AFTER.match(text, mention.end):
        return _a_day_of_tet(mention, before)
    if mention.kind != "date":
        return False
    lowered = mention.text.lower()
    if lowered.startswith("tháng") and _FULL_MOON_BEFORE.search(before):
        return True
    if lowered.startswith(("mùng", "mồng")) and (
        _WITH_FULL_MOON.match(text, mention.end) or _FULL_MOON_WITH.search(before)
    ):
        return True
    # "(tức ngày 20-8-2012)" after a lunar date gives the solar one, with its year.
    no_year = isinstance(mention.value, str) and mention.value.startswith("--")
    return no_year and _RESTATED_BEFORE.search(before) is not None


def _a_day_of_tet(mention: Mention, before: str) -> bool:
    if mention.qualifier != "exact":
        return False
    if mention.text.lower().startswith(_DAY_WORDS):
        return True
    digits = mention.text.strip()
    if not digits.isdigit() or not 1 <= int(digits) <= 30:
        return False  # "7 ngày Tết": the days of the holiday
    return int(digits) in _LAST_DECADE or _TET_BEFORE.search(before) is not None
