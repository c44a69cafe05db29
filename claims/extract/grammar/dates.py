"""Dates and clock times: regex fragments and the ISO values they make.

The grammar reads a date as written and never judges whether it exists:
"Ngày 31/11" is the date "--11-31"; a later time rule reports it.  What the
grammar does decide is *whether* "D/M" is a date at all: after a cue word
("ngày", "sáng", "từ"...), with a year, or when it cannot be a proper
fraction; "144/200" is a fraction and "24/7" (around the clock) is neither.
"""

from __future__ import annotations

from datetime import date

from claims.extract.grammar.alternation import SPACE, alt
from claims.extract.grammar.cue_words import MONTH_WORDS, PART_OF_DAY

_S = SPACE + "+"
_END = r"(?![^\W_])"

DAY_MONTH_YEAR = (
    r"(?P<dmy>(?P<dmy_d>\d{1,2})(?P<dmy_sep>[/.-])(?P<dmy_m>\d{1,2})(?P=dmy_sep)"
    r"(?P<dmy_y>\d{4}|\d{2})(?![\d]|[.,]\d))"
)
"""'05.02.2017', '3/3/17', '20-4-2017'."""

ISO_DATE = (
    r"(?P<iso>(?<![\d-])(?P<iso_y>(?:19|20)\d\d)-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)(?![\d-]))"
)
"""'2017-06-04': the machine stamp of a live blog's entries, year first."""

_PART_OF_DAY = alt(PART_OF_DAY, capitalised=False)

CLOCK = (
    r"(?P<clock>(?P<clock_h>\d{1,2}):(?P<clock_m>\d{2})(?::(?P<clock_s>\d{2}))?(?![\d:])"
    r"|(?P<clock_h2>\d{1,2})(?:h|g(?=\d))(?P<clock_m2>\d{2})?['’]?(?![^\W_])"
    rf"(?:{_S}(?P<clock_pod>{_PART_OF_DAY}){_END})?)"
)
"""'10:45', '15:23:24', '10h45', '10g45', '8h', "3h45' chiều", '12h đêm'."""

CLOCK_RUN = (
    rf"(?P<crun>(?P<crun_h>\d{{1,2}})(?:h(?P<crun_m>\d{{2}})?)?{SPACE}*[-–]{SPACE}*"
    rf"(?P<crun_h2>\d{{1,2}})(?:h(?P<crun_m2>\d{{2}})?(?![^\W_])"
    rf"|{_S}giờ{_END}(?={_S}{_PART_OF_DAY}{_END}))"
    rf"(?:{_S}(?P<crun_pod>{_PART_OF_DAY}){_END})?)"
)
"""'10-18h', '7h30 - 19h', '3-4h sáng', '9-10 giờ sáng': a span of clock time (or, after
'kéo dài', a span of hours: ``ClockReadings._clock_run`` decides)."""

HALF_PAST = (
    rf"(?P<halfh>(?P<halfh_h>\d{{1,2}}){_S}rưỡi{_END}{_S}(?P<halfh_pod>{_PART_OF_DAY}){_END})"
)
"""'4 rưỡi sáng': half past, the hour word left out."""

HOURS = (
    rf"(?P<hours>(?P<hours_h>\d{{1,2}}){SPACE}*giờ{_END}"
    rf"(?:{_S}(?P<hours_m>\d{{1,2}})(?![\d/]|[.,]\d)(?:{_S}phút{_END})?"
    rf"|{_S}(?P<hours_half>rưỡi){_END}"
    rf"|{_S}kém{_S}(?P<hours_less>\d{{1,2}})(?:{_S}phút{_END})?)?"
    rf"(?:{_S}(?P<hours_pod>{_PART_OF_DAY}){_END})?)"
)
"""'8 giờ 30', '3 giờ rưỡi chiều', '11 giờ kém 15'; a bare '20 giờ' may be a duration.  The
hour word is sometimes glued to the number ('chiều từ 14giờ - 16 giờ') and reads the same."""

_MONTH_WORD = alt(MONTH_WORDS)

DAY_MONTH_WORDS = (
    rf"(?P<dword>(?P<dword_d>\d{{1,2}}){_S}tháng{_S}(?P<dword_m>\d{{1,2}}(?![\d/]|[.,]\d)|{_MONTH_WORD}{_END})"
    rf"(?:(?:{SPACE}*,)?{_S}năm{_S}(?P<dword_y>\d{{4}})(?!\d)|{SPACE}*/{SPACE}*(?P<dword_y2>\d{{4}})(?!\d))?)"
)
"""'3 tháng 3 năm 2017', '12 tháng 10', and '4h ngày 30 tháng 5, tổ công tác': a comma or a
full stop after the month ends the date (only a digit after it makes a decimal or a year)."""

DAY_MONTH_SLASH = r"(?P<slash>(?P<slash_a>\d+)/(?P<slash_b>\d+))(?![\d/]|[.,]\d)"
"""'29/11', '5/2017', '144/200': date, month or fraction, decided by context."""

QUARTER = (
    rf"(?P<quarter>[Qq]uý{_S}(?P<quarter_n>IV|I{{1,3}}|[1-4]|một|hai|ba|bốn|tư){_END}"
    rf"(?:{SPACE}*[/–-]{SPACE}*(?P<quarter_y>\d{{4}})(?!\d)|\.(?P<quarter_y3>(?:19|20)\d\d)(?![\d.,]\d)"
    rf"|{_S}(?:của{_S})?năm{_S}(?P<quarter_y2>\d{{4}})(?!\d))?)"
)
"""'quý 2/2018', 'quý I năm 2017', and 'quý 2.2018' (a year after a stop, as 'tháng 7.2014' is
written)."""

MONTH_YEAR_AFTER = (
    rf"(?:{_S}năm{_S}(?P<year>\d{{4}})(?!\d)|{SPACE}*[/.-]{SPACE}*(?P<year2>\d{{4}})(?!\d|[.,]\d))"
)
"""The year after a month number: 'tháng 12 năm 2017', 'tháng 5/2017'."""

_QUARTER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "I": 1, "II": 2, "III": 3}
_QUARTER_WORDS["IV"] = 4

_AMBIGUOUS_MONTH_WORDS = frozenset({"năm", "một"})
"""'những tháng năm', 'tháng một' read as months only when capitalised or with a year."""


def month_word_value(word: str) -> int:
    return MONTH_WORDS[" ".join(word.lower().split())]


def is_ambiguous_month_word(word: str) -> bool:
    return word in _AMBIGUOUS_MONTH_WORDS


def quarter_value(word: str) -> int:
    return int(word) if word.isdigit() else _QUARTER_WORDS[word]


def full_year(raw: str) -> int:
    """'17' -> 2017, '91' -> 1991, '2017' -> 2017."""
    year = int(raw)
    if len(raw) == 2:
        return 2000 + year if year < 50 else 1900 + year
    return year


def iso_day(day: int, month: int, year: int | None, published: date | None) -> str:
    """ISO 8601 for a day as written; '--MM-DD' when no year can be known."""
    if year is None and published is not None:
        year = published.year
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def iso_month(month: int, year: int | None, published: date | None) -> str:
    if year is None and published is not None:
        year = published.year
    return f"--{month:02d}" if year is None else f"{year:04d}-{month:02d}"


def iso_quarter(quarter: int, year: int | None, published: date | None) -> str:
    """'quý I/2017' -> '2017-01/2017-03': the quarter's months as an ISO interval (the
    gold's reading; a range qualifier goes with it)."""
    first = 3 * quarter - 2
    return f"{iso_month(first, year, published)}/{iso_month(first + 2, year, published)}"


def clock_value(
    hour: int, minute: int = 0, second: int | None = None, pod: str | None = None
) -> str:
    """'HH:MM' (or 'HH:MM:SS'), moving a 12-hour reading by the part of day."""
    part = pod.lower() if pod is not None else None
    if part == "đêm" and hour == 12:  # "12 giờ đêm" is midnight
        hour = 0
    if part is not None and hour < 12:
        if part == "đêm":  # "2 giờ đêm" is 02:00, "10 giờ đêm" 22:00
            hour += 12 if hour >= 6 else 0
        elif part == "trưa":  # "1 giờ trưa" is 13:00, "11 giờ trưa" 11:00
            hour += 12 if hour < 6 else 0
        else:
            hour += PART_OF_DAY.get(part, 0)
    text = f"{hour:02d}:{minute:02d}"
    return text if second is None else f"{text}:{second:02d}"


def plausible_day_month(day: int, month: int) -> bool:
    """Shaped like a day and month; existence ('31/11') is not checked here."""
    return 1 <= day <= 31 and 1 <= month <= 12
