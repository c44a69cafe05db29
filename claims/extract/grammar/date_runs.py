"""Two dates joined by 'từ ... đến' (or a dash) are one run: one mention, an ISO interval.

"Từ ngày 9 đến 24/5", "từ ngày 20-7 đến 20-8", "Từ ngày 13-2-2015 đến ngày 3-4-2015",
"ngày 27/6-29/6", "từ năm 2011 đến năm 2013": the gold labels each run one date (or year)
mention whose value is the interval, qualifier range, as it already does for '2-14/2'.
The first end takes from the last what only the last prints: '9' takes May from '24/5',
'20-7' the year of '20-8/2017', 'tháng 7' the year of 'tháng 11/1917' (not the publication's).
A month may run to a day and a day to a month ('từ đầu tháng 3 đến ngày 10-5-2017'): each
end keeps the precision it prints.  Read after the scan, because the month comes after the
day that needs it.
"""

from __future__ import annotations

import re

from claims.extract.grammar import dates
from claims.extract.grammar.mentions import plain_mention
from claims.model import Mention

_PERIOD_PARTS = "đầu|cuối|giữa"
"""Parts of a month or a year a run's end may name: 'cuối năm 2013 đến đầu 2016'."""
_FROM_BEFORE = re.compile(rf"(?<![^\W_])[Tt]ừ[ \t]+(?:(?:{_PERIOD_PARTS})[ \t]+)?$")
"""'từ tháng 5', 'từ giữa tháng 5': the run's opening word, a part of the period allowed."""
_PART_OF_PERIOD_BEFORE = re.compile(r"(?<![^\W_])(?:[Đđ]ầu|[Cc]uối|[Gg]iữa)[ \t]+$")
"""'cuối năm 2013 đến đầu 2016': a run of years opened by a part of the first year."""
_FROM_IN = re.compile(r"[Tt]ừ[ \t]+")
_ABOUT_IN = re.compile(r"(?:[Kk]hoảng|[Tt]ầm|[Cc]hừng)[ \t]+")
"""A hedge opening a clock window: "khoảng 5 giờ đến 7 giờ" is one window, about 5 to 7."""
_CLOCK_LEAD_BEFORE = re.compile(
    r"(?<![^\W_])(?:[Tt]ừ[ \t]+)?(?:[Kk]hoảng|[Tt]ầm|[Cc]hừng|[Ll]úc)[ \t]+$"
)
_TO = re.compile(rf"[ \t]+(?:cho[ \t]+)?(?:đến|tới)(?:[ \t]+(?:hết|{_PERIOD_PARTS}))?[ \t]+")
_TO_IN = re.compile(r"(?:đến|tới)(?:[ \t]+hết)?[ \t]+")
_SAID_TO = re.compile(r"[ \t](?:cho[ \t]+)?")
"""'từ năm 1999 cho đến năm 2010': 'cho đến', 'cho tới' join a run as 'đến', 'tới' do."""
_OVERNIGHT_TO = re.compile(
    r"[ \t]+(?:(?:ngày|đêm|tối|chiều)[ \t]+)?hôm[ \t]+(?:trước|nay|qua|sau)"
    r"(?:[ \t]*,)?[ \t]+(?:cho[ \t]+)?(?:đến|tới)(?:[ \t]+hết)?[ \t]+"
)
_DASH = re.compile(r"[ \t]*[-–][ \t]*")
_DAY = re.compile(r"(?P<y>\d{4}|-)-(?P<m>\d\d)-(?P<d>\d\d)")
_DAY_ONLY = re.compile(r"---(?P<d>\d\d)")
_MONTH = re.compile(r"(?P<y>\d{4}|-)-(?P<m>\d\d)")
_BARE_DAY = re.compile(r"\d{1,2}")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_PRINTED_YEAR = re.compile(r"\d{4}|\d[/.-]\d{1,2}[/.-]\d\d(?!\d)")
"""A year the date prints itself: '1.6.2016', '3/3/17'."""
_LONGEST_YEAR_RUN = 200
_PART_OF_DAY_END = re.compile(r"(?:chiều|tối)$")
_PART_OF_DAY_IN = re.compile(r"(?:sáng|trưa|chiều|tối|đêm)$")
_BARE_HOURS = re.compile(r"(\d{1,2})[ \t]*giờ")
_MIDNIGHT = 24
_COUNTED_YEARS = re.compile(
    r"[Tt]ừ[ \t]+(?:1[89]|20)\d\d[ \t]+(?:cho[ \t]+)?(?:đến|tới)[ \t]+(?:1[89]|20)\d\d"
)


def join_date_runs(text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with each run of two dates (or years) made one mention."""
    joined: list[Mention] = []
    index = 0
    while index < len(mentions):
        if index + 1 < len(mentions):
            first = mentions[index]
            run = _run(text, first, _clock_end(text, first, mentions[index + 1]))
            if run is not None:
                joined.append(run)
                index += 2
                continue
        joined.append(_years_counted(text, mentions[index]))
        index += 1
    return joined


def _clock_end(text: str, first: Mention, last: Mention) -> Mention:
    """'từ 9 giờ - 11 giờ', 'từ 23 giờ - 1 giờ hôm sau': a bare hour after a dash that
    follows a time opened by 'từ' is the window's other end, a time too, though alone it
    reads as a span of hours (no cue before it says 'at')."""
    if first.kind != "time" or last.kind != "duration" or last.qualifier != "exact":
        return last
    hour = _BARE_HOURS.fullmatch(last.text)
    if (
        hour is None
        or int(hour.group(1)) > _MIDNIGHT
        or not _DASH.fullmatch(text, first.end, last.start)
    ):
        return last
    if _FROM_IN.match(first.text) is None and not _FROM_BEFORE.search(
        text, max(0, first.start - 10), first.start
    ):
        return last
    value = dates.clock_value(int(hour.group(1)) % _MIDNIGHT)
    return plain_mention(text, last.start, last.end, "time", value)


def _years_counted(text: str, mention: Mention) -> Mention:
    """'từ 1998 đến 2007' read as a count range is a range of years: a count of four
    digits prints its thousands point ('1.998')."""
    if mention.kind != "count" or mention.qualifier != "range":
        return mention
    if _COUNTED_YEARS.fullmatch(mention.text) is None:
        return mention
    low, high = mention.lower, mention.upper
    if not isinstance(low, int) or not isinstance(high, int):
        return mention
    if not low < high <= low + _LONGEST_YEAR_RUN:
        return mention
    return plain_mention(
        text, mention.start, mention.end, "year", None, lower=low, upper=high, qualifier="range"
    )


def _run(text: str, first: Mention, last: Mention) -> Mention | None:
    # Only two times, a year or a date after it make a run (the kinds tested below):
    # most neighbours are counts and amounts, and are passed over before any pattern.
    if not (
        last.kind == "date"
        or "year" in (first.kind, last.kind)
        or (first.kind == "time" and last.kind == "time")
    ):
        return None
    between = text[first.end : last.start]
    lead = _FROM_IN.match(first.text)
    before = _FROM_BEFORE.search(text, max(0, first.start - 10), first.start)
    has_from = lead is not None or before is not None
    if not has_from and _months_only(first, last):
        has_from = True  # "vào tháng 2 đến tháng 3": a month to a month needs no "từ"
    if not has_from and "year" in (first.kind, last.kind):
        # "cuối năm 2013 đến đầu 2016": the part of the first year opens the run
        has_from = (
            _PART_OF_PERIOD_BEFORE.search(text, max(0, first.start - 6), first.start) is not None
        )
    clock_lead = None
    if first.kind == "time" and last.kind == "time" and not has_from:
        # "khoảng 5 giờ đến 7 giờ", "vào khoảng 13h đến 13h30", "từ lúc 16h đến 18h": one window
        clock_lead = _CLOCK_LEAD_BEFORE.search(text, max(0, first.start - 12), first.start)
        has_from = clock_lead is not None or _ABOUT_IN.match(first.text) is not None
    to_word = _TO.fullmatch(between) is not None or (
        _SAID_TO.fullmatch(between) is not None and _TO_IN.match(last.text) is not None
    )
    dash = _DASH.fullmatch(between) is not None
    if first.kind == "time" and last.kind == "time" and _OVERNIGHT_TO.fullmatch(between):
        to_word = True  # "từ 22 giờ hôm trước đến 4 giờ sáng": the day named between
    if not ((has_from and to_word) or dash):
        return None
    start = before.start() if lead is None and before is not None else first.start
    if clock_lead is not None:
        start = clock_lead.start()
    if first.kind == "time" and last.kind == "time":
        return _time_run(text, first, last, start)
    if first.kind == "year" or last.kind == "year":
        return _year_run(text, first, last, start) if to_word else None
    if last.kind != "date" or not isinstance(last.value, str):
        return None
    if _PRINTED_YEAR.search(last.text):
        first = _without_unsaid_year(first)  # 'tháng 10 đến tháng 2 năm sau' keeps its years
    value = _interval(first, last.value, bare_day_allowed=has_from and to_word)
    if value is None:
        return None
    return plain_mention(text, start, last.end, "date", value, qualifier="range")


def _without_unsaid_year(first: Mention) -> Mention:
    """The run's first date without the year the publication gave it: 'từ tháng 7 đến tháng
    11/1917' is July 1917, not July of the year the article came out in."""
    if not isinstance(first.value, str) or _PRINTED_YEAR.search(first.text):
        return first
    dated = _DAY.fullmatch(first.value) or _MONTH.fullmatch(first.value)
    if dated is None or dated.group("y") == "-":
        return first
    return first.model_copy(update={"value": "-" + first.value[4:]})


def _months_only(first: Mention, last: Mention) -> bool:
    """Both are a month named without its day: 'tháng 2' and 'tháng 3' (or 'tháng 3/2017')."""
    return (
        first.kind == "date"
        and last.kind == "date"
        and first.text[:5].lower() == "tháng"
        and last.text[:5].lower() == "tháng"
        and isinstance(first.value, str)
        and _MONTH.fullmatch(first.value) is not None
    )


def _time_run(text: str, first: Mention, last: Mention, start: int) -> Mention | None:
    """'từ 8h đến 17h', 'từ 2 giờ đến 5 giờ chiều': one time range; the part of day
    printed after the last clock reading moves the first too."""
    if not isinstance(first.value, str) or not isinstance(last.value, str):
        return None
    about = first.qualifier == "about" and _ABOUT_IN.match(first.text) is not None
    if (first.qualifier != "exact" and not about) or last.qualifier != "exact":
        return None
    begin, stop = first.value[:5], last.value[:5]
    hour, last_hour = int(begin[:2]), int(stop[:2])
    afternoon = _PART_OF_DAY_END.search(last.text) and not _PART_OF_DAY_IN.search(first.text)
    if afternoon and hour < 12 and hour + 12 <= last_hour:
        begin = f"{hour + 12:02d}{begin[2:]}"
    return plain_mention(text, start, last.end, "time", f"{begin}/{stop}", qualifier="range")


def _year_run(text: str, first: Mention, last: Mention, start: int) -> Mention | None:
    """'từ năm 2011 đến năm 2013', 'từ 1998 đến 2007': one year range."""
    low, high = _year_of(first), _year_of(last)
    if low is None or high is None or not low < high <= low + _LONGEST_YEAR_RUN:
        return None
    return plain_mention(
        text, start, last.end, "year", None, lower=low, upper=high, qualifier="range"
    )


def _year_of(mention: Mention) -> int | None:
    if mention.qualifier != "exact" or not isinstance(mention.value, int):
        return None
    if mention.kind == "year":
        return mention.value
    digits = _FROM_IN.sub("", mention.text, count=1)
    if mention.kind == "count" and _YEAR.fullmatch(digits):
        return mention.value
    return None


def _interval(first: Mention, last: str, *, bare_day_allowed: bool) -> str | None:
    """'--05-09/--05-24' for 'ngày 9' and '24/5'; None when the two are no run."""
    day = _DAY.fullmatch(last)
    month = _MONTH.fullmatch(last)
    if first.kind == "count" and bare_day_allowed and day is not None:
        digits = _FROM_IN.sub("", first.text, count=1)
        if first.qualifier != "exact" or first.unit is not None or not _BARE_DAY.fullmatch(digits):
            return None
        return _day_before(int(digits), day)
    if first.kind != "date" or not isinstance(first.value, str):
        return None
    if day is not None:
        bare = _DAY_ONLY.fullmatch(first.value)
        if bare is not None:
            return _day_before(int(bare.group("d")), day)
    ends = day or month
    if ends is None:
        return None
    # a month to a day or a day to a month is a run too ('từ đầu tháng 3 đến ngày 10-5-2017',
    # 'từ 1.6.2016 đến hết tháng 5.2017'): each end keeps what it prints
    start = _DAY.fullmatch(first.value) or _MONTH.fullmatch(first.value)
    if start is None:
        return None
    year = _year_before(start.group("y"), int(start.group("m")), ends)
    if year is None:
        return None
    value = f"{year}{start.group()[len(start.group('y')) :]}"
    return f"{value}/{last}" if value < last else None


def _year_before(printed: str, month: int, last: re.Match[str]) -> str | None:
    """The first date's year: its own, else the last date's (a year earlier when its
    month comes later: 'từ 20/12 đến 5/1/2017')."""
    if printed != "-" and last.group("y") == "-":
        return None  # "từ tháng 6-2016 đến tháng 3": which year the last is in is unsaid
    if printed != "-" or last.group("y") == "-":
        return printed
    year = int(last.group("y"))
    return str(year - 1 if month > int(last.group("m")) else year)


def _day_before(first_day: int, last: re.Match[str]) -> str | None:
    """'9' before '24/5' is 9 May; '25' before '3/8' is 25 July."""
    last_day, month, year = int(last.group("d")), int(last.group("m")), last.group("y")
    if not 1 <= first_day <= 31 or first_day == last_day:
        return None
    if first_day > last_day:
        month -= 1
        if month == 0:
            month = 12
            year = year if year == "-" else str(int(year) - 1)
    return f"{year}-{month:02d}-{first_day:02d}/{last.group()}"
